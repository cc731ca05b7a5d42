//! The Bijoy (SutonnyMJ family) glyph table: what each Windows-1252 character of a
//! Bijoy-encoded text draws.
//!
//! Bijoy fonts put Bengali glyphs on the code points of Windows-1252, in *visual*
//! order: a pre-base vowel sign is typed before its consonant, the reph after it. This
//! table only says what each glyph is; [`super::convert`] puts them in logical order.
//!
//! Where the published converters disagree, the table follows the majority of
//! `bijoy2unicode`, `bijoytounicode`, `unicodeconverter` (PyPI) and `poriborton`
//! (crates.io); `fixtures/ingest/bijoy/vectors.jsonl` records their answers.

/// What one Bijoy glyph (or, during conversion, one Unicode character) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Glyph<'a> {
    /// A consonant or conjunct that can carry subjoined forms and vowel signs.
    Consonant(&'a str),
    /// A consonant with virama (স্, ন্, …) that joins the consonant after it.
    Half(&'a str),
    /// A subjoined form (্য, ্র, ্ব, …) that attaches to the consonant before it.
    Fola(&'a str),
    /// `Í`: subjoined ্ত after a half form, the conjunct ত্ম elsewhere.
    TaOrTma,
    /// `ø`: subjoined ্ল after a bare consonant (`mswkøó` সংশ্লিষ্ট), the conjunct স্ন
    /// elsewhere (`†ønØ` স্নেহ).
    LaOrSna,
    /// A vowel sign drawn before its consonant and typed first: ি ে ৈ.
    PreKar(char),
    /// A vowel sign typed after its consonant: া ী ু ূ ৃ ৗ.
    PostKar(char),
    /// The reph (র্ drawn above), typed after the consonant it stands on.
    Reph,
    /// ং ঃ ঁ
    Sign(char),
    /// An independent vowel.
    Vowel(&'a str),
    /// `&`: an explicit virama that stops a conjunct.
    Hasanta,
    /// A character that maps to itself-like text: digits, danda, quotes.
    Literal(&'a str),
    /// A Unicode virama, nukta, ZWJ or ZWNJ: joins the current cluster as written.
    ClusterMark(&'a str),
    /// Anything else: kept as it is.
    Other(char),
}

use Glyph::*;

/// The glyphs of one or two input characters (longest match first), with the number
/// of characters they consume.
pub(crate) fn glyphs_at(chars: &[char]) -> Option<(&'static [Glyph<'static>], usize)> {
    let first = *chars.first()?;
    let second = chars.get(1).copied();
    let third = chars.get(2).copied();
    match (first, second, third) {
        ('A', Some('v'), _) => return Some((&[Vowel("আ")], 2)),
        // র‍্য (ra + ZWJ + ya-phala): Bijoy draws it as র followed by the ya-phala glyph.
        ('i', Some('¨'), _) => return Some((&[Consonant("র\u{200D}্য")], 2)),
        ('i', Some('\u{200D}'), Some('¨')) => return Some((&[Consonant("র\u{200D}্য")], 3)),
        _ => {}
    }
    single(first).map(|g| (g, 1))
}

/// Whether `c` has a meaning in Bijoy text.
pub(crate) fn is_glyph(c: char) -> bool {
    single(c).is_some()
}

fn single(c: char) -> Option<&'static [Glyph<'static>]> {
    let glyphs: &'static [Glyph<'static>] = match c {
        // Independent vowels
        'A' => &[Vowel("অ")],
        'B' => &[Vowel("ই")],
        'C' => &[Vowel("ঈ")],
        'D' => &[Vowel("উ")],
        'E' => &[Vowel("ঊ")],
        'F' => &[Vowel("ঋ")],
        'G' => &[Vowel("এ")],
        'H' => &[Vowel("ঐ")],
        'I' => &[Vowel("ও")],
        'J' => &[Vowel("ঔ")],
        // Consonants
        'K' => &[Consonant("ক")],
        'L' => &[Consonant("খ")],
        'M' => &[Consonant("গ")],
        'N' => &[Consonant("ঘ")],
        'O' => &[Consonant("ঙ")],
        'P' => &[Consonant("চ")],
        'Q' => &[Consonant("ছ")],
        'R' => &[Consonant("জ")],
        'S' => &[Consonant("ঝ")],
        'T' => &[Consonant("ঞ")],
        'U' => &[Consonant("ট")],
        'V' => &[Consonant("ঠ")],
        'W' => &[Consonant("ড")],
        'X' => &[Consonant("ঢ")],
        'Y' => &[Consonant("ণ")],
        'Z' => &[Consonant("ত")],
        '_' => &[Consonant("থ")],
        '`' => &[Consonant("দ")],
        'a' => &[Consonant("ধ")],
        'b' => &[Consonant("ন")],
        'c' => &[Consonant("প")],
        'd' => &[Consonant("ফ")],
        'e' => &[Consonant("ব")],
        'f' => &[Consonant("ভ")],
        'g' => &[Consonant("ম")],
        'h' => &[Consonant("য")],
        'i' => &[Consonant("র")],
        'j' => &[Consonant("ল")],
        'k' => &[Consonant("শ")],
        'l' => &[Consonant("ষ")],
        'm' => &[Consonant("স")],
        'n' => &[Consonant("হ")],
        'o' => &[Consonant("ড়")],
        'p' => &[Consonant("ঢ়")],
        'q' => &[Consonant("য়")],
        'r' => &[Consonant("ৎ")],
        // Signs
        's' => &[Sign('ং')],
        't' => &[Sign('ঃ')],
        'u' => &[Sign('ঁ')],
        // Vowel signs
        'v' => &[PostKar('া')],
        'w' => &[PreKar('ি')],
        'x' => &[PostKar('ী')],
        'y' | 'z' | '“' | '–' => &[PostKar('ু')],
        '~' | 'ƒ' | '‚' => &[PostKar('ূ')],
        '„' | '…' => &[PostKar('ৃ')],
        '‡' | '†' => &[PreKar('ে')],
        'ˆ' | '‰' => &[PreKar('ৈ')],
        'Š' => &[PostKar('ৗ')],
        '©' => &[Reph],
        '&' => &[Hasanta],
        // Half forms
        '¯' => &[Half("স্")],
        'š' | '›' => &[Half("ন্")],
        '”' => &[Half("চ্")],
        '˜' | '™' => &[Half("দ্")],
        '¤' => &[Half("ম্")],
        '®' => &[Half("ষ্")],
        '•' => &[Half("ঙ্")],
        // Subjoined forms
        '¨' => &[Fola("্য")],
        'ª' | '«' | 'Ö' => &[Fola("্র")],
        'œ' | 'è' => &[Fola("্ন")],
        '^' | 'Ÿ' | '¡' | '¦' => &[Fola("্ব")],
        '¥' | '§' => &[Fola("্ম")],
        '¬' | '\u{AD}' | '−' => &[Fola("্ল")],
        '—' => &[Fola("্ত")],
        'Í' => &[TaOrTma],
        '’' => &[Fola("্থ")],
        '‘' => &[Fola("্ত"), PostKar('ু')],
        '‹' => &[Fola("্ক")],
        'Œ' => &[Fola("্ক্র")],
        '¿' => &[Fola("্ত্র")],
        'ú' => &[Fola("্প")],
        '¢' => &[Fola("্ভ")],
        '£' => &[Fola("্ভ্র")],
        // Conjunct glyphs
        '°' => &[Consonant("ক্ক")],
        '±' => &[Consonant("ক্ট")],
        '²' => &[Consonant("ক্ষ্ম")],
        '³' => &[Consonant("ক্ত")],
        '´' => &[Consonant("ক্ম")],
        'µ' => &[Consonant("ক্র")],
        '¶' | 'ÿ' => &[Consonant("ক্ষ")],
        '·' => &[Consonant("ক্স")],
        '¸' => &[Consonant("গ"), PostKar('ু')],
        '¹' | 'Á' => &[Consonant("জ্ঞ")],
        'º' => &[Consonant("গ্দ")],
        '»' => &[Consonant("গ্ধ")],
        '¼' => &[Consonant("ঙ্ক")],
        '½' => &[Consonant("ঙ্গ")],
        '¾' => &[Consonant("জ্জ")],
        'À' => &[Consonant("জ্ঝ")],
        'Â' => &[Consonant("ঞ্চ")],
        'Ã' => &[Consonant("ঞ্ছ")],
        'Ä' => &[Consonant("ঞ্জ")],
        'Å' => &[Consonant("ঞ্ঝ")],
        'Æ' => &[Consonant("ট্ট")],
        'Ç' => &[Consonant("ড্ড")],
        'È' => &[Consonant("ণ্ট")],
        'É' => &[Consonant("ণ্ঠ")],
        'Ê' => &[Consonant("ণ্ড")],
        'Ë' => &[Consonant("ত্ত")],
        'Ì' => &[Consonant("ত্থ")],
        'Î' => &[Consonant("ত্র")],
        'Ï' => &[Consonant("দ্দ")],
        '×' => &[Consonant("দ্ধ")],
        'Ø' => &[Consonant("দ্ব")],
        'Ù' => &[Consonant("দ্ম")],
        'Ú' => &[Consonant("ন্ঠ")],
        'Û' => &[Consonant("ন্ড")],
        'Ü' => &[Consonant("ন্ধ")],
        'Ý' => &[Consonant("ন্স")],
        'Þ' => &[Consonant("প্ট")],
        'ß' => &[Consonant("প্ত")],
        'à' => &[Consonant("প্প")],
        'á' => &[Consonant("প্স")],
        'â' => &[Consonant("ব্জ")],
        'ã' => &[Consonant("ব্দ")],
        'ä' => &[Consonant("ব্ধ")],
        'å' => &[Consonant("ভ্র")],
        'æ' => &[Consonant("ম্ন")],
        'ç' => &[Consonant("ম্ফ")],
        'é' => &[Consonant("ল্ক")],
        'ê' => &[Consonant("ল্গ")],
        'ë' => &[Consonant("ল্ট")],
        'ì' => &[Consonant("ল্ড")],
        'í' => &[Consonant("ল্প")],
        'î' => &[Consonant("ল্ফ")],
        'ï' => &[Consonant("শ"), PostKar('ু')],
        'ð' => &[Consonant("শ্চ")],
        'ñ' => &[Consonant("শ্ছ")],
        'ò' => &[Consonant("ষ্ণ")],
        'ó' => &[Consonant("ষ্ট")],
        'ô' => &[Consonant("ষ্ঠ")],
        'õ' => &[Consonant("ষ্ফ")],
        'ö' => &[Consonant("স্খ")],
        '÷' => &[Consonant("স্ট")],
        'ø' => &[LaOrSna],
        'ù' => &[Consonant("স্ফ")],
        'û' => &[Consonant("হ"), PostKar('ু')],
        'ü' => &[Consonant("হ"), PostKar('ৃ')],
        'ý' => &[Consonant("হ্ন")],
        'þ' => &[Consonant("হ্ম")],
        // Digits and punctuation
        '0' => &[Literal("০")],
        '1' => &[Literal("১")],
        '2' => &[Literal("২")],
        '3' => &[Literal("৩")],
        '4' => &[Literal("৪")],
        '5' => &[Literal("৫")],
        '6' => &[Literal("৬")],
        '7' => &[Literal("৭")],
        '8' => &[Literal("৮")],
        '9' => &[Literal("৯")],
        '|' => &[Literal("।")],
        '\\' => &[Literal("॥")],
        '$' => &[Literal("৳")],
        'Ò' => &[Literal("“")],
        'Ó' => &[Literal("”")],
        'Ô' => &[Literal("‘")],
        'Õ' => &[Literal("’")],
        'Ð' | 'Ñ' => &[Literal("-")],
        _ => return None,
    };
    Some(glyphs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_takes_aa_before_a() {
        let chars: Vec<char> = "Avgiv".chars().collect();
        assert_eq!(glyphs_at(&chars), Some((&[Vowel("আ")][..], 2)));
        let chars: Vec<char> = "Ag".chars().collect();
        assert_eq!(glyphs_at(&chars), Some((&[Vowel("অ")][..], 1)));
    }

    #[test]
    fn every_letter_of_the_keyboard_has_a_glyph() {
        for c in ('A'..='Z').chain('a'..='z') {
            assert!(is_glyph(c), "{c}");
        }
        assert!(!is_glyph(' '));
        assert!(!is_glyph('ক'));
    }
}
