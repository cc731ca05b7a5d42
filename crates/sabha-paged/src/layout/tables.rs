//! Tables rebuilt from geometry alone (ruling lines are not needed, so scans work
//! the same way).
//!
//! A table is a run of lines whose pieces stand in columns shared by the run: a
//! line starts a candidate when it has two or more segments (runs of words
//! separated by a gap of at least 2.5 word spaces), and the run grows while each
//! next line keeps within the columns found so far. A line whose text crosses a
//! gutter ends the run, unless it is a row spanning the table (a section heading
//! inside a table: the table goes on after it) or a row with a merged cell. A
//! lone line after a gap wider than a cell's wrapped lines ends it too, unless
//! the table goes on after it. Evenly spaced lines (running text, justified or
//! not) are never split at a gutter. It is a table when at least two of its lines
//! have several segments and it has two rows and two columns (a single row only
//! when it has three columns or continues a table from the page before, whose
//! columns it then takes).
//!
//! Rows: lines that overlap vertically are one row (vertically centred cells
//! interleave their lines). With cell padding, rows are separated by gaps wider
//! than a cell's wrapped lines (or the document's running text) by a clear step.
//! Without padding, a serial number in the first column starts a row, and
//! otherwise the columns vote: a column whose text above ended short starts a
//! row, one whose text above was full continues it (`Votes`). Each row's cells
//! gather the lines of their column, joined into one text
//! ([`super::join::join_cell_lines`]); reading order is row by row, left to right.

use std::ops::Range;

use sabha_doc::{GridCell, GridTable};

use super::join::join_cell_lines;
use super::lines::{median, percentile};
use super::{Line, Segment};

/// A gap wider than this share of the text height separates table columns. The
/// narrowest gutter seen (two cell paddings and a rule) is about 0.75; a justified
/// word space rarely reaches 0.5.
pub const COLUMN_GAP: f32 = 0.55;
/// Lines further apart than this many text heights are not in one table (an empty
/// paragraph between two tables is about 2.4; Latin fonts have short boxes, so
/// padded rows can reach 1.8).
const MAX_LINE_GAP: f32 = 2.0;
/// A single-column line this far below the line before (share of the height) is
/// not a wrapped cell line, when the table has shown no gap yet to compare with.
const FIRST_WRAP_GAP: f32 = 0.5;
/// The usual space between a cell's edge and its text (share of the height).
const CELL_PADDING: f32 = 0.35;
/// Lines overlapping by more than this share of the height are one row (cells
/// centred vertically interleave their lines).
const INTERLEAVED: f32 = -0.1;
/// A gap between pieces this wide (share of the height) that lies on a gutter
/// separates columns even when it is narrower than [`COLUMN_GAP`].
const GUTTER_SPLIT: f32 = 0.3;

/// The gaps (shares of the text height) that separate columns, scaled to the
/// document's word space: Latin fonts have short boxes, so a space there is 0.3
/// of the height where a Bengali font's is 0.2.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ColumnGaps {
    /// A gap this wide splits a line into segments.
    pub column: f32,
    /// A gap this wide on a known gutter splits a segment.
    pub gutter: f32,
}

impl ColumnGaps {
    /// At least 2.5 spaces between columns, 1.5 spaces on a gutter.
    pub fn for_space(space: Option<f32>) -> ColumnGaps {
        let space = space.unwrap_or(0.2);
        ColumnGaps { column: (2.5 * space).max(COLUMN_GAP), gutter: (1.5 * space).max(GUTTER_SPLIT) }
    }
}

impl Default for ColumnGaps {
    fn default() -> ColumnGaps {
        ColumnGaps::for_space(None)
    }
}
/// Row gaps must exceed the gap between a cell's wrapped lines by this many heights.
pub(crate) const MIN_ROW_GAP_STEP: f32 = 0.3;

/// Lines `lines` of a page form the table `grid`.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRegion {
    pub lines: Range<usize>,
    pub grid: GridTable,
    /// The columns' x-ranges, left to right.
    pub columns: Vec<(f32, f32)>,
    /// Its first row is the rest of the last row of the table on the page before
    /// (see [`super::carry`]).
    pub continues_row: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Span {
    x0: f32,
    x1: f32,
}

/// The columns of a table under construction: disjoint x-ranges, left to right.
#[derive(Clone, Debug, Default)]
struct Columns {
    spans: Vec<Span>,
    tolerance: f32,
    /// [`ColumnGaps::gutter`].
    gutter_split: f32,
}

impl Columns {
    fn new(segments: &[Segment], tolerance: f32, gutter_split: f32) -> Columns {
        let mut columns = Columns { spans: Vec::new(), tolerance, gutter_split };
        columns.add_line(segments);
        columns
    }

    /// Indices of the columns that `s` overlaps by more than the tolerance.
    fn overlapping(&self, s: Span) -> Range<usize> {
        let first =
            self.spans.iter().position(|c| s.x1 > c.x0 + self.tolerance && s.x0 < c.x1 - self.tolerance);
        match first {
            None => 0..0,
            Some(first) => {
                let count = self
                    .spans
                    .get(first..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|c| s.x1 > c.x0 + self.tolerance && s.x0 < c.x1 - self.tolerance)
                    .count();
                first..first + count
            }
        }
    }

