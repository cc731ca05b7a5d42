//! The shaping every reader shares: spans laid out on a grid, rule and empty rows
//! skipped, header rows and the column-number row found, repeated headers
//! dropped, serial-and-first-cell run-togethers split, ragged rows flagged, and
//! column roles read from the header.

use sabha_doc::{Cell, Column, ColumnRole, Row, Span, Table};

use crate::raw::{RawRow, RawTable};
use crate::roles::column_role;
use crate::text::{
    is_list_marker, is_numeric_like, is_rule_text, is_sentence_like, is_serial_like, is_short, number_value,
    split_leading_serial,
};

/// No real table is wider; spans are clamped to it so that hostile `colspan`s
/// cannot blow the grid up.
pub(crate) const MAX_COLUMNS: usize = 128;
/// The longest `rowspan` honoured.
const MAX_ROW_SPAN: usize = 64;
/// The most header rows under the first one (002: a sub-header and a percentage
/// row).
const MAX_SUB_HEADER_ROWS: usize = 3;
/// How far down a column-number row is looked for.
const NUMBER_ROW_SEARCH: usize = 5;

/// A row laid out on the grid, with the source's hints.
#[derive(Clone, Debug)]
pub(crate) struct GridRow {
    pub row: Row,
    pub header: bool,
    pub bold: bool,
}

impl GridRow {
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.row.cells.iter().map(|c| c.text.as_str())
    }

    pub fn text(&self, column: usize) -> &str {
        self.row.cells.get(column).map_or("", |c| c.text.as_str())
    }

    pub fn non_empty(&self) -> usize {
        self.texts().filter(|t| !t.is_empty()).count()
    }

    /// The width up to the last non-empty cell.
    pub fn used_width(&self) -> usize {
        self.row.cells.iter().rposition(|c| !c.text.is_empty()).map_or(0, |i| i + 1)
    }
}

/// Shapes a raw table. `None` when nothing but rules and empty rows remain.
pub(crate) fn shape(raw: RawTable) -> Option<Table> {
    let span = raw.span;
    let explicit_header = raw.explicit_header;
    let rows = grid_rows(raw.rows);
    if rows.is_empty() {
        return None;
    }
    Some(shape_rows(rows, span, explicit_header))
}

/// One row of cells without spans, on the grid.
pub(crate) fn grid_row(raw: &RawRow) -> GridRow {
    let bold = is_bold_row(raw);
    let cells = raw.cells.iter().map(|c| Cell::new(c.text.clone(), c.span)).collect();
    GridRow { row: Row { cells, span: raw.span, ragged: false }, header: raw.header, bold }
}

/// The rows laid out on the grid, rule rows and empty rows left out.
pub(crate) fn grid_rows(rows: Vec<RawRow>) -> Vec<GridRow> {
    lay_out(rows).into_iter().filter(|r| !is_rule_or_empty(r)).collect()
}

/// An empty table over `span`: what [`crate::table_from_grid`] gives for a grid
/// with nothing in it.
pub(crate) fn empty_table(span: Span) -> Table {
    Table { span, header: Vec::new(), rows: Vec::new(), columns: Vec::new() }
}

fn shape_rows(mut rows: Vec<GridRow>, span: Span, explicit_header: bool) -> Table {
    let header_len =
        if explicit_header { rows.iter().take_while(|r| r.header).count() } else { infer_header_len(&rows) };
    let body_and_more = rows.split_off(header_len);
    let header = rows;
    let (number_row, body) = take_number_row(body_and_more);
    let width = column_count(&header, number_row.as_ref(), &body);
    let body = drop_repeated_headers(body, &header, number_row.as_ref());
    let columns = columns_from_header(&header, width);
    let mut header: Vec<Row> = header.into_iter().map(|r| r.row).collect();
    fix_rows(&mut header, &columns, false);
    let mut rows: Vec<Row> = body.into_iter().map(|r| r.row).collect();
    fix_rows(&mut rows, &columns, true);
    Table { span, header, rows, columns }
}

// ---------------------------------------------------------------------------
// Laying spans out on a grid

