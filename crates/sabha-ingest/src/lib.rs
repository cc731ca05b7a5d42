//! Turns the bytes of any input — text exports, markdown, HTML, Word (DOCX), PDF,
//! scans, legacy Bijoy text — into a [`Document`]: faithful, cleaned Bengali text
//! split into paragraphs and tables.
//!
//! ```
//! use sabha_ingest::{ingest, IngestOptions};
//!
//! let bytes = "### সভার কার্যবিবরণী\r\n\r\nসভাপতি\tড. ক\r\n".as_bytes();
//! let doc = ingest(bytes, "minutes.txt", &IngestOptions::default()).unwrap();
//! assert_eq!(doc.text, "### সভার কার্যবিবরণী\n\nসভাপতি\tড. ক\n");
//! assert_eq!(doc.source.format.as_str(), "markdown");
//! let first = doc.paragraphs().next().unwrap();
//! assert_eq!((first.lines[0].text.as_str(), first.lines[0].heading), ("সভার কার্যবিবরণী", 3));
//! ```
//!
//! # Formats
//!
//! The format comes from the bytes, never from the file name: `%PDF-` is a PDF, PNG /
//! JPEG / TIFF (and GIF, BMP, WebP) are images, a zip with a Word main part is DOCX,
//! decoded text with document-level HTML tags is HTML, text with markdown evidence
//! (`###` headings, whole-line `**…**`, pipe tables) is markdown, anything else is
//! text. A file whose name says otherwise gets a `format_differs_from_extension`
//! warning and is read as what it is.
//!
//! - **Text and markdown** keep the document's lines one for one, so spans point at
//!   the original lines: line endings become `\n` and each line is cleaned (below);
//!   nothing else is rewritten. Blocks are the tables `sabha_tables::find_tables`
//!   finds over those lines and the other non-blank lines grouped into paragraphs
//!   (their [`sabha_doc::Line::text`] without markup).
//! - **HTML, DOCX, PDF and images** give drafts ([`sabha_doc::Draft`]) that one
//!   renderer turns into the text: one line per paragraph line, a blank line between
//!   blocks, each table row one TAB-separated line. Tables become blocks through
//!   `sabha_tables::table_from_grid`.
//! - **Encodings**: UTF-8 with or without BOM, UTF-16LE/BE with a BOM or without one
//!   when the byte pattern is unmistakable, an HTML `<meta charset>`, else a guess by
//!   `chardetng` decoded with `encoding_rs`.
//! - **Bijoy** (SutonnyMJ and other `…MJ` fonts, ASCII/Windows-1252 bytes) is
//!   converted to Unicode: by font in DOCX and HTML, and elsewhere word by word where
//!   a line's words read as Bijoy rather than English (English words, addresses and
//!   numbers beside them survive). Bijoy fragments left inside Unicode words
//!   (`নি¤œরূপ`) are repaired with a warning; subset-font glyph codes are reported.
//!
//! `source.encoding` is the text encoding's name (`utf-8`, `utf-16le`, `utf-16be`,
//! `windows-1252`, …), `bijoy` when Bijoy text makes up a third or more of the
//! document, and for paged input `unicode` (a PDF text layer) or `ocr` (images).
//!
//! Every line of every format then gets the same Unicode clean-up: NFC (য় ড় ঢ় stay
//! decomposed, as NFC requires), zero-width characters that carry no meaning removed
//! (the ZWJ of র‍্য kept), old-style khanda-ta (ত্‍) as ৎ, soft hyphens removed, fixed
//! spaces as spaces, control characters removed, Assamese ৰ/ৱ as র/ব. Spelling is
//! never corrected.
//!
//! # Errors
//!
//! [`IngestError::kind`] gives the stable `error.kind` of the record:
//!
//! | kind | when |
//! |---|---|
//! | `empty` | the file has 0 bytes |
//! | `no_text` | the document was read but holds no text |
//! | `too_large` | the file is over [`IngestOptions::max_bytes`], or a DOCX part unpacks to more than [`IngestOptions::max_unpacked_bytes`] |
//! | `binary` | binary data that is neither text nor a known format |
//! | `unsupported_format` | a known format sabha does not read: legacy `.doc`/`.xls`/`.ppt`, `.xlsx`, `.pptx`, `.odt`, RTF, archives, executables, media |
//! | `corrupt` | a damaged or truncated DOCX: unreadable zip, missing `word/document.xml`, malformed XML |
//! | `encrypted` | a password-protected DOCX |
//! | (the reader's kind) | the PDF or image reader (`sabha-paged`) failed; its own stable kind passes through: `pdf_truncated`, `pdf_corrupt`, `pdf_encrypted`, `pdf_tools_unavailable`, `timeout`, `pdf_too_complex`, `needs_ocr`, `ocr_unavailable`, `tool_output_unreadable`, `not_pdf`, `empty_input`, `io` |
//! | `internal` | a bug in sabha: a panic caught at the document boundary |
//!
//! # Warnings
//!
//! [`Document::warnings`] says what looked odd in the bytes (stable codes):
//!
//! | code | meaning |
//! |---|---|
//! | `bijoy_converted` | text in the legacy Bijoy (SutonnyMJ) encoding was converted to Unicode |
//! | `bijoy_fragment_repaired` | a Unicode word held Bijoy glyphs (`নি¤œরূপ`) and was repaired; the message shows both |
//! | `hybrid_font_text` | a word holds subset-font glyph codes (Latin letters for conjuncts); left as printed |
//! | `assamese_letters_mapped` | Assamese ৰ/ৱ (an OCR artefact) were read as র/ব |
//! | `control_characters_removed` | control characters were removed |
//! | `private_use_characters` | the text holds private-use characters (a broken font mapping) |
//! | `invalid_bytes_replaced` | byte sequences invalid in the file's encoding became U+FFFD |
//! | `format_differs_from_extension` | the bytes are of another format than the file name says |
//! | `text_boxes_appended` | DOCX text boxes were placed after the paragraph that anchors them |
//!
//! Warnings of the PDF/OCR reader (`sabha-paged`) are passed through unchanged.

