//! Dates: the Gregorian calendar, the Bangladesh revised Bangla calendar (বঙ্গাব্দ)
//! under its 1987 rule and its 2019 revision, and conversion both ways.
//!
//! Under both rules 1 বৈশাখ is 14 April. The **1987 rule** names every day up to
//! 30 আশ্বিন 1426 (2019-10-15): বৈশাখ to ভাদ্র have 31 days, the other months 30, and
//! ফাল্গুন 31 when the Gregorian year it falls in is a leap year. The **2019 revision**
//! took effect on 31 আশ্বিন 1426 (2019-10-16), which made আশ্বিন 1426 a 31-day month:
//! বৈশাখ to আশ্বিন have 31 days, ফাল্গুন 29 (30 in a Gregorian leap year), the rest 30.
//! Both rules name the days of 1426 up to 30 আশ্বিন alike, so each Bangla year follows
//! one rule: up to 1425 the 1987 rule, from 1426 the 2019 revision.
//!
//! ```
//! use sabha_tokens::{BanglaYmd, Ymd};
//! let kartik = BanglaYmd::new(1430, 7, 9)?;            // ৯ কার্তিক ১৪৩০
//! assert_eq!(kartik.to_gregorian()?, Ymd::new(2023, 10, 25)?);
//! assert_eq!(BanglaYmd::from_gregorian(Ymd::new(2021, 12, 27)?)?, BanglaYmd::new(1428, 9, 12)?);
//! # Ok::<(), sabha_tokens::CalendarError>(())
//! ```

use serde::Serialize;

/// Why a date could not be built or converted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("month {0} is not between 1 and 12")]
    Month(u8),
    #[error("day {day} does not exist in {year}-{month:02}")]
    Day { year: i32, month: u8, day: u8 },
    #[error("year {0} is outside the supported range")]
    Year(i32),
}

/// The calendar a date was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    Gregorian,
    /// বঙ্গাব্দ, the Bangladesh revised Bangla calendar.
    Bangla,
}

impl Calendar {
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Bangla => "bangla",
        }
    }
}

/// Which Bangladesh rule gives the length of a Bangla month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum BanglaRule {
    /// বৈশাখ–ভাদ্র 31 days, ফাল্গুন 31 in a leap year: Bangla years up to 1425.
    #[serde(rename = "bd-1987")]
    Bd1987,
    /// বৈশাখ–আশ্বিন 31 days, ফাল্গুন 29/30: Bangla years from 1426 (16 Oct 2019 on).
    #[serde(rename = "bd-2019")]
    Bd2019,
}

impl BanglaRule {
    /// The rule that names the days of Bangla year `year`.
    pub fn for_year(year: i32) -> BanglaRule {
        if year >= 1426 { BanglaRule::Bd2019 } else { BanglaRule::Bd1987 }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BanglaRule::Bd1987 => "bd-1987",
            BanglaRule::Bd2019 => "bd-2019",
        }
    }
}

