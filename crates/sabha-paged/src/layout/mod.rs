//! The one layout step shared by every engine: positioned words -> lines ->
//! blocks (paragraphs and tables), in reading order.
//!
//! 1. [`lines`]: words become visual lines; pieces of one word are rejoined.
//! 2. [`furniture`]: page numbers and running headers/footers are dropped.
//! 3. [`tables`]: runs of lines whose pieces stand in shared columns become
//!    tables, rows found from vertical gaps, wrapped cells joined; a row cut by a
//!    page break is joined back to its start ([`carry`]).
//! 4. [`paragraphs`]: the other lines become paragraphs; wrapped printed lines
//!    are joined into one logical line when the previous line was full.
//!
//! Every threshold is a share of the text height, so the same rules serve PDF
//! points and OCR pixels.

pub mod carry;
pub mod furniture;
pub mod join;
pub mod lines;
pub mod paragraphs;
pub mod tables;

use sabha_doc::Draft;

use crate::words::{BBox, PageWords};
use join::{FragmentRule, gap_threshold};

/// A printed word after rejoining fragments: its text, box, and how many engine
/// words it was made of.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub text: String,
    pub bbox: BBox,
    pub words: usize,
}

/// One visual line: its pieces left to right, their union box, and the line's
/// band (the median top and bottom of its pieces).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub pieces: Vec<Piece>,
    pub bbox: BBox,
    pub top: f32,
    pub bottom: f32,
}

/// A run of a line's pieces with no wide gap inside.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub pieces: std::ops::Range<usize>,
    pub x0: f32,
    pub x1: f32,
}

impl Line {
    pub fn height(&self) -> f32 {
        (self.bottom - self.top).max(f32::EPSILON)
    }

    pub fn center_y(&self) -> f32 {
        (self.top + self.bottom) / 2.0
    }

    /// The pieces joined by single spaces.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// Splits the line where the gap between pieces exceeds `gap_share` of its height.
    pub fn segments(&self, gap_share: f32) -> Vec<Segment> {
        let limit = gap_share * self.height();
        let mut segments: Vec<Segment> = Vec::new();
        for (i, piece) in self.pieces.iter().enumerate() {
            match segments.last_mut() {
                Some(seg) if piece.bbox.x0 - seg.x1 <= limit => {
                    seg.pieces.end = i + 1;
                    seg.x1 = seg.x1.max(piece.bbox.x1);
                }
                _ => segments.push(Segment { pieces: i..i + 1, x0: piece.bbox.x0, x1: piece.bbox.x1 }),
            }
        }
        segments
    }

    /// The text of some of its pieces, with how many pieces that is.
    pub fn text_of(&self, pieces: std::ops::Range<usize>) -> (String, usize) {
        let chosen = self.pieces.get(pieces).unwrap_or_default();
        let text = chosen.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" ");
        (text, chosen.len())
    }
}

/// Lays out a document's pages: for each page, its blocks in reading order.
///
/// Pages are laid out together because some evidence is document-wide: the width
/// of a word space, the spacing of wrapped lines, and headers repeated on pages.
pub fn lay_out(pages: &[PageWords]) -> Vec<Vec<Draft>> {
    let chains: Vec<Vec<Vec<crate::words::Word>>> = pages.iter().map(lines::page_chains).collect();
    let space = join::space_share(word_gaps(pages, &chains));
    let join_below = gap_threshold(space);
    let column_gaps = tables::ColumnGaps::for_space(space);
    let mut page_lines: Vec<Vec<Line>> = pages
        .iter()
        .zip(chains)
        .map(|(page, chains)| {
            let rule = FragmentRule { breaks: page.word_breaks, join_below };
            lines::lines_from_chains(chains, rule)
        })
        .collect();
    let heights: Vec<f32> = pages.iter().map(|p| p.height).collect();
    furniture::drop_furniture(&mut page_lines, &heights);

    let spacing = paragraphs::Spacing::learn(&page_lines, column_gaps.column);
    let wrap_gap = spacing.map(|s| s.tight);
    let spacing = spacing.unwrap_or_default();
    let mut tables: Vec<Vec<tables::TableRegion>> = Vec::with_capacity(page_lines.len());
    for (index, lines) in page_lines.iter().enumerate() {
        let carried = index
            .checked_sub(1)
            .and_then(|before| carry::Carried::from_page(tables.get(before)?, page_lines.get(before)?));
        tables.push(page_tables(lines, carried.as_ref(), column_gaps, wrap_gap));
    }
    let line_counts: Vec<usize> = page_lines.iter().map(Vec::len).collect();
    carry::join_cut_rows(&mut tables, &line_counts);
    let mut drafts: Vec<Vec<Draft>> = page_lines
        .iter()
        .zip(&tables)
        .map(|(lines, regions)| arrange_page(lines, regions, &spacing))
        .collect();
    join::settle_unsure_breaks(&mut drafts);
    drafts
}

/// A page's tables, the first of them marked when it goes on with a row cut by
/// the page break ([`carry`]).
fn page_tables(
    lines: &[Line],
    carried: Option<&carry::Carried>,
    column_gaps: tables::ColumnGaps,
    wrap_gap: Option<f32>,
) -> Vec<tables::TableRegion> {
    let mut found = tables::find_tables(lines, carried.map(|c| c.columns.as_slice()), column_gaps, wrap_gap);
    let Some(carried) = carried else { return found };
    match found.first_mut() {
        Some(first) if first.lines.start == 0 => {
            first.continues_row = carry::starts_with_cut_row(first, carried)
        }
        _ => {
            if let Some(rest) = carry::cut_cell_at_top(lines, carried, column_gaps, wrap_gap) {
                found.retain(|r| r.lines.start >= rest.lines.end);
                found.insert(0, rest);
            }
        }
    }
    found
}

