//! Small text helpers every reader shares: clean-up of values, punctuation at
//! the ends, enclosing parentheses, words.

use unicode_normalization::UnicodeNormalization;

/// Every run of white space folded to one space, trimmed. (NFC is applied
/// once to every value of the finished record: see [`nfc`].)
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `s` in Unicode NFC (ingested text already is; then nothing is copied).
pub(crate) fn nfc(s: &mut String) {
    if !sabha_doc::nfc::is_nfc(s) {
        *s = s.nfc().collect();
    }
}

/// Removes the characters of `chars` (and white space) from the end, repeatedly.
pub(crate) fn trim_end_chars<'a>(s: &'a str, chars: &[char]) -> &'a str {
    s.trim_end_matches(|c: char| c.is_whitespace() || chars.contains(&c))
}

/// A header value or a designation: trailing `।`, `,` (and `;`) dropped.
pub(crate) fn header_value(s: &str) -> String {
    trim_end_chars(&clean(s), &['।', ',', ';']).to_string()
}

/// A value wholly enclosed in one pair of parentheses loses them:
/// `(আইসিটি শাখা)` → `আইসিটি শাখা`, but `(ক) ও (খ)` stays.
pub(crate) fn strip_enclosing_parens(s: &str) -> &str {
    let t = s.trim();
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return t;
    };
    let mut depth = 0i32;
    for c in inner.chars() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth < 0 {
                    return t;
                }
            }
            _ => {}
        }
    }
    if depth == 0 { inner.trim() } else { t }
}

/// Splits a leading label from its value: `label`, then optional spaces, then an
/// optional separator (`:`, `ঃ`, `-`, `–`), then the value. Returns the value when
/// `text` starts with `label` as a whole word (so `সভাপতি` does not match
/// `সভাপতিত্বে`). `None` when the label is not there.
pub(crate) fn after_label<'a>(text: &'a str, label: &str) -> Option<LabelValue<'a>> {
    let rest = text.strip_prefix(label)?;
    if rest.chars().next().is_some_and(|c| is_word_char(c) && !is_separator(c)) || is_compound(rest) {
        return None;
    }
    let trimmed = rest.trim_start();
    let (separated, value) = match trimmed.chars().next() {
        Some(c) if is_separator(c) => (true, trimmed[c.len_utf8()..].trim_start()),
        _ => (false, trimmed),
    };
    // `সভাপতি :- জনাব ...`, `তারিখ ঃ-` : a second separator character.
    let value = match value.chars().next() {
        Some(c) if separated && (c == '-' || c == '–') => value[c.len_utf8()..].trim_start(),
        _ => value,
    };
    Some(LabelValue { separated, value: value.trim_end() })
}

/// `Decision / সিদ্ধান্ত: …`, `Memo No. / স্মারক নং: …`: the text from the Bengali label
/// on, when a short English label and `/` stand before it (as offices that write to
/// foreign partners print their labels); other text as it is.
pub(crate) fn after_english_label(text: &str) -> &str {
    match text.split_once('/') {
        Some((english, rest))
            if is_english_label(english) && !rest.trim_start().starts_with(|c: char| c.is_ascii()) =>
        {
            rest.trim_start()
        }
        _ => text,
    }
}

/// A short English label: at most four ASCII words of letters and dots (`Memo No.`,
/// `Action by`, `Date`).
pub(crate) fn is_english_label(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.split_whitespace().count() <= 4
        && t.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && t.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '.'))
}

/// `-উপস্থাপনকারী` right after a label word: a hyphenated compound
/// (`প্রস্তাব-উপস্থাপনকারী`), not the label and its value. A number after the hyphen
/// (`সিদ্ধান্ত-১`, `নং-০৫`) or a space on either side keeps it a separator.
fn is_compound(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('-' | '–'))
        && chars.next().is_some_and(|c| is_word_char(c) && !c.is_numeric() && !is_bengali_mark(c))
}

/// The value after a label, and whether a separator stood between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LabelValue<'a> {
    pub separated: bool,
    pub value: &'a str,
}

pub(crate) fn is_separator(c: char) -> bool {
    matches!(c, ':' | 'ঃ' | '：' | '-' | '–' | '—' | '=')
}

/// Letters, marks and digits of any script: what a word is made of.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        // The Bengali block is letters, signs and digits, but for the currency
        // and fraction signs at its end.
        '\u{0980}'..='\u{09F1}' => true,
        _ => c.is_alphanumeric() || is_bengali_mark(c),
    }
}

fn is_bengali_mark(c: char) -> bool {
    // Bengali vowel signs, virama, nukta, chandrabindu/anusvara/visarga, ZWJ/ZWNJ.
    matches!(c, '\u{0981}'..='\u{0983}' | '\u{09BC}' | '\u{09BE}'..='\u{09CD}' | '\u{09D7}' | '\u{200C}' | '\u{200D}')
}

