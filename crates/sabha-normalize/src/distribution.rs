//! The distribution list: recipients under বিতরণ / অনুলিপি, one string each.
//!
//! Items are numbered in any style (`- ১। `, `০১. `, `১) `, `(ক) `); an item
//! continued on the next line of its paragraph — or by a note wholly in
//! parentheses after it — is joined. The number, and a trailing `;` / `।` /
//! list connector `এবং`, are removed. A heading followed only by an unfilled
//! template (`জনাব,` / `....., নাটোর`) gives nothing.

use crate::lexicon;
use crate::numbering::{self, Kind};
use crate::text::{clean, strip_enclosing_parens, words};
use crate::view::View;

/// Words a distribution heading starts with.
/// (A letter's `প্রাপক:` addressee is not distribution.)
const HEADINGS: &[&str] = &["বিতরণ", "অনুলিপি", "বিতরন"];

/// Headings that ask for action rather than name the list: `সদয় জ্ঞাতার্থে ও কার্যার্থে:`.
const ACTION_HEADINGS: &[&str] = &["সদয় জ্ঞাতার্থে", "সদয় অবগতি", "জ্ঞাতার্থে ও", "অবগতি ও প্রয়োজনীয়"];

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

/// `বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):`, `অনুলিপি সদয় জ্ঞাতার্থে:`, `বিতরণঃ`.
pub(crate) fn is_heading(text: &str) -> bool {
    let t = text.trim();
    let first = words(t).first().copied().unwrap_or("");
    let starts = HEADINGS.iter().any(|h| first == *h || first.starts_with(h) && first.len() <= h.len() + 4);
    let action = ACTION_HEADINGS.iter().any(|h| t.starts_with(h)) && (t.ends_with(':') || t.ends_with('ঃ'));
    (starts || action) && words(t).len() <= 12 && !crate::header::reads_as_sentence(t)
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
                items.push(text.get(m.text_start..).unwrap_or("").to_string());
            }
            _ if kind.is_some() && (view.same_para(i - 1, i) || is_note(view, i)) => {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(text);
                }
            }
            _ if kind.is_none() && (is_template(text) || is_unnumbered_recipient(text)) => {
                if !is_template(text) {
                    items.push(text.to_string());
                }
            }
            _ => break,
        }
        view.claim(i);
        i += 1;
        // Unnumbered recipients are one paragraph long.
        if kind.is_none() && !items.is_empty() && !view.same_para(i - 1, i) {
            break;
        }
    }
    (items.iter().map(|s| tidy(s)).filter(|s| !s.is_empty()).collect(), i)
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
    fn a_sentence_mentioning_distribution_is_no_heading() {
        assert!(!is_heading("বিতরণ কার্যক্রম যথাসময়ে সম্পন্ন করতে হবে।"));
        assert!(is_heading("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়) :"));
    }
}
