//! What every reader produces before the shared shaping: rows of cells with
//! their lines, spans not yet laid out on a grid, and the header hints the source
//! format gives.

use sabha_doc::Span;

#[derive(Clone, Debug)]
pub(crate) struct RawCell {
    /// Cleaned text (see [`crate::clean_cell_text`]).
    pub text: String,
    pub span: Span,
    pub col_span: u16,
    pub row_span: u16,
    /// The whole cell was emphasized (`**…**`, `<b>`, `<strong>`).
    pub bold: bool,
}

impl RawCell {
    pub fn new(text: String, span: Span) -> RawCell {
        RawCell { text, span, col_span: 1, row_span: 1, bold: false }
    }

    /// A cell from its text as the source wrote it, markup and all: the text is
    /// cleaned, and the emphasis around the whole of it noted.
    pub fn from_markup(raw: &str, span: Span) -> RawCell {
        RawCell { bold: is_bold_markup(raw), ..RawCell::new(crate::clean_cell_text(raw), span) }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct RawRow {
    pub cells: Vec<RawCell>,
    pub span: Span,
    /// The source marks this row as a header row (`<th>` cells, `<thead>`, the row
    /// above a markdown `|---|` rule).
    pub header: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct RawTable {
    pub span: Span,
    pub rows: Vec<RawRow>,
    /// The source says which rows are the header (the leading rows with
    /// [`RawRow::header`], possibly none); otherwise the header is inferred.
    pub explicit_header: bool,
}

/// Is the cell text wrapped whole in emphasis markup? Checked on the raw text,
/// before cleaning removes the marks.
pub(crate) fn is_bold_markup(raw: &str) -> bool {
    let t = raw.trim();
    if t.len() > 4 && t.starts_with("**") && t.ends_with("**") {
        return true;
    }
    let wrapped = |open: &str, close: &str| {
        let starts = t.get(..open.len()).is_some_and(|s| s.eq_ignore_ascii_case(open));
        let ends = t.len() >= close.len()
            && t.get(t.len() - close.len()..).is_some_and(|s| s.eq_ignore_ascii_case(close));
        starts && ends
    };
    wrapped("<b>", "</b>") || wrapped("<strong>", "</strong>")
}

/// The number of line `index` of a slice whose first line is `first_line`.
pub(crate) fn line_number(first_line: u32, index: usize) -> u32 {
    first_line.saturating_add(u32::try_from(index).unwrap_or(u32::MAX))
}

/// Marks the lines of `table` as taken, so that later readers skip them.
pub(crate) fn claim(claimed: &mut [bool], table: &RawTable, first_line: u32) {
    let start = table.span.start_line.saturating_sub(first_line) as usize;
    let end = table.span.end_line.saturating_sub(first_line) as usize;
    for slot in claimed.iter_mut().take(end.saturating_add(1)).skip(start) {
        *slot = true;
    }
}
