//! Tab-separated tables.
//!
//! A *tab row* is a non-blank line holding a tab; its cells are the text between
//! tabs (so `\t\t\t৩\t৪` has three empty cells first). A block is a run of tab
//! rows; blank lines and rule lines (`-----`) between them stay inside it (000
//! prints a blank line between rows, 003 between a page's rows and the repeated
//! header). A block is split before a row that is a new strong header.
//!
//! Minimum evidence: at least two rows with two or more non-empty cells, and
//! not a numbered list (two columns of which the first holds only list markers)
//! nor tab layout (an interior column empty in every row and at most two used
//! columns: two signatures pushed apart with tabs). A single line with a tab is
//! never a table.

use sabha_doc::Span;

use crate::raw::{RawCell, RawRow, RawTable, claim, is_bold_markup, line_number};
use crate::shape::{self, GridRow};
use crate::text::{clean_cell_text, is_blank, is_rule_text};

pub(crate) fn find(lines: &[&str], first_line: u32, claimed: &mut [bool]) -> Vec<RawTable> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if claimed[i] || !is_tab_row(lines[i]) {
            i += 1;
            continue;
        }
        let rows = block_rows(lines, claimed, i);
        let last = rows.last().map_or(i, |&r| r);
        for segment in split_before_new_headers(lines, &rows, first_line) {
            if let Some(table) = accept(segment) {
                claim(claimed, &table, first_line);
                tables.push(table);
            }
        }
        i = last + 1;
    }
    tables
}

fn is_tab_row(line: &str) -> bool {
    line.contains('\t') && !is_blank(line)
}

/// The line indices of the tab rows of the block starting at `start`.
fn block_rows(lines: &[&str], claimed: &[bool], start: usize) -> Vec<usize> {
    let mut rows = vec![start];
    for (j, line) in lines.iter().enumerate().skip(start + 1) {
        if claimed[j] {
            break;
        }
        if is_tab_row(line) {
            rows.push(j);
        } else if !(is_blank(line) || is_rule_text(line)) {
            break;
        }
    }
    rows
}

fn raw_row(line: &str, number: u32) -> RawRow {
    let span = Span::line(number);
    let cells = line
        .split('\t')
        .map(|cell| {
            let mut raw = RawCell::new(clean_cell_text(cell), span);
            raw.bold = is_bold_markup(cell);
            raw
        })
        .collect();
    RawRow { cells, span, header: false }
}

/// Splits a block before each row that is a strong header different from the
/// first row of the table so far (a repeated header stays: it is dropped later).
fn split_before_new_headers(lines: &[&str], rows: &[usize], first_line: u32) -> Vec<Vec<RawRow>> {
    let mut segments: Vec<Vec<RawRow>> = Vec::new();
    let mut current: Vec<RawRow> = Vec::new();
    let mut current_first: Option<GridRow> = None;
    for &index in rows {
        let raw = raw_row(lines[index], line_number(first_line, index));
        let grid = shape::lay_out(vec![raw.clone()]).pop();
        let Some(grid) = grid else { continue };
        let starts_new = current_first
            .as_ref()
            .is_some_and(|first| shape::is_strong_header(&grid) && !shape::same_texts(first, &grid));
        if starts_new {
            segments.push(std::mem::take(&mut current));
            current_first = None;
        }
        if current_first.is_none() {
            current_first = Some(grid);
        }
        current.push(raw);
    }
    segments.push(current);
    segments
}

fn accept(rows: Vec<RawRow>) -> Option<RawTable> {
    let first = rows.first()?.span;
    let last = rows.last()?.span;
    let grid = shape::grid_rows(rows.clone());
    if !shape::has_table_evidence(&grid) {
        return None;
    }
    Some(RawTable { span: first.to(last), rows, explicit_header: false })
}
