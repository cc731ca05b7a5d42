//! The broken-text-layer check: does a page's extracted text look like real text?
//!
//! A PDF can carry a text layer that is not the text on the page: fonts without a
//! usable ToUnicode map give NULs, U+FFFD, private-use code points or glyph ids
//! read as letters of some other script; producers that map Bengali glyphs one by
//! one give vowel signs before their consonant or with no consonant at all; legacy
//! SutonnyMJ/Bijoy fonts give ASCII and Latin-1 symbols; "hybrid" subset fonts put
//! Latin-1 code points inside Bengali words. Such a page must go to OCR (or the
//! record gets an error); it must never pass as text.

use crate::script::{VIRAMA, ZWJ, ZWNJ, is_bengali, is_bengali_letter, is_dependent_sign, is_vowel_sign};

/// What the check found on a page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextStats {
    /// Characters other than white space.
    pub chars: usize,
    pub bengali: usize,
    /// Latin letters (a–z, A–Z).
    pub latin: usize,
    /// NUL and other controls, U+FFFD, private-use code points, non-characters, and
    /// letters of scripts minutes are not written in.
    pub junk: usize,
    /// Bengali signs with no letter to attach to, or in an impossible order.
    pub broken_clusters: usize,
    /// Latin-1 and Latin Extended code points touching Bengali letters.
    pub latin_in_bengali: usize,
    /// Latin-1 symbols typical of Bijoy/SutonnyMJ text (‡ ˆ Ö ¨ © ¯ …), not the
    /// accented letters of European names.
    pub bijoy_marks: usize,
}

/// Why a page's text layer is not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No text at all: a scan, or an empty page.
    NoText,
    /// Control characters, U+FFFD, private-use or foreign-script code points.
    Garbage,
    /// Vowel signs with no consonant or out of order: glyphs mapped one by one.
    BrokenClusters,
    /// Latin-1 code points inside Bengali words: a "hybrid" subset font.
    HybridFont,
}

impl Problem {
    pub fn describe(self) -> &'static str {
        match self {
            Problem::NoText => "no text layer (a scanned or empty page)",
            Problem::Garbage => "the text layer holds control, replacement or private-use characters",
            Problem::BrokenClusters => {
                "the text layer has Bengali vowel signs with no consonant or out of order"
            }
            Problem::HybridFont => {
                "the text layer mixes Latin-1 code points into Bengali words (a hybrid font)"
            }
        }
    }
}

/// The check's verdict on a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Use the text. `suspect` is set when a few odd characters were seen, below
    /// the thresholds (worth a warning, not OCR).
    Readable { suspect: bool },
    /// Legacy Bijoy/SutonnyMJ text: readable after conversion to Unicode.
    LegacyEncoding,
    /// Do not use the text; OCR the page.
    Unreadable(Problem),
}

/// Checks a page's text.
pub fn assess(text: &str) -> Verdict {
    verdict(&TextStats::of(text))
}

/// The verdict for some counts. The thresholds tolerate a stray symbol-font
/// bullet or two (Word maps them to private use) but not a pattern.
pub fn verdict(s: &TextStats) -> Verdict {
    if s.chars == 0 {
        return Verdict::Unreadable(Problem::NoText);
    }
    if s.junk >= 3 && s.junk * 100 > s.chars {
        return Verdict::Unreadable(Problem::Garbage);
    }
    if s.broken_clusters >= 3 && s.broken_clusters * 200 > s.bengali {
        return Verdict::Unreadable(Problem::BrokenClusters);
    }
    if s.latin_in_bengali >= 3 && s.latin_in_bengali * 100 > s.bengali {
        return Verdict::Unreadable(Problem::HybridFont);
    }
    if s.bengali * 20 < s.chars && s.latin >= 20 && s.bijoy_marks * 100 > 3 * (s.latin + s.bijoy_marks) {
        return Verdict::LegacyEncoding;
    }
    // One orphan sign is what a word broken across a page gives (a table cell
    // continuing on the next page starts with the rest of the word).
    let suspect = s.junk + s.latin_in_bengali > 0 || s.broken_clusters >= 2;
    Verdict::Readable { suspect }
}

impl TextStats {
    pub fn of(text: &str) -> TextStats {
        let mut s = TextStats::default();
        let mut prev: Option<char> = None;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            if !c.is_whitespace() {
                s.chars += 1;
                if is_bengali(c) {
                    s.bengali += 1;
                }
                if c.is_ascii_alphabetic() {
                    s.latin += 1;
                }
                if is_junk(c) {
                    s.junk += 1;
                }
                if is_bijoy_mark(c) {
                    s.bijoy_marks += 1;
                }
                if ('\u{0080}'..='\u{024F}').contains(&c)
                    && (prev.is_some_and(is_bengali) || next.is_some_and(is_bengali))
                {
                    s.latin_in_bengali += 1;
                }
                if breaks_cluster(prev, c) {
                    s.broken_clusters += 1;
                }
            }
            prev = Some(c);
        }
        s
    }
}

