//! Why a paged document could not be read. Every variant has a stable
//! [`PagedError::kind`] string for error records.

use std::time::Duration;

/// Why a paged document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum PagedError {
    /// Zero bytes.
    #[error("the file is empty")]
    Empty,

    /// The bytes do not start like a PDF (`%PDF-` in the first kilobyte).
    #[error("not a PDF file (no %PDF- header)")]
    NotPdf,

    /// A PDF whose end is missing (no `%%EOF` marker near the end): a cut-off
    /// download or copy.
    #[error("the PDF is truncated (no %%EOF marker at its end)")]
    Truncated,

    /// poppler could not parse the PDF, or crashed on it.
    #[error("the PDF is corrupt: {detail}")]
    Corrupt { detail: String },

    /// The PDF needs a password, or forbids copying its text.
    #[error("the PDF is encrypted: {detail}")]
    Encrypted { detail: String },

    /// A poppler program (`pdftotext`) is not installed or cannot be run.
    #[error(
        "the PDF tool `{tool}` could not be run ({detail}): install the Debian package \
         poppler-utils (apt-get install poppler-utils)"
    )]
    ToolsUnavailable { tool: String, detail: String },

    /// The engine took longer than the time limit and was stopped.
    #[error("{tool} took longer than {limit:?} and was stopped")]
    Timeout { tool: String, limit: Duration },

    /// The engine's output exceeded the size limit (a pathological page).
    #[error("{tool} produced more than {limit_bytes} bytes of output and was stopped")]
    OutputTooLarge { tool: String, limit_bytes: usize },

    /// No page has a usable text layer: the document is scanned (or its text layer
    /// is broken) and needs OCR, which is not available or was turned off.
    #[error("no usable text layer on {} page(s) ({}): the document needs OCR{}", .pages.len(), page_list(.pages), ocr_note(.ocr_disabled))]
    NeedsOcr { pages: Vec<u32>, ocr_disabled: bool },

    /// OCR was required (`--ocr always`, or an image) but no OCR engine is available.
    #[error("OCR is not available: {detail}")]
    OcrUnavailable { detail: String },

    /// The engine answered something this reader cannot parse.
    #[error("{tool} output could not be read: {detail}")]
    BadToolOutput { tool: String, detail: String },

    /// Writing the temporary copy of the input failed.
    #[error("temporary file: {0}")]
    Io(#[from] std::io::Error),
}

impl PagedError {
    /// A stable identifier for error records and tests.
    pub fn kind(&self) -> &'static str {
        match self {
            PagedError::Empty => "empty_input",
            PagedError::NotPdf => "not_pdf",
            PagedError::Truncated => "pdf_truncated",
            PagedError::Corrupt { .. } => "pdf_corrupt",
            PagedError::Encrypted { .. } => "pdf_encrypted",
            PagedError::ToolsUnavailable { .. } => "pdf_tools_unavailable",
            PagedError::Timeout { .. } => "timeout",
            PagedError::OutputTooLarge { .. } => "pdf_too_complex",
            PagedError::NeedsOcr { .. } => "needs_ocr",
            PagedError::OcrUnavailable { .. } => "ocr_unavailable",
            PagedError::BadToolOutput { .. } => "tool_output_unreadable",
            PagedError::Io(_) => "io",
        }
    }
}

fn page_list(pages: &[u32]) -> String {
    const SHOWN: usize = 10;
    let mut list: Vec<String> = pages.iter().take(SHOWN).map(|p| p.to_string()).collect();
    if pages.len() > SHOWN {
        list.push("…".to_string());
    }
    format!("page {}", list.join(", "))
}

fn ocr_note(disabled: &bool) -> &'static str {
    if *disabled { " but OCR was turned off (--ocr never)" } else { ", which is not available yet" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_distinct() {
        let errors = [
            PagedError::Empty,
            PagedError::NotPdf,
            PagedError::Truncated,
            PagedError::Corrupt { detail: String::new() },
            PagedError::Encrypted { detail: String::new() },
            PagedError::ToolsUnavailable { tool: String::new(), detail: String::new() },
            PagedError::Timeout { tool: String::new(), limit: Duration::from_secs(1) },
            PagedError::OutputTooLarge { tool: String::new(), limit_bytes: 1 },
            PagedError::NeedsOcr { pages: vec![1], ocr_disabled: false },
            PagedError::OcrUnavailable { detail: String::new() },
            PagedError::BadToolOutput { tool: String::new(), detail: String::new() },
            PagedError::Io(std::io::Error::other("x")),
        ];
        let mut kinds: Vec<&str> = errors.iter().map(|e| e.kind()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        assert_eq!(kinds.len(), errors.len());
    }

    #[test]
    fn tools_unavailable_names_the_debian_package() {
        let e = PagedError::ToolsUnavailable { tool: "pdftotext".into(), detail: "not found".into() };
        assert!(e.to_string().contains("poppler-utils"));
    }

    #[test]
    fn needs_ocr_lists_pages() {
        let e = PagedError::NeedsOcr { pages: vec![2, 5], ocr_disabled: true };
        let msg = e.to_string();
        assert!(msg.contains("page 2, 5"), "{msg}");
        assert!(msg.contains("--ocr never"), "{msg}");
    }
}
