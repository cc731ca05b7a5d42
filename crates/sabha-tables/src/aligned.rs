//! Columns aligned with spaces, as `pdftotext -layout` prints a table.
//!
//! Positions are counted in characters (Unicode scalar values), the unit
//! `pdftotext` pads with: a Bengali conjunct of four code points takes four
//! positions. A line's *segments* are its runs of text separated by two or more
//! spaces; a *multi* line has two or more segments.
//!
//! 1. Candidate regions: from a multi line, the following lines while blank runs
//!    stay short and single-segment lines (wrapped cells) do not run on too long.
//! 2. Columns: the *gutters* are the positions no multi line of the region
//!    touches (one stray line in ten is tolerated, for a cell `pdftotext` set
//!    off its column, one in five); a gutter separates columns when at least
//!    two lines have a gap across it, or the first line (the header) has a gap
//!    of three or more across it (a column named in the header, empty below).
//!    Each page (a form feed starts one) gets its own columns.
//! 3. A single-segment line that starts in the first column and runs across a
//!    gutter is prose: the region is cut
//!    there and each piece gets its columns again (once — so the work stays
//!    linear).
//! 4. Rows: after a blank line a new row starts (rows are printed with blank
//!    lines between them); without blank lines, a new row starts at a serial in
//!    the first column if the table has serials, else at any text in the first
//!    column. Other lines continue the row's cells (wrapped text), joined with a
//!    space. A text goes to the column its first character falls in.
//!
//! Minimum evidence: two columns, two multi lines, a row with two or more
//! cells (one row may fill a page); a two-column table needs three multi lines (or a header of two known
//! column names) and a left-aligned second column — which keeps out two
//! signatures printed side by side (centred, so their starts wander) — and must
//! not be a numbered list.

use sabha_doc::Span;

use crate::raw::{RawCell, RawRow, RawTable, claim, line_number};
use crate::shape::{self, GridRow};
use crate::text::{
    any_byte, clean_cell_text, fold_whitespace, is_page_furniture, is_section_title, is_serial_like,
    is_total_label, split_leading_serial,
};

/// The most lines of a table header looked for again after a page break (a
/// header wraps over a few lines; looking for more would cost a pass per line).
const MAX_HEADER_LINES: usize = 6;

/// Blank lines a region may hold in a row (a page break prints a few).
const MAX_BLANK_RUN: usize = 3;
/// Single-segment lines a region may hold in a row (a long cell wrapping).
const MAX_SINGLE_RUN: usize = 40;
/// How many trailing chunks of a table are checked for not belonging to it.
const MAX_TRAILING_CHUNK_CHECKS: usize = 3;
/// A gutter only the first line (the header) has a gap across must be this
/// wide: a column named in the header and empty below (004's স্বাক্ষর).
const MIN_HEADER_ONLY_GUTTER: usize = 3;

/// A run of text in a line: character positions `start..end`, bytes `bytes`.
#[derive(Clone, Debug)]
struct Segment {
    start: usize,
    end: usize,
    bytes: std::ops::Range<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Blank,
    /// A line another reader took, or one holding a tab: ends a region.
    Breaker,
    Single,
    Multi,
    /// A page number or footer (`পৃষ্ঠা ২ এর ৩`, `Page 2 of 4`, `- ২ -`): not part of
    /// the table it interrupts.
    Furniture,
}

impl Kind {
    /// A line that separates chunks of a table: blank, or a page footer.
    fn is_gap(self) -> bool {
        matches!(self, Kind::Blank | Kind::Furniture)
    }
}

struct Line<'a> {
    text: &'a str,
    segments: Vec<Segment>,
    kind: Kind,
}

/// Column boundaries: column `k` runs from `starts[k]`; `gutters[k]` is the
/// gutter `(a, b)` between columns `k` and `k + 1`.
#[derive(Debug)]
struct Columns {
    starts: Vec<usize>,
    gutters: Vec<(usize, usize)>,
}

impl Columns {
    fn count(&self) -> usize {
        self.starts.len()
    }

    /// The column a segment starting at `position` belongs to; a segment that
    /// starts inside a gutter goes to the column on its right.
    fn of(&self, position: usize) -> usize {
        self.gutters.partition_point(|&(a, _)| a <= position)
    }

    /// The segment runs over a whole gutter, from one column into the next: a
    /// prose line, not a wrapped cell (which may reach into a gutter but not
    /// across it).
    fn spans_gutter(&self, segment: &Segment) -> bool {
        let i = self.gutters.partition_point(|&(a, _)| a <= segment.start);
        self.gutters.get(i).is_some_and(|&(_, b)| b < segment.end)
    }
}

