//! Recovers the structure of tables in minutes: rows, cells and column roles.
//!
//! (Being built: see issue 4.)

use sabha_doc::{GridTable, Table};

/// Finds every table in `lines`, the lines of a text whose first line is number
/// `first_line`. Lines that belong to no table are left to the caller.
pub fn find_tables(lines: &[&str], first_line: u32) -> Vec<Table> {
    let _ = (lines, first_line);
    Vec::new()
}

/// Builds a [`Table`] from a grid a structured source gave (HTML, Word, page
/// geometry), whose rows were rendered one per line from `first_line` on.
pub fn table_from_grid(grid: &GridTable, first_line: u32) -> Table {
    let _ = grid;
    let span = sabha_doc::Span::line(first_line);
    Table { span, header: Vec::new(), rows: Vec::new(), columns: Vec::new() }
}