mod bijoy;
mod bytes;
mod clean;
mod decode;
mod docx;
mod entities;
mod error;
mod html;
mod markup;
mod normalize;
mod plain;
mod render;
mod sniff;
mod textsink;
mod warnings;

use std::panic::{AssertUnwindSafe, catch_unwind};

use sabha_doc::{Block, Document, Draft, Format, PageReport, Source};
use sha2::{Digest, Sha256};

pub use error::IngestError;
pub use sabha_paged::OcrMode;

use normalize::Normalizer;
use sniff::Container;
use warnings::Warnings;

/// How to ingest.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// When to OCR pages (passed to the PDF/image reader).
    pub ocr: OcrMode,
    /// Larger inputs are refused (`too_large`). Default 256 MiB.
    pub max_bytes: u64,
    /// A DOCX part that unpacks to more than this is refused (`too_large`), which
    /// also stops zip bombs. Default 512 MiB.
    pub max_unpacked_bytes: u64,
    /// Wall-clock budget for reading one paged document (PDF text layer, OCR):
    /// past it the reader gives up with an error. `None`: no limit.
    pub time_budget: Option<std::time::Duration>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            ocr: OcrMode::default(),
            max_bytes: 256 << 20,
            max_unpacked_bytes: 512 << 20,
            time_budget: None,
        }
    }
}

/// Reads one document. `path` is recorded in `source.path` as given (use
/// `archive.zip!member/path` for an archive member); it is never used to choose the
/// format.
pub fn ingest(bytes: &[u8], path: &str, options: &IngestOptions) -> Result<Document, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    let size = bytes.len() as u64;
    if size > options.max_bytes {
        return Err(IngestError::TooLarge { what: "file", bytes: size, limit: options.max_bytes });
    }
    // Third-party parsers (zip, XML, the PDF reader) must not take the batch down.
    catch_unwind(AssertUnwindSafe(|| read(bytes, path, options))).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".into());
        Err(IngestError::Internal(what))
    })
}

