//! The title (`… সভার কার্যবিবরণী`) and the letterhead (`issuer`: government,
//! office, place, branch — never the web address).
//!
//! The title is the line that ends in the word কার্যবিবরণী (or a spelling of it),
//! joined with the lines before it that continue it (a title printed over two
//! lines), or a subject line that names the minutes (`বিষয়: … সভার কার্যবিবরণী`,
//! the label removed; a letter's `বিষয়: … কার্যবিবরণী প্রেরণ প্রসঙ্গে` is no title).
//! The letterhead is the run of lines that starts with `গণপ্রজাতন্ত্রী বাংলাদেশ
//! সরকার` wherever it stands (in seed 001 it heads the memo part after the first
//! signature), or else the office lines right above the title — a bank, an
//! authority, a university print no government line. Contact lines (`ই-মেইল: …`,
//! `ফোন: …`, web addresses) and security markings (`গোপনীয়`, `জরুরি`) stand among
//! them but are not part of the issuer.

use crate::header;
use crate::lexicon;
use crate::text::{clean, header_value, strip_enclosing_parens, trim_end_chars, words};
use crate::view::View;

/// Spellings of "minutes" a title ends with.
const MINUTES_WORDS: &[&str] = &["কার্যবিবরণী", "কার্যবিবরণি", "কার্যবিবরনী", "কার্যবিবরনি", "বিবরণী", "কার্যবিবরণ"];

/// The longest a title line may be, in words: beyond that it is narrative.
const MAX_TITLE_WORDS: usize = 45;

/// Words that name what a document that is not minutes is: its heading line
/// (`সভার নোটিশ`, `অফিস আদেশ`) is its title.
const DOCUMENT_KINDS: &[&str] =
    &["নোটিশ", "বিজ্ঞপ্তি", "আদেশ", "প্রজ্ঞাপন", "পরিপত্র", "নির্দেশিকা", "কার্যপত্র", "প্রতিবেদন", "সার্কুলার"];

/// Security and handling marks, and the invocation a religious institution prints
/// (`বিসমিল্লাহির রাহমানির রাহিম`), above a letterhead or a title.
const MARKINGS: &[&str] = &[
    "বিসমিল্লাহির রাহমানির রাহিম",
    "বিসমিল্লাহির রাহমানির রহিম",
    "বিসমিল্লাহ",
    "৭৮৬",
    "bismillahir rahmanir rahim",
    "গোপনীয়",
    "অতি গোপনীয়",
    "অত্যন্ত গোপনীয়",
    "গোপনীয় ও জরুরি",
    "জরুরি",
    "জরুরী",
    "অতি জরুরি",
    "অতি জরুরী",
    "অগ্রাধিকার",
    "সরাসরি",
    "সীমিত",
    "confidential",
    "secret",
    "urgent",
];

/// Labels of contact lines: telephone, fax, e-mail, web.
const CONTACT_LABELS: &[&str] = &[
    "ই-মেইল",
    "ইমেইল",
    "ই মেইল",
    "ইমেল",
    "ফোন",
    "টেলিফোন",
    "ফ্যাক্স",
    "মোবাইল",
    "ওয়েব",
    "ওয়েবসাইট",
    "ওয়েব সাইট",
    "email",
    "e-mail",
    "phone",
    "tel",
    "fax",
    "web",
    "website",
    // An institution's registration numbers (`EIIN: …`, `রেজিঃ নং- …`) stand with
    // its contact lines.
    "eiin",
    "এমপিও",
    "mpo",
    "রেজিঃ নং",
    "রেজি নং",
    "রেজিস্ট্রেশন নং",
    "নিবন্ধন নং",
    "স্থাপিত",
];

/// What the document is, by its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocumentKind {
    /// Minutes, or a document without a heading that says otherwise.
    Minutes,
    /// A notice, an office order, a circular, a gazette notification…: it records
    /// no meeting of its own and takes no decisions, whatever it cites.
    Other,
}

/// How many unread lines (a letterhead) may stand before a notice's or an order's
/// heading.
const MAX_LINES_BEFORE_KIND_HEADING: usize = 10;

/// Reads the title and what it says the document is; its lines are claimed.
pub(crate) fn read_title(view: &mut View<'_>) -> (Option<String>, DocumentKind) {
    match read_minutes_title(view) {
        Some(t) => (Some(t), DocumentKind::Minutes),
        None => match read_kind_heading(view) {
            Some(t) => (Some(t), DocumentKind::Other),
            None if is_letter(view) => (None, DocumentKind::Other),
            None => (None, DocumentKind::Minutes),
        },
    }
}

/// Words of a letter's body and addressee: `উপর্যুক্ত বিষয়ের প্রেক্ষিতে …`, `প্রাপক:`,
/// `মহোদয়,`.
const LETTER_MARKS: &[&str] = &["উপর্যুক্ত বিষয়", "উপরোক্ত বিষয়", "প্রাপক", "মহোদয়,", "মহোদয়া,", "বরাবর"];

