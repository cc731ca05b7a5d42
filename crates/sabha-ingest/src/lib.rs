//! Turns the bytes of any input — text exports, HTML, Word, PDF, scans, legacy
//! Bijoy text — into a [`Document`]: faithful, cleaned Bengali text split into
//! paragraphs and tables.
//!
//! (Being built: see issue 3.)

use sabha_doc::Document;

pub use sabha_paged::OcrMode;

/// How to ingest.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    pub ocr: OcrMode,
    /// Wall-clock budget for reading one paged document (PDF text layer, OCR):
    /// past it the reader gives up with an error. `None`: no limit.
    pub time_budget: Option<std::time::Duration>,
}

/// Why a document could not be ingested. [`IngestError::kind`] is the stable
/// `error.kind` of the record.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("the file is empty")]
    Empty,
    #[error("not implemented yet: {0}")]
    Unsupported(String),
}

impl IngestError {
    pub fn kind(&self) -> &'static str {
        match self {
            IngestError::Empty => "empty",
            IngestError::Unsupported(_) => "unsupported_format",
        }
    }
}

/// Reads one document. `path` is recorded in `source.path` as given.
pub fn ingest(bytes: &[u8], path: &str, options: &IngestOptions) -> Result<Document, IngestError> {
    let _ = (path, options);
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    Err(IngestError::Unsupported("ingestion".into()))
}
