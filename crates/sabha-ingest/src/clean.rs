//! Unicode clean-up, the same for every input format.
//!
//! What changes, and why:
//! - NFC. Note that NFC keeps য় ড় ঢ় *decomposed* (U+09AF/U+09A1/U+09A2 + nukta
//!   U+09BC): U+09DF/U+09DC/U+09DD are composition exclusions. `fixtures/vectors`
//!   use the same form, so precomposed input becomes decomposed here.
//! - Khanda-ta written the old way, ত + ্ + ZWJ, becomes ৎ (U+09CE).
//! - Zero-width characters that carry no meaning are removed: ZWSP, word joiner,
//!   BOMs inside text, direction marks and embeddings. ZWJ is kept in র‍্য (র + ZWJ + ্)
//!   and after a virama; ZWNJ is kept after a virama (the explicit hasanta).
//! - Soft hyphens are removed; no-break and other fixed-width spaces become spaces.
//! - Control characters other than TAB are removed (a form feed is a page break).
//! - Assamese ৰ ৱ, which OCR produces in Bengali text, become র ব.
//!
//! Nothing else is touched: spelling stays as written.

use std::borrow::Cow;

use sabha_doc::nfc;

use crate::bytes::any_byte;

const VIRAMA: char = '\u{09CD}';
const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// What the clean-up changed in one line, for warnings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Changes {
    /// ৰ/ৱ mapped to র/ব.
    pub assamese: usize,
    /// Control characters removed (form feeds not counted).
    pub controls: usize,
    /// Private-use characters seen (kept): a sign of a broken font mapping.
    pub private_use: usize,
}

/// Cleans one line (no `\n` inside).
pub(crate) fn clean_line(line: &str) -> (Cow<'_, str>, Changes) {
    // Most lines need nothing: say so in one pass, without copying.
    let printable_ascii = !any_byte(line.as_bytes(), |b| (b < 0x20) & (b != b'\t') | (b >= 0x7F));
    if printable_ascii || nfc::is_nfc_without(line, needs_care) {
        return (Cow::Borrowed(line), Changes::default());
    }
    let (out, changes) = rewrite(line);
    (Cow::Owned(nfc::to_nfc(out)), changes)
}

/// The character-by-character clean-up of a line that needs it (not yet NFC).
fn rewrite(line: &str) -> (String, Changes) {
    let mut changes = Changes::default();
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        i += 1;
        match c {
            'ত' if next == Some(VIRAMA) && chars.get(i + 1) == Some(&ZWJ) => {
                out.push('ৎ');
                i += 2;
            }
            ZWJ => {
                let prev = out.chars().next_back();
                if prev == Some(VIRAMA) || (prev == Some('র') && next == Some(VIRAMA)) {
                    out.push(c);
                }
            }
            ZWNJ => {
                let prev = out.chars().next_back();
                if prev == Some(VIRAMA) || (prev == Some('র') && next == Some(VIRAMA)) {
                    out.push(c);
                }
            }
            '\u{09F0}' => {
                changes.assamese += 1;
                out.push('র');
            }
            '\u{09F1}' => {
                changes.assamese += 1;
                out.push('ব');
            }
            '\t' => out.push(c),
            '\u{0C}' => {}
            c if c.is_control() => changes.controls += 1,
            c if is_invisible(c) => {}
            c if is_fixed_space(c) => out.push(' '),
            c => {
                if ('\u{E000}'..='\u{F8FF}').contains(&c) {
                    changes.private_use += 1;
                }
                out.push(c);
            }
        }
    }
    (out, changes)
}

/// Characters the loop below may change. Asked of every character of every line:
/// ASCII and Bengali, nearly all the text, are settled first.
fn needs_care(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control() && c != '\t';
    }
    if ('\u{0980}'..='\u{09FF}').contains(&c) {
        return matches!(c, '\u{09F0}' | '\u{09F1}');
    }
    (c.is_control() && c != '\t')
        || is_invisible(c)
        || is_fixed_space(c)
        || matches!(c, ZWJ | ZWNJ | '\u{09F0}' | '\u{09F1}' | '\u{E000}'..='\u{F8FF}')
}

/// Format characters that carry no meaning in these documents.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}' | '\u{200E}' | '\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn is_fixed_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

#[cfg(test)]
mod tests {
    use unicode_normalization::UnicodeNormalization;

