//! Deadlines: the dates in a decision that set a limit, and periods counted
//! from the meeting.
//!
//! A date is a deadline when a limit word follows it, allowing only era and
//! link words between (`আগামী ০৮ সেপ্টেম্বর, ২০২২ এর মধ্যে`, `৩০ জুন ২০২৪
//! তারিখের মধ্যে`, `৩০ জুনের মধ্যে`, `… এর পূর্বে`, `… নাগাদ`). Dates of past
//! events (`গত ১৯ জুন ২০২৩ তারিখে অনুষ্ঠিত`) and dates of a next meeting (`আগামী
//! … তারিখে`) are not limits. A day and month without a year (`৩০ জুন`) take
//! the first such day on or after the meeting date (or the issue date when the
//! meeting date is unknown); without either the `iso` stays `null`. A period
//! (`১৫ দিনের মধ্যে`, `এক মাসের মধ্যে`) keeps its words in `raw`, with `iso`
//! `null` and the period in `within` (`২৪ ঘণ্টার মধ্যে` counts hours). Not limits: a
//! month without a day (`জুন ২০২৪ এর মধ্যে`), a clock time (`বিকাল ৪:০০ টার মধ্যে`),
//! an event's date (`১৫ আগস্ট … উপলক্ষে`), a duration (`৩ দিনব্যাপী`).

use sabha_record::{Deadline, Period, PeriodUnit};

use crate::values::{self, Found, FoundDate};

/// Words that make what stands before them a limit.
const LIMIT_WORDS: &[&str] =
    &["মধ্যে", "মধ্যেই", "পূর্বে", "পূর্বেই", "আগে", "আগেই", "নাগাদ", "ভিতরে", "ভেতরে", "ভিতর"];

/// Words that may stand between a date and its limit word.
const LINK_WORDS: &[&str] = &[
    "খ্রি",
    "খ্রি.",
    "খ্রিঃ",
    "খ্রিস্টাব্দ",
    "খ্রিষ্টাব্দ",
    "খ্রিস্টাব্দের",
    "খ্রিষ্টাব্দের",
    "ইং",
    "ইং.",
    "বঙ্গাব্দ",
    "বঙ্গাব্দের",
    "তারিখ",
    "তারিখের",
    "এর",
    "-এর",
    "মাসের",
    "সালের",
    "এ",
    "র",
];

/// Suffixes glued to a date's last word: `জুনের`, `জুলাইয়ের`, `২০২৩-এর`.
const GLUED: &[&str] = values::CASE_ENDINGS;

/// Units of a period, with how the record names them.
const UNITS: &[(&str, PeriodUnit)] = &[
    ("ঘণ্টা", PeriodUnit::Hour),
    ("ঘন্টা", PeriodUnit::Hour),
    ("কার্যদিবস", PeriodUnit::WorkingDay),
    ("কর্মদিবস", PeriodUnit::WorkingDay),
    ("দিন", PeriodUnit::Day),
    ("সপ্তাহ", PeriodUnit::Week),
    ("মাস", PeriodUnit::Month),
    ("বছর", PeriodUnit::Year),
];

/// The deadlines in a decision text. `reference` is the meeting (or issue) date
/// as `YYYY-MM-DD`, to give a year to a day and month printed without one.
pub(crate) fn find(text: &str, reference: Option<&str>) -> Vec<Deadline> {
    let (dates, numbers) = values::dates_and_numbers(text);
    find_with(text, &dates, &numbers, reference)
}

/// [`find`] over values already read (the tests give them by hand).
pub(crate) fn find_with(
    text: &str,
    dates: &[FoundDate],
    numbers: &[Found<f64>],
    reference: Option<&str>,
) -> Vec<Deadline> {
    let mut out: Vec<(usize, Deadline)> = Vec::new();
    for d in dates {
        if !d.names_a_day() || !limit_follows(text.get(d.end..).unwrap_or("")) {
            continue;
        }
        out.push((d.start, deadline_of(d, reference)));
    }
    for (at, deadline) in periods(text, numbers) {
        out.push((at, deadline));
    }
    out.sort_by_key(|(at, _)| *at);
    out.into_iter().map(|(_, d)| d).collect()
}

/// The deadlines of a `সময়সীমা` cell or line: every date in it, and a period
/// (`৭ দিনের মধ্যে`); a status such as `চলমান` or a recurrence such as `প্রতি
/// ত্রৈমাসিক` gives none.
pub(crate) fn in_limit(text: &str, reference: Option<&str>) -> Vec<Deadline> {
    let (dates, numbers) = values::dates_and_numbers(text);
    let mut out: Vec<(usize, Deadline)> =
        dates.iter().filter(|d| d.names_a_day()).map(|d| (d.start, deadline_of(d, reference))).collect();
    out.extend(periods(text, &numbers));
    out.sort_by_key(|(at, _)| *at);
    out.into_iter().map(|(_, d)| d).collect()
}

