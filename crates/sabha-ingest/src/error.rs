//! Why a document could not be read.

use sabha_paged::PagedError;

/// Why a document could not be ingested. [`IngestError::kind`] is the stable
/// `error.kind` of the record; the message (`Display`) says what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// Zero bytes.
    #[error("the file is empty (0 bytes)")]
    Empty,
    /// The file was read but holds no text at all (blank text, a DOCX with no
    /// paragraphs).
    #[error("the {format} file holds no text")]
    NoText { format: &'static str },
    /// Larger than [`crate::IngestOptions::max_bytes`], or a zip member that unpacks
    /// to more than [`crate::IngestOptions::max_unpacked_bytes`].
    #[error("the {what} is {bytes} bytes, over the limit of {limit} bytes")]
    TooLarge { what: &'static str, bytes: u64, limit: u64 },
    /// Not a document: binary data that is neither text nor a known format.
    #[error("not a document: {0}")]
    Binary(String),
    /// A known format that sabha does not read.
    #[error("unsupported format: {0}")]
    Unsupported(String),
    /// A document of a known format that is damaged or truncated.
    #[error("the {format} file is damaged: {detail}")]
    Corrupt { format: &'static str, detail: String },
    /// Password-protected.
    #[error("the {0} is password-protected; save an unprotected copy")]
    Encrypted(&'static str),
    /// The PDF or image reader failed.
    #[error("{format} could not be read: {source}")]
    Paged {
        format: &'static str,
        #[source]
        source: PagedError,
    },
    /// sabha itself failed on this document (a bug); the document may be fine.
    #[error("internal error while reading the document: {0}")]
    Internal(String),
}

impl IngestError {
    /// The stable `error.kind` string. The full list:
    ///
    /// | kind | when |
    /// |---|---|
    /// | `empty` | the file has 0 bytes |
    /// | `no_text` | the document was read but holds no text |
    /// | `too_large` | the file, or a member of a DOCX, is over the size limit |
    /// | `binary` | binary data that is neither text nor a known format |
    /// | `unsupported_format` | a known format sabha does not read (legacy `.doc`, `.xlsx`, `.odt`, RTF, archives, …) |
    /// | `corrupt` | a damaged or truncated DOCX (bad zip, missing `word/document.xml`, broken XML) |
    /// | `encrypted` | a password-protected DOCX or zip |
    /// | (reader kind) | the PDF/image reader failed: `sabha-paged`'s own kind |
    /// | `internal` | a bug in sabha (a panic caught at the document boundary) |
    pub fn kind(&self) -> &'static str {
        match self {
            IngestError::Empty => "empty",
            IngestError::NoText { .. } => "no_text",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::Binary(_) => "binary",
            IngestError::Unsupported(_) => "unsupported_format",
            IngestError::Corrupt { .. } => "corrupt",
            IngestError::Encrypted(_) => "encrypted",
            IngestError::Paged { source, .. } => source.kind(),
            IngestError::Internal(_) => "internal",
        }
    }

    pub(crate) fn corrupt_docx(detail: impl Into<String>) -> IngestError {
        IngestError::Corrupt { format: "DOCX", detail: detail.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_distinct_snake_case_words() {
        let errors = [
            IngestError::Empty,
            IngestError::NoText { format: "text" },
            IngestError::TooLarge { what: "file", bytes: 2, limit: 1 },
            IngestError::Binary("x".into()),
            IngestError::Unsupported("x".into()),
            IngestError::corrupt_docx("x"),
            IngestError::Encrypted("DOCX file"),
            IngestError::Paged { format: "PDF", source: PagedError::NotPdf },
            IngestError::Internal("x".into()),
        ];
        let kinds: std::collections::BTreeSet<&str> = errors.iter().map(IngestError::kind).collect();
        assert_eq!(kinds.len(), errors.len());
        assert!(kinds.iter().all(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
        assert!(errors.iter().all(|e| !e.to_string().is_empty()));
    }
}