pub(crate) fn find(lines: &[&str], first_line: u32, claimed: &mut [bool]) -> Vec<RawTable> {
    let kinds: Vec<Kind> =
        lines.iter().zip(claimed.iter()).map(|(text, &taken)| kind_of(text, taken)).collect();
    let mut tables = Vec::new();
    let mut i = 0;
    while i < kinds.len() {
        if kinds[i] != Kind::Multi {
            i += 1;
            continue;
        }
        let end = region_end(&kinds, i);
        // Segments are only needed inside candidate regions.
        let region: Vec<Line> = (i..end).map(|j| Line::read(lines[j], kinds[j])).collect();
        for (part_start, part_end) in between_prose_blocks(&region) {
            for table in read_region(&region, part_start, part_end, line_number(first_line, i)) {
                claim(claimed, &table, first_line);
                tables.push(table);
            }
        }
        i = end.max(i + 1);
    }
    tables
}

fn kind_of(text: &str, taken: bool) -> Kind {
    match line_kind(text, taken) {
        Kind::Single if is_footer(text) => Kind::Furniture,
        kind => kind,
    }
}

/// A page footer line with a page mark: a word (`পৃষ্ঠা ১ এর ২`, `Page 2 of 4`),
/// dashes (`- ২ -`) or a slash (`২/৫`). Numbers alone (`২`, `২০২৪`, `২০২৪ ২০২৫`) are
/// serials or the wrapped end of a cell in an aligned table, not a page number.
fn is_footer(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    is_page_furniture(t) && t.chars().any(|c| !c.is_numeric() && !c.is_whitespace())
}

fn line_kind(text: &str, taken: bool) -> Kind {
    if taken || text.contains('\t') {
        return Kind::Breaker;
    }
    // Fast path for the common line whose only white space is U+0020: no byte
    // below 0x20 and no lead byte of a non-ASCII space (U+0085, U+00A0, U+1680,
    // U+2000…U+205F, U+3000). Bengali letters (E0 A6/A7 ..) pass.
    let plain_spaces = !any_byte(text.as_bytes(), |b| (b < 0x20) | (b == 0xC2) | (b.wrapping_sub(0xE1) < 3));
    if plain_spaces {
        let t = text.trim_matches(' ');
        return match (t.is_empty(), t.contains("  ")) {
            (true, _) => Kind::Blank,
            (false, true) => Kind::Multi,
            (false, false) => Kind::Single,
        };
    }
    match Segments::new(text).take(2).count() {
        0 => Kind::Blank,
        1 => Kind::Single,
        _ => Kind::Multi,
    }
}

impl<'a> Line<'a> {
    fn read(text: &'a str, kind: Kind) -> Line<'a> {
        let segments = if kind == Kind::Breaker { Vec::new() } else { Segments::new(text).collect() };
        Line { text, segments, kind }
    }
}

/// Runs of text separated by two or more spaces. A form feed takes no position.
struct Segments<'a> {
    chars: std::str::CharIndices<'a>,
    column: usize,
    spaces: usize,
    current: Option<Segment>,
}

impl<'a> Segments<'a> {
    fn new(line: &'a str) -> Segments<'a> {
        Segments { chars: line.char_indices(), column: 0, spaces: 0, current: None }
    }
}

impl Iterator for Segments<'_> {
    type Item = Segment;

    fn next(&mut self) -> Option<Segment> {
        for (byte, c) in self.chars.by_ref() {
            if c == '\u{c}' {
                continue;
            }
            let column = self.column;
            self.column += 1;
            if c.is_whitespace() {
                self.spaces += 1;
                if self.spaces >= 2 {
                    if let Some(done) = self.current.take() {
                        return Some(done);
                    }
                }
                continue;
            }
            self.spaces = 0;
            let end_byte = byte + c.len_utf8();
            match &mut self.current {
                Some(segment) => {
                    segment.end = column + 1;
                    segment.bytes.end = end_byte;
                }
                None => {
                    self.current = Some(Segment { start: column, end: column + 1, bytes: byte..end_byte })
                }
            }
        }
        self.current.take()
    }
}

/// The parts of a region between its prose blocks. A region may run from a
/// key/value header block over a paragraph to a table (`pdftotext -layout` output
/// of a whole page), and one set of columns cannot serve both: the paragraph, two
/// or more single-segment lines in a row that start at the region's left margin
/// and run over much of its width, parts them. Wrapped cells are narrower, or start
/// in a later column.
fn between_prose_blocks(region: &[Line]) -> Vec<(usize, usize)> {
    let margin = region.iter().filter_map(|l| l.segments.first()).map(|s| s.start).min().unwrap_or(0);
    let width = region.iter().filter_map(|l| l.segments.last()).map(|s| s.end).max().unwrap_or(0);
    let is_prose_line = |l: &Line| {
        l.kind == Kind::Single
            && l.segments.first().is_some_and(|s| s.start <= margin + 2 && (s.end - s.start) * 5 >= width * 2)
    };
    let mut parts = Vec::new();
    let mut part_start = 0;
    let mut k = 0;
    while k < region.len() {
        let run = region[k..].iter().take_while(|l| is_prose_line(l)).count();
        if run >= 2 {
            if k > part_start {
                parts.push((part_start, k));
            }
            part_start = k + run;
            k += run;
        } else {
            k += 1;
        }
    }
    if part_start < region.len() {
        parts.push((part_start, region.len()));
    }
    parts
}

