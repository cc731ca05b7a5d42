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
use crate::shape::{self, GridRow, KeyValueShape};
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

/// Splits a block where a new table starts: before a row that is a strong
/// header different from the first row of the table so far (a repeated header
/// stays: it is dropped later), and at a blank line where the width changes and
/// either side is a key/value block (a meeting's header block standing over
/// another). A width change alone does not split: 000's last row is one cell
/// short, after a blank line.
fn split_before_new_headers(lines: &[&str], rows: &[usize], first_line: u32) -> Vec<Vec<RawRow>> {
    let grid_of = |index: usize| {
        let raw = raw_row(lines[index], line_number(first_line, index));
        let grid = shape::lay_out(vec![raw.clone()]).pop();
        grid.map(|g| (raw, g))
    };
    let mut segments: Vec<Vec<RawRow>> = Vec::new();
    let mut current: Vec<RawRow> = Vec::new();
    let mut current_first: Option<GridRow> = None;
    let mut current_shape = KeyValueShape::default();
    let mut current_width = 0;
    for (position, &index) in rows.iter().enumerate() {
        let Some((raw, grid)) = grid_of(index) else { continue };
        let after_gap = position > 0 && index > rows[position - 1] + 1;
        let starts_new = current_first.as_ref().is_some_and(|first| {
            (shape::is_strong_header(&grid) && !shape::same_texts(first, &grid))
                || (after_gap && {
                    let (after_shape, after_width) = group_shape(&rows[position..], &grid_of);
                    after_width != current_width && (current_shape.holds() || after_shape.holds())
                })
        });
        if starts_new {
            segments.push(std::mem::take(&mut current));
            current_first = None;
            current_shape = KeyValueShape::default();
            current_width = 0;
        }
        current_width = current_width.max(grid.row.cells.len());
        current_shape.add(&grid);
        current_first.get_or_insert(grid);
        current.push(raw);
    }
    segments.push(current);
    segments
}

/// The key/value shape and width of the rows from `rows[0]` up to the next
/// blank line.
fn group_shape(
    rows: &[usize],
    grid_of: &dyn Fn(usize) -> Option<(RawRow, GridRow)>,
) -> (KeyValueShape, usize) {
    let mut shape = KeyValueShape::default();
    let mut width = 0;
    for (k, &index) in rows.iter().enumerate() {
        if k > 0 && index != rows[k - 1] + 1 {
            break;
        }
        if let Some((_, grid)) = grid_of(index) {
            width = width.max(grid.row.cells.len());
            shape.add(&grid);
        }
    }
    (shape, width)
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
