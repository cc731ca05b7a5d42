//! The rules: each reads one kind of token starting at an atom, and the longest
//! reading wins.
//!
//! Every rule looks at a bounded number of atoms ahead, and the scanner moves past
//! whatever the winner covered, so the whole pass is linear in the text.

mod codes;
mod dates;
mod numbers;
mod times;

use crate::atoms::{Atom, AtomKind};
use crate::lexicon::Lex;
use crate::token::TokenKind;

/// What a rule found at an atom: the atoms it covers and the token, or `None` for a
/// "silent" reading that only keeps other rules off those atoms (a section number
/// such as `২.২.৩`, a run of 40 digits).
pub(crate) struct Found {
    /// One past the last atom covered.
    pub end: usize,
    pub kind: Option<TokenKind>,
}

impl Found {
    fn token(end: usize, kind: TokenKind) -> Option<Found> {
        Some(Found { end, kind: Some(kind) })
    }

    fn silent(end: usize) -> Option<Found> {
        Some(Found { end, kind: None })
    }
}

/// The atoms of one line and what is known about the line.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub atoms: &'a [Atom],
    /// The line has an `@` (so an e-mail address is possible).
    pub has_at: bool,
}

impl<'a> Ctx<'a> {
    pub fn at(&self, i: usize) -> Option<&'a Atom> {
        self.atoms.get(i)
    }

    pub fn lex(&self, i: usize) -> Option<&'static Lex> {
        self.at(i).and_then(|a| a.lex)
    }

    pub fn kind(&self, i: usize) -> Option<AtomKind> {
        self.at(i).map(|a| a.kind)
    }

    /// `i + 1` when atom `i` is white space, else `i`.
    pub fn skip_space(&self, i: usize) -> usize {
        if self.at(i).is_some_and(Atom::is_space) { i + 1 } else { i }
    }

    /// `i + 1` when atom `i` is the punctuation mark `c`.
    pub fn punct(&self, i: usize, c: char) -> Option<usize> {
        self.at(i).is_some_and(|a| a.is_punct(c)).then_some(i + 1)
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.at(i).is_some_and(|a| a.is_punct(c))
    }

    pub fn is_digits(&self, i: usize) -> bool {
        self.at(i).is_some_and(Atom::is_digits)
    }

    pub fn str_of(&self, from: usize, to: usize) -> &'a str {
        let (Some(first), Some(last)) = (self.at(from), to.checked_sub(1).and_then(|t| self.at(t))) else {
            return "";
        };
        self.text.get(first.start..last.end).unwrap_or("")
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.str_of(i, i + 1)
    }

    /// Only white space (at most a few atoms of it) before atom `i` on its line or in
    /// its table cell.
    pub fn at_line_start(&self, i: usize) -> bool {
        let before = self.atoms.get(..i).unwrap_or(&[]);
        match before.iter().rev().take(3).position(|a| !a.is_space()) {
            None => before.len() <= 3,
            Some(p) => before.iter().rev().nth(p).is_some_and(|a| a.is_punct('\t')),
        }
    }

    /// The atoms of the table cell (or line) around `start..end`, at most `limit` on
    /// each side; `None` when the cell is longer than that.
    pub fn cell_around(&self, start: usize, end: usize, limit: usize) -> Option<(&'a [Atom], &'a [Atom])> {
        let before = self.atoms.get(..start).unwrap_or(&[]);
        let from = match before.iter().rev().take(limit + 1).position(|a| a.is_punct('\t')) {
            Some(p) => start - p,
            None if before.len() <= limit => 0,
            None => return None,
        };
        let after = self.atoms.get(end..).unwrap_or(&[]);
        let to = match after.iter().take(limit + 1).position(|a| a.is_punct('\t')) {
            Some(p) => end + p,
            None if after.len() <= limit => self.atoms.len(),
            None => return None,
        };
        Some((self.atoms.get(from..start)?, self.atoms.get(end..to)?))
    }
}

type Rule = fn(&Ctx<'_>, usize) -> Option<Found>;

/// The rules in order of preference when two readings cover the same atoms.
const DIGIT_RULES: &[Rule] = &[
    dates::numeric_date,
    dates::named_date,
    dates::year_first_date,
    times::time,
    codes::fiscal_year,
    codes::memo_number,
    codes::phone,
    codes::email,
    numbers::money,
    numbers::percent,
    numbers::ordinal,
    numbers::number,
    codes::dotted_code,
    numbers::long_digits,
];

const WORD_RULES: &[Rule] = &[
    dates::named_date,
    dates::month_first_date,
    times::time,
    codes::fiscal_year,
    numbers::money,
    numbers::percent,
    numbers::ordinal,
    numbers::number,
];

const LATIN_RULES: &[Rule] = &[codes::email, codes::url, numbers::money, codes::fiscal_year];

const PUNCT_RULES: &[Rule] = &[numbers::money, codes::indicator, codes::phone];

/// The longest reading starting at atom `i`.
pub(crate) fn best_at(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let atom = ctx.at(i)?;
    let rules = match atom.kind {
        AtomKind::Digits => DIGIT_RULES,
        AtomKind::Bengali if atom.lex.is_some() => WORD_RULES,
        AtomKind::Latin => LATIN_RULES,
        AtomKind::Punct('(' | '[' | '+' | '=' | '৳') => PUNCT_RULES,
        _ => return None,
    };
    let mut best: Option<Found> = None;
    for rule in rules {
        if let Some(found) = rule(ctx, i) {
            if found.end > i && best.as_ref().is_none_or(|b| found.end > b.end) {
                best = Some(found);
            }
        }
    }
    best
}