/// Places every cell at its grid position, the way HTML lays out `colspan` and
/// `rowspan`: a cell covered by a span from the left or from above is an empty
/// cell in the raw grid, so that `cells[i]` is always column `i`.
pub(crate) fn lay_out(rows: Vec<RawRow>) -> Vec<GridRow> {
    let total_rows = rows.len();
    // Rows still to cover below, per column, by a rowspan from above.
    let mut pending: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(total_rows);
    for (index, raw) in rows.into_iter().enumerate() {
        let covered: Vec<bool> = pending.iter().map(|&n| n > 0).collect();
        let mut cells: Vec<Cell> = Vec::with_capacity(raw.cells.len());
        let bold = is_bold_row(&raw);
        let rows_left = total_rows - index;
        for raw_cell in raw.cells {
            while covered.get(cells.len()).copied().unwrap_or(false) {
                cells.push(placeholder(raw.span));
            }
            let column = cells.len();
            let room = MAX_COLUMNS.saturating_sub(column).max(1);
            let width = usize::from(raw_cell.col_span).clamp(1, room);
            let height = usize::from(raw_cell.row_span).clamp(1, MAX_ROW_SPAN.min(rows_left));
            if height > 1 && column + width <= MAX_COLUMNS {
                if pending.len() < column + width {
                    pending.resize(column + width, 0);
                }
                for slot in &mut pending[column..column + width] {
                    // The covering starts with the next row; `covered` was taken
                    // before this row, so this row's own count is not spent.
                    *slot = height;
                }
            }
            cells.push(Cell {
                text: raw_cell.text,
                span: raw_cell.span,
                col_span: u16::try_from(width).unwrap_or(u16::MAX),
                row_span: u16::try_from(height).unwrap_or(u16::MAX),
            });
            for _ in 1..width {
                cells.push(placeholder(raw_cell.span));
            }
        }
        // Positions after the last cell that a rowspan from above still covers.
        if let Some(last_covered) = covered.iter().rposition(|&c| c) {
            while cells.len() <= last_covered {
                cells.push(placeholder(raw.span));
            }
        }
        for slot in &mut pending {
            *slot = slot.saturating_sub(1);
        }
        out.push(GridRow { row: Row { cells, span: raw.span, ragged: false }, header: raw.header, bold });
    }
    out
}

/// Every non-empty cell of the row is emphasized.
fn is_bold_row(raw: &RawRow) -> bool {
    !raw.cells.is_empty() && raw.cells.iter().all(|c| c.bold || c.text.is_empty())
}

fn placeholder(span: Span) -> Cell {
    Cell::new("", span)
}

pub(crate) fn is_rule_or_empty(row: &GridRow) -> bool {
    row.texts().all(|t| t.is_empty() || is_rule_text(t))
}

// ---------------------------------------------------------------------------
// Header rows and the column-number row

/// How many leading rows are header rows, when the source does not say.
///
/// - a key/value block (`সভাপতি | …`) has no header, unless its first row
///   names two known columns (`বিষয় | সিদ্ধান্ত`) or is bold;
/// - a column-number row in the first rows makes every row above it a header row
///   (002: header, sub-header, percentage row, then `১ ২ ৩ …`);
/// - otherwise the first row is a header if it reads like one (see
///   [`is_header_like`]), followed by up to three sub-header rows that only
///   refine grouped header cells (see [`is_sub_header`]).
pub(crate) fn infer_header_len(rows: &[GridRow]) -> usize {
    if rows.len() < 2 || (looks_key_value(rows) && !is_strong_header(&rows[0]) && !rows[0].bold) {
        return 0;
    }
    for k in 1..rows.len().min(NUMBER_ROW_SEARCH) {
        if is_number_row(&rows[k]) {
            return if rows[..k].iter().all(is_header_ish) { k } else { 0 };
        }
    }
    if !is_header_like(&rows[0], rows) {
        return 0;
    }
    let groups = header_groups(&rows[0]);
    1 + rows[1..].iter().take(MAX_SUB_HEADER_ROWS).take_while(|r| is_sub_header(r, &rows[0], &groups)).count()
}

/// Short label cells only.
fn is_header_ish(row: &GridRow) -> bool {
    row.non_empty() > 0 && row.texts().all(|t| is_short(t, 8) && !is_sentence_like(t))
}