/// The end (exclusive) of the candidate region starting at multi line `start`:
/// it stops at a breaker, a long blank run or a long run of single lines, and
/// ends on the last non-blank line before that.
fn region_end(kinds: &[Kind], start: usize) -> usize {
    let mut last_non_blank = start;
    let mut blanks = 0;
    let mut singles = 0;
    for (j, kind) in kinds.iter().enumerate().skip(start + 1) {
        match kind {
            Kind::Breaker => break,
            // A page footer neither extends a region nor ends it.
            Kind::Furniture => continue,
            Kind::Blank => {
                blanks += 1;
                if blanks > MAX_BLANK_RUN {
                    break;
                }
                continue;
            }
            Kind::Single => {
                singles += 1;
                if singles > MAX_SINGLE_RUN {
                    break;
                }
            }
            Kind::Multi => singles = 0,
        }
        blanks = 0;
        last_non_blank = j;
    }
    last_non_blank + 1
}

/// Tables found in lines `start..end`: the region split into pages, each page's
/// columns found, the page cut at prose lines, each piece read with its own
/// columns.
fn read_region(lines: &[Line], start: usize, end: usize, first_line: u32) -> Vec<RawTable> {
    let mut tables = Vec::new();
    // The header lines of the region's first table, to know them again when a later
    // page prints them again.
    let mut header: Option<Vec<String>> = None;
    for (page_start, page_end) in pages(lines, start, end) {
        let Some(columns) = find_columns(&lines[page_start..page_end]) else { continue };
        let mut piece_start = page_start;
        for j in page_start..=page_end {
            let is_cut = j == page_end || is_prose(&lines[j], &columns);
            if !is_cut {
                continue;
            }
            let whole = piece_start == page_start && j == page_end;
            let piece = Piece { start: piece_start, end: j, first_line };
            tables.extend(read_piece(lines, piece, whole.then_some(&columns), &mut header));
            piece_start = j + 1;
        }
    }
    tables
}

/// A single-segment line that starts in the first column and runs across a
/// gutter: text under (or over) the table, not a wrapped cell. A wrapped cell of
/// a later column may overrun a gutter when `pdftotext` shifts a page; it is
/// kept.
fn is_prose(line: &Line, columns: &Columns) -> bool {
    line.kind == Kind::Single
        && line.segments.iter().any(|s| columns.of(s.start) == 0 && columns.spans_gutter(s))
        && !is_section_line(line, columns)
}

/// A section row (`(ক) বিনিয়োগ প্রকল্প`) printed across the table: one text with a
/// section label that starts in the first column or runs across a gutter (a
/// wrapped cell of a later column never does).
fn is_section_line(line: &Line, columns: &Columns) -> bool {
    let [segment] = line.segments.as_slice() else { return false };
    let across = columns.of(segment.start) == 0 || columns.spans_gutter(segment);
    line.kind == Kind::Single && across && is_section_title(&line.text[segment.bytes.clone()])
}

/// A total row: `মোট =` (or `সর্বমোট`, `Total`) in the first or second column.
fn is_total_line(line: &Line, columns: &Columns) -> bool {
    line.segments
        .first()
        .is_some_and(|s| columns.of(s.start) <= 1 && is_total_label(&line.text[s.bytes.clone()]))
}

/// Lines `start..end` of a region whose first line is number `first_line`.
#[derive(Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    first_line: u32,
}

/// Splits lines `start..end` where a page starts (`pdftotext` begins a page's
/// first line with a form feed): each page of a table may have its own column
/// positions. The single lines that open a page before its first blank or multi
/// line end the last row of the page before, and stay with it; so does a page
/// part with fewer than two multi lines (the end of a row spilling over).
fn pages(lines: &[Line], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pages: Vec<(usize, usize)> = Vec::new();
    let mut page_start = start;
    let mut j = start + 1;
    while j <= end {
        if j < end && !lines[j].text.contains('\u{c}') {
            j += 1;
            continue;
        }
        let split = (j..end).find(|&k| lines[k].kind != Kind::Single).unwrap_or(end);
        let multi = lines[page_start..split].iter().filter(|l| l.kind == Kind::Multi).count();
        match pages.last_mut() {
            Some(last) if multi < 2 => last.1 = split,
            _ => pages.push((page_start, split)),
        }
        page_start = split;
        j = split.max(j) + 1;
    }
    if let Some(last) = pages.last_mut() {
        last.1 = end;
    }
    pages
}

