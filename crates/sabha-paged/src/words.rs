//! The engine-neutral page model: positioned words, one [`PageWords`] per page.
//!
//! Every engine (a PDF text layer through poppler, OCR through Tesseract) answers
//! in this model, and the one layout step ([`crate::layout`]) reads only this.

use crate::PagedError;

/// An axis-aligned box in page units, y growing downwards (PDF points for a text
/// layer, pixels for OCR: the layout only uses ratios to the text height).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl BBox {
    /// A box from two corners in any order; `None` when a coordinate is not finite.
    pub fn from_corners(xa: f32, ya: f32, xb: f32, yb: f32) -> Option<BBox> {
        if ![xa, ya, xb, yb].iter().all(|v| v.is_finite()) {
            return None;
        }
        Some(BBox { x0: xa.min(xb), y0: ya.min(yb), x1: xa.max(xb), y1: ya.max(yb) })
    }

    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f32 {
        self.y1 - self.y0
    }

    pub fn center_x(&self) -> f32 {
        (self.x0 + self.x1) / 2.0
    }

    /// Length of the overlap of the two boxes' vertical extents (0 when apart).
    pub fn vertical_overlap(&self, other: &BBox) -> f32 {
        (self.y1.min(other.y1) - self.y0.max(other.y0)).max(0.0)
    }

    /// The smallest box covering both.
    pub fn union(&self, other: &BBox) -> BBox {
        BBox {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }
}

/// A word as an engine saw it.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub text: String,
    pub bbox: BBox,
    /// OCR confidence 0–100; `None` for a text layer.
    pub confidence: Option<f32>,
}

impl Word {
    pub fn new(text: impl Into<String>, bbox: BBox) -> Word {
        Word { text: text.into(), bbox, confidence: None }
    }
}

/// How far an engine's word boundaries can be trusted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WordBreaks {
    /// Words may be fragments of one printed word (poppler splits Bengali words at
    /// `/ActualText` spans and kerning gaps): the layout rejoins pieces whose gap is
    /// much narrower than a space.
    #[default]
    Geometric,
    /// Each word is a whole word (OCR): only a piece that cannot start a word (a
    /// dependent vowel sign) is rejoined to the word before it.
    Exact,
}

/// The positioned words of one page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageWords {
    /// 1-based page number.
    pub number: u32,
    pub width: f32,
    pub height: f32,
    pub words: Vec<Word>,
    pub word_breaks: WordBreaks,
}

impl PageWords {
    /// True when the page holds no visible text at all.
    pub fn is_blank(&self) -> bool {
        self.words.iter().all(|w| w.text.trim().is_empty())
    }
}

/// Which pages to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageSelection<'a> {
    All,
    /// These 1-based page numbers, in this order.
    Only(&'a [u32]),
}

/// An engine that finds positioned words on the pages of one document: the PDF
/// text layer ([`crate::PopplerText`]) or OCR. The layout step is shared by all.
///
/// ```
/// use sabha_paged::{BBox, PageSelection, PageSource, PageWords, PagedError, Word};
///
/// /// A source that already holds its words, as a test or a cache would.
/// struct Fixed(Vec<PageWords>);
///
/// impl PageSource for Fixed {
///     fn name(&self) -> &'static str {
///         "fixed"
///     }
///     fn pages(&self, which: PageSelection<'_>) -> Result<Vec<PageWords>, PagedError> {
///         Ok(match which {
///             PageSelection::All => self.0.clone(),
///             PageSelection::Only(numbers) => {
///                 self.0.iter().filter(|p| numbers.contains(&p.number)).cloned().collect()
///             }
///         })
///     }
/// }
///
/// let bbox = BBox::from_corners(72.0, 80.0, 120.0, 95.0).unwrap();
/// let page = PageWords { number: 1, width: 595.0, height: 842.0,
///     words: vec![Word::new("সভাপতি", bbox)], ..PageWords::default() };
/// let source = Fixed(vec![page]);
/// assert_eq!(source.pages(PageSelection::All)?.len(), 1);
/// # Ok::<(), PagedError>(())
/// ```
pub trait PageSource {
    /// A short engine name for messages (`poppler`, `tesseract`).
    fn name(&self) -> &'static str;

    /// The positioned words of the selected pages, in page order.
    fn pages(&self, which: PageSelection<'_>) -> Result<Vec<PageWords>, PagedError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_in_any_order_make_the_same_box() {
        let a = BBox::from_corners(10.0, 20.0, 30.0, 40.0);
        let b = BBox::from_corners(30.0, 40.0, 10.0, 20.0);
        assert_eq!(a, b);
        assert_eq!(a.map(|b| b.width()), Some(20.0));
    }

    #[test]
    fn non_finite_corners_make_no_box() {
        assert_eq!(BBox::from_corners(f32::NAN, 0.0, 1.0, 1.0), None);
        assert_eq!(BBox::from_corners(0.0, f32::INFINITY, 1.0, 1.0), None);
    }

    #[test]
    fn vertical_overlap_is_zero_when_apart() {
        let a = BBox { x0: 0.0, y0: 0.0, x1: 1.0, y1: 10.0 };
        let b = BBox { x0: 0.0, y0: 8.0, x1: 1.0, y1: 20.0 };
        let c = BBox { x0: 0.0, y0: 30.0, x1: 1.0, y1: 40.0 };
        assert_eq!(a.vertical_overlap(&b), 2.0);
        assert_eq!(a.vertical_overlap(&c), 0.0);
    }
}
