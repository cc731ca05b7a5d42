//! HTML to drafts: paragraphs (with headings and bold), line breaks, and real tables
//! with `colspan`/`rowspan`.
//!
//! A small, forgiving tag reader is used rather than a full HTML5 parser: minutes
//! exported from Word ("Save as Web Page") or from web portals are tag soup with
//! unclosed `<p>`/`<td>` and conditional comments, and all that is needed is text,
//! block boundaries and table cells. It reads in one pass with no recursion and no
//! backtracking, so its time is linear in the input whatever the nesting.

use sabha_doc::{Draft, GridCell, GridTable};

use crate::entities::decode_entities;
use crate::textsink::{TextSink, is_bijoy_font};

/// What the reader found.
#[derive(Debug, Default)]
pub(crate) struct HtmlText {
    pub drafts: Vec<Draft>,
    /// Runs converted from a Bijoy font.
    pub bijoy_runs: usize,
}

/// Whether decoded text is an HTML document (not a text export with a few tags).
pub(crate) fn looks_like_html(text: &str) -> bool {
    let is_padding = |c: char| c.is_whitespace() || c == '\u{FEFF}';
    // Most text does not start with a tag: tell without copying its head.
    if !text.trim_start_matches(is_padding).starts_with('<') {
        return false;
    }
    let head: String = text.chars().take(4096).collect::<String>().to_ascii_lowercase();
    let start = head.trim_start_matches(is_padding);
    if !start.starts_with('<') {
        return false;
    }
    ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title"].iter().any(|t| head.contains(t))
        || (start.starts_with("<table") || start.starts_with("<div") || start.starts_with("<p"))
            && head.matches('<').count() * 40 >= head.len()
}

/// The encoding an HTML document declares (`<meta charset=…>`), if any.
pub(crate) fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head
        .get(at..)?
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// Reads an HTML document.
pub(crate) fn read_html(text: &str) -> HtmlText {
    let mut reader = Reader::default();
    for token in Tokens::new(text) {
        reader.token(token);
    }
    reader.finish()
}

#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    Text(&'a str),
    Start { name: String, attrs: &'a str },
    End { name: String },
}

/// Splits HTML into text and tags; comments, doctypes, processing instructions and
/// the contents of `<script>`/`<style>`/`<head>` are skipped.
struct Tokens<'a> {
    rest: &'a str,
    /// Skip everything up to this closing tag.
    skip_until: Option<&'static str>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Tokens { rest: text, skip_until: None }
    }

    fn advance(&mut self, len: usize) {
        self.rest = self.rest.get(len..).unwrap_or_default();
    }

    /// Moves past the next `needle` (or to the end).
    fn skip_past(&mut self, needle: &str) {
        match self.rest.find(needle) {
            Some(at) => self.advance(at + needle.len()),
            None => self.rest = "",
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if let Some(end) = self.skip_until.take() {
                let at = find_ignore_case(self.rest, end).unwrap_or(self.rest.len());
                self.advance(at);
            }
            if self.rest.is_empty() {
                return None;
            }
            let Some(at) = self.rest.find('<') else {
                let text = self.rest;
                self.rest = "";
                return Some(Token::Text(text));
            };
            if at > 0 {
                let text = self.rest.get(..at).unwrap_or_default();
                self.advance(at);
                return Some(Token::Text(text));
            }
            let rest = self.rest;
            if rest.starts_with("<!--") {
                self.skip_past("-->");
            } else if rest.starts_with("<!") || rest.starts_with("<?") {
                // Doctype, `<![if …]>` conditional markers, processing instructions.
                self.skip_past(">");
            } else if let Some(tag) = rest.strip_prefix("</") {
                let name = tag_name(tag);
                if name.is_empty() {
                    self.advance(2);
                    return Some(Token::Text("</"));
                }
                self.skip_past(">");
                return Some(Token::End { name });
            } else {
                let body = rest.get(1..).unwrap_or_default();
                let name = tag_name(body);
                if name.is_empty() {
                    self.advance(1);
                    return Some(Token::Text("<"));
                }
                let end = tag_end(body);
                let attrs = body.get(name.len()..end).unwrap_or_default();
                self.advance(1 + end + 1);
                self.skip_until = match name.as_str() {
                    "script" => Some("</script"),
                    "style" => Some("</style"),
                    "title" => Some("</title"),
                    "head" => Some("</head"),
                    "textarea" => Some("</textarea"),
                    _ => None,
                };
                return Some(Token::Start { name, attrs });
            }
        }
    }
}

fn tag_name(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '_'))
        .take(32)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The offset of the `>` closing a tag, skipping quoted attribute values.
