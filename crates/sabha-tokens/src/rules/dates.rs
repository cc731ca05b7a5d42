//! Dates: `১৭ অক্টোবর ২০২৩`, `২৮ মে, ২০১৯ খ্রি।`, `২১শে ফেব্রুয়ারি ২০২৪`,
//! `২৯/০৭/২০২৪খ্রি.`, `২৮-৮-২২`, `২৮.০৮.২০২২`, `28/06/2022`, `মে, ২০১৯` (a month),
//! `৯ কার্তিক ১৪৩০ বঙ্গাব্দ`, `২০২৪ সালের জানুয়ারি মাসে`.

use super::{Ctx, Found};
use crate::atoms::AtomKind;
use crate::calendar::{BanglaYmd, Calendar, Date, Ymd};
use crate::closeness::closest_month;
use crate::lexicon::Marker;
use crate::token::TokenKind;

/// Years a date of each calendar may have when written with a month name.
fn year_fits(calendar: Calendar, year: u64) -> bool {
    match calendar {
        Calendar::Gregorian => (1800..=2199).contains(&year),
        Calendar::Bangla => (1300..=1599).contains(&year),
    }
}

/// A two-digit year: 00–69 are 2000–2069, 70–99 are 1970–1999.
fn full_year(two_digits: u64) -> u64 {
    if two_digits < 70 { 2000 + two_digits } else { 1900 + two_digits }
}

/// The end of an era suffix after a year (`খ্রি.`, `খ্রিঃ`, `খ্রিস্টাব্দ`, `ইং`,
/// `বঙ্গাব্দ`, `বাং`), or `i` when there is none.
fn era_suffix(ctx: &Ctx<'_>, i: usize, calendar: Calendar) -> usize {
    let k = ctx.skip_space(i);
    let want = match calendar {
        Calendar::Gregorian => Marker::EraGregorian,
        Calendar::Bangla => Marker::EraBangla,
    };
    if ctx.lex(k).and_then(|l| l.marker) != Some(want) {
        return i;
    }
    // খ্রি. and খ্রি: abbreviate; the dot or colon belongs to the suffix.
    ctx.punct(k + 1, '.').or_else(|| ctx.punct(k + 1, ':')).unwrap_or(k + 1)
}

fn date_token(ctx: &Ctx<'_>, year_atom: usize, date: Date) -> Option<Found> {
    Found::token(era_suffix(ctx, year_atom + 1, date.calendar), TokenKind::Date(date))
}

/// `dd/mm/yyyy`, `d-m-yy`, `dd.mm.yyyy` (same separator twice), and `yyyy-mm-dd`.
pub(super) fn numeric_date(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let first = ctx.at(i)?;
    let sep = match ctx.kind(i + 1)? {
        AtomKind::Punct(c @ ('/' | '-' | '.')) => c,
        _ => return None,
    };
    let second_at = i + 2;
    let second = ctx.at(second_at)?.digits_value(1, 2)?;
    let after_second = ctx.punct(second_at + 1, sep)?;
    // A line break in a table cell leaves a space after the separator: `১৩/০১/ ২০২২`.
    let third_at = ctx.skip_space(after_second);
    let third = ctx.at(third_at)?;
    if ctx.is_punct(third_at + 1, sep) && ctx.is_digits(third_at + 2) {
        return None; // a longer chain: a code, not a date
    }
    // A date-shaped string that names no day (২৯/০২/২০২৩) is no date, and no numbers.
    let not_a_day = Found::silent(third_at + 1);
    let ymd = if first.digits.count == 4 && third.digits.count <= 2 && third_at == after_second {
        let day = third.digits_value(1, 2)?;
        match Ymd::new(first.digits.get()? as i32, second as u8, day as u8) {
            Ok(ymd) => ymd,
            Err(_) => return not_a_day,
        }
    } else {
        let day = first.digits_value(1, 2)?;
        let year = match third.digits.count {
            4 => third.digits.get()?,
            2 if third_at == after_second => {
                // With dots a two-digit year only in the padded form `২৮.০৮.২২`.
                if sep == '.' && (first.digits.count != 2 || ctx.at(second_at)?.digits.count != 2) {
                    return None;
                }
                full_year(third.digits.get()?)
            }
            _ => return None,
        };
        if !(1800..=2199).contains(&year) {
            return None;
        }
        match Ymd::new(year as i32, second as u8, day as u8) {
            Ok(ymd) => ymd,
            Err(_) => return not_a_day,
        }
    };
    date_token(ctx, third_at, Date::gregorian(ymd))
}

