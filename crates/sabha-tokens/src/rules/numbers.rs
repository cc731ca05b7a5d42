//! Numbers in digits and in words, and the kinds built on them: money, percent and
//! ordinals.

use super::{Ctx, Found};
use crate::atoms::AtomKind;
use crate::digits::{Decimal, DigitAcc};
use crate::lexicon::{Marker, NumEntry, NumWord};
use crate::token::TokenKind;

/// More integer digits than this are an identifier, not a quantity.
const MAX_INT_DIGITS: u32 = 15;
const MAX_FRACTION_DIGITS: u32 = 9;
/// Grouping is checked over at most this many groups (`১২,৩৪,৫৬,৭৮,৯০১` has five).
const MAX_GROUPS: usize = 7;
/// A number in words is at most this many words (কোটি … লক্ষ … হাজার … শত … দশমিক …).
const MAX_NUMBER_WORDS: usize = 24;

/// A number written in digits.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DigitNumber {
    pub end: usize,
    pub value: Decimal,
    pub int_digits: u32,
    pub frac_digits: u32,
    pub grouped: bool,
}

/// Reads digits at atom `i`: `৫০,০০০` (Western), `১২,৩৪,৫৬৭` (lakh), `২৩.৪৪`.
///
/// A comma is a group separator only when the groups are well formed; otherwise it
/// separates list items. A dot followed by digits is a decimal point unless another
/// dot and digits follow (`১.১.১` is a code, not a decimal).
pub(crate) fn digit_number(ctx: &Ctx<'_>, i: usize) -> Option<DigitNumber> {
    let first = ctx.at(i).filter(|a| a.is_digits())?;
    let mut int = first.digits;
    let mut end = i + 1;
    let mut grouped = false;
    let group_count = valid_grouping(ctx, i);
    for g in 0..group_count {
        let group = ctx.at(i + 2 + 2 * g)?;
        for _ in 0..group.digits.count {
            int.push(0);
        }
        int.value = int.value.checked_add(group.digits.get()?)?;
        end = i + 3 + 2 * g;
        grouped = true;
    }
    if int.count > MAX_INT_DIGITS || int.overflow {
        return None;
    }
    let mut number =
        DigitNumber { end, value: Decimal::int(int.value), int_digits: int.count, frac_digits: 0, grouped };
    let dotted_code = ctx.is_punct(end + 2, '.') && ctx.is_digits(end + 3);
    if ctx.is_punct(end, '.') && !dotted_code {
        if let Some(frac) = ctx.at(end + 1).filter(|a| a.is_digits() && a.digits.count <= MAX_FRACTION_DIGITS)
        {
            let mantissa =
                int.value.checked_mul(10u64.pow(frac.digits.count))?.checked_add(frac.digits.get()?)?;
            number.value = Decimal { mantissa, scale: frac.digits.count as u8 }.simplified();
            number.frac_digits = frac.digits.count;
            number.end = end + 2;
        }
    }
    Some(number)
}

/// How many `,ddd` groups after the digits at `i` form a valid Western or lakh grouping
/// (the longest valid prefix); 0 when none does.
fn valid_grouping(ctx: &Ctx<'_>, i: usize) -> usize {
    let Some(first) = ctx.at(i).map(|a| a.digits.count) else { return 0 };
    let mut sizes = [0u32; MAX_GROUPS];
    let mut n = 0;
    while n < MAX_GROUPS {
        let (Some(comma), Some(group)) = (ctx.at(i + 1 + 2 * n), ctx.at(i + 2 + 2 * n)) else { break };
        if !comma.is_punct(',') || !group.is_digits() || !(2..=3).contains(&group.digits.count) {
            break;
        }
        sizes[n] = group.digits.count;
        n += 1;
    }
    (1..=n)
        .rev()
        .find(|&k| {
            let (middle, last) = (&sizes[..k - 1], sizes[k - 1]);
            let western = middle.iter().all(|&s| s == 3) && (1..=3).contains(&first);
            let lakh = !middle.is_empty() && middle.iter().all(|&s| s == 2) && (1..=2).contains(&first);
            last == 3 && (western || lakh)
        })
        .unwrap_or(0)
}

/// A quantity in digits, in words, or both (`৫০ লাখ`, `এক লক্ষ পঁচিশ হাজার`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Amount {
    pub end: usize,
    pub value: Decimal,
    /// Some part is written in words.
    pub words: bool,
    /// The last word carries তম.
    pub ordinal: bool,
    /// A single everyday word that is also a number (নয়, বার, শূন্য).
    pub weak_alone: bool,
    /// The whole amount is one number in digits.
    pub digits_only: Option<DigitNumber>,
}

