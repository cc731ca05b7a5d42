//! `word/document.xml` to drafts: paragraphs (headings from styles, bold runs, line
//! breaks, tabs, list numbers), Word tables (`w:gridSpan`, `w:vMerge`, nested tables
//! as lines of their cell) and text boxes (placed after the paragraph that anchors
//! them). Deleted revisions, hidden text, field codes and the fallback copies of
//! `mc:AlternateContent` are skipped. Headers and footers live in other parts and
//! are never read.

use quick_xml::events::{BytesStart, Event};
use sabha_doc::{Draft, GridCell, GridTable};

use super::numbering::Numbering;
use super::styles::Styles;
use super::xml::{attr, local, number, reader, reference, toggle};
use crate::IngestError;
use crate::bijoy::bijoy_to_unicode;
use crate::textsink::{TextSink, is_bijoy_font};

/// What the body gave.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub drafts: Vec<Draft>,
    pub bijoy_runs: usize,
    pub text_boxes: usize,
}

/// Reads the main document part.
pub(crate) fn read_body(xml: &str, styles: &Styles, numbering: Numbering) -> Result<Body, IngestError> {
    let mut walker = Walker::new(styles, numbering);
    let mut reader = reader(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => walker.open(&e, false),
            Ok(Event::Empty(e)) => {
                walker.open(&e, true);
                walker.close(e.local_name().as_ref());
            }
            Ok(Event::End(e)) => walker.close(e.local_name().as_ref()),
            Ok(Event::Text(t)) => walker.text(&t.xml10_content()),
            Ok(Event::CData(t)) => walker.text(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) => {
                if let Some(text) = reference(&r) {
                    walker.text(&text);
                }
            }
            Ok(Event::Eof) if !walker.body_closed => {
                return Err(IngestError::corrupt_docx(
                    "word/document.xml ends before its body does (truncated)",
                ));
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(err) => {
                let at = reader.buffer_position();
                return Err(IngestError::corrupt_docx(format!(
                    "word/document.xml is not well-formed at byte {at}: {err}"
                )));
            }
        }
    }
    Ok(walker.finish())
}

/// Elements whose whole content is skipped: deleted or moved-away revisions, the
/// old properties of tracked formatting changes, and the fallback copy of
/// alternate content.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "del"
            | "moveFrom"
            | "Fallback"
            | "rPrChange"
            | "pPrChange"
            | "tblPrChange"
            | "trPrChange"
            | "tcPrChange"
            | "sectPrChange"
            | "numberingChange"
            | "instrText"
            | "delText"
    )
}

#[derive(Debug, Default)]
struct Run {
    bold: Option<bool>,
    font: Option<String>,
    style: Option<String>,
    hidden: bool,
}

#[derive(Debug, Default)]
struct Para {
    sink: TextSink,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: usize,
    outline: Option<u8>,
    run: Option<Run>,
    /// Text boxes anchored in this paragraph, emitted after it.
    boxes: Vec<Draft>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VMerge {
    None,
    Restart,
    Continue,
}

#[derive(Debug)]
struct CellBuild {
    lines: Vec<String>,
    span: u16,
    vmerge: VMerge,
}

#[derive(Debug, Default)]
struct RowBuild {
    grid_before: u16,
    cells: Vec<CellBuild>,
}

#[derive(Debug, Default)]
struct TableBuild {
    rows: Vec<RowBuild>,
}

#[derive(Debug)]
enum Container {
    Body(Vec<Draft>),
    TextBox(Vec<Draft>),
    Table(TableBuild),
    Cell(CellBuild),
}

struct Walker<'s> {
    styles: &'s Styles,
    numbering: Numbering,
    containers: Vec<Container>,
    paragraphs: Vec<Para>,
    in_text: bool,
    in_ppr: bool,
    in_rpr: bool,
    skip_depth: usize,
    bijoy_runs: usize,
    text_boxes: usize,
    body_closed: bool,
}

impl<'s> Walker<'s> {
    fn new(styles: &'s Styles, numbering: Numbering) -> Self {
        Walker {
            styles,
            numbering,
            containers: vec![Container::Body(Vec::new())],
            paragraphs: Vec::new(),
            in_text: false,
            in_ppr: false,
            in_rpr: false,
            skip_depth: 0,
            bijoy_runs: 0,
            text_boxes: 0,
            body_closed: false,
        }
    }

