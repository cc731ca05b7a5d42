//! Bad input: every failure is a typed error with a stable kind, never a panic.

use std::io::{Cursor, Write};

use proptest::prelude::*;
use sabha_ingest::{IngestError, IngestOptions, ingest};

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn kind(bytes: &[u8], path: &str) -> &'static str {
    kind_with(bytes, path, &IngestOptions::default())
}

fn kind_with(bytes: &[u8], path: &str, options: &IngestOptions) -> &'static str {
    match ingest(bytes, path, options) {
        Ok(_) => "ok",
        Err(err) => {
            assert!(!err.to_string().is_empty());
            err.kind()
        }
    }
}

fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        for (name, content) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

/// The parts of a corpus DOCX, to rebuild it with changes.
fn corpus_parts() -> Vec<(String, Vec<u8>)> {
    let bytes = fixture("corpus/001.noto.docx");
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut content = Vec::new();
            std::io::Read::read_to_end(&mut file, &mut content).unwrap();
            (file.name().unwrap().to_string(), content)
        })
        .collect()
}

fn rebuilt(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let refs: Vec<(&str, &[u8])> = parts.iter().map(|(n, c)| (n.as_str(), c.as_slice())).collect();
    zip_of(&refs)
}

#[test]
fn empty_and_blank_files() {
    assert_eq!(kind(b"", "x.txt"), "empty");
    assert_eq!(kind(b" \r\n\t\n", "x.txt"), "no_text");
    assert_eq!(kind("\u{FEFF}".as_bytes(), "x.txt"), "no_text");
}

#[test]
fn binary_junk() {
    let junk: Vec<u8> = (0u32..8192).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    assert_eq!(kind(&junk, "x.txt"), "binary");
    let mut nuls = b"text".to_vec();
    nuls.extend(std::iter::repeat_n(0u8, 400));
    assert_eq!(kind(&nuls, "x.bin"), "binary");
}

#[test]
fn known_formats_sabha_does_not_read() {
    assert_eq!(kind(b"{\\rtf1\\ansi sabha}", "x.rtf"), "unsupported_format");
    assert_eq!(kind(b"\x1F\x8B\x08\x00rest", "x.gz"), "unsupported_format");
    let mut doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    doc.extend(b"W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0");
    assert_eq!(kind(&doc, "x.doc"), "unsupported_format");
    let xlsx = zip_of(&[("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>")]);
    assert_eq!(kind(&xlsx, "x.xlsx"), "unsupported_format");
    let odt = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")]);
    assert_eq!(kind(&odt, "x.odt"), "unsupported_format");
    let archive = zip_of(&[("minutes/000.txt", "সভা".as_bytes())]);
    assert_eq!(kind(&archive, "x.zip"), "unsupported_format");
}

#[test]
fn truncated_docx_is_corrupt() {
    let bytes = fixture("corpus/000.noto.docx");
    for cut in [bytes.len() / 2, bytes.len() - 30, 100] {
        assert_eq!(kind(&bytes[..cut], "x.docx"), "corrupt", "cut at {cut}");
    }
}

#[test]
fn docx_missing_its_document_part_is_corrupt() {
    let parts: Vec<(String, Vec<u8>)> =
        corpus_parts().into_iter().filter(|(n, _)| n != "word/document.xml").collect();
    let err = ingest(&rebuilt(&parts), "x.docx", &IngestOptions::default()).unwrap_err();
    assert_eq!(err.kind(), "corrupt");
    assert!(err.to_string().contains("word/document.xml"), "{err}");
}

#[test]
fn docx_with_broken_xml_is_corrupt() {
    let parts: Vec<(String, Vec<u8>)> = corpus_parts()
        .into_iter()
        .map(|(n, c)| if n == "word/document.xml" { (n, c[..c.len() / 2].to_vec()) } else { (n, c) })
        .map(|(n, mut c)| {
            if n == "word/document.xml" {
                c.extend_from_slice(b"<w:p <<>");
            }
            (n, c)
        })
        .collect();
    assert_eq!(kind(&rebuilt(&parts), "x.docx"), "corrupt");
}