/// A letter: a subject line (that is not a title) and a letter's reference, body or
/// addressee.
fn is_letter(view: &View<'_>) -> bool {
    let lines = || (0..view.len()).map(|i| view.text(i));
    let subject = lines().any(|t| crate::text::after_label(t, "বিষয়").is_some_and(|lv| lv.separated));
    let reference = lines().any(|t| crate::text::after_label(t, "সূত্র").is_some_and(|lv| lv.separated));
    subject && (reference || lines().any(|t| LETTER_MARKS.iter().any(|m| t.contains(m))))
}

/// The minutes' title line(s), or a subject naming the minutes.
fn read_minutes_title(view: &mut View<'_>) -> Option<String> {
    let at = (0..view.len()).find(|&i| {
        !view.is_claimed(i) && (is_title_line(view.text(i)) || subject_title(view.text(i)).is_some())
    })?;
    if let Some(subject) = subject_title(view.text(at)) {
        view.claim(at);
        return Some(subject.to_string());
    }
    let mut first = at;
    while first > 0 && first + 3 > at && continues_into_title(view, first - 1, first) {
        first -= 1;
    }
    view.claim_range(first, at);
    let joined: Vec<&str> = (first..=at).map(|i| view.text(i)).collect();
    let title = clean(&joined.join(" "));
    let title = trim_end_chars(&title, &['।', ':', 'ঃ', ';', ',']);
    (!title.is_empty()).then(|| title.to_string())
}

/// A line ending (within its last three words) in a word for minutes.
fn is_title_line(text: &str) -> bool {
    let ws = words(text);
    if ws.is_empty() || ws.len() > MAX_TITLE_WORDS || crate::numbering::leading(text).is_some() {
        return false;
    }
    if is_subject_or_reference(text) || crate::decisions::narrative::is_agenda_line(text) {
        return false;
    }
    let tail = &ws[ws.len().saturating_sub(3)..];
    tail.iter().any(|w| MINUTES_WORDS.iter().any(|m| w.starts_with(m)) && !w.ends_with("টি"))
        || text.contains("কার্য বিবরণী")
}

/// Line `prev` continues into the title line `next`: it is not letterhead, not a
/// label, and either shares the paragraph or ends mid-phrase (`… কমিটির`).
fn continues_into_title(view: &View<'_>, prev: usize, next: usize) -> bool {
    let t = view.text(prev);
    if view.is_claimed(prev) || header::label_of(t).is_some() || view.table_between(prev, next) {
        return false;
    }
    if words(t).len() + words(view.text(next)).len() > MAX_TITLE_WORDS {
        return false;
    }
    // `… প্রকল্প বাছাই` over `ও অনুমোদন কমিটির সভার কার্যবিবরণী`: the title line cannot
    // start a phrase, so the line above is its start, office words and all.
    if view.same_para(prev, next) && starts_mid_phrase(view.text(next)) {
        return true;
    }
    !is_letterhead_line(t) && (view.same_para(prev, next) || ends_mid_phrase(t))
}

/// A line that starts where a phrase cannot: with a conjunction or a genitive
/// ending that joins it to the line above (`ও অনুমোদন …`, `এবং …`, `-এর …`).
fn starts_mid_phrase(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or("");
    ["ও", "এবং", "-এর", "এর"].contains(&first) || first.starts_with("-এর")
}

/// A line that ends where a phrase cannot: a genitive (`কমিটির`, `… এর`), a
/// conjunction, a comma or a hyphen.
fn ends_mid_phrase(t: &str) -> bool {
    let t = t.trim_end();
    if t.ends_with(',') || t.ends_with('-') {
        return true;
    }
    let last = t.split_whitespace().last().unwrap_or("");
    last.ends_with('র') || ["ও", "এবং", "এর", "-এর"].contains(&last)
}

/// `বিষয়: পৌরসভাসমূহের … মাসিক সমন্বয় সভার কার্যবিবরণী`: a subject that ends in the
/// word for minutes is the title (without the label and trailing punctuation).
fn subject_title(text: &str) -> Option<&str> {
    let lv = crate::text::after_label(text, "বিষয়").filter(|lv| lv.separated)?;
    let value = trim_end_chars(lv.value, &['।', ':', 'ঃ', ';', ',', '.']);
    let last = words(value).last().copied()?;
    let ends_in_minutes = MINUTES_WORDS.iter().any(|m| last.starts_with(m)) && !last.ends_with("টি");
    (ends_in_minutes && words(value).len() <= MAX_TITLE_WORDS).then_some(value)
}

