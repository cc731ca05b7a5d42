//! Recovers the structure of tables in minutes: rows, cells and column roles.
//!
//! Most decisions in Bangladeshi minutes stand in a table (ক্রম | আলোচ্য বিষয় |
//! আলোচনা | সিদ্ধান্ত | বাস্তবায়নকারী); attendance lists and APA indicator tables
//! are tables too. Exports and OCR mangle them in many ways. This crate finds
//! them and gives each as a [`Table`]: its line span, header rows, body rows of
//! cells (words only, with their lines) and a [`ColumnRole`] per column, so that
//! the normalizer never has to guess at cell boundaries.
//!
//! Two entry points, one shaping:
//! - [`find_tables`] reads the cleaned text: tab-separated rows (Excel's quoted
//!   cells running over lines included), markdown pipe tables, pandoc grid tables
//!   (`+---+` borders, cells wrapped over lines) and box-drawing tables (`┌─┬─┐`,
//!   `║`, `╠═╬═╣`), HTML `<table>` markup and columns aligned with spaces
//!   (`pdftotext -layout`). Lines in no table are the caller's paragraphs.
//! - [`table_from_grid`] takes a grid a structured source gave (HTML, Word
//!   `w:tbl`, cells rebuilt from PDF geometry).
//!
//! Both then share the same rules: `colspan`/`rowspan` laid out on a grid (a
//! covered position is an empty cell, so `cells[i]` is column `i`); rule lines
//! (`-----`, `|---|`) and empty rows skipped; header rows found (several for a
//! grouped header such as 002's); the column-number row (`১ ২ ৩ ৪ ৫`, or 001's
//! partial `_ _ _ ৩ ৪`) dropped and used for the column count; a header repeated
//! after a page break dropped; a header-less continuation after blank lines
//! joined to the table before it ([`append_continuation`]); a serial run
//! together with the first cell (`৮. ওয়েবপোর্টাল হালনাগাদ`) split; rows with
//! fewer or more cells than the columns kept and flagged [`Row::ragged`].
//!
//! Each form needs its own minimum evidence before lines become a table; prose,
//! markdown hard breaks (two trailing spaces), a single line with a tab,
//! numbered distribution lists and signature blocks are not tables:
//!
//! | form | minimum evidence |
//! |---|---|
//! | HTML | `<table>` with a row of two or more columns and some text (a one-column box is layout) |
//! | pipe | a delimiter row (cells of `---`) and one more row, or two rows that start with a pipe and have two or more cells |
//! | grid, box | a border line (`+---+`, `┌───┐`), a wall row (`|`, `│`, `║`) and a closing border |
//! | tab | two rows with two or more non-empty cells; not a numbered list (first of two columns all `১।`, `২)`…); not tab layout (an always-empty inner column with at most two used columns) |
//! | space-aligned | two columns separated by a gutter that two lines (or the header, by three spaces) have a gap across; two lines of two or more texts; a row of two or more cells; for two columns, three such lines (or two known column names) and a left-aligned second column; not a numbered list |
//!
//! Column roles come from header words ([`column_role`]): serial, topic,
//! discussion, decision, responsible, deadline, remarks, and for people tables
//! name, designation, name-and-designation, phone, e-mail, phone-and-e-mail
//! (003's `মোবাইল ও ই-মেইল নম্বর`: one cell holding both, so its own role
//! [`ColumnRole::PhoneEmail`] tells the normalizer to read both), signature and
//! committee role. Unknown headers keep their text in [`Column::header`].
//!
//! A meeting's header block printed as `label<TAB>value` lines (000, 002's
//! Word export, 003; 001 as `label<TAB>:<TAB>value`) *is* returned as a
//! header-less table: the Word versions of the same minutes hold it as a
//! `w:tbl`, so the text and the Word paths agree. [`key_values`] reads such a
//! table as labels and values.
//!
//! ```
//! use sabha_doc::ColumnRole;
//! use sabha_tables::find_tables;
//!
//! let text = "সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n\
//!             \n\
//!             | ক্রম | আলোচ্য বিষয় | সিদ্ধান্ত |\n\
//!             |---|---|---|\n\
//!             | ১ | <p>ই-নথি</p> | **ই-নথি** চালু করতে হবে। |\n";
//! let lines: Vec<&str> = text.lines().collect();
//! let tables = find_tables(&lines, 1);
//! assert_eq!(tables.len(), 1);
//! let table = &tables[0];
//! assert_eq!((table.span.start_line, table.span.end_line), (3, 5));
//! assert_eq!(table.column(ColumnRole::Decision), Some(2));
//! assert_eq!(table.rows[0].cells[1].text, "ই-নথি");
//! assert_eq!(table.rows[0].cells[2].text, "ই-নথি চালু করতে হবে।");
//! ```
//!
//! [`Row::ragged`]: sabha_doc::Row::ragged
//! [`ColumnRole`]: sabha_doc::ColumnRole
//! [`ColumnRole::PhoneEmail`]: sabha_doc::ColumnRole::PhoneEmail
//! [`Column::header`]: sabha_doc::Column::header