fn tag_end(body: &str) -> usize {
    let mut quote = None;
    for (i, c) in body.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i,
            _ => {}
        }
    }
    body.len()
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// The value of attribute `name` in a tag's attribute text.
fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let key_len = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '/').unwrap_or(rest.len());
        let key = rest.get(..key_len)?;
        rest = rest.get(key_len..)?.trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, len) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = after.get(1..)?;
                    let end = inner.find(q).unwrap_or(inner.len());
                    (inner.get(..end)?, (end + 2).min(after.len()))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (after.get(..end)?, end)
                }
            };
            rest = after.get(len..).unwrap_or_default();
            value
        } else {
            ""
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
    }
}

/// The font family a tag sets, from `face=` or `style="font-family:…"`.
fn font_family(attrs: &str) -> Option<String> {
    if let Some(face) = attribute(attrs, "face") {
        return Some(face.to_string());
    }
    let style = decode_entities(attribute(attrs, "style")?).to_ascii_lowercase();
    let at = style.find("font-family")?;
    let value = style.get(at + "font-family".len()..)?.trim_start().strip_prefix(':')?;
    Some(value.split(';').next().unwrap_or_default().trim().trim_matches(['"', '\'']).to_string())
}

fn span_value(attrs: &str, name: &str) -> u16 {
    attribute(attrs, name)
        .and_then(|v| v.trim().trim_end_matches(';').parse::<u32>().ok())
        .map_or(1, |n| n.clamp(1, u32::from(MAX_SPAN)) as u16)
}

/// Larger spans are clamped (HTML itself caps colspan at 1000).
const MAX_SPAN: u16 = 1000;
/// Tables nested deeper than this are read as text of the cell that holds them.
const MAX_TABLE_DEPTH: usize = 16;

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "hr"
            | "address"
            | "article"
            | "aside"
            | "footer"
            | "header"
            | "section"
            | "nav"
            | "main"
            | "figure"
            | "figcaption"
            | "center"
            | "form"
            | "fieldset"
            | "body"
            | "html"
            | "caption"
            | "table"
    )
}

#[derive(Debug, Default)]
struct Cell {
    sink: TextSink,
    col_span: u16,
    row_span: u16,
}

#[derive(Debug, Default)]
struct Table {
    rows: Vec<Vec<GridCell>>,
    row: Option<Vec<GridCell>>,
    cell: Option<Cell>,
}

impl Table {
    fn close_cell(&mut self) -> usize {
        let Some(mut cell) = self.cell.take() else { return 0 };
        let text = cell.sink.take_lines().join("\n");
        self.row.get_or_insert_with(Vec::new).push(GridCell {
            text,
            col_span: cell.col_span,
            row_span: cell.row_span,
        });
        cell.sink.bijoy_runs
    }

    fn close_row(&mut self) -> usize {
        let runs = self.close_cell();
        if let Some(row) = self.row.take() {
            self.rows.push(row);
        }
        runs
    }

    fn cell_sink(&mut self) -> &mut TextSink {
        let cell = self.cell.get_or_insert_with(|| Cell { col_span: 1, row_span: 1, ..Cell::default() });
        &mut cell.sink
    }
}

#[derive(Debug, Default)]
struct Reader {
    out: HtmlText,
    paragraph: TextSink,
    heading: u8,
    bold_depth: usize,
    pre_depth: usize,
    /// Open elements that set a font: (tag name, is a Bijoy font).
    fonts: Vec<(String, bool)>,
    tables: Vec<Table>,
    /// Item numbers of open `<ol>` lists (`None` for `<ul>`).
    lists: Vec<Option<u32>>,
}

impl Reader {
    fn bijoy(&self) -> bool {
        self.fonts.last().is_some_and(|(_, bijoy)| *bijoy)
    }

    fn sink(&mut self) -> &mut TextSink {
        match self.tables.last_mut() {
            Some(table) => table.cell_sink(),
            None => &mut self.paragraph,
        }
    }

    fn token(&mut self, token: Token<'_>) {
        match token {
            Token::Text(text) => self.text(text),
            Token::Start { name, attrs } => self.start(&name, attrs),
            Token::End { name } => self.end(&name),
        }
    }

    fn text(&mut self, raw: &str) {
        let decoded = decode_entities(raw);
        let text = if self.pre_depth > 0 { decoded.into_owned() } else { collapse_spaces(&decoded) };
        if self.tables.last().is_some_and(|t| t.cell.is_none()) && text.trim().is_empty() {
            return;
        }
        let (bijoy, bold) = (self.bijoy(), self.bold_depth > 0);
        if self.pre_depth > 0 {
            let mut lines = text.split('\n');
            if let Some(first) = lines.next() {
                self.sink().push(first, bijoy, bold);
            }
            for line in lines {
                self.sink().line_break();
                self.sink().push(line, bijoy, bold);
            }
        } else {
            self.sink().push(&text, bijoy, bold);
        }
    }

