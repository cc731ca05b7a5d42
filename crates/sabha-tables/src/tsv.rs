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

use std::ops::Range;

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
        let indices = block_rows(lines, claimed, i);
        let last = indices.last().map_or(i, |&r| r);
        let rows: Vec<TabRow> =
            indices.into_iter().map(|index| TabRow::read(lines[index], index, first_line)).collect();
        for segment in split_at_new_tables(&rows) {
            if let Some(table) = accept(&rows[segment]) {
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

/// A tab row, read once: its cells as the table will keep them, and laid out
/// for the shape tests.
struct TabRow {
    index: usize,
    raw: RawRow,
    grid: GridRow,
}

impl TabRow {
    fn read(line: &str, index: usize, first_line: u32) -> TabRow {
        let span = Span::line(line_number(first_line, index));
        let cells = line
            .split('\t')
            .map(|cell| {
                let mut raw = RawCell::new(clean_cell_text(cell), span);
                raw.bold = is_bold_markup(cell);
                raw
            })
            .collect();
        let raw = RawRow { cells, span, header: false };
        let grid = shape::grid_row(&raw);
        TabRow { index, raw, grid }
    }

    fn width(&self) -> usize {
        self.grid.row.cells.len()
    }
}

/// Splits a block where a new table starts: before a row that is a strong
/// header different from the first row of the table so far (a repeated header
/// stays: it is dropped later), and at a blank line where the width changes and
/// either side is a key/value block (a meeting's header block standing over
/// another). A width change alone does not split: 000's last row is one cell
/// short, after a blank line. Gives the row ranges of the tables.
fn split_at_new_tables(rows: &[TabRow]) -> Vec<Range<usize>> {
    let mut segments = Vec::new();
    let mut segment_start = 0;
    let mut shape_so_far = KeyValueShape::default();
    let mut width_so_far = 0;
    for (position, row) in rows.iter().enumerate() {
        if position > segment_start {
            let first = &rows[segment_start].grid;
            let after_gap = row.index > rows[position - 1].index + 1;
            let new_header = shape::is_strong_header(&row.grid) && !shape::same_texts(first, &row.grid);
            let key_value_edge = after_gap && {
                let (group_shape, group_width) = group_shape(&rows[position..]);
                group_width != width_so_far && (shape_so_far.holds() || group_shape.holds())
            };
            if new_header || key_value_edge {
                segments.push(segment_start..position);
                segment_start = position;
                shape_so_far = KeyValueShape::default();
                width_so_far = 0;
            }
        }
        width_so_far = width_so_far.max(row.width());
        shape_so_far.add(&row.grid);
    }
    segments.push(segment_start..rows.len());
    segments
}

/// The key/value shape and width of the rows from `rows[0]` up to the next
/// blank line.
fn group_shape(rows: &[TabRow]) -> (KeyValueShape, usize) {
    let mut shape = KeyValueShape::default();
    let mut width = 0;
    for (k, row) in rows.iter().enumerate() {
        if k > 0 && row.index != rows[k - 1].index + 1 {
            break;
        }
        width = width.max(row.width());
        shape.add(&row.grid);
    }
    (shape, width)
}

fn accept(rows: &[TabRow]) -> Option<RawTable> {
    let span = rows.first()?.raw.span.to(rows.last()?.raw.span);
    let grid: Vec<GridRow> =
        rows.iter().map(|r| r.grid.clone()).filter(|g| !shape::is_rule_or_empty(g)).collect();
    if !shape::has_table_evidence(&grid) {
        return None;
    }
    Some(RawTable { span, rows: rows.iter().map(|r| r.raw.clone()).collect(), explicit_header: false })
}

#[cfg(test)]
mod tests {
    use crate::find_in_text as find;

    #[test]
    fn a_single_line_with_a_tab_is_not_a_table() {
        assert!(find("সভাপতি\tজনাব ক\n\nসভায় আলোচনা হয়।").is_empty());
    }

    #[test]
    fn indented_paragraphs_are_not_a_table() {
        assert!(find("\tসভায় আলোচনা হয়।\n\tসিদ্ধান্ত গৃহীত হয়।\n\tসভা শেষ হয়।").is_empty());
    }

    #[test]
    fn tab_spaced_signatures_are_not_a_table() {
        assert!(find("(মোঃ ক)\t\t\t(মোঃ খ)\nসচিব\t\t\tউপসচিব\nঢাকা\t\t\tঢাকা").is_empty());
    }

    #[test]
    fn a_numbered_list_is_not_a_table() {
        assert!(find("১।\tমন্ত্রিপরিষদ সচিব\n২।\tসচিব, অর্থ বিভাগ\n৩।\tজেলা প্রশাসক").is_empty());
    }

    #[test]
    fn a_new_header_starts_a_new_table() {
        let tables = find("ক্রম\tবিষয়\tসিদ্ধান্ত\n১\tক\tখ\nক্রম\tনাম\tপদবি\tস্বাক্ষর\n১\tগ\tঘ\t");
        assert_eq!(tables.len(), 2);
        assert_eq!((tables[1].span.start_line, tables[1].span.end_line), (3, 4));
    }

    #[test]
    fn blank_lines_and_rules_stay_inside_a_table() {
        let tables = find("ক্রম\tবিষয়\tসিদ্ধান্ত\n\n১\tক\tখ\n------\n২\tগ\tঘ\n\nপরিশেষে সভা শেষ হয়।");
        assert_eq!(tables.len(), 1);
        assert_eq!((tables[0].span.start_line, tables[0].span.end_line), (1, 5));
        assert_eq!(tables[0].rows.len(), 2);
    }

    #[test]
    fn a_key_value_block_over_a_table_is_split_off() {
        let tables = find("সভাপতি\tজনাব ক\nস্থান\tসম্মেলন কক্ষ\n\nজেলা\tপুরুষ\tমহিলা\nরাজশাহী\t১২০\t৯৮\nনাটোর\t৮৭\t৯০");
        assert_eq!(tables.len(), 2);
        assert!(tables[0].header.is_empty());
        assert_eq!(tables[1].header.len(), 1);
    }
}
