//! What Tesseract found on a page image, in pixels: words with boxes and
//! confidences in the lines Tesseract grouped them into, each line with its
//! baseline and type size, and the ruling lines it saw.

use crate::words::BBox;

/// A word as Tesseract read it; the box in pixels of the page image.
#[derive(Clone, Debug, PartialEq)]
pub struct OcrWord {
    pub text: String,
    pub bbox: BBox,
    /// 0–100.
    pub confidence: f32,
}

/// Where a line's letters stand: its baseline (`y = y_at_x0 + slope·(x − x0)`)
/// and the height of its type, as Tesseract measured them over the whole line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Baseline {
    pub x0: f32,
    pub y_at_x0: f32,
    pub slope: f32,
    /// Height from the lowest descender to the highest ascender.
    pub size: f32,
    /// Depth of the descenders below the baseline.
    pub descenders: f32,
}

impl Baseline {
    pub fn y_at(&self, x: f32) -> f32 {
        self.y_at_x0 + self.slope * (x - self.x0)
    }
}

/// A line as Tesseract grouped it, words left to right.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OcrLine {
    pub words: Vec<OcrWord>,
    pub baseline: Option<Baseline>,
}

/// The words of one page image, in pixels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OcrPage {
    /// 1-based page number within Tesseract's input (a multi-page TIFF).
    pub number: u32,
    pub width: f32,
    pub height: f32,
    pub lines: Vec<OcrLine>,
    /// Ruling lines Tesseract found (a table's borders), as thin boxes.
    pub rules: Vec<BBox>,
}

impl OcrPage {
    pub fn words(&self) -> impl Iterator<Item = &OcrWord> {
        self.lines.iter().flat_map(|l| &l.words)
    }
}
