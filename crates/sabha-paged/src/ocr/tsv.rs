//! Tesseract's TSV output -> words with pixel boxes and confidences, grouped in
//! pages and in the lines Tesseract found.
//!
//! The TSV has one row per element: `level page_num block_num par_num line_num
//! word_num left top width height conf text`. Level 1 rows are pages (their box is
//! the image), level 5 rows are words; the levels between are ignored except that
//! a word's (block, paragraph, line) numbers say which line it is on.

use crate::PagedError;
use crate::words::BBox;

/// A word as Tesseract read it; the box in pixels of the page image.
#[derive(Clone, Debug, PartialEq)]
pub struct OcrWord {
    pub text: String,
    pub bbox: BBox,
    /// 0–100.
    pub confidence: f32,
}

/// A line as Tesseract grouped it, words left to right.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OcrLine {
    pub words: Vec<OcrWord>,
}

/// The words of one page image, in pixels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OcrPage {
    /// Tesseract's 1-based page number within its input (a multi-page TIFF).
    pub number: u32,
    pub width: f32,
    pub height: f32,
    pub lines: Vec<OcrLine>,
}

impl OcrPage {
    pub fn words(&self) -> impl Iterator<Item = &OcrWord> {
        self.lines.iter().flat_map(|l| &l.words)
    }
}

/// The (block, paragraph, line) a word row belongs to.
type LineKey = (u32, u32, u32);

/// One data row of the TSV.
struct Row<'a> {
    level: u32,
    page: u32,
    line: LineKey,
    bbox: Option<BBox>,
    confidence: f32,
    text: &'a str,
}

/// Parses Tesseract's TSV. Rows that do not parse are skipped (Tesseract never
/// writes them; a damaged row must not lose the page); output that is not TSV at
/// all is an error.
pub fn parse_tsv(tsv: &str) -> Result<Vec<OcrPage>, PagedError> {
    let mut lines = tsv.lines().filter(|l| !l.trim().is_empty());
    match lines.next() {
        None => return Ok(Vec::new()),
        Some(header) if header.starts_with("level\t") => {}
        Some(other) => {
            let shown: String = other.chars().take(60).collect();
            return Err(PagedError::BadToolOutput {
                tool: "tesseract".into(),
                detail: format!("expected a TSV header, found {shown:?}"),
            });
        }
    }
    let mut pages: Vec<OcrPage> = Vec::new();
    let mut current_line: Option<(u32, LineKey)> = None;
    for row in lines.filter_map(parse_row) {
        if row.level == 1 || pages.last().is_none_or(|p| p.number != row.page) {
            let (width, height) = row.bbox.filter(|_| row.level == 1).map_or((0.0, 0.0), |b| (b.x1, b.y1));
            pages.push(OcrPage { number: row.page, width, height, lines: Vec::new() });
            current_line = None;
        }
        if row.level != 5 || row.text.trim().is_empty() {
            continue;
        }
        let (Some(page), Some(bbox)) = (pages.last_mut(), row.bbox) else { continue };
        if current_line != Some((row.page, row.line)) || page.lines.is_empty() {
            page.lines.push(OcrLine::default());
            current_line = Some((row.page, row.line));
        }
        if let Some(line) = page.lines.last_mut() {
            line.words.push(OcrWord {
                text: row.text.trim().to_string(),
                bbox,
                confidence: row.confidence.clamp(0.0, 100.0),
            });
        }
    }
    Ok(pages)
}

fn parse_row(row: &str) -> Option<Row<'_>> {
    let mut fields = row.splitn(12, '\t');
    let mut number = || fields.next()?.trim().parse::<u32>().ok();
    let (level, page, block, paragraph, line, _word) =
        (number()?, number()?, number()?, number()?, number()?, number()?);
    let mut float = || fields.next()?.trim().parse::<f32>().ok();
    let (left, top, width, height, confidence) = (float()?, float()?, float()?, float()?, float()?);
    let text = fields.next().unwrap_or("");
    let bbox = BBox::from_corners(left, top, left + width.max(0.0), top + height.max(0.0));
    Some(Row { level, page, line: (block, paragraph, line), bbox, confidence, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t
2\t1\t1\t0\t0\t0\t299\t337\t614\t360\t-1\t
4\t1\t1\t1\t1\t0\t301\t337\t612\t52\t-1\t
5\t1\t1\t1\t1\t1\t301\t337\t243\t52\t92.222786\tগণপ্রজাতন্ত্রী
5\t1\t1\t1\t1\t2\t556\t349\t197\t36\t95.116333\tবাংলাদেশ
5\t1\t1\t1\t1\t3\t765\t349\t148\t34\t-1\t 
4\t1\t1\t1\t2\t0\t299\t544\t177\t49\t-1\t
5\t1\t1\t1\t2\t1\t299\t544\t177\t49\t95.051788\tরাজশাহী
5\t1\t1\t1\t2\t2\tbroken row
1\t2\t0\t0\t0\t0\t0\t0\t1000\t800\t-1\t
5\t2\t1\t1\t1\t1\t10\t20\t30\t40\t101\tx
";

    #[test]
    fn pages_lines_and_words_with_boxes_and_confidences() {
        let pages = parse_tsv(SAMPLE).unwrap();
        assert_eq!(pages.len(), 2);
        let first = &pages[0];
        assert_eq!((first.number, first.width, first.height), (1, 2481.0, 3508.0));
        let lines: Vec<Vec<&str>> =
            first.lines.iter().map(|l| l.words.iter().map(|w| w.text.as_str()).collect()).collect();
        assert_eq!(lines, [vec!["গণপ্রজাতন্ত্রী", "বাংলাদেশ"], vec!["রাজশাহী"]]);
        let w = &first.lines[0].words[1];
        assert_eq!(w.bbox, BBox { x0: 556.0, y0: 349.0, x1: 753.0, y1: 385.0 });
        assert!((w.confidence - 95.116).abs() < 0.01);
        assert_eq!(pages[1].number, 2);
        assert_eq!(pages[1].lines[0].words[0].confidence, 100.0, "clamped");
    }

    #[test]
    fn empty_output_has_no_pages() {
        assert!(parse_tsv("").unwrap().is_empty());
        let header_only =
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";
        assert!(parse_tsv(header_only).unwrap().is_empty());
    }

    #[test]
    fn text_that_is_not_tsv_is_an_error() {
        let err = parse_tsv("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\n").unwrap_err();
        assert_eq!(err.kind(), "tool_output_unreadable");
    }

    #[test]
    fn a_word_before_any_page_row_starts_a_page() {
        let tsv = "level\tx\n5\t3\t1\t1\t1\t1\t0\t0\t5\t5\t90\tক\n";
        let pages = parse_tsv(tsv).unwrap();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].number, 3);
        assert_eq!(pages[0].lines[0].words[0].text, "ক");
    }
}