/// The running state of a number in words, Indian style: কোটি > লক্ষ > হাজার > শত.
#[derive(Clone, Copy)]
struct WordsAcc {
    /// Everything up to the last কোটি.
    crores: Decimal,
    /// লক্ষ and হাজার parts under the current কোটি.
    group: Decimal,
    /// The number below 1000 being built.
    cur: Decimal,
    /// The last scale used, so that scales only go down.
    last_scale: u64,
    crore_done: bool,
    cur_has_units: bool,
    cur_has_hundreds: bool,
    /// A fraction word (দেড়) waits for its scale.
    needs_scale: bool,
}

impl WordsAcc {
    fn new() -> WordsAcc {
        WordsAcc {
            crores: Decimal::ZERO,
            group: Decimal::ZERO,
            cur: Decimal::ZERO,
            last_scale: u64::MAX,
            crore_done: false,
            cur_has_units: false,
            cur_has_hundreds: false,
            needs_scale: false,
        }
    }

    fn value(&self) -> Option<Decimal> {
        self.crores.checked_add(self.group)?.checked_add(self.cur)
    }

    /// Applies one number word; `None` when it cannot follow what came before.
    fn apply(mut self, word: NumWord, first: bool) -> Option<WordsAcc> {
        match word {
            NumWord::Unit(n) => {
                if self.cur_has_units || self.needs_scale {
                    return None;
                }
                self.cur = self.cur.checked_add(Decimal::int(u64::from(n)))?;
                self.cur_has_units = true;
            }
            NumWord::Hundreds(h) => {
                if !self.cur.is_zero() || self.cur_has_units || self.last_scale <= 100 || self.needs_scale {
                    return None;
                }
                self.cur = Decimal::int(u64::from(h));
                self.cur_has_hundreds = true;
                self.last_scale = 100;
            }
            NumWord::Scale(100) => {
                if !self.cur_has_units
                    || self.cur_has_hundreds
                    || self.last_scale <= 100
                    || !self.cur.is_integer()
                {
                    return None;
                }
                self.cur = self.cur.checked_mul_int(100)?;
                self.cur_has_units = false;
                self.cur_has_hundreds = true;
                self.last_scale = 100;
            }
            NumWord::Scale(scale) if scale < 10_000_000 => {
                if self.cur.is_zero() || self.last_scale <= scale {
                    return None;
                }
                self.group = self.group.checked_add(self.cur.checked_mul_int(scale)?)?;
                self.reset_cur(scale);
            }
            NumWord::Scale(scale) => {
                let below = self.group.checked_add(self.cur)?;
                if below.is_zero() || self.crore_done {
                    return None;
                }
                self.crores = self.crores.checked_add(below.checked_mul_int(scale)?)?;
                self.group = Decimal::ZERO;
                self.crore_done = true;
                self.reset_cur(u64::MAX);
            }
            NumWord::Fraction(f) => {
                if !first {
                    return None;
                }
                self.cur = f;
                self.cur_has_units = true;
                self.needs_scale = true;
            }
            NumWord::Point => return None,
        }
        Some(self)
    }

    fn reset_cur(&mut self, scale: u64) {
        self.cur = Decimal::ZERO;
        self.cur_has_units = false;
        self.cur_has_hundreds = false;
        self.needs_scale = false;
        self.last_scale = scale;
    }
}

fn num_word(ctx: &Ctx<'_>, i: usize) -> Option<NumEntry> {
    let atom = ctx.at(i)?;
    if atom.kind != AtomKind::Bengali {
        return None;
    }
    atom.lex?.num.filter(|n| n.clock.is_none())
}

/// Reads a quantity at atom `i`.
pub(crate) fn amount(ctx: &Ctx<'_>, i: usize) -> Option<Amount> {
    let mut acc = WordsAcc::new();
    let mut best: Option<Amount> = None;
    let mut next = i;
    let mut last_was_digits = false;
    for element in 0..MAX_NUMBER_WORDS {
        let pos = if element == 0 {
            i
        } else {
            let pos = ctx.skip_space(next);
            // Words are separated by a space; a scale word may stick to digits (৫০লাখ).
            if pos == next && !last_was_digits {
                break;
            }
            pos
        };
        if ctx.is_digits(pos) {
            let digits = digit_number(ctx, pos)?;
            if element == 0 {
                acc.cur = digits.value;
                acc.cur_has_units = true;
                best = Some(Amount {
                    end: digits.end,
                    value: digits.value,
                    words: false,
                    ordinal: false,
                    weak_alone: false,
                    digits_only: Some(digits),
                });
            } else {
                // Digits after a scale only as the multiplier of a smaller scale.
                let scale_next = num_word(ctx, ctx.skip_space(digits.end))
                    .is_some_and(|n| matches!(n.word, NumWord::Scale(s) if s < acc.last_scale));
                if digits.grouped || digits.frac_digits > 0 || !acc.cur.is_zero() || !scale_next {
                    break;
                }
                acc.cur = digits.value;
                acc.cur_has_units = true;
            }
            next = digits.end;
            last_was_digits = true;
            continue;
        }
        let Some(entry) = num_word(ctx, pos) else { break };
        if entry.word == NumWord::Point {
            if let Some((end, value)) = decimal_fraction(ctx, pos + 1, acc.value()?) {
                return Some(Amount {
                    end,
                    value,
                    words: true,
                    ordinal: false,
                    weak_alone: false,
                    digits_only: None,
                });
            }
            break;
        }
        let Some(applied) = acc.apply(entry.word, element == 0) else { break };
        acc = applied;
        next = pos + 1;
        last_was_digits = false;
        if !acc.needs_scale {
            best = Some(Amount {
                end: next,
                value: acc.value()?,
                words: true,
                ordinal: entry.ordinal,
                weak_alone: element == 0 && entry.weak,
                digits_only: None,
            });
        }
        if entry.ordinal {
            break;
        }
    }
    best
}