/// Reads lines `start..end` as one table, trimmed to start at a multi line and
/// to end before trailing lines that are not part of it. `columns` are the
/// region's when the piece is the whole region. `header` holds the header lines
/// of the region's first table (set here when this is it): a later page that
/// prints them again has them as its header row, and the same lines further
/// down a piece are skipped.
fn read_piece(
    lines: &[Line],
    piece: Piece,
    columns: Option<&Columns>,
    header: &mut Option<Vec<String>>,
) -> Option<RawTable> {
    let Piece { start, end, first_line } = piece;
    let start = (start..end).find(|&j| lines[j].kind == Kind::Multi)?;
    let owned;
    let columns = match columns {
        Some(c) => c,
        None => {
            owned = find_columns(&lines[start..end])?;
            &owned
        }
    };
    let trimmed = trim_trailing_chunks(lines, start, end, columns);
    let recomputed;
    let columns = if trimmed == end {
        columns
    } else {
        recomputed = find_columns(&lines[start..trimmed])?;
        &recomputed
    };
    let end = trimmed;
    let piece_lines = &lines[start..end];
    let first_number = line_number(first_line, start);
    let mut breaks = page_break_lines(piece_lines, None);
    let repeated = header.as_deref().map_or(0, |h| repeated_header_len(piece_lines, h));
    let mut rows = assemble_rows(piece_lines, columns, first_number, repeated, &breaks);
    let multi_lines = piece_lines.iter().filter(|l| l.kind == Kind::Multi).count();
    let grid = shape::grid_rows(rows.clone());
    if !has_evidence(&grid, columns, piece_lines, multi_lines) {
        return None;
    }
    if header.is_none() && grid.first().is_some_and(shape::is_strong_header) {
        let first_data_line = rows.get(1).map_or(u32::MAX, |r| r.span.start_line);
        *header = Some(header_lines(piece_lines, first_number, first_data_line));
    }
    // A header printed again inside the piece (its page break left no form feed):
    // read the rows again without it, so a cell wrapped over the break stays whole.
    let with_header = page_break_lines(piece_lines, header.as_deref());
    if with_header != breaks {
        breaks = with_header;
        rows = assemble_rows(piece_lines, columns, first_number, repeated, &breaks);
    }
    let span =
        Span { start_line: line_number(first_line, start), end_line: line_number(first_line, end - 1) };
    Some(RawTable { span, rows, explicit_header: false })
}

/// A line's text with its white space (and a form feed) folded.
fn folded(text: &str) -> String {
    fold_whitespace(&text.replace('\u{c}', " "))
}

/// The folded texts of the lines of `piece` (whose first line is number
/// `first_line`) above line number `first_data_line`: the header as printed.
fn header_lines(piece: &[Line], first_line: u32, first_data_line: u32) -> Vec<String> {
    piece
        .iter()
        .enumerate()
        .take_while(|&(k, _)| line_number(first_line, k) < first_data_line)
        .filter(|(_, l)| l.kind == Kind::Multi || l.kind == Kind::Single)
        .take(MAX_HEADER_LINES)
        .map(|(_, l)| folded(l.text))
        .collect()
}

/// Lines of `piece` a page break printed, which belong to no row: a page footer
/// with the blank lines around it, and below the first line the table's `header`
/// printed again with the blank lines above it. Text exports lose the form feed,
/// so the footer and the repeated header are all that mark the break.
fn page_break_lines(piece: &[Line], header: Option<&[String]>) -> Vec<bool> {
    let mut marks = vec![false; piece.len()];
    let mut run_start = 0;
    for k in 0..=piece.len() {
        if piece.get(k).is_some_and(|l| l.kind.is_gap()) {
            continue;
        }
        let run = run_start..k;
        if piece[run.clone()].iter().any(|l| l.kind == Kind::Furniture) {
            marks[run.clone()].fill(true);
        }
        let repeated = match header {
            Some(h) if k > 0 && k < piece.len() => repeated_header_len(&piece[k..], h),
            _ => 0,
        };
        if repeated > 0 {
            marks[run.start..k + repeated].fill(true);
        }
        run_start = k + 1;
    }
    marks
}

/// How many lines at the start of `piece` print `header` again (at least its first
/// line, each line as printed there): 0 when the piece does not start with it.
fn repeated_header_len(piece: &[Line], header: &[String]) -> usize {
    let mut matched = 0;
    let mut taken = 0;
    for (k, line) in piece.iter().enumerate() {
        if line.kind.is_gap() {
            continue;
        }
        match header.get(matched) {
            Some(h) if *h == folded(line.text) => {
                matched += 1;
                taken = k + 1;
            }
            _ => break,
        }
    }
    taken
}

