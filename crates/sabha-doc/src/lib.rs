//! The document model that every stage of sabha shares.
//!
//! Data flows one way: ingestion turns bytes into a [`Document`] (a sequence of
//! [`Block`]s — paragraphs and tables — over a cleaned text), and the normalizer
//! turns a `Document` into a record. Everything here is plain data; the rules that
//! build it live in `sabha-ingest` and `sabha-tables`.
//!
//! Lines are numbered from 1 in [`Document::text`], the text `sabha text FILE`
//! prints; every [`Span`] refers to those numbers.

pub mod nfc;

use serde::{Deserialize, Serialize};

/// A 1-based, inclusive range of lines in [`Document::text`].
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start_line: u32,
    pub end_line: u32,
}

impl Span {
    /// A span covering a single line.
    pub fn line(n: u32) -> Span {
        Span { start_line: n, end_line: n }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start_line: self.start_line.min(other.start_line),
            end_line: self.end_line.max(other.end_line),
        }
    }
}

/// Something that looked wrong in the document itself (not in sabha).
///
/// Codes are stable identifiers documented in the README, e.g.
/// `issued_dates_disagree` or `table_row_missing_cells`.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Warning {
    pub fn new(code: impl Into<String>, message: impl Into<String>, span: Option<Span>) -> Warning {
        Warning { code: code.into(), message: message.into(), span }
    }
}

/// One line of a paragraph: its number in the text and its words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub number: u32,
    /// The line's words: markup (`###`, `**`, HTML tags, a list marker `- `) removed,
    /// white space folded to single spaces, trimmed.
    pub text: String,
    /// Markdown heading level, or a Word/HTML heading style; 0 for body text.
    #[serde(default)]
    pub heading: u8,
    /// The whole line was emphasized (`**…**`, bold run, `<b>`/`<strong>`).
    #[serde(default)]
    pub bold: bool,
}

/// Consecutive non-blank lines that are not part of a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub lines: Vec<Line>,
}

impl Paragraph {
    pub fn span(&self) -> Option<Span> {
        let first = self.lines.first()?.number;
        let last = self.lines.last()?.number;
        Some(Span { start_line: first, end_line: last })
    }
}

/// What a column of a table holds, recognised from its header words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnRole {
    /// ক্রম, ক্রঃ, ক্রমিক নং, ক্র. নং
    Serial,
    /// আলোচ্য বিষয়, আলোচনার বিষয়, বিষয়
    Topic,
    /// আলোচনা
    Discussion,
    /// সিদ্ধান্ত, সিদ্ধান্ত গ্রহণ, গৃহীত সিদ্ধান্ত
    Decision,
    /// বাস্তবায়নকারী, বাস্তবায়নকারী কর্তৃপক্ষ, বাস্তবায়ন, বাস্তবায়নে, দায়িত্ব
    Responsible,
    /// মন্তব্য
    Remarks,
    /// নাম
    Name,
    /// পদবি / পদবী
    Designation,
    /// A cell holding name and designation together (নাম ও পদবী).
    NameDesignation,
    /// মোবাইল, ফোন
    Phone,
    /// ই-মেইল
    Email,
    /// A cell holding phone number(s) and e-mail together (মোবাইল ও ই-মেইল নম্বর):
    /// read both a phone and an e-mail from it.
    PhoneEmail,
    /// স্বাক্ষর
    Signature,
    /// কমিটিতে পদবী: the committee role (আহবায়ক, সদস্য, …)
    CommitteeRole,
    /// সময়সীমা, বাস্তবায়নের সময়সীমা: when a decision is due.
    Deadline,
    /// Header text not recognised (or no header at all).
    Unknown,
}

/// A column of a table: its header text (header rows joined) and its role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub header: String,
    pub role: ColumnRole,
}

/// One cell as the document prints it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    /// The cell's words: markup removed, white space folded, trimmed.
    pub text: String,
    pub span: Span,
    /// Columns this cell covers (HTML `colspan`, Word `gridSpan`); 1 normally.
    #[serde(default = "one")]
    pub col_span: u16,
    /// Rows this cell covers (HTML `rowspan`, Word `vMerge`); 1 normally.
    #[serde(default = "one")]
    pub row_span: u16,
}

fn one() -> u16 {
    1
}

impl Cell {
    pub fn new(text: impl Into<String>, span: Span) -> Cell {
        Cell { text: text.into(), span, col_span: 1, row_span: 1 }
    }
}

/// A row of cells.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub span: Span,
    /// The row has fewer or more cells than the table has columns.
    #[serde(default)]
    pub ragged: bool,
}

/// A table: header rows, body rows, and what each column holds.
///
/// `rows` is the raw grid as printed (a merged or "same as above" cell is an
/// empty cell); [`Table::filled_down`] gives the view with such cells filled.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub span: Span,
    pub header: Vec<Row>,
    pub rows: Vec<Row>,
    pub columns: Vec<Column>,
}

