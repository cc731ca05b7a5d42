//! Character classes of the Bijoy-or-English bigram model (shared with the model
//! builder, `examples/build_bijoy_model.rs`, which includes this file by path).

/// Number of classes.
pub const CLASSES: usize = 63;
/// Start or end of a token.
pub const BOUNDARY: usize = 0;
/// A non-ASCII character that is a Bijoy glyph and rare in English text.
pub const BIJOY_GLYPH: usize = 61;
/// Any other character: it says nothing either way.
pub const NEUTRAL: usize = 62;
/// ASCII punctuation other than the six that Bijoy uses as letters.
pub const PUNCTUATION: usize = 60;

/// The class of `c`.
pub fn class_of(c: char) -> usize {
    match c {
        'a'..='z' => 1 + (c as usize - 'a' as usize),
        'A'..='Z' => 27 + (c as usize - 'A' as usize),
        '0'..='9' => 53,
        '`' => 54,
        '_' => 55,
        '~' => 56,
        '^' => 57,
        '&' => 58,
        '|' => 59,
        '!'..='/' | ':'..='@' | '[' | ']' | '{' | '}' | '\\' => PUNCTUATION,
        c if is_strong_glyph(c) => BIJOY_GLYPH,
        _ => NEUTRAL,
    }
}

/// Bijoy glyphs that no English or European text has: pre-base vowel signs, half
/// forms and subjoined forms drawn on typographic code points.
pub fn is_strong_glyph(c: char) -> bool {
    matches!(
        c,
        '‡' | '†'
            | 'ˆ'
            | '‰'
            | 'Š'
            | 'š'
            | '›'
            | '˜'
            | '¯'
            | '¤'
            | 'œ'
            | 'Ÿ'
            | '‹'
            | 'Œ'
            | '¦'
            | '¨'
            | 'ƒ'
            | '‚'
            | '„'
            | '−'
    )
}

/// Latin-1 letters (Bijoy draws conjuncts on them, European words use them): some
/// evidence of Bijoy, never proof (`José`, `café`).
pub fn is_latin1_letter(c: char) -> bool {
    matches!(c, 'À'..='ÿ') && c != '×' && c != '÷'
}

/// Bijoy glyphs that English text also uses as symbols beside words (™ ® © ° ² …):
/// evidence of Bijoy only where they stand inside a word.
pub fn is_symbol_glyph(c: char) -> bool {
    matches!(c, '™' | '®' | '©' | '°' | '±' | '²' | '³' | '´' | 'µ' | '¶' | '·' | '¸' | '¹' | 'º' | '»' | '«')
        || matches!(c, '¼' | '½' | '¾' | '•' | '§' | '£' | '¥' | '¢' | '¬' | '¡' | '¿' | 'ª')
}

/// Whether byte `b` starts the UTF-8 form of a character that is neither ASCII nor
/// in U+0800–U+0FFF (Bengali and the other Indic blocks, all led by `E0`). Every
/// Bijoy glyph and subset-font code is such a character, so a line without such a
/// byte (plain Bengali) is settled without decoding it.
pub fn starts_non_indic_char(b: u8) -> bool {
    (b >= 0xC0) & (b != 0xE0)
}
