//! Rows cut by a page break.
//!
//! A table that runs to the bottom of a page and goes on at the top of the next
//! comes back as two tables (the second takes the first one's columns; see
//! [`super::tables::find_tables`]). When the row at the bottom was cut by the
//! break, its rest at the top of the next page is joined back to it here, where
//! the geometry still shows it, so that every later step sees whole rows:
//!
//! - the continuation's first row starts with a piece that cannot start a word (a
//!   vowel sign: `য` / `়ে` — the break fell inside a word), or
//! - the page starts with lines in one column only, and that column held text on
//!   the table's last line (the rest of a long cell; nothing else of the table is
//!   on this page). A first column goes on this way only with such a piece.
//!
//! A continuation whose first cell is simply empty is left as the second table's
//! first row: whether it finishes the row above or starts one under a merged cell
//! is for the reader of the table to decide.

use sabha_doc::{GridCell, GridTable};

use super::join::{cannot_start_word, join_cell_lines, join_lines};
use super::tables::{ColumnGaps, MIN_ROW_GAP_STEP, TableRegion, column_at, gutter_middles};
use super::{Line, Segment};

/// A table that ran to the bottom of a page: its columns and the columns that held
/// text on its last line.
#[derive(Clone, Debug, PartialEq)]
pub struct Carried {
    pub columns: Vec<(f32, f32)>,
    pub open: Vec<usize>,
}

impl Carried {
    /// The last table of a page when it runs to the page's last line.
    pub fn from_page(regions: &[TableRegion], lines: &[Line]) -> Option<Carried> {
        let region = regions.last().filter(|r| r.lines.end == lines.len())?;
        let last = lines.get(region.lines.end.checked_sub(1)?)?;
        let boundaries = gutter_middles(&region.columns);
        let mut open: Vec<usize> =
            last.pieces.iter().map(|p| column_at(&boundaries, p.bbox.center_x())).collect();
        open.dedup();
        Some(Carried { columns: region.columns.clone(), open })
    }
}

/// The lines at the top of a page that are the rest of one cell of the carried
/// table (the second case of the module documentation), as a one-row table in
/// the carried columns; `None` when the page does not start so.
pub fn cut_cell_at_top(
    lines: &[Line],
    carried: &Carried,
    gaps: ColumnGaps,
    wrap_gap: Option<f32>,
) -> Option<TableRegion> {
    let boundaries = gutter_middles(&carried.columns);
    let column_of = |line: &Line| -> Option<usize> {
        let segments: Vec<Segment> = line.segments(gaps.column);
        let [segment] = segments.as_slice() else { return None };
        let nudge = 0.05 * line.height();
        let first = column_at(&boundaries, segment.x0 + nudge);
        (first == column_at(&boundaries, segment.x1 - nudge)).then_some(first)
    };
    let first = lines.first()?;
    let column = column_of(first).filter(|c| carried.open.contains(c))?;
    if column == 0 && !cannot_start_word(&first.text()) {
        return None;
    }
    let tight = wrap_gap.unwrap_or(0.1);
    let mut end = 1;
    while let (Some(line), Some(prev)) = (lines.get(end), lines.get(end - 1)) {
        let gap = (line.top - prev.bottom) / prev.height().max(line.height());
        if gap > tight + MIN_ROW_GAP_STEP || column_of(line) != Some(column) {
            break;
        }
        end += 1;
    }
    let texts: Vec<(String, usize)> = lines.get(..end)?.iter().map(|l| (l.text(), l.pieces.len())).collect();
    let mut row: Vec<GridCell> = (0..carried.columns.len()).map(|_| GridCell::new("")).collect();
    row.get_mut(column)?.text = join_cell_lines(&texts);
    Some(TableRegion {
        lines: 0..end,
        grid: GridTable { rows: vec![row] },
        columns: carried.columns.clone(),
        continues_row: true,
    })
}

/// True when `region`, at the top of a page under a carried table, starts with the
/// rest of the carried table's last row (the first case of the module
/// documentation).
pub fn starts_with_cut_row(region: &TableRegion, carried: &Carried) -> bool {
    region.lines.start == 0
        && region.columns == carried.columns
        && region
            .grid
            .rows
            .first()
            .and_then(|row| row.iter().find(|c| !c.text.trim().is_empty()))
            .is_some_and(|cell| cannot_start_word(cell.text.trim_start()))
}