    fn start(&mut self, name: &str, attrs: &str) {
        if let Some(family) = font_family(attrs) {
            self.fonts.push((name.to_string(), is_bijoy_font(&family)));
        }
        match name {
            "br" => self.sink().line_break(),
            "b" | "strong" => self.bold_depth += 1,
            "pre" => {
                self.block_boundary();
                self.pre_depth += 1;
            }
            "table" => self.open_table(),
            "tr" => {
                if let Some(table) = self.tables.last_mut() {
                    self.out.bijoy_runs += table.close_row();
                    table.row = Some(Vec::new());
                }
            }
            "td" | "th" => {
                if let Some(table) = self.tables.last_mut() {
                    self.out.bijoy_runs += table.close_cell();
                    table.cell = Some(Cell {
                        col_span: span_value(attrs, "colspan"),
                        row_span: span_value(attrs, "rowspan"),
                        ..Cell::default()
                    });
                }
            }
            "ol" | "ul" => {
                self.block_boundary();
                let start = attribute(attrs, "start").and_then(|s| s.trim().parse::<u32>().ok()).unwrap_or(1);
                self.lists.push((name == "ol").then(|| start.saturating_sub(1)));
            }
            "li" => {
                self.block_boundary();
                if let Some(Some(n)) = self.lists.last_mut() {
                    *n = n.saturating_add(1);
                    let marker = format!("{n}. ");
                    self.sink().push(&marker, false, false);
                }
            }
            _ if is_block(name) => {
                self.block_boundary();
                if let Some(level) = heading_level(name) {
                    self.heading = level;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if let Some(at) = self.fonts.iter().rposition(|(tag, _)| tag == name) {
            self.fonts.truncate(at);
        }
        match name {
            "b" | "strong" => self.bold_depth = self.bold_depth.saturating_sub(1),
            "pre" => {
                self.block_boundary();
                self.pre_depth = self.pre_depth.saturating_sub(1);
            }
            "table" => self.close_table(),
            "tr" => {
                if let Some(table) = self.tables.last_mut() {
                    self.out.bijoy_runs += table.close_row();
                }
            }
            "td" | "th" => {
                if let Some(table) = self.tables.last_mut() {
                    self.out.bijoy_runs += table.close_cell();
                }
            }
            "ol" | "ul" => {
                self.block_boundary();
                self.lists.pop();
            }
            _ if is_block(name) => {
                self.block_boundary();
                if heading_level(name).is_some() {
                    self.heading = 0;
                }
            }
            _ => {}
        }
    }

    /// A paragraph ends (outside tables) or a new line starts (inside a cell).
    fn block_boundary(&mut self) {
        if let Some(table) = self.tables.last_mut() {
            table.cell_sink().soft_break();
            return;
        }
        self.flush_paragraph();
    }

    fn flush_paragraph(&mut self) {
        if self.paragraph.is_empty() {
            // Only white space: drop it.
            self.paragraph.take_lines();
            return;
        }
        let bold = self.paragraph.all_bold();
        let lines = self.paragraph.take_lines();
        self.out.drafts.push(Draft::Paragraph { lines, heading: self.heading, bold });
    }

    fn open_table(&mut self) {
        if self.tables.len() >= MAX_TABLE_DEPTH {
            return;
        }
        if self.tables.is_empty() {
            self.flush_paragraph();
        }
        self.tables.push(Table::default());
    }

    fn close_table(&mut self) {
        let Some(mut table) = self.tables.pop() else { return };
        self.out.bijoy_runs += table.close_row();
        let grid = GridTable { rows: table.rows };
        match self.tables.last_mut() {
            // A nested table becomes lines of the cell that holds it.
            Some(outer) => {
                let sink = outer.cell_sink();
                for row in &grid.rows {
                    sink.line_break();
                    let cells: Vec<&str> = row.iter().map(|c| c.text.as_str()).collect();
                    sink.push(&cells.join(" ").replace('\n', " "), false, false);
                }
                sink.line_break();
            }
            None if !grid.rows.is_empty() => self.out.drafts.push(Draft::Table(grid)),
            None => {}
        }
    }

    fn finish(mut self) -> HtmlText {
        while !self.tables.is_empty() {
            self.close_table();
        }
        self.flush_paragraph();
        self.out.bijoy_runs += self.paragraph.bijoy_runs;
        self.out
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// HTML white space collapsing: every run of white space is one space.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{A0}' {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(lines: &[&str], heading: u8, bold: bool) -> Draft {
        Draft::Paragraph { lines: lines.iter().map(|l| l.to_string()).collect(), heading, bold }
    }

    fn cell(text: &str, col_span: u16, row_span: u16) -> GridCell {
        GridCell { text: text.into(), col_span, row_span }
    }

    #[test]
    fn detection() {
        assert!(looks_like_html("<!DOCTYPE html><html><body><p>সভা</p></body></html>"));
        assert!(looks_like_html("\n<html xmlns:v=\"urn:schemas-microsoft-com:vml\">"));
        assert!(!looks_like_html("সভা\n<p>৮. ওয়েবপোর্টাল</p>\tআলোচনা"));
        assert!(!looks_like_html("### শিরোনাম"));
    }

    #[test]
    fn declared_charset() {
        let html = b"<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">";
        assert_eq!(declared_encoding(html), Some(encoding_rs::WINDOWS_1252));
        assert_eq!(declared_encoding(b"<meta charset='utf-8'>"), Some(encoding_rs::UTF_8));
        assert_eq!(declared_encoding(b"<p>none</p>"), None);
    }

    #[test]
    fn paragraphs_headings_bold_breaks_and_entities() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body>\
            <h3>সভার   কার্যবিবরণী</h3><p><b>সভাপতি:</b> <strong>ড. ক</strong></p>\
            <p>প্রথম<br>দ্বিতীয়&nbsp;লাইন &amp; শেষ</p><!-- মন্তব্য --><script>var x='<p>';</script>\
            <div>শেষ অনুচ্ছেদ</div></body></html>";
        let drafts = read_html(html).drafts;
        assert_eq!(
            drafts,
            vec![
                paragraph(&["সভার কার্যবিবরণী"], 3, false),
                paragraph(&["সভাপতি: ড. ক"], 0, true),
                paragraph(&["প্রথম", "দ্বিতীয়\u{A0}লাইন & শেষ"], 0, false),
                paragraph(&["শেষ অনুচ্ছেদ"], 0, false),
            ]
        );
    }

    #[test]
    fn tables_with_spans_and_unclosed_cells() {
        let html = "<table><tr><th colspan=2>নাম ও পদবি<th>স্বাক্ষর\
            <tr><td rowspan=\"2\">১<td><p>ক</p><p>খ</p><td>\
            <tr><td>গ<td></table><p>পরে</p>";
        let drafts = read_html(html).drafts;
        assert_eq!(
            drafts,
            vec![
                Draft::Table(GridTable {
                    rows: vec![
                        vec![cell("নাম ও পদবি", 2, 1), cell("স্বাক্ষর", 1, 1)],
                        vec![cell("১", 1, 2), cell("ক\nখ", 1, 1), cell("", 1, 1)],
                        vec![cell("গ", 1, 1), cell("", 1, 1)],
                    ]
                }),
                paragraph(&["পরে"], 0, false),
            ]
        );
    }

    #[test]
    fn nested_tables_become_lines_of_their_cell() {
        let html = "<table><tr><td>ক<table><tr><td>১</td><td>২</td></tr></table></td></tr></table>";
        let drafts = read_html(html).drafts;
        assert_eq!(drafts, vec![Draft::Table(GridTable { rows: vec![vec![cell("ক\n১ ২", 1, 1)]] })]);
    }

    #[test]
    fn bijoy_font_runs_are_converted() {
        let html = "<p><span style='font-family:SutonnyMJ'>mfvi ‡bvwUk</span> ICT</p>\
            <p><font face=\"Times New Roman\">mfvi</font></p>";
        let read = read_html(html);
        assert_eq!(
            read.drafts,
            vec![paragraph(&["সভার নোটিশ ICT"], 0, false), paragraph(&["mfvi"], 0, false)]
        );
        assert_eq!(read.bijoy_runs, 1);
    }

    #[test]
    fn ordered_lists_are_numbered() {
        let drafts = read_html("<ol><li>ক</li><li>খ</li></ol><ul><li>গ</li></ul>").drafts;
        assert_eq!(
            drafts,
            vec![paragraph(&["1. ক"], 0, false), paragraph(&["2. খ"], 0, false), paragraph(&["গ"], 0, false)]
        );
    }

    #[test]
    fn broken_markup_does_not_lose_text() {
        let drafts = read_html("<p>a < b <unclosed attr=\"x>y\" </p>c</").drafts;
        assert_eq!(drafts, vec![paragraph(&["a < b c</"], 0, false)]);
        let attrs = " a=1 b='x y' c=\"z\" d";
        assert_eq!(attribute(attrs, "b"), Some("x y"));
        assert_eq!(attribute(attrs, "d"), Some(""));
        assert_eq!(attribute(attrs, "e"), None);
    }
}
