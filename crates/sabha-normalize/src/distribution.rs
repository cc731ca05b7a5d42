//! The distribution list: recipients under বিতরণ / অনুলিপি, one string each.
//!
//! The heading is a word (`বিতরণ:`, `অনুলিপি (সদয় অবগতির জন্য):`), a sentence
//! (`… অনুলিপি প্রেরণ করা হলো (জ্যেষ্ঠতার ক্রমানুসারে নয়):`) or a group of recipients
//! (`সদয় অবগতির জন্য:`, `অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য:`), under each of
//! which the numbering starts again. Items are numbered in any style (`- ১। `,
//! `০১. `, `১) `, `(ক) `, Word's own list numbers), also several on one line
//! (`১। … ২। …` joined by `<br>`); an item continued on the next line of its
//! paragraph — or by a note wholly in parentheses after it — is joined. The
//! number, and a trailing `;` / `।` / list connector `এবং`, are removed. A heading
//! followed only by an unfilled template (`জনাব,` / `....., নাটোর`) gives nothing.

use crate::lexicon;
use crate::numbering::{self, Kind};
use crate::text::{bare_word, clean, strip_enclosing_parens, words};
use crate::view::View;

/// Words a distribution heading starts with.
/// (A letter's `প্রাপক:` addressee is not distribution.)
const HEADINGS: &[&str] = &["বিতরণ", "অনুলিপি", "বিতরন"];

/// Words of a heading that names what its recipients are to do:
/// `সদয় জ্ঞাতার্থে ও কার্যার্থে:`, `অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য:`.
const ACTION_WORDS: &[&str] = &["জ্ঞাতার্থে", "কার্যার্থে", "অবগতি", "অবগতির", "অবগতিক্রমে", "ব্যবস্থা"];

/// The most words a group heading has.
const MAX_GROUP_HEADING_WORDS: usize = 10;

/// Verbs of a sentence that sends the copies: `… প্রেরণ করা হলো:`.
const SENDING: &[&str] = &["প্রেরণ করা হলো", "প্রেরণ করা হল", "প্রেরণ করা হইল", "প্রদান করা হলো", "দেওয়া হলো"];

/// Reads every distribution list; their lines are claimed.
pub(crate) fn read(view: &mut View<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < view.len() {
        if view.is_claimed(i) || !is_heading(view.text(i)) {
            i += 1;
            continue;
        }
        view.claim(i);
        let (items, next) = read_list(view, i + 1);
        out.extend(items);
        i = next.max(i + 1);
    }
    out
}

/// `বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):`, `অনুলিপি সদয় জ্ঞাতার্থে:`, `বিতরণঃ`, a sentence
/// sending the copies, or a group heading.
pub(crate) fn is_heading(text: &str) -> bool {
    // `Distribution / বিতরণ:`: the Bengali heading after an English one.
    let t = crate::text::after_english_label(text.trim());
    // Called on every line: look at the first words only, and never collect them.
    let mut ws = t.split_whitespace().map(bare_word).filter(|w| !w.is_empty());
    let first = ws.next().unwrap_or("");
    let starts = HEADINGS.iter().any(|h| first == *h || first.starts_with(h) && first.len() <= h.len() + 4);
    (starts && ws.nth(11).is_none() && !crate::header::reads_as_sentence(t) && !names_a_post(t))
        || is_sentence_heading(t)
        || is_group_heading(t)
}

/// `বিতরণ নিয়ন্ত্রক ও সদস্য সচিব`, `বিতরণ শাখা`: a post or a unit named for the
/// work of distribution, under a signatory's name or in a letterhead — a heading
/// would end in a colon.
fn names_a_post(t: &str) -> bool {
    !ends_in_colon(t)
        && (crate::lexicon::starts_with_designation(t)
            || words(t).iter().skip(1).any(|w| crate::lexicon::is_office_word(w)))
}

/// The line ends in a colon, as headings do (`:`, `ঃ`, `:-`).
fn ends_in_colon(t: &str) -> bool {
    let t = t.trim_end().trim_end_matches(['-', '–']);
    t.ends_with(':') || t.ends_with('ঃ')
}