/// Evidence for an aligned table lies in its lines more than its rows (one row
/// may fill a page): two columns, two multi lines, a row of two or more cells,
/// not a numbered list.
fn has_evidence(grid: &[GridRow], columns: &Columns, lines: &[Line], multi_lines: usize) -> bool {
    let multi_cell_rows = grid.iter().filter(|r| r.non_empty() >= 2).count();
    if columns.count() < 2 || multi_lines < 2 || multi_cell_rows < 1 || shape::looks_like_list(grid) {
        return false;
    }
    if columns.count() == 2 {
        let header_named = grid.first().is_some_and(shape::is_strong_header);
        return (multi_lines >= 3 || header_named) && is_left_aligned(lines, columns, 1);
    }
    true
}

/// Most texts of column `k` start at the column's left edge (one position of
/// slack): a table column, not centred text.
fn is_left_aligned(lines: &[Line], columns: &Columns, k: usize) -> bool {
    let Some(&edge) = columns.starts.get(k) else { return false };
    let starts: Vec<usize> = lines
        .iter()
        .flat_map(|l| l.segments.iter())
        .filter(|s| columns.of(s.start) == k)
        .map(|s| s.start)
        .collect();
    let aligned = starts.iter().filter(|&&s| s <= edge + 1).count();
    !starts.is_empty() && aligned * 10 >= starts.len() * 7
}

/// The columns of the multi lines of `lines`, or `None` if there are fewer than
/// two or no gutter separates them.
fn find_columns(lines: &[Line]) -> Option<Columns> {
    let multi: Vec<&[Segment]> =
        lines.iter().filter(|l| l.kind == Kind::Multi).map(|l| l.segments.as_slice()).collect();
    if multi.len() < 2 {
        return None;
    }
    let lo = multi.iter().filter_map(|s| s.first()).map(|s| s.start).min()?;
    let hi = multi.iter().filter_map(|s| s.last()).map(|s| s.end).max()?;
    let mut occupied = vec![0u32; hi - lo];
    for segment in multi.iter().flat_map(|s| s.iter()) {
        for slot in &mut occupied[segment.start - lo..segment.end - lo] {
            *slot += 1;
        }
    }
    let tolerance = u32::try_from(multi.len() / 5).unwrap_or(u32::MAX);
    let mut candidates = gutter_runs(&occupied, lo, tolerance);
    if tolerance > 0 {
        // A text lying wholly inside a tolerated run is a column of its own (one
        // the header alone names), not a stray text across a gutter.
        let islands: Vec<&Segment> = multi
            .iter()
            .flat_map(|s| s.iter())
            .filter(|seg| {
                let i = candidates.partition_point(|&(_, b)| b <= seg.start);
                candidates.get(i).is_some_and(|&(a, b)| a <= seg.start && seg.end <= b)
            })
            .collect();
        if !islands.is_empty() {
            for seg in islands {
                for slot in &mut occupied[seg.start - lo..seg.end - lo] {
                    *slot = u32::MAX;
                }
            }
            candidates = gutter_runs(&occupied, lo, tolerance);
        }
    }
    // A run reaching the end is the right margin, not a gutter.
    candidates.retain(|&(_, b)| b < hi);
    let witnesses = count_witnesses(&multi, &candidates);
    let named_by_header = count_witnesses(&multi[..1], &candidates);
    let gutters: Vec<(usize, usize)> = candidates
        .into_iter()
        .zip(witnesses.into_iter().zip(named_by_header))
        .filter(|&((a, b), (w, header))| w >= 2 || (header == 1 && b - a >= MIN_HEADER_ONLY_GUTTER))
        .map(|(g, _)| g)
        .collect();
    if gutters.is_empty() {
        return None;
    }
    let mut starts = vec![lo];
    starts.extend(gutters.iter().map(|&(_, b)| b));
    Some(Columns { starts, gutters })
}

/// Maximal runs of positions occupied by at most `tolerance` lines, after the
/// first occupied position (a run may reach the end: see [`find_columns`]).
fn gutter_runs(occupied: &[u32], lo: usize, tolerance: u32) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut run_start: Option<usize> = None;
    for (i, &count) in occupied.iter().enumerate() {
        if count <= tolerance {
            run_start.get_or_insert(i);
        } else if let Some(s) = run_start.take() {
            if s > 0 {
                runs.push((lo + s, lo + i));
            }
        }
    }
    if let Some(s) = run_start.filter(|&s| s > 0) {
        runs.push((lo + s, lo + occupied.len()));
    }
    runs
}

/// For each gutter, the number of lines with a gap (between two of their
/// segments) covering all of it. Linear: each gap adds one to a range of
/// gutters through a difference array.
fn count_witnesses(lines: &[&[Segment]], gutters: &[(usize, usize)]) -> Vec<usize> {
    let mut diff = vec![0isize; gutters.len() + 1];
    for segments in lines {
        for pair in segments.windows(2) {
            let (gap_start, gap_end) = (pair[0].end, pair[1].start);
            let first = gutters.partition_point(|&(a, _)| a < gap_start);
            let last = gutters.partition_point(|&(_, b)| b <= gap_end);
            if first < last {
                diff[first] += 1;
                diff[last] -= 1;
            }
        }
    }
    let mut running = 0isize;
    gutters
        .iter()
        .enumerate()
        .map(|(i, _)| {
            running += diff[i];
            usize::try_from(running).unwrap_or(0)
        })
        .collect()
}

