//! The one layout step shared by every engine: positioned words -> lines ->
//! blocks (paragraphs and tables), in reading order.
//!
//! 1. [`lines`]: words become visual lines; pieces of one word are rejoined.
//! 2. [`furniture`]: page numbers and running headers/footers are dropped.
//! 3. [`tables`]: runs of lines whose pieces stand in shared columns become
//!    tables, rows found from vertical gaps, wrapped cells joined.
//! 4. [`paragraphs`]: the other lines become paragraphs; wrapped printed lines
//!    are joined into one logical line when the previous line was full.
//!
//! Every threshold is a share of the text height, so the same rules serve PDF
//! points and OCR pixels.

pub mod furniture;
pub mod join;
pub mod lines;
pub mod paragraphs;
pub mod tables;

use sabha_doc::Draft;

use crate::words::{BBox, PageWords, WordBreaks};
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
    let join_below = gap_threshold(geometric_gaps(pages, &chains));
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

    let mut tables: Vec<Vec<tables::TableRegion>> = Vec::with_capacity(page_lines.len());
    for lines in &page_lines {
        let carried = tables.last().and_then(|prev: &Vec<tables::TableRegion>| {
            table_at_page_end(prev, lines_of(&page_lines, tables.len() - 1))
        });
        let found = tables::find_tables(lines, carried);
        tables.push(found);
    }
    let spacing = paragraphs::Spacing::learn(&page_lines, &tables);
    page_lines.iter().zip(&tables).map(|(lines, regions)| arrange_page(lines, regions, &spacing)).collect()
}

fn lines_of(pages: &[Vec<Line>], index: usize) -> usize {
    pages.get(index).map_or(0, Vec::len)
}

/// The columns of a page's last table when it runs to the page's last line.
fn table_at_page_end(regions: &[tables::TableRegion], line_count: usize) -> Option<&[(f32, f32)]> {
    regions.last().filter(|r| r.lines.end == line_count).map(|r| r.columns.as_slice())
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
    let right_edge = paragraphs::right_edge(lines, regions);
    for region in regions {
        pending.extend(lines.get(index..region.lines.start).unwrap_or_default());
        drafts.extend(paragraphs::paragraphs(&pending, spacing, right_edge));
        pending.clear();
        drafts.push(Draft::Table(region.grid.clone()));
        index = region.lines.end;
    }
    pending.extend(lines.get(index..).unwrap_or_default());
    drafts.extend(paragraphs::paragraphs(&pending, spacing, right_edge));
    drafts
}

/// Gaps between neighbouring words of text-layer pages, as shares of their height.
fn geometric_gaps(pages: &[PageWords], chains: &[Vec<Vec<crate::words::Word>>]) -> Vec<f32> {
    let mut gaps = Vec::new();
    for (page, page_chains) in pages.iter().zip(chains) {
        if page.word_breaks != WordBreaks::Geometric {
            continue;
        }
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

/// The text of drafts as the text-layer check reads it: paragraph lines and table
/// cells, one per line.
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
                    for cell in row {
                        out.push_str(&cell.text);
                        out.push('\n');
                    }
                }
            }
            Draft::PageBreak => {}
        }
    }
    out
}
