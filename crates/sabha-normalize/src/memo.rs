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
//! label and era words) directly before or after the memo line, and the dates on
//! the memo line itself, after `তারিখ` or after a gap (`… ২৪-৪১৫        ২৯ বৈশাখ
//! ১৪৩১`, the e-nothi layout with the dates stacked at the right). Signature dates
//! further away are not issue dates. A memo and its date may also stand in the cells
//! of a borderless layout table (HTML, Word).
//!
//! The memo number keeps what it is made of (`মেকৃব/প্রকা/৪১২/২০২৪/৮৮৭`: letters and
//! `/` segments) with its digits in ASCII. The memo printed again above the copies
//! (`…-৪১৫/১(৫০০)`) is the same memo: that line and its dates are taken too, so that
//! no other reader reads them.

use sabha_doc::{Span, Warning};
use sabha_record::{Calendar, DateValue, Memo};

use crate::text::{LabelValue, after_english_label, after_label, clean, is_english_label, trim_end_chars};
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

/// Reads the first memo (a line, or a cell of a layout table) and its issue dates;
/// their lines are claimed, and so are the lines that print the memo again.
pub(crate) fn read(view: &mut View<'_>) -> MemoBlock {
    let mut out = MemoBlock::default();
    let in_lines = (0..view.len()).find_map(|i| memo_line(view.text(i)).map(|m| (i, m)));
    let in_cells = memo_in_cells(view);
    let dated = match (in_lines, in_cells) {
        (Some((at, line)), cells)
            if cells.as_ref().is_none_or(|c| view.span(at, at).start_line < c.0.start_line) =>
        {
            out.memo = memo(line.memo, view.span(at, at));
            dates_around_line(view, at, line.dates)
        }
        (_, Some((span, memo_text, dated))) => {
            out.memo = memo(memo_text, span);
            dated
        }
        _ => return out,
    };
    for (span, found, raw) in dated {
        let Some(iso) = found.iso.clone() else { continue };
        if let Some((printed, read_as)) = &found.closeness {
            out.warnings.push(Warning::new(
                "month_read_by_closeness",
                format!("issue date month {printed} read as {read_as}"),
                Some(span),
            ));
        }
        out.issued.push(DateValue { raw, iso, calendar: found.calendar, span: Some(span) });
    }
    out.warnings.extend(disagreement(&out.issued));
    if let Some(m) = &out.memo {
        claim_repeats(view, &m.number);
    }
    out
}

/// A date with the span it stands on and its raw words.
type Dated = (Span, FoundDate, String);

/// The dates on the memo line `at` (`on_line`) and on the date-only lines around
/// it, in document order; those lines are claimed.
fn dates_around_line(view: &mut View<'_>, at: usize, on_line: Option<&str>) -> Vec<Dated> {
    view.claim(at);
    let mut dated: Vec<(usize, FoundDate, String)> = Vec::new();
    if let Some(d) = on_line {
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
    dated.into_iter().map(|(i, f, raw)| (view.span(i, i), f, raw)).collect()
}

/// How many rows below a memo cell may hold its dates.
const DATE_ROWS_AFTER: usize = 2;

/// The first memo in a cell of a table (a borderless layout table: `স্মারক নং: …` in
/// one cell, `তারিখ: …` in the next), with its span, its text and the dates in its
/// row and the rows right below.
fn memo_in_cells<'a>(view: &View<'a>) -> Option<(Span, &'a str, Vec<Dated>)> {
    for (_, table) in &view.tables {
        let rows: Vec<&sabha_doc::Row> = table.header.iter().chain(table.rows.iter()).collect();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.cells.iter().enumerate() {
                let Some(MemoLine { memo: memo_text, dates: same_cell }) = memo_line(&cell.text) else {
                    continue;
                };
                let mut dated: Vec<Dated> = Vec::new();
                let mut add = |text: &str, span: Span| {
                    dated.extend(date_line(text).into_iter().map(|(f, raw)| (span, f, raw)));
                };
                if let Some(d) = same_cell {
                    add(d, cell.span);
                }
                for other in row.cells.iter().skip(c + 1) {
                    add(&other.text, other.span);
                }
                for below in rows.iter().skip(r + 1).take(DATE_ROWS_AFTER) {
                    for other in &below.cells {
                        add(&other.text, other.span);
                    }
                }
                return Some((cell.span, memo_text, dated));
            }
        }
    }
    None
}