/// Converts text known to be Bijoy-encoded (SutonnyMJ family, decoded as
/// Windows-1252) to Unicode Bengali in NFC. Every character is read as Bijoy; use
/// [`ingest`] to have Bijoy found and English kept.
///
/// ```
/// assert_eq!(sabha_ingest::bijoy_to_unicode("wm×všÍ M„nxZ nq|"), "সিদ্ধান্ত গৃহীত হয়।");
/// ```
pub fn bijoy_to_unicode(bijoy: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    bijoy::bijoy_to_unicode(bijoy).nfc().collect()
}

/// A document before its source facts are attached.
struct Parts {
    format: Format,
    encoding: String,
    text: String,
    blocks: Vec<Block>,
    pages: Vec<PageReport>,
    warnings: Warnings,
}

fn read(bytes: &[u8], path: &str, options: &IngestOptions) -> Result<Document, IngestError> {
    let mut parts = match sniff::container(bytes) {
        Container::Pdf => paged(bytes, Format::Pdf, options)?,
        Container::Image(_) => paged(bytes, Format::Image, options)?,
        Container::Zip => docx_parts(bytes, options)?,
        Container::Compound if sniff::is_encrypted_ooxml(bytes) => {
            return Err(IngestError::Encrypted("Word document"));
        }
        Container::Compound => {
            return Err(IngestError::Unsupported(
                "legacy Microsoft Office file (.doc/.xls/.ppt); save it as .docx or PDF".into(),
            ));
        }
        Container::OtherBinary(what) => return Err(IngestError::Unsupported(what.into())),
        Container::Text => text_parts(bytes)?,
    };
    if parts.text.trim().is_empty() {
        return Err(IngestError::NoText { format: parts.format.as_str() });
    }
    if let Some(message) = extension_mismatch(path, parts.format) {
        parts.warnings.add("format_differs_from_extension", message, None);
    }
    let pages = (!parts.pages.is_empty()).then(|| u32::try_from(parts.pages.len()).unwrap_or(u32::MAX));
    let source = Source {
        path: path.to_string(),
        sha256: sha256_hex(bytes),
        format: parts.format,
        encoding: parts.encoding,
        bytes: bytes.len() as u64,
        pages,
    };
    Ok(Document {
        source,
        text: parts.text,
        blocks: parts.blocks,
        pages: parts.pages,
        warnings: parts.warnings.finish(),
    })
}

fn text_parts(bytes: &[u8]) -> Result<Parts, IngestError> {
    let decoded = decode::decode(bytes, || html::declared_encoding(bytes))?;
    let mut encoding = decoded.encoding.clone();
    let (format, text, blocks, mut warnings, bijoy_share) = if html::looks_like_html(&decoded.text) {
        let html = html::read_html(&decoded.text);
        let (rendered, warnings, share) = render_drafts(&html.drafts, html.bijoy_runs);
        (Format::Html, rendered.text, rendered.blocks, warnings, share)
    } else {
        let (doc, normalizer) =
            plain::read_text(&decoded.text, |lines| Normalizer::for_lines(lines.iter().copied()));
        let content_lines = doc.text.lines().filter(|l| !l.trim().is_empty()).count();
        let (warnings, bijoy_lines) = normalizer.finish();
        let format = if doc.markdown { Format::Markdown } else { Format::Text };
        (format, doc.text, doc.blocks, warnings, share(bijoy_lines, content_lines))
    };
    if bijoy_share >= 1.0 / 3.0 {
        encoding = "bijoy".into();
    }
    if decoded.invalid_sequences > 0 {
        let message = format!(
            "{} byte sequence(s) invalid in {} were replaced by U+FFFD",
            decoded.invalid_sequences, decoded.encoding
        );
        warnings.add("invalid_bytes_replaced", message, None);
    }
    Ok(Parts { format, encoding, text, blocks, pages: Vec::new(), warnings })
}

