//! The memo number (স্মারক নম্বর) and the issue dates printed next to it, in
//! both calendars:
//!
//! ```text
//! ৯ কার্তিক ১৪৩০ বঙ্গাব্দ
//! তারিখ: ২৫ অক্টোবর ২০২৩ খ্রিস্টাব্দ
//!
//! নম্বর: ০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮
//! ```
//!
//! The issue dates are the lines made only of dates (with an optional `তারিখ:`
//! label and era words) directly before or after the memo line, and a date after
//! `তারিখ` on the memo line itself. Signature dates further away are not issue
//! dates.

use sabha_doc::{Span, Warning};
use sabha_record::{Calendar, DateValue, Memo};

use crate::text::{after_label, clean, trim_end_chars};
use crate::values::{self, FoundDate};
use crate::view::View;

/// Labels of the memo line, longest first. `নং` and `নম্বর` alone only at the
/// start of a line with a separator.
const MEMO_LABELS: &[&str] =
    &["স্মারক নম্বর", "স্মারক নম্বরঃ", "স্মারক নং", "স্মারক নম্বর", "স্মারক", "নম্বর", "নং", "সূত্র নং"];

/// How many lines before and after the memo line may hold its dates.
const DATE_LINES_BEFORE: usize = 3;
const DATE_LINES_AFTER: usize = 4;

/// Era and calendar words that may stand with a date on an issue-date line.
const ERA_WORDS: &[&str] = &[
    "বঙ্গাব্দ",
    "বঙ্গাব্দে",
    "বাংলা",
    "খ্রিস্টাব্দ",
    "খ্রিষ্টাব্দ",
    "খ্রীষ্টাব্দ",
    "খ্রীস্টাব্দ",
    "খ্রি",
    "খ্রিঃ",
    "খ্রী",
    "ইং",
    "সন",
    "সাল",
    "খৃষ্টাব্দ",
    "খ্রি.",
    "খ্রিস্টাব্দে",
    "তারিখ",
];

/// What the memo reader found.
#[derive(Debug, Default)]
pub(crate) struct MemoBlock {
    pub memo: Option<Memo>,
    pub issued: Vec<DateValue>,
    pub warnings: Vec<Warning>,
}

/// Reads the first memo line and its issue dates; their lines are claimed.
pub(crate) fn read(view: &mut View<'_>) -> MemoBlock {
    let mut out = MemoBlock::default();
    let Some((at, value)) = (0..view.len()).find_map(|i| memo_value(view.text(i)).map(|v| (i, v))) else {
        return out;
    };
    view.claim(at);
    let (memo_text, same_line_date) = split_date_label(value);
    out.memo = memo(memo_text, view.span(at, at));

    let mut dated: Vec<(usize, FoundDate, String)> = Vec::new();
    if let Some(d) = same_line_date {
        dated.extend(date_line(d).into_iter().map(|(f, raw)| (at, f, raw)));
    }
    let before = collect_date_lines(view, at, Direction::Before);
    let after = collect_date_lines(view, at, Direction::After);
    for i in before.iter().rev().chain(after.iter()) {
        view.claim(*i);
    }
    for i in before.into_iter().rev().chain(after) {
        dated.extend(date_line(view.text(i)).into_iter().map(|(f, raw)| (i, f, raw)));
    }
    dated.sort_by_key(|(i, f, _)| (*i, f.start));
    for (i, found, raw) in dated {
        let Some(iso) = found.iso.clone() else { continue };
        if let Some((printed, read_as)) = &found.closeness {
            out.warnings.push(Warning::new(
                "month_read_by_closeness",
                format!("issue date month {printed} read as {read_as}"),
                Some(view.span(i, i)),
            ));
        }
        out.issued.push(DateValue { raw, iso, calendar: found.calendar, span: Some(view.span(i, i)) });
    }
    out.warnings.extend(disagreement(&out.issued));
    out
}

/// The value of a memo line, label and separator removed.
fn memo_value(text: &str) -> Option<&str> {
    for label in MEMO_LABELS {
        let Some(lv) = after_label(text, label) else { continue };
        if label.starts_with("সূত্র") {
            return None;
        }
        let bare = matches!(*label, "নম্বর" | "নং" | "স্মারক");
        if bare && !lv.separated {
            return None;
        }
        let v = lv.value.trim_start_matches(['.', ':', 'ঃ', '-', ' ']);
        // A memo number has digits.
        let (number_part, _) = split_date_label(v);
        if number_part.chars().filter(|c| crate::text::is_digit(*c)).count() >= 3 {
            return Some(v);
        }
        return None;
    }
    None
}