/// Does the first row read as a header?
///
/// It needs at least two non-empty cells, all short labels (no sentence, no
/// number, no serial, no cell opening with a serial such as `[৮.১.১] মাইগড`),
/// and one of: two cells with a known role; one such cell
/// in a table of three or more columns; every cell bold; or, for three or more
/// labels, a column whose cells below are numbers or dates under a word header.
pub(crate) fn is_header_like(row: &GridRow, rows: &[GridRow]) -> bool {
    let cells: Vec<&str> = row.texts().filter(|t| !t.is_empty()).collect();
    if cells.len() < 2 {
        return false;
    }
    let data_like = |t: &str| {
        !is_short(t, 8)
            || is_sentence_like(t)
            || is_serial_like(t)
            || is_numeric_like(t)
            || split_leading_serial(t).is_some()
    };
    if cells.iter().any(|t| data_like(t)) {
        return false;
    }
    let roles = cells.iter().filter(|t| column_role(t) != ColumnRole::Unknown).count();
    roles >= 2
        || (roles >= 1 && row.row.cells.len() >= 3)
        || row.bold
        || (cells.len() >= 3 && has_type_contrast(row, rows))
}

/// A strong header: two or more cells with a known role and no running text. A
/// tab block is split before such a row (a new table starts).
pub(crate) fn is_strong_header(row: &GridRow) -> bool {
    let cells: Vec<&str> = row.texts().filter(|t| !t.is_empty()).collect();
    cells.iter().all(|t| is_short(t, 8) && !is_sentence_like(t) && !is_serial_like(t))
        && cells.iter().filter(|t| column_role(t) != ColumnRole::Unknown).count() >= 2
}

/// A column whose header cell is a word while most cells below (of the next ten
/// rows) are numbers, dates or serials.
fn has_type_contrast(row: &GridRow, rows: &[GridRow]) -> bool {
    (0..row.row.cells.len()).any(|c| {
        if row.text(c).is_empty() {
            return false;
        }
        let below: Vec<&str> =
            rows.iter().skip(1).take(10).map(|r| r.text(c)).filter(|t| !t.is_empty()).collect();
        let numeric = below.iter().filter(|t| is_numeric_like(t) || is_serial_like(t)).count();
        below.len() >= 2 && numeric * 3 >= below.len() * 2
    })
}

/// Columns of the first header row that belong to a grouped header cell: one
/// with an explicit `colspan`, or one followed by empty cells (a tab export of a
/// merged cell, 002's `লক্ষ্যমাত্রা ২০২১-২০২২` over three columns).
fn header_groups(row: &GridRow) -> Vec<bool> {
    let cells = &row.row.cells;
    let mut grouped = vec![false; cells.len()];
    let mut c = 0;
    while c < cells.len() {
        if cells[c].text.is_empty() {
            c += 1;
            continue;
        }
        let explicit_end = c + usize::from(cells[c].col_span).max(1);
        let mut end = c + 1;
        while end < cells.len() && cells[end].text.is_empty() {
            end += 1;
        }
        // Empty cells up to the row's end are missing cells, not a group.
        let end = if end == cells.len() {
            explicit_end.min(cells.len())
        } else {
            end.max(explicit_end.min(cells.len()))
        };
        if end - c > 1 {
            grouped[c..end].iter_mut().for_each(|g| *g = true);
        }
        c = end;
    }
    grouped
}

/// A row under the first header row that only names the parts of grouped header
/// cells (or fills columns the first row left empty): short cells, none of them
/// a serial, nothing in a column the first row already names alone.
fn is_sub_header(row: &GridRow, first: &GridRow, groups: &[bool]) -> bool {
    if row.non_empty() == 0 || is_number_row(row) {
        return false;
    }
    row.row.cells.iter().enumerate().all(|(c, cell)| {
        let t = cell.text.as_str();
        if t.is_empty() {
            return true;
        }
        let fits = first.text(c).is_empty() || groups.get(c).copied().unwrap_or(false);
        fits && is_short(t, 5) && !is_sentence_like(t) && !is_serial_like(t)
    })
}