/// Moves the first row of every region marked [`TableRegion::continues_row`] into
/// the last row of the table it continues (on an earlier page), when the two rows
/// have the same cells. `line_counts` are the pages' line counts.
pub fn join_cut_rows(pages: &mut [Vec<TableRegion>], line_counts: &[usize]) {
    // The table whose last row is open for a continuation: (page, region).
    let mut open: Option<(usize, usize)> = None;
    for page in 0..pages.len() {
        if let Some((p, r)) = open {
            move_first_row(pages, (page, 0), (p, r));
        }
        let count = line_counts.get(page).copied().unwrap_or(0);
        let Some(last) = pages.get(page).and_then(|regions| regions.len().checked_sub(1)) else {
            open = None;
            continue;
        };
        let runs_to_end = pages.get(page).and_then(|r| r.get(last)).filter(|r| r.lines.end == count);
        open = match runs_to_end {
            Some(region) if !region.grid.rows.is_empty() => Some((page, last)),
            // The whole region went into the table before: that one stays open.
            Some(_) if last == 0 => open,
            _ => None,
        };
    }
}

/// Moves the first row of region `from` into the last row of region `into`, if
/// `from` is marked as continuing a row and the rows line up.
fn move_first_row(pages: &mut [Vec<TableRegion>], from: (usize, usize), into: (usize, usize)) {
    let Some(region) = pages.get(from.0).and_then(|r| r.get(from.1)) else { return };
    if !region.continues_row || region.lines.start != 0 {
        return;
    }
    let Some(rest) = region.grid.rows.first().cloned() else { return };
    let Some(target) =
        pages.get_mut(into.0).and_then(|r| r.get_mut(into.1)).and_then(|r| r.grid.rows.last_mut())
    else {
        return;
    };
    let aligned =
        target.len() == rest.len() && target.iter().zip(&rest).all(|(a, b)| a.col_span == b.col_span);
    if !aligned {
        return;
    }
    for (cell, more) in target.iter_mut().zip(&rest) {
        cell.text = join_row_parts(&cell.text, &more.text);
    }
    if let Some(region) = pages.get_mut(from.0).and_then(|r| r.get_mut(from.1)) {
        region.grid.rows.remove(0);
    }
}

/// A cell's text before the break and after it, as wrapped lines of one cell.
fn join_row_parts(before: &str, after: &str) -> String {
    let words = |t: &str| t.split_whitespace().count();
    join_lines(&[(before.to_string(), words(before)), (after.to_string(), words(after))])
}

#[cfg(test)]
mod tests {
    use std::ops::Range;

    use super::*;
    use crate::layout::test_support::line;

    const COLUMNS: [(f32, f32); 5] =
        [(72.0, 82.0), (94.0, 195.0), (207.0, 330.0), (342.0, 435.0), (446.0, 502.0)];

    fn region(lines: Range<usize>, rows: &[&[&str]], continues_row: bool) -> TableRegion {
        TableRegion {
            lines,
            grid: GridTable {
                rows: rows.iter().map(|r| r.iter().map(|t| GridCell::new(*t)).collect()).collect(),
            },
            columns: COLUMNS.to_vec(),
            continues_row,
        }
    }

    fn texts(region: &TableRegion) -> Vec<Vec<String>> {
        region.grid.rows.iter().map(|r| r.iter().map(|c| c.text.clone()).collect()).collect()
    }

    #[test]
    fn the_open_columns_are_those_with_text_on_the_last_line() {
        let lines = vec![
            line(700.0, &[("৮.", 72.0, 82.0), ("জেলা", 94.0, 121.0), ("জেলা", 207.0, 234.0)]),
            line(715.9, &[("য", 72.0, 80.0), ("টাঙ্গাইল", 94.0, 131.0), ("নিজ", 164.0, 186.0)]),
        ];
        let carried =
            Carried::from_page(&[region(0..2, &[&["৮. য", "", "", "", ""]], false)], &lines).unwrap();
        assert_eq!(carried.open, [0, 1]);
        assert!(
            Carried::from_page(&[region(0..1, &[], false)], &lines).is_none(),
            "ends before the last line"
        );
    }

