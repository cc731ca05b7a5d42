//! Finds and reads the numbers, dates, times and codes in Bengali minutes text.
//!
//! [`tokenize`] returns every token in the text, in order and never overlapping, each
//! with its kind, its byte span (end exclusive), its line and its value:
//!
//! ```
//! use sabha_tokens::{TokenKind, tokenize};
//!
//! let text = "সভার তারিখ: ২৮ মে, ২০১৯ খ্রি।\nসময়: বেলা ১.১৫ ঘটিকা\n৭০,০০,০০০/- (সত্তর লাখ) টাকা";
//! let tokens = tokenize(text);
//! let kinds: Vec<&str> = tokens.iter().map(|t| t.kind.name()).collect();
//! assert_eq!(kinds, ["date", "time", "money"]);
//! assert_eq!(tokens[0].raw(text), "২৮ মে, ২০১৯ খ্রি");
//! let TokenKind::Time(time) = &tokens[1].kind else { panic!() };
//! assert_eq!(time.hh_mm(), "13:15");
//! assert_eq!(tokens[2].kind, TokenKind::Money(7_000_000.0));
//! ```
//!
//! What it reads:
//! - numbers in Bengali or ASCII digits, grouped Western (`৫০,০০০`) or lakh style
//!   (`১২,৩৪,৫৬৭`), decimals (`২৩.৪৪`), and in words (`এক লক্ষ পঁচিশ হাজার`,
//!   `নয় শো নিরানব্বই`, `৫০ লাখ`, `দুই দশমিক পাঁচ`);
//! - ordinals (`১ম`, `২য়`, `৪র্থ`, `২১তম`, `২৬শ`, `প্রথম`, `একাদশ`, `এগারোতম`),
//!   percentages (`১০০%`, `২৩.৪৪ %`, `শতভাগ`) and money (`৫০,০০০/- টাকা`, `টাকা ৫০,০০০`,
//!   `=৫০,০০০/-`, `(পঞ্চাশ হাজার) টাকা`, `৫০,০০০.০০৳`);
//! - Gregorian dates in the forms Bangladeshi offices write (`১৭ অক্টোবর ২০২৩`,
//!   `২১শে ফেব্রুয়ারি ২০২৪`, `২৯/০৭/২০২৪খ্রি.`, `২৮-৮-২২`, `28/06/2022`), month-year
//!   dates (`মে, ২০১৯`: [`Precision::Month`]), and Bangla calendar dates
//!   (`৯ কার্তিক ১৪৩০ বঙ্গাব্দ`) converted under the 1987 or 2019 rule ([`BanglaYmd`]);
//! - clock times with day parts (`বেলা ১.১৫ ঘটিকা` = 13:15, `বিকাল সাড়ে ৪টায়`);
//! - fiscal years, memo numbers (with their segments), Bangladeshi phone numbers,
//!   e-mail and web addresses, and indicator codes (`[১.১.১]`).
//!
//! Context decides what a string is: `১.১৫` after বেলা is a time, `২০২৩-২০২৪` before
//! অর্থ বছর a fiscal year, `১.১ সভার …` at a line start a section number; a date that
//! does not exist (`৩১ ফেব্রুয়ারি ২০২৩`) is no date. Where two readings cover the same
//! text the longer wins. No token crosses a line or a tab (a table cell), and none
//! splits a grapheme cluster. The text is never changed; spans refer to it as given.
//!
//! The scan is linear in the length of the text: every rule looks a bounded number of
//! words ahead.

mod atoms;
mod calendar;
mod clock;
mod closeness;
mod digits;
mod lexicon;
mod rules;
mod token;

pub use calendar::{
    BanglaRule, BanglaYmd, Calendar, CalendarError, Date, Precision, Ymd, bangla_days_in_month,
    days_in_month, is_leap_year,
};
pub use clock::{DayPart, Time, bare_hour24};
pub use closeness::closest_month;
pub use digits::{ascii_to_bengali_digits, bengali_to_ascii_digits, digit_value};
pub use token::{MemoNumber, Token, TokenJson, TokenKind};

use unicode_segmentation::GraphemeCursor;

use atoms::{Atom, lex_line};
use rules::{Ctx, best_at};

/// Every token in `text`, in order, without overlaps.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut atoms: Vec<Atom> = Vec::new();
    let mut offset = 0;
    for (index, line) in text.split('\n').enumerate() {
        tokenize_line(text, line, offset, index + 1, &mut atoms, &mut tokens);
        offset += line.len() + 1;
    }
    tokens
}