/// `০৫.৪৩…২৭৮ তারিখ: ২৫/১০/২০২৩` → the memo part and the date part.
fn split_date_label(v: &str) -> (&str, Option<&str>) {
    match v.find("তারিখ") {
        Some(k) => {
            let (memo, rest) = v.split_at(k);
            let date = rest.trim_start_matches("তারিখ").trim_start_matches([':', 'ঃ', '-', ' ']);
            (memo.trim_end_matches([',', ';', ' ', '\t']), Some(date))
        }
        None => (v, None),
    }
}

/// The memo as printed (white space folded, trailing punctuation dropped) and its
/// number with ASCII digits and no white space.
fn memo(text: &str, span: Span) -> Option<Memo> {
    let raw = trim_end_chars(&clean(text), &['।', ',', ';']).to_string();
    if raw.is_empty() {
        return None;
    }
    let number: String = values::ascii_digits(&raw).chars().filter(|c| !c.is_whitespace()).collect();
    Some(Memo { raw, number, span: Some(span) })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Before,
    After,
}

/// The date-only lines next to the memo line, nearest first; an empty `তারিখ:`
/// label line is passed over. A table, or any other line, ends the run.
fn collect_date_lines(view: &View<'_>, at: usize, dir: Direction) -> Vec<usize> {
    let mut out = Vec::new();
    let limit = if dir == Direction::Before { DATE_LINES_BEFORE } else { DATE_LINES_AFTER };
    let mut prev = at;
    for step in 1..=limit {
        let i = match dir {
            Direction::Before => match at.checked_sub(step) {
                Some(i) => i,
                None => break,
            },
            Direction::After => at + step,
        };
        if i >= view.len() || view.is_claimed(i) {
            break;
        }
        let (a, b) = if dir == Direction::Before { (i, prev) } else { (prev, i) };
        if view.table_between(a, b) {
            break;
        }
        let t = view.text(i);
        if is_empty_date_label(t) {
            prev = i;
            continue;
        }
        if date_line(t).is_empty() {
            break;
        }
        out.push(i);
        prev = i;
    }
    out
}

fn is_empty_date_label(t: &str) -> bool {
    after_label(t, "তারিখ").is_some_and(|lv| lv.value.trim_matches([':', 'ঃ', ' ']).is_empty())
}