/// The column-number row (`১ ২ ৩ ৪ ৫`): consecutive numbers in consecutive cells,
/// each no larger than its column position, other cells empty. A partial row
/// (001's `_ _ _ ৩ ৪`) counts when it has at least two numbers; a full row needs
/// three, so that a data row `১ | ২` of a two-column table is kept.
pub(crate) fn is_number_row(row: &GridRow) -> bool {
    let mut previous: Option<(usize, u32)> = None;
    let mut first_index = 0;
    let mut count = 0;
    for (i, text) in row.texts().enumerate() {
        if text.is_empty() {
            continue;
        }
        let Some(value) = number_value(text) else { return false };
        if value == 0 || value as usize > i + 1 {
            return false;
        }
        match previous {
            Some((pi, pv)) if i != pi + 1 || value != pv + 1 => return false,
            None => first_index = i,
            _ => {}
        }
        previous = Some((i, value));
        count += 1;
    }
    count >= 3 || (count >= 2 && first_index > 0)
}

/// Splits off the column-number row if it is the first row after the header.
fn take_number_row(mut body: Vec<GridRow>) -> (Option<GridRow>, Vec<GridRow>) {
    if body.first().is_some_and(is_number_row) {
        let number_row = body.remove(0);
        (Some(number_row), body)
    } else {
        (None, body)
    }
}

/// Enough to call rows guessed from the text's shape (tab or space-aligned) a
/// table: two or more rows with at least two non-empty cells, and neither a
/// numbered list nor tab layout. Explicit markup (pipes, HTML) needs less.
pub(crate) fn has_table_evidence(rows: &[GridRow]) -> bool {
    let multi_cell_rows = rows.iter().filter(|r| r.non_empty() >= 2).count();
    multi_cell_rows >= 2 && !looks_like_list(rows) && !looks_like_layout(rows)
}

/// `label | value` rows (or `label | : | value`, 001): a meeting's header block.
pub(crate) fn looks_key_value(rows: &[GridRow]) -> bool {
    let mut shape = KeyValueShape::default();
    rows.iter().for_each(|r| shape.add(r));
    shape.holds()
}

/// What decides whether rows read as `label | value`, gathered row by row (so a
/// growing block can be asked again without reading it again).
#[derive(Clone, Debug)]
pub(crate) struct KeyValueShape {
    rows: usize,
    width: usize,
    labels_ok: bool,
    middle_is_separator: bool,
    with_value: [usize; 2],
}

impl Default for KeyValueShape {
    fn default() -> KeyValueShape {
        KeyValueShape { rows: 0, width: 0, labels_ok: true, middle_is_separator: true, with_value: [0, 0] }
    }
}

impl KeyValueShape {
    pub(crate) fn add(&mut self, row: &GridRow) {
        let label = row.text(0);
        self.rows += 1;
        self.width = self.width.max(row.used_width());
        self.labels_ok &=
            !label.is_empty() && is_short(label, 5) && !is_serial_like(label) && !is_numeric_like(label);
        self.middle_is_separator &= is_separator(row.text(1));
        for (slot, column) in self.with_value.iter_mut().zip([1, 2]) {
            *slot += usize::from(!row.text(column).is_empty());
        }
    }

    /// Two columns, or three with only separators between; every label short
    /// and not a number; at least half the rows with a value.
    pub(crate) fn holds(&self) -> bool {
        let with_value = match self.width {
            2 => self.with_value[0],
            3 if self.middle_is_separator => self.with_value[1],
            _ => return false,
        };
        self.rows >= 2 && self.labels_ok && with_value * 2 >= self.rows
    }
}

pub(crate) fn is_separator(text: &str) -> bool {
    matches!(text, "" | ":" | "ঃ" | "-" | "=" | "：" | "::")
}

/// Two columns whose first holds only list markers (`১।`, `২)`, `-`): a numbered
/// list such as a distribution list, not a table.
pub(crate) fn looks_like_list(rows: &[GridRow]) -> bool {
    let width = rows.iter().map(GridRow::used_width).max().unwrap_or(0);
    width == 2 && rows.iter().all(|r| is_list_marker(r.text(0)))
}

