//! HTML `<table>` markup inside the text (markdown and text exports that kept a
//! table as HTML).
//!
//! A small tolerant scanner, not an HTML parser: it reads `<tr>`, `<td>`, `<th>`,
//! `<thead>`, `colspan` and `rowspan`, closes cells and rows that the markup
//! leaves open, carries a tag broken over lines, and keeps a nested table's words
//! in the cell that holds it. Everything else inside a cell (`<p>`, `<br>`,
//! `<b>`, entities) is cell text, cleaned by [`crate::clean_cell_text`].
//!
//! The table's span runs from the line of `<table` to the line of `</table>`
//! (for unclosed markup: to the last row or cell tag). Text before `<table` or
//! after `</table>` on those lines goes with the table.
//!
//! Minimum evidence: a row of two or more columns and a non-empty cell. A
//! one-column table is a layout box (a bordered note), not a table.

use sabha_doc::Span;

use crate::raw::{RawCell, RawRow, RawTable, claim, line_number};
use crate::text::tag_len;

/// A tag broken over lines is carried at most this far before its `<` is read
/// as text.
const MAX_PENDING_TAG: usize = 2000;

pub(crate) fn find(lines: &[&str], first_line: u32, claimed: &mut [bool]) -> Vec<RawTable> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(at) = (!claimed[i]).then(|| find_table_open(lines[i])).flatten() else {
            i += 1;
            continue;
        };
        let mut scanner = Scanner::new(first_line);
        let resume = scanner.scan(lines, claimed, i, at);
        if let Some(table) = scanner.finish(i) {
            claim(claimed, &table, first_line);
            tables.push(table);
        }
        i = resume.max(i + 1);
    }
    tables
}

