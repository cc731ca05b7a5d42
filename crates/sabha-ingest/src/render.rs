//! Drafts (what HTML, DOCX and the page layout of PDF/OCR give) to the document text
//! and its numbered blocks.
//!
//! The text has one line per paragraph line and a blank line between blocks; a table
//! row is one line, its cells separated by TAB (a cell spanning columns is followed by
//! empty cells, a column covered by a cell spanning rows from above is empty; line
//! breaks inside a cell become spaces). Every line goes through the same
//! [`Normalizer`] as text files.

use sabha_doc::{Block, Draft, GridCell, GridTable, Line, Paragraph};
use sabha_tables::fold_whitespace;

use crate::normalize::Normalizer;

/// Tables wider than this (after column spans) are cut: no real minutes come close.
const MAX_COLUMNS: usize = 512;

pub(crate) struct Rendered {
    pub text: String,
    pub blocks: Vec<Block>,
}

/// Renders drafts. `normalizer` cleans every line and gathers warnings.
pub(crate) fn render(drafts: &[Draft], normalizer: &mut Normalizer) -> Rendered {
    let mut out = Output::default();
    for draft in drafts {
        match draft {
            Draft::Paragraph { lines, heading, bold } => out.paragraph(lines, *heading, *bold, normalizer),
            Draft::Table(grid) => out.table(grid, normalizer),
            Draft::PageBreak => {}
        }
    }
    let mut text = out.lines.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    Rendered { text, blocks: out.blocks }
}

#[derive(Default)]
struct Output {
    lines: Vec<String>,
    blocks: Vec<Block>,
}

impl Output {
    /// The number the next line will get, after the blank line that separates blocks.
    fn start_block(&mut self) -> u32 {
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        self.next_number()
    }

    fn next_number(&self) -> u32 {
        u32::try_from(self.lines.len() + 1).unwrap_or(u32::MAX)
    }

    fn paragraph(&mut self, raw_lines: &[String], heading: u8, bold: bool, normalizer: &mut Normalizer) {
        let mut current: Vec<Line> = Vec::new();
        for raw in raw_lines.iter().flat_map(|l| l.split('\n')) {
            let number = if current.is_empty() { self.peek_block_start() } else { self.next_number() };
            let clean = normalizer.line(raw, Some(number));
            let words = fold_whitespace(&clean);
            if words.is_empty() {
                // An empty line splits the paragraph: a paragraph has no blank lines.
                self.push_paragraph(std::mem::take(&mut current));
                continue;
            }
            if current.is_empty() {
                self.start_block();
            }
            current.push(Line { number: self.next_number(), text: words, heading, bold });
            self.lines.push(fold_spaces(clean.trim()));
        }
        self.push_paragraph(current);
    }

    /// The number the first line of a new block would get.
    fn peek_block_start(&self) -> u32 {
        let blank = usize::from(!self.lines.is_empty());
        u32::try_from(self.lines.len() + 1 + blank).unwrap_or(u32::MAX)
    }

    fn push_paragraph(&mut self, lines: Vec<Line>) {
        if !lines.is_empty() {
            self.blocks.push(Block::Paragraph(Paragraph { lines }));
        }
    }

    fn table(&mut self, grid: &GridTable, normalizer: &mut Normalizer) {
        let first_line = self.peek_block_start();
        let cleaned: Vec<Vec<GridCell>> = grid
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let number = first_line.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
                row.iter()
                    .map(|cell| GridCell {
                        text: clean_cell(&cell.text, number, normalizer),
                        col_span: cell.col_span.max(1),
                        row_span: cell.row_span.max(1),
                    })
                    .collect()
            })
            .collect();
        let grid = without_empty_rows(cleaned);
        if grid.rows.is_empty() {
            return;
        }
        self.start_block();
        for line in row_lines(&grid) {
            self.lines.push(line);
        }
        self.blocks.push(Block::Table(sabha_tables::table_from_grid(&grid, first_line)));
    }
}

/// Drops rows with no text (they would print as blank lines and carry nothing),
/// shortening the row spans that crossed them.
fn without_empty_rows(rows: Vec<Vec<GridCell>>) -> GridTable {
    let mut kept: Vec<Vec<GridCell>> = Vec::with_capacity(rows.len());
    // Cells spanning rows below them: (row in `kept`, cell, rows still to cover).
    let mut spanning: Vec<(usize, usize, u16)> = Vec::new();
    for row in rows {
        if row.iter().all(|c| c.text.is_empty()) {
            for (r, c, left) in spanning.iter_mut() {
                if let Some(cell) = kept.get_mut(*r).and_then(|row| row.get_mut(*c)) {
                    cell.row_span = cell.row_span.saturating_sub(1).max(1);
                }
                *left = left.saturating_sub(1);
            }
        } else {
            for (_, _, left) in &mut spanning {
                *left = left.saturating_sub(1);
            }
            let r = kept.len();
            spanning.extend(
                row.iter()
                    .enumerate()
                    .filter(|(_, c)| c.row_span > 1)
                    .map(|(c, cell)| (r, c, cell.row_span - 1)),
            );
            kept.push(row);
        }
        spanning.retain(|&(_, _, left)| left > 0);
    }
    GridTable { rows: kept }
}

/// Runs of spaces become one space; TABs (column separators in Word paragraphs) stay.
fn fold_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

fn clean_cell(text: &str, number: u32, normalizer: &mut Normalizer) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| fold_whitespace(&normalizer.line(line, Some(number))))
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