    use super::*;

    fn clean(s: &str) -> String {
        clean_line(s).0.into_owned()
    }

    #[test]
    fn ascii_lines_are_borrowed() {
        assert!(matches!(clean_line("a\tb c").0, Cow::Borrowed(_)));
    }

    #[test]
    fn clean_bengali_lines_are_borrowed() {
        assert!(matches!(clean_line("সভার কার্যবিবরণী\tক").0, Cow::Borrowed(_)));
    }

    #[test]
    fn nfc_keeps_nukta_letters_decomposed() {
        assert_eq!(clean("\u{09DF}"), "\u{09AF}\u{09BC}");
        assert_eq!(clean("\u{09DC}\u{09DD}"), "\u{09A1}\u{09BC}\u{09A2}\u{09BC}");
        assert_eq!(clean("\u{09C7}\u{09BE}"), "\u{09CB}");
    }

    #[test]
    fn zero_width_characters() {
        assert_eq!(clean("স\u{200B}ভা\u{FEFF}"), "সভা");
        assert_eq!(clean("র\u{200D}\u{09CD}যাব"), "র\u{200D}\u{09CD}যাব");
        assert_eq!(clean("সভা\u{200D} "), "সভা ");
        assert_eq!(clean("ক\u{09CD}\u{200C}ষ"), "ক\u{09CD}\u{200C}ষ");
        assert_eq!(clean("ক\u{200C}খ"), "কখ");
        assert_eq!(clean("\u{200E}abc\u{202C}"), "abc");
    }

    #[test]
    fn khanda_ta_old_form_becomes_u09ce() {
        assert_eq!(clean("উত\u{09CD}\u{200D}স"), "উ\u{09CE}স");
    }

    #[test]
    fn spaces_hyphens_and_controls() {
        assert_eq!(clean("ক\u{00A0}খ\u{2003}গ"), "ক খ গ");
        assert_eq!(clean("কার্য\u{00AD}বিবরণী"), "কার্যবিবরণী");
        let (text, changes) = clean_line("a\u{0007}b\u{0C}c\u{0085}");
        assert_eq!(text, "abc");
        assert_eq!(changes.controls, 2);
    }

    #[test]
    fn assamese_ra_and_wa_are_mapped_and_counted() {
        let (text, changes) = clean_line("চৰ্চাৰ ৱ");
        assert_eq!(text, "চর্চার ব");
        assert_eq!(changes.assamese, 3);
    }

    /// What the clean-up must give: every step, then NFC (the fast paths only skip
    /// work that would change nothing).
    fn reference(line: &str) -> (String, Changes) {
        let (out, changes) = rewrite(line);
        (out.nfc().collect(), changes)
    }

    #[test]
    fn vowel_signs_after_e_are_composed() {
        assert_eq!(clean("কে\u{09BE}ন"), "কোন");
        assert_eq!(clean("e\u{0301}"), "\u{00E9}");
    }

    /// Characters that exercise every branch: Bengali letters and signs (ে, া, ৗ,
    /// nukta, virama), the forms NFC changes, joiners, controls, spaces, private use,
    /// Latin letters with combining accents, Bijoy-looking glyphs.
    const ALPHABET: &[char] = &[
        'a', 'A', 'e', ' ', '\t', '।', 'ক', 'ত', 'র', 'য', 'ড', '\u{09BC}', '\u{09BE}', '\u{09C7}',
        '\u{09CB}', '\u{09CD}', '\u{09D7}', '\u{09DC}', '\u{09DF}', '\u{09F0}', '\u{09F1}', '\u{09FE}',
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{00A0}', '\u{00AD}', '\u{0007}', '\u{000C}', '\u{0085}',
        '\u{2003}', '\u{FEFF}', '\u{E001}', '\u{0301}', '\u{0323}', '\u{030A}', '\u{212B}', 'é', '‡', '—',
        '“', '\u{FFFD}',
    ];

    proptest::proptest! {
        #[test]
        fn fast_paths_change_nothing(indices in proptest::collection::vec(0..ALPHABET.len(), 0..24)) {
            let line: String = indices.iter().filter_map(|&i| ALPHABET.get(i)).collect();
            let (text, changes) = clean_line(&line);
            proptest::prop_assert_eq!((text.into_owned(), changes), reference(&line));
        }
    }
}
