//! A flat view of a [`Document`]'s paragraph lines, in reading order, that the
//! readers walk; and the record of which lines a reader has already taken.

use sabha_doc::{Block, Document, Line, Span, Table};

/// One paragraph line with where it stands.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ViewLine<'a> {
    pub line: &'a Line,
    /// The paragraph's position among the document's paragraphs.
    pub para: usize,
    /// The block's position in [`Document::blocks`].
    pub block: usize,
}

impl<'a> ViewLine<'a> {
    pub fn text(&self) -> &'a str {
        &self.line.text
    }

    pub fn number(&self) -> u32 {
        self.line.number
    }

    pub fn span(&self) -> Span {
        Span::line(self.line.number)
    }
}

/// The document's paragraph lines, flattened, and its tables.
pub(crate) struct View<'a> {
    pub lines: Vec<ViewLine<'a>>,
    pub tables: Vec<(usize, &'a Table)>,
    /// Which lines a reader has taken (so that no other reader reads them again).
    claimed: Vec<bool>,
    /// The document's text line by line, spacing as printed.
    raw: Vec<&'a str>,
}

impl<'a> View<'a> {
    pub fn new(document: &'a Document) -> View<'a> {
        let mut lines = Vec::new();
        let mut tables = Vec::new();
        let mut para = 0;
        for (block, b) in document.blocks.iter().enumerate() {
            match b {
                Block::Paragraph(p) => {
                    lines.extend(p.lines.iter().map(|line| ViewLine { line, para, block }));
                    para += 1;
                }
                Block::Table(t) => tables.push((block, t)),
            }
        }
        let claimed = vec![false; lines.len()];
        View { lines, tables, claimed, raw: document.text.split('\n').collect() }
    }

    /// Line `i` as the document's text prints it, spacing kept (the [`Line`]
    /// text has white space folded).
    pub fn raw(&self, i: usize) -> &'a str {
        let number = self.lines.get(i).map_or(0, |l| l.number() as usize);
        number.checked_sub(1).and_then(|n| self.raw.get(n)).copied().unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.lines.get(i).map_or("", |l| l.text())
    }

    /// Line `i` and line `i + 1` are in the same paragraph.
    pub fn same_para(&self, i: usize, j: usize) -> bool {
        match (self.lines.get(i), self.lines.get(j)) {
            (Some(a), Some(b)) => a.para == b.para,
            _ => false,
        }
    }

    /// A table stands between line `i` and line `j` (`i < j`).
    pub fn table_between(&self, i: usize, j: usize) -> bool {
        match (self.lines.get(i), self.lines.get(j)) {
            (Some(a), Some(b)) => self.tables.iter().any(|(blk, _)| a.block < *blk && *blk < b.block),
            _ => false,
        }
    }

    pub fn is_claimed(&self, i: usize) -> bool {
        self.claimed.get(i).copied().unwrap_or(true)
    }

    pub fn claim(&mut self, i: usize) {
        if let Some(c) = self.claimed.get_mut(i) {
            *c = true;
        }
    }

    pub fn claim_range(&mut self, from: usize, to_inclusive: usize) {
        for i in from..=to_inclusive {
            self.claim(i);
        }
    }

    /// The span from line `i` to line `j` (inclusive).
    pub fn span(&self, i: usize, j: usize) -> Span {
        let a = self.lines.get(i).map_or(0, |l| l.number());
        let b = self.lines.get(j).map_or(a, |l| l.number());
        Span { start_line: a, end_line: b.max(a) }
    }

    /// The index of the first line whose number is at least `number`.
    pub fn first_at_or_after(&self, number: u32) -> usize {
        self.lines.partition_point(|l| l.number() < number)
    }
}

#[cfg(test)]
pub(crate) mod testdoc {
    //! Documents built by hand for the readers' unit tests.

    use sabha_doc::{
        Block, Cell, Column, ColumnRole, Document, Format, Line, Paragraph, Row, Source, Span, Table,
    };

    pub fn source() -> Source {
        Source {
            path: "test.txt".into(),
            sha256: String::new(),
            format: Format::Text,
            encoding: "utf-8".into(),
            bytes: 0,
            pages: None,
        }
    }