    /// Adds a line's segments (none crossing a gutter). Several segments inside
    /// one column split it in the middles of their gaps: the earlier text there
    /// spanned those columns (a header over sub-columns).
    fn add_line(&mut self, segments: &[Segment]) {
        let mut i = 0;
        while i < self.spans.len() {
            let Some(column) = self.spans.get(i).copied() else { break };
            let inside: Vec<&Segment> =
                segments.iter().filter(|s| self.overlapping(span(s)) == (i..i + 1)).collect();
            if inside.len() < 2 {
                i += 1;
                continue;
            }
            let cuts: Vec<f32> =
                inside.windows(2).filter_map(|w| Some((w.first()?.x1 + w.get(1)?.x0) / 2.0)).collect();
            let mut pieces = Vec::with_capacity(cuts.len() + 1);
            let mut left = column.x0;
            for cut in &cuts {
                pieces.push(Span { x0: left, x1: cut - self.tolerance });
                left = cut + self.tolerance;
            }
            pieces.push(Span { x0: left, x1: column.x1 });
            let count = pieces.len();
            self.spans.splice(i..i + 1, pieces);
            i += count;
        }
        for s in segments {
            self.add(span(s));
        }
    }

    /// Widens the column `s` falls in, or adds a new column.
    fn add(&mut self, s: Span) {
        self.spans.push(s);
        self.spans.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut merged: Vec<Span> = Vec::with_capacity(self.spans.len());
        for cur in self.spans.drain(..) {
            match merged.last_mut() {
                Some(prev) if cur.x0 < prev.x1 - self.tolerance => prev.x1 = prev.x1.max(cur.x1),
                _ => merged.push(cur),
            }
        }
        self.spans = merged;
    }

    /// How many gutters between columns some segment crosses.
    fn gutters_crossed(&self, segments: &[Segment]) -> usize {
        let mut crossed = vec![false; self.spans.len().saturating_sub(1)];
        for s in segments {
            let hit = self.overlapping(span(s));
            for g in hit.start..hit.end.saturating_sub(1) {
                if let Some(flag) = crossed.get_mut(g) {
                    *flag = true;
                }
            }
        }
        crossed.iter().filter(|&&c| c).count()
    }

    fn crosses(&self, segments: &[Segment]) -> bool {
        segments.iter().any(|s| self.overlapping(span(s)).len() >= 2)
    }

    /// Splits segments where a gap between two pieces (wider than a space) lies on
    /// a gutter: a wide glyph such as ো can bring a narrow column's text within
    /// the column gap of the next column's text.
    fn refine(&self, line: &Line, segments: &[Segment]) -> Vec<Segment> {
        if has_even_spacing(line) {
            // A justified line: its wide spaces are all alike, none is a gutter.
            return segments.to_vec();
        }
        let min_gap = self.gutter_split * line.height();
        let mut out = Vec::with_capacity(segments.len());
        for seg in segments {
            let mut current: Option<Segment> = None;
            for i in seg.pieces.clone() {
                let Some(piece) = line.pieces.get(i) else { continue };
                match current.as_mut() {
                    Some(cur)
                        if !(piece.bbox.x0 - cur.x1 > min_gap
                            && self.gutter_between(cur.x1, piece.bbox.x0)) =>
                    {
                        cur.pieces.end = i + 1;
                        cur.x1 = cur.x1.max(piece.bbox.x1);
                    }
                    _ => {
                        out.extend(current.take());
                        current = Some(Segment { pieces: i..i + 1, x0: piece.bbox.x0, x1: piece.bbox.x1 });
                    }
                }
            }
            out.extend(current);
        }
        out
    }

    /// True when the empty stretch `left..right` overlaps a gutter.
    fn gutter_between(&self, left: f32, right: f32) -> bool {
        self.spans.windows(2).any(|w| matches!(w, [l, r] if left < r.x0 && right > l.x1))
    }

    /// Column boundaries: the middles of the gutters.
    fn boundaries(&self) -> Vec<f32> {
        gutter_middles(&self.spans.iter().map(|s| (s.x0, s.x1)).collect::<Vec<_>>())
    }
}

/// A line of four or more gaps that are all within 35% of each other: running
/// text (justified or not), whatever the width of its spaces.
fn has_even_spacing(line: &Line) -> bool {
    let gaps: Vec<f32> =
        line.pieces.windows(2).filter_map(|w| Some(w.get(1)?.bbox.x0 - w.first()?.bbox.x1)).collect();
    let smallest = gaps.iter().copied().reduce(f32::min).unwrap_or(0.0);
    let widest = gaps.iter().copied().reduce(f32::max).unwrap_or(0.0);
    gaps.len() >= 4 && smallest > 0.0 && widest <= 1.35 * smallest
}

fn span(s: &Segment) -> Span {
    Span { x0: s.x0, x1: s.x1 }
}

/// How a line takes part in a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Its pieces stand in the columns.
    Cells,
    /// One piece of text across the table (a heading row).
    Spanning,
}

