//! Reads paged documents — PDFs with a text layer, and scans through OCR — into
//! blocks, through one layout step: positioned words -> lines -> blocks.
//!
//! (Being built: see issues 3 and 7.)

use sabha_doc::{Draft, PageReport, Warning};

/// When to OCR a page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OcrMode {
    /// Pages with no usable text layer, and images.
    #[default]
    Auto,
    Always,
    Never,
}

/// How to read paged input.
#[derive(Clone, Debug, Default)]
pub struct PagedOptions {
    pub ocr: OcrMode,
}

/// What a paged reader gives: blocks in reading order and per-page facts.
#[derive(Clone, Debug, Default)]
pub struct PagedText {
    pub drafts: Vec<Draft>,
    pub pages: Vec<PageReport>,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, thiserror::Error)]
pub enum PagedError {
    #[error("not implemented yet: {0}")]
    Unsupported(&'static str),
}

/// Reads a PDF.
pub fn read_pdf(bytes: &[u8], options: &PagedOptions) -> Result<PagedText, PagedError> {
    let _ = (bytes, options);
    Err(PagedError::Unsupported("PDF input"))
}

/// Reads an image (PNG, JPEG, TIFF) through OCR.
pub fn read_image(bytes: &[u8], options: &PagedOptions) -> Result<PagedText, PagedError> {
    let _ = (bytes, options);
    Err(PagedError::Unsupported("image input"))
}