impl Table {
    /// The index of the first column with this role.
    pub fn column(&self, role: ColumnRole) -> Option<usize> {
        self.columns.iter().position(|c| c.role == role)
    }

    /// Body rows with empty cells filled from the cell above, for continuation
    /// rows of merged or "same as above" cells. Empty cells of the first body row
    /// stay empty.
    pub fn filled_down(&self) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = Vec::with_capacity(self.rows.len());
        for row in &self.rows {
            let mut filled: Vec<String> = row.cells.iter().map(|c| c.text.clone()).collect();
            if let Some(prev) = out.last() {
                for (i, text) in filled.iter_mut().enumerate() {
                    if text.is_empty() {
                        if let Some(above) = prev.get(i) {
                            text.clone_from(above);
                        }
                    }
                }
            }
            out.push(filled);
        }
        out
    }
}

/// A unit of the document: a paragraph or a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Paragraph(Paragraph),
    Table(Table),
}

impl Block {
    pub fn span(&self) -> Option<Span> {
        match self {
            Block::Paragraph(p) => p.span(),
            Block::Table(t) => Some(t.span),
        }
    }
}

/// The input format, detected from the bytes.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
    Pdf,
    Image,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::Image => "image",
        }
    }
}

/// Facts about the input, as the record's `source` field gives them.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// As given, or `archive.zip!member/path` for an archive member.
    pub path: String,
    /// SHA-256 of the input bytes, lower-case hex.
    pub sha256: String,
    pub format: Format,
    /// `utf-8`, `utf-16le`, `utf-16be`, `bijoy`, `windows-1252`, …
    pub encoding: String,
    pub bytes: u64,
    /// Number of pages for paged formats (PDF, multi-page images); `None` otherwise.
    pub pages: Option<u32>,
}

/// How one page of a paged document was read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageReport {
    /// 1-based page number.
    pub number: u32,
    /// The page's text came from OCR rather than a text layer.
    pub ocr: bool,
    /// Mean OCR word confidence (0–100) when `ocr` is true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ocr_confidence: Option<f32>,
}

/// An ingested document: its cleaned text, split into blocks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub source: Source,
    /// The cleaned text (what `sabha text` prints). Line `n` of it is line `n` of
    /// every span.
    pub text: String,
    /// Paragraphs and tables in reading order. Blank lines belong to no block.
    pub blocks: Vec<Block>,
    /// Per-page facts for paged formats; empty otherwise.
    #[serde(default)]
    pub pages: Vec<PageReport>,
    /// Oddities noticed while reading the bytes (an OCR page, a Bijoy fragment, …).
    #[serde(default)]
    pub warnings: Vec<Warning>,
}

impl Document {
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        })
    }

    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        })
    }
}

/// A table as a structured source gives it (HTML `<table>`, Word `w:tbl`, or cells
/// rebuilt from page geometry), before it has line numbers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GridTable {
    pub rows: Vec<Vec<GridCell>>,
}

/// A cell of a [`GridTable`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridCell {
    /// The cell's text; paragraphs inside a cell separated by `\n`.
    pub text: String,
    pub col_span: u16,
    pub row_span: u16,
}

impl GridCell {
    pub fn new(text: impl Into<String>) -> GridCell {
        GridCell { text: text.into(), col_span: 1, row_span: 1 }
    }
}

/// A block before it has line numbers: what structured readers (HTML, DOCX, the
/// page layout of PDF and OCR) produce. Ingestion renders drafts into
/// [`Document::text`] and numbered [`Block`]s.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Draft {
    /// A paragraph: its lines as printed, with heading level and emphasis.
    Paragraph {
        lines: Vec<String>,
        heading: u8,
        bold: bool,
    },
    Table(GridTable),
    /// A page ends here (paged formats).
    PageBreak,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(t: &str, line: u32) -> Cell {
        Cell::new(t, Span::line(line))
    }

    #[test]
    fn filled_down_fills_empty_cells_from_the_row_above() {
        let rows = vec![
            Row { cells: vec![cell("১", 2), cell("ক", 2)], span: Span::line(2), ragged: false },
            Row { cells: vec![cell("", 3), cell("খ", 3)], span: Span::line(3), ragged: false },
        ];
        let table =
            Table { span: Span { start_line: 1, end_line: 3 }, header: vec![], rows, columns: vec![] };
        assert_eq!(table.filled_down(), vec![vec!["১", "ক"], vec!["১", "খ"]]);
    }

    #[test]
    fn span_to_covers_both() {
        let s = Span::line(4).to(Span { start_line: 2, end_line: 3 });
        assert_eq!(s, Span { start_line: 2, end_line: 4 });
    }
}
