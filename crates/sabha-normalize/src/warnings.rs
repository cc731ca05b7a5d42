//! Warnings about the document itself (codes documented in the README):
//!
//! | code | when |
//! |---|---|
//! | `issued_dates_disagree` | the Bangla and Gregorian issue dates name different days (from [`crate::memo`]) |
//! | `month_read_by_closeness` | a garbled month name was read as the closest month (issue or meeting date) |
//! | `percentage_over_100` | a percentage above 100 anywhere in the text or its tables |
//! | `table_row_missing_cells` | a table row with fewer cells than the table has columns |
//! | `meeting_date_after_issue_date` | the meeting is dated after the minutes were issued |

use sabha_doc::{Span, Table, Warning};
use sabha_record::{DateValue, Meeting};

use crate::values;
use crate::view::View;

/// `percentage_over_100`, one per percentage above 100 in lines and cells.
pub(crate) fn percentages(view: &View<'_>) -> Vec<Warning> {
    let lines = view.lines.iter().map(|l| (l.text(), l.span()));
    let cells = view.tables.iter().flat_map(|(_, t)| {
        t.header.iter().chain(t.rows.iter()).flat_map(|r| r.cells.iter().map(|c| (c.text.as_str(), c.span)))
    });
    let mut out = Vec::new();
    for (text, span) in lines.chain(cells) {
        for p in values::percents(text) {
            if p.value > 100.0 {
                let context = text.get(p.start.saturating_sub(120)..p.end).unwrap_or(&p.raw);
                let context = context.trim_start_matches(|c: char| !c.is_whitespace()).trim();
                out.push(Warning::new(
                    "percentage_over_100",
                    format!("{} is over 100%: … {context}", p.raw),
                    Some(span),
                ));
            }
        }
    }
    out
}

/// `table_row_missing_cells` for every body row with fewer cells than columns
/// (rows left wholly empty are not reported).
pub(crate) fn ragged_rows(tables: &[(usize, &Table)]) -> Vec<Warning> {
    let mut out = Vec::new();
    for (_, t) in tables {
        let width = t.columns.len();
        for row in &t.rows {
            let filled = row.cells.iter().any(|c| !c.text.trim().is_empty());
            // One cell alone names a group or section of the rows below it
            // (`খ. খাদ্য মজুদ পরিস্থিতি`): nothing is missing from it.
            let group_row = row.cells.len() == 1;
            if row.cells.len() < width && filled && !group_row {
                out.push(Warning::new(
                    "table_row_missing_cells",
                    format!(
                        "table row at line {} has {} of {} cells",
                        row.span.start_line,
                        row.cells.len(),
                        width
                    ),
                    Some(row.span),
                ));
            }
        }
    }
    out
}

/// `meeting_date_after_issue_date` when the meeting day is later than the
/// earliest issue date.
pub(crate) fn meeting_after_issue(meeting: &Meeting, issued: &[DateValue]) -> Option<Warning> {
    let date = meeting.date.as_ref().filter(|d| d.iso.len() == 10)?;
    let first_issue = issued.iter().filter(|d| d.iso.len() == 10).min_by(|a, b| a.iso.cmp(&b.iso))?;
    (date.iso > first_issue.iso).then(|| {
        Warning::new(
            "meeting_date_after_issue_date",
            format!(
                "meeting date {} ({}) is after issue date {} ({})",
                date.raw, date.iso, first_issue.raw, first_issue.iso
            ),
            date.span.or(first_issue.span),
        )
    })
}

/// `month_read_by_closeness` for the meeting date.
pub(crate) fn meeting_month_closeness(meeting: &Meeting) -> Option<Warning> {
    let date = meeting.date.as_ref()?;
    let found = values::dates(&date.raw);
    let (printed, read_as) = found.iter().find_map(|d| d.closeness.clone())?;
    Some(Warning::new(
        "month_read_by_closeness",
        format!("meeting date month {printed} read as {read_as}"),
        date.span.or(Some(Span::line(0))).filter(|s| s.start_line > 0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;
    use sabha_record::Calendar;

    fn dv(iso: &str) -> DateValue {
        DateValue { raw: iso.to_string(), iso: iso.to_string(), calendar: Calendar::Gregorian, span: None }
    }

    #[test]
    fn meeting_after_issue_is_warned() {
        let m = Meeting { date: Some(dv("2023-10-27")), ..Meeting::default() };
        assert!(meeting_after_issue(&m, &[dv("2023-10-25")]).is_some());
        assert!(meeting_after_issue(&m, &[dv("2023-10-27")]).is_none());
        assert!(meeting_after_issue(&m, &[]).is_none());
        let month_only = Meeting { date: Some(dv("2023-11")), ..Meeting::default() };
        assert!(meeting_after_issue(&month_only, &[dv("2023-10-25")]).is_none());
    }

    #[test]
    fn short_rows_are_warned_empty_rows_not() {
        let d = doc("|@serial:ক্রম|@decision:সিদ্ধান্ত|@responsible:দায়িত্ব|\n|১|কাজ।|\n||||\n|খ. মজুদ|\n|২|কাজ।|ক|");
        let v = View::new(&d);
        let w = ragged_rows(&v.tables);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].code, "table_row_missing_cells");
        assert_eq!(w[0].span, Some(Span::line(2)));
    }
}