    fn open(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = local(e);
        if self.skip_depth > 0 {
            self.skip_depth += usize::from(!empty);
            return;
        }
        if is_skipped(&name) {
            self.skip_depth = usize::from(!empty);
            return;
        }
        match name.as_str() {
            "p" => self.paragraphs.push(Para::default()),
            "pPr" => self.in_ppr = true,
            "pStyle" if self.in_ppr => self.with_para(|p| p.style = attr(e, "val")),
            "numId" if self.in_ppr => self.with_para(|p| p.num_id = attr(e, "val")),
            "ilvl" if self.in_ppr => {
                let level = number(e, "val").unwrap_or(0) as usize;
                self.with_para(|p| p.ilvl = level);
            }
            "outlineLvl" if self.in_ppr => {
                let level = number(e, "val").filter(|l| *l < 6).map(|l| l as u8 + 1);
                self.with_para(|p| p.outline = level);
            }
            "r" if !self.in_ppr => self.with_para(|p| p.run = Some(Run::default())),
            "rPr" if !self.in_ppr => self.in_rpr = self.run().is_some(),
            "b" | "bCs" if self.in_rpr => {
                let on = toggle(e);
                self.with_run(|r| r.bold = Some(r.bold.unwrap_or(false) || on));
            }
            "rFonts" if self.in_rpr => {
                let font = attr(e, "ascii").or_else(|| attr(e, "hAnsi"));
                if font.is_some() {
                    self.with_run(|r| r.font = font);
                }
            }
            "rStyle" if self.in_rpr => self.with_run(|r| r.style = attr(e, "val")),
            "vanish" | "specVanish" if self.in_rpr => {
                let on = toggle(e);
                self.with_run(|r| r.hidden = on);
            }
            "t" if !self.in_ppr && self.run().is_some() => self.in_text = !empty,
            "tab" if !self.in_ppr && self.run().is_some() => self.push_text("\t"),
            "noBreakHyphen" if self.run().is_some() => self.push_text("-"),
            "br" | "cr" if self.run().is_some() => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.sink.line_break();
                }
            }
            "txbxContent" if !empty => {
                self.text_boxes += 1;
                self.containers.push(Container::TextBox(Vec::new()));
            }
            "tbl" if !empty => self.containers.push(Container::Table(TableBuild::default())),
            "tr" => {
                if let Some(Container::Table(table)) = self.containers.last_mut() {
                    table.rows.push(RowBuild::default());
                }
            }
            "gridBefore" => {
                let before = number(e, "val").unwrap_or(0).min(64) as u16;
                if let Some(Container::Table(table)) = self.containers.last_mut() {
                    if let Some(row) = table.rows.last_mut() {
                        row.grid_before = before;
                    }
                }
            }
            "tc" if !empty => self.containers.push(Container::Cell(CellBuild {
                lines: Vec::new(),
                span: 1,
                vmerge: VMerge::None,
            })),
            "gridSpan" => {
                let span = number(e, "val").unwrap_or(1).clamp(1, 64) as u16;
                if let Some(Container::Cell(cell)) = self.containers.last_mut() {
                    cell.span = span;
                }
            }
            "vMerge" => {
                let merge = if attr(e, "val").as_deref() == Some("restart") {
                    VMerge::Restart
                } else {
                    VMerge::Continue
                };
                if let Some(Container::Cell(cell)) = self.containers.last_mut() {
                    cell.vmerge = merge;
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            return;
        }
        match name {
            "body" => self.body_closed = true,
            "t" => self.in_text = false,
            "pPr" => self.in_ppr = false,
            "rPr" => self.in_rpr = false,
            "r" => self.with_para(|p| p.run = None),
            "p" => {
                if let Some(para) = self.paragraphs.pop() {
                    self.emit_paragraph(para);
                }
            }
            "txbxContent" => {
                if let Some(Container::TextBox(drafts)) =
                    self.pop_container(|c| matches!(c, Container::TextBox(_)))
                {
                    match self.paragraphs.last_mut() {
                        Some(anchor) => anchor.boxes.extend(drafts),
                        None => drafts.into_iter().for_each(|d| self.emit(d)),
                    }
                }
            }
            "tc" => {
                if let Some(Container::Cell(cell)) = self.pop_container(|c| matches!(c, Container::Cell(_))) {
                    if let Some(Container::Table(table)) = self.containers.last_mut() {
                        if table.rows.is_empty() {
                            table.rows.push(RowBuild::default());
                        }
                        if let Some(row) = table.rows.last_mut() {
                            row.cells.push(cell);
                        }
                    }
                }
            }
            "tbl" => {
                if let Some(Container::Table(table)) =
                    self.pop_container(|c| matches!(c, Container::Table(_)))
                {
                    let grid = resolve_merges(table);
                    if !grid.rows.is_empty() {
                        self.emit(Draft::Table(grid));
                    }
                }
            }
            _ => {}
        }
    }

