//! Bijoy fragments inside Unicode words, and subset-font ("hybrid") glyph codes.
//!
//! Careless converters leave glyphs their table lacks inside otherwise Unicode words:
//! `নি¤œরূপ` is নিম্নরূপ with ম্ন still in Bijoy (`¤œ`). Such a word is converted as a
//! whole, Unicode and Bijoy pieces together, so a stray pre-base sign still lands
//! after its consonant.
//!
//! Some PDFs made from subset fonts give base letters in Unicode and conjuncts as
//! arbitrary Latin code points (U+0100–U+024F and Latin-1 letters), different for
//! every font. Those are not guessed at; the word is reported.

use super::classes::{is_latin1_letter, is_strong_glyph, is_symbol_glyph, starts_non_indic_char};
use super::convert::bijoy_to_unicode;
use super::glyphs::is_glyph;
use crate::bytes::any_byte;

/// What happened to the odd words of a line.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Repairs {
    /// The line with its Bijoy fragments converted.
    pub text: String,
    /// `(before, after)` for each repaired word.
    pub repaired: Vec<(String, String)>,
    /// Words that hold subset-font glyph codes, left as they are.
    pub hybrid: Vec<String>,
}

/// Repairs the Bijoy fragments of `line`; `None` when it has no odd words.
pub(crate) fn repair_line(line: &str) -> Option<Repairs> {
    if !any_byte(line.as_bytes(), starts_non_indic_char)
        || !line.chars().any(is_suspect)
        || !line.chars().any(is_bengali)
    {
        return None;
    }
    let mut repairs = Repairs { text: String::with_capacity(line.len() + 8), ..Repairs::default() };
    let mut rest = line;
    while !rest.is_empty() {
        let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(word_len);
        let space_len = tail.find(|c: char| !c.is_whitespace()).unwrap_or(tail.len());
        let (space, tail) = tail.split_at(space_len);
        let repaired = repair_word(word, &mut repairs);
        repairs.text.push_str(&repaired);
        repairs.text.push_str(space);
        rest = tail;
    }
    (!repairs.repaired.is_empty() || !repairs.hybrid.is_empty()).then_some(repairs)
}

fn repair_word(word: &str, repairs: &mut Repairs) -> String {
    if !word.chars().any(is_bengali) {
        return word.to_string();
    }
    let chars: Vec<char> = word.chars().collect();
    let fragment_at = |i: usize| {
        chars.get(i).is_some_and(|&c| {
            is_glyph(c)
                && !c.is_ascii()
                && (is_strong_glyph(c) || (is_symbol_glyph(c) && touches_bengali(&chars, i)))
        })
    };
    let has_fragment = (0..chars.len()).any(fragment_at);
    let has_foreign = chars.iter().any(|&c| is_subset_font_code(c) && !is_glyph(c));
    if has_fragment && !has_foreign {
        let converted = bijoy_to_unicode(word);
        if is_well_formed(&converted) {
            repairs.repaired.push((word.to_string(), converted.clone()));
            return converted;
        }
    }
    if has_fragment || has_foreign {
        repairs.hybrid.push(word.to_string());
    }
    word.to_string()
}

fn touches_bengali(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
    let after = chars.get(i + 1).copied();
    before.is_some_and(is_bengali) || after.is_some_and(is_bengali)
}

fn is_bengali(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c)
}

/// Characters worth a closer look inside a Bengali line. (Bengali letters, the
/// bulk of a line, are settled first: no Bijoy glyph or subset-font code is one.)
fn is_suspect(c: char) -> bool {
    !c.is_ascii() && !is_bengali(c) && (is_glyph(c) || is_subset_font_code(c))
}

/// Latin letters where a subset font puts its conjuncts.
fn is_subset_font_code(c: char) -> bool {
    is_latin1_letter(c) || ('\u{0100}'..='\u{024F}').contains(&c)
}

/// Only Bengali letters and signs (and joiners), no sign without a base.
fn is_well_formed(word: &str) -> bool {
    let bengali_or_punctuation = word.chars().all(|c| {
        is_bengali(c) || c == '\u{200C}' || c == '\u{200D}' || (c.is_ascii() && !c.is_ascii_alphabetic())
    });
    let first_letter = word.chars().find(|c| is_bengali(*c));
    let starts_with_sign = first_letter
        .is_some_and(|c| matches!(c, '\u{0981}'..='\u{0983}' | '\u{09BC}'..='\u{09CD}' | '\u{09D7}'));
    bengali_or_punctuation && !starts_with_sign
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn nfc(s: &str) -> String {
        s.nfc().collect()
    }

    #[test]
    fn residual_fragments_are_converted() {
        let r = repair_line("সভায় নি¤œরূপ সিদ্ধান্ত গৃহীত হয়").unwrap();
        assert_eq!(nfc(&r.text), nfc("সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়"));
        assert_eq!(r.repaired.len(), 1);
        assert!(r.hybrid.is_empty());
        let r = repair_line("e¨e¯’v ব¨বস্থা").unwrap();
        assert_eq!(nfc(&r.text), nfc("e¨e¯’v ব্যবস্থা"));
    }

    #[test]
    fn typographic_marks_beside_words_are_not_fragments() {
        assert_eq!(repair_line("“সভা” – ‘কমিটি’ — ২০২৩ © এটুআই"), None);
        assert_eq!(repair_line("plain ascii only"), None);
    }

    #[test]
    fn no_bengali_letter_is_a_glyph_or_a_subset_font_code() {
        for c in '\u{0980}'..='\u{09FF}' {
            assert!(!is_glyph(c) && !is_subset_font_code(c), "{c:?}");
        }
    }

    #[test]
    fn every_suspect_starts_with_a_non_indic_byte() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_suspect(c)) {
            let mut utf8 = [0; 4];
            assert!(starts_non_indic_char(c.encode_utf8(&mut utf8).as_bytes()[0]), "{c:?}");
        }
    }

    #[test]
    fn subset_font_codes_are_reported_not_guessed() {
        let r = repair_line("চĬগ্রাম জেলা").unwrap();
        assert_eq!(r.text, "চĬগ্রাম জেলা");
        assert_eq!(r.hybrid, vec!["চĬগ্রাম".to_string()]);
    }
}