/// An interior column empty in every row, with at most two columns holding
/// anything: tabs used to push text apart (two signatures side by side), not a
/// table.
pub(crate) fn looks_like_layout(rows: &[GridRow]) -> bool {
    let width = rows.iter().map(|r| r.row.cells.len()).max().unwrap_or(0);
    let used: Vec<bool> = (0..width).map(|c| rows.iter().any(|r| !r.text(c).is_empty())).collect();
    let first_used = used.iter().position(|&u| u);
    let last_used = used.iter().rposition(|&u| u);
    let (Some(first), Some(last)) = (first_used, last_used) else { return true };
    let interior_gap = used[first..=last].iter().any(|&u| !u);
    interior_gap && used.iter().filter(|&&u| u).count() <= 2
}

// ---------------------------------------------------------------------------
// Columns

/// The number of columns: the widest of the header rows, the column-number row's
/// last number and the most common body row width. Under a header, a body row's
/// width ends at its last non-empty cell (003's rows `৭.` … `১১.` print only the
/// serial; a stray trailing tab adds no column); without one, every cell counts.
fn column_count(header: &[GridRow], number_row: Option<&GridRow>, body: &[GridRow]) -> usize {
    let header_width = header.iter().map(|r| r.row.cells.len()).max().unwrap_or(0);
    let numbered = number_row
        .and_then(|r| r.texts().filter_map(number_value).max())
        .map_or(0, |n| n as usize)
        .min(MAX_COLUMNS);
    let body_width = if header.is_empty() {
        modal_width(body.iter().map(|r| r.row.cells.len()))
    } else {
        modal_width(body.iter().map(GridRow::used_width))
    };
    header_width.max(numbered).max(body_width)
}

/// The most common width; ties go to the wider.
fn modal_width(widths: impl Iterator<Item = usize>) -> usize {
    let mut counts = [0usize; MAX_COLUMNS + 1];
    for width in widths {
        counts[width.min(MAX_COLUMNS)] += 1;
    }
    let mut best = 0;
    for (width, &count) in counts.iter().enumerate() {
        if count > 0 && count >= counts[best] {
            best = width;
        }
    }
    best
}

/// Column headers (the header rows' texts joined, a grouped cell's text carried
/// over the columns it spans) and roles. The role comes from the lowest header
/// cell that names one — the most specific: under a group `সিদ্ধান্ত ও
/// বাস্তবায়ন`, the cells `সিদ্ধান্ত` and `বাস্তবায়নে` give decision and
/// responsible — else from the joined text.
fn columns_from_header(header: &[GridRow], width: usize) -> Vec<Column> {
    (0..width)
        .map(|c| {
            let parts: Vec<String> =
                (0..header.len()).map(|r| header_text(header, r, c)).filter(|t| !t.is_empty()).collect();
            let joined = parts.join(" ");
            let role = parts
                .iter()
                .rev()
                .map(|p| column_role(p))
                .find(|r| *r != ColumnRole::Unknown)
                .unwrap_or_else(|| column_role(&joined));
            Column { header: joined, role }
        })
        .collect()
}

/// The header text of cell (r, c), with a grouped cell's text carried to the
/// columns under it: an explicit span, or (for text forms) an empty cell right
/// of a group cell when a lower header row names both columns.
fn header_text(header: &[GridRow], r: usize, c: usize) -> String {
    let own = header[r].text(c);
    if !own.is_empty() || r + 1 >= header.len() {
        return own.to_string();
    }
    let cells = &header[r].row.cells;
    let Some(left) = (0..c).rev().find(|&i| cells.get(i).is_some_and(|cell| !cell.text.is_empty())) else {
        return String::new();
    };
    let spans_here = cells.get(left).is_some_and(|cell| left + usize::from(cell.col_span) > c);
    let lower_names_both = header[r + 1..].iter().any(|row| !row.text(c).is_empty())
        && header[r + 1..].iter().any(|row| !row.text(left).is_empty());
    if spans_here || lower_names_both { cells[left].text.clone() } else { String::new() }
}

// ---------------------------------------------------------------------------
// Body rows