/// A letter's subject (`বিষয়: … সভার কার্যবিবরণী প্রেরণ প্রসঙ্গে।`) or reference
/// (`সূত্র: …`) line is not a title.
fn is_subject_or_reference(t: &str) -> bool {
    ["বিষয়", "সূত্র"].iter().any(|l| crate::text::after_label(t, l).is_some_and(|lv| lv.separated))
}

/// The heading of a document that is not minutes: a short line alone in its
/// paragraph ending in a word for its kind (`সভার নোটিশ`, `অফিস আদেশ`), among the
/// first lines not yet read. Claimed when found.
fn read_kind_heading(view: &mut View<'_>) -> Option<String> {
    let candidates = (0..view.len()).filter(|&i| !view.is_claimed(i)).take(MAX_LINES_BEFORE_KIND_HEADING);
    let at = candidates.into_iter().find(|&i| {
        let t = view.text(i);
        let ws = words(t);
        let alone = !view.same_para(i.saturating_sub(1), i) || i == 0;
        let alone = alone && !view.same_para(i, i + 1);
        alone && !ws.is_empty() && ws.len() <= 6 && ws.last().is_some_and(|w| DOCUMENT_KINDS.contains(w))
    })?;
    view.claim(at);
    let t = trim_end_chars(view.text(at), &['।', ':', 'ঃ']).to_string();
    (!t.is_empty()).then_some(t)
}

/// A line of a letterhead: the government, an office, a place, a branch, a web
/// address.
pub(crate) fn is_letterhead_line(text: &str) -> bool {
    let t = strip_enclosing_parens(text.trim());
    if t.is_empty() || is_title_line(t) || header::label_of(t).is_some() {
        return false;
    }
    if is_government(t) || is_web_address(t) {
        return true;
    }
    let ws = words(t);
    // `(বাংলাদেশ চিনি ও খাদ্য শিল্প করপোরেশন এর একটি প্রতিষ্ঠান)`: a parent body
    // named in parentheses under an enterprise's name runs longer.
    let parenthesized = text.trim().starts_with('(') && text.trim().ends_with(')');
    let most_words = if parenthesized { 12 } else { 8 };
    if ws.len() > most_words || header::reads_as_sentence(t) || ends_as_label(t) {
        return false;
    }
    let has_digit = t.chars().any(crate::text::is_digit);
    // `… ইনস্টিটিউশন (বিএসটিআই)`: a name closed by its acronym in parentheses.
    let named_with_acronym = t.trim_end().ends_with(')')
        && t.rsplit_once('(').is_some_and(|(_, inside)| lexicon::is_acronym(inside.trim_end_matches(')')));
    let office = named_with_acronym || ws.iter().any(|w| lexicon::is_office_word(w));
    // `কৃষি খামার সড়ক, ফার্মগেট, ঢাকা-১২১৫`, `ডাকঘরঃ চরকাউয়া, উপজেলাঃ বরিশাল সদর`.
    let address = t.contains(',')
        && t.split(',').all(|part| {
            let part = part.rsplit([':', 'ঃ']).next().unwrap_or(part);
            let n = words(part).len();
            (1..=3).contains(&n)
        });
    // Place names do not end in a genitive (`নাটোর` and `দিনাজপুর` do end in র,
    // but `কমিটির` and `বিভাগের` are phrases going on).
    let genitive = ws.iter().any(|w| w.ends_with("ের") || w.ends_with("ির"));
    let place = ws.len() <= 3 && !has_digit && !genitive && !lexicon::starts_with_designation(t);
    office || place || address || is_postal_town(t) || is_english_name(t)
}

/// `ঠাকুরগাঁও-৫১০০`, `ঢাকা ১২০৭`: a town and its four-digit post code, the last
/// line of many letterheads.
fn is_postal_town(t: &str) -> bool {
    let Some((town, code)) = t.trim_end_matches(['।', '.']).rsplit_once(['-', ' ']) else { return false };
    let town = town.trim();
    code.chars().count() == 4
        && code.chars().all(crate::text::is_digit)
        && !town.is_empty()
        && words(town).len() == 1
        && !town.chars().any(crate::text::is_digit)
}

/// `Bangladesh Economic Zones Authority`: the English name printed under the
/// Bengali one in a bilingual letterhead — ASCII words in title case (joined by
/// `of`, `the`, `and`, `for`), not a sentence, a label or the minutes' own title.
fn is_english_name(t: &str) -> bool {
    const JOINERS: &[&str] = &["of", "the", "and", "for", "&", "on", "in"];
    const NOT_A_NAME: &[&str] = &["minutes", "meeting", "memo", "date", "subject"];
    let ws: Vec<&str> = t.split_whitespace().collect();
    t.is_ascii()
        && !ws.is_empty()
        && ws.len() <= 8
        && !t.contains([':', '@', ';', '?'])
        && !t.trim_end().ends_with('.')
        && ws.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let lower = bare.to_ascii_lowercase();
            !NOT_A_NAME.contains(&lower.as_str())
                && (JOINERS.contains(&bare) || bare.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        })
}