/// One TAB-separated line per row, with spanned columns laid out.
fn row_lines(grid: &GridTable) -> Vec<String> {
    // Columns still covered by a cell from a row above: how many rows more.
    let mut covered: Vec<u16> = Vec::new();
    let mut lines = Vec::with_capacity(grid.rows.len());
    for row in &grid.rows {
        let mut fields: Vec<&str> = Vec::new();
        let mut column = 0usize;
        let mut cells = row.iter();
        let mut pending = cells.next();
        while pending.is_some() || covered.get(column).is_some_and(|&n| n > 0) {
            if column >= MAX_COLUMNS {
                // Keep the words of cells beyond the last column.
                fields.extend(pending.into_iter().chain(cells.by_ref()).map(|c| c.text.as_str()));
                break;
            }
            if covered.get(column).is_some_and(|&n| n > 0) {
                fields.push("");
                column += 1;
                continue;
            }
            let Some(cell) = pending else { break };
            let span = usize::from(cell.col_span.max(1)).min(MAX_COLUMNS - column);
            fields.push(&cell.text);
            fields.extend(std::iter::repeat_n("", span - 1));
            if covered.len() < column + span {
                covered.resize(column + span, 0);
            }
            for slot in covered.iter_mut().skip(column).take(span) {
                *slot = cell.row_span.max(1);
            }
            column += span;
            pending = cells.next();
        }
        // This row's cells have been laid out: their rows count down.
        for slot in &mut covered {
            *slot = slot.saturating_sub(1);
        }
        let line: Vec<String> = fields.iter().map(|f| fold_whitespace(f)).collect();
        lines.push(line.join("\t"));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalizer() -> Normalizer {
        Normalizer::for_lines(std::iter::empty())
    }

    fn cell(text: &str, col_span: u16, row_span: u16) -> GridCell {
        GridCell { text: text.into(), col_span, row_span }
    }

    fn para(lines: &[&str]) -> Draft {
        Draft::Paragraph { lines: lines.iter().map(|l| l.to_string()).collect(), heading: 0, bold: false }
    }

    #[test]
    fn blocks_are_separated_by_one_blank_line() {
        let drafts = vec![
            Draft::Paragraph { lines: vec!["শিরোনাম".into()], heading: 1, bold: true },
            para(&["ক", "  খ  গ "]),
            Draft::PageBreak,
            para(&["ঘ"]),
        ];
        let r = render(&drafts, &mut normalizer());
        assert_eq!(r.text, "শিরোনাম\n\nক\nখ গ\n\nঘ\n");
        let Block::Paragraph(p) = &r.blocks[1] else { panic!() };
        assert_eq!(
            p.lines.iter().map(|l| (l.number, l.text.as_str())).collect::<Vec<_>>(),
            vec![(3, "ক"), (4, "খ গ")]
        );
        let Block::Paragraph(h) = &r.blocks[0] else { panic!() };
        assert_eq!((h.lines[0].heading, h.lines[0].bold), (1, true));
        assert_eq!(r.blocks[2].span().map(|s| s.start_line), Some(6));
    }

    #[test]
    fn empty_lines_split_paragraphs_and_empty_drafts_vanish() {
        let drafts = vec![para(&["ক", "", "খ"]), para(&["", " "]), para(&["গ"])];
        let r = render(&drafts, &mut normalizer());
        assert_eq!(r.text, "ক\n\nখ\n\nগ\n");
        assert_eq!(r.blocks.len(), 3);
        assert_eq!(r.blocks[1].span().map(|s| s.start_line), Some(3));
    }

    #[test]
    fn table_rows_are_tab_separated_with_spans_laid_out() {
        let grid = GridTable {
            rows: vec![
                vec![cell("নাম ও পদবি", 2, 1), cell("স্বাক্ষর", 1, 1)],
                vec![cell("১", 1, 2), cell("ক\nখ", 1, 1), cell("x\ty", 1, 1)],
                vec![cell("গ", 1, 1), cell("", 1, 1)],
                vec![cell("", 1, 1)],
            ],
        };
        let r = render(&[para(&["আগে"]), Draft::Table(grid)], &mut normalizer());
        assert_eq!(r.text, "আগে\n\nনাম ও পদবি\t\tস্বাক্ষর\n১\tক খ\tx y\n\tগ\t\n");
        assert!(matches!(r.blocks[1], Block::Table(_)));
    }

    #[test]
    fn empty_rows_are_dropped_and_spans_shortened() {
        let rows = vec![
            vec![cell("ক", 1, 3), cell("খ", 1, 1)],
            vec![cell("", 1, 1)],
            vec![cell("গ", 1, 1)],
            vec![cell("ঘ", 1, 1), cell("ঙ", 1, 1)],
        ];
        let grid = without_empty_rows(rows);
        assert_eq!(grid.rows.len(), 3);
        assert_eq!(grid.rows[0][0].row_span, 2);
        assert_eq!(row_lines(&grid), vec!["ক\tখ", "\tগ", "ঘ\tঙ"]);
    }

    #[test]
    fn huge_spans_are_cut() {
        let grid = GridTable { rows: vec![vec![cell("a", u16::MAX, u16::MAX)], vec![cell("b", 1, 1)]] };
        let lines = row_lines(&grid);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].matches('\t').count(), MAX_COLUMNS - 1);
        assert!(lines[1].ends_with("\tb"));
    }
}