/// Years this crate accepts in either calendar (well beyond any minutes).
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1..=9999;

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a Gregorian month (0 for a month outside 1..=12).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A valid Gregorian day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Ymd {
    pub fn new(year: i32, month: u8, day: u8) -> Result<Ymd, CalendarError> {
        if !YEAR_RANGE.contains(&year) {
            return Err(CalendarError::Year(year));
        }
        if !(1..=12).contains(&month) {
            return Err(CalendarError::Month(month));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(CalendarError::Day { year, month, day });
        }
        Ok(Ymd { year, month, day })
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    pub fn from_days_since_epoch(days: i64) -> Result<Ymd, CalendarError> {
        let (year, month, day) = civil_from_days(days);
        let year = i32::try_from(year).map_err(|_| CalendarError::Year(i32::MAX))?;
        Ymd::new(year, month, day)
    }
}

/// A valid day of the Bangla calendar (বঙ্গাব্দ): month 1 is বৈশাখ, 12 is চৈত্র.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BanglaYmd {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The Gregorian year in which 1 বৈশাখ of Bangla year `y` falls is `y + 593`.
const BANGLA_YEAR_OFFSET: i32 = 593;

impl BanglaYmd {
    pub fn new(year: i32, month: u8, day: u8) -> Result<BanglaYmd, CalendarError> {
        if !YEAR_RANGE.contains(&(year + BANGLA_YEAR_OFFSET + 1)) || year < 1 {
            return Err(CalendarError::Year(year));
        }
        if !(1..=12).contains(&month) {
            return Err(CalendarError::Month(month));
        }
        if day == 0 || day > bangla_days_in_month(year, month) {
            return Err(CalendarError::Day { year, month, day });
        }
        Ok(BanglaYmd { year, month, day })
    }

    /// The rule under which this day is named.
    pub fn rule(&self) -> BanglaRule {
        BanglaRule::for_year(self.year)
    }

    /// The Gregorian day this Bangla day names.
    pub fn to_gregorian(&self) -> Result<Ymd, CalendarError> {
        let new_year = Ymd::new(self.year + BANGLA_YEAR_OFFSET, 4, 14)?;
        let before: i64 = (1..self.month).map(|m| i64::from(bangla_days_in_month(self.year, m))).sum();
        Ymd::from_days_since_epoch(new_year.days_since_epoch() + before + i64::from(self.day) - 1)
    }

    /// The Bangla day that names Gregorian day `date`.
    pub fn from_gregorian(date: Ymd) -> Result<BanglaYmd, CalendarError> {
        let year = if (date.month, date.day) >= (4, 14) {
            date.year - BANGLA_YEAR_OFFSET
        } else {
            date.year - BANGLA_YEAR_OFFSET - 1
        };
        let new_year = Ymd::new(year + BANGLA_YEAR_OFFSET, 4, 14)?;
        let mut left = date.days_since_epoch() - new_year.days_since_epoch();
        for month in 1..=12u8 {
            let len = i64::from(bangla_days_in_month(year, month));
            if left < len {
                return BanglaYmd::new(year, month, (left + 1) as u8);
            }
            left -= len;
        }
        Err(CalendarError::Year(year))
    }

    /// `YYYY-MM-DD` in the Bangla calendar's own numbering.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Days in Bangla month `month` (1 = বৈশাখ) of Bangla year `year`, under the rule of
/// that year (0 for a month outside 1..=12).
pub fn bangla_days_in_month(year: i32, month: u8) -> u8 {
    // ফাল্গুন of Bangla year y falls in February/March of Gregorian year y + 594.
    let falgun_leap = is_leap_year(year + BANGLA_YEAR_OFFSET + 1);
    match (BanglaRule::for_year(year), month) {
        (BanglaRule::Bd1987, 1..=5) => 31,
        (BanglaRule::Bd1987, 11) if falgun_leap => 31,
        (BanglaRule::Bd1987, 6..=12) => 30,
        (BanglaRule::Bd2019, 1..=6) => 31,
        (BanglaRule::Bd2019, 11) if falgun_leap => 30,
        (BanglaRule::Bd2019, 11) => 29,
        (BanglaRule::Bd2019, 7..=12) => 30,
        _ => 0,
    }
}

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    /// A month-year date such as `মে, ২০১৯`: no day.
    Month,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
        }
    }
}

/// A date read from text: always a Gregorian day (or month), plus how it was written.
///
/// ```
/// use sabha_tokens::{Calendar, TokenKind, tokenize};
/// let text = "৯ কার্তিক ১৪৩০ বঙ্গাব্দ";
/// let TokenKind::Date(date) = &tokenize(text)[0].kind else { panic!() };
/// assert_eq!(date.iso(), "2023-10-25");
/// assert_eq!(date.calendar, Calendar::Bangla);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    /// Gregorian year.
    pub year: i32,
    /// Gregorian month, 1..=12.
    pub month: u8,
    /// Gregorian day; `None` for a month-year date.
    pub day: Option<u8>,
    /// The calendar the text used.
    pub calendar: Calendar,
    /// The Bangla date as written, when `calendar` is `Bangla`.
    pub bangla: Option<BanglaYmd>,
    /// When the month name was garbled (OCR) and read as the closest month name, that
    /// name: e.g. `Some("জ্যৈষ্ঠ")` for `২০ জ্যোতি, ১৪২৬`. A record should warn
    /// `month_read_by_closeness`.
    pub month_read_by_closeness: Option<&'static str>,
}

impl Date {
    pub fn gregorian(day: Ymd) -> Date {
        Date {
            year: day.year,
            month: day.month,
            day: Some(day.day),
            calendar: Calendar::Gregorian,
            bangla: None,
            month_read_by_closeness: None,
        }
    }

