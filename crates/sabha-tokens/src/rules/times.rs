//! Clock times: `বেলা ১.১৫ ঘটিকা`, `সকাল ১০.১০ টায়`, `দুপুর ১২:০০ ঘটিকায়`,
//! `রাত ৯টা ২৫ মিনিটে`, `বিকাল সাড়ে ৪টায়`, `দুপুর পৌনে ৩টা`, `বিকাল তিনটায়`,
//! `বেলা দেড়টায়`, and with no day part `১২.০০ ঘটিকা`, `২২.৫০ ঘটিকায়`.

use super::{Ctx, Found};
use crate::atoms::AtomKind;
use crate::clock::{Time, bare_hour24};
use crate::lexicon::{ClockWord, Marker, NumWord};
use crate::token::TokenKind;

/// What was read after the day part.
#[derive(Default)]
struct Clock {
    hour: u8,
    minute: Option<u8>,
    tail: Option<ClockWord>,
    colon: bool,
    end: usize,
}

pub(super) fn time(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let mut at = i;
    let part = ctx.lex(at).and_then(|l| l.day_part);
    if part.is_some() {
        at = spaced(ctx, at + 1)?;
    }
    let marker = ctx.lex(at).and_then(|l| l.marker);
    let half = match marker {
        Some(Marker::HalfHour(minutes)) => {
            at = spaced(ctx, at + 1)?;
            Some(minutes)
        }
        _ => None,
    };
    let clock = match marker {
        Some(Marker::OneAndHalf(hour)) if half.is_none() => one_and_half(ctx, at, hour)?,
        _ => hour_and_minutes(ctx, at, part.is_some() || half.is_some())?,
    };
    let known = part.is_some()
        || match clock.tail {
            Some(ClockWord::Hour) => true,
            Some(ClockWord::Minute) | Some(ClockWord::WeakHour) => clock.minute.is_some(),
            None => clock.colon && half.is_none(),
        };
    if !known {
        return None;
    }
    let mut hour = match part {
        Some(part) => part.hour24(clock.hour)?,
        None if clock.tail.is_none() && !(8..=23).contains(&clock.hour) => return None,
        None => bare_hour24(clock.hour)?,
    };
    let mut minute = clock.minute.unwrap_or(0);
    match half {
        Some(m) if m < 0 => {
            hour = (hour + 23) % 24;
            minute = (60 + i16::from(m)) as u8;
        }
        Some(m) => minute = m as u8,
        None => {}
    }
    Found::token(clock.end, TokenKind::Time(Time::new(hour, minute)?))
}

/// The atom after a space at `i`.
fn spaced(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    ctx.at(i).filter(|a| a.is_space()).map(|_| i + 1)
}

/// `দেড়টা`, `আড়াইটায়`, `দেড় ঘটিকায়`: the hour and a half.
fn one_and_half(ctx: &Ctx<'_>, at: usize, hour: u8) -> Option<Clock> {
    let attached = ctx.lex(at).and_then(|l| l.clock);
    let (tail, end) = match attached {
        Some(tail) => (Some(tail), at + 1),
        None => clock_word(ctx, at + 1).map_or((None, at + 1), |(t, e)| (Some(t), e)),
    };
    Some(Clock { hour, minute: Some(30), tail, colon: false, end })
}

/// The hour in digits or words, then minutes (`.mm`, `:mm`, or `টা mm মিনিটে`) and the
/// clock word.
fn hour_and_minutes(ctx: &Ctx<'_>, at: usize, has_context: bool) -> Option<Clock> {
    let atom = ctx.at(at)?;
    if atom.is_digits() {
        let hour = atom.digits_value(1, 2).filter(|&h| h <= 24)? as u8;
        let mut clock = Clock { hour, end: at + 1, ..Clock::default() };
        let sep = [':', '.'].into_iter().find(|&c| ctx.is_punct(at + 1, c));
        if let Some(sep) = sep {
            if let Some(minute) = ctx.at(at + 2).and_then(|a| a.digits_value(2, 2)).filter(|&m| m < 60) {
                if ctx.is_punct(at + 3, sep) && ctx.is_digits(at + 4) {
                    return None; // ১২.০৫.২০২৩ is a date
                }
                clock.minute = Some(minute as u8);
                clock.colon = sep == ':';
                clock.end = at + 3;
            }
        }
        tail(ctx, &mut clock);
        return Some(clock);
    }
    // An hour in words needs a day part: `বিকাল তিনটায়`, `সকাল দশ ঘটিকায়`.
    let entry = atom.lex?.num.filter(|_| has_context && atom.kind == AtomKind::Bengali)?;
    let NumWord::Unit(hour) = entry.word else { return None };
    if !(1..=12).contains(&hour) || entry.ordinal {
        return None;
    }
    let mut clock = Clock { hour, end: at + 1, tail: entry.clock, ..Clock::default() };
    if clock.tail.is_none() {
        tail(ctx, &mut clock);
        clock.tail?;
    }
    Some(clock)
}

/// A clock word at `i` (attached or after a space): what it says and the atom after it,
/// `ঘটিকার সময়` and `টার সময়` taken whole.
fn clock_word(ctx: &Ctx<'_>, i: usize) -> Option<(ClockWord, usize)> {
    let at = ctx.skip_space(i);
    let word = ctx.lex(at)?.clock?;
    let mut end = at + 1;
    let time_word = ctx.skip_space(end);
    if ctx.word(at).ends_with("\u{09BE}র")
        && time_word > end
        && ctx.lex(time_word).and_then(|l| l.marker) == Some(Marker::Time)
    {
        end = time_word + 1;
    }
    Some((word, end))
}

/// Reads the clock word after the hour (and minutes), and `টা ২৫ মিনিটে`.
fn tail(ctx: &Ctx<'_>, clock: &mut Clock) {
    let Some((word, end)) = clock_word(ctx, clock.end) else { return };
    if word == ClockWord::Minute && clock.minute.is_none() {
        return;
    }
    clock.tail = Some(word);
    clock.end = end;
    if word != ClockWord::Minute && clock.minute.is_none() {
        // `৯টা ২৫ মিনিটে`
        let minutes_at = ctx.skip_space(end);
        let minute = ctx.at(minutes_at).filter(|_| minutes_at > end).and_then(|a| a.digits_value(1, 2));
        if let Some(minute) = minute.filter(|&m| m < 60) {
            if let Some((ClockWord::Minute, after)) = clock_word(ctx, minutes_at + 1) {
                clock.minute = Some(minute as u8);
                clock.end = after;
            }
        }
    }
}