/// Drops trailing chunks (after a blank line) that are not rows of the table:
/// a chunk of single-segment lines that does not start with a serial (a closing
/// remark under the table; 003's rows `৭.` … `১১.`, a serial alone, stay), and a
/// chunk whose texts do not start at the columns of the lines above it (two
/// signatures printed side by side under the table, each centred).
fn trim_trailing_chunks(lines: &[Line], start: usize, end: usize, columns: &Columns) -> usize {
    let mut end = end;
    for _ in 0..MAX_TRAILING_CHUNK_CHECKS {
        while end > start && lines[end - 1].kind.is_gap() {
            end -= 1;
        }
        let chunk_start = (start..end).rev().find(|&j| lines[j].kind.is_gap()).map_or(start, |j| j + 1);
        if chunk_start == start {
            return end;
        }
        let chunk = &lines[chunk_start..end];
        let foreign = if chunk.iter().all(|l| l.kind == Kind::Single) {
            !first_column_text(&chunk[0], columns).is_some_and(starts_with_serial)
        } else {
            find_columns(&lines[start..chunk_start]).is_some_and(|above| !starts_at_columns(chunk, &above))
        };
        if !foreign {
            return end;
        }
        end = chunk_start;
    }
    end
}

/// At least half the texts of `chunk` start at (or one or two positions after)
/// a column's left edge.
fn starts_at_columns(chunk: &[Line], columns: &Columns) -> bool {
    let starts: Vec<usize> = chunk.iter().flat_map(|l| l.segments.iter().map(|s| s.start)).collect();
    let aligned = starts
        .iter()
        .filter(|&&s| {
            let k = columns.starts.partition_point(|&edge| edge <= s);
            k > 0 && s - columns.starts[k - 1] <= 2
        })
        .count();
    aligned * 2 >= starts.len()
}

fn first_column_text<'a>(line: &Line<'a>, columns: &Columns) -> Option<&'a str> {
    let first = line.segments.first()?;
    (columns.of(first.start) == 0).then(|| &line.text[first.bytes.clone()])
}

fn starts_with_serial(text: &str) -> bool {
    is_serial_like(text) || split_leading_serial(text).is_some()
}

/// `সভাপতি          : জনাব …`: a label in the first column and its value, opened by
/// the separator, in the next — each such line is a row of a key/value block,
/// even where blank lines part the block's groups.
fn is_label_value_line(line: &Line, columns: &Columns) -> bool {
    let mut segments = line.segments.iter();
    let (Some(first), Some(second)) = (segments.next(), segments.next()) else { return false };
    columns.of(first.start) == 0
        && columns.of(second.start) == 1
        && line.text.get(second.bytes.clone()).is_some_and(|t| t.starts_with([':', 'ঃ']))
}

/// The rows of `piece` (whose first line is number `first_line`). After a blank
/// line a new row starts when rows are printed with blank lines between them;
/// otherwise at a serial in the first column (in a table with serials) or at any
/// text in the first column. A section row (`(ক) …`) and a total row (`মোট = …`)
/// are rows of their own. The first `repeated` lines are a header printed again
/// after a page break: one row, and a new row starts after it. Lines marked in
/// `page_break` are skipped and end no row.
fn assemble_rows(
    piece: &[Line],
    columns: &Columns,
    first_line: u32,
    repeated: usize,
    page_break: &[bool],
) -> Vec<RawRow> {
    let in_break = |k: usize| page_break.get(k).copied().unwrap_or(false);
    let blank_separated = piece.iter().enumerate().any(|(k, l)| l.kind == Kind::Blank && !in_break(k));
    let serial_rows = piece.iter().filter_map(|l| first_column_text(l, columns)).any(starts_with_serial);
    let mut rows: Vec<RowBuilder> = Vec::new();
    let mut after_blank = false;
    let mut force_next = false;
    for (offset, line) in piece.iter().enumerate() {
        if in_break(offset) {
            continue;
        }
        match line.kind {
            Kind::Blank => {
                after_blank = true;
                continue;
            }
            Kind::Furniture => continue,
            _ => {}
        }
        let first_text = first_column_text(line, columns);
        let own_row = is_section_line(line, columns)
            || is_total_line(line, columns)
            || is_label_value_line(line, columns);
        let in_repeated_header = offset > 0 && offset < repeated;
        let starts_row = !in_repeated_header
            && (rows.is_empty()
                || force_next
                || own_row
                || (blank_separated && after_blank)
                || (serial_rows && first_text.is_some_and(starts_with_serial))
                || (!serial_rows && !blank_separated && first_text.is_some()));
        after_blank = false;
        force_next = own_row || offset + 1 == repeated;
        if starts_row {
            rows.push(RowBuilder::new(columns.count()));
        }
        let number = line_number(first_line, offset);
        if let Some(row) = rows.last_mut() {
            row.add(line, columns, number);
        }
    }
    rows.into_iter().map(RowBuilder::finish).collect()
}