    /// A month-year date (no day).
    pub fn month_of(year: i32, month: u8) -> Result<Date, CalendarError> {
        if !(1..=12).contains(&month) {
            return Err(CalendarError::Month(month));
        }
        if !YEAR_RANGE.contains(&year) {
            return Err(CalendarError::Year(year));
        }
        Ok(Date {
            year,
            month,
            day: None,
            calendar: Calendar::Gregorian,
            bangla: None,
            month_read_by_closeness: None,
        })
    }

    pub fn from_bangla(written: BanglaYmd) -> Result<Date, CalendarError> {
        let day = written.to_gregorian()?;
        Ok(Date { calendar: Calendar::Bangla, bangla: Some(written), ..Date::gregorian(day) })
    }

    /// `YYYY-MM-DD`, or `YYYY-MM` for a month-year date.
    pub fn iso(&self) -> String {
        match self.day {
            Some(day) => format!("{:04}-{:02}-{:02}", self.year, self.month, day),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }

    pub fn precision(&self) -> Precision {
        if self.day.is_some() { Precision::Day } else { Precision::Month }
    }

    /// The Gregorian day, when the date has one.
    pub fn ymd(&self) -> Option<Ymd> {
        self.day.and_then(|day| Ymd::new(self.year, self.month, day).ok())
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bangla(y: i32, m: u8, d: u8) -> String {
        BanglaYmd::new(y, m, d).and_then(|b| b.to_gregorian()).map(|g| g.iso()).unwrap()
    }

    #[test]
    fn seed_dates_convert() {
        assert_eq!(bangla(1430, 7, 9), "2023-10-25");
        assert_eq!(bangla(1428, 9, 12), "2021-12-27");
        assert_eq!(bangla(1429, 5, 21), "2022-09-05");
    }

    #[test]
    fn the_2019_switch() {
        assert_eq!(bangla(1426, 6, 30), "2019-10-15");
        assert_eq!(bangla(1426, 6, 31), "2019-10-16");
        assert_eq!(bangla(1426, 7, 1), "2019-10-17");
        // আশ্বিন had 30 days under the 1987 rule.
        assert!(BanglaYmd::new(1425, 6, 31).is_err());
        assert_eq!(bangla(1425, 6, 30), "2018-10-15");
    }

    #[test]
    fn falgun_lengths() {
        // ফাল্গুন 1426 falls in 2020, a leap year: 30 days under 2019.
        assert_eq!(bangla_days_in_month(1426, 11), 30);
        assert_eq!(bangla_days_in_month(1427, 11), 29);
        // 1987 rule: ফাল্গুন 1422 falls in 2016 (leap): 31 days.
        assert_eq!(bangla_days_in_month(1422, 11), 31);
        assert_eq!(bangla_days_in_month(1421, 11), 30);
        assert_eq!(bangla(1400, 1, 1), "1993-04-14");
        assert_eq!(bangla(1400, 3, 31), "1993-07-15");
    }

    #[test]
    fn every_year_has_365_or_366_days() {
        for year in 1300..1600 {
            let total: u32 = (1..=12).map(|m| u32::from(bangla_days_in_month(year, m))).sum();
            let expect = if is_leap_year(year + 594) { 366 } else { 365 };
            assert_eq!(total, expect, "year {year}");
        }
    }

    #[test]
    fn both_directions_round_trip() {
        let start = Ymd::new(1990, 1, 1).unwrap().days_since_epoch();
        for offset in 0..20_000 {
            let day = Ymd::from_days_since_epoch(start + offset).unwrap();
            let b = BanglaYmd::from_gregorian(day).unwrap();
            assert_eq!(b.to_gregorian().unwrap(), day);
        }
    }

    #[test]
    fn invalid_dates_are_errors() {
        assert_eq!(Ymd::new(2023, 2, 29), Err(CalendarError::Day { year: 2023, month: 2, day: 29 }));
        assert!(Ymd::new(2024, 2, 29).is_ok());
        assert_eq!(Ymd::new(2023, 13, 1), Err(CalendarError::Month(13)));
        assert_eq!(Ymd::new(0, 1, 1), Err(CalendarError::Year(0)));
        assert!(BanglaYmd::new(1430, 0, 1).is_err());
        assert!(Date::month_of(2019, 13).is_err());
    }

    #[test]
    fn civil_days_round_trip() {
        for days in [-800_000i64, -1, 0, 1, 19_000, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y as i32, m, d), days);
        }
        assert_eq!(Ymd::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
    }
}
