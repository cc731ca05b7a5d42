//! Clock times: the day-part words of Bengali minutes and how each turns the hour as
//! written into a 24-hour hour.
//!
//! | day part | hours as written → 24-hour |
//! |---|---|
//! | ভোর | 4–6 → h |
//! | সকাল | 6–11 → h |
//! | পূর্বাহ্ন | 8–11 → h; 12 → 12 |
//! | বেলা | 9–11 → h; 12 → 12; 1–5 → h+12 |
//! | দুপুর, মধ্যাহ্ন | 12 → 12; 1–3 → h+12 |
//! | অপরাহ্ন | 12 → 12; 1–6 → h+12 |
//! | বিকাল / বিকেল | 2–6 → h+12 |
//! | সন্ধ্যা | 5–8 → h+12 |
//! | রাত | 7–11 → h+12; 12 → 00; 1–3 → h |
//! | none | 13–23 as written; 8–12 → h; 1–5 → h+12 (office hours) |
//!
//! An hour a day part does not name (`সকাল ৩টা`) reads by the day part's side of noon.
//! A 24-hour hour (13–23) is always read as written.

use std::fmt;

/// A clock time of day.
///
/// ```
/// use sabha_tokens::{TokenKind, tokenize};
/// let TokenKind::Time(t) = tokenize("বেলা ১.১৫ ঘটিকা")[0].kind.clone() else { panic!() };
/// assert_eq!(t.hh_mm(), "13:15");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl Time {
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }

    /// `HH:MM`, 24-hour.
    pub fn hh_mm(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// A word that names a part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayPart {
    /// ভোর
    Dawn,
    /// সকাল
    Morning,
    /// পূর্বাহ্ন (forenoon)
    Forenoon,
    /// বেলা (daytime)
    Daytime,
    /// দুপুর, মধ্যাহ্ন
    Noon,
    /// অপরাহ্ন (afternoon, formal)
    Afternoon,
    /// বিকাল, বিকেল
    LateAfternoon,
    /// সন্ধ্যা
    Evening,
    /// রাত, রাত্রি
    Night,
}

impl DayPart {
    /// The 24-hour hour for `hour` as written after this day part.
    pub fn hour24(self, hour: u8) -> Option<u8> {
        use DayPart::*;
        if (13..=23).contains(&hour) {
            return Some(hour);
        }
        let pm = hour % 12 + 12;
        let h = match (self, hour) {
            (_, 0) | (_, 24..) => return None,
            (Dawn, 4..=6) | (Morning, 6..=11) | (Forenoon, 8..=12) => hour,
            (Daytime, 9..=12) => hour,
            (Daytime, 1..=5) => pm,
            (Noon | Afternoon, 12) => 12,
            (Noon, 1..=3) | (Afternoon, 1..=6) | (LateAfternoon, 2..=6) | (Evening, 5..=8) => pm,
            (Night, 7..=11) => pm,
            (Night, 12) => 0,
            (Night, 1..=3) => hour,
            // Outside the table: by the day part's side of noon.
            (Dawn | Morning | Forenoon, _) => hour % 12,
            (Noon | Afternoon | LateAfternoon | Evening, _) => pm,
            (Night, _) => hour,
            (Daytime, _) => return None,
        };
        Some(h)
    }
}

/// The 24-hour hour of `hour` written with no day part: 13–23 as written, 8–12 as
/// written (office hours), 1–5 in the afternoon (office hours); 0 as written; 6–7 is
/// unknowable.
pub fn bare_hour24(hour: u8) -> Option<u8> {
    match hour {
        0 | 8..=23 => Some(hour),
        1..=5 => Some(hour + 12),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_part_table() {
        use DayPart::*;
        let cases = [
            (Dawn, 5, 5),
            (Morning, 10, 10),
            (Forenoon, 12, 12),
            (Daytime, 1, 13),
            (Daytime, 11, 11),
            (Noon, 12, 12),
            (Noon, 2, 14),
            (Afternoon, 6, 18),
            (LateAfternoon, 3, 15),
            (Evening, 7, 19),
            (Night, 8, 20),
            (Night, 12, 0),
            (Night, 2, 2),
            (Morning, 15, 15),
        ];
        for (part, h, want) in cases {
            assert_eq!(part.hour24(h), Some(want), "{part:?} {h}");
        }
        assert_eq!(Daytime.hour24(7), None);
        assert_eq!(Morning.hour24(0), None);
        assert_eq!(Night.hour24(30), None);
    }

    #[test]
    fn bare_hours() {
        assert_eq!(bare_hour24(22), Some(22));
        assert_eq!(bare_hour24(8), Some(8));
        assert_eq!(bare_hour24(3), Some(15));
        assert_eq!(bare_hour24(7), None);
        assert_eq!(bare_hour24(24), None);
    }

    #[test]
    fn time_formats() {
        assert_eq!(Time::new(9, 5).map(|t| t.hh_mm()), Some("09:05".to_string()));
        assert_eq!(Time::new(24, 0), None);
        assert_eq!(Time::new(1, 60), None);
    }
}