struct RowBuilder {
    texts: Vec<String>,
    spans: Vec<Option<Span>>,
    span: Option<Span>,
}

impl RowBuilder {
    fn new(width: usize) -> RowBuilder {
        RowBuilder { texts: vec![String::new(); width], spans: vec![None; width], span: None }
    }

    fn add(&mut self, line: &Line, columns: &Columns, number: u32) {
        let here = Span::line(number);
        self.span = Some(self.span.map_or(here, |s| s.to(here)));
        for segment in &line.segments {
            let k = columns.of(segment.start).min(self.texts.len().saturating_sub(1));
            let text = &line.text[segment.bytes.clone()];
            if !self.texts[k].is_empty() {
                self.texts[k].push(' ');
            }
            self.texts[k].push_str(text);
            self.spans[k] = Some(self.spans[k].map_or(here, |s| s.to(here)));
        }
    }

    fn finish(self) -> RawRow {
        let span = self.span.unwrap_or(Span::line(0));
        let cells = self
            .texts
            .iter()
            .zip(self.spans)
            .map(|(text, cell_span)| RawCell::new(clean_cell_text(text), cell_span.unwrap_or(span)))
            .collect();
        RawRow { cells, span, header: false }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(line: &str) -> Vec<(usize, usize)> {
        Segments::new(line).map(|s| (s.start, s.end)).collect()
    }

    #[test]
    fn segments_split_on_two_spaces() {
        assert_eq!(starts("ক খ  গ"), vec![(0, 3), (5, 6)]);
        assert_eq!(starts("   ক   খ  "), vec![(3, 4), (7, 8)]);
        assert_eq!(starts("\u{c}ক  খ"), vec![(0, 1), (3, 4)]);
        assert!(starts("   ").is_empty());
    }

    #[test]
    fn the_fast_line_kinds_agree_with_the_segments() {
        for line in [
            "",
            "   ",
            "ক খ",
            "ক  খ",
            "  ক  ",
            "ক\u{a0}\u{a0}খ",
            "“ক”  খ",
            "\u{c}ক  খ",
            "ক \u{3000}খ",
            "a b  c",
        ] {
            let slow = match Segments::new(line).take(2).count() {
                0 => Kind::Blank,
                1 => Kind::Single,
                _ => Kind::Multi,
            };
            assert_eq!(line_kind(line, false), slow, "{line:?}");
        }
    }

    #[test]
    fn positions_count_code_points() {
        // ক্র is three code points.
        assert_eq!(starts("ক্র  খ"), vec![(0, 3), (5, 6)]);
    }
}

#[cfg(test)]
mod find_tests {
    use crate::find_in_text as find;

    #[test]
    fn justified_prose_with_double_spaces_is_not_a_table() {
        let text = "সভায় জানানো হয় যে,  জনগণের দোরগোড়ায় ই-সেবা নিশ্চিত করা এবং ডিজিটাল\n\
                    বাংলাদেশ বাস্তবায়নের  লক্ষ্যে প্রতিটি দপ্তরে ই-সেবা কার্যক্রম চলছে এবং\n\
                    প্রশিক্ষণ প্রাপ্ত কর্মকর্তাগণ  স্ব স্ব দপ্তরে বিভিন্ন উদ্যোগ নিয়েছেন।";
        assert!(find(text).is_empty());
    }

    #[test]
    fn centred_signatures_side_by_side_are_not_a_table() {
        let text = "      (মোঃ আশরাফুল ইসলাম)                  (সাঈফ-উল-আরিফিন)\n\
                    অতিরিক্ত জেলা প্রশাসক (সার্বিক)              সহকারী কমিশনার\n\
                    \u{20}          নাটোর                           আইসিটি শাখা";
        assert!(find(text).is_empty());
    }

    #[test]
    fn a_key_value_block_of_three_lines_is_a_table() {
        let text = "সভাপতি          জনাব মোঃ আব্দুল করিম\nসভার তারিখ      ১২ মার্চ ২০২৪\nস্থান           সম্মেলন কক্ষ";
        let tables = find(text);
        assert_eq!(tables.len(), 1);
        assert!(crate::key_values(&tables[0]).is_some());
    }

    #[test]
    fn two_aligned_lines_of_two_columns_are_not_enough() {
        assert!(find("সভাপতি          জনাব মোঃ আব্দুল করিম\nস্থান           সম্মেলন কক্ষ").is_empty());
    }