/// A day at atom `i`: digits (with a day suffix: `১লা`, `২১শে`) or a day word (`পহেলা`).
/// Returns the day and the atom after it.
fn day_at(ctx: &Ctx<'_>, i: usize) -> Option<(u8, usize)> {
    let atom = ctx.at(i)?;
    if atom.is_digits() {
        let day = atom.digits_value(1, 2).filter(|d| (1..=31).contains(d))? as u8;
        let suffix =
            ctx.at(i + 1).filter(|a| a.kind == AtomKind::Bengali).and_then(|a| a.lex?.ordinal_suffix);
        return match suffix {
            Some(s) if s.day && (s.min..=s.max).contains(&u64::from(day)) => Some((day, i + 2)),
            _ => Some((day, i + 1)),
        };
    }
    atom.lex.and_then(|l| l.day_word).map(|day| (day, i + 1))
}

/// A month name at atom `i`: `(calendar, month, read by closeness)`.
fn month_at(ctx: &Ctx<'_>, i: usize) -> Option<(Calendar, u8)> {
    let name = ctx.lex(i)?.month?;
    Some((name.calendar?, name.month))
}

/// Day, month name, year: `১৭ অক্টোবর ২০২৩`, `২৮মে, ২০১৯`, `২১শে ফেব্রুয়ারি ২০২৪`,
/// `১৫-জানুয়ারি-২০২৪`, `৯ কার্তিক ১৪৩০ বঙ্গাব্দ`, `পহেলা বৈশাখ ১৪৩০`; a garbled
/// month name is read by closeness (`২০ জ্যোতি, ১৪২৬`).
pub(super) fn named_date(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let (day, after_day) = day_at(ctx, i)?;
    let (month_at_i, dashed) = if ctx.at(after_day).is_some_and(|a| a.is_space()) {
        (after_day + 1, false)
    } else if ctx.is_punct(after_day, '-') {
        (after_day + 1, true)
    } else {
        (after_day, false) // attached: ২৮মে
    };
    let mut year_at = month_at_i + 1;
    if dashed {
        year_at = ctx.punct(year_at, '-')?;
    } else {
        year_at = ctx.punct(year_at, ',').unwrap_or(year_at);
        year_at = ctx.skip_space(year_at);
    }
    let year_atom = ctx.at(year_at)?;
    let year = year_atom.digits_value(4, 4)?;
    let (calendar, month, by_closeness) = match month_at(ctx, month_at_i) {
        Some((calendar, month)) => (calendar, month, None),
        None => garbled_month(ctx, month_at_i, year, year_at)?,
    };
    if !year_fits(calendar, year) {
        return None;
    }
    let date = match calendar {
        Calendar::Gregorian => Ymd::new(year as i32, month, day).map(Date::gregorian),
        Calendar::Bangla => BanglaYmd::new(year as i32, month, day).and_then(Date::from_bangla),
    };
    // ৩১ ফেব্রুয়ারি ২০২৩ names no day: no date, and no month-year or numbers in it.
    let Ok(mut date) = date else { return Found::silent(year_at + 1) };
    date.month_read_by_closeness = by_closeness;
    date_token(ctx, year_at, date)
}