/// The digits after দশমিক, each a word (`দশমিক পাঁচ ছয়` = .56), added to `whole`.
fn decimal_fraction(ctx: &Ctx<'_>, from: usize, whole: Decimal) -> Option<(usize, Decimal)> {
    let mut frac = DigitAcc::default();
    let mut next = from;
    while frac.count < MAX_FRACTION_DIGITS {
        let pos = ctx.skip_space(next);
        if pos == next {
            break;
        }
        let Some(NumWord::Unit(n)) = num_word(ctx, pos).filter(|e| !e.ordinal).map(|e| e.word) else { break };
        if n >= 10 {
            frac.push(n / 10);
        }
        frac.push(n % 10);
        next = pos + 1;
    }
    if frac.count == 0 {
        return None;
    }
    let fraction = Decimal { mantissa: frac.get()?, scale: frac.count as u8 };
    Some((next, whole.checked_add(fraction)?.simplified()))
}

/// Counters that show an everyday word (নয়, বার) is a number: `নয় জন`.
const COUNTERS: &[&str] = &["জন", "টি", "দিন", "মাস", "বছর", "সপ্তাহ", "ঘণ্টা", "সদস্য", "কোটি"];

/// A weak number word (নয়) is read only alone in its cell or line, or before a counter.
fn weak_word_is_number(ctx: &Ctx<'_>, start: usize, end: usize) -> bool {
    let no_words = |atoms: &[crate::atoms::Atom]| atoms.iter().all(|a| !a.is_word() && !a.is_digits());
    if let Some((before, after)) = ctx.cell_around(start, end, 6) {
        if no_words(before) && no_words(after) {
            return true;
        }
    }
    let counter = ctx.skip_space(end);
    counter > end && COUNTERS.contains(&ctx.word(counter))
}

/// `number`: a quantity in digits or words.
pub(super) fn number(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let amount = amount(ctx, i)?;
    if amount.ordinal {
        return None;
    }
    if amount.weak_alone && !weak_word_is_number(ctx, i, amount.end) {
        return None;
    }
    if let Some(d) = amount.digits_only {
        if is_section_label(ctx, i, d) {
            return Found::silent(d.end);
        }
    }
    Found::token(amount.end, TokenKind::Number(amount.value.to_f64()))
}

/// `১.১ সভার …` at the start of a line is a section number, not a decimal.
fn is_section_label(ctx: &Ctx<'_>, i: usize, d: DigitNumber) -> bool {
    let word_follows =
        ctx.skip_space(d.end) > d.end && ctx.at(ctx.skip_space(d.end)).is_some_and(|a| a.is_word());
    d.frac_digits > 0 && d.int_digits <= 2 && d.frac_digits <= 2 && ctx.at_line_start(i) && word_follows
}

/// A run of more digits than any quantity has: an identifier; nothing to read.
pub(super) fn long_digits(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    ctx.at(i).filter(|a| a.digits.count > MAX_INT_DIGITS).and_then(|_| Found::silent(i + 1))
}

/// `ordinal`: `১ম`, `২য়`, `৪র্থ`, `২১তম`, `২৬শ`, `১৭ই`; `প্রথম`, `একাদশ`; `এগারোতম`.
pub(super) fn ordinal(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let atom = ctx.at(i)?;
    if atom.is_digits() {
        let value = atom.digits_value(1, 6)?;
        let suffix = ctx.at(i + 1).filter(|a| a.kind == AtomKind::Bengali)?.lex?.ordinal_suffix?;
        return (suffix.min..=suffix.max)
            .contains(&value)
            .then(|| Found::token(i + 2, TokenKind::Ordinal(value)))
            .flatten();
    }
    if let Some(value) = atom.lex.and_then(|l| l.ordinal_word) {
        return Found::token(i + 1, TokenKind::Ordinal(u64::from(value)));
    }
    let amount = amount(ctx, i).filter(|a| a.ordinal && a.value.is_integer())?;
    Found::token(amount.end, TokenKind::Ordinal(amount.value.trunc()))
}