/// `সভার কার্যবিবরণী সদয় অবগতি ও কার্যার্থে অনুলিপি প্রেরণ করা হলো (…):` — never a
/// sentence announcing decisions (`… ত্রাণ বিতরণ বিষয়ে নিম্নোক্ত সিদ্ধান্ত গৃহীত হয়:`).
fn is_sentence_heading(t: &str) -> bool {
    if !ends_in_colon(t) {
        return false;
    }
    let ws = words(t);
    let copies = ws.iter().any(|w| w.starts_with("অনুলিপি"))
        || ws.iter().any(|w| HEADINGS.iter().any(|h| w.starts_with(h)) || w.starts_with("প্রেরণ"))
            && SENDING.iter().any(|v| t.contains(v));
    ends_in_colon(t) && ws.len() <= 30 && copies && !t.contains("সিদ্ধান্ত")
}

/// `সদয় অবগতির জন্য:`, `অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য:`, `কার্যার্থে:` — a group
/// of recipients.
fn is_group_heading(t: &str) -> bool {
    if !ends_in_colon(t) {
        return false;
    }
    let ws = words(t);
    ends_in_colon(t)
        && (1..=MAX_GROUP_HEADING_WORDS).contains(&ws.len())
        && ws.iter().any(|w| ACTION_WORDS.contains(w))
        && !t.chars().any(crate::text::is_digit)
        && !t.contains("সিদ্ধান্ত")
}

/// Reads the items from line `start` on; returns them and the first line after.
fn read_list(view: &mut View<'_>, start: usize) -> (Vec<String>, usize) {
    let mut items: Vec<String> = Vec::new();
    let mut kind: Option<Kind> = None;
    let mut i = start;
    while i < view.len() && !view.is_claimed(i) && !is_heading(view.text(i)) {
        let text = view.text(i);
        if i > start && view.table_between(i - 1, i) {
            break;
        }
        match numbering::leading(text) {
            Some(m) if kind.is_none_or(|k| k == m.kind) => {
                kind = Some(m.kind);
                // `১। ক<br>২। খ`: the items that follow on the same line.
                items.extend(numbering::split_from(text, &m).into_iter().map(|(_, item)| item.to_string()));
            }
            _ if kind.is_some() && (view.same_para(i - 1, i) || is_note(view, i)) => {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(text);
                }
            }
            // A bullet marks an item as a number does, whatever it names (`• নোটিশ বোর্ড`).
            _ if kind.is_none()
                && (is_template(text) || is_bulleted(view.raw(i)) || is_unnumbered_recipient(text)) =>
            {
                if !is_template(text) {
                    items.push(text.to_string());
                }
            }
            _ => break,
        }
        view.claim(i);
        i += 1;
        // Unnumbered recipients are one paragraph long, unless bulleted (`- …`, `• …`).
        let bullets_go_on = is_bulleted(view.raw(i - 1)) && i < view.len() && is_bulleted(view.raw(i));
        if kind.is_none() && !items.is_empty() && !view.same_para(i - 1, i) && !bullets_go_on {
            break;
        }
    }
    (items.iter().map(|s| tidy(s)).filter(|s| !s.is_empty()).collect(), i)
}

/// A line printed with a bullet (`- `, `* `, `• `), which ingestion removes from its text.
fn is_bulleted(raw: &str) -> bool {
    let t = raw.trim_start();
    ["- ", "* ", "+ ", "• ", "➢ ", "▪ "].iter().any(|b| t.starts_with(b))
}

/// A note wholly in parentheses continuing the item above, not a signatory's
/// name in parentheses (`(মোঃ সাইফুল ইসলাম)` above a designation).
fn is_note(view: &View<'_>, i: usize) -> bool {
    let t = view.text(i).trim();
    let inner = strip_enclosing_parens(t);
    let parenthesized = t.starts_with('(') && inner.len() < t.len();
    let name = words(inner).first().is_some_and(|w| lexicon::is_honorific(w))
        || (i + 1 < view.len() && lexicon::starts_with_designation(view.text(i + 1)));
    parenthesized && !name
}

/// An unfilled line of a form: `জনাব,`, `....., নাটোর`, `___`.
fn is_template(text: &str) -> bool {
    let t = text.trim();
    t.contains("....") || t.contains('…') || t.contains("___") || {
        let ws = words(t);
        ws.len() == 1 && lexicon::is_honorific(ws[0])
    }
}

