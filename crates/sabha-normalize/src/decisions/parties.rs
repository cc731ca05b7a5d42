//! Who must carry a decision out: a responsible cell split into parties only on
//! in-cell numbering (`১। … ২। …`), never on commas; a status word
//! (`বাস্তবায়িত`, `চলমান`) names no party. A decision may also name its parties in
//! a note at its end, `… করতে হবে। (বাস্তবায়নে: ১। … ২। …)`, which is not part of
//! the decision's text.

use crate::lexicon;
use crate::numbering::split_numbered;
use crate::text::{after_label, clean, trim_end_chars};

/// Labels that introduce the responsible parties, longest first.
pub(crate) const RESPONSIBLE_LABELS: &[&str] = &[
    "বাস্তবায়নকারী কর্তৃপক্ষ",
    "বাস্তবায়নকারী সংস্থা",
    "বাস্তবায়নকারী দপ্তর",
    "বাস্তবায়নকারী",
    "বাস্তবায়নের দায়িত্বে",
    "বাস্তবায়নের দায়িত্ব",
    "বাস্তবায়নে",
    "বাস্তবায়ন",
    "দায়িত্বপ্রাপ্ত কর্মকর্তা",
    "দায়িত্বপ্রাপ্ত",
    "দায়িত্বে",
    "দায়িত্ব",
];

/// The value after a responsibility label at the start of `text` (`দায়িত্ব: …`),
/// when a separator follows the label or the label stands alone. A line set in
/// markdown italics (`_বাস্তবায়নে: …_`, `*বাস্তবায়নে: …*`) reads the same.
pub(crate) fn responsibility(text: &str) -> Option<&str> {
    let t = crate::text::after_english_label(without_emphasis(text.trim()));
    RESPONSIBLE_LABELS
        .iter()
        .find_map(|l| after_label(t, l).filter(|lv| lv.separated || lv.value.is_empty()).map(|lv| lv.value))
}

/// `t` without the markdown emphasis marks that wrap all of it (`_…_`, `*…*`,
/// `__…__`); other text as it is.
fn without_emphasis(t: &str) -> &str {
    for mark in ["__", "**", "_", "*"] {
        if let Some(inner) = t.strip_prefix(mark).and_then(|r| r.strip_suffix(mark)) {
            if !inner.trim().is_empty() && !inner.starts_with(mark) {
                return inner.trim();
            }
        }
    }
    t
}

/// A responsibility note in parentheses or square brackets at the end of `text`:
/// the text before it and the note's value. `… করতে হবে। (দায়িত্ব: পরিচালক (অর্থ))`
/// → (`… করতে হবে।`, `পরিচালক (অর্থ)`); `… করবেন। [বাস্তবায়ন: …]` likewise.
pub(crate) fn trailing_note(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_end().trim_end_matches(['।', '.']).trim_end();
    [('(', ')'), ('[', ']')].into_iter().find_map(|(open, close)| note_between(t, open, close))
}

/// The note `open` … `close` that ends `t`, opened by a responsibility label.
fn note_between(t: &str, open: char, close: char) -> Option<(&str, &str)> {
    let inner_end = t.strip_suffix(close)?.len();
    // The last bracket a responsibility label follows; the parentheses inside the
    // note need not balance (`(দায়িত্ব: ১) … ২) …)`).
    let at = t
        .match_indices(open)
        .map(|(i, _)| i)
        .rfind(|&i| t.get(i + 1..inner_end).and_then(responsibility).is_some_and(|v| !v.trim().is_empty()))?;
    let value = responsibility(t.get(at + open.len_utf8()..inner_end)?)?;
    Some((t.get(..at)?.trim_end(), value.trim()))
}

