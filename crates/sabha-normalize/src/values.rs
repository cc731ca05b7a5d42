//! The values the normalizer reads out of text — dates, times, percentages,
//! numbers, e-mail addresses, indicator codes — all through the tokenizer
//! (`sabha-tokens`), so that every reading rule lives in one place.
//!
//! This module only adapts tokens to what the readers need (byte ranges in the
//! text they scanned, and the normalized value). The one thing it adds is the
//! day and month printed without a year (`৩০ জুনের মধ্যে`), which it finds by
//! asking the tokenizer to read the pair with a year put after it.

use sabha_record::Calendar;
use sabha_tokens::{Token, TokenKind, Ymd};

/// A date found in a text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundDate {
    /// Byte range in the scanned text.
    pub start: usize,
    pub end: usize,
    pub raw: String,
    /// `YYYY-MM-DD`, or `YYYY-MM` for a month-year date; `None` for a day and
    /// month without a year (`৩০ জুন`).
    pub iso: Option<String>,
    pub calendar: Calendar,
    /// Month and day when the year is not given, to be completed by the reader.
    pub month_day: Option<(u32, u32)>,
    /// The month name was garbled and read as the closest name: (printed, read as).
    pub closeness: Option<(String, String)>,
}

impl FoundDate {
    /// The date names a day (`৩০ জুন ২০২৪`, `৩০ জুন`), not only a month (`জুন ২০২৪`).
    pub(crate) fn names_a_day(&self) -> bool {
        self.month_day.is_some() || self.iso.as_ref().is_some_and(|iso| iso.len() == 10)
    }
}

/// A time of day found in a text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundTime {
    pub start: usize,
    pub end: usize,
    pub raw: String,
    pub hh_mm: String,
}

/// A value with its byte range and a normalized reading.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found<T> {
    pub start: usize,
    pub end: usize,
    pub raw: String,
    pub value: T,
}

fn found<T>(t: &Token, text: &str, value: T) -> Found<T> {
    Found { start: t.start, end: t.end, raw: t.raw(text).to_string(), value }
}

/// Every date in `text`, with the day-and-month dates that have no year.
pub(crate) fn dates(text: &str) -> Vec<FoundDate> {
    dates_in(text, &sabha_tokens::tokenize(text))
}

/// The dates and the numbers of `text`, from one reading.
pub(crate) fn dates_and_numbers(text: &str) -> (Vec<FoundDate>, Vec<Found<f64>>) {
    let tokens = sabha_tokens::tokenize(text);
    (dates_in(text, &tokens), numbers_in(text, &tokens))
}

fn dates_in(text: &str, tokens: &[Token]) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        match &t.kind {
            TokenKind::Date(d) => {
                let raw = t.raw(text).to_string();
                let closeness = d.month_read_by_closeness.map(|name| (month_word(&raw), name.to_string()));
                out.push(FoundDate {
                    start: t.start,
                    end: t.end,
                    raw,
                    iso: Some(d.iso()),
                    calendar: match d.calendar {
                        sabha_tokens::Calendar::Gregorian => Calendar::Gregorian,
                        sabha_tokens::Calendar::Bangla => Calendar::Bangla,
                    },
                    month_day: None,
                    closeness,
                });
            }
            TokenKind::Number(_) | TokenKind::Ordinal(_) => {
                let next_start = tokens.get(k + 1).map_or(text.len(), |n| n.start);
                out.extend(day_and_month(text, t, next_start));
            }
            _ => {}
        }
    }
    out
}

/// The word of a date's raw text that names the month (`জ্যোতি` in `২০ জ্যোতি, ১৪২৬`).
fn month_word(raw: &str) -> String {
    raw.split_whitespace()
        .map(crate::text::bare_word)
        .find(|w| !w.is_empty() && !w.chars().any(crate::text::is_digit))
        .unwrap_or(raw)
        .to_string()
}

/// Case endings glued to a month name: `জুনের`, `জানুয়ারির`, `মার্চ-এর`.
/// After a vowel the genitive is `য়ের` (`জুলাইয়ের`), in both spellings of য়.
pub(crate) const CASE_ENDINGS: &[&str] =
    &["-এর", "এর", "\u{09AF}\u{09BC}ের", "\u{09DF}ের", "ের", "র", "'র", "’র", "-র"];

/// `৩০ জুন` / `৩০ জুনের` after a day number, not followed by a year: the
/// tokenizer reads the pair once a year is put after it.
fn day_and_month(text: &str, day: &Token, next_token: usize) -> Option<FoundDate> {
    let day_value = day.kind.value()?;
    if !(1.0..=31.0).contains(&day_value) || day_value.fract() != 0.0 {
        return None;
    }
    let after = text.get(day.end..next_token)?;
    let lead = after.len() - after.trim_start().len();
    if lead == 0 || after[..lead].contains('\n') {
        return None;
    }
    let word =
        after.trim_start().split(|c: char| c.is_whitespace() || matches!(c, ',' | '।' | ';' | ')')).next()?;
    for stem in std::iter::once(word).chain(CASE_ENDINGS.iter().filter_map(|e| word.strip_suffix(e))) {
        if stem.is_empty() {
            continue;
        }
        let probe = format!("{} {stem} ২০০০", day.raw(text));
        let Some(d) = sabha_tokens::read_date(&probe) else { continue };
        if d.calendar != sabha_tokens::Calendar::Gregorian || d.month_read_by_closeness.is_some() {
            continue;
        }
        let end = day.end + lead + stem.len();
        return Some(FoundDate {
            start: day.start,
            end,
            raw: text.get(day.start..end)?.to_string(),
            iso: None,
            calendar: Calendar::Gregorian,
            month_day: Some((u32::from(d.month), u32::from(d.day?))),
            closeness: None,
        });
    }
    None
}