    #[test]
    fn prose_right_under_a_table_is_cut_off() {
        let text = "ক্রম   বিষয়        সিদ্ধান্ত\n১      ই-নথি        চালু করতে হবে\n২      সেবা         দিতে হবে\n\
                    পরিশেষে সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।";
        let tables = find(text);
        assert_eq!((tables[0].span.start_line, tables[0].span.end_line), (1, 3));
    }

    /// A page break in a text export without its form feed: the blank lines, the
    /// footer and the header printed again belong to no row, and the cell wrapped
    /// over the break stays one cell.
    #[test]
    fn a_page_footer_and_repeated_header_are_skipped() {
        let header = "ক্রম   বিষয়              সিদ্ধান্ত                দায়িত্ব\n";
        let text = format!(
            "{header}১.     ই-নথি চালু        সকল দপ্তরে ই-নথি          সহকারী কমিশনার\n\
             \u{20}                        চালু করতে\n\n\n\
             \u{20}                       পৃষ্ঠা ১ এর ২\n\
             {header}\u{20}                        হবে।\n\
             ২.     সেবা সপ্তাহ       সেবা সপ্তাহ পালন          উপজেলা প্রশাসন\n\
             \u{20}                        করতে হবে।"
        );
        let tables = find(&text);
        assert_eq!(tables.len(), 1);
        let cells =
            |r: usize| -> Vec<&str> { tables[0].rows[r].cells.iter().map(|c| c.text.as_str()).collect() };
        assert_eq!(tables[0].rows.len(), 2);
        assert_eq!(cells(0)[2], "সকল দপ্তরে ই-নথি চালু করতে হবে।");
        assert_eq!(cells(1)[0], "২.");
    }

    #[test]
    fn a_number_alone_is_no_footer() {
        assert!(super::is_footer("   পৃষ্ঠা ১ এর ২"));
        assert!(super::is_footer("\u{c}- ২ -"));
        assert!(!super::is_footer("       ২০২৪"));
        assert!(!super::is_footer("২"));
        assert!(!super::is_footer("            ২০২৪ ২০২৪"));
        assert!(super::is_footer("২/৫"));
    }

    #[test]
    fn section_and_total_rows_are_rows_of_their_own() {
        let text = "ক্রম   প্রকল্প             ব্যয়          সিদ্ধান্ত\n\
                    (ক) ভৌত অবকাঠামো খাত\n\
                    ১.     রাস্তা নির্মাণ      ৫,০০,০০০/-     অনুমোদিত হলো।\n\
                    ২.     ড্রেন নির্মাণ       ৩,০০,০০০/-     অনুমোদিত হলো।\n\
                    \u{20}      মোট =              ৮,০০,০০০/-";
        let tables = find(text);
        let first: Vec<&str> = tables[0].rows.iter().map(|r| r.cells[0].text.as_str()).collect();
        assert_eq!(first, ["(ক) ভৌত অবকাঠামো খাত", "১.", "২.", ""]);
        assert_eq!(tables[0].rows[3].cells[1].text, "মোট =");
    }

    #[test]
    fn a_paragraph_parts_a_header_block_from_the_table_below_it() {
        let text = "     সভাপতি          :   জনাব ক খ, সচিব\n     স্থান            :   সম্মেলন কক্ষ\n\n     ১.০ সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করেন এবং প্রকল্পসমূহের\n     অগ্রগতি পর্যালোচনা করা হয়। বিস্তারিত আলোচনা শেষে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n\n   ক্রম  প্রকল্পের নাম          বরাদ্দ        সভার সিদ্ধান্ত\n   ১     স্টেডিয়াম নির্মাণ        ৪২,৫০০.০০     কাজ শেষ করতে হবে।\n   ২     প্রশিক্ষণ কেন্দ্র         ১৮,২০০.০০     ক্রয় সম্পন্ন করতে হবে।";
        let tables = find(text);
        assert_eq!(tables.len(), 2, "{tables:#?}");
        assert_eq!(tables[0].rows.len(), 2);
        let serials: Vec<&str> = tables[1].rows.iter().map(|r| r.cells[0].text.as_str()).collect();
        assert_eq!(serials, ["১", "২"]);
    }

    #[test]
    fn padded_label_lines_are_rows_of_their_own_across_blank_lines() {
        let text = "প্যাকেজ নং      : KP/W-07\nকাজের নাম       : ড্রেন নির্মাণ\n\nসভাপতি          : জনাব ক খ\nস্থান            : সম্মেলন কক্ষ";
        let tables = find(text);
        let labels: Vec<&str> = tables[0].rows.iter().map(|r| r.cells[0].text.as_str()).collect();
        assert_eq!(labels, ["প্যাকেজ নং", "কাজের নাম", "সভাপতি", "স্থান"]);
    }
}