/// The parties a responsible cell names, numbering and trailing `।` removed.
pub(crate) fn parties(cell: &str) -> Vec<String> {
    let cell = clean(cell);
    // `—`, `-`: a dash in the place of a party names none.
    let only_dashes = cell.chars().all(|c| matches!(c, '-' | '–' | '—' | '_' | ' '));
    if only_dashes || lexicon::is_status(&cell) {
        return Vec::new();
    }
    split_numbered(&cell)
        .into_iter()
        .map(|(_, piece)| trim_end_chars(piece, &['।', ';', ',']).to_string())
        .filter(|p| !p.is_empty() && !lexicon::is_status(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_parties() {
        assert_eq!(
            parties("১। জেলা প্রশাসক (সকল), রাজশাহী বিভাগ ২। বিভাগীয় ইনোভেশন টিমের সদস্য/ বিভাগীয় দপ্তর প্রধানগণ।"),
            ["জেলা প্রশাসক (সকল), রাজশাহী বিভাগ", "বিভাগীয় ইনোভেশন টিমের সদস্য/ বিভাগীয় দপ্তর প্রধানগণ"]
        );
    }

    #[test]
    fn an_italic_responsibility_line_reads_like_a_plain_one() {
        assert_eq!(responsibility("_বাস্তবায়নে: কর নির্ধারক_"), Some("কর নির্ধারক"));
        assert_eq!(responsibility("*বাস্তবায়নে: ১। ক ২। খ*"), Some("১। ক ২। খ"));
        assert_eq!(responsibility("_সভা শেষ হয়_"), None);
        assert_eq!(without_emphasis("_ক_খ"), "_ক_খ");
    }

    #[test]
    fn commas_never_split() {
        assert_eq!(parties("সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর।"), ["সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর"]);
    }

    #[test]
    fn status_words_name_no_party() {
        assert!(parties("বাস্তবায়িত").is_empty());
        assert!(parties("চলমান।").is_empty());
        assert!(parties("").is_empty());
        assert!(parties("—").is_empty());
        assert!(parties("- -").is_empty());
    }

    #[test]
    fn a_trailing_note_names_the_parties() {
        assert_eq!(
            trailing_note("তালিকা প্রেরণ করতে হবে। (দায়িত্ব: পরিচালক (অর্থ))"),
            Some(("তালিকা প্রেরণ করতে হবে।", "পরিচালক (অর্থ)"))
        );
        let (before, note) =
            trailing_note("নীতিমালা প্রেরণ করতে হবে। (বাস্তবায়নে: ১। উপব্যবস্থাপনা পরিচালক (ঋণ) ২। মহাব্যবস্থাপক)।")
                .unwrap();
        assert_eq!(before, "নীতিমালা প্রেরণ করতে হবে।");
        assert_eq!(parties(note), ["উপব্যবস্থাপনা পরিচালক (ঋণ)", "মহাব্যবস্থাপক"]);
        assert_eq!(trailing_note("জেলা প্রশাসক (সকল) সভায় উপস্থিত থাকবেন (প্রয়োজনে)"), None);
        assert_eq!(trailing_note("কাজ করতে হবে।"), None);
        assert_eq!(trailing_note("(দায়িত্ব: )"), None);
        let (before, note) = trailing_note("(দায়িত্ব: ১) সহকারী কমিশনার ২) উপজেলা অফিসার (সকল))").unwrap();
        assert_eq!(
            (before, parties(note)),
            ("", vec!["সহকারী কমিশনার".to_string(), "উপজেলা অফিসার (সকল)".to_string()])
        );
    }

    #[test]
    fn a_note_in_square_brackets_names_the_parties() {
        let (before, note) =
            trailing_note("কর্মপরিকল্পনা দাখিল করবেন। [বাস্তবায়ন: ১) উপসচিব (পরিকল্পনা-২) ২) প্রকল্প পরিচালক]").unwrap();
        assert_eq!(before, "কর্মপরিকল্পনা দাখিল করবেন।");
        assert_eq!(parties(note), ["উপসচিব (পরিকল্পনা-২)", "প্রকল্প পরিচালক"]);
        let (before, note) = trailing_note("প্রেরণ নিশ্চিত করতে হবে। [বাস্তবায়ন: —]").unwrap();
        assert_eq!((before, parties(note)), ("প্রেরণ নিশ্চিত করতে হবে।", Vec::<String>::new()));
        assert_eq!(trailing_note("তথ্য [সংযুক্ত] প্রেরণ করতে হবে।"), None);
    }

    #[test]
    fn a_single_numbered_party_loses_its_number() {
        assert_eq!(parties("১। সহকারী প্রোগ্রামার"), ["সহকারী প্রোগ্রামার"]);
    }
}