/// Drops rows that repeat the header (a table continued after a page break
/// prints its header again), with the column-number row that follows them.
fn drop_repeated_headers(
    body: Vec<GridRow>,
    header: &[GridRow],
    number_row: Option<&GridRow>,
) -> Vec<GridRow> {
    if header.is_empty() {
        return body;
    }
    let mut out = Vec::with_capacity(body.len());
    // How many header rows the rows just dropped have matched.
    let mut matched: Option<usize> = None;
    for row in body {
        let next = matched.map_or(0, |m| m);
        if next < header.len() && same_texts(&row, &header[next]) {
            matched = Some(next + 1);
            continue;
        }
        if matched.is_some_and(|m| m == header.len()) && number_row.is_some_and(|n| same_texts(&row, n)) {
            matched = None;
            continue;
        }
        matched = None;
        out.push(row);
    }
    out
}

pub(crate) fn same_texts(a: &GridRow, b: &GridRow) -> bool {
    let width = a.used_width().max(b.used_width());
    width > 0 && (0..width).all(|c| a.text(c) == b.text(c))
}

/// Row repairs that depend on the columns: trailing empty cells beyond the
/// columns trimmed, a serial run together with the first cell split (when
/// `split_serials`), and ragged rows flagged.
pub(crate) fn fix_rows(rows: &mut [Row], columns: &[Column], split_serials: bool) {
    let serial = columns.iter().position(|c| c.role == ColumnRole::Serial);
    for row in rows {
        while row.cells.len() > columns.len() && row.cells.last().is_some_and(|c| c.text.is_empty()) {
            row.cells.pop();
        }
        if let (true, Some(s)) = (split_serials, serial) {
            split_run_together_serial(row, s, columns.len());
        }
        row.ragged = row.cells.len() != columns.len();
    }
}

