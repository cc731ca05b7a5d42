//! What the data-table readers (decisions, attendees) need from a [`Table`]
//! beyond its cells: the role of each column — also when the header row is not
//! the table's first row (a Word table whose first row is a merged title
//! `গৃহীত সিদ্ধান্তসমূহ`) — and the text of cells merged down from above (HTML
//! `rowspan`, Word `vMerge`).

use sabha_doc::{ColumnRole, Row, Table};

/// How many leading rows may stand above a header row that was not recognised.
const MAX_ROWS_ABOVE_HEADER: usize = 3;

/// The most words a header cell has (`কর্মকর্তার নাম, পদবি ও কর্মস্থল`).
const MAX_HEADER_WORDS: usize = 6;

/// A table's columns by role and its data rows.
pub(crate) struct Grid<'a> {
    pub roles: Vec<ColumnRole>,
    /// The body rows that hold data (after a header found among them).
    pub rows: &'a [Row],
}

impl<'a> Grid<'a> {
    /// The roles the table found for its header, or — when it recognised none —
    /// those of the first rows that read as a header (two or more roles).
    pub fn of(table: &'a Table) -> Grid<'a> {
        let roles: Vec<ColumnRole> = table.columns.iter().map(|c| c.role).collect();
        if roles.iter().any(|r| *r != ColumnRole::Unknown) {
            return Grid { roles, rows: &table.rows };
        }
        for (k, row) in table.rows.iter().enumerate().take(MAX_ROWS_ABOVE_HEADER) {
            // Header cells are short; a data row's long texts may hold role words.
            if row.cells.iter().any(|c| crate::text::words(&c.text).len() > MAX_HEADER_WORDS) {
                continue;
            }
            let found: Vec<ColumnRole> =
                row.cells.iter().map(|c| sabha_tables::column_role(&c.text)).collect();
            if found.iter().filter(|r| **r != ColumnRole::Unknown).count() >= 2 {
                return Grid { roles: found, rows: table.rows.get(k + 1..).unwrap_or(&[]) };
            }
        }
        Grid { roles, rows: &table.rows }
    }

    pub fn column(&self, role: ColumnRole) -> Option<usize> {
        self.roles.iter().position(|r| *r == role)
    }

    pub fn is_unknown(&self, i: usize) -> bool {
        self.roles.get(i).is_some_and(|r| *r == ColumnRole::Unknown)
    }

    /// The text merged down into row `r`, column `c` by a cell above that spans
    /// rows (`rowspan`), if any.
    pub fn spanned_from_above(&self, r: usize, c: usize) -> Option<&'a str> {
        (0..r).rev().find_map(|above| {
            let cell = self.rows.get(above)?.cells.get(c)?;
            let reaches = above + usize::from(cell.row_span) > r;
            (cell.row_span > 1 && reaches && !cell.text.trim().is_empty()).then_some(cell.text.as_str())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sabha_doc::{Cell, Column, Span};

    fn row(cells: &[&str], n: u32) -> Row {
        Row {
            cells: cells.iter().map(|c| Cell::new(*c, Span::line(n))).collect(),
            span: Span::line(n),
            ragged: false,
        }
    }

    #[test]
    fn a_header_row_under_a_merged_title_row() {
        let columns = (0..3).map(|_| Column { header: String::new(), role: ColumnRole::Unknown }).collect();
        let table = Table {
            span: Span { start_line: 1, end_line: 3 },
            header: vec![],
            rows: vec![
                row(&["গৃহীত সিদ্ধান্তসমূহ", "", ""], 1),
                row(&["ক্রমিক", "আলোচ্য বিষয়", "সিদ্ধান্ত"], 2),
                row(&["১", "ক", "খ।"], 3),
            ],
            columns,
        };
        let g = Grid::of(&table);
        assert_eq!(g.column(ColumnRole::Decision), Some(2));
        assert_eq!(g.rows.len(), 1);
    }

    #[test]
    fn rowspan_text_reaches_the_rows_below() {
        let mut spanning = row(&["১", "বর্জ্য", "ক।"], 1);
        spanning.cells[1].row_span = 2;
        let table = Table {
            span: Span { start_line: 1, end_line: 3 },
            header: vec![],
            rows: vec![spanning, row(&["২", "", "খ।"], 2), row(&["৩", "", "গ।"], 3)],
            columns: (0..3).map(|_| Column { header: String::new(), role: ColumnRole::Decision }).collect(),
        };
        let g = Grid::of(&table);
        assert_eq!(g.spanned_from_above(1, 1), Some("বর্জ্য"));
        assert_eq!(g.spanned_from_above(2, 1), None);
    }
}
