//! What kind of file the bytes are, from their first bytes (never from the name).

/// The container a file's bytes announce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Container {
    Pdf,
    Image(&'static str),
    /// A zip archive: DOCX, or something else (looked at further by [`crate::docx`]).
    Zip,
    /// An OLE compound file: legacy Office (.doc/.xls/.ppt) or an encrypted OOXML file.
    Compound,
    /// A binary format sabha does not read.
    OtherBinary(&'static str),
    /// Anything else: decoded as text, then read as plain text, markdown or HTML.
    Text,
}

/// Looks at the first bytes of `bytes`.
pub(crate) fn container(bytes: &[u8]) -> Container {
    const SIGNATURES: &[(&[u8], Container)] = &[
        (b"\x89PNG\r\n\x1a\n", Container::Image("PNG")),
        (b"\xFF\xD8\xFF", Container::Image("JPEG")),
        (b"II*\0", Container::Image("TIFF")),
        (b"MM\0*", Container::Image("TIFF")),
        (b"GIF87a", Container::Image("GIF")),
        (b"GIF89a", Container::Image("GIF")),
        (b"BM", Container::Image("BMP")),
        (b"PK\x03\x04", Container::Zip),
        (b"PK\x05\x06", Container::Zip),
        (b"PK\x07\x08", Container::Zip),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", Container::Compound),
        (b"{\\rtf", Container::OtherBinary("RTF document (save it as .docx or PDF)")),
        (b"\x1F\x8B", Container::OtherBinary("gzip archive")),
        (b"Rar!\x1A\x07", Container::OtherBinary("RAR archive")),
        (b"7z\xBC\xAF\x27\x1C", Container::OtherBinary("7-Zip archive")),
        (b"BZh", Container::OtherBinary("bzip2 archive")),
        (b"\xFD7zXZ\0", Container::OtherBinary("xz archive")),
        (b"\x28\xB5\x2F\xFD", Container::OtherBinary("zstd archive")),
        (b"\x7FELF", Container::OtherBinary("executable program")),
        (b"MZ", Container::OtherBinary("Windows executable")),
        (b"SQLite format 3\0", Container::OtherBinary("SQLite database")),
        (b"OggS", Container::OtherBinary("Ogg media file")),
        (b"ID3", Container::OtherBinary("MP3 audio file")),
    ];
    if is_pdf(bytes) {
        return Container::Pdf;
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Container::Image("WebP");
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return Container::OtherBinary("MP4/QuickTime media file");
    }
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map_or(Container::Text, |&(_, container)| container)
}

/// `%PDF-` in the first kilobyte (the PDF specification lets junk precede it).
fn is_pdf(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
    head.windows(5).any(|w| w == b"%PDF-")
}

/// Whether an OLE compound file is an encrypted Office Open XML document (Office
/// stores password-protected .docx files as a compound file holding an
/// `EncryptedPackage` stream).
pub(crate) fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    const NAME: &[u8] = b"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
    bytes.windows(NAME.len()).any(|w| w == NAME)
}

/// A file name's extension, lower case.
pub(crate) fn extension(path: &str) -> Option<String> {
    let name = path.rsplit(['/', '\\', '!']).next()?;
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers() {
        assert_eq!(container(b"%PDF-1.7\n"), Container::Pdf);
        assert_eq!(container(b"\r\n%PDF-1.4"), Container::Pdf);
        assert_eq!(container(b"\x89PNG\r\n\x1a\n...."), Container::Image("PNG"));
        assert_eq!(container(b"\xFF\xD8\xFF\xE0"), Container::Image("JPEG"));
        assert_eq!(container(b"II*\0abc"), Container::Image("TIFF"));
        assert_eq!(container(b"PK\x03\x04rest"), Container::Zip);
        assert_eq!(container(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), Container::Compound);
        assert!(matches!(container(b"{\\rtf1\\ansi"), Container::OtherBinary(_)));
        assert_eq!(container("সভার কার্যবিবরণী".as_bytes()), Container::Text);
        assert_eq!(container(b""), Container::Text);
    }

    #[test]
    fn extensions() {
        assert_eq!(extension("a/b/minutes.PDF").as_deref(), Some("pdf"));
        assert_eq!(extension("archive.zip!dir/x.docx").as_deref(), Some("docx"));
        assert_eq!(extension(".hidden"), None);
        assert_eq!(extension("noext"), None);
    }

    #[test]
    fn encrypted_ooxml_is_recognised_by_its_stream_name() {
        let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        bytes.extend_from_slice(b"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0");
        assert!(is_encrypted_ooxml(&bytes));
        assert!(!is_encrypted_ooxml(b"\xD0\xCF\x11\xE0WordDocument"));
    }
}