/// `গোপনীয়`, `জরুরি`: a security or handling mark, not part of the letterhead.
pub(crate) fn is_marking(text: &str) -> bool {
    let t = trim_end_chars(strip_enclosing_parens(text.trim()), &['।', ':', '!']).to_lowercase();
    MARKINGS.contains(&t.as_str())
}

/// `ই-মেইল: …`, `ফোন: ০২-…, ফ্যাক্স: …`, `ওয়েবসাইট: www…`, a bare address: the
/// letterhead's contact lines, which the issuer leaves out.
pub(crate) fn is_contact_line(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    // `ফোন: …`, `টেলিফোন নং- …`, `ফ্যাক্স (অফিস) …`: a contact label heads the line.
    let labelled = CONTACT_LABELS.iter().any(|l| crate::text::after_label(&t, l).is_some());
    labelled || t.contains('@') || is_web_address(&t) || is_phone_number_line(&t) || is_helpline(&t)
}

/// `সরকারি আইনি সহায়তায় জাতীয় হেল্পলাইন: ১৬৪৩০`: a service's short number under
/// its letterhead.
fn is_helpline(t: &str) -> bool {
    let Some((label, number)) = t.split_once([':', 'ঃ']) else { return false };
    let named = label.split_whitespace().last().is_some_and(|w| {
        ["হেল্পলাইন", "হটলাইন", "helpline", "hotline"].iter().any(|h| w.trim_end_matches(['-', ' ']) == *h)
    });
    named && number.chars().any(crate::text::is_digit)
}

/// `+৮৮-০২-৯৫৫০০০০`, `০২-৯৫৫০০০০, ০২-৯৫৫০০০১`: a line of telephone numbers.
fn is_phone_number_line(t: &str) -> bool {
    let digits = t.chars().filter(|c| crate::text::is_digit(*c)).count();
    let phone_marks = t.chars().filter(|c| matches!(c, '+' | '-' | ',' | '(' | ')' | '/' | ' ')).count();
    digits >= 6 && digits + phone_marks == t.chars().count()
}

/// A line ending in a colon (or a visarga used as one), as a label does: `ঠিকানাঃ`,
/// but not an abbreviation that ends in a visarga (`… সমিতি লিঃ`).
fn ends_as_label(t: &str) -> bool {
    let t = t.trim_end();
    let abbreviation = t
        .strip_suffix('ঃ')
        .and_then(|rest| rest.split_whitespace().last())
        .is_some_and(|w| w.chars().count() <= 3);
    t.ends_with(':') || t.ends_with('ঃ') && !abbreviation
}

fn is_government(t: &str) -> bool {
    t.starts_with("গণপ্রজাতন্ত্রী") || t.to_lowercase().starts_with("government of")
}

pub(crate) fn is_web_address(t: &str) -> bool {
    let l = t.trim().to_lowercase();
    !l.contains(' ')
        && (l.starts_with("www.")
            || l.starts_with("http")
            || l.ends_with(".gov.bd")
            || l.ends_with(".gov.bd/"))
}

/// Reads the letterhead; its lines are claimed.
pub(crate) fn read_issuer(view: &mut View<'_>, title_at: Option<usize>) -> Vec<String> {
    let start = (0..view.len()).find(|&i| !view.is_claimed(i) && is_government(view.text(i)));
    let lines: Vec<usize> = match start {
        Some(s) => letterhead_from(view, s),
        None => {
            let above = title_at.map(|t| letterhead_above(view, t)).unwrap_or_default();
            if above.is_empty() { letterhead_at_top(view) } else { above }
        }
    };
    let mut out = Vec::new();
    for i in lines {
        view.claim(i);
        let t = view.text(i);
        if is_contact_line(t) || is_marking(t) {
            continue;
        }
        let v = header_value(strip_enclosing_parens(t));
        // A rule under the letterhead (`---`, `___`) names nobody.
        if v.chars().any(char::is_alphanumeric) {
            out.push(v);
        }
    }
    out
}

/// The letterhead lines from `start` on: letterhead lines in a row (a table
/// between ends the run), at most eight.
fn letterhead_from(view: &View<'_>, start: usize) -> Vec<usize> {
    let mut out = vec![start];
    let mut i = start + 1;
    while i < view.len() && out.len() < 8 {
        if view.is_claimed(i) || view.table_between(i - 1, i) || !belongs_to_letterhead(view.text(i)) {
            break;
        }
        out.push(i);
        i += 1;
    }
    out
}

/// A line that may stand in a letterhead: an issuer line, a contact line, a marking.
fn belongs_to_letterhead(t: &str) -> bool {
    is_letterhead_line(t) || is_contact_line(t) || is_marking(t)
}