/// Finds the tables among a page's lines (top to bottom), in order.
///
/// `carried` are the columns of a table that ran to the bottom of the page before:
/// a table at the very top of this page whose columns each fall in one of them is
/// its continuation, and gets the same columns (continuation pages often leave the
/// first columns empty), so the table extractor can join the two.
pub fn find_tables(
    lines: &[Line],
    carried: Option<&[(f32, f32)]>,
    gaps: ColumnGaps,
    wrap_gap: Option<f32>,
) -> Vec<TableRegion> {
    let original: Vec<Vec<Segment>> = lines.iter().map(|l| l.segments(gaps.column)).collect();
    let mut segments = original.clone();
    let mut regions = Vec::new();
    let mut i = 0;
    let mut consumed = 0;
    while i < lines.len() {
        if segments.get(i).is_none_or(|s| s.len() < 2) {
            i += 1;
            continue;
        }
        let grown = grow(lines, &mut segments, i, gaps.gutter);
        let next = grown.end.max(i + 1);
        let touched = grown.start..grown.touched_end;
        let built = build(lines, &segments, grown, consumed, carried.filter(|_| consumed == 0), wrap_gap);
        // Segments refined against a table's columns stay refined only inside it.
        let keep = built.as_ref().map_or(0..0, |r| r.lines.clone());
        for k in touched.filter(|k| !keep.contains(k)) {
            if let (Some(seg), Some(orig)) = (segments.get_mut(k), original.get(k)) {
                seg.clone_from(orig);
            }
        }
        if let Some(region) = built {
            consumed = region.lines.end;
            regions.push(region);
        }
        i = next;
    }
    regions
}

/// A candidate table: its lines, each line's role, and its columns.
struct Grown {
    start: usize,
    end: usize,
    roles: Vec<Role>,
    columns: Columns,
    /// Lines up to here may have had their segments refined.
    touched_end: usize,
}

fn grow(lines: &[Line], segments: &mut [Vec<Segment>], start: usize, gutter_split: f32) -> Grown {
    let height = lines.get(start).map_or(1.0, Line::height);
    let first = segments.get(start).map(Vec::as_slice).unwrap_or_default();
    let mut columns = Columns::new(first, 0.05 * height, gutter_split);
    let mut roles = vec![Role::Cells];
    let mut last_multi = start;
    let mut tightest: Option<f32> = None;
    let mut j = start + 1;
    while let (Some(line), Some(slot)) = (lines.get(j), segments.get_mut(j)) {
        let Some(prev) = lines.get(j - 1) else { break };
        if line.top - prev.bottom > MAX_LINE_GAP * prev.height().max(line.height()) {
            break;
        }
        *slot = columns.refine(line, slot);
        let segs: &[Segment] = slot;
        let gap = line.top - prev.bottom;
        if segs.len() == 1 && !columns.crosses(segs) && !is_wrap_gap(gap, tightest, line.height()) {
            // A lone line after a wider gap: a row with one cell, if the table
            // goes on after it; otherwise the table has ended.
            if !continues_after(lines, segments, j, &columns) {
                break;
            }
        }
        let Some(segs) = segments.get(j).map(Vec::as_slice) else { break };
        if !columns.crosses(segs) {
            columns.add_line(segs);
            roles.push(Role::Cells);
            if segs.len() >= 2 {
                last_multi = j;
            }
        } else if segs.len() >= 2
            && columns.gutters_crossed(segs) * 2 <= columns.spans.len().saturating_sub(1)
        {
            // A row with a merged cell: the other segments still define columns.
            let within: Vec<Span> =
                segs.iter().map(span).filter(|s| columns.overlapping(*s).len() < 2).collect();
            for s in within {
                columns.add(s);
            }
            roles.push(Role::Cells);
            last_multi = j;
        } else if continues_after(lines, segments, j, &columns) {
            roles.push(Role::Spanning);
        } else {
            break;
        }
        if gap >= INTERLEAVED * line.height() {
            tightest = Some(tightest.map_or(gap, |t: f32| t.min(gap)));
        }
        j += 1;
    }
    let touched_end = (j + 1).min(lines.len());
    let end = trim_trailing_lines(lines, start, last_multi, j);
    roles.truncate(end - start);
    Grown { start, end, roles, columns, touched_end }
}

/// Whether a gap can be between two wrapped lines of one cell: no wider than the
/// narrowest gap the table has shown (plus a step), or than half a line when it
/// has shown none.
fn is_wrap_gap(gap: f32, tightest: Option<f32>, height: f32) -> bool {
    match tightest {
        Some(t) => gap <= t + MIN_ROW_GAP_STEP * height,
        None => gap <= FIRST_WRAP_GAP * height,
    }
}

/// A line crossing the columns belongs to the table only if the table goes on
/// right after it.
fn continues_after(lines: &[Line], segments: &[Vec<Segment>], j: usize, columns: &Columns) -> bool {
    let (Some(line), Some(next), Some(next_segs)) = (lines.get(j), lines.get(j + 1), segments.get(j + 1))
    else {
        return false;
    };
    let next_segs = columns.refine(next, next_segs);
    next_segs.len() >= 2
        && !columns.crosses(&next_segs)
        && next.top - line.bottom <= MAX_LINE_GAP * line.height().max(next.height())
}

/// Single-segment lines after the last multi-column line stay in the table only
/// while they follow at the spacing of a cell's wrapped lines; the first wider gap
/// is where the table ended.
fn trim_trailing_lines(lines: &[Line], start: usize, last_multi: usize, end: usize) -> usize {
    let height = lines.get(start).map_or(1.0, Line::height);
    let tight = (start + 1..=last_multi)
        .filter_map(|k| Some(lines.get(k)?.top - lines.get(k - 1)?.bottom))
        .filter(|&g| g >= INTERLEAVED * height)
        .reduce(f32::min);
    let mut k = last_multi + 1;
    while k < end {
        let (Some(line), Some(prev)) = (lines.get(k), lines.get(k - 1)) else { break };
        if !is_wrap_gap(line.top - prev.bottom, tight, line.height()) {
            break;
        }
        k += 1;
    }
    k
}