mod aligned;
mod grid;
mod html;
mod kv;
mod merge;
mod pipe;
mod raw;
mod roles;
mod shape;
mod text;
mod tsv;

use sabha_doc::{GridTable, Span, Table};

pub use kv::{KeyValue, key_values};
pub use merge::append_continuation;
pub use roles::column_role;
pub use text::{clean_cell_text, fold_whitespace, is_page_furniture, is_total_label};

use raw::{RawCell, RawRow, RawTable, line_number};

/// Finds every table in `lines`, the lines of a text whose first line is number
/// `first_line`. Lines that belong to no table are left to the caller.
///
/// The text is the ingested text with its markup (`<p>`, `**`, `###`) still
/// present. Tables come back in document order and do not overlap; a table's
/// span covers its rows and the rule and blank lines between them.
///
/// Readers run in this order, each on the lines the earlier ones left: HTML
/// (its cells may hold `|` or tabs), grid and box drawing (`+---+`, `┌───┐`
/// borders; its rows would read as pipe rows, one per line), pipe, tab, space-aligned.
pub fn find_tables(lines: &[&str], first_line: u32) -> Vec<Table> {
    let mut claimed = vec![false; lines.len()];
    let mut raw_tables = html::find(lines, first_line, &mut claimed);
    raw_tables.extend(grid::find(lines, first_line, &mut claimed));
    raw_tables.extend(pipe::find(lines, first_line, &mut claimed));
    raw_tables.extend(tsv::find(lines, first_line, &mut claimed));
    raw_tables.extend(aligned::find(lines, first_line, &mut claimed));
    let mut tables: Vec<Table> = raw_tables.into_iter().filter_map(shape::shape).collect();
    tables.sort_by_key(|t| t.span.start_line);
    merge::join_continuations(tables, lines, first_line)
}

/// Builds a [`Table`] from a grid a structured source gave (HTML, Word, page
/// geometry), whose rows were rendered one per line from `first_line` on.
///
/// Cells follow HTML's layout rules: a cell covered by a `row_span` from above
/// or a `col_span` from the left is *not* listed again in the grid (Word's
/// `vMerge` continuation cells must be left out); it appears in the result as
/// an empty cell. Cell text is cleaned like text cells (`\n` between a cell's
/// paragraphs becomes a space). A grid with no text gives a table with no rows.
///
/// ```
/// use sabha_doc::{GridCell, GridTable};
/// use sabha_tables::table_from_grid;
///
/// let mut merged = GridCell::new("বিভাগীয় কমিশনার");
/// merged.row_span = 2;
/// let grid = GridTable {
///     rows: vec![
///         vec![GridCell::new("ক্রম"), GridCell::new("সিদ্ধান্ত"), GridCell::new("বাস্তবায়নকারী")],
///         vec![GridCell::new("১"), GridCell::new("সভা হবে।"), merged],
///         vec![GridCell::new("২"), GridCell::new("পত্র দিতে হবে।")],
///     ],
/// };
/// let table = table_from_grid(&grid, 10);
/// assert_eq!(table.rows[1].cells[2].text, "");
/// assert_eq!(table.filled_down()[1][2], "বিভাগীয় কমিশনার");
/// assert_eq!(table.rows[1].span.start_line, 12);
/// ```
pub fn table_from_grid(grid: &GridTable, first_line: u32) -> Table {
    let last_line = line_number(first_line, grid.rows.len().saturating_sub(1));
    let span = Span { start_line: first_line, end_line: last_line };
    let rows = grid
        .rows
        .iter()
        .enumerate()
        .map(|(i, cells)| {
            let line = Span::line(line_number(first_line, i));
            let cells = cells
                .iter()
                .map(|cell| RawCell {
                    col_span: cell.col_span,
                    row_span: cell.row_span,
                    ..RawCell::from_markup(&cell.text, line)
                })
                .collect();
            RawRow { cells, span: line, header: false }
        })
        .collect();
    let raw = RawTable { span, rows, explicit_header: false };
    shape::shape(raw).unwrap_or_else(|| shape::empty_table(span))
}

/// The tables of a whole text, numbered from line 1 (for tests).
#[cfg(test)]
pub(crate) fn find_in_text(text: &str) -> Vec<Table> {
    let lines: Vec<&str> = text.lines().collect();
    find_tables(&lines, 1)
}
