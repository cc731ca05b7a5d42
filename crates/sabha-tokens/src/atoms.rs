//! The first pass over a line: runs of digits, Bengali words, Latin words, spaces
//! and single punctuation marks ("atoms"), each word already looked up in the
//! lexicon. Rules match sequences of atoms, never raw characters.

use crate::digits::{DigitAcc, digit_value};
use crate::lexicon::{Lex, lexicon};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AtomKind {
    /// Digits of either script, mixed (`২0২৩` is one run).
    Digits,
    /// Bengali letters and signs (with ZWJ/ZWNJ inside).
    Bengali,
    /// ASCII letters.
    Latin,
    /// Horizontal white space, tab excepted.
    Space,
    /// One punctuation or symbol character; tab is punctuation, so no token crosses a
    /// table cell.
    Punct(char),
    /// Letters of other scripts.
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Atom {
    pub kind: AtomKind,
    /// Byte offsets in the whole text.
    pub start: usize,
    pub end: usize,
    /// For words: what the lexicon says.
    pub lex: Option<&'static Lex>,
    /// For digit runs: the value (while exact) and the number of digits.
    pub digits: DigitAcc,
}

impl Atom {
    pub fn is_digits(&self) -> bool {
        self.kind == AtomKind::Digits
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == AtomKind::Punct(c)
    }

    pub fn is_space(&self) -> bool {
        self.kind == AtomKind::Space
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, AtomKind::Bengali | AtomKind::Latin | AtomKind::Other)
    }

    /// The digit run's value when it has `min..=max` digits.
    pub fn digits_value(&self, min: u32, max: u32) -> Option<u64> {
        (self.is_digits() && (min..=max).contains(&self.digits.count)).then(|| self.digits.get()).flatten()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Digit(u8),
    Bengali,
    Joiner,
    Latin,
    Space,
    Punct(char),
    Other,
}

fn classify(c: char) -> Class {
    match c {
        '0'..='9' => Class::Digit(c as u8 - b'0'),
        'a'..='z' | 'A'..='Z' => Class::Latin,
        ' ' | '\r' | '\u{0B}' | '\u{0C}' => Class::Space,
        '\0'..='\u{7F}' => Class::Punct(c),
        '\u{09E6}'..='\u{09EF}' => Class::Digit((c as u32 - 0x09E6) as u8),
        // ৲ ৳ and the fraction signs are symbols, not letters.
        '\u{09F2}'..='\u{09FB}' => Class::Punct(c),
        '\u{0980}'..='\u{09FF}' => Class::Bengali,
        '\u{0964}' | '\u{0965}' => Class::Punct(c),
        '\u{200C}' | '\u{200D}' => Class::Joiner,
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Class::Space,
        _ if c.is_alphanumeric() => Class::Other,
        _ => Class::Punct(c),
    }
}

/// The character at byte `i` of valid UTF-8 `bytes` and its length: a hand-written
/// decoder, because this runs for every character of every document.
#[inline]
fn char_at(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b0 = *bytes.get(i)?;
    let cont = |k: usize| bytes.get(i + k).map_or(0, |b| u32::from(b & 0x3F));
    let (code, len) = match b0 {
        0x00..=0x7F => (u32::from(b0), 1),
        0xC0..=0xDF => ((u32::from(b0 & 0x1F) << 6) | cont(1), 2),
        0xE0..=0xEF => ((u32::from(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => ((u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4),
    };
    Some((char::from_u32(code).unwrap_or('\u{FFFD}'), len))
}

/// The length (3) of the Bengali letter or sign at byte `i`, digits and symbols
/// excepted: the fast path of the lexer, since most of a document is such letters.
#[inline]
fn bengali_letter(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i..i + 3)? {
        [0xE0, 0xA6, _] => Some(3),
        [0xE0, 0xA7, b] if !(0xA6..=0xAF).contains(b) && !(0xB2..=0xBB).contains(b) => Some(3),
        _ => None,
    }
}

/// Whether the character at byte `i` makes its word differ from the lexicon's
/// canonical spelling (see [`crate::lexicon::canonical`]): a precomposed nukta letter,
/// ৰ, ZWJ/ZWNJ, or ে followed by া or ৗ.
#[inline]
fn needs_folding(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..i + 3) {
        Some([0xE0, 0xA7, 0x9C | 0x9D | 0x9F | 0xB0] | [0xE2, 0x80, 0x8C | 0x8D]) => true,
        Some([0xE0, 0xA7, 0x87]) => {
            matches!(bytes.get(i + 3..i + 6), Some([0xE0, 0xA6, 0xBE] | [0xE0, 0xA7, 0x97]))
        }
        _ => false,
    }
}

/// Splits `line` (which starts at byte `base` of the text) into atoms, appended to
/// `out`.
pub(crate) fn lex_line(line: &str, base: usize, out: &mut Vec<Atom>) {
    let lexicon = lexicon();
    let bytes = line.as_bytes();
    let mut pos = 0;
    while let Some((c, len)) = char_at(bytes, pos) {
        let start = pos;
        pos += len;
        let class = classify(c);
        let mut atom = Atom {
            kind: AtomKind::Other,
            start: base + start,
            end: 0,
            lex: None,
            digits: DigitAcc::default(),
        };
        match class {
            Class::Digit(d) => {
                atom.kind = AtomKind::Digits;
                atom.digits.push(d);
                while let Some((next, len)) = char_at(bytes, pos) {
                    let Some(d) = digit_value(next) else { break };
                    atom.digits.push(d);
                    pos += len;
                }
            }
            Class::Bengali | Class::Joiner | Class::Latin | Class::Space | Class::Other => {
                let bengali = matches!(class, Class::Bengali | Class::Joiner);
                let mut foldable = bengali && needs_folding(bytes, start);
                loop {
                    if bengali {
                        if let Some(len) = bengali_letter(bytes, pos) {
                            foldable |= needs_folding(bytes, pos);
                            pos += len;
                            continue;
                        }
                    }
                    let Some((next, len)) = char_at(bytes, pos) else { break };
                    let next = classify(next);
                    let same =
                        if bengali { matches!(next, Class::Bengali | Class::Joiner) } else { next == class };
                    if !same {
                        break;
                    }
                    foldable |= bengali && needs_folding(bytes, pos);
                    pos += len;
                }
                let word = line.get(start..pos).unwrap_or("");
                atom.kind = match class {
                    Class::Bengali | Class::Joiner => {
                        atom.lex = lexicon.bengali(word, foldable);
                        AtomKind::Bengali
                    }
                    Class::Latin => {
                        atom.lex = lexicon.latin(word);
                        AtomKind::Latin
                    }
                    Class::Space => AtomKind::Space,
                    _ => AtomKind::Other,
                };
            }
            Class::Punct(p) => atom.kind = AtomKind::Punct(p),
        }
        atom.end = base + pos;
        out.push(atom);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<AtomKind> {
        let mut atoms = Vec::new();
        lex_line(line, 0, &mut atoms);
        atoms.iter().map(|a| a.kind).collect()
    }

    #[test]
    fn runs_and_marks() {
        use AtomKind::*;
        assert_eq!(kinds("২৮মে, 2019"), vec![Digits, Bengali, Punct(','), Space, Digits]);
        assert_eq!(kinds("৫০,০০০/-টাকা"), vec![Digits, Punct(','), Digits, Punct('/'), Punct('-'), Bengali]);
        assert_eq!(kinds("a\tb"), vec![Latin, Punct('\t'), Latin]);
        assert_eq!(kinds("২0২৩৳"), vec![Digits, Punct('৳')]);
        assert_eq!(kinds("র\u{200D}্যাব"), vec![Bengali]);
        assert_eq!(kinds("éé"), vec![Other]);
    }

    #[test]
    fn words_are_looked_up_and_offsets_are_absolute() {
        let mut atoms = Vec::new();
        lex_line("১৭ অক্টোবর", 100, &mut atoms);
        assert_eq!(atoms[0].digits.get(), Some(17));
        assert_eq!((atoms[0].start, atoms[0].end), (100, 106));
        assert_eq!(atoms[2].lex.and_then(|l| l.month).map(|m| m.month), Some(10));
    }
}