#[test]
fn docx_without_text_has_no_text() {
    let parts: Vec<(String, Vec<u8>)> = corpus_parts()
        .into_iter()
        .map(|(n, c)| {
            if n == "word/document.xml" {
                (n, br#"<w:document xmlns:w="w"><w:body><w:p/><w:sectPr/></w:body></w:document>"#.to_vec())
            } else {
                (n, c)
            }
        })
        .collect();
    assert_eq!(kind(&rebuilt(&parts), "x.docx"), "no_text");
}

#[test]
fn encrypted_documents() {
    // Word saves a password-protected .docx as an OLE compound file holding an
    // EncryptedPackage stream.
    let mut cfb = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    cfb.extend(std::iter::repeat_n(0u8, 500));
    cfb.extend(b"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0");
    assert_eq!(kind(&cfb, "x.docx"), "encrypted");
    // A DOCX zip whose entries carry the "encrypted" flag.
    let mut bytes = fixture("corpus/002.noto.docx");
    set_encrypted_flags(&mut bytes);
    assert_eq!(kind(&bytes, "x.docx"), "encrypted");
}

/// Sets general-purpose bit 0 (encrypted) in every local and central header.
fn set_encrypted_flags(bytes: &mut [u8]) {
    let positions: Vec<(usize, usize)> = bytes
        .windows(4)
        .enumerate()
        .filter_map(|(i, w)| match w {
            b"PK\x03\x04" => Some((i, 6)),
            b"PK\x01\x02" => Some((i, 8)),
            _ => None,
        })
        .collect();
    for (at, offset) in positions {
        bytes[at + offset] |= 1;
    }
}

#[test]
fn size_limits() {
    let small = IngestOptions { max_bytes: 10, ..IngestOptions::default() };
    assert_eq!(kind_with("সভার কার্যবিবরণী".as_bytes(), "x.txt", &small), "too_large");
    // A DOCX part that unpacks to more than the limit (a zip bomb in small).
    let limited = IngestOptions { max_unpacked_bytes: 1000, ..IngestOptions::default() };
    assert_eq!(kind_with(&fixture("corpus/000.noto.docx"), "x.docx", &limited), "too_large");
}

#[test]
fn truncated_pdf_is_reported_by_the_pdf_reader() {
    let pdf = fixture("corpus/004.noto.pdf");
    let kind = kind(&pdf[..pdf.len() / 2], "x.pdf");
    assert!(["pdf_truncated", "pdf_corrupt", "pdf_tools_unavailable"].contains(&kind), "{kind}");
}

/// Arbitrary bytes, but not a PDF: the PDF reader runs a program per document, which a
/// property test should not do hundreds of times.
fn not_pdf(bytes: &[u8]) -> bool {
    !bytes.windows(5).any(|w| w == b"%PDF-")
}

fn never_internal(bytes: &[u8], path: &str) -> Result<(), TestCaseError> {
    let options = IngestOptions { max_unpacked_bytes: 1 << 22, ..IngestOptions::default() };
    match ingest(bytes, path, &options) {
        Err(IngestError::Internal(why)) => Err(TestCaseError::fail(format!("panic inside ingest: {why}"))),
        _ => Ok(()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        prop_assume!(not_pdf(&bytes));
        never_internal(&bytes, "x.txt")?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        prop_assume!(not_pdf(text.as_bytes()));
        never_internal(text.as_bytes(), "x.txt")?;
    }

    #[test]
    fn mangled_html_never_panics(html in "(<(t[dhr]|table|p|br|b|span style='font-family:SutonnyMJ')( (col|row)span=[0-9]{1,6})?>|</(td|tr|table|p|b|span)>|[a-zA-Z‡¯ ]{0,6}|&[a-z#0-9]{0,6};?){0,60}") {
        never_internal(format!("<html><body>{html}").as_bytes(), "x.html")?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn mutated_docx_never_panics(flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..20)) {
        let mut bytes = fixture("corpus/004.noto.docx");
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        prop_assume!(not_pdf(&bytes));
        never_internal(&bytes, "x.docx")?;
    }

    #[test]
    fn mutated_document_xml_never_panics(flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..30)) {
        let mut parts = corpus_parts();
        if let Some((_, xml)) = parts.iter_mut().find(|(n, _)| n == "word/document.xml") {
            for (at, value) in flips {
                let i = at.index(xml.len());
                xml[i] = value;
            }
        }
        never_internal(&rebuilt(&parts), "x.docx")?;
    }
}
