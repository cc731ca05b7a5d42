//! Joining a table continued after a page break.

use sabha_doc::{Row, Table};

use crate::shape::fix_rows;
use crate::text::{is_blank, is_page_furniture};

/// Appends `next` to `previous` if it continues it; gives `next` back otherwise.
///
/// `next` continues `previous` when both have the same number of columns and
/// `next` either has no header (a header-less continuation, 004's `| | | | |`
/// tables) or repeats the header of `previous` (a header printed again after a
/// page break). The continuation's rows take the columns of `previous`: a serial
/// run together with the first cell is split by the serial column of
/// `previous`, and raggedness is judged against its columns.
///
/// Whether the two are close enough (nothing but blank lines between them) is
/// for the caller to decide; [`crate::find_tables`] requires it.
pub fn append_continuation(previous: &mut Table, next: Table) -> Result<(), Table> {
    let same_width = !previous.columns.is_empty() && previous.columns.len() == next.columns.len();
    let repeats_header = same_rows(&previous.header, &next.header);
    if !same_width || !(next.header.is_empty() || repeats_header) {
        return Err(next);
    }
    let Table { span, mut rows, .. } = next;
    fix_rows(&mut rows, &previous.columns, true);
    previous.span = previous.span.to(span);
    previous.rows.extend(rows);
    Ok(())
}

fn same_rows(a: &[Row], b: &[Row]) -> bool {
    !a.is_empty() && a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_cells(x, y))
}

fn same_cells(a: &Row, b: &Row) -> bool {
    let texts = |r: &Row| -> Vec<String> {
        let mut t: Vec<String> = r.cells.iter().map(|c| c.text.clone()).collect();
        while t.last().is_some_and(String::is_empty) {
            t.pop();
        }
        t
    };
    texts(a) == texts(b)
}

/// Joins each table to the one before it when only blank lines (or a page
/// number) stand between them and it continues it.
pub(crate) fn join_continuations(tables: Vec<Table>, lines: &[&str], first_line: u32) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::with_capacity(tables.len());
    for table in tables {
        let Some(previous) = out.last_mut() else {
            out.push(table);
            continue;
        };
        if !only_blank_between(previous, &table, lines, first_line) {
            out.push(table);
            continue;
        }
        if let Err(table) = append_continuation(previous, table) {
            out.push(table);
        }
    }
    out
}

/// The lines strictly between the two tables are blank or page furniture.
fn only_blank_between(previous: &Table, next: &Table, lines: &[&str], first_line: u32) -> bool {
    let from = previous.span.end_line.saturating_add(1);
    let to = next.span.start_line;
    if to < from {
        return false;
    }
    (from..to).all(|number| {
        let index = number.saturating_sub(first_line) as usize;
        lines.get(index).is_none_or(|line| is_blank(line) || is_page_furniture(line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sabha_doc::{Cell, Column, ColumnRole, Span};

    fn row(cells: &[&str], line: u32) -> Row {
        let span = Span::line(line);
        Row { cells: cells.iter().map(|t| Cell::new(*t, span)).collect(), span, ragged: false }
    }

    fn table(header: &[&str], rows: &[&[&str]], first: u32) -> Table {
        let header_rows: Vec<Row> = if header.is_empty() { vec![] } else { vec![row(header, first)] };
        let start = if header.is_empty() { first } else { first + 1 };
        let rows: Vec<Row> = rows.iter().enumerate().map(|(i, r)| row(r, start + i as u32)).collect();
        let width = header.len().max(rows.first().map_or(0, |r| r.cells.len()));
        let role = |h: &str| if h == "ক্রম" { ColumnRole::Serial } else { ColumnRole::Unknown };
        let columns = (0..width)
            .map(|c| {
                let h = header.get(c).copied().unwrap_or("");
                Column { header: h.to_string(), role: role(h) }
            })
            .collect();
        let end = start + rows.len() as u32 - 1;
        Table { span: Span { start_line: first, end_line: end }, header: header_rows, rows, columns }
    }

    #[test]
    fn a_header_less_continuation_takes_the_columns_before_it() {
        let mut first = table(&["ক্রম", "বিষয়", "সিদ্ধান্ত"], &[&["১", "ক", "খ"]], 1);
        let next = table(&[], &[&["৮. ওয়েবপোর্টাল", "হালনাগাদ"], &["৯", "গ", "ঘ"]], 6);
        assert!(append_continuation(&mut first, next).is_err(), "two cells against three");
        let next = table(&[], &[&["২", "গ", "ঘ"], &["৩. সেবা", "দিতে হবে"]], 6);
        append_continuation(&mut first, next).unwrap();
        assert_eq!(first.rows.len(), 3);
        assert_eq!(first.span, Span { start_line: 1, end_line: 7 });
        let last: Vec<&str> = first.rows[2].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(last, vec!["৩", "সেবা", "দিতে হবে"], "split by the serial column of the table before");
    }

    #[test]
    fn a_repeated_header_continues_a_different_one_does_not() {
        let mut first = table(&["ক্রম", "বিষয়"], &[&["১", "ক"]], 1);
        assert!(append_continuation(&mut first, table(&["ক্রম", "বিষয়"], &[&["২", "খ"]], 5)).is_ok());
        assert!(append_continuation(&mut first, table(&["ক্রম", "নাম"], &[&["১", "গ"]], 9)).is_err());
        assert_eq!(first.rows.len(), 2);
    }

    #[test]
    fn only_blank_lines_or_a_page_number_between() {
        let lines = ["ক্রম\tবিষয়", "১\tক", "", "- ২ -", "", "২\tখ", "", "সভা শেষ।", "", "৩\tগ"];
        let tables = vec![
            table(&["ক্রম", "বিষয়"], &[&["১", "ক"]], 1),
            table(&[], &[&["২", "খ"]], 6),
            table(&[], &[&["৩", "গ"]], 10),
        ];
        let joined = join_continuations(tables, &lines, 1);
        assert_eq!(joined.len(), 2);
        assert_eq!(joined[0].rows.len(), 2);
    }
}
