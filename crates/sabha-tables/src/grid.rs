//! Pandoc / reStructuredText *grid* tables:
//!
//! ```text
//! +------+----------------------+
//! | ক্রম  | সিদ্ধান্ত              |
//! +======+======================+
//! | ১    | মেরামত কাজ সম্পন্ন      |
//! |      | করতে হবে।             |
//! +------+----------------------+
//! ```
//!
//! A row is every `|` line between two `+---+` border lines; a cell's text is its
//! pieces on those lines joined with a space, so a sentence (or a deadline such as
//! `৩০ সেপ্টেম্বর` / `২০২৪`) wrapped inside the cell reads whole again. The rows above
//! a `+===+` border are the header. Cells are split on `|` rather than on the
//! border's `+` columns: Bengali text padded by an editor rarely lines up with
//! them, the walls still do.
//!
//! Minimum evidence: a border line, a row, and a closing border.

use sabha_doc::Span;

use crate::pipe::split_cells;
use crate::raw::{RawCell, RawRow, RawTable, claim, line_number};
use crate::text::clean_cell_text;

pub(crate) fn find(lines: &[&str], first_line: u32, claimed: &mut [bool]) -> Vec<RawTable> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if claimed[i] || border(lines[i]).is_none() {
            i += 1;
            continue;
        }
        let end = block_end(lines, claimed, i);
        // A block without rows holds none in any part of it either: skip it whole
        // (no rescans of a long run of border lines).
        if let Some(table) = read_block(&lines[i..end], line_number(first_line, i)) {
            claim(claimed, &table, first_line);
            tables.push(table);
        }
        i = end.max(i + 1);
    }
    tables
}

/// What a border line separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Border {
    /// `+-----+-----+`: between rows.
    Row,
    /// `+=====+=====+`: under the header.
    Header,
}

/// `+---+---+`, `+===+===+`, `+:--+--:+`: a border line (two `+` or more, runs of
/// `-` or `=` between them).
fn border(line: &str) -> Option<Border> {
    let t = line.trim();
    if !t.starts_with('+') || !t.ends_with('+') || t.matches('+').count() < 2 || t.len() < 3 {
        return None;
    }
    if !t.chars().all(|c| matches!(c, '+' | '-' | '=' | ':')) {
        return None;
    }
    if t.contains('=') {
        Some(Border::Header)
    } else if t.contains('-') {
        Some(Border::Row)
    } else {
        None
    }
}

fn is_wall_line(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.ends_with('|') && t.len() > 1
}

/// The end (exclusive) of the run of border and wall lines starting at `start`.
fn block_end(lines: &[&str], claimed: &[bool], start: usize) -> usize {
    let mut end = start;
    while end < lines.len() && !claimed[end] && (border(lines[end]).is_some() || is_wall_line(lines[end])) {
        end += 1;
    }
    end
}

/// The rows of a grid block, from its first border to its last.
fn read_block(lines: &[&str], first_number: u32) -> Option<RawTable> {
    let last_border = lines.iter().rposition(|l| border(l).is_some())?;
    let lines = lines.get(..=last_border)?;
    let header_border = lines.iter().position(|l| border(l) == Some(Border::Header));
    let mut rows = Vec::new();
    let mut pending: Vec<(usize, &str)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if border(line).is_none() {
            pending.push((i, line));
            continue;
        }
        if let Some(row) = joined_row(&pending, first_number) {
            rows.push(RawRow { header: header_border.is_some_and(|h| i <= h), ..row });
        }
        pending.clear();
    }
    if rows.is_empty() {
        return None;
    }
    let span = Span { start_line: first_number, end_line: line_number(first_number, lines.len() - 1) };
    Some(RawTable { span, rows, explicit_header: header_border.is_some() })
}

/// The row the wall lines `pending` (index, text) make: cell `k` is the `k`-th
/// piece of every line, joined.
fn joined_row(pending: &[(usize, &str)], first_number: u32) -> Option<RawRow> {
    let (first, _) = *pending.first()?;
    let (last, _) = *pending.last()?;
    let span =
        Span { start_line: line_number(first_number, first), end_line: line_number(first_number, last) };
    let mut pieces: Vec<Vec<String>> = Vec::new();
    for (_, line) in pending {
        for (k, cell) in split_cells(line).into_iter().enumerate() {
            if pieces.len() <= k {
                pieces.resize_with(k + 1, Vec::new);
            }
            let piece = cell.trim();
            if !piece.is_empty() {
                pieces[k].push(piece.to_string());
            }
        }
    }
    let cells = pieces.iter().map(|p| RawCell::new(clean_cell_text(&p.join(" ")), span)).collect();
    Some(RawRow { cells, span, header: false })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find_in_text as find;
    use sabha_doc::ColumnRole;

    const GRID: &str = "+------+---------------+--------------+\n\
                        | ক্রম | সিদ্ধান্ত       | সময়সীমা      |\n\
                        +======+===============+==============+\n\
                        | ৩.১  | মেরামত কাজ    | ৩০ সেপ্টেম্বর |\n\
                        |      | করতে হবে।     | ২০২৪         |\n\
                        +------+---------------+--------------+\n\
                        | ৩.২  | তালিকা দিতে   | চলমান        |\n\
                        |      | হবে।          |              |\n\
                        +------+---------------+--------------+";

    #[test]
    fn borders() {
        assert_eq!(border("+---+---+"), Some(Border::Row));
        assert_eq!(border("  +===+:==+ "), Some(Border::Header));
        assert_eq!(border("+ ক +"), None);
        assert_eq!(border("+++"), None);
        assert_eq!(border("-----"), None);
    }

    #[test]
    fn wrapped_cells_join_and_the_header_is_above_the_double_border() {
        let tables = find(GRID);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.header.len(), 1);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].cells[1].text, "মেরামত কাজ করতে হবে।");
        assert_eq!(t.rows[0].cells[2].text, "৩০ সেপ্টেম্বর ২০২৪");
        assert_eq!((t.rows[1].span.start_line, t.rows[1].span.end_line), (7, 8));
        assert_eq!(t.column(ColumnRole::Decision), Some(1));
        assert_eq!(t.column(ColumnRole::Deadline), Some(2));
        assert_eq!((t.span.start_line, t.span.end_line), (1, 9));
    }

    #[test]
    fn a_grid_without_header_border_still_gives_rows() {
        let text = "+---+---+\n| ক | খ |\n+---+---+\n| গ | ঘ |\n+---+---+";
        let tables = find(text);
        assert_eq!(tables.len(), 1);
        let cells: Vec<&str> = tables[0]
            .header
            .iter()
            .chain(&tables[0].rows)
            .flat_map(|r| &r.cells)
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(cells, ["ক", "খ", "গ", "ঘ"]);
    }

    #[test]
    fn many_border_lines_without_rows_are_no_table() {
        let text = "+---+---+\n".repeat(5000);
        assert!(find(&text).is_empty());
    }

    #[test]
    fn a_lone_border_is_no_table() {
        assert!(find("+------+\nসভা শেষ হয়।").is_empty());
    }
}
