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
