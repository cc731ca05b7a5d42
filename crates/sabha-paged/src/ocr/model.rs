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

    /// Moves everything read by (`dx`, `dy`) pixels: from a part of a page
    /// image, read on its own, to the page's pixels.
    pub fn shift(&mut self, dx: f32, dy: f32) {
        let moved = |b: &mut BBox| *b = BBox { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy };
        for line in &mut self.lines {
            line.words.iter_mut().for_each(|w| moved(&mut w.bbox));
            if let Some(baseline) = &mut line.baseline {
                baseline.x0 += dx;
                baseline.y_at_x0 += dy;
            }
        }
        self.rules.iter_mut().for_each(moved);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_read_on_its_own_is_shifted_to_the_page() {
        let bbox = BBox { x0: 10.0, y0: 20.0, x1: 30.0, y1: 40.0 };
        let baseline = Baseline { x0: 10.0, y_at_x0: 38.0, slope: 0.01, size: 20.0, descenders: 2.0 };
        let mut page = OcrPage {
            lines: vec![OcrLine {
                words: vec![OcrWord { text: "ক".into(), bbox, confidence: 90.0 }],
                baseline: Some(baseline),
            }],
            rules: vec![bbox],
            ..OcrPage::default()
        };
        let at_40 = baseline.y_at(40.0);
        page.shift(100.0, 200.0);
        let moved = BBox { x0: 110.0, y0: 220.0, x1: 130.0, y1: 240.0 };
        assert_eq!(page.lines[0].words[0].bbox, moved);
        assert_eq!(page.rules, [moved]);
        let shifted = page.lines[0].baseline.unwrap();
        assert!((shifted.y_at(140.0) - (at_40 + 200.0)).abs() < 1e-4, "the baseline moves with its words");
    }
}