/// The words of `s` (split on white space), without punctuation at their ends.
pub(crate) fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().map(bare_word).filter(|w| !w.is_empty()).collect()
}

/// A word without the punctuation around it (`উপসচিব,` → `উপসচিব`).
pub(crate) fn bare_word(w: &str) -> &str {
    w.trim_matches(|c: char| !is_word_char(c))
}

/// A Bengali or ASCII decimal digit.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('০'..='৯').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_folds_white_space_and_trims() {
        assert_eq!(clean("  ক\t খ \n গ "), "ক খ গ");
    }

    #[test]
    fn nfc_composes() {
        // ে + া composes to ো (while য় stays decomposed: it is a composition exclusion).
        let mut s = "\u{0995}\u{09C7}\u{09BE}".to_string();
        nfc(&mut s);
        assert_eq!(s, "\u{0995}\u{09CB}");
        let mut s = "\u{09DF}".to_string();
        nfc(&mut s);
        assert_eq!(s, "\u{09AF}\u{09BC}");
    }

    #[test]
    fn header_value_drops_trailing_dari_and_comma() {
        assert_eq!(header_value("সকাল ১০.১০ টায়।"), "সকাল ১০.১০ টায়");
        assert_eq!(header_value("উপজেলা সমবায় অফিসার,"), "উপজেলা সমবায় অফিসার");
        assert_eq!(header_value("ক।খ"), "ক।খ");
    }

    #[test]
    fn enclosing_parentheses_only_when_they_wrap_everything() {
        assert_eq!(strip_enclosing_parens("(আইসিটি শাখা)"), "আইসিটি শাখা");
        assert_eq!(strip_enclosing_parens("(ক) ও (খ)"), "(ক) ও (খ)");
        assert_eq!(strip_enclosing_parens("জেলা প্রশাসক (সকল)"), "জেলা প্রশাসক (সকল)");
        assert_eq!(strip_enclosing_parens("((ক))"), "(ক)");
    }

    #[test]
    fn after_label_reads_every_separator_form() {
        let v = |t, l| after_label(t, l).map(|lv| (lv.separated, lv.value));
        assert_eq!(v("সভাপতি : জনাব ক", "সভাপতি"), Some((true, "জনাব ক")));
        assert_eq!(v("সভাপতিঃ জনাব ক", "সভাপতি"), Some((true, "জনাব ক")));
        assert_eq!(v("সভাপতি: জনাব ক", "সভাপতি"), Some((true, "জনাব ক")));
        assert_eq!(v("সভাপতি জনাব ক", "সভাপতি"), Some((false, "জনাব ক")));
        assert_eq!(v("সভাপতি :- জনাব ক", "সভাপতি"), Some((true, "জনাব ক")));
        assert_eq!(v("সভাপতি", "সভাপতি"), Some((false, "")));
        assert_eq!(v("সভাপতিত্বে সভা", "সভাপতি"), None);
        assert_eq!(v("সভাপতির", "সভাপতি"), None);
    }

    #[test]
    fn an_english_label_before_the_bengali_one_is_dropped() {
        assert_eq!(after_english_label("Decision / সিদ্ধান্ত: কাজ করতে হবে।"), "সিদ্ধান্ত: কাজ করতে হবে।");
        assert_eq!(after_english_label("Action by/ বাস্তবায়নে: ক"), "বাস্তবায়নে: ক");
        assert_eq!(after_english_label("ERD/JP/2024/312"), "ERD/JP/2024/312");
        assert_eq!(after_english_label("সংশ্লিষ্ট মন্ত্রণালয়/বিভাগ"), "সংশ্লিষ্ট মন্ত্রণালয়/বিভাগ");
        assert_eq!(
            after_english_label("The decision was taken by all members / সকলে"),
            "The decision was taken by all members / সকলে"
        );
    }

    #[test]
    fn a_hyphenated_compound_is_no_label() {
        let v = |t, l| after_label(t, l).map(|lv| lv.value);
        // A wrapped line of a decision item that starts with a compound word.
        assert_eq!(v("প্রস্তাব-উপস্থাপনকারী কর্মকর্তা", "প্রস্তাব"), None);
        assert_eq!(v("সিদ্ধান্ত-১: ক", "সিদ্ধান্ত"), Some("১: ক"));
        assert_eq!(v("স্মারক নং-০৫.৪৩", "স্মারক নং"), Some("০৫.৪৩"));
        assert_eq!(v("সিদ্ধান্ত - ক", "সিদ্ধান্ত"), Some("ক"));
    }

    #[test]
    fn words_lose_surrounding_punctuation() {
        assert_eq!(words("উপসচিব, (সিপি) ঢাকা।"), ["উপসচিব", "সিপি", "ঢাকা"]);
    }
}