/// The dates of a line made only of dates, era words and separators, each with
/// its raw words (the date and the era word after it); empty otherwise.
fn date_line(text: &str) -> Vec<(FoundDate, String)> {
    let t = match after_label(text, "তারিখ") {
        Some(lv) => lv.value,
        None => text.trim(),
    };
    let found: Vec<FoundDate> = values::dates(t).into_iter().filter(|d| d.iso.is_some()).collect();
    if found.is_empty() || !only_dates(t, &found) {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(found.len());
    for (k, d) in found.iter().enumerate() {
        let end = found.get(k + 1).map_or(t.len(), |n| n.start);
        let raw = t.get(d.start..end).unwrap_or(&d.raw);
        let raw = trim_end_chars(raw, &['।', ',', ';', '/', '|']);
        out.push((d.clone(), clean(raw)));
    }
    out
}

/// Nothing but the dates, era words and separators in `t`.
fn only_dates(t: &str, found: &[FoundDate]) -> bool {
    let mut rest = String::new();
    let mut last = 0;
    for d in found {
        rest.push_str(t.get(last..d.start).unwrap_or(""));
        rest.push(' ');
        last = d.end;
    }
    rest.push_str(t.get(last..).unwrap_or(""));
    rest.split(|c: char| {
        c.is_whitespace() || matches!(c, '/' | ',' | '।' | '|' | '(' | ')' | '-' | ':' | 'ঃ')
    })
    .filter(|w| !w.is_empty())
    .all(|w| ERA_WORDS.contains(&w) || ERA_WORDS.contains(&w.trim_end_matches('.')))
}

/// `issued_dates_disagree` when the issue dates name different days.
fn disagreement(issued: &[DateValue]) -> Option<Warning> {
    let bangla = issued.iter().find(|d| d.calendar == Calendar::Bangla)?;
    let gregorian = issued.iter().find(|d| d.calendar == Calendar::Gregorian)?;
    (bangla.iso != gregorian.iso).then(|| {
        Warning::new(
            "issued_dates_disagree",
            format!(
                "Bangla issue date {} ({}) differs from Gregorian issue date {} ({})",
                bangla.raw, bangla.iso, gregorian.raw, gregorian.iso
            ),
            bangla.span.zip(gregorian.span).map(|(a, b)| a.to(b)),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn read_text(text: &str) -> MemoBlock {
        let d = doc(text);
        let mut v = View::new(&d);
        read(&mut v)
    }

    #[test]
    fn memo_label_forms() {
        assert_eq!(memo_value("নম্বর: ০৫.৪৩.০০০০.০১৭"), Some("০৫.৪৩.০০০০.০১৭"));
        assert_eq!(memo_value("স্মারক নং-০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬. ৭৩"), Some("০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬. ৭৩"));
        assert_eq!(memo_value("স্মারক নম্বর: ০৫.০০.০০০০.১৯৭"), Some("০৫.০০.০০০০.১৯৭"));
        assert_eq!(memo_value("স্মারক নং. ০৫.০০.০০০০.১৯৭"), Some("০৫.০০.০০০০.১৯৭"));
        assert_eq!(memo_value("নং ক্রমিক"), None);
        assert_eq!(memo_value("সূত্র: স্মারক নং ০৫.৪৩"), None);
        assert_eq!(memo_value("নম্বর বিহীন"), None);
    }

    #[test]
    fn memo_keeps_raw_and_gives_ascii_number() {
        let m = memo("০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬. ৭৩", Span::line(1)).unwrap();
        assert_eq!(m.raw, "০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬. ৭৩");
        assert_eq!(m.number, "05.43.6900.023.06.002.16.73");
    }

    #[test]
    fn memo_with_date_on_the_same_line() {
        let (memo, date) = split_date_label("০৫.৪৩.০০০০.০১৭ তারিখ: ২৫/১০/২০২৩");
        assert_eq!(memo, "০৫.৪৩.০০০০.০১৭");
        assert_eq!(date, Some("২৫/১০/২০২৩"));
    }

    #[test]
    fn issue_dates_before_the_memo_in_both_calendars() {
        let b = read_text(
            "ক খ\n\n৯ কার্তিক ১৪৩০ বঙ্গাব্দ\nতারিখ: ২৫ অক্টোবর ২০২৩ খ্রিস্টাব্দ\n\nনম্বর: ০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮\n\nবিতরণ:",
        );
        assert_eq!(b.memo.unwrap().number, "05.43.0000.017.02.001.23.278");
        let issued: Vec<(&str, &str)> = b.issued.iter().map(|d| (d.raw.as_str(), d.iso.as_str())).collect();
        assert_eq!(issued, [("৯ কার্তিক ১৪৩০ বঙ্গাব্দ", "2023-10-25"), ("২৫ অক্টোবর ২০২৩ খ্রিস্টাব্দ", "2023-10-25")]);
        assert!(b.warnings.is_empty());
    }

    #[test]
    fn issue_dates_after_an_empty_date_label_and_their_disagreement() {
        let b = read_text(
            "স্মারক নং-০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬. ৭৩\n\nতারিখ:\n\n২০ জ্যোতি, ১৪২৬\n২৮ মে, ২০১৯\n\nঅনুলিপি সদয় জ্ঞাতার্থে:",
        );
        let issued: Vec<(&str, &str)> = b.issued.iter().map(|d| (d.raw.as_str(), d.iso.as_str())).collect();
        assert_eq!(issued, [("২০ জ্যোতি, ১৪২৬", "2019-06-03"), ("২৮ মে, ২০১৯", "2019-05-28")]);
        let codes: Vec<&str> = b.warnings.iter().map(|w| w.code.as_str()).collect();
        assert_eq!(codes, ["month_read_by_closeness", "issued_dates_disagree"]);
    }

    #[test]
    fn a_signature_date_away_from_the_memo_is_not_an_issue_date() {
        let b = read_text("২৫-১০-২০২৩\n\nড. ক খ\nবিভাগীয় কমিশনার\n\nনম্বর: ০৫.৪৩.০০০০.০১৭\n\nবিতরণ:");
        assert!(b.issued.is_empty());
    }

    #[test]
    fn no_memo() {
        let b = read_text("সভার কার্যবিবরণী\n\nস্থান: সম্মেলন কক্ষ");
        assert!(b.memo.is_none() && b.issued.is_empty());
    }
}
