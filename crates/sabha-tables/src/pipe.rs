//! Markdown pipe tables.
//!
//! A *pipe row* starts with `|` (after indentation) and holds at least two `|`.
//! A GitHub-style row without the leading `|` (`a | b`) counts only next to a
//! delimiter row (`---|---`). A block is a run of pipe rows with no blank line
//! inside; blocks separated by blank lines are joined later if the second is a
//! continuation (see [`crate::append_continuation`]).
//!
//! The rows above the first delimiter row (`|---|:--:|`) are the header; a
//! delimiter row at the top means a header-less table; a header row of empty
//! cells (`| | | | |`, 004's continuation tables) is dropped, leaving the table
//! header-less. Later delimiter rows are rules and are skipped.
//!
//! Minimum evidence: a delimiter row and one other row, or two pipe rows of two
//! or more cells each.

use sabha_doc::Span;

use crate::raw::{RawCell, RawRow, RawTable, claim, line_number};
use crate::text::is_blank;

/// The delimiter row must come within this many rows for the rows above it to
/// be the header.
const MAX_HEADER_ROWS: usize = 3;

pub(crate) fn find(lines: &[&str], first_line: u32, claimed: &mut [bool]) -> Vec<RawTable> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let end = block_end(lines, claimed, i);
        if end == i {
            i += 1;
            continue;
        }
        if let Some(table) = read_block(&lines[i..end], line_number(first_line, i)) {
            claim(claimed, &table, first_line);
            tables.push(table);
        }
        i = end;
    }
    tables
}

/// The end (exclusive) of the pipe block starting at `start`; `start` if none.
fn block_end(lines: &[&str], claimed: &[bool], start: usize) -> usize {
    let free = |j: usize| j < lines.len() && !claimed[j] && !is_blank(lines[j]);
    if !free(start) {
        return start;
    }
    let opens = is_pipe_row(lines[start])
        || (free(start + 1) && lines[start].contains('|') && is_delimiter(lines[start + 1]));
    if !opens {
        return start;
    }
    let mut end = start + 1;
    let mut has_delimiter = is_delimiter(lines[start]);
    while free(end) {
        let line = lines[end];
        let delimiter = is_delimiter(line);
        if !(is_pipe_row(line) || delimiter || (has_delimiter && line.contains('|'))) {
            break;
        }
        has_delimiter |= delimiter;
        end += 1;
    }
    end
}

fn is_pipe_row(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('|') && t.matches('|').count() >= 2
}

/// `|---|:--:|`, `--- | ---`: every cell dashes with optional alignment colons.
fn is_delimiter(line: &str) -> bool {
    let only_rule_chars = line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'));
    if !only_rule_chars || !line.contains('-') || !line.contains('|') {
        return false;
    }
    let cells = split_cells(line);
    !cells.is_empty()
        && cells.iter().all(|c| {
            let c = c.trim();
            let inner = c.trim_start_matches(':').trim_end_matches(':');
            !inner.is_empty() && inner.chars().all(|ch| ch == '-')
        })
}

/// The cells of a pipe row: outer pipes dropped, split on `|` not escaped as `\|`.
pub(crate) fn split_cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = if t.ends_with('|') && !t.ends_with("\\|") { &t[..t.len() - 1] } else { t };
    let mut cells = Vec::new();
    let mut current = String::new();
    let mut from = 0;
    for (at, _) in t.match_indices('|') {
        let piece = &t[from..at];
        match piece.strip_suffix('\\') {
            Some(escaped) => {
                current.push_str(escaped);
                current.push('|');
            }
            None => {
                current.push_str(piece);
                cells.push(std::mem::take(&mut current));
            }
        }
        from = at + 1;
    }
    current.push_str(&t[from..]);
    cells.push(current);
    cells
}

fn read_block(lines: &[&str], first_number: u32) -> Option<RawTable> {
    let delimiter_at = lines.iter().position(|l| is_delimiter(l));
    let header_rows = delimiter_at.filter(|&d| d <= MAX_HEADER_ROWS);
    let mut rows = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if is_delimiter(line) {
            continue;
        }
        let span = Span::line(line_number(first_number, i));
        let cells = split_cells(line).iter().map(|cell| RawCell::from_markup(cell, span)).collect();
        rows.push(RawRow { cells, span, header: header_rows.is_some_and(|d| i < d) });
    }
    let has_evidence = match delimiter_at {
        Some(_) => !rows.is_empty(),
        None => rows.iter().filter(|r| r.cells.len() >= 2).count() >= 2,
    };
    if !has_evidence {
        return None;
    }
    let span =
        Span { start_line: first_number, end_line: line_number(first_number, lines.len().saturating_sub(1)) };
    Some(RawTable { span, rows, explicit_header: header_rows.is_some() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_split_on_unescaped_pipes() {
        assert_eq!(split_cells("| ক | খ |"), vec![" ক ", " খ "]);
        assert_eq!(split_cells("| a \\| b | c |"), vec![" a | b ", " c "]);
        assert_eq!(split_cells("a | b"), vec!["a ", " b"]);
        assert_eq!(split_cells("| | | | |"), vec![" ", " ", " ", " "]);
    }

    #[test]
    fn delimiter_rows() {
        assert!(is_delimiter("|---------|---|---|"));
        assert!(is_delimiter("| :-- | --: | :-: |"));
        assert!(is_delimiter("--- | ---"));
        assert!(!is_delimiter("| - ক | --- |"));
        assert!(!is_delimiter("-----"));
        assert!(!is_delimiter("| | |"));
    }
}

#[cfg(test)]
mod find_tests {
    use crate::find_in_text as find;

    #[test]
    fn one_pipe_row_is_not_a_table() {
        assert!(find("| সভাপতি | জনাব ক |\n\nসভা শেষ হয়।").is_empty());
    }

    #[test]
    fn prose_with_pipes_is_not_a_table() {
        assert!(find("মন্ত্রণালয় | বিভাগ | দপ্তর\nজেলা | উপজেলা").is_empty());
    }

    #[test]
    fn the_row_above_the_rule_is_the_header_even_if_it_reads_like_data() {
        let tables = find("| রাজশাহী | ১২০ |\n|---|---|\n| নাটোর | ৮৭ |");
        assert_eq!(tables[0].header.len(), 1);
        assert_eq!(tables[0].rows.len(), 1);
    }

    #[test]
    fn an_empty_header_row_leaves_the_table_without_header() {
        let tables = find("| | |\n|---|---|\n| নাটোর | ৮৭ |\n| বগুড়া | ৯০ |");
        assert!(tables[0].header.is_empty());
        assert_eq!(tables[0].rows.len(), 2);
    }

    #[test]
    fn a_header_only_table_is_kept() {
        let tables = find("| ক্রম | নাম |\n|---|---|");
        assert_eq!(tables.len(), 1);
        assert!(tables[0].rows.is_empty());
    }
}