/// `percent`: `১০০%`, `২৩.৪৪ %`, `২০ শতাংশ`, `শতকরা ২০ ভাগ`, `শতভাগ`.
pub(super) fn percent(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let marker = ctx.lex(i).and_then(|l| l.marker);
    if marker == Some(Marker::Hundredfold) {
        return Found::token(i + 1, TokenKind::Percent(100.0));
    }
    let per_hundred = marker == Some(Marker::PerHundred);
    let start = if per_hundred { ctx.skip_space(i + 1) } else { i };
    if start == i + 1 {
        return None;
    }
    let amount = amount(ctx, start).filter(|a| !a.ordinal)?;
    let after = ctx.skip_space(amount.end);
    let sign = ctx.is_punct(after, '%') || ctx.is_punct(after, '\u{066A}');
    let word = ctx.lex(after).and_then(|l| l.marker) == Some(Marker::PerCent);
    let end = if sign || word {
        after + 1
    } else if per_hundred {
        amount.end
    } else {
        return None;
    };
    Found::token(end, TokenKind::Percent(amount.value.to_f64()))
}

/// `money`: an amount with a taka mark: `৫০,০০০/- টাকা`, `টাকা ৫০,০০০`, `=৫০,০০০/-`,
/// `(পঞ্চাশ হাজার) টাকা`, `৫০,০০০.০০৳`, `Tk. 500`, `৭০,০০,০০০/- (সত্তর লাখ) টাকা`.
pub(super) fn money(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let atom = ctx.at(i)?;
    let marker = atom.lex.and_then(|l| l.marker);
    let prefixed = match atom.kind {
        AtomKind::Punct('৳') => Some(i + 1),
        AtomKind::Latin if marker == Some(Marker::LatinTaka) => Some(ctx.punct(i + 1, '.').unwrap_or(i + 1)),
        AtomKind::Bengali if marker == Some(Marker::Taka) => Some(i + 1),
        _ => None,
    };
    if let Some(after_mark) = prefixed {
        let amount = amount(ctx, ctx.skip_space(after_mark)).filter(|a| !a.ordinal)?;
        let end = slash_dash(ctx, amount.end).unwrap_or(amount.end);
        return Found::token(end, TokenKind::Money(amount.value.to_f64()));
    }
    let (open, start) = match atom.kind {
        AtomKind::Punct('=') => (false, i + 1),
        AtomKind::Punct('(') => (true, i + 1),
        _ => (false, i),
    };
    let amount = amount(ctx, start).filter(|a| !a.ordinal && !a.weak_alone)?;
    let mut end = amount.end;
    if open {
        end = ctx.punct(end, ')')?;
    }
    let end = money_tail(ctx, end)?;
    Found::token(end, TokenKind::Money(amount.value.to_f64()))
}

/// `/-` or `/=` after an amount.
fn slash_dash(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let after_slash = ctx.punct(i, '/')?;
    ctx.punct(after_slash, '-').or_else(|| ctx.punct(after_slash, '='))
}

/// What may follow an amount to make it money: `/-`, the amount again in words in
/// brackets (even with one bracket lost), টাকা (মাত্র), ৳. `None` without any taka mark.
fn money_tail(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    let mut end = from;
    let mut marked = false;
    if let Some(after) = slash_dash(ctx, end) {
        end = after;
        marked = true;
    }
    let p = ctx.skip_space(end);
    let open = ctx.punct(p, '(');
    if let Some(words) = amount(ctx, open.unwrap_or(p)).filter(|a| a.words && (p > end || open.is_some())) {
        let close = ctx.punct(words.end, ')');
        let taka_next = is_taka(ctx, ctx.skip_space(close.unwrap_or(words.end)));
        if (open.is_some() && close.is_some()) || taka_next {
            end = close.unwrap_or(words.end);
        }
    }
    let t = ctx.skip_space(end);
    if is_taka(ctx, t) {
        end = t + 1;
        marked = true;
        let only = ctx.skip_space(end);
        if only > end && ctx.lex(only).and_then(|l| l.marker) == Some(Marker::Only) {
            end = only + 1;
        }
    } else if ctx.is_punct(t, '৳') {
        end = t + 1;
        marked = true;
    }
    marked.then_some(end)
}

fn is_taka(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.lex(i).and_then(|l| l.marker) == Some(Marker::Taka)
}