    /// Pops the innermost container if it is of the expected kind (end tags that do
    /// not match what is open are ignored).
    fn pop_container(&mut self, is: impl Fn(&Container) -> bool) -> Option<Container> {
        if self.containers.len() > 1 && self.containers.last().is_some_and(is) {
            self.containers.pop()
        } else {
            None
        }
    }

    fn with_para(&mut self, f: impl FnOnce(&mut Para)) {
        if let Some(p) = self.paragraphs.last_mut() {
            f(p);
        }
    }

    fn with_run(&mut self, f: impl FnOnce(&mut Run)) {
        if let Some(r) = self.paragraphs.last_mut().and_then(|p| p.run.as_mut()) {
            f(r);
        }
    }

    fn run(&self) -> Option<&Run> {
        self.paragraphs.last().and_then(|p| p.run.as_ref())
    }

    fn text(&mut self, text: &str) {
        if self.in_text && self.skip_depth == 0 {
            self.push_text(text);
        }
    }

    fn push_text(&mut self, text: &str) {
        let Some(para) = self.paragraphs.last() else { return };
        let Some(run) = para.run.as_ref() else { return };
        if run.hidden {
            return;
        }
        let styles = self.styles;
        let bold = run
            .bold
            .or_else(|| run.style.as_deref().and_then(|s| styles.bold(Some(s))))
            .or_else(|| styles.bold(para.style.as_deref()))
            .unwrap_or(false);
        let font = run
            .font
            .as_deref()
            .or_else(|| run.style.as_deref().and_then(|s| styles.own_font(s)))
            .or_else(|| styles.font(para.style.as_deref()));
        let bijoy = font.is_some_and(is_bijoy_font);
        if let Some(para) = self.paragraphs.last_mut() {
            para.sink.push(text, bijoy, bold);
        }
    }

    fn emit_paragraph(&mut self, mut para: Para) {
        let bold = para.sink.all_bold();
        let mut lines = para.sink.take_lines();
        self.bijoy_runs += para.sink.bijoy_runs;
        // A paragraph's own `w:numPr` wins; else its style may number it (`List Number`).
        let numbered = match para.num_id.as_deref() {
            Some(num_id) => Some((num_id, para.ilvl)),
            None => self.styles.numbering(para.style.as_deref()),
        };
        if let (Some(first), Some((num_id, ilvl))) = (lines.first_mut(), numbered) {
            if let Some(marker) = self.numbering.next_marker(num_id, ilvl) {
                let text = if marker.bijoy_font { bijoy_to_unicode(&marker.text) } else { marker.text };
                *first = format!("{text} {first}");
            }
        }
        let heading = para.outline.unwrap_or_else(|| self.styles.heading(para.style.as_deref()));
        if !lines.is_empty() {
            self.emit(Draft::Paragraph { lines, heading, bold });
        }
        for draft in std::mem::take(&mut para.boxes) {
            self.emit(draft);
        }
    }

    /// Puts a finished paragraph or table into the innermost container.
    fn emit(&mut self, draft: Draft) {
        match self.containers.last_mut() {
            Some(Container::Body(drafts) | Container::TextBox(drafts)) => drafts.push(draft),
            Some(Container::Cell(cell)) => cell.lines.extend(draft_lines(draft)),
            // Text directly in a table (outside any cell) is malformed; keep its words
            // in a cell of their own.
            Some(Container::Table(table)) => {
                let lines = draft_lines(draft);
                if !lines.is_empty() {
                    table.rows.push(RowBuild {
                        grid_before: 0,
                        cells: vec![CellBuild { lines, span: 1, vmerge: VMerge::None }],
                    });
                }
            }
            None => {}
        }
    }

    fn finish(mut self) -> Body {
        while let Some(para) = self.paragraphs.pop() {
            self.emit_paragraph(para);
        }
        while self.containers.len() > 1 {
            match self.containers.pop() {
                Some(Container::Table(table)) => {
                    let grid = resolve_merges(table);
                    if !grid.rows.is_empty() {
                        self.emit(Draft::Table(grid));
                    }
                }
                Some(Container::Cell(cell)) => {
                    if let Some(Container::Table(table)) = self.containers.last_mut() {
                        table.rows.push(RowBuild { grid_before: 0, cells: vec![cell] });
                    }
                }
                Some(Container::TextBox(drafts) | Container::Body(drafts)) => {
                    drafts.into_iter().for_each(|d| self.emit(d));
                }
                None => {}
            }
        }
        let drafts = match self.containers.pop() {
            Some(Container::Body(drafts)) => drafts,
            _ => Vec::new(),
        };
        Body { drafts, bijoy_runs: self.bijoy_runs, text_boxes: self.text_boxes }
    }
}

