//! Word documents (DOCX): a zip of XML parts, read with `zip` and `quick-xml`.
//!
//! The main part is found through `_rels/.rels` (falling back to
//! `word/document.xml`); `styles.xml` and `numbering.xml` next to it give headings,
//! bold and list numbers. Zips that are not Word documents (OpenDocument, Excel,
//! PowerPoint, plain archives) get an `unsupported_format` error naming what they are.

mod body;
mod numbering;
mod styles;
mod xml;

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use sabha_doc::Draft;
use zip::ZipArchive;

use crate::IngestError;
use numbering::Numbering;
use styles::Styles;

/// What a DOCX gave.
#[derive(Debug, Default)]
pub(crate) struct DocxText {
    pub drafts: Vec<Draft>,
    pub bijoy_runs: usize,
    pub text_boxes: usize,
}

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Reads a zip that should be a Word document. `max_member` limits the unpacked
/// size of each part read.
pub(crate) fn read_docx(bytes: &[u8], max_member: u64) -> Result<DocxText, IngestError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| IngestError::Corrupt {
        format: "zip (DOCX)",
        detail: format!("the zip container cannot be read ({e}); the file may be truncated"),
    })?;
    let main = main_part(&mut archive, max_member)?;
    let xml = read_member(&mut archive, &main, max_member)?.ok_or_else(|| {
        IngestError::corrupt_docx(format!("the main part `{main}` is missing from the package"))
    })?;
    let dir = main.rsplit_once('/').map_or("", |(d, _)| d);
    let part = |name: &str| if dir.is_empty() { name.to_string() } else { format!("{dir}/{name}") };
    // Styles and numbering only refine the text; a damaged one is ignored.
    let styles = read_member(&mut archive, &part("styles.xml"), max_member)
        .ok()
        .flatten()
        .map(|x| Styles::parse(&x))
        .unwrap_or_default();
    let numbering = read_member(&mut archive, &part("numbering.xml"), max_member)
        .ok()
        .flatten()
        .map(|x| Numbering::parse(&x))
        .unwrap_or_default();
    let body = body::read_body(&xml, &styles, numbering)?;
    Ok(DocxText { drafts: body.drafts, bijoy_runs: body.bijoy_runs, text_boxes: body.text_boxes })
}

/// The path of the main document part, or why this zip is not a Word document.
fn main_part(archive: &mut Archive<'_>, max_member: u64) -> Result<String, IngestError> {
    let rels = read_member(archive, "_rels/.rels", max_member).ok().flatten();
    if let Some(target) = rels.as_deref().and_then(office_document_target) {
        if target.ends_with(".xml") && !target.starts_with("xl/") && !target.starts_with("ppt/") {
            return Ok(target);
        }
    }
    if archive.index_for_name("word/document.xml").is_some() {
        return Ok("word/document.xml".into());
    }
    if let Some(what) = other_package(archive) {
        return Err(IngestError::Unsupported(what));
    }
    let types = read_member(archive, "[Content_Types].xml", max_member).ok().flatten().unwrap_or_default();
    if types.contains("wordprocessingml") || rels.is_some() {
        return Err(IngestError::corrupt_docx("the package has no main document part (word/document.xml)"));
    }
    Err(IngestError::Unsupported(
        "a zip archive that is not a Word document (archives are opened by `sabha convert`)".into(),
    ))
}

/// What a non-Word package is, if it is one.
fn other_package(archive: &mut Archive<'_>) -> Option<String> {
    if archive.index_for_name("xl/workbook.xml").is_some() {
        return Some("Excel workbook (.xlsx)".into());
    }
    if archive.index_for_name("ppt/presentation.xml").is_some() {
        return Some("PowerPoint presentation (.pptx)".into());
    }
    let mimetype = read_member(archive, "mimetype", 256).ok().flatten()?;
    let kind = match mimetype.trim() {
        "application/vnd.oasis.opendocument.text" => "OpenDocument text (.odt); save it as .docx",
        m if m.starts_with("application/vnd.oasis.opendocument") => "OpenDocument file",
        m if m.contains("epub") => "EPUB book",
        _ => return None,
    };
    Some(kind.into())
}

/// The target of the officeDocument relationship in `_rels/.rels`.
fn office_document_target(rels: &str) -> Option<String> {
    let mut reader = xml::reader(rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let kind = xml::attr(&e, "Type").unwrap_or_default();
                if kind.ends_with("/officeDocument") {
                    let target = xml::attr(&e, "Target")?;
                    return Some(target.trim_start_matches('/').to_string());
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// A member's text; `Ok(None)` when there is no such member.
fn read_member(archive: &mut Archive<'_>, name: &str, max: u64) -> Result<Option<String>, IngestError> {
    let Some(index) = archive.index_for_name(name) else { return Ok(None) };
    let encrypted = archive.by_index_raw(index).map(|f| f.encrypted()).unwrap_or(false);
    if encrypted {
        return Err(IngestError::Encrypted("DOCX file"));
    }
    let mut file = archive
        .by_index(index)
        .map_err(|e| IngestError::corrupt_docx(format!("`{name}` cannot be opened: {e}")))?;
    if file.size() > max {
        return Err(IngestError::TooLarge { what: "unpacked DOCX part", bytes: file.size(), limit: max });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(file.size()).unwrap_or(0).min(1 << 26));
    (&mut file)
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| IngestError::corrupt_docx(format!("`{name}` cannot be unpacked: {e}")))?;
    if bytes.len() as u64 > max {
        return Err(IngestError::TooLarge {
            what: "unpacked DOCX part",
            bytes: bytes.len() as u64,
            limit: max,
        });
    }
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text.to_string(),
        // XML parts may be UTF-16 (with a BOM); anything else is damaged.
        Err(_) => match encoding_rs::Encoding::for_bom(&bytes) {
            Some((encoding, bom)) => {
                encoding.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default()).0.into_owned()
            }
            None => return Err(IngestError::corrupt_docx(format!("`{name}` is not valid UTF-8 XML"))),
        },
    };
    Ok(Some(text.trim_start_matches('\u{FEFF}').to_string()))
}