/// Claims every later line that prints the memo `number` again (`…-৪১৫/১(৫০০)`
/// above the copies), with the dates beside it.
fn claim_repeats(view: &mut View<'_>, number: &str) {
    let repeats: Vec<usize> = (0..view.len())
        .filter(|&i| !view.is_claimed(i))
        .filter(|&i| {
            memo_line(view.text(i))
                .and_then(|line| memo(line.memo, Span::line(0)))
                .is_some_and(|m| m.number.starts_with(number))
        })
        .collect();
    for at in repeats {
        for i in collect_date_lines(view, at, Direction::Before).into_iter().chain(collect_date_lines(
            view,
            at,
            Direction::After,
        )) {
            view.claim(i);
        }
        view.claim(at);
    }
}

/// A memo line: the memo as printed and the dates printed with it on the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MemoLine<'a> {
    memo: &'a str,
    dates: Option<&'a str>,
}

/// Reads a memo line in either order: `স্মারক নং: … তারিখ: …` (or the date after a gap)
/// and `তারিখ: …  স্মারক নং: …`.
fn memo_line(text: &str) -> Option<MemoLine<'_>> {
    let text = after_english_label(text);
    if let Some(value) = memo_value(text) {
        let (memo, dates) = split_date_label(value);
        return Some(MemoLine { memo, dates });
    }
    let dated = after_label(text, "তারিখ").filter(|lv| lv.separated)?.value;
    let at = dated.find("স্মারক")?;
    let memo = split_date_label(memo_value(dated.get(at..)?)?).0;
    Some(MemoLine { memo, dates: Some(dated.get(..at)?.trim_end_matches([',', ';', ' ', '/', '|'])) })
}

/// `…২৪-৩১২    Date /` before `তারিখ`: the English label ends the memo's part.
fn before_english_label(memo: &str) -> &str {
    let Some(head) = memo.strip_suffix('/') else { return memo };
    let head = head.trim_end();
    let Some(at) = head.rfind(char::is_whitespace) else { return memo };
    let (number, english) = head.split_at(at);
    if is_english_label(english) { number.trim_end() } else { memo }
}

/// The value of a memo line, label and separator removed.
fn memo_value(text: &str) -> Option<&str> {
    for label in MEMO_LABELS {
        let Some(lv) = after_label(text, label).or_else(|| after_memo_number_word(text, label)) else {
            continue;
        };
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

/// `স্মারক নং-সাপৌ/সাধা/২০২৪/৭৮৮`: after `স্মারক নং` / `স্মারক নম্বর` a hyphen separates
/// the memo even when the memo starts with the office's initials (elsewhere a
/// hyphen before letters joins a compound word).
fn after_memo_number_word<'a>(text: &'a str, label: &str) -> Option<LabelValue<'a>> {
    if !label.starts_with("স্মারক") || !(label.ends_with("নং") || label.ends_with("নম্বর"))
    {
        return None;
    }
    let rest = text.strip_prefix(label)?.strip_prefix(['-', '–'])?;
    Some(LabelValue { separated: true, value: rest.trim() })
}