/// A date as a deadline; a day and month without a year take theirs from
/// `reference`.
fn deadline_of(d: &FoundDate, reference: Option<&str>) -> Deadline {
    let iso = match (&d.iso, d.month_day) {
        (Some(iso), _) => Some(iso.clone()),
        (None, Some((month, day))) => reference.and_then(|r| values::next_on_or_after(month, day, r)),
        (None, None) => None,
    };
    Deadline { raw: d.raw.trim().to_string(), iso, calendar: Some(d.calendar), within: None, span: None }
}

/// A limit word follows, after at most three link words and a clock time
/// (`৩০ জুন ২০২৪ তারিখ বিকাল ৫:০০ টার মধ্যে`).
fn limit_follows(after: &str) -> bool {
    let after = strip_glued_prefix(after);
    let after = skip_clock_time(after);
    for w in
        after.split_whitespace().take(4).map(|w| w.trim_matches(|c: char| matches!(c, ',' | '।' | ';' | ')')))
    {
        if LIMIT_WORDS.contains(&w)
            || LIMIT_WORDS
                .iter()
                .any(|l| w.ends_with(l) && w.len() > l.len() && GLUED.iter().any(|g| w.starts_with(g)))
        {
            return true;
        }
        if !LINK_WORDS.contains(&w) && !LINK_WORDS.contains(&w.trim_start_matches('-')) {
            return false;
        }
    }
    false
}

/// `তারিখ বিকাল ৫:০০ টার মধ্যে` → `তারিখ মধ্যে`-like: the text with a clock time that
/// follows within two words cut out, so that the limit word after it is seen.
fn skip_clock_time(after: &str) -> std::borrow::Cow<'_, str> {
    let times = values::times(after);
    let Some(t) = times.first() else { return after.into() };
    let before = after.get(..t.start).unwrap_or("");
    if crate::text::words(before).len() > 2 {
        return after.into();
    }
    format!("{before} {}", after.get(t.end..).unwrap_or("")).into()
}

fn strip_glued_prefix(s: &str) -> &str {
    for g in GLUED {
        if let Some(rest) = s.strip_prefix(g) {
            return rest;
        }
    }
    s
}

fn skip_parenthesized(s: &str) -> &str {
    let t = s.trim_start();
    match t.strip_prefix('(').and_then(|r| r.find(')').map(|e| &r[e + 1..])) {
        Some(rest) if t.find(')').is_some_and(|e| e < 40) => rest,
        _ => s,
    }
}