/// Letterhead lines directly above the title line `title` (from the top of the
/// document), when at least one of them names an office.
fn letterhead_above(view: &View<'_>, title: usize) -> Vec<usize> {
    let first_title_line = (0..=title).rev().take_while(|&i| view.is_claimed(i)).last().unwrap_or(title);
    let above: Vec<usize> = (0..first_title_line).filter(|&i| !view.is_claimed(i)).collect();
    if above.is_empty() || above.len() > 10 || !above.iter().all(|&i| belongs_to_letterhead(view.text(i))) {
        return Vec::new();
    }
    let names_office = above.iter().any(|&i| words(view.text(i)).iter().any(|w| lexicon::is_office_word(w)));
    if names_office { above } else { Vec::new() }
}

/// The paragraph that opens the document when it is a letterhead naming an
/// office: a society's notice printed above the minutes it attaches has its
/// letterhead above the notice, not above the minutes' title.
fn letterhead_at_top(view: &View<'_>) -> Vec<usize> {
    let Some(first) = (0..view.len()).find(|&i| !view.is_claimed(i)) else { return Vec::new() };
    let paragraph: Vec<usize> =
        (first..view.len()).take_while(|&i| view.same_para(first, i)).take(8).collect();
    let all_letterhead =
        paragraph.iter().all(|&i| !view.is_claimed(i) && belongs_to_letterhead(view.text(i)));
    let names_office = words(view.text(first)).iter().any(|w| lexicon::is_office_word(w));
    if all_letterhead && names_office && paragraph.len() < 8 { paragraph } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn read(text: &str) -> (Option<String>, Vec<String>) {
        let d = doc(text);
        let mut v = View::new(&d);
        let (title, _) = read_title(&mut v);
        let title_at = (0..v.len()).find(|&i| v.is_claimed(i));
        let issuer = read_issuer(&mut v, title_at);
        (title, issuer)
    }

    #[test]
    fn an_institution_letterhead_without_invocation_and_registration() {
        let (_, issuer) = read(
            "বিসমিল্লাহির রাহমানির রাহিম\nচরফ্যাশন দারুস সুন্নাত কামিল মাদরাসা\nচরফ্যাশন, ভোলা\nEIIN: 000000\n\nমাদরাসা পরিচালনা কমিটির সভার কার্যবিবরণী\n\nসভাপতি : জনাব ক",
        );
        assert_eq!(issuer, ["চরফ্যাশন দারুস সুন্নাত কামিল মাদরাসা", "চরফ্যাশন, ভোলা"]);
    }

    #[test]
    fn a_letterhead_of_separate_paragraphs_ending_in_a_postal_town() {
        let (_, issuer) = read(
            "ঠাকুরগাঁও সুগার মিলস লিমিটেড\n\n(বাংলাদেশ চিনি ও খাদ্য শিল্প করপোরেশন এর একটি প্রতিষ্ঠান)\n\nঠাকুরগাঁও-৫১০০\n\nপরিচালনা পর্ষদের ২১৪তম সভার কার্যবিবরণী\n\nসভাপতি: জনাব ক",
        );
        assert!(is_postal_town("ঢাকা ১২০৭") && is_postal_town("ঠাকুরগাঁও-৫১০০"));
        assert!(is_letterhead_line("(বাংলাদেশ চিনি ও খাদ্য শিল্প করপোরেশন এর একটি প্রতিষ্ঠান)"));
        assert!(is_letterhead_line("ঠাকুরগাঁও-৫১০০"));
        assert_eq!(
            issuer,
            ["ঠাকুরগাঁও সুগার মিলস লিমিটেড", "বাংলাদেশ চিনি ও খাদ্য শিল্প করপোরেশন এর একটি প্রতিষ্ঠান", "ঠাকুরগাঁও-৫১০০"]
        );
        assert!(!is_postal_town("২০২৪-২০২৫") && !is_postal_town("স্মারক নং ১২৩৪"));
    }

    #[test]
    fn an_office_named_with_its_acronym_and_a_wing() {
        let (_, issuer) = read(
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nবাংলাদেশ স্ট্যান্ডার্ডস অ্যান্ড টেস্টিং ইনস্টিটিউশন (বিএসটিআই)\nমান উইং\n১১৬/ক, তেজগাঁও শিল্প এলাকা, ঢাকা-১২০৮\n\nকৃষি ও খাদ্য বিভাগীয় কমিটির ৫৮তম সভার কার্যবিবরণী\n\nসভাপতি: জনাব ক",
        );
        assert_eq!(issuer.len(), 4, "{issuer:?}");
        assert!(is_letterhead_line("বাংলাদেশ পল্লী বিদ্যুতায়ন বাহিনী (বিপিবিবি)"));
        assert!(!is_letterhead_line("সভায় বিস্তারিত আলোচনা করা হয় (বিএসটিআই)।"));
    }

    #[test]
    fn a_helpline_under_the_letterhead_is_a_contact_line() {
        let (_, issuer) = read(
            "জাতীয় আইনগত সহায়তা প্রদান সংস্থা\nজেলা লিগ্যাল এইড অফিস, সুনামগঞ্জ\nসরকারি আইনি সহায়তায় জাতীয় হেল্পলাইন: ১৬৪৩০\n\nজেলা লিগ্যাল এইড কমিটির মাসিক সভার কার্যবিবরণী\n\nসভাপতি : জনাব ক",
        );
        assert_eq!(issuer, ["জাতীয় আইনগত সহায়তা প্রদান সংস্থা", "জেলা লিগ্যাল এইড অফিস, সুনামগঞ্জ"]);
        assert!(!is_contact_line("হেল্পলাইন চালু করতে হবে"));
    }

    #[test]
    fn a_rule_under_the_letterhead_is_no_issuer_line() {
        let (title, issuer) =
            read("রাজশাহী ওয়াসা\nপ্রশাসন শাখা\n---\n\nওয়াসা বোর্ডের ২৩তম সভার কার্যবিবরণী\n\nসভাপতি : জনাব ক");
        assert_eq!(title.as_deref(), Some("ওয়াসা বোর্ডের ২৩তম সভার কার্যবিবরণী"));
        assert_eq!(issuer, ["রাজশাহী ওয়াসা", "প্রশাসন শাখা"]);
    }

    #[test]
    fn a_letterhead_above_a_notice_that_attaches_the_minutes() {
        let (title, issuer) = read(
            "মধুমতি কৃষি বহুমুখী সমবায় সমিতি লিঃ\nগ্রাম: চর বাগডাঙ্গা, ডাকঘর: মাঝিগাতী, উপজেলা: সদর, নড়াইল\nনিবন্ধন নং- ১২/নড়া\n\nসভার নোটিশ\n\nআগামী ১০ আগস্ট সভা অনুষ্ঠিত হবে। বিগত সভার কার্যবিবরণী এতদসঙ্গে সংযুক্ত করা হলো।\n\nব্যবস্থাপনা কমিটির সভার কার্যবিবরণী\n\nসভাপতি : জনাব ক",
        );
        assert_eq!(title.as_deref(), Some("ব্যবস্থাপনা কমিটির সভার কার্যবিবরণী"));
        assert_eq!(
            issuer,
            ["মধুমতি কৃষি বহুমুখী সমবায় সমিতি লিঃ", "গ্রাম: চর বাগডাঙ্গা, ডাকঘর: মাঝিগাতী, উপজেলা: সদর, নড়াইল"]
        );
        let (_, issuer) = read("সভাপতি সকলকে স্বাগত জানান।\n\nসমিতির সভার কার্যবিবরণী\n\nসভাপতি : জনাব ক");
        assert!(issuer.is_empty());
    }

    #[test]
    fn a_title_line_starting_with_a_conjunction_joins_the_line_above() {
        let (title, issuer) = read(
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nউপজেলা নির্বাহী অফিসারের কার্যালয়\n\nউপজেলা পরিষদ উন্নয়ন তহবিলের প্রকল্প বাছাই\nও অনুমোদন কমিটির সভার কার্যবিবরণী\n\nসভাপতি: জনাব ক",
        );
        assert_eq!(
            title.as_deref(),
            Some("উপজেলা পরিষদ উন্নয়ন তহবিলের প্রকল্প বাছাই ও অনুমোদন কমিটির সভার কার্যবিবরণী")
        );
        assert_eq!(issuer, ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "উপজেলা নির্বাহী অফিসারের কার্যালয়"]);
        assert!(starts_mid_phrase("এবং সমন্বয় কমিটির সভার কার্যবিবরণী"));
        assert!(!starts_mid_phrase("জেলা উন্নয়ন সমন্বয় কমিটির সভার কার্যবিবরণী"));
    }

    #[test]
    fn letterhead_then_heading_title() {
        let (title, issuer) = read(
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nবিভাগীয় কমিশনারের কার্যালয়\nরাজশাহী\nআইসিটি শাখা\nwww.rajshahidiv.gov.bd\n\n### বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী\n\nসভাপতি ড. ক খ বিভাগীয় কমিশনার",
        );
        assert_eq!(title.as_deref(), Some("বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী"));
        assert_eq!(issuer, ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "বিভাগীয় কমিশনারের কার্যালয়", "রাজশাহী", "আইসিটি শাখা"]);
    }

    #[test]
    fn title_over_two_lines_and_trailing_punctuation() {
        let (title, issuer) = read(
            "উপজেলা সমবায় কার্যালয়, চাটখিল, নোয়াখালী এর ই-গভর্ন্যান্স ও উদ্ভাবন পরিকল্পনা বাস্তবায়ন কমিটির\nজুলাই-সেপ্টেম্বর ২০২৪খ্রি. ত্রৈমাসিক সভার কার্যবিবরণী।\n\nআহবায়ক: জনাব ক",
        );
        assert_eq!(
            title.as_deref(),
            Some(
                "উপজেলা সমবায় কার্যালয়, চাটখিল, নোয়াখালী এর ই-গভর্ন্যান্স ও উদ্ভাবন পরিকল্পনা বাস্তবায়ন কমিটির জুলাই-সেপ্টেম্বর ২০২৪খ্রি. ত্রৈমাসিক সভার কার্যবিবরণী"
            )
        );
        assert!(issuer.is_empty(), "the office named inside a title is not a letterhead");
    }

    #[test]
    fn title_continued_across_paragraphs_when_the_line_ends_mid_phrase() {
        let (title, _) = read("জেলা আইন-শৃঙ্খলা কমিটির\n\nমাসিক সভার কার্যবিবরণী");
        assert_eq!(title.as_deref(), Some("জেলা আইন-শৃঙ্খলা কমিটির মাসিক সভার কার্যবিবরণী"));
    }

    #[test]
    fn letterhead_after_the_first_signature() {
        let (title, issuer) = read(
            "জেলা ইনোভেশন কমিটির সভার কার্যবিবরণী\n\nসভায় আলোচনা করা হয়।\n\n(মোঃ ক খ)\n\nগণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nজেলা প্রশাসকের কার্যালয়, নাটোর\n(আইসিটি শাখা)\nwww.natore.gov.bd",
        );
        assert_eq!(title.as_deref(), Some("জেলা ইনোভেশন কমিটির সভার কার্যবিবরণী"));
        assert_eq!(issuer, ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "জেলা প্রশাসকের কার্যালয়, নাটোর", "আইসিটি শাখা"]);
    }

    #[test]
    fn address_lines_belong_to_the_letterhead() {
        let (_, issuer) = read(
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nপ্রাণিসম্পদ অধিদপ্তর\nকৃষি খামার সড়ক, ফার্মগেট, ঢাকা-১২১৫\nwww.dls.gov.bd\n\nনৈতিকতা কমিটির সভার কার্যবিবরণী",
        );
        assert_eq!(issuer, ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "প্রাণিসম্পদ অধিদপ্তর", "কৃষি খামার সড়ক, ফার্মগেট, ঢাকা-১২১৫"]);
        let (_, issuer) = read(
            "চরকাউয়া আদর্শ উচ্চ বিদ্যালয়\nডাকঘরঃ চরকাউয়া, উপজেলাঃ বরিশাল সদর, জেলাঃ বরিশাল\n\nবিদ্যালয় ব্যবস্থাপনা কমিটির সাধারণ সভার কার্যবিবরণী",
        );
        assert_eq!(issuer, ["চরকাউয়া আদর্শ উচ্চ বিদ্যালয়", "ডাকঘরঃ চরকাউয়া, উপজেলাঃ বরিশাল সদর, জেলাঃ বরিশাল"]);
    }

    #[test]
    fn a_bilingual_letterhead_keeps_its_english_lines() {
        let (_, issuer) = read(
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nGovernment of the People's Republic of Bangladesh\nবাংলাদেশ অর্থনৈতিক অঞ্চল কর্তৃপক্ষ\nBangladesh Economic Zones Authority\nঢাকা\n\nসমন্বয় কমিটির সভার কার্যবিবরণী",
        );
        assert_eq!(issuer.len(), 5);
        assert_eq!(issuer[3], "Bangladesh Economic Zones Authority");
        assert!(is_english_name("Economic Relations Division"));
        for t in [
            "Minutes of the Meeting",
            "Memo No. 12",
            "The meeting was held at the office.",
            "Date: 12/05/2024",
        ] {
            assert!(!is_english_name(t), "{t}");
        }
    }

    #[test]
    fn office_lines_above_the_title_without_the_government_line() {
        let (_, issuer) = read("জেলা প্রশাসকের কার্যালয়\nকুমিল্লা\n\nজেলা উন্নয়ন সমন্বয় কমিটির সভার কার্যবিবরণী");
        assert_eq!(issuer, ["জেলা প্রশাসকের কার্যালয়", "কুমিল্লা"]);
    }

    #[test]
    fn a_letterhead_without_the_government_line_its_contacts_and_a_marking() {
        let (title, issuer) = read(
            "গোপনীয়\n\nমেঘনা কৃষি ব্যাংক পিএলসি\nপ্রধান কার্যালয়\n৮৩-৮৫, মতিঝিল বাণিজ্যিক এলাকা, ঢাকা-১০০০\nই-মেইল: board@example.com.bd, ওয়েব: www.example.com.bd\nফোন: ০২-৯৫৫০০০০\n\n### পরিচালনা পর্ষদের ৪১২তম সভার কার্যবিবরণী",
        );
        assert_eq!(title.as_deref(), Some("পরিচালনা পর্ষদের ৪১২তম সভার কার্যবিবরণী"));
        assert_eq!(issuer, ["মেঘনা কৃষি ব্যাংক পিএলসি", "প্রধান কার্যালয়", "৮৩-৮৫, মতিঝিল বাণিজ্যিক এলাকা, ঢাকা-১০০০"]);
        let (_, issuer) = read(
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nজেলা শিক্ষা অফিসারের কার্যালয়\nকুমিল্লা\nই-মেইল: deo@example.gov.bd\n\nসভার কার্যবিবরণী",
        );
        assert_eq!(issuer, ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "জেলা শিক্ষা অফিসারের কার্যালয়", "কুমিল্লা"]);
    }

    #[test]
    fn a_society_letterhead_ending_in_an_abbreviation() {
        let (_, issuer) = read("মধুপুর বহুমুখী সমবায় সমিতি লিঃ\nমধুপুর, টাঙ্গাইল\n\nব্যবস্থাপনা কমিটির সভার কার্যবিবরণী");
        assert_eq!(issuer, ["মধুপুর বহুমুখী সমবায় সমিতি লিঃ", "মধুপুর, টাঙ্গাইল"]);
        assert!(ends_as_label("ঠিকানাঃ") && !ends_as_label("সমিতি লিঃ"));
    }

    #[test]
    fn a_subject_naming_the_minutes_is_the_title() {
        let (title, _) = read("বিষয়: পৌরসভাসমূহের রাজস্ব আদায় সংক্রান্ত মাসিক সমন্বয় সভার কার্যবিবরণী।\n\nসভাপতি : জনাব ক");
        assert_eq!(title.as_deref(), Some("পৌরসভাসমূহের রাজস্ব আদায় সংক্রান্ত মাসিক সমন্বয় সভার কার্যবিবরণী"));
        assert!(is_marking("(গোপনীয়)") && is_marking("জরুরি") && !is_marking("জরুরি সভা"));
        assert!(is_contact_line("ওয়েবসাইট: www.example.edu.bd") && is_contact_line("ফোন: ০২-৯৫৫০০০০"));
        assert!(!is_contact_line("ফোনালাপে সিদ্ধান্ত"));
        assert!(is_contact_line("টেলিফোন নং- ০২-৯৫৫০০০০") && is_contact_line("+৮৮-০২-৯৫৫০০০০"));
        assert!(!is_contact_line("১৪১-১৪৩, মতিঝিল বা/এ, ঢাকা-১০০০"));
    }

    #[test]
    fn narrative_mentioning_minutes_is_not_a_title() {
        let (title, _) = read("সভায় বিগত সভার কার্যবিবরণী পাঠ করে শোনানো হয় এবং তা দৃঢ়ীকরণ করা হয়।");
        assert_eq!(title, None);
    }

    #[test]
    fn a_letter_subject_is_no_title() {
        let (title, _) =
            read("বিষয়: জেলা ইনোভেশন কমিটির সভার কার্যবিবরণী প্রেরণ।\n\nউপর্যুক্ত বিষয়ের প্রেক্ষিতে জানানো যাচ্ছে।");
        assert_eq!(title, None);
    }

    #[test]
    fn a_letter_is_not_minutes() {
        let d = doc(
            "বিষয়: সভার সিদ্ধান্ত বাস্তবায়ন প্রসঙ্গে।\n\nউপর্যুক্ত বিষয়ের প্রেক্ষিতে জানানো যাচ্ছে যে, নিম্নোক্ত সিদ্ধান্তসমূহ গৃহীত হয়:\n১। কাজ করতে হবে।",
        );
        let mut v = View::new(&d);
        assert_eq!(read_title(&mut v), (None, DocumentKind::Other));
        let d = doc("সভাপতি : জনাব ক\n\nআলোচ্য বিষয়: বিবিধ\nসিদ্ধান্ত: কাজ করতে হবে।");
        let mut v = View::new(&d);
        assert_eq!(read_title(&mut v), (None, DocumentKind::Minutes));
    }

    #[test]
    fn the_heading_of_a_notice_or_an_order() {
        let (title, _) = read("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\n\nসভার নোটিশ\n\nএতদ্বারা জানানো যাচ্ছে যে, সভা অনুষ্ঠিত হবে।");
        assert_eq!(title.as_deref(), Some("সভার নোটিশ"));
        let (title, _) = read("অফিস আদেশ\n\nকমিটি পুনর্গঠন করা হলো:");
        assert_eq!(title.as_deref(), Some("অফিস আদেশ"));
    }
}