/// Turns a candidate into a table, or `None` when it is not one. At the top of a
/// page, single-column lines just above it (the rest of a row begun on the page
/// before) are taken in.
fn build(
    lines: &[Line],
    segments: &[Vec<Segment>],
    mut grown: Grown,
    consumed: usize,
    carried: Option<&[(f32, f32)]>,
    wrap_gap: Option<f32>,
) -> Option<TableRegion> {
    let multi = (grown.start..grown.end).filter(|&k| segments.get(k).is_some_and(|s| s.len() >= 2)).count();
    // At the top of a page, the rest of a table from the page before needs only
    // one line with several cells, if they stand in that table's columns.
    let continues = grown.start == 0 && carried.is_some_and(|c| continues_columns(&grown.columns, c));
    if (multi < 2 && !(continues && multi == 1)) || grown.columns.spans.len() < 2 {
        return None;
    }
    // Lines overlapping the first line are cells of its row centred vertically.
    while grown.start > consumed {
        let k = grown.start - 1;
        let (Some(line), Some(next), Some(segs)) = (lines.get(k), lines.get(grown.start), segments.get(k))
        else {
            break;
        };
        if next.top - line.bottom >= INTERLEAVED * line.height() || grown.columns.crosses(segs) {
            break;
        }
        grown.columns.add_line(segs);
        grown.roles.insert(0, Role::Cells);
        grown.start = k;
    }
    if consumed == 0 && grown.start > 0 {
        let above_fit = (0..grown.start).all(|k| {
            segments.get(k).is_some_and(|s| s.len() == 1 && !grown.columns.crosses(s))
                && lines.get(k + 1).zip(lines.get(k)).is_some_and(|(next, line)| {
                    next.top - line.bottom <= MAX_LINE_GAP * line.height().max(next.height())
                })
        });
        if above_fit {
            let mut roles = vec![Role::Cells; grown.start];
            roles.append(&mut grown.roles);
            grown.roles = roles;
            grown.start = 0;
        }
    }
    let rows = split_rows(lines, segments, &grown, wrap_gap);
    let carried = carried.filter(|c| grown.start == 0 && continues_columns(&grown.columns, c));
    if let Some(carried) = carried {
        grown.columns.spans = carried.iter().map(|&(x0, x1)| Span { x0, x1 }).collect();
    }
    // One row is a table only when it is wide (the rest of a decision table on a
    // new page); two side-by-side signature blocks are not.
    if rows.len() < 2 && grown.columns.spans.len() < 3 {
        return None;
    }
    let boundaries = grown.columns.boundaries();
    let mut grid =
        GridTable { rows: rows.iter().map(|r| build_row(lines, segments, r.clone(), &boundaries)).collect() };
    let mut columns = grown.columns.spans.iter().map(|c| (c.x0, c.x1)).collect();
    // A continuation keeps the earlier columns, empty or not.
    if carried.is_none() {
        drop_empty_columns(&mut grid, &mut columns);
    }
    Some(TableRegion { lines: grown.start..grown.end, grid, columns, continues_row: false })
}

/// Drops the columns no row has text in. Such a column holds no cell of the
/// printed table: it comes from a word whose box strays into a gutter (an OCR box
/// spilling across a ruling line) and would leave the table one column wider
/// than the same table on the page before.
fn drop_empty_columns(grid: &mut GridTable, columns: &mut Vec<(f32, f32)>) {
    let count = columns.len();
    let empty: Vec<bool> = (0..count).map(|c| grid.rows.iter().all(|row| lone_empty_cell(row, c))).collect();
    if !empty.contains(&true) || empty.iter().all(|&e| e) {
        return;
    }
    for row in &mut grid.rows {
        let mut at = 0;
        row.retain(|cell| {
            let first = at;
            at += usize::from(cell.col_span.max(1));
            !(cell.col_span <= 1 && empty.get(first).copied().unwrap_or(false))
        });
    }
    let mut keep = empty.iter().map(|&e| !e);
    columns.retain(|_| keep.next().unwrap_or(true));
}

/// True when column `column` of `row` is a cell of its own with no text.
fn lone_empty_cell(row: &[GridCell], column: usize) -> bool {
    let mut at = 0;
    for cell in row {
        let span = usize::from(cell.col_span.max(1));
        if (at..at + span).contains(&column) {
            return span == 1 && cell.text.trim().is_empty();
        }
        at += span;
    }
    // A row with fewer cells than columns has nothing there.
    true
}

/// True when every column falls in exactly one of `earlier`'s columns, in order,
/// and some of `earlier`'s columns are missing here.
fn continues_columns(columns: &Columns, earlier: &[(f32, f32)]) -> bool {
    if earlier.len() <= columns.spans.len() {
        return false;
    }
    let earlier = Columns {
        spans: earlier.iter().map(|&(x0, x1)| Span { x0, x1 }).collect(),
        tolerance: columns.tolerance,
        gutter_split: columns.gutter_split,
    };
    let mut last: Option<usize> = None;
    for c in &columns.spans {
        let hit = earlier.overlapping(*c);
        if hit.len() != 1 || last.is_some_and(|l| hit.start <= l) {
            return false;
        }
        last = Some(hit.start);
    }
    true
}

