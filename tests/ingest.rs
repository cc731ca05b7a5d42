//! Ingestion of every format: the seeds, encodings, HTML, DOCX (the corpus renders and
//! documents built here), and `sabha text`.

use std::io::{Cursor, Read, Write};
use std::process::Command;

use sabha_doc::{Block, Document, Format};
use sabha_ingest::{IngestOptions, ingest};
use unicode_normalization::UnicodeNormalization;

fn fixture_path(path: &str) -> String {
    format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(fixture_path(path)).unwrap()
}

fn fixture_text(path: &str) -> String {
    String::from_utf8(fixture(path)).unwrap()
}

fn read(bytes: &[u8], path: &str) -> Document {
    let doc = ingest(bytes, path, &IngestOptions::default()).unwrap();
    check_structure(&doc);
    doc
}

/// What every document must satisfy: blocks in line order, not overlapping, inside the
/// text, on non-blank lines, paragraph lines with text.
fn check_structure(doc: &Document) {
    let lines: Vec<&str> = doc.text.split('\n').collect();
    let line_count = u32::try_from(lines.len()).unwrap();
    let mut last_end = 0;
    for block in &doc.blocks {
        let span = block.span().unwrap();
        assert!(span.start_line > last_end, "blocks overlap or go backwards at {span:?}");
        assert!(span.end_line <= line_count, "block {span:?} beyond the text");
        last_end = span.end_line;
        if let Block::Paragraph(p) = block {
            for line in &p.lines {
                assert!(!line.text.is_empty());
                assert!(
                    !lines[line.number as usize - 1].trim().is_empty(),
                    "paragraph on blank line {}",
                    line.number
                );
            }
        }
    }
    assert_eq!(doc.text, doc.text.nfc().collect::<String>(), "text is not NFC");
}