/// `০৫.৪৩…২৭৮ তারিখ: ২৫/১০/২০২৩` → the memo part and the date part; also when the
/// date follows the memo without a label (`…২৪-৪১৫  ২৯ বৈশাখ ১৪৩১`).
fn split_date_label(v: &str) -> (&str, Option<&str>) {
    if let Some(k) = v.find("তারিখ") {
        let (memo, rest) = v.split_at(k);
        let date = rest.trim_start_matches("তারিখ").trim_start_matches([':', 'ঃ', '-', ' ']);
        return (before_english_label(memo.trim_end_matches([',', ';', ' ', '\t'])), Some(date));
    }
    let unlabelled = values::dates(v).into_iter().find(|d| {
        d.names_a_day()
            && v.get(..d.start).is_some_and(|before| {
                before.ends_with(char::is_whitespace)
                    && before.chars().filter(|c| crate::text::is_digit(*c)).count() >= 3
            })
    });
    match unlabelled {
        Some(d) => {
            let (memo, date) = v.split_at(d.start);
            (memo.trim_end_matches([',', ';', ' ', '\t', '/']), Some(date))
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
        assert_eq!(memo_value("স্মারক নং-সাপৌ/সাধা/২০২৪/৭৮৮"), Some("সাপৌ/সাধা/২০২৪/৭৮৮"));
        assert_eq!(memo_value("স্মারক নম্বর–জেশিঅ/সভা/৪৪৫"), Some("জেশিঅ/সভা/৪৪৫"));
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
    fn the_date_before_the_memo_on_one_line() {
        let line = memo_line("তারিখ: ১২/০৫/২০২৪ খ্রিঃ স্মারক নং: ০৫.৪৪.২৭০০.০০৩.২৪-১৯০").unwrap();
        assert_eq!(
            line,
            MemoLine {
                memo: "০৫.৪৪.২৭০০.০০৩.২৪-১৯০", dates: Some("১২/০৫/২০২৪ খ্রিঃ")
            }
        );
        assert_eq!(memo_line("তারিখ: ১২/০৫/২০২৪ খ্রিঃ"), None);
    }

    #[test]
    fn memo_with_date_on_the_same_line() {
        let (memo, date) = split_date_label("০৫.৪৩.০০০০.০১৭ তারিখ: ২৫/১০/২০২৩");
        assert_eq!(memo, "০৫.৪৩.০০০০.০১৭");
        assert_eq!(date, Some("২৫/১০/২০২৩"));
    }

    #[test]
    fn memo_with_letters_and_a_date_after_a_gap() {
        let m = memo("মেকৃব/প্রকা/বোস/৪১২/২০২৪/ ৮৮৭", Span::line(1)).unwrap();
        assert_eq!(m.number, "মেকৃব/প্রকা/বোস/412/2024/887");
        let (memo, date) = split_date_label("৪৬.০০.০০০০.০৬৩.০৬.০০১.২৪-৪১৫ ২৯ বৈশাখ ১৪৩১");
        assert_eq!((memo, date), ("৪৬.০০.০০০০.০৬৩.০৬.০০১.২৪-৪১৫", Some("২৯ বৈশাখ ১৪৩১")));
        assert_eq!(split_date_label("জেশিঅ/কুমি/সভা/২০২৪/৪৪৫"), ("জেশিঅ/কুমি/সভা/২০২৪/৪৪৫", None));
    }

    #[test]
    fn e_nothi_dates_stacked_at_the_right() {
        let b = read_text("নম্বর: ৪৬.০০.০০০০.০৬৩.০৬.০০১.২৪-৪১৫ ২৯ বৈশাখ ১৪৩১\nতারিখ:\n১২ মে ২০২৪\n\nবিতরণ:");
        let issued: Vec<(&str, &str)> = b.issued.iter().map(|d| (d.raw.as_str(), d.iso.as_str())).collect();
        assert_eq!(issued, [("২৯ বৈশাখ ১৪৩১", "2024-05-12"), ("১২ মে ২০২৪", "2024-05-12")]);
        assert_eq!(b.memo.unwrap().raw, "৪৬.০০.০০০০.০৬৩.০৬.০০১.২৪-৪১৫");
    }

    #[test]
    fn the_memo_repeated_above_the_copies_is_the_same_memo() {
        let d = doc(
            "স্মারক নং: জেশিঅ/সভা/২০২৪/৪৪৫ তারিখ: ০৮/০৮/২০২৪\n\nসভার কার্যবিবরণী\n\nস্মারক নং: জেশিঅ/সভা/২০২৪/৪৪৫/১(৫০০) তারিখ: ০৯/০৮/২০২৪\n\nঅনুলিপি:",
        );
        let mut v = View::new(&d);
        let b = read(&mut v);
        assert_eq!(b.issued.len(), 1);
        assert!(v.is_claimed(2), "the repeated memo line is taken");
        assert!(!v.is_claimed(1));
    }

    #[test]
    fn memo_and_date_in_a_layout_table() {
        let b = read_text(
            "সভার কার্যবিবরণী\n\n|স্মারক নং: উপ্রপ্রবি/রেজি/৫৬/২০২৪/৩১২|তারিখ: ২০ মে ২০২৪ খ্রিস্টাব্দ|\n\nবিতরণ:",
        );
        assert_eq!(b.memo.unwrap().number, "উপ্রপ্রবি/রেজি/56/2024/312");
        assert_eq!(b.issued[0].iso, "2024-05-20");
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
    fn bilingual_memo_and_date_labels() {
        let line =
            memo_line("Memo No. / স্মারক নং: ০৯.০০.০০০০.১২৩.২৪-৩১২        Date / তারিখ: ১৮ নভেম্বর ২০২৪ খ্রিঃ")
                .unwrap();
        assert_eq!(line.memo, "০৯.০০.০০০০.১২৩.২৪-৩১২");
        assert_eq!(line.dates, Some("১৮ নভেম্বর ২০২৪ খ্রিঃ"));
        // A memo whose own segments hold letters keeps them.
        assert_eq!(memo_line("স্মারক নং: ইআরডি/জাপান/২০২৪/৩১২").unwrap().memo, "ইআরডি/জাপান/২০২৪/৩১২");
        assert_eq!(after_english_label("সূত্র/ক"), "সূত্র/ক");
        assert_eq!(before_english_label("ERD/JP/2024/"), "ERD/JP/2024/");
    }

    #[test]
    fn no_memo() {
        let b = read_text("সভার কার্যবিবরণী\n\nস্থান: সম্মেলন কক্ষ");
        assert!(b.memo.is_none() && b.issued.is_empty());
    }
}