/// `১৫ দিনের মধ্যে`, `এক মাসের মধ্যে`: a number, a unit (with a genitive), a limit word.
fn periods(text: &str, numbers: &[Found<f64>]) -> Vec<(usize, Deadline)> {
    let mut out = Vec::new();
    for n in numbers {
        // `৩ (তিন) দিনের মধ্যে`: the number again in words, in parentheses.
        let after = skip_parenthesized(text.get(n.end..).unwrap_or(""));
        let base = text.len() - after.len();
        let mut ws = after.split_whitespace();
        let Some(unit_word) = ws.next() else { continue };
        let Some(&(unit_name, unit)) = UNITS.iter().find(|(u, _)| unit_word.starts_with(u)) else { continue };
        let suffix = &unit_word[unit_name.len()..];
        let glued_limit = LIMIT_WORDS.iter().find(|l| suffix.ends_with(*l));
        let limit_end = if let Some(l) = glued_limit {
            // `দিনেরমধ্যে` written without a space.
            let _ = l;
            Some(base + after.find(unit_word).unwrap_or(0) + unit_word.len())
        } else if !suffix.is_empty() && !GLUED.contains(&suffix) && suffix != "ের" {
            None
        } else {
            ws.next().filter(|l| LIMIT_WORDS.contains(&l.trim_end_matches(['।', ',', ';']))).map(|l| {
                let rel = after.find(unit_word).unwrap_or(0) + unit_word.len();
                let lpos =
                    after[rel..].find(l).map_or(rel, |p| rel + p + l.trim_end_matches(['।', ',', ';']).len());
                base + lpos
            })
        };
        let Some(end) = limit_end else { continue };
        let raw = crate::text::clean(text.get(n.start..end).unwrap_or(""));
        out.push((
            n.start,
            Deadline {
                raw,
                iso: None,
                calendar: None,
                within: Some(Period { amount: n.value, unit }),
                span: None,
            },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use sabha_record::Calendar;

    fn date(text: &str, raw: &str, iso: Option<&str>, month_day: Option<(u32, u32)>) -> FoundDate {
        let start = text.find(raw).unwrap();
        FoundDate {
            start,
            end: start + raw.len(),
            raw: raw.to_string(),
            iso: iso.map(String::from),
            calendar: Calendar::Gregorian,
            month_day,
            closeness: None,
        }
    }

    fn number(text: &str, raw: &str, value: f64) -> Found<f64> {
        let start = text.find(raw).unwrap();
        Found { start, end: start + raw.len(), raw: raw.to_string(), value }
    }

    #[test]
    fn a_date_before_a_limit_word_is_a_deadline() {
        let t = "তথ্য আগামী ০৮ সেপ্টেম্বর, ২০২২ এর মধ্যে সংগ্রহ করে ডেটাবেজ প্রস্তুত করতে হবে।";
        let d = find_with(t, &[date(t, "০৮ সেপ্টেম্বর, ২০২২", Some("2022-09-08"), None)], &[], None);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].raw.as_str(), d[0].iso.as_deref()), ("০৮ সেপ্টেম্বর, ২০২২", Some("2022-09-08")));
    }

    #[test]
    fn link_words_between_date_and_limit() {
        for t in [
            "৩০ জুন ২০২৪ তারিখের মধ্যে সম্পন্ন করতে হবে।",
            "৩০ জুন ২০২৪ খ্রি. এর মধ্যে সম্পন্ন করতে হবে।",
            "৩০ জুন ২০২৪-এর মধ্যে সম্পন্ন করতে হবে।",
            "৩০ জুন ২০২৪ এর পূর্বেই সম্পন্ন করতে হবে।",
            "৩০ জুন ২০২৪ নাগাদ সম্পন্ন করতে হবে।",
        ] {
            let d = find_with(t, &[date(t, "৩০ জুন ২০২৪", Some("2024-06-30"), None)], &[], None);
            assert_eq!(d.len(), 1, "{t}");
        }
    }

    #[test]
    fn past_events_and_next_meetings_are_not_deadlines() {
        for t in
            ["গত ১৯ জুন ২০২৩ খ্রি. তারিখে অনুষ্ঠিত সভার কার্যবিবরণী", "পরবর্তী সভা আগামী ১৯ জুন ২০২৩ তারিখে অনুষ্ঠিত হবে।"]
        {
            let d = find_with(t, &[date(t, "১৯ জুন ২০২৩", Some("2023-06-19"), None)], &[], None);
            assert!(d.is_empty(), "{t}");
        }
    }

    #[test]
    fn a_date_with_a_clock_time_before_the_limit() {
        let d = find("আবেদন ৩০ জুন ২০২৪ তারিখ বিকাল ৫:০০ টার মধ্যে জমা দিতে হবে।", None);
        assert_eq!(d.iter().map(|x| x.iso.clone()).collect::<Vec<_>>(), [Some("2024-06-30".to_string())]);
    }

    #[test]
    fn months_clock_times_and_events_are_no_limits() {
        for t in [
            "বাজেট জুন ২০২৪ এর মধ্যে অনুমোদন করতে হবে।",
            "তথ্য প্রতিদিন বিকাল ৪:০০ টার মধ্যে প্রেরণ করতে হবে।",
            "আগামী ১৫ আগস্ট জাতীয় শোক দিবস উপলক্ষে সভা আয়োজন করতে হবে।",
            "প্রতি মাসের ১০ তারিখের মধ্যে প্রতিবেদন প্রেরণ করতে হবে।",
        ] {
            assert!(find(t, Some("2024-05-07")).is_empty(), "{t}");
        }
    }

    #[test]
    fn bangla_calendar_and_two_limits_in_one_decision() {
        let d = find("আপত্তি আগামী ৩০ চৈত্র ১৪৩০ বঙ্গাব্দের মধ্যে নিষ্পত্তি করতে হবে।", None);
        assert_eq!((d[0].raw.as_str(), d[0].iso.as_deref()), ("৩০ চৈত্র ১৪৩০", Some("2024-04-13")));
        assert_eq!(d[0].calendar, Some(sabha_record::Calendar::Bangla));
        let d =
            find("খসড়া ২০ জুন ২০২৪ তারিখের মধ্যে এবং চূড়ান্ত প্রতিবেদন ১০ জুলাই ২০২৪ তারিখের মধ্যে দাখিল করতে হবে।", None);
        let isos: Vec<_> = d.iter().map(|x| x.iso.clone().unwrap()).collect();
        assert_eq!(isos, ["2024-06-20", "2024-07-10"]);
    }

    #[test]
    fn a_limit_cell_gives_dates_and_periods() {
        assert_eq!(in_limit("৩০ জুন ২০২৪", None)[0].iso.as_deref(), Some("2024-06-30"));
        let d = in_limit("৭ দিনের মধ্যে", None);
        assert_eq!((d.len(), d[0].iso.clone()), (1, None));
        assert!(in_limit("চলমান", None).is_empty());
        assert!(in_limit("প্রতি ত্রৈমাসিক", None).is_empty());
        assert!(in_limit("জুন ২০২৪", None).is_empty());
    }

    #[test]
    fn a_deadline_cell_in_other_forms() {
        let raws = |t: &str| -> Vec<(String, Option<String>)> {
            in_limit(t, Some("2024-05-14")).into_iter().map(|d| (d.raw, d.iso)).collect()
        };
        let none: Vec<(String, Option<String>)> = Vec::new();
        for (cell, raw) in [("০১ (এক) মাসের মধ্যে", "০১ (এক) মাসের মধ্যে"), ("২ সপ্তাহের মধ্যে", "২ সপ্তাহের মধ্যে")]
        {
            assert_eq!(raws(cell), [(raw.to_string(), None)], "{cell}");
        }
        // Limits without a number or a day, a recurrence, a duration: none.
        for cell in ["অবিলম্বে", "পরবর্তী সভার পূর্বে", "চলতি অর্থবছরের মধ্যে", "জুন/২০২৫", "প্রতি মাসে", "৩ দিনব্যাপী"]
        {
            assert_eq!(raws(cell), none, "{cell}");
        }
        assert_eq!(raws("৩০ জুনের মধ্যে"), [("৩০ জুন".to_string(), Some("2024-06-30".to_string()))]);
        assert_eq!(raws("৩১ আষাঢ় ১৪৩১"), [("৩১ আষাঢ় ১৪৩১".to_string(), Some("2024-07-15".to_string()))]);
        assert_eq!(
            raws("১৫ অগ্রহায়ণ ১৪৩১ এর মধ্যে"),
            [("১৫ অগ্রহায়ণ ১৪৩১".to_string(), Some("2024-11-30".to_string()))]
        );
    }

    #[test]
    fn a_day_and_month_take_the_year_from_the_meeting() {
        let t = "৩০ জুনের মধ্যে সম্পন্ন করতে হবে।";
        let found = [date(t, "৩০ জুন", None, Some((6, 30)))];
        let t2 = "৩০ জুলাইয়ের মধ্যে করতে হবে।";
        assert_eq!(
            find_with(t2, &[date(t2, "৩০ জুলাই", None, Some((7, 30)))], &[], Some("2024-07-01")).len(),
            1
        );
        let d = find_with(t, &found, &[], Some("2023-10-17"));
        assert_eq!(d[0].iso.as_deref(), Some("2024-06-30"));
        let d = find_with(t, &found, &[], Some("2023-05-02"));
        assert_eq!(d[0].iso.as_deref(), Some("2023-06-30"));
        let d = find_with(t, &found, &[], None);
        assert_eq!((d[0].raw.as_str(), d[0].iso.as_deref()), ("৩০ জুন", None));
    }

    #[test]
    fn periods_keep_their_words() {
        let t = "আগামী ১৫ দিনের মধ্যে প্রতিবেদন দাখিল করতে হবে।";
        let d = find_with(t, &[], &[number(t, "১৫", 15.0)], None);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].raw, "১৫ দিনের মধ্যে");
        assert_eq!(d[0].iso, None);
        assert_eq!(d[0].within, Some(Period { amount: 15.0, unit: PeriodUnit::Day }));
        let t = "৭ কার্যদিবসের মধ্যে জানাতে হবে।";
        let d = find_with(t, &[], &[number(t, "৭", 7.0)], None);
        assert_eq!(d[0].within.as_ref().map(|p| p.unit), Some(PeriodUnit::WorkingDay));
        let t = "৩ (তিন) দিনের মধ্যে প্রকাশ করতে হবে।";
        let d = find_with(t, &[], &[number(t, "৩", 3.0)], None);
        assert_eq!(d[0].raw, "৩ (তিন) দিনের মধ্যে");
        let t = "২৪ ঘণ্টার মধ্যে জানাতে হবে।";
        let d = find_with(t, &[], &[number(t, "২৪", 24.0)], None);
        assert_eq!(
            (d[0].raw.as_str(), d[0].within.as_ref().map(|p| p.unit)),
            ("২৪ ঘণ্টার মধ্যে", Some(PeriodUnit::Hour))
        );
        let t = "৩ দিনব্যাপী প্রশিক্ষণ আয়োজন করতে হবে।";
        assert!(find_with(t, &[], &[number(t, "৩", 3.0)], None).is_empty());
        let t = "১৫ দিন পর পর সভা হবে।";
        assert!(find_with(t, &[], &[number(t, "১৫", 15.0)], None).is_empty());
    }
}