/// Splits the table's lines into rows (ranges of line indices).
///
/// With cell padding, a row ends at a gap wider than the narrowest common gap (a
/// cell's wrapped lines, or the document's running text) by a clear step.
/// Without padding, the columns vote (`Votes`).
fn split_rows(
    lines: &[Line],
    segments: &[Vec<Segment>],
    grown: &Grown,
    wrap_gap: Option<f32>,
) -> Vec<Range<usize>> {
    let range = grown.start..grown.end;
    let height = median(range.clone().filter_map(|k| lines.get(k)).map(Line::height).collect());
    let gaps: Vec<f32> = (range.start + 1..range.end)
        .filter_map(|k| Some(lines.get(k)?.top - lines.get(k - 1)?.bottom))
        .collect();
    let interleaved = INTERLEAVED * height;
    let separate: Vec<f32> = gaps.iter().copied().filter(|&g| g >= interleaved).collect();
    // The document's wrapped-line gap tells rows apart when every line of the
    // table is a row of its own (or its cells are centred and interleave).
    let own = percentile(separate, 0.10).unwrap_or(0.0);
    let tight = wrap_gap.map_or(own, |w| own.min(w * height));
    let threshold = tight + MIN_ROW_GAP_STEP * height;
    let padded = gaps.iter().any(|&g| g > threshold);
    let role = |k: usize| grown.roles.get(k - range.start).copied().unwrap_or(Role::Cells);

    let starts: Vec<usize> = range
        .clone()
        .filter(|&k| {
            if k == range.start || role(k) == Role::Spanning || role(k - 1) == Role::Spanning {
                return true;
            }
            if gaps.get(k - range.start - 1).is_some_and(|&g| g < interleaved) {
                return false;
            }
            if padded {
                gaps.get(k - range.start - 1).is_some_and(|&g| g > threshold)
            } else {
                starts_with_serial(lines, segments, k, &grown.columns)
                    || Votes::count(lines, segments, k, &grown.columns).starts_row()
            }
        })
        .collect();
    starts.iter().enumerate().map(|(i, &s)| s..starts.get(i + 1).copied().unwrap_or(range.end)).collect()
}

/// True when line `k` has a bare serial number (`৫`, `১২.`, `3)`) in the first
/// column: without padding, the surest sign of a new row.
fn starts_with_serial(lines: &[Line], segments: &[Vec<Segment>], k: usize, columns: &Columns) -> bool {
    let (Some(line), Some(first)) = (lines.get(k), segments.get(k).and_then(|s| s.first())) else {
        return false;
    };
    columns.overlapping(span(first)).start == 0
        && !columns.overlapping(span(first)).is_empty()
        && is_serial(&line.text_of(first.pieces.clone()).0)
}

/// A serial number: digits with an optional `.`, `।` or `)`.
fn is_serial(text: &str) -> bool {
    let digits = text.trim_end_matches(['.', '।', ')', ':']);
    !digits.is_empty() && digits.chars().count() <= 4 && digits.chars().all(crate::script::is_digit)
}

/// How the columns with text on a line relate to the line above.
#[derive(Debug, Default)]
struct Votes {
    /// The column's text above was full: the cell wraps on into this line (the
    /// last column counts half: its edge is a guess).
    continuing: f32,
    /// The column's text above ended short: a new cell begins here.
    ended: f32,
    /// The column was empty above (a top-aligned cell begins, or a vertically
    /// centred one).
    started: f32,
}

impl Votes {
    /// "Full" means the first word here would not have fitted after the text
    /// above before the column's edge (a cell padding before the next column's
    /// text; for the last column, half a text height past its widest line).
    fn count(lines: &[Line], segments: &[Vec<Segment>], k: usize, columns: &Columns) -> Votes {
        let mut votes = Votes::default();
        let (Some(line), Some(segs), Some(prev_segs)) = (lines.get(k), segments.get(k), segments.get(k - 1))
        else {
            return votes;
        };
        let height = line.height();
        // A cell ends a padding's width before the next column's text begins.
        let edges: Vec<f32> = columns
            .spans
            .iter()
            .skip(1)
            .map(|next| next.x0 - CELL_PADDING * height)
            .chain(columns.spans.last().map(|c| c.x1 + 0.5 * height))
            .collect();
        for s in segs {
            let hit = columns.overlapping(span(s));
            let column = hit.start;
            if hit.is_empty() {
                continue;
            }
            let Some(&edge) = edges.get(column) else { continue };
            let above = prev_segs.iter().find(|p| columns.overlapping(span(p)).contains(&column));
            let first_word = line.pieces.get(s.pieces.start).map_or(0.0, |p| p.bbox.width());
            let last = column + 1 == edges.len();
            let Some(p) = above else {
                votes.started += 1.0;
                continue;
            };
            let end_with_word = p.x1 + 0.25 * height + first_word;
            if end_with_word <= edge - 0.25 * height {
                votes.ended += 1.0;
            } else if end_with_word > edge && p.pieces.len() > 1 {
                votes.continuing += if last { 0.5 } else { 1.0 };
            }
            // Else it is too close to call, or one word alone was "full", which a
            // narrow column (a serial or a colon column) always is: no vote.
        }
        votes
    }

    /// A row starts where more columns begin anew than run on. "Full" is only
    /// consistent with a wrap (a long first word never fits), so ties keep the row.
    fn starts_row(&self) -> bool {
        self.ended + self.started > self.continuing
    }
}