pub(crate) fn times(text: &str) -> Vec<FoundTime> {
    sabha_tokens::tokenize(text)
        .iter()
        .filter_map(|t| match &t.kind {
            TokenKind::Time(time) => Some(FoundTime {
                start: t.start,
                end: t.end,
                raw: t.raw(text).to_string(),
                hh_mm: time.hh_mm(),
            }),
            _ => None,
        })
        .collect()
}

pub(crate) fn percents(text: &str) -> Vec<Found<f64>> {
    if !sabha_tokens::may_hold_percent(text) {
        return Vec::new();
    }
    sabha_tokens::tokenize(text)
        .iter()
        .filter_map(|t| match t.kind {
            TokenKind::Percent(v) => Some(found(t, text, v)),
            _ => None,
        })
        .collect()
}

fn numbers_in(text: &str, tokens: &[Token]) -> Vec<Found<f64>> {
    tokens
        .iter()
        .filter_map(|t| match t.kind {
            TokenKind::Number(v) => Some(found(t, text, v)),
            _ => None,
        })
        .collect()
}

pub(crate) fn emails(text: &str) -> Vec<Found<()>> {
    sabha_tokens::tokenize(text)
        .iter()
        .filter_map(|t| match t.kind {
            TokenKind::Email => Some(found(t, text, ())),
            _ => None,
        })
        .collect()
}

/// Indicator codes `[১.১.১]`, with the code in ASCII digits as the value.
pub(crate) fn indicators(text: &str) -> Vec<Found<String>> {
    sabha_tokens::tokenize(text)
        .iter()
        .filter_map(|t| match &t.kind {
            TokenKind::Indicator(code) => Some(found(t, text, code.clone())),
            _ => None,
        })
        .collect()
}

/// The text with Bengali digits replaced by ASCII digits.
pub(crate) fn ascii_digits(text: &str) -> String {
    sabha_tokens::bengali_to_ascii_digits(text).into_owned()
}

/// The first `month`/`day` on or after the `reference` day (`YYYY-MM-DD`), as
/// `YYYY-MM-DD`; `None` when the reference is not a day or the day never comes.
pub(crate) fn next_on_or_after(month: u32, day: u32, reference: &str) -> Option<String> {
    let mut parts = reference.split('-').map(|p| p.parse::<i64>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let (month8, day8) = (u8::try_from(month).ok()?, u8::try_from(day).ok()?);
    let first_year = if (i64::from(month), i64::from(day)) >= (m, d) { y } else { y + 1 };
    // 29 February waits for the next leap year.
    (first_year..first_year + 8)
        .find_map(|year| Ymd::new(i32::try_from(year).ok()?, month8, day8).ok())
        .map(|ymd| ymd.iso())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_with_calendar_and_closeness() {
        let d = dates("২০ জ্যোতি, ১৪২৬");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].iso.as_deref(), Some("2019-06-03"));
        assert_eq!(d[0].calendar, Calendar::Bangla);
        assert_eq!(d[0].closeness, Some(("জ্যোতি".to_string(), "জ্যৈষ্ঠ".to_string())));
    }

    #[test]
    fn day_and_month_without_a_year() {
        let t = "৩০ জুনের মধ্যে";
        let d = dates(t);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].raw.as_str(), d[0].iso.clone(), d[0].month_day), ("৩০ জুন", None, Some((6, 30))));
        let t = "৩১ জানুয়ারির মধ্যে";
        assert_eq!(dates(t)[0].month_day, Some((1, 31)));
        let t = "৩০ জুলাইয়ের মধ্যে";
        assert_eq!((dates(t)[0].raw.as_str(), dates(t)[0].month_day), ("৩০ জুলাই", Some((7, 30))));
        assert!(dates("১৫ দিনের মধ্যে").is_empty());
    }

    #[test]
    fn next_day_on_or_after_the_reference() {
        assert_eq!(next_on_or_after(6, 30, "2023-10-17").as_deref(), Some("2024-06-30"));
        assert_eq!(next_on_or_after(1, 31, "2023-11-21").as_deref(), Some("2024-01-31"));
        assert_eq!(next_on_or_after(10, 17, "2023-10-17").as_deref(), Some("2023-10-17"));
        assert_eq!(next_on_or_after(2, 29, "2023-03-01").as_deref(), Some("2024-02-29"));
        assert_eq!(next_on_or_after(2, 30, "2023-03-01"), None);
        assert_eq!(next_on_or_after(6, 30, "2023-10"), None);
    }
}