/// An unknown word where a month name must be: read by closeness to the month names
/// of the calendar its year belongs to. Only in `day word[,] year` with spaces, with a
/// recent year (Bangla 1380–1460, Gregorian 1950–2060), and only when a comma after
/// the word, an era after the year, or a cell of its own shows the whole is a date.
fn garbled_month(
    ctx: &Ctx<'_>,
    i: usize,
    year: u64,
    year_at: usize,
) -> Option<(Calendar, u8, Option<&'static str>)> {
    let atom = ctx.at(i)?;
    let day_at = i.checked_sub(2)?;
    let spaced = ctx.at(i - 1)?.is_space() && year_at > i + 1;
    if atom.kind != AtomKind::Bengali || atom.lex.is_some() || !spaced {
        return None;
    }
    let calendar = if (1380..=1460).contains(&year) {
        Calendar::Bangla
    } else if (1950..=2060).contains(&year) {
        Calendar::Gregorian
    } else {
        return None;
    };
    let comma = ctx.is_punct(i + 1, ',');
    let era_end = era_suffix(ctx, year_at + 1, calendar);
    let era = era_end > year_at + 1;
    let not_text = |a: &crate::atoms::Atom| !a.is_word() && !a.is_digits();
    let own_cell = ctx
        .cell_around(day_at, year_at + 1, 4)
        .is_some_and(|(before, after)| before.iter().chain(after).all(not_text));
    // A word after the year (`১৪০০ জন`) means the year was a count.
    let ends_there = ctx.at(ctx.skip_space(era_end)).is_none_or(not_text);
    if !((comma || era || own_cell) && ends_there) {
        return None;
    }
    let (month, name) = closest_month(ctx.word(i), calendar)?;
    Some((calendar, month, Some(name)))
}

/// Month name then year (`মে, ২০১৯`, `জানুয়ারী/২০২২`, `সেপ্টেম্বর ২০২৪খ্রি.`): a
/// month; or month, day, year (`জানুয়ারি ১৫, ২০২৪`): a day.
pub(super) fn month_first_date(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let (calendar, month) = month_at(ctx, i)?;
    if calendar != Calendar::Gregorian {
        return None; // a Bangla month spans two Gregorian months
    }
    let after = ctx.skip_space(i + 1);
    if let Some(day) = ctx.at(after).filter(|_| after > i + 1).and_then(|a| a.digits_value(1, 2)) {
        let year_at = ctx.skip_space(ctx.punct(after + 1, ',').unwrap_or(after + 1));
        let year = ctx.at(year_at)?.digits_value(4, 4).filter(|&y| year_fits(calendar, y))?;
        let ymd = Ymd::new(year as i32, month, day as u8).ok()?;
        return date_token(ctx, year_at, Date::gregorian(ymd));
    }
    let sep = [',', '/', '-'].iter().find_map(|&c| ctx.punct(i + 1, c)).unwrap_or(i + 1);
    let year_at = ctx.skip_space(sep);
    let year = ctx.at(year_at)?.digits_value(4, 4).filter(|&y| year_fits(calendar, y))?;
    if ctx.is_punct(year_at + 1, '-') && ctx.is_digits(year_at + 2) {
        return None; // জুলাই ২০২৩-২৪: a fiscal year follows
    }
    date_token(ctx, year_at, Date::month_of(year as i32, month).ok()?)
}

/// Year first: `২০২৪ সালের জানুয়ারি মাসে` (a month), `২০২৪ সালের ১৫ জানুয়ারি`,
/// `১৪৩০ সনের ১লা বৈশাখ`.
pub(super) fn year_first_date(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let year = ctx.at(i)?.digits_value(4, 4)?;
    let word = ctx.skip_space(i + 1);
    if word == i + 1 || ctx.lex(word).and_then(|l| l.marker) != Some(Marker::Year) {
        return None;
    }
    let next = ctx.skip_space(word + 1);
    if next == word + 1 {
        return None;
    }
    if let Some((calendar, month)) = month_at(ctx, next) {
        if calendar != Calendar::Gregorian || !year_fits(calendar, year) {
            return None;
        }
        let month_word = ctx.skip_space(next + 1);
        let end = if month_word > next + 1
            && ctx.lex(month_word).and_then(|l| l.marker) == Some(Marker::MonthWord)
        {
            month_word + 1
        } else {
            next + 1
        };
        return Found::token(end, TokenKind::Date(Date::month_of(year as i32, month).ok()?));
    }
    let (day, after_day) = day_at(ctx, next)?;
    let month_pos = ctx.skip_space(after_day);
    let (calendar, month) = month_at(ctx, month_pos)?;
    if !year_fits(calendar, year) {
        return None;
    }
    let date = match calendar {
        Calendar::Gregorian => Date::gregorian(Ymd::new(year as i32, month, day).ok()?),
        Calendar::Bangla => Date::from_bangla(BanglaYmd::new(year as i32, month, day).ok()?).ok()?,
    };
    Found::token(month_pos + 1, TokenKind::Date(date))
}
