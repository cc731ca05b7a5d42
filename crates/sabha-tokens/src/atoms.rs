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
    if let Some(d) = digit_value(c) {
        return Class::Digit(d);
    }
    match c {
        'a'..='z' | 'A'..='Z' => Class::Latin,
        ' '
        | '\r'
        | '\u{0B}'
        | '\u{0C}'
        | '\u{A0}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Class::Space,
        // ৲ ৳ and the fraction signs are symbols, not letters.
        '\u{09F2}'..='\u{09FB}' => Class::Punct(c),
        '\u{0980}'..='\u{09FF}' => Class::Bengali,
        '\u{200C}' | '\u{200D}' => Class::Joiner,
        _ if c.is_alphanumeric() => Class::Other,
        _ => Class::Punct(c),
    }
}

/// Splits `line` (which starts at byte `base` of the text) into atoms, appended to
/// `out`.
pub(crate) fn lex_line(line: &str, base: usize, out: &mut Vec<Atom>) {
    let lexicon = lexicon();
    let mut chars = line.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let class = classify(c);
        let mut atom = Atom {
            kind: AtomKind::Other,
            start: base + start,
            end: 0,
            lex: None,
            digits: DigitAcc::default(),
        };
        let mut end = start + c.len_utf8();
        match class {
            Class::Digit(d) => {
                atom.kind = AtomKind::Digits;
                atom.digits.push(d);
                while let Some(&(i, next)) = chars.peek() {
                    let Some(d) = digit_value(next) else { break };
                    atom.digits.push(d);
                    end = i + next.len_utf8();
                    chars.next();
                }
            }
            Class::Bengali | Class::Joiner | Class::Latin | Class::Space | Class::Other => {
                let same = |next: Class| match class {
                    Class::Bengali | Class::Joiner => matches!(next, Class::Bengali | Class::Joiner),
                    _ => next == class,
                };
                while let Some(&(i, next)) = chars.peek() {
                    if !same(classify(next)) {
                        break;
                    }
                    end = i + next.len_utf8();
                    chars.next();
                }
                let word = &line[start..end];
                atom.kind = match class {
                    Class::Bengali | Class::Joiner => {
                        atom.lex = lexicon.bengali(word);
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
        atom.end = base + end;
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