/// The middles of the gutters between columns (x-ranges, left to right).
pub(crate) fn gutter_middles(columns: &[(f32, f32)]) -> Vec<f32> {
    columns.windows(2).filter_map(|w| Some((w.first()?.1 + w.get(1)?.0) / 2.0)).collect()
}

/// The column a position falls in.
pub(crate) fn column_at(boundaries: &[f32], x: f32) -> usize {
    boundaries.iter().take_while(|&&b| b < x).count()
}

/// The cells of one row: each segment lands in the columns it covers; columns
/// joined by a segment that crosses their gutter become one cell with a col_span.
fn build_row(
    lines: &[Line],
    segments: &[Vec<Segment>],
    rows: Range<usize>,
    boundaries: &[f32],
) -> Vec<GridCell> {
    let columns = boundaries.len() + 1;
    // owner[c]: the first column of the cell column c belongs to.
    let mut owner: Vec<usize> = (0..columns).collect();
    let mut placed: Vec<(usize, usize, usize, Range<usize>)> = Vec::new(); // (first col, last col, line, pieces)
    for k in rows.clone() {
        let (Some(line), Some(segs)) = (lines.get(k), segments.get(k)) else { continue };
        let nudge = 0.05 * line.height();
        for s in segs {
            let first = column_at(boundaries, s.x0 + nudge);
            let last = column_at(boundaries, s.x1 - nudge).max(first);
            placed.push((first, last, k, s.pieces.clone()));
        }
    }
    for &(first, last, _, _) in &placed {
        let root = owner.get(first).copied().unwrap_or(first);
        for c in first..=last.min(columns - 1) {
            let old = owner.get(c).copied().unwrap_or(c);
            for o in owner.iter_mut().filter(|o| **o == old) {
                *o = root.min(old);
            }
        }
    }
    let mut cells = Vec::new();
    let mut c = 0;
    while c < columns {
        let root = owner.get(c).copied().unwrap_or(c);
        let span_end = (c..columns).take_while(|&d| owner.get(d).copied() == Some(root)).count() + c;
        let mut cell_lines: Vec<(String, usize)> = Vec::new();
        for k in rows.clone() {
            let Some(line) = lines.get(k) else { continue };
            let parts: Vec<(String, usize)> = placed
                .iter()
                .filter(|(first, _, at, _)| *at == k && (c..span_end).contains(first))
                .map(|(_, _, _, pieces)| line.text_of(pieces.clone()))
                .collect();
            if !parts.is_empty() {
                let words = parts.iter().map(|p| p.1).sum();
                let text = parts.into_iter().map(|p| p.0).collect::<Vec<_>>().join(" ");
                cell_lines.push((text, words));
            }
        }
        let mut cell = GridCell::new(join_cell_lines(&cell_lines));
        cell.col_span = u16::try_from(span_end - c).unwrap_or(u16::MAX);
        cells.push(cell);
        c = span_end;
    }
    cells
}

#[cfg(test)]
mod tests_support {
    use super::*;
    pub use crate::layout::test_support::line;