    /// A document from text: blank lines separate paragraphs; a line starting
    /// with `|` is a table row (`|`-separated cells). The first row of a table is
    /// its header when its cells name roles (`@serial`, `@decision`, …, written
    /// as `role:header text`), else every row is a body row of a header-less table.
    pub fn doc(text: &str) -> Document {
        let mut blocks = Vec::new();
        let mut para: Vec<Line> = Vec::new();
        let mut table: Vec<(u32, Vec<String>)> = Vec::new();
        let flush_para = |para: &mut Vec<Line>, blocks: &mut Vec<Block>| {
            if !para.is_empty() {
                blocks.push(Block::Paragraph(Paragraph { lines: std::mem::take(para) }));
            }
        };
        let flush_table = |table: &mut Vec<(u32, Vec<String>)>, blocks: &mut Vec<Block>| {
            if !table.is_empty() {
                blocks.push(Block::Table(build_table(std::mem::take(table))));
            }
        };
        for (i, raw) in text.lines().enumerate() {
            let number = i as u32 + 1;
            let t = raw.trim();
            if let Some(row) = t.strip_prefix('|') {
                flush_para(&mut para, &mut blocks);
                let cells = row.trim_end_matches('|').split('|').map(|c| c.trim().to_string()).collect();
                table.push((number, cells));
            } else if t.is_empty() {
                flush_para(&mut para, &mut blocks);
                flush_table(&mut table, &mut blocks);
            } else {
                flush_table(&mut table, &mut blocks);
                let (heading, body) = match t.strip_prefix("### ") {
                    Some(b) => (3, b),
                    None => (0, t),
                };
                // Like ingestion, the text loses one list bullet; `raw` keeps it.
                let body = ["- ", "* ", "• "].iter().find_map(|b| body.strip_prefix(b)).unwrap_or(body);
                let text = body.split_whitespace().collect::<Vec<_>>().join(" ");
                para.push(Line { number, text, heading, bold: false });
            }
        }
        flush_para(&mut para, &mut blocks);
        flush_table(&mut table, &mut blocks);
        Document { source: source(), text: text.to_string(), blocks, pages: vec![], warnings: vec![] }
    }

    fn role(name: &str) -> Option<ColumnRole> {
        Some(match name {
            "serial" => ColumnRole::Serial,
            "topic" => ColumnRole::Topic,
            "discussion" => ColumnRole::Discussion,
            "decision" => ColumnRole::Decision,
            "responsible" => ColumnRole::Responsible,
            "remarks" => ColumnRole::Remarks,
            "name" => ColumnRole::Name,
            "designation" => ColumnRole::Designation,
            "namedesignation" => ColumnRole::NameDesignation,
            "phone" => ColumnRole::Phone,
            "email" => ColumnRole::Email,
            "phoneemail" => ColumnRole::PhoneEmail,
            "deadline" => ColumnRole::Deadline,
            "signature" => ColumnRole::Signature,
            "committee" => ColumnRole::CommitteeRole,
            "unknown" => ColumnRole::Unknown,
            _ => return None,
        })
    }

    fn build_table(rows: Vec<(u32, Vec<String>)>) -> Table {
        let first = rows.first().map_or(1, |r| r.0);
        let last = rows.last().map_or(first, |r| r.0);
        let mut header = Vec::new();
        let mut columns = Vec::new();
        let mut body = Vec::new();
        for (k, (number, cells)) in rows.into_iter().enumerate() {
            let is_header = k == 0 && cells.iter().any(|c| c.starts_with('@'));
            if is_header {
                let mut hcells = Vec::new();
                for c in &cells {
                    let (r, h) = c.trim_start_matches('@').split_once(':').unwrap_or((c, ""));
                    let r = role(r.trim_start_matches('@')).unwrap_or(ColumnRole::Unknown);
                    columns.push(Column { header: h.to_string(), role: r });
                    hcells.push(Cell::new(h, Span::line(number)));
                }
                header.push(Row { cells: hcells, span: Span::line(number), ragged: false });
                continue;
            }
            let n = cells.len();
            let row_cells = cells.into_iter().map(|c| Cell::new(c, Span::line(number))).collect();
            let ragged = !columns.is_empty() && n != columns.len();
            body.push(Row { cells: row_cells, span: Span::line(number), ragged });
        }
        if columns.is_empty() {
            let width = body.iter().map(|r| r.cells.len()).max().unwrap_or(0);
            columns =
                (0..width).map(|_| Column { header: String::new(), role: ColumnRole::Unknown }).collect();
        }
        Table { span: Span { start_line: first, end_line: last }, header, rows: body, columns }
    }
}
