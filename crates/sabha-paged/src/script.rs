//! Character classes of the Bengali script that the layout and the text-layer
//! check need.

pub const VIRAMA: char = '\u{09CD}';
pub const ZWNJ: char = '\u{200C}';
pub const ZWJ: char = '\u{200D}';

/// Any code point of the Bengali block.
pub fn is_bengali(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c)
}

/// A sign that attaches to the letter before it and can never start a word:
/// candrabindu, anusvara, visarga, nukta, the dependent vowel signs, the virama and
/// the au length mark.
pub fn is_dependent_sign(c: char) -> bool {
    matches!(c,
        '\u{0981}'..='\u{0983}'
        | '\u{09BC}'
        | '\u{09BE}'..='\u{09C4}'
        | '\u{09C7}'..='\u{09C8}'
        | '\u{09CB}'..='\u{09CD}'
        | '\u{09D7}'
        | '\u{09E2}'..='\u{09E3}')
}

/// A dependent vowel sign (a matra), which needs a consonant before it.
pub fn is_vowel_sign(c: char) -> bool {
    matches!(c, '\u{09BE}'..='\u{09C4}' | '\u{09C7}'..='\u{09C8}' | '\u{09CB}'..='\u{09CC}' | '\u{09E2}'..='\u{09E3}')
}

/// A consonant, including the nukta forms and khanda ta (and Assamese ra/wa, which
/// OCR confuses with র/ব).
pub fn is_consonant(c: char) -> bool {
    matches!(c,
        '\u{0995}'..='\u{09A8}'
        | '\u{09AA}'..='\u{09B0}'
        | '\u{09B2}'
        | '\u{09B6}'..='\u{09B9}'
        | '\u{09CE}'
        | '\u{09DC}'..='\u{09DD}'
        | '\u{09DF}'
        | '\u{09F0}'..='\u{09F1}')
}

/// An independent vowel.
pub fn is_independent_vowel(c: char) -> bool {
    matches!(c, '\u{0985}'..='\u{098C}' | '\u{098F}'..='\u{0990}' | '\u{0993}'..='\u{0994}' | '\u{09E0}'..='\u{09E1}')
}

/// A Bengali letter that can carry signs.
pub fn is_bengali_letter(c: char) -> bool {
    is_consonant(c) || is_independent_vowel(c)
}

pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{09E6}'..='\u{09EF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_dependent_sign('া'));
        assert!(is_dependent_sign('ং'));
        assert!(is_dependent_sign(VIRAMA));
        assert!(!is_dependent_sign('ক'));
        assert!(is_vowel_sign('ি'));
        assert!(!is_vowel_sign('ং'));
        assert!(is_consonant('য'));
        assert!(is_consonant('\u{09DF}'));
        assert!(is_consonant('ৎ'));
        assert!(is_independent_vowel('আ'));
        assert!(is_digit('৭'));
        assert!(is_digit('7'));
        assert!(!is_digit('ক'));
    }
}