fn bengali_words(text: &str) -> Vec<String> {
    let text: String = text.replace('ৰ', "র").nfc().collect();
    text.split(|c: char| !('\u{0980}'..='\u{09FF}').contains(&c))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Seed words the text lacks, counted with repetition.
fn missing_words(seed: &str, text: &str) -> Vec<String> {
    let mut have: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for word in bengali_words(text) {
        *have.entry(word).or_default() += 1;
    }
    let mut missing = Vec::new();
    for word in bengali_words(seed) {
        match have.get_mut(&word) {
            Some(n) if *n > 0 => *n -= 1,
            _ => missing.push(word),
        }
    }
    missing
}

#[test]
fn sabha_text_prints_the_seed_lines_unchanged() {
    for n in 0..5 {
        let path = fixture_path(&format!("seeds/{n:03}.txt"));
        let out = Command::new(env!("CARGO_BIN_EXE_sabha")).args(["text", &path]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let printed = String::from_utf8(out.stdout).unwrap();
        // The one change ingestion makes to the seeds: Assamese ৰ (OCR) is read as র.
        let seed = std::fs::read_to_string(&path).unwrap().replace('ৰ', "র");
        assert_eq!(printed.lines().collect::<Vec<_>>(), seed.lines().collect::<Vec<_>>(), "{n:03}");
    }
}

#[test]
fn sabha_text_reports_a_bad_document_with_status_2() {
    let dir = std::env::temp_dir().join(format!("sabha-ingest-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sabha")).arg("text").arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("[empty]"));
    let missing =
        Command::new(env!("CARGO_BIN_EXE_sabha")).arg("text").arg(dir.join("nope.txt")).output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn seed_source_facts() {
    let bytes = fixture("seeds/000.txt");
    let doc = read(&bytes, "fixtures/seeds/000.txt");
    assert_eq!(doc.source.path, "fixtures/seeds/000.txt");
    assert_eq!(doc.source.format, Format::Markdown);
    assert_eq!(doc.source.encoding, "utf-8");
    assert_eq!(doc.source.bytes, bytes.len() as u64);
    assert_eq!(doc.source.pages, None);
    assert_eq!(doc.source.sha256.len(), 64);
    assert!(doc.source.sha256.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    let other = read(&fixture("seeds/001.txt"), "x");
    assert_ne!(doc.source.sha256, other.source.sha256);
    // 001 has no markdown at all.
    assert_eq!(other.source.format, Format::Text);
}

#[test]
fn seed_paragraph_lines_lose_their_markup() {
    let doc = read(&fixture("seeds/000.txt"), "000.txt");
    let title = doc.paragraphs().flat_map(|p| &p.lines).find(|l| l.heading > 0).unwrap();
    assert_eq!(title.text, "বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী".nfc().collect::<String>());
    assert_eq!(title.heading, 3);
    let doc = read(&fixture("seeds/002.txt"), "002.txt");
    let lines: Vec<&sabha_doc::Line> = doc.paragraphs().flat_map(|p| &p.lines).collect();
    assert!(lines.iter().any(|l| l.bold && l.text.starts_with("সংযোজনী ৫")));
    assert!(lines.iter().any(|l| l.text.starts_with("১) মন্ত্রিপরিষদ সচিব")), "list marker `- ` kept");
    assert!(lines.iter().all(|l| !l.text.contains("**") && !l.text.contains("  ")));
}

#[test]
fn seed_tables_become_table_blocks() {
    for n in 0..5 {
        let doc = read(&fixture(&format!("seeds/{n:03}.txt")), "x.txt");
        assert!(doc.tables().count() > 0, "{n:03} has tables");
        // No table line is also a paragraph line.
        for table in doc.tables() {
            for p in doc.paragraphs() {
                assert!(
                    p.lines
                        .iter()
                        .all(|l| l.number < table.span.start_line || l.number > table.span.end_line)
                );
            }
        }
    }
}

#[test]
fn utf16_and_bom_variants_decode_to_the_same_lines() {
    let expected = fixture_text("ingest/encodings/minutes.expected.txt");
    for (file, encoding) in [
        ("minutes.utf16le-bom.txt", "utf-16le"),
        ("minutes.utf16le.txt", "utf-16le"),
        ("minutes.utf16be.txt", "utf-16be"),
        ("minutes.utf8-bom-crlf.txt", "utf-8"),
    ] {
        let doc = read(&fixture(&format!("ingest/encodings/{file}")), file);
        assert_eq!(doc.text, expected, "{file}");
        assert_eq!(doc.source.encoding, encoding, "{file}");
    }
}

#[test]
fn windows_1252_english_text_decodes_with_its_encoding() {
    let doc = read(&fixture("ingest/encodings/notice.windows-1252.txt"), "notice.txt");
    assert_eq!(doc.text, fixture_text("ingest/encodings/notice.expected.txt"));
    assert_eq!(doc.source.encoding, "windows-1252");
}

#[test]
fn html_minutes_with_spanning_table_cells() {
    let doc = read(&fixture("ingest/html/minutes.html"), "minutes.html");
    assert_eq!(doc.source.format, Format::Html);
    assert_eq!(doc.text, fixture_text("ingest/html/minutes.expected.txt"));
    let table = doc.tables().next().unwrap();
    let lines: Vec<&str> = doc.text.lines().collect();
    assert!(lines[table.span.start_line as usize - 1].starts_with("ক্রম\t"));
    assert_eq!(table.span.end_line - table.span.start_line, 3, "a header and three rows");
    assert!(!doc.text.contains("not text"), "script contents are not text");
    let heading = doc.paragraphs().flat_map(|p| &p.lines).find(|l| l.heading == 3).unwrap();
    assert!(heading.text.starts_with("উপজেলা আইন-শৃঙ্খলা"));
    assert!(doc.paragraphs().flat_map(|p| &p.lines).all(|l| !l.bold), "bold label, plain value");
}

#[test]
fn word_html_in_a_bijoy_font() {
    let doc = read(&fixture("ingest/html/word-bijoy.windows-1252.html"), "minutes.htm");
    assert_eq!(doc.text, fixture_text("ingest/html/word-bijoy.expected.txt"));
    assert_eq!(doc.source.encoding, "bijoy");
    let bold = doc.paragraphs().flat_map(|p| &p.lines).find(|l| l.bold).unwrap();
    assert_eq!(bold.text, "সভার কার্যবিবরণী".nfc().collect::<String>());
}

fn document_xml(docx: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn corpus_docx_keeps_every_seed_word_and_every_table() {
    for n in 0..5 {
        let bytes = fixture(&format!("corpus/{n:03}.noto.docx"));
        let doc = read(&bytes, "x.docx");
        assert_eq!((doc.source.format, doc.source.encoding.as_str()), (Format::Docx, "utf-8"));
        let seed = fixture_text(&format!("seeds/{n:03}.txt"));
        let missing = missing_words(&seed, &doc.text);
        assert!(missing.is_empty(), "{n:03} lacks {missing:?}");
        let tables = document_xml(&bytes).matches("<w:tbl>").count();
        assert_eq!(doc.tables().count(), tables, "{n:03}");
        assert!(doc.warnings.iter().all(|w| !w.code.starts_with("bijoy")), "{n:03}: {:?}", doc.warnings);
    }
}

/// A DOCX package with these parts.
fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default();
        for (name, content) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

fn word_document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:headerReference w:type="default"/></w:sectPr></w:body></w:document>"#
    )
}

fn run(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

fn bijoy_run(text: &str) -> String {
    format!(
        r#"<w:r><w:rPr><w:rFonts w:ascii="SutonnyMJ" w:hAnsi="SutonnyMJ"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#
    )
}

#[test]
fn a_word_document_in_sutonnymj_as_offices_write_them() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style></w:styles>"#;
    let numbering = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1|"/>
        <w:rPr><w:rFonts w:ascii="SutonnyMJ" w:hAnsi="SutonnyMJ"/></w:rPr></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
    let numbered = |text: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>{}</w:p>"#,
            bijoy_run(text)
        )
    };
    let cell =
        |content: &str, props: &str| format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p>{content}</w:p></w:tc>");
    let body = [
        format!(r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{}</w:p>"#, bijoy_run("mfvi Kvh©weeiYx")),
        format!("<w:p>{}{}</w:p>", bijoy_run("mfvcwZ"), run("\u{9}Dr. Karim")),
        format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell(&bijoy_run("µg I welq"), r#"<w:gridSpan w:val="2"/>"#),
            cell(&bijoy_run("wm×všÍ"), ""),
            cell(&bijoy_run("1"), r#"<w:vMerge w:val="restart"/>"#),
            cell(&bijoy_run("AvBwmwU"), r#"<w:gridSpan w:val="2"/>"#),
            cell("", "<w:vMerge/>"),
            cell(&bijoy_run("Pjgvb"), r#"<w:gridSpan w:val="2"/>"#),
        ),
        numbered("‡Rjv cÖkvmK"),
        numbered("Dc‡Rjv wbe©vnx Awdmvi"),
    ]
    .concat();
    let bytes = docx(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", &word_document(&body)),
        ("word/styles.xml", styles),
        ("word/numbering.xml", numbering),
        ("word/header1.xml", &word_document(&run("HEADER TEXT"))),
    ]);
    let doc = read(&bytes, "minutes.docx");
    let expected = "সভার কার্যবিবরণী\n\nসভাপতি\tDr. Karim\n\nক্রম ও বিষয়\t\tসিদ্ধান্ত\n১\tআইসিটি\t\n\tচলমান\t\n\n১। জেলা প্রশাসক\n\n২। উপজেলা নির্বাহী অফিসার\n";
    assert_eq!(doc.text, expected.nfc().collect::<String>());
    assert_eq!(doc.source.encoding, "bijoy");
    let heading = &doc.paragraphs().next().unwrap().lines[0];
    assert_eq!((heading.heading, heading.bold), (1, true));
    assert_eq!(doc.tables().count(), 1);
    assert!(!doc.text.contains("HEADER"));
}

#[test]
fn a_text_file_named_pdf_is_read_as_text_with_a_warning() {
    let doc = read("সভার কার্যবিবরণী\n".as_bytes(), "minutes.pdf");
    assert_eq!(doc.source.format, Format::Text);
    assert!(doc.warnings.iter().any(|w| w.code == "format_differs_from_extension"));
    let doc = read("সভার কার্যবিবরণী\n".as_bytes(), "minutes.txt");
    assert!(doc.warnings.is_empty());
}

#[test]
fn clean_up_applies_to_text_files() {
    let doc =
        read("চৰ্চা\u{00A0}ও\u{200B} কার্য\u{00AD}বিবরণী\u{0007}\r\nর\u{200D}\u{09CD}যাব\r\n".as_bytes(), "x.txt");
    assert_eq!(doc.text, "চর্চা ও কার্যবিবরণী\nর\u{200D}\u{09CD}যাব\n");
    let codes: Vec<&str> = doc.warnings.iter().map(|w| w.code.as_str()).collect();
    assert!(
        codes.contains(&"assamese_letters_mapped") && codes.contains(&"control_characters_removed"),
        "{codes:?}"
    );
}

#[test]
fn corpus_pdf_goes_through_the_paged_reader() {
    let Ok(doc) = ingest(&fixture("corpus/003.noto.pdf"), "003.pdf", &IngestOptions::default()) else {
        // Without poppler installed the PDF reader reports that; nothing to check here.
        return;
    };
    check_structure(&doc);
    assert_eq!(doc.source.format, Format::Pdf);
    assert_eq!(doc.source.pages, Some(u32::try_from(doc.pages.len()).unwrap()));
    assert!(doc.source.pages.unwrap_or(0) >= 1);
    let missing = missing_words(&fixture_text("seeds/003.txt"), &doc.text);
    assert!(missing.len() * 100 <= bengali_words(&fixture_text("seeds/003.txt")).len() * 5, "{missing:?}");
}