/// The lines a paragraph or a (nested) table contributes to a table cell.
fn draft_lines(draft: Draft) -> Vec<String> {
    match draft {
        Draft::Paragraph { lines, .. } => lines,
        Draft::Table(grid) => grid
            .rows
            .iter()
            .map(|row| row.iter().map(|c| c.text.replace('\n', " ")).collect::<Vec<_>>().join(" "))
            .collect(),
        Draft::PageBreak => Vec::new(),
    }
}

const MAX_COLUMNS: usize = 1024;

/// Word writes a vertically merged cell once per row (`w:vMerge` restart, then
/// continue); the grid keeps the first and gives it a row span.
fn resolve_merges(table: TableBuild) -> GridTable {
    let mut rows: Vec<Vec<GridCell>> = Vec::with_capacity(table.rows.len());
    // For each grid column: the (row, cell) that a continuing merge extends.
    let mut origin_at: Vec<Option<(usize, usize)>> = Vec::new();
    for row in table.rows {
        let row_index = rows.len();
        let mut cells: Vec<GridCell> = Vec::with_capacity(row.cells.len() + 1);
        let mut column = usize::from(row.grid_before);
        if row.grid_before > 0 {
            cells.push(GridCell { text: String::new(), col_span: row.grid_before, row_span: 1 });
        }
        for cell in row.cells {
            let span = usize::from(cell.span.max(1));
            // Merges are tracked over the first MAX_COLUMNS grid columns only, so a
            // row of a million cells cannot make the tracking table huge.
            if origin_at.len() < column + span && column + span <= MAX_COLUMNS {
                origin_at.resize(column + span, None);
            }
            let text = cell.lines.join("\n");
            let origin = origin_at.get(column).copied().flatten();
            match (cell.vmerge, origin) {
                (VMerge::Continue, Some((r, c))) => {
                    if let Some(target) = rows.get_mut(r).and_then(|row| row.get_mut(c)) {
                        target.row_span = target.row_span.saturating_add(1);
                        if !text.trim().is_empty() {
                            target.text = format!("{}\n{}", target.text, text).trim().to_string();
                        }
                    }
                }
                _ => {
                    let at = (row_index, cells.len());
                    for slot in origin_at.iter_mut().skip(column).take(span) {
                        *slot = (cell.vmerge == VMerge::Restart).then_some(at);
                    }
                    cells.push(GridCell { text, col_span: cell.span.max(1), row_span: 1 });
                }
            }
            column += span;
        }
        rows.push(cells);
    }
    GridTable { rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(inner: &str) -> Body {
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="w" xmlns:mc="mc" xmlns:wps="wps"><w:body>{inner}</w:body></w:document>"#
        );
        read_body(&xml, &Styles::default(), Numbering::default()).unwrap()
    }

    fn para(lines: &[&str], heading: u8, bold: bool) -> Draft {
        Draft::Paragraph { lines: lines.iter().map(|l| l.to_string()).collect(), heading, bold }
    }

    fn cell(text: &str, col_span: u16, row_span: u16) -> GridCell {
        GridCell { text: text.into(), col_span, row_span }
    }

    #[test]
    fn runs_breaks_tabs_and_bold() {
        let b = body(
            r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>সভাপতি</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">: ক &amp; খ</w:t></w:r>
               <w:r><w:br/><w:t>দ্বিতীয়</w:t></w:r></w:p>
               <w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>সবটাই মোটা</w:t></w:r></w:p>
               <w:p><w:pPr><w:outlineLvl w:val="0"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>শিরোনাম</w:t></w:r></w:p>"#,
        );
        assert_eq!(
            b.drafts,
            vec![
                para(&["সভাপতি\t: ক & খ", "দ্বিতীয়"], 0, false),
                para(&["সবটাই মোটা"], 0, true),
                para(&["শিরোনাম"], 1, false)
            ]
        );
    }

    #[test]
    fn deleted_hidden_and_fallback_text_is_skipped() {
        let b = body(
            r#"<w:p><w:del><w:r><w:delText>মুছে</w:delText></w:r></w:del><w:ins><w:r><w:t>যোগ</w:t></w:r></w:ins>
               <w:r><w:rPr><w:vanish/></w:rPr><w:t>লুকানো</w:t></w:r>
               <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>৫</w:t></w:r></w:p>"#,
        );
        assert_eq!(b.drafts, vec![para(&["যোগ৫"], 0, false)]);
    }

    #[test]
    fn text_boxes_follow_their_anchor_once() {
        let b = body(
            r#"<w:p><w:r><w:t>আগে</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing><wps:txbx>
               <w:txbxContent><w:p><w:r><w:t>বাক্স</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>
               <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>বাক্স</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
               </mc:AlternateContent></w:r><w:r><w:t> পরে</w:t></w:r></w:p>"#,
        );
        assert_eq!(b.drafts, vec![para(&["আগে পরে"], 0, false), para(&["বাক্স"], 0, false)]);
        assert_eq!(b.text_boxes, 1);
    }

    #[test]
    fn tables_with_grid_span_and_vertical_merges() {
        let b = body(
            r#"<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>নাম ও পদবি</w:t></w:r></w:p></w:tc>
                 <w:tc><w:p><w:r><w:t>স্বাক্ষর</w:t></w:r></w:p></w:tc></w:tr>
               <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>১</w:t></w:r></w:p></w:tc>
                 <w:tc><w:p><w:r><w:t>ক</w:t></w:r></w:p><w:p><w:r><w:t>খ</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
               <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>গ</w:t></w:r></w:p></w:tc>
                 <w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>
               </w:tbl><w:p><w:r><w:t>পরে</w:t></w:r></w:p>"#,
        );
        assert_eq!(
            b.drafts,
            vec![
                Draft::Table(GridTable {
                    rows: vec![
                        vec![cell("নাম ও পদবি", 2, 1), cell("স্বাক্ষর", 1, 1)],
                        vec![cell("১", 1, 2), cell("ক\nখ", 1, 1), cell("", 1, 1)],
                        vec![cell("গ", 1, 1), cell("x y", 1, 1)],
                    ]
                }),
                para(&["পরে"], 0, false),
            ]
        );
    }

    #[test]
    fn bijoy_font_runs_are_converted_and_english_kept() {
        let b = body(
            r#"<w:p><w:r><w:rPr><w:rFonts w:ascii="SutonnyMJ" w:hAnsi="SutonnyMJ"/></w:rPr><w:t>‡</w:t></w:r>
               <w:r><w:rPr><w:rFonts w:ascii="SutonnyMJ"/><w:b/></w:rPr><w:t>Kvb mfv</w:t></w:r>
               <w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr><w:t xml:space="preserve"> e-Nothi</w:t></w:r></w:p>"#,
        );
        assert_eq!(b.drafts, vec![para(&["কোন সভা e-Nothi"], 0, false)]);
        assert_eq!(b.bijoy_runs, 1);
    }

    #[test]
    fn a_list_style_numbers_its_paragraphs() {
        let styles = Styles::parse(
            r#"<w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>
               <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#,
        );
        let numbering = Numbering::parse(
            r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
               <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
               <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#,
        );
        let xml = r#"<w:document xmlns:w="w"><w:body>
               <w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t>জেলা প্রশাসক</w:t></w:r></w:p>
               <w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t>অফিস কপি</w:t></w:r></w:p>
               <w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>নম্বর নেই</w:t></w:r></w:p>
               </w:body></w:document>"#;
        let b = read_body(xml, &styles, numbering).unwrap();
        assert_eq!(
            b.drafts,
            vec![
                para(&["1. জেলা প্রশাসক"], 0, false),
                para(&["2. অফিস কপি"], 0, false),
                para(&["নম্বর নেই"], 0, false)
            ]
        );
    }

    #[test]
    fn malformed_xml_is_a_corrupt_error() {
        let err = read_body(
            "<w:document><w:body><w:p><w:r><w:t>ক</w:t></w:r></w:p><w:p <<",
            &Styles::default(),
            Numbering::default(),
        );
        assert!(matches!(err, Err(IngestError::Corrupt { .. })), "{err:?}");
        let cut = "<w:document><w:body><w:p><w:r><w:t>ক</w:t></w:r></w:p>";
        let cut = read_body(cut, &Styles::default(), Numbering::default());
        assert!(matches!(cut, Err(IngestError::Corrupt { .. })), "{cut:?}");
    }
}