    #[test]
    fn lines_in_one_open_column_at_the_top_are_the_rest_of_its_cell() {
        let carried = Carried { columns: COLUMNS.to_vec(), open: vec![1] };
        let lines = vec![
            line(72.1, &[("অফিস-১০০%", 94.0, 162.0)]),
            line(88.0, &[("আওতাধীন", 94.0, 146.0), ("অফিসের", 149.0, 193.0)]),
            line(103.9, &[("১১%", 94.0, 118.0)]),
            line(346.0, &[("পরিশেষে", 72.0, 115.0), ("সভায়", 118.0, 500.0)]),
        ];
        let found = cut_cell_at_top(&lines, &carried, ColumnGaps::default(), Some(0.02)).unwrap();
        assert_eq!(found.lines, 0..3);
        assert_eq!(texts(&found), [vec!["", "অফিস-১০০% আওতাধীন অফিসের ১১%", "", "", ""]]);
        assert!(found.continues_row);
    }

    #[test]
    fn a_paragraph_at_the_top_or_a_column_without_text_above_is_no_rest() {
        let lines = vec![line(72.1, &[("অফিস-১০০%", 94.0, 162.0)])];
        let closed = Carried { columns: COLUMNS.to_vec(), open: vec![0, 2] };
        assert!(cut_cell_at_top(&lines, &closed, ColumnGaps::default(), None).is_none());
        let open = Carried { columns: COLUMNS.to_vec(), open: vec![1] };
        let wide = vec![line(72.1, &[("পরিশেষে", 72.0, 115.0), ("সভায়", 118.0, 500.0)])];
        assert!(cut_cell_at_top(&wide, &open, ColumnGaps::default(), None).is_none());
        // The first column goes on only with a piece that cannot start a word.
        let first = Carried { columns: COLUMNS.to_vec(), open: vec![0] };
        let heading = vec![line(72.1, &[("ক", 72.0, 80.0)])];
        assert!(cut_cell_at_top(&heading, &first, ColumnGaps::default(), None).is_none());
        let piece = vec![line(72.1, &[("়ে", 72.0, 80.0)])];
        assert!(cut_cell_at_top(&piece, &first, ColumnGaps::default(), None).is_some());
    }

    #[test]
    fn a_continuation_starting_inside_a_word_starts_with_a_cut_row() {
        let carried = Carried { columns: COLUMNS.to_vec(), open: vec![0] };
        let cut = region(0..3, &[&["়েবপোর্টাল", "দেখা যায়", "", "", ""]], false);
        assert!(starts_with_cut_row(&cut, &carried));
        let new_row = region(0..3, &[&["৯.", "সভা", "", "", ""]], false);
        assert!(!starts_with_cut_row(&new_row, &carried));
    }

    #[test]
    fn cut_rows_join_the_row_they_continue_across_pages() {
        let mut pages = vec![
            vec![region(
                10..20,
                &[&["৭.", "মাসিক", "ক", "খ", "গ"], &["৮. ওয", "জেলা ও", "জেলা", "১।", ""]],
                false,
            )],
            vec![region(0..40, &[&["়েবপোর্টাল", "দেখা যায়", "ওয়েব", "ইনোভেশন", ""]], true)],
            vec![
                region(0..16, &[&["", "অফিস-১০০%", "", "", ""]], true),
                region(30..35, &[&["১", "পরের", "টেবিল", "", ""]], false),
            ],
        ];
        join_cut_rows(&mut pages, &[20, 40, 50]);
        assert_eq!(
            texts(&pages[0][0])[1],
            ["৮. ওয়েবপোর্টাল", "জেলা ও দেখা যায় অফিস-১০০%", "জেলা ওয়েব", "১। ইনোভেশন", ""]
        );
        // Page 1's only region ran to its end and was emptied: page 2's rest joins
        // page 0's row too.
        assert!(pages[1][0].grid.rows.is_empty());
        assert!(pages[2][0].grid.rows.is_empty());
        assert_eq!(texts(&pages[2][1]), [vec!["১", "পরের", "টেবিল", "", ""]]);
    }

    #[test]
    fn rows_that_do_not_line_up_are_left_apart() {
        let mut pages = vec![
            vec![region(10..20, &[&["৮.", "জেলা"]], false)],
            vec![region(0..3, &[&["়েব", "দেখা", "যায়"]], true)],
        ];
        join_cut_rows(&mut pages, &[20, 30]);
        assert_eq!(pages[1][0].grid.rows.len(), 1);
    }
}