/// The byte offset of `<table` (any case) followed by `>`, white space or the
/// line's end.
fn find_table_open(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(offset) = line[from..].find('<') {
        let at = from + offset;
        let name = bytes.get(at + 1..at + 6);
        let next = bytes.get(at + 6).copied();
        if name.is_some_and(|n| n.eq_ignore_ascii_case(b"table"))
            && next.is_none_or(|c| c == b'>' || c.is_ascii_whitespace() || c == b'/')
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

struct CellBuilder {
    raw: String,
    /// The length of `raw` at the end of the last line holding a tag: where an
    /// unclosed table's last cell ends.
    raw_at_last_tag: usize,
    start: usize,
    col_span: u16,
    row_span: u16,
    th: bool,
}

struct RowBuilder {
    cells: Vec<RawCell>,
    all_th: bool,
    start: usize,
    in_head: bool,
}

struct Scanner {
    first_line: u32,
    /// Nesting depth of `<table>`; 1 inside the outer table.
    depth: usize,
    rows: Vec<RawRow>,
    row: Option<RowBuilder>,
    cell: Option<CellBuilder>,
    in_head: bool,
    in_caption: bool,
    /// The last line (index) holding a table, row or cell tag of the outer table.
    last_tag_line: usize,
    done: bool,
}

impl Scanner {
    fn new(first_line: u32) -> Scanner {
        Scanner {
            first_line,
            depth: 0,
            rows: Vec::new(),
            row: None,
            cell: None,
            in_head: false,
            in_caption: false,
            last_tag_line: 0,
            done: false,
        }
    }

    /// Reads from line `start`, byte `at`, to the end of the table. Returns the
    /// index of the line to go on from.
    fn scan(&mut self, lines: &[&str], claimed: &[bool], start: usize, at: usize) -> usize {
        self.last_tag_line = start;
        let mut pending = String::new();
        let mut index = start;
        while index < lines.len() && !self.done {
            if index > start && claimed[index] {
                break;
            }
            let line = if index == start { &lines[index][at..] } else { lines[index] };
            let text = if pending.is_empty() {
                std::borrow::Cow::Borrowed(line)
            } else {
                std::borrow::Cow::Owned(format!("{}\n{}", std::mem::take(&mut pending), line))
            };
            pending = self.scan_text(&text, index);
            if pending.len() > MAX_PENDING_TAG {
                self.add_text(&std::mem::take(&mut pending));
            }
            self.add_text("\n");
            if self.last_tag_line == index {
                if let Some(cell) = &mut self.cell {
                    cell.raw_at_last_tag = cell.raw.len();
                }
            }
            index += 1;
        }
        index
    }

    /// Scans one line's text; returns an unfinished tag to carry to the next line.
    fn scan_text(&mut self, text: &str, line: usize) -> String {
        let mut rest = text;
        while !self.done {
            let Some(lt) = rest.find('<') else {
                self.add_text(rest);
                return String::new();
            };
            self.add_text(&rest[..lt]);
            let after = &rest[lt..];
            if let Some((len, name)) = tag_len(after) {
                self.tag(&after[..len], &name, line);
                rest = &after[len..];
            } else if opens_tag(after) && !after.contains('>') {
                return after.to_string();
            } else {
                self.add_text("<");
                rest = &after[1..];
            }
        }
        String::new()
    }

    fn add_text(&mut self, text: &str) {
        if self.in_caption {
            return;
        }
        if let Some(cell) = &mut self.cell {
            cell.raw.push_str(text);
        }
    }

    fn tag(&mut self, tag: &str, name: &str, line: usize) {
        let closing = tag.starts_with("</");
        if name == "table" {
            self.table_tag(tag, closing, line);
            return;
        }
        if self.depth > 1 || self.depth == 0 {
            self.add_text(tag);
            return;
        }
        match (name, closing) {
            ("tr", false) => {
                self.close_row(line);
                self.row =
                    Some(RowBuilder { cells: Vec::new(), all_th: true, start: line, in_head: self.in_head });
            }
            ("tr", true) => self.close_row(line),
            ("td" | "th", false) => {
                self.close_cell(line);
                if self.row.is_none() {
                    self.row = Some(RowBuilder {
                        cells: Vec::new(),
                        all_th: true,
                        start: line,
                        in_head: self.in_head,
                    });
                }
                self.cell = Some(CellBuilder {
                    raw: String::new(),
                    raw_at_last_tag: 0,
                    start: line,
                    col_span: span_attribute(tag, "colspan"),
                    row_span: span_attribute(tag, "rowspan"),
                    th: name == "th",
                });
            }
            ("td" | "th", true) => self.close_cell(line),
            ("thead", _) => self.in_head = !closing,
            ("caption", _) => self.in_caption = !closing,
            ("tbody" | "tfoot" | "colgroup" | "col", _) => {}
            _ => {
                self.add_text(tag);
                return;
            }
        }
        self.last_tag_line = line;
    }

    fn table_tag(&mut self, tag: &str, closing: bool, line: usize) {
        match (closing, self.depth) {
            (false, 0) => self.depth = 1,
            (false, _) => {
                self.depth += 1;
                self.add_text(tag);
            }
            (true, 0 | 1) => {
                self.close_row(line);
                self.depth = 0;
                self.done = true;
                self.last_tag_line = line;
            }
            (true, _) => {
                self.depth -= 1;
                self.add_text(tag);
            }
        }
    }

    fn close_cell(&mut self, line: usize) {
        let Some(cell) = self.cell.take() else { return };
        let span = self.span(cell.start, line);
        let raw = RawCell {
            col_span: cell.col_span,
            row_span: cell.row_span,
            ..RawCell::from_markup(&cell.raw, span)
        };
        if let Some(row) = &mut self.row {
            row.all_th &= cell.th;
            row.cells.push(raw);
        }
    }

    fn close_row(&mut self, line: usize) {
        self.close_cell(line);
        let Some(row) = self.row.take() else { return };
        if row.cells.is_empty() {
            return;
        }
        let span = self.span(row.start, line);
        self.rows.push(RawRow { cells: row.cells, span, header: row.all_th || row.in_head });
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start_line: line_number(self.first_line, start),
            end_line: line_number(self.first_line, end.max(start)),
        }
    }

    fn finish(mut self, start: usize) -> Option<RawTable> {
        let end = self.last_tag_line;
        // An unclosed table ends at its last tag: the text after it is not the
        // last cell's.
        if let Some(cell) = &mut self.cell {
            cell.raw.truncate(cell.raw_at_last_tag);
        }
        self.close_row(end);
        let widest = self
            .rows
            .iter()
            .map(|r| r.cells.iter().map(|c| usize::from(c.col_span.max(1))).sum::<usize>())
            .max();
        let has_text = self.rows.iter().any(|r| r.cells.iter().any(|c| !c.text.is_empty()));
        if widest.unwrap_or(0) < 2 || !has_text {
            return None;
        }
        let explicit_header = self.rows.first().is_some_and(|r| r.header);
        Some(RawTable { span: self.span(start, end), rows: self.rows, explicit_header })
    }
}

/// `<` followed by what starts a tag: an ASCII letter, `/` or `!`.
fn opens_tag(text: &str) -> bool {
    text.as_bytes().get(1).is_some_and(|&c| c.is_ascii_alphabetic() || c == b'/' || c == b'!')
}

/// The value of `colspan` / `rowspan` in a tag (quoted or not); 1 when absent or
/// not a positive number.
fn span_attribute(tag: &str, name: &str) -> u16 {
    let lower = tag.to_ascii_lowercase();
    let Some(at) = lower.find(name) else { return 1 };
    let rest = lower[at + name.len()..].trim_start();
    let Some(rest) = rest.strip_prefix('=') else { return 1 };
    let digits: String = rest
        .trim_start()
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(char::is_ascii_digit)
        .take(5)
        .collect();
    digits.parse::<u32>().ok().filter(|&n| n > 0).map_or(1, |n| u16::try_from(n).unwrap_or(u16::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_attributes() {
        assert_eq!(span_attribute("<td colspan=\"3\">", "colspan"), 3);
        assert_eq!(span_attribute("<TD ROWSPAN=2>", "rowspan"), 2);
        assert_eq!(span_attribute("<td colspan = '4' >", "colspan"), 4);
        assert_eq!(span_attribute("<td>", "colspan"), 1);
        assert_eq!(span_attribute("<td colspan=0>", "colspan"), 1);
        assert_eq!(span_attribute("<td colspan=x>", "colspan"), 1);
        assert_eq!(span_attribute("<td colspan=9999999>", "colspan"), u16::MAX);
    }

    #[test]
    fn table_open_needs_the_whole_name() {
        assert_eq!(find_table_open("ক <table>"), Some(4));
        assert_eq!(find_table_open("<TABLE border=1>"), Some(0));
        assert_eq!(find_table_open("<table"), Some(0));
        assert_eq!(find_table_open("<tables>"), None);
        assert_eq!(find_table_open("<tab"), None);
    }
}

#[cfg(test)]
mod find_tests {
    use crate::find_in_text as find;

    fn cells(t: &sabha_doc::Table) -> Vec<Vec<&str>> {
        t.header.iter().chain(&t.rows).map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn unclosed_cells_rows_and_table() {
        let tables = find("ভূমিকা\n<table>\n<tr><td>ক<td>খ\n<tr><td>গ<td>ঘ\n\nশেষ কথা");
        assert_eq!(cells(&tables[0]), vec![vec!["ক", "খ"], vec!["গ", "ঘ"]]);
        assert_eq!((tables[0].span.start_line, tables[0].span.end_line), (2, 4));
    }

    #[test]
    fn a_nested_table_stays_in_its_cell() {
        let tables = find(
            "<table><tr><td>ক</td><td><table><tr><td>১</td><td>২</td></tr></table></td></tr>\n<tr><td>খ</td><td>গ</td></tr></table>",
        );
        assert_eq!(cells(&tables[0]), vec![vec!["ক", "১ ২"], vec!["খ", "গ"]]);
    }

    #[test]
    fn a_tag_broken_over_lines_and_a_caption() {
        let tables = find(
            "<table><caption>সারণি ১</caption><tr><td\n colspan=\"2\">ক</td></tr>\n<tr><td>খ</td><td>গ</td></tr></table>",
        );
        let t = &tables[0];
        assert_eq!(t.header.len() + t.rows.len(), 2);
        assert_eq!(t.header.iter().chain(&t.rows).next().unwrap().cells[0].col_span, 2);
    }

    #[test]
    fn header_cells_mark_the_header() {
        let tables =
            find("<table><tr><th>জেলা</th><th>উপজেলা</th></tr><tr><td>রাজশাহী</td><td>পবা</td></tr></table>");
        assert_eq!(tables[0].header.len(), 1);
    }

    #[test]
    fn a_one_column_box_is_not_a_table() {
        assert!(find("<table><tr><td>নোট: সভা আগামী মাসে।</td></tr></table>").is_empty());
    }

    #[test]
    fn text_after_a_stray_less_than_sign_is_kept() {
        let tables =
            find("<table><tr><td>ক < খ</td><td>৫ <১০</td></tr><tr><td>গ</td><td>ঘ</td></tr></table>");
        assert_eq!(cells(&tables[0])[0], vec!["ক < খ", "৫ <১০"]);
    }
}