/// A sign that cannot follow what precedes it.
fn breaks_cluster(prev: Option<char>, c: char) -> bool {
    if !is_dependent_sign(c) {
        return false;
    }
    let Some(p) = prev else { return true };
    if is_bengali_letter(p) || p == ZWJ || p == ZWNJ || p == '\u{09BC}' {
        return false;
    }
    if p == VIRAMA {
        return true;
    }
    if is_vowel_sign(p) {
        // ো and ৌ may arrive decomposed (ে + া, ে + ৗ); candrabindu, anusvara and
        // visarga follow vowel signs.
        let decomposed = p == '\u{09C7}' && matches!(c, '\u{09BE}' | '\u{09D7}');
        return !(decomposed || matches!(c, '\u{0981}'..='\u{0983}'));
    }
    if matches!(p, '\u{0981}'..='\u{0983}') {
        return c != '\u{0981}';
    }
    true
}

fn is_junk(c: char) -> bool {
    if c.is_control() {
        return true;
    }
    let u = c as u32;
    let private_use = (0xE000..=0xF8FF).contains(&u) || u >= 0xF0000;
    let non_character = (0xFDD0..=0xFDEF).contains(&u) || (u & 0xFFFE) == 0xFFFE;
    private_use || non_character || c == '\u{FFFD}' || !is_expected_script(u)
}

/// Blocks minutes are written in: Latin, general punctuation and symbols, Bengali
/// (with the Devanagari dandas it borrows).
fn is_expected_script(u: u32) -> bool {
    matches!(u,
        0x0000..=0x024F      // Latin
        | 0x02B0..=0x036F    // modifier letters, combining marks
        | 0x0964..=0x0965    // danda, double danda
        | 0x0980..=0x09FF    // Bengali
        | 0x1E00..=0x1EFF    // Latin Extended Additional
        | 0x2000..=0x2BFF    // punctuation, currency, letterlike, arrows, maths, shapes, dingbats
        | 0xFB00..=0xFB06    // Latin ligatures ﬁ ﬂ
        | 0xFE00..=0xFE0F    // variation selectors
        | 0xFF01..=0xFF5E    // full-width ASCII
    )
}

fn is_bijoy_mark(c: char) -> bool {
    matches!(
        c,
        '\u{00A1}'
            ..='\u{00BF}'
                | 'Ö'
                | '×'
                | 'Ø'
                | '÷'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | 'Œ'
                | 'Ž'
                | 'š'
                | 'œ'
                | 'ž'
                | 'Ÿ'
                | 'ƒ'
                | '†'
                | '˜'
                | '™'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_bengali_text_is_readable() {
        let text = "উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়। কর্মকর্তাগণের নেতৃত্ব ক্রঃ বাংলা চাঁদ কৌশল";
        assert_eq!(assess(text), Verdict::Readable { suspect: false });
    }

    #[test]
    fn decomposed_o_kar_is_not_broken() {
        assert_eq!(
            assess("ক\u{09C7}\u{09BE}ন \u{0995}\u{09C7}\u{09D7}শল"),
            Verdict::Readable { suspect: false }
        );
    }

    #[test]
    fn an_empty_page_has_no_text() {
        assert_eq!(assess("  \n "), Verdict::Unreadable(Problem::NoText));
    }

    #[test]
    fn nuls_and_replacement_characters_are_garbage() {
        let text = "সভা\u{0}র কা\u{0}জ \u{FFFD}\u{FFFD} শুরু";
        assert_eq!(assess(text), Verdict::Unreadable(Problem::Garbage));
    }

    #[test]
    fn glyph_ids_read_as_cjk_are_garbage() {
        assert_eq!(assess("丂丄丅丆丏 丒专且 丕世丗"), Verdict::Unreadable(Problem::Garbage));
    }

    #[test]
    fn one_orphan_sign_is_not_suspect() {
        assert_eq!(assess("়েবপোর্টাল সভার কাজ শুরু করা হয়।"), Verdict::Readable { suspect: false });
        assert_eq!(assess("া সভার ি কাজ শুরু করা হয়।"), Verdict::Readable { suspect: true });
    }

    #[test]
    fn one_symbol_font_bullet_is_only_suspect() {
        let text = "\u{F0B7} উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়।";
        assert_eq!(assess(text), Verdict::Readable { suspect: true });
    }

    #[test]
    fn visual_order_vowel_signs_are_broken_clusters() {
        // "কিছু নিয়মিত বিষয়ে" with ি before its consonant, as glyph-by-glyph
        // extraction gives it.
        let text = "িকছু িনয়িমত িবষেয় ে◌কান";
        assert_eq!(assess(text), Verdict::Unreadable(Problem::BrokenClusters));
    }

    #[test]
    fn bijoy_text_is_legacy_encoding() {
        let text = "MYcÖRvZš¿x evsjv‡`k miKvi wefvMxq Kwgkbv‡ii Kvh©vjq ivRkvnx";
        assert_eq!(assess(text), Verdict::LegacyEncoding);
    }

    #[test]
    fn english_text_is_readable() {
        let text = "Minutes of the meeting held on 17 October 2023 – the café “Annex” résumé";
        assert_eq!(assess(text), Verdict::Readable { suspect: false });
    }

    #[test]
    fn latin_one_inside_bengali_words_is_a_hybrid_font() {
        let text = "নি¤œরূপ সি×ান্ত বাস্তবায়Í কর্মকর্তাগণ উপস্থিত ছিলেন";
        assert_eq!(assess(text), Verdict::Unreadable(Problem::HybridFont));
    }
}