/// Interleaves a page's tables and paragraphs in line order.
fn arrange_page(
    lines: &[Line],
    regions: &[tables::TableRegion],
    spacing: &paragraphs::Spacing,
) -> Vec<Draft> {
    let mut drafts = Vec::new();
    let mut pending: Vec<&Line> = Vec::new();
    let mut index = 0;
    let edges = paragraphs::text_edges(lines, regions);
    for region in regions {
        pending.extend(lines.get(index..region.lines.start).unwrap_or_default());
        drafts.extend(paragraphs::paragraphs(&pending, spacing, edges));
        pending.clear();
        // A region whose rows all went to the table on the page before leaves nothing.
        if !region.grid.rows.is_empty() {
            drafts.push(table_or_list(&region.grid));
        }
        index = region.lines.end;
    }
    pending.extend(lines.get(index..).unwrap_or_default());
    drafts.extend(paragraphs::paragraphs(&pending, spacing, edges));
    drafts
}

/// A table of two columns whose first cells are all list markers (`১।`, `ক)`,
/// `•`) is a list with a hanging indent, as distribution lists are typed: it
/// becomes one line per item.
fn table_or_list(grid: &sabha_doc::GridTable) -> Draft {
    let is_list = grid.rows.len() >= 2
        && grid.rows.iter().all(|row| match row.as_slice() {
            [marker, _] => {
                marker.text.chars().count() <= 5
                    && paragraphs::starts_list_item(&format!("{} x", marker.text))
            }
            _ => false,
        });
    if !is_list {
        return Draft::Table(grid.clone());
    }
    let lines = grid
        .rows
        .iter()
        .map(|row| {
            row.iter().map(|c| c.text.as_str()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ")
        })
        .collect();
    Draft::Paragraph { lines, heading: 0, bold: false }
}

/// Gaps between neighbouring words on a line, as shares of their height.
fn word_gaps(pages: &[PageWords], chains: &[Vec<Vec<crate::words::Word>>]) -> Vec<f32> {
    let mut gaps = Vec::new();
    for page_chains in chains.iter().take(pages.len()) {
        for chain in page_chains {
            for pair in chain.windows(2) {
                if let [a, b] = pair {
                    let h = a.bbox.height().max(b.bbox.height());
                    if h > 0.0 {
                        gaps.push((b.bbox.x0 - a.bbox.x1) / h);
                    }
                }
            }
        }
    }
    gaps
}

/// The text of drafts as the text-layer check reads it: a line per paragraph line
/// and per table row (cells separated by ` | `), a blank line per page break.
pub fn drafts_text(drafts: &[Draft]) -> String {
    let mut out = String::new();
    for draft in drafts {
        match draft {
            Draft::Paragraph { lines, .. } => {
                for line in lines {
                    out.push_str(line);
                    out.push('\n');
                }
            }
            Draft::Table(grid) => {
                for row in &grid.rows {
                    let cells: Vec<&str> = row.iter().map(|c| c.text.as_str()).collect();
                    out.push_str(&cells.join(" | "));
                    out.push('\n');
                }
            }
            Draft::PageBreak => out.push('\n'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use sabha_doc::{GridCell, GridTable};

    fn grid(rows: &[[&str; 2]]) -> GridTable {
        GridTable { rows: rows.iter().map(|r| r.iter().map(|t| GridCell::new(*t)).collect()).collect() }
    }

    #[test]
    fn a_hanging_indent_list_is_not_a_table() {
        let list = grid(&[["১।", "বিভাগীয় কমিশনার, চট্টগ্রাম।"], ["২।", "পুলিশ সুপার, কুমিল্লা।"]]);
        assert_eq!(
            table_or_list(&list),
            Draft::Paragraph {
                lines: vec!["১। বিভাগীয় কমিশনার, চট্টগ্রাম।".into(), "২। পুলিশ সুপার, কুমিল্লা।".into()],
                heading: 0,
                bold: false
            }
        );
        let table = grid(&[["সভাপতি", "জনাব রহিম"], ["স্থান", "সম্মেলন কক্ষ"]]);
        assert!(matches!(table_or_list(&table), Draft::Table(_)));
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::{Line, Piece};
    use crate::words::BBox;

    /// A line at `y` with pieces (text, x0, x1), 15.6 high as in the corpus.
    pub fn line(y: f32, pieces: &[(&str, f32, f32)]) -> Line {
        let pieces: Vec<Piece> = pieces
            .iter()
            .map(|&(t, x0, x1)| Piece {
                text: t.into(),
                bbox: BBox { x0, y0: y, x1, y1: y + 15.6 },
                words: 1,
            })
            .collect();
        let bbox = pieces.iter().map(|p| p.bbox).reduce(|a, b| a.union(&b)).unwrap_or(BBox {
            x0: 0.0,
            y0: y,
            x1: 0.0,
            y1: y + 15.6,
        });
        Line { pieces, bbox, top: y, bottom: y + 15.6 }
    }
}
