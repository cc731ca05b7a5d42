//! Best-effort `source.format` and `source.encoding` for error records, from the
//! first bytes of a document that ingestion could not read. (A document that is
//! read gets both from ingestion itself.)

use sabha_doc::Format;

/// How many leading bytes the guesses look at.
pub(crate) const HEAD: usize = 4096;

/// The likeliest format: magic numbers first, then the file name's extension,
/// else `text`. A zip container counts as `docx`, the only zip-based format.
pub(crate) fn format(head: &[u8], label: &str) -> Format {
    magic_format(head).or_else(|| extension_format(label)).unwrap_or(Format::Text)
}

fn magic_format(head: &[u8]) -> Option<Format> {
    const IMAGES: [&[u8]; 6] = [b"\x89PNG", b"\xFF\xD8\xFF", b"II*\0", b"MM\0*", b"GIF8", b"BM"];
    if head.starts_with(b"%PDF") || window_contains(head, b"%PDF-") {
        return Some(Format::Pdf);
    }
    if head.starts_with(b"PK\x03\x04") {
        return Some(Format::Docx);
    }
    if IMAGES.iter().any(|magic| head.starts_with(magic)) {
        return Some(Format::Image);
    }
    let text = String::from_utf8_lossy(head.get(..512).unwrap_or(head)).to_lowercase();
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with("<!doctype html") || text.starts_with("<html") {
        return Some(Format::Html);
    }
    None
}

fn window_contains(head: &[u8], needle: &[u8]) -> bool {
    head.get(..1024).unwrap_or(head).windows(needle.len()).any(|w| w == needle)
}

fn extension_format(label: &str) -> Option<Format> {
    let name = label.rsplit(['/', '\\', '!']).next().unwrap_or(label);
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" => Some(Format::Markdown),
        "htm" | "html" => Some(Format::Html),
        "docx" => Some(Format::Docx),
        "pdf" => Some(Format::Pdf),
        "png" | "jpg" | "jpeg" | "tif" | "tiff" | "gif" | "bmp" => Some(Format::Image),
        "txt" | "text" => Some(Format::Text),
        _ => None,
    }
}

/// `utf-8`, `utf-16le` or `utf-16be` from a byte-order mark or valid UTF-8,
/// `unknown` for anything else (binary, legacy 8-bit).
pub(crate) fn encoding(head: &[u8]) -> &'static str {
    if head.starts_with(b"\xEF\xBB\xBF") {
        "utf-8"
    } else if head.starts_with(b"\xFF\xFE") {
        "utf-16le"
    } else if head.starts_with(b"\xFE\xFF") {
        "utf-16be"
    } else {
        match std::str::from_utf8(head) {
            // `error_len() == None`: only a character cut at the end of the head.
            Err(e) if e.error_len().is_some() => "unknown",
            _ if head.contains(&0) => "unknown",
            _ => "utf-8",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_win_over_extensions() {
        assert_eq!(format(b"%PDF-1.7\n", "minutes.txt"), Format::Pdf);
        assert_eq!(format(b"PK\x03\x04rest", "x.pdf"), Format::Docx);
        assert_eq!(format(b"\x89PNG\r\n", "scan"), Format::Image);
        assert_eq!(format(b"\xEF\xBB\xBF  <!DOCTYPE HTML>", "a"), Format::Html);
    }

    #[test]
    fn extension_then_text_when_the_bytes_say_nothing() {
        assert_eq!(format(b"garbage", "a.zip!dir/minutes.PDF"), Format::Pdf);
        assert_eq!(format(b"## title", "notes.md"), Format::Markdown);
        assert_eq!(format(b"\x00\x01", "blob.bin"), Format::Text);
        assert_eq!(format(b"", "no-extension"), Format::Text);
    }

    #[test]
    fn encoding_from_bom_or_validity() {
        assert_eq!(encoding(b"\xFF\xFEa\0"), "utf-16le");
        assert_eq!(encoding(b"\xFE\xFF\0a"), "utf-16be");
        assert_eq!(encoding("সভা".as_bytes()), "utf-8");
        // A character cut by the end of the head is still UTF-8.
        assert_eq!(encoding(&"সভা".as_bytes()[..4]), "utf-8");
        assert_eq!(encoding(b"\xC0\xC1 bijoy"), "unknown");
        assert_eq!(encoding(b"\x00\x00\x00"), "unknown");
    }
}