    /// The cells' texts, unsure breaks settled as in a document with no other
    /// words (as spaces).
    pub fn cells(t: &TableRegion) -> Vec<Vec<String>> {
        let settled = |text: &str| text.replace(crate::layout::join::UNSURE_BREAK, " ");
        t.grid.rows.iter().map(|r| r.iter().map(|c| settled(&c.text)).collect()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::*;
    use super::*;

    /// The decision table of the corpus' first seed, first rows (pitch 15.9 within
    /// a cell, 26.4 between rows).
    fn decision_table() -> Vec<Line> {
        vec![
            line(579.2, &[("বিষয়ে", 72.0, 100.0), ("আলোচনা", 103.0, 140.0), ("হয়:", 143.0, 249.0)]),
            line(
                604.6,
                &[
                    ("ক", 72.0, 82.0),
                    ("আলোচনার", 94.0, 148.0),
                    ("বিষয়", 151.5, 177.0),
                    ("আলোচনা", 207.0, 254.0),
                    ("সিদ্ধান্ত", 342.0, 374.0),
                ],
            ),
            line(620.5, &[("্র", 72.0, 78.0)]),
            line(636.4, &[("ঃ", 72.0, 83.0)]),
            line(662.8, &[("১", 72.0, 79.0), ("২", 94.0, 101.0), ("৩", 207.0, 214.0), ("৪", 342.0, 349.0)]),
            line(
                689.2,
                &[
                    ("১.", 72.0, 82.0),
                    ("গত", 94.0, 110.0),
                    ("সভার", 113.0, 141.0),
                    ("গত", 207.0, 220.0),
                    ("১৯", 223.0, 235.0),
                    ("জুন", 238.0, 260.0),
                    ("গত", 342.0, 355.0),
                ],
            ),
            line(705.1, &[("কার্যবিবরণী", 94.0, 150.0), ("তারিখে", 207.0, 240.0), ("খ্রি.", 342.0, 360.0)]),
            line(721.0, &[("অনুমোদন", 94.0, 141.0)]),
            line(
                747.4,
                &[
                    ("২.", 72.0, 82.0),
                    ("পূর্ববর্তী", 94.0, 140.0),
                    ("গত", 207.0, 220.0),
                    ("সিদ্ধান্ত", 342.0, 380.0),
                ],
            ),
            line(763.3, &[("হার", 94.0, 110.0), ("অব্যাহত", 342.0, 380.0)]),
            line(
                798.7,
                &[
                    ("পরিশেষে", 72.0, 120.0),
                    ("সভায়", 123.0, 150.0),
                    ("আর", 153.0, 170.0),
                    ("কোন", 173.0, 500.0),
                ],
            ),
        ]
    }

    #[test]
    fn rebuilds_rows_and_cells_of_a_bordered_table() {
        let lines = decision_table();
        let tables = find_tables(&lines, None, ColumnGaps::default(), None);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.lines, 1..10, "the paragraphs before and after stay out");
        assert_eq!(
            cells(t),
            [
                vec!["ক্রঃ", "আলোচনার বিষয়", "আলোচনা", "সিদ্ধান্ত"],
                vec!["১", "২", "৩", "৪"],
                vec!["১.", "গত সভার কার্যবিবরণী অনুমোদন", "গত ১৯ জুন তারিখে", "গত খ্রি."],
                vec!["২.", "পূর্ববর্তী হার", "গত", "সিদ্ধান্ত অব্যাহত"],
            ]
        );
    }

    #[test]
    fn without_padding_a_serial_in_the_first_column_starts_a_row() {
        // Long names fill their column, so the votes alone would keep one row.
        let lines = vec![
            line(
                100.0,
                &[
                    ("৫", 72.0, 80.0),
                    ("জনাব", 100.0, 130.0),
                    ("সৈয়দ আলী আহমদ", 133.0, 240.0),
                    ("০১৭", 260.0, 300.0),
                ],
            ),
            line(
                125.5,
                &[
                    ("৬", 72.0, 80.0),
                    ("জনাব", 100.0, 130.0),
                    ("রফিকুল ইসলাম", 133.0, 230.0),
                    ("০১৮", 260.0, 300.0),
                ],
            ),
        ];
        let tables = find_tables(&lines, None, ColumnGaps::default(), None);
        assert_eq!(tables[0].grid.rows.len(), 2);
        assert!(is_serial("১২."));
        assert!(is_serial("3)"));
        assert!(!is_serial("ক"));
        assert!(!is_serial("২০২৪-২৫"));
    }

    #[test]
    fn justified_paragraph_lines_are_not_a_table() {
        // Wide word spaces, but at different places on each line.
        let lines = vec![
            line(100.0, &[("এক", 72.0, 100.0), ("দুই", 120.0, 300.0), ("তিন", 310.0, 500.0)]),
            line(115.9, &[("চার", 72.0, 200.0), ("পাঁচ", 215.0, 500.0)]),
            line(131.8, &[("ছয়", 72.0, 400.0), ("সাত", 420.0, 500.0)]),
        ];
        assert!(find_tables(&lines, None, ColumnGaps::default(), None).is_empty());
    }

    #[test]
    fn a_two_column_key_value_block_is_a_table() {
        let lines = vec![
            line(222.5, &[("সভাপতি", 72.0, 112.0), ("ড.", 217.0, 229.0), ("দেওয়ান", 232.0, 470.0)]),
            line(
                248.9,
                &[
                    ("সভার", 72.0, 100.0),
                    ("তারিখ", 103.0, 133.0),
                    ("১৭", 217.0, 230.0),
                    ("অক্টোবর", 233.0, 307.0),
                ],
            ),
            line(275.3, &[("স্থান", 72.0, 91.0), ("বিভাগীয়", 217.0, 441.0)]),
        ];
        let tables = find_tables(&lines, None, ColumnGaps::default(), None);
        assert_eq!(tables.len(), 1);
        assert_eq!(
            cells(&tables[0]),
            [vec!["সভাপতি", "ড. দেওয়ান"], vec!["সভার তারিখ", "১৭ অক্টোবর"], vec!["স্থান", "বিভাগীয়"]]
        );
    }

    #[test]
    fn a_single_row_of_two_segments_is_not_a_table() {
        let lines = vec![line(100.0, &[("নম্বর:", 72.0, 300.0), ("তারিখ:", 400.0, 520.0)])];
        assert!(find_tables(&lines, None, ColumnGaps::default(), None).is_empty());
    }

    #[test]
    fn a_heading_row_across_the_table_is_one_spanning_cell() {
        let lines = vec![
            line(100.0, &[("ক্রম", 72.0, 100.0), ("নাম", 150.0, 175.0), ("পদবি", 300.0, 330.0)]),
            line(126.0, &[("ক. প্রশাসন শাখা", 72.0, 260.0)]),
            line(152.0, &[("১", 72.0, 80.0), ("রহিম", 150.0, 185.0), ("সচিব", 300.0, 330.0)]),
            line(178.0, &[("২", 72.0, 80.0), ("করিম", 150.0, 180.0), ("উপসচিব", 300.0, 350.0)]),
        ];
        let tables = find_tables(&lines, None, ColumnGaps::default(), None);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.grid.rows.len(), 4);
        assert_eq!(t.grid.rows[1].len(), 1);
        assert_eq!(t.grid.rows[1][0].text, "ক. প্রশাসন শাখা");
        assert_eq!(t.grid.rows[1][0].col_span, 3);
    }

    #[test]
    fn without_padding_a_wrapped_cell_continues_its_row() {
        // "লাইন" would not have fitted after "প্রথম" before the gutter: a wrap.
        let lines = vec![
            line(100.0, &[("১", 72.0, 80.0), ("প্রথম", 150.0, 200.0), ("ক", 245.0, 255.0)]),
            line(115.9, &[("লাইন", 150.0, 190.0)]),
            line(131.8, &[("২", 72.0, 80.0), ("দ্বিতীয়", 150.0, 200.0), ("খ", 245.0, 255.0)]),
        ];
        let tables = find_tables(&lines, None, ColumnGaps::default(), None);
        assert_eq!(cells(&tables[0]), [vec!["১", "প্রথম লাইন", "ক"], vec!["২", "দ্বিতীয়", "খ"]]);
    }