fn tokenize_line(
    text: &str,
    line: &str,
    offset: usize,
    line_no: usize,
    atoms: &mut Vec<Atom>,
    out: &mut Vec<Token>,
) {
    if line.trim().is_empty() {
        return;
    }
    atoms.clear();
    lex_line(line, offset, atoms);
    let ctx = Ctx { text, atoms, has_at: line.contains('@') };
    let mut i = 0;
    while i < atoms.len() {
        let Some(found) = best_at(&ctx, i) else {
            i += 1;
            continue;
        };
        if let (Some(kind), Some(first), Some(last)) = (found.kind, atoms.get(i), atoms.get(found.end - 1)) {
            if on_grapheme_boundary(text, first.start) && on_grapheme_boundary(text, last.end) {
                out.push(Token { kind, start: first.start, end: last.end, line: line_no });
            }
        }
        i = found.end;
    }
}

fn on_grapheme_boundary(text: &str, at: usize) -> bool {
    GraphemeCursor::new(at, text.len(), true).is_boundary(text, 0).unwrap_or(true)
}

/// The one token that is the whole of `text` (surrounding white space aside).
fn sole_token(text: &str) -> Option<Token> {
    let trimmed = text.trim();
    let mut tokens = tokenize(trimmed);
    (tokens.len() == 1 && tokens.first().is_some_and(|t| t.start == 0 && t.end == trimmed.len()))
        .then(|| tokens.pop())
        .flatten()
}

/// Whether `text` may hold a percentage: a `%` sign or one of the per-cent words
/// (`শতকরা`, `শতাংশ`, `শতভাগ`, `ভাগ`). Most lines have none, and this byte search is
/// far cheaper than [`tokenize`], so callers looking only for percentages test it
/// first. It never says no to text in which `tokenize` finds a percentage.
///
/// ```
/// assert!(sabha_tokens::may_hold_percent("অগ্রগতি ৭৫%"));
/// assert!(sabha_tokens::may_hold_percent("শতকরা ২০ ভাগ"));
/// assert!(!sabha_tokens::may_hold_percent("সভায় উপস্থিত ছিলেন ১২ জন"));
/// assert!(!sabha_tokens::may_hold_percent("মন্ত্রিপরিষদ বিভাগ"));
/// ```
pub fn may_hold_percent(text: &str) -> bool {
    text.contains(['%', '\u{066A}']) || text.contains("শত") || starts_a_word(text, "ভাগ")
}

/// `word` occurs in `text` where no Bengali letter or sign comes right before it:
/// `৫ ভাগ` and `৫ভাগ` but not `বিভাগ`.
fn starts_a_word(text: &str, word: &str) -> bool {
    let in_a_word = |c: char| ('\u{0980}'..='\u{09FF}').contains(&c) && digit_value(c).is_none();
    text.match_indices(word).any(|(at, _)| {
        text.get(..at).and_then(|before| before.chars().next_back()).is_none_or(|c| !in_a_word(c))
    })
}

/// Reads `text` as one number (digits or words, ordinal, percent or money too).
///
/// ```
/// assert_eq!(sabha_tokens::read_number("১২,৩৪,৫৬৭"), Some(1_234_567.0));
/// assert_eq!(sabha_tokens::read_number("এক লক্ষ পঁচিশ হাজার"), Some(125_000.0));
/// assert_eq!(sabha_tokens::read_number("৫০ লাখ টাকা"), Some(5_000_000.0));
/// assert_eq!(sabha_tokens::read_number("সভা"), None);
/// ```
pub fn read_number(text: &str) -> Option<f64> {
    sole_token(text)?.kind.value()
}

/// Reads `text` as one date.
///
/// ```
/// let date = sabha_tokens::read_date("১২ পৌষ ১৪২৮").unwrap();
/// assert_eq!(date.iso(), "2021-12-27");
/// ```
pub fn read_date(text: &str) -> Option<Date> {
    match sole_token(text)?.kind {
        TokenKind::Date(date) => Some(date),
        _ => None,
    }
}

/// Reads `text` as one clock time.
///
/// ```
/// assert_eq!(sabha_tokens::read_time("সকাল ১০.১০ টায়").map(|t| t.hh_mm()), Some("10:10".into()));
/// ```
pub fn read_time(text: &str) -> Option<Time> {
    match sole_token(text)?.kind {
        TokenKind::Time(time) => Some(time),
        _ => None,
    }
}