/// A recipient printed without a number: an office or a post, not a sentence.
fn is_unnumbered_recipient(text: &str) -> bool {
    let ws = words(text);
    !ws.is_empty()
        && ws.len() <= 25
        && !crate::header::reads_as_sentence(text)
        && (lexicon::starts_with_designation(text) || ws.iter().any(|w| lexicon::is_office_word(w)))
}

/// Trailing `;` `।` `,` and a trailing list connector (`এবং`, `ও`) removed.
fn tidy(item: &str) -> String {
    let mut t = clean(item);
    loop {
        let trimmed = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | '।' | ','));
        let trimmed = ["এবং", "ও", "and"]
            .iter()
            .find_map(|c| trimmed.strip_suffix(c).filter(|r| r.ends_with(' ')))
            .unwrap_or(trimmed)
            .trim_end();
        if trimmed.len() == t.len() {
            return t;
        }
        t = trimmed.to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn list(text: &str) -> Vec<String> {
        let d = doc(text);
        let mut v = View::new(&d);
        read(&mut v)
    }

    #[test]
    fn bulleted_items_are_items_whatever_they_name() {
        let got = list(
            "অনুলিপি:\n• সভাপতি, পরিচালনা কমিটি\n• সকল সদস্য, পরিচালনা কমিটি\n• নোটিশ বোর্ড\n\nপরিশেষে সভা শেষ হয়।",
        );
        assert_eq!(got, ["সভাপতি, পরিচালনা কমিটি", "সকল সদস্য, পরিচালনা কমিটি", "নোটিশ বোর্ড"]);
    }

    #[test]
    fn a_bilingual_heading() {
        let got = list("Distribution / বিতরণ:\n১। চেয়ারম্যান, বন্দর কর্তৃপক্ষ।\n২। অফিস কপি।");
        assert_eq!(got, ["চেয়ারম্যান, বন্দর কর্তৃপক্ষ", "অফিস কপি"]);
    }

    #[test]
    fn numbered_items_across_blank_lines_with_trailing_marks_removed() {
        let got = list(
            "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):\n\n১। মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ ;\n২। প্রধানমন্ত্রীর মুখ্য সচিব, প্রধানমন্ত্রীর কার্যালয়;\n\n৩। জেলা প্রশাসক, রাজশাহী এবং\n৪। সহকারী প্রোগ্রামার, আইসিটি শাখা, রাজশাহী।\n\n\n২৬-১০-২০২৩",
        );
        assert_eq!(
            got,
            [
                "মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ",
                "প্রধানমন্ত্রীর মুখ্য সচিব, প্রধানমন্ত্রীর কার্যালয়",
                "জেলা প্রশাসক, রাজশাহী",
                "সহকারী প্রোগ্রামার, আইসিটি শাখা, রাজশাহী"
            ]
        );
    }

    #[test]
    fn continuation_line_is_joined_and_inner_dari_kept() {
        let got = list(
            "অনুলিপি সদয় জ্ঞাতার্থে:\n\n০১. বিভাগীয় কমিশনার, রাজশাহী বিভাগ, রাজশাহী।\n০২. মাননীয় প্রতিমন্ত্রী মহোদয়ের একান্ত সচিব, ঢাকা।\n(মাননীয় প্রতিমন্ত্রী মহোদয়ের অবগতির জন্য)\n\n\n২৮/০৫/১৯",
        );
        assert_eq!(
            got,
            [
                "বিভাগীয় কমিশনার, রাজশাহী বিভাগ, রাজশাহী",
                "মাননীয় প্রতিমন্ত্রী মহোদয়ের একান্ত সচিব, ঢাকা। (মাননীয় প্রতিমন্ত্রী মহোদয়ের অবগতির জন্য)"
            ]
        );
    }

    #[test]
    fn a_parenthesized_note_in_its_own_paragraph_is_joined() {
        let got = list("বিতরণ:\n১) সচিব, ঢাকা।\n\n(সদয় অবগতির জন্য)\n\nমোঃ ক খ");
        assert_eq!(got, ["সচিব, ঢাকা। (সদয় অবগতির জন্য)"]);
    }

    #[test]
    fn a_name_in_parentheses_after_the_list_is_a_signature() {
        let got = list("অনুলিপি:\n১. জেলা প্রশাসক, বগুড়া।\n২. অফিস কপি।\n\n\n(মোঃ সাইফুল ইসলাম)\nউপজেলা নির্বাহী অফিসার");
        assert_eq!(got, ["জেলা প্রশাসক, বগুড়া", "অফিস কপি"]);
    }

    #[test]
    fn action_headings_and_no_addressee() {
        assert!(is_heading("সদয় জ্ঞাতার্থে ও কার্যার্থে (জ্যেষ্ঠতার ক্রমানুসারে নয়):"));
        assert!(!is_heading("প্রাপক:"));
    }

    #[test]
    fn a_sentence_heading_and_groups_numbered_from_one_each() {
        let got = list(
            "সভার কার্যবিবরণী সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে অনুলিপি প্রেরণ করা হলো (জ্যেষ্ঠতার ক্রমানুসারে নয়):\n\nসদয় অবগতির জন্য:\n১) সিনিয়র সচিব, স্থানীয় সরকার বিভাগ\n২) যুগ্মসচিব (নগর উন্নয়ন)\n\nঅবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য:\n১) বিভাগীয় কমিশনার (সকল)\n২) অফিস কপি",
        );
        assert_eq!(
            got,
            ["সিনিয়র সচিব, স্থানীয় সরকার বিভাগ", "যুগ্মসচিব (নগর উন্নয়ন)", "বিভাগীয় কমিশনার (সকল)", "অফিস কপি"]
        );
        assert!(is_heading("অনুলিপি সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:"));
        assert!(!is_heading("জরুরি ত্রাণ বিতরণ বিষয়ে সভায় নিম্নোক্ত সিদ্ধান্ত গৃহীত হয়:"));
        assert!(!is_heading("সভায় ত্রাণ বিতরণ কার্যক্রম পর্যালোচনা করা হয়।"));
    }

    #[test]
    fn items_joined_on_one_line() {
        assert_eq!(
            list("অনুলিপি (সদয় অবগতির জন্য):\n১। পরিচালক (সকল), পরিচালনা পর্ষদ ২। প্রধান নিরীক্ষক ৩। অফিস নথি"),
            ["পরিচালক (সকল), পরিচালনা পর্ষদ", "প্রধান নিরীক্ষক", "অফিস নথি"]
        );
    }

    #[test]
    fn an_unfilled_template_gives_nothing() {
        assert!(list("অনুলিপি জ্ঞাতার্থে/কার্যার্থে:\n\nজনাব,\n\n....., নাটোর").is_empty());
    }

    #[test]
    fn lettered_and_parenthesized_numbering() {
        assert_eq!(
            list("বিতরণঃ\n(ক) জেলা প্রশাসক, নাটোর\n(খ) পুলিশ সুপার, নাটোর"),
            ["জেলা প্রশাসক, নাটোর", "পুলিশ সুপার, নাটোর"]
        );
    }

    #[test]
    fn unnumbered_recipients_one_paragraph() {
        assert_eq!(
            list("অনুলিপি:\nজেলা প্রশাসক, নাটোর\nপুলিশ সুপার, নাটোর\n\nমোঃ ক খ\nসহকারী কমিশনার"),
            ["জেলা প্রশাসক, নাটোর", "পুলিশ সুপার, নাটোর"]
        );
    }

    #[test]
    fn bulleted_recipients_across_blank_lines() {
        assert_eq!(
            list("অনুলিপি:\n\n- জেলা প্রশাসক, নাটোর\n\n- পুলিশ সুপার, নাটোর\n\nমোঃ ক খ\nসহকারী কমিশনার"),
            ["জেলা প্রশাসক, নাটোর", "পুলিশ সুপার, নাটোর"]
        );
    }

    #[test]
    fn a_sentence_mentioning_distribution_is_no_heading() {
        assert!(!is_heading("বিতরণ কার্যক্রম যথাসময়ে সম্পন্ন করতে হবে।"));
        assert!(is_heading("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়) :"));
    }

    #[test]
    fn a_post_named_for_distribution_is_no_heading() {
        assert!(!is_heading("বিতরণ নিয়ন্ত্রক ও সদস্য সচিব"));
        assert!(!is_heading("বিতরণ শাখা"));
        assert!(is_heading("বিতরণ:"));
        assert!(is_heading("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়)"));
        assert!(is_heading("বিতরণ ও কার্যার্থে"));
    }
}