    #[test]
    fn continuation_lines_at_the_top_of_a_page_join_the_table() {
        let lines = vec![
            line(72.0, &[("দপ্তর", 446.0, 469.0)]),
            line(87.9, &[("প্রধানগণ", 446.0, 488.0)]),
            line(114.4, &[("৫.", 72.0, 82.0), ("জেলা", 94.0, 173.0), ("১।", 446.0, 488.0)]),
            line(130.3, &[("টিমের", 94.0, 195.0), ("প্রশাসক", 446.0, 485.0)]),
            line(156.7, &[("৬.", 72.0, 82.0), ("সভা", 94.0, 114.0), ("২।", 446.0, 488.0)]),
        ];
        let tables = find_tables(&lines, None, ColumnGaps::default(), None);
        assert_eq!(tables[0].lines, 0..5);
        assert_eq!(cells(&tables[0])[0], ["", "", "দপ্তর প্রধানগণ"]);
    }
}

#[cfg(test)]
mod empty_column_tests {
    use super::*;

    fn grid(rows: &[&[(&str, u16)]]) -> GridTable {
        GridTable {
            rows: rows
                .iter()
                .map(|r| r.iter().map(|&(t, span)| GridCell { col_span: span, ..GridCell::new(t) }).collect())
                .collect(),
        }
    }

    fn texts(grid: &GridTable) -> Vec<Vec<(String, u16)>> {
        grid.rows.iter().map(|r| r.iter().map(|c| (c.text.clone(), c.col_span)).collect()).collect()
    }

    #[test]
    fn a_column_without_text_in_any_row_is_dropped() {
        let mut g = grid(&[
            &[("৩", 1), ("বিষয়", 1), ("", 1), ("আলোচনা", 1)],
            &[("", 1), ("", 1), ("", 1), ("হয়।", 1)],
        ]);
        let mut columns = vec![(72.0, 80.0), (90.0, 132.0), (134.0, 140.0), (144.0, 370.0)];
        drop_empty_columns(&mut g, &mut columns);
        assert_eq!(columns, [(72.0, 80.0), (90.0, 132.0), (144.0, 370.0)]);
        assert_eq!(
            texts(&g),
            [
                vec![("৩".into(), 1), ("বিষয়".into(), 1), ("আলোচনা".into(), 1)],
                vec![("".into(), 1), ("".into(), 1), ("হয়।".into(), 1)]
            ]
        );
    }

    #[test]
    fn a_column_with_text_or_under_a_spanning_cell_stays() {
        let mut g = grid(&[&[("ক", 1), ("", 1), ("খ", 1)], &[("শিরোনাম", 2), ("গ", 1)]]);
        let mut columns = vec![(0.0, 10.0), (20.0, 30.0), (40.0, 50.0)];
        let before = g.clone();
        drop_empty_columns(&mut g, &mut columns);
        assert_eq!(g, before);
        assert_eq!(columns.len(), 3);
        // A table of empty cells is left alone.
        let mut blank = grid(&[&[("", 1), ("", 1)]]);
        let mut two = vec![(0.0, 10.0), (20.0, 30.0)];
        drop_empty_columns(&mut blank, &mut two);
        assert_eq!(two.len(), 2);
    }
}

#[cfg(test)]
mod continuation_tests {
    use super::tests_support::*;
    use super::*;

    #[test]
    fn a_continuation_with_empty_first_columns_gets_the_earlier_columns() {
        let earlier = [(72.0, 82.0), (94.0, 195.0), (207.0, 330.0), (342.0, 435.0)];
        let lines = vec![
            line(72.0, &[("আছে", 207.0, 323.0), ("কোনরূপ", 342.0, 433.0)]),
            line(87.9, &[("নিকট", 207.0, 325.0), ("না", 342.0, 386.0)]),
        ];
        let tables = find_tables(&lines, Some(&earlier), ColumnGaps::default(), None);
        assert_eq!(tables.len(), 1);
        assert_eq!(cells(&tables[0]), [vec!["", "", "আছে নিকট", "কোনরূপ না"]]);
        assert_eq!(tables[0].columns.len(), 4);
    }

    #[test]
    fn a_ো_kar_close_to_the_next_column_does_not_merge_columns() {
        // Narrow first column wrapping a word cluster by cluster: the wide ো comes
        // within 0.51 h of the next column's text.
        let lines = vec![
            line(100.0, &[("প", 72.0, 81.0), ("অফিস:", 94.0, 173.0), ("হবে", 207.0, 320.0)]),
            line(115.9, &[("ো", 72.0, 86.0), ("কমিশনারের", 94.0, 151.0), ("করার", 207.0, 309.0)]),
            line(131.8, &[("র্টা", 72.0, 82.0), ("কার্যালয়", 94.0, 190.0), ("প্রয়োজনীয়", 207.0, 328.0)]),
        ];
        let tables = find_tables(&lines, None, ColumnGaps::default(), None);
        assert_eq!(cells(&tables[0]), [vec!["পোর্টা", "অফিস: কমিশনারের কার্যালয়", "হবে করার প্রয়োজনীয়"]]);
    }
}
