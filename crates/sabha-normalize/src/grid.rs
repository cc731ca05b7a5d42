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
    /// The header text of each column (empty where the table has none).
    pub headers: Vec<String>,
    /// The body rows that hold data (after a header found among them).
    pub rows: &'a [Row],
}

impl<'a> Grid<'a> {
    /// The roles the table found for its header, or — when it recognised none —
    /// those of the first rows that read as a header (two or more roles).
    pub fn of(table: &'a Table) -> Grid<'a> {
        let roles: Vec<ColumnRole> = table.columns.iter().map(|c| role_of(c.role, &c.header)).collect();
        let headers: Vec<String> = table.columns.iter().map(|c| c.header.clone()).collect();
        if roles.iter().any(|r| *r != ColumnRole::Unknown) {
            return Grid { roles, headers, rows: &table.rows };
        }
        for (k, row) in table.rows.iter().enumerate().take(MAX_ROWS_ABOVE_HEADER) {
            // Header cells are short; a data row's long texts may hold role words.
            if row.cells.iter().any(|c| crate::text::words(&c.text).len() > MAX_HEADER_WORDS) {
                continue;
            }
            let found: Vec<ColumnRole> =
                row.cells.iter().map(|c| role_of(sabha_tables::column_role(&c.text), &c.text)).collect();
            if found.iter().filter(|r| **r != ColumnRole::Unknown).count() >= 2 {
                let headers = row.cells.iter().map(|c| c.text.clone()).collect();
                return Grid { roles: found, headers, rows: table.rows.get(k + 1..).unwrap_or(&[]) };
            }
        }
        Grid { roles, headers, rows: &table.rows }
    }

    /// A column header says the table lists people who are not attending: a
    /// beneficiary, candidate or applicant list (father's name, address, amount,
    /// roll number).
    pub fn lists_other_people(&self) -> bool {
        self.headers.iter().any(|h| {
            let ws = crate::text::words(h);
            ws.iter().any(|w| OTHER_PEOPLE_WORDS.iter().any(|o| w.starts_with(o)))
        })
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

/// Header words of lists of people who are not the meeting's attendees.
const OTHER_PEOPLE_WORDS: &[&str] = &[
    "পিতা",
    "স্বামী",
    "মাতা",
    "ঠিকানা",
    "গ্রাম",
    "বরাদ্দ",
    "টাকা",
    "বয়স",
    "রোল",
    "ভোট",
    "প্রার্থী",
    "উপকারভোগী",
    "আবেদনকারী",
    "এনআইডি",
    "পরিচয়পত্র",
    "জন্ম",
    "শিক্ষার্থী",
    "রোগী",
];

/// Words that make a header name a committee role, whatever else it says:
/// `পর্ষদে অবস্থান`, `কমিটিতে অবস্থান`, `সভায় ভূমিকা`.
const ROLE_WORDS: &[&str] = &["অবস্থান", "ভূমিকা"];

/// Bodies a member holds a post in: `বোর্ডে পদ`, `পরিষদে পদবি`, `সমিতির পদ`.
const BODY_WORDS: &[&str] = &["কমিটি", "পর্ষদ", "বোর্ড", "পরিষদ", "সমিতি", "বডি", "সিন্ডিকেট", "কাউন্সিল", "সংসদ"];

/// The role of a column, with the committee-role headers the table reader does not
/// know (`পর্ষদে অবস্থান`, `বোর্ডে পদ`) added.
fn role_of(role: ColumnRole, header: &str) -> ColumnRole {
    let ws = crate::text::words(header);
    // `অগ্রগতির অবস্থান`, `বর্তমান অবস্থান`: the state of work, not a role.
    let state_of_work = ws.iter().any(|w| ["অগ্রগতি", "বর্তমান", "বাস্তবায়ন"].iter().any(|s| w.starts_with(s)));
    let post = ws.iter().any(|w| ["পদ", "পদবি", "পদবী"].contains(w));
    let body = ws.iter().any(|w| BODY_WORDS.iter().any(|b| w.starts_with(b)));
    let committee_role = (1..=3).contains(&ws.len())
        && (ws.iter().any(|w| ROLE_WORDS.contains(w)) || post && body)
        && !state_of_work;
    if committee_role && matches!(role, ColumnRole::Unknown | ColumnRole::Designation) {
        ColumnRole::CommitteeRole
    } else {
        role
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
    fn committee_role_headers_and_lists_of_other_people() {
        assert_eq!(role_of(ColumnRole::Unknown, "পর্ষদে অবস্থান"), ColumnRole::CommitteeRole);
        assert_eq!(role_of(ColumnRole::Designation, "কমিটিতে অবস্থান"), ColumnRole::CommitteeRole);
        assert_eq!(role_of(ColumnRole::Unknown, "অগ্রগতির অবস্থান ও মন্তব্য সমূহ"), ColumnRole::Unknown);
        assert_eq!(role_of(ColumnRole::Unknown, "বর্তমান অবস্থান"), ColumnRole::Unknown);
        assert_eq!(role_of(ColumnRole::Designation, "বোর্ডে পদ"), ColumnRole::CommitteeRole);
        assert_eq!(role_of(ColumnRole::Designation, "পদবি"), ColumnRole::Designation);
        let columns = ["ক্রম", "নাম", "পিতার নাম", "মোবাইল"]
            .iter()
            .map(|h| Column { header: h.to_string(), role: sabha_tables::column_role(h) })
            .collect();
        let table = Table {
            span: Span::line(1),
            header: vec![],
            rows: vec![row(&["১", "ক", "খ", "০১৭"], 2)],
            columns,
        };
        assert!(Grid::of(&table).lists_other_people());
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