/// `৮. ওয়েবপোর্টাল হালনাগাদ` in the serial column of a row one cell short: the
/// serial and the first cell ran together. Splits them into `৮` and
/// `ওয়েবপোর্টাল হালনাগাদ` (the separator punctuation is not kept).
fn split_run_together_serial(row: &mut Row, serial: usize, width: usize) {
    if row.cells.len() + 1 != width {
        return;
    }
    let Some(cell) = row.cells.get(serial) else { return };
    let Some((number, rest)) = split_leading_serial(&cell.text) else { return };
    let span = cell.span;
    row.cells[serial].text = rest;
    row.cells.insert(serial, Cell::new(number, span));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raw::RawCell;

    fn raw(cells: &[&str], line: u32) -> RawRow {
        let span = Span::line(line);
        RawRow {
            cells: cells.iter().map(|t| RawCell::new(t.to_string(), span)).collect(),
            span,
            header: false,
        }
    }

    fn rows(table: &[&[&str]]) -> Vec<GridRow> {
        let raws = table.iter().enumerate().map(|(i, r)| raw(r, i as u32 + 1)).collect();
        lay_out(raws)
    }

    fn texts(row: &Row) -> Vec<&str> {
        row.cells.iter().map(|c| c.text.as_str()).collect()
    }

    fn shaped(table: &[&[&str]]) -> Table {
        let raws: Vec<RawRow> = table.iter().enumerate().map(|(i, r)| raw(r, i as u32 + 1)).collect();
        let span = Span { start_line: 1, end_line: table.len() as u32 };
        shape(RawTable { span, rows: raws, explicit_header: false }).unwrap()
    }

    #[test]
    fn spans_leave_empty_cells_at_covered_positions() {
        let mut top = raw(&["ক", "খ"], 1);
        top.cells[0].row_span = 2;
        top.cells[1].col_span = 2;
        let laid = lay_out(vec![top, raw(&["গ", "ঘ"], 2), raw(&["ঙ"], 3)]);
        let texts: Vec<Vec<&str>> = laid.iter().map(|r| r.texts().collect()).collect();
        assert_eq!(texts, vec![vec!["ক", "খ", ""], vec!["", "গ", "ঘ"], vec!["ঙ"]]);
        assert_eq!(laid[0].row.cells[0].row_span, 2);
        assert_eq!(laid[0].row.cells[1].col_span, 2);
    }

    #[test]
    fn a_rowspan_past_the_last_cell_still_covers() {
        let mut top = raw(&["ক", "খ"], 1);
        top.cells[1].row_span = 2;
        let laid = lay_out(vec![top, raw(&["গ"], 2)]);
        assert_eq!(laid[1].texts().collect::<Vec<_>>(), vec!["গ", ""]);
    }

    #[test]
    fn hostile_spans_are_clamped() {
        let mut top = raw(&["ক"], 1);
        top.cells[0].col_span = u16::MAX;
        top.cells[0].row_span = u16::MAX;
        let laid = lay_out(vec![top, raw(&["খ"], 2)]);
        assert_eq!(laid[0].row.cells.len(), MAX_COLUMNS);
        assert_eq!(laid[0].row.cells[0].row_span, 2);
        assert_eq!(laid[1].row.cells.len(), MAX_COLUMNS + 1);
    }

    #[test]
    fn number_rows() {
        let is = |cells: &[&str]| is_number_row(&rows(&[cells])[0]);
        assert!(is(&["১", "২", "৩", "৪", "৫"]));
        assert!(is(&["", "", "", "৩", "৪"]), "001's partial row");
        assert!(is(&["(১)", "(২)", "(৩)", ""]));
        assert!(!is(&["১", "২"]), "a two-cell data row");
        assert!(!is(&["১", "৩", "৪"]), "not consecutive");
        assert!(!is(&["", "৩", "৪"]), "a number larger than its position");
        assert!(!is(&["১", "২", "ক"]));
    }

    #[test]
    fn header_found_above_the_number_row() {
        let table = [
            &["ক্রম", "কার্যক্রম", "লক্ষ্যমাত্রা", "", "অর্জন"][..],
            &["", "", "অসাধারণ", "উত্তম", ""],
            &["১", "২", "৩", "৪", "৫"],
            &["১", "সেবা সহজিকরণ", "১০০%", "৮০%", "বাস্তবায়িত"],
        ];
        assert_eq!(infer_header_len(&rows(&table)), 2);
    }

    #[test]
    fn sub_header_rows_only_refine_groups() {
        let table = [
            &["ক্রম", "কার্যক্রম", "লক্ষ্যমাত্রা", "", "অর্জন"][..],
            &["", "", "অসাধারণ", "উত্তম", ""],
            &["", "", "১০০%", "৮০%", ""],
            &["১", "সেবা সহজিকরণ", "১০০%", "৮০%", "বাস্তবায়িত"],
            &["", "ই-নথি", "১০০%", "৮০%", "চলমান"],
        ];
        assert_eq!(infer_header_len(&rows(&table)), 3);
        let ungrouped = [&["ক্রম", "বিষয়", "সিদ্ধান্ত"][..], &["", "ই-নথি", "চালু"]];
        assert_eq!(infer_header_len(&rows(&ungrouped)), 1);
    }

    #[test]
    fn first_rows_that_are_not_headers() {
        let key_value = [&["সভাপতি", "জনাব ক"][..], &["স্থান", "সম্মেলন কক্ষ"]];
        assert_eq!(infer_header_len(&rows(&key_value)), 0);
        let data = [&["১", "ই-নথি", "চালু করতে হবে।"][..], &["২", "সেবা", "দিতে হবে।"]];
        assert_eq!(infer_header_len(&rows(&data)), 0);
        let code_led = [&["[৮.১.১] মাইগড", "এ বিষয়ে", "কমিটি"][..], &["ক", "খ", "গ"]];
        assert_eq!(infer_header_len(&rows(&code_led)), 0);
        let two_names = [&["বিষয়", "সিদ্ধান্ত"][..], &["ই-নথি", "চালু"]];
        assert_eq!(infer_header_len(&rows(&two_names)), 1, "a key/value shape under two column names");
    }

    #[test]
    fn unknown_headers_over_numbers() {
        let table = [&["জেলা", "পুরুষ", "মহিলা"][..], &["রাজশাহী", "১২০", "৯৮"], &["নাটোর", "৮৭", "৯০"]];
        assert_eq!(infer_header_len(&rows(&table)), 1);
        let words = [&["জেলা", "উপজেলা", "ইউনিয়ন"][..], &["রাজশাহী", "পবা", "হরিপুর"], &["নাটোর", "সদর", "ছাতনী"]];
        assert_eq!(infer_header_len(&rows(&words)), 0, "nothing tells words from words");
    }

    #[test]
    fn bold_first_row_is_a_header() {
        let mut laid = rows(&[&["জেলা", "উপজেলা"], &["রাজশাহী", "পবা"]]);
        laid[0].bold = true;
        assert_eq!(infer_header_len(&laid), 1);
    }

    #[test]
    fn lists_and_layout() {
        assert!(looks_like_list(&rows(&[&["১।", "সচিব"], &["২।", "উপসচিব"]])));
        assert!(!looks_like_list(&rows(&[&["ক্রম", "নাম"], &["১।", "উপসচিব"]])));
        assert!(looks_like_layout(&rows(&[&["(মোঃ ক)", "", "(খ)"], &["সচিব", "", "উপসচিব"]])));
        assert!(!looks_like_layout(&rows(&[&["ক", "", "খ", "গ"], &["ঘ", "", "ঙ", "চ"]])));
    }

    #[test]
    fn number_row_dropped_and_column_count_checked() {
        let t = shaped(&[&["ক্রম", "বিষয়", "সিদ্ধান্ত"], &["১", "২", "৩", "৪"], &["১", "ই-নথি", "চালু"]]);
        assert_eq!(t.columns.len(), 4, "the number row names four columns");
        assert_eq!(texts(&t.rows[0]), vec!["১", "ই-নথি", "চালু"]);
        assert!(t.rows[0].ragged);
    }

    #[test]
    fn repeated_header_and_number_row_dropped_from_the_body() {
        let t = shaped(&[
            &["ক্রম", "বিষয়", "সিদ্ধান্ত"],
            &["১", "২", "৩"],
            &["১", "ই-নথি", "চালু"],
            &["ক্রম", "বিষয়", "সিদ্ধান্ত"],
            &["১", "২", "৩"],
            &["২", "সেবা", "দিতে হবে"],
        ]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].span.start_line, 6);
    }

    #[test]
    fn serial_split_needs_a_serial_column_and_a_short_row() {
        let t = shaped(&[&["ক্রঃ", "বিষয়", "সিদ্ধান্ত"], &["৮. ওয়েবপোর্টাল হালনাগাদ", "হালনাগাদ করতে হবে"]]);
        assert_eq!(texts(&t.rows[0]), vec!["৮", "ওয়েবপোর্টাল হালনাগাদ", "হালনাগাদ করতে হবে"]);
        assert!(!t.rows[0].ragged);
        let no_serial = shaped(&[&["বিষয়", "আলোচনা", "সিদ্ধান্ত"], &["৮. ওয়েবপোর্টাল", "হালনাগাদ"]]);
        assert_eq!(texts(&no_serial.rows[0]), vec!["৮. ওয়েবপোর্টাল", "হালনাগাদ"]);
        assert!(no_serial.rows[0].ragged);
    }

    #[test]
    fn trailing_empty_cells_beyond_the_columns_are_not_ragged() {
        let t = shaped(&[&["ক্রম", "বিষয়", "সিদ্ধান্ত"], &["১", "ই-নথি", "চালু", "", ""]]);
        assert_eq!(t.rows[0].cells.len(), 3);
        assert!(!t.rows[0].ragged);
    }

    #[test]
    fn grouped_header_text_carried_to_its_columns() {
        let t = shaped(&[
            &["ক্রম", "লক্ষ্যমাত্রা", "", "অর্জন"],
            &["", "অসাধারণ", "উত্তম", ""],
            &["১", "১০০%", "৮০%", "৯০%"],
            &["২", "১০০%", "৮০%", "৭০%"],
        ]);
        let headers: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
        assert_eq!(headers, vec!["ক্রম", "লক্ষ্যমাত্রা অসাধারণ", "লক্ষ্যমাত্রা উত্তম", "অর্জন"]);
    }

    #[test]
    fn only_rules_and_empty_rows_give_no_table() {
        let raws = vec![raw(&["----", "---"], 1), raw(&["", ""], 2)];
        assert!(
            shape(RawTable { span: Span { start_line: 1, end_line: 2 }, rows: raws, explicit_header: false })
                .is_none()
        );
    }
}