fn docx_parts(bytes: &[u8], options: &IngestOptions) -> Result<Parts, IngestError> {
    let docx = docx::read_docx(bytes, options.max_unpacked_bytes)?;
    let (rendered, mut warnings, bijoy_share) = render_drafts(&docx.drafts, docx.bijoy_runs);
    if docx.text_boxes > 0 {
        let message =
            format!("{} text box(es) placed after the paragraph that anchors them", docx.text_boxes);
        warnings.add("text_boxes_appended", message, None);
    }
    let encoding = if bijoy_share >= 1.0 / 3.0 { "bijoy" } else { "utf-8" };
    Ok(Parts {
        format: Format::Docx,
        encoding: encoding.into(),
        text: rendered.text,
        blocks: rendered.blocks,
        pages: Vec::new(),
        warnings,
    })
}

fn paged(bytes: &[u8], format: Format, options: &IngestOptions) -> Result<Parts, IngestError> {
    let mut paged_options = sabha_paged::PagedOptions::with_ocr(options.ocr);
    if let Some(budget) = options.time_budget {
        // The reader's limit is per engine run; a whole-document budget is at least as tight.
        paged_options.timeout = paged_options.timeout.min(budget);
    }
    let read = match format {
        Format::Image => sabha_paged::read_image(bytes, &paged_options),
        _ => sabha_paged::read_pdf(bytes, &paged_options),
    };
    let label = if format == Format::Image { "the image" } else { "the PDF" };
    let paged = read.map_err(|source| IngestError::Paged { format: label, source })?;
    let (rendered, normalizer_warnings, bijoy_share) = render_drafts(&paged.drafts, 0);
    let mut warnings = Warnings::default();
    for warning in paged.warnings {
        warnings.pass_through(warning);
    }
    for warning in normalizer_warnings.finish() {
        warnings.pass_through(warning);
    }
    let encoding = if bijoy_share >= 1.0 / 3.0 {
        "bijoy"
    } else if format == Format::Image {
        "ocr"
    } else {
        "unicode"
    };
    Ok(Parts {
        format,
        encoding: encoding.into(),
        text: rendered.text,
        blocks: rendered.blocks,
        pages: paged.pages,
        warnings,
    })
}

/// Renders drafts through one normalizer, whose Bijoy prior comes from all their
/// text. `font_runs` counts runs already converted from a Bijoy font. Returns the
/// rendering, the warnings and the share of Bijoy content.
fn render_drafts(drafts: &[Draft], font_runs: usize) -> (render::Rendered, Warnings, f64) {
    let raw = draft_text_lines(drafts);
    let mut normalizer = Normalizer::for_lines(raw.iter().map(String::as_str));
    let rendered = render::render(drafts, &mut normalizer);
    let (mut warnings, bijoy_lines) = normalizer.finish();
    if font_runs > 0 {
        let message = format!("{font_runs} run(s) in a Bijoy font (SutonnyMJ family) converted to Unicode");
        warnings.add("bijoy_converted", message, None);
    }
    let content_lines = raw.iter().filter(|l| !l.trim().is_empty()).count();
    (rendered, warnings, share(bijoy_lines + font_runs, content_lines))
}

fn draft_text_lines(drafts: &[Draft]) -> Vec<String> {
    let mut lines = Vec::new();
    for draft in drafts {
        match draft {
            Draft::Paragraph { lines: l, .. } => {
                lines.extend(l.iter().flat_map(|x| x.split('\n')).map(String::from))
            }
            Draft::Table(grid) => {
                for cell in grid.rows.iter().flatten() {
                    lines.extend(cell.text.split('\n').map(String::from));
                }
            }
            Draft::PageBreak => {}
        }
    }
    lines
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A warning message when the file name's extension names another format.
fn extension_mismatch(path: &str, format: Format) -> Option<String> {
    let ext = sniff::extension(path)?;
    let named = match ext.as_str() {
        "pdf" => Format::Pdf,
        "docx" => Format::Docx,
        "html" | "htm" | "xhtml" => Format::Html,
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "png" | "jpg" | "jpeg" | "tif" | "tiff" | "gif" | "bmp" | "webp" => Format::Image,
        _ => return None,
    };
    let text_like = |f: Format| matches!(f, Format::Text | Format::Markdown);
    if named == format || (text_like(named) && text_like(format)) {
        return None;
    }
    Some(format!(
        "the file is named .{ext} but its bytes are {}; read as {}",
        format.as_str(),
        format.as_str()
    ))
}
