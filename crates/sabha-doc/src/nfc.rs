//! Every [`Document`](crate::Document) text is in Unicode NFC. Checking that is on
//! the hot path of every stage, and the general quick check of UAX #15 cannot
//! settle Bengali: it says "maybe" for every া (U+09BE) and ৗ (U+09D7), since they
//! compose with a preceding ে (U+09C7). They compose with nothing else, and only
//! right after it (they are starters, so anything between blocks the composition),
//! so one look back settles them, and Bengali text needs no full check.
//!
//! ```
//! use sabha_doc::nfc;
//!
//! assert!(nfc::is_nfc("সভার কার্যবিবরণী"));
//! assert!(!nfc::is_nfc("কে\u{09BE}ন")); // ে + া is ো in NFC
//! assert_eq!(nfc::to_nfc("কে\u{09BE}ন".to_string()), "কোন");
//! ```

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// What one pass over a text can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Yes,
    No,
    /// Only the full NFC check can tell (a non-Bengali "maybe" character).
    Unsure,
}

/// One pass over `text`: is it NFC? `reject` names characters that make the answer
/// [`Verdict::No`] whatever their normal form (a caller that would rewrite them
/// anyway learns it in the same pass).
fn scan(text: &str, mut reject: impl FnMut(char) -> bool) -> Verdict {
    let mut verdict = Verdict::Yes;
    let mut prev = '\0';
    let mut last_ccc = 0u8;
    for c in text.chars() {
        if reject(c) {
            return Verdict::No;
        }
        if c.is_ascii() {
            (prev, last_ccc) = (c, 0);
            continue;
        }
        let (ccc, quick) = if is_bengali(c) {
            bengali_properties(c)
        } else {
            (canonical_combining_class(c), is_nfc_quick(std::iter::once(c)))
        };
        if last_ccc > ccc && ccc != 0 {
            return Verdict::No;
        }
        match quick {
            IsNormalized::Yes => {}
            IsNormalized::No => return Verdict::No,
            IsNormalized::Maybe if matches!(c, '\u{09BE}' | '\u{09D7}') => {
                if prev == '\u{09C7}' {
                    return Verdict::No;
                }
            }
            IsNormalized::Maybe => verdict = Verdict::Unsure,
        }
        (prev, last_ccc) = (c, ccc);
    }
    verdict
}

/// Whether `text` is in NFC.
pub fn is_nfc(text: &str) -> bool {
    is_nfc_without(text, |_| false)
}

/// Whether `text` is in NFC and holds no character `reject` names, settled in one
/// pass (the full NFC check only for a non-Bengali "maybe" character).
pub fn is_nfc_without(text: &str, reject: impl FnMut(char) -> bool) -> bool {
    match scan(text, reject) {
        Verdict::Yes => true,
        Verdict::No => false,
        Verdict::Unsure => unicode_normalization::is_nfc(text),
    }
}

/// `text` in NFC, copied only when it is not NFC already.
pub fn to_nfc(text: String) -> String {
    if is_nfc(&text) { text } else { text.nfc().collect() }
}

fn is_bengali(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c)
}

/// The canonical combining class and NFC quick-check value of a character of the
/// Bengali block, without the general table look-ups (a test compares them with
/// `unicode_normalization`'s).
fn bengali_properties(c: char) -> (u8, IsNormalized) {
    match c {
        '\u{09BC}' => (7, IsNormalized::Yes),
        '\u{09CD}' => (9, IsNormalized::Yes),
        '\u{09FE}' => (230, IsNormalized::Yes),
        '\u{09BE}' | '\u{09D7}' => (0, IsNormalized::Maybe),
        '\u{09DC}' | '\u{09DD}' | '\u{09DF}' => (0, IsNormalized::No),
        _ => (0, IsNormalized::Yes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bengali_properties_are_unicode_s() {
        for c in '\u{0980}'..='\u{09FF}' {
            let (ccc, quick) = bengali_properties(c);
            assert_eq!(ccc, canonical_combining_class(c), "{c:?}");
            assert_eq!(quick, is_nfc_quick(std::iter::once(c)), "{c:?}");
        }
    }

    #[test]
    fn vowel_signs_after_e_are_composed() {
        assert_eq!(scan("কে\u{09BE}", |_| false), Verdict::No);
        assert_eq!(scan("কে\u{09D7}", |_| false), Verdict::No);
        assert_eq!(scan("কা কৌ", |_| false), Verdict::Yes);
        assert_eq!(scan("ক\u{09CD}\u{09BC}", |_| false), Verdict::No);
        assert_eq!(scan("A\u{030A}", |_| false), Verdict::Unsure);
        assert_eq!(to_nfc("e\u{0301}".into()), "\u{00E9}");
    }

    #[test]
    fn rejected_characters_say_no() {
        assert_eq!(scan("কখ\u{200B}", |c| c == '\u{200B}'), Verdict::No);
        assert_eq!(scan("কখ\u{200B}", |_| false), Verdict::Yes);
    }

    /// Bengali signs in every order, the forms NFC changes, Latin with accents.
    const ALPHABET: &[char] = &[
        'a', 'A', 'e', ' ', 'ক', 'ত', 'র', 'য', 'ড', '\u{09BC}', '\u{09BE}', '\u{09C7}', '\u{09CB}',
        '\u{09CD}', '\u{09D7}', '\u{09DC}', '\u{09DF}', '\u{09FE}', '\u{200C}', '\u{200D}', '\u{0301}',
        '\u{0323}', '\u{030A}', '\u{212B}', 'é',
    ];

    proptest::proptest! {
        #[test]
        fn agrees_with_the_full_check(indices in proptest::collection::vec(0..ALPHABET.len(), 0..24)) {
            let text: String = indices.iter().filter_map(|&i| ALPHABET.get(i)).collect();
            let nfc = unicode_normalization::is_nfc(&text);
            proptest::prop_assert_eq!(is_nfc(&text), nfc);
            match scan(&text, |_| false) {
                Verdict::Yes => proptest::prop_assert!(nfc),
                Verdict::No => proptest::prop_assert!(!nfc),
                Verdict::Unsure => {}
            }
            proptest::prop_assert_eq!(to_nfc(text.clone()), text.nfc().collect::<String>());
        }
    }
}
