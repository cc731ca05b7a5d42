//! The paged reader on PDFs in layouts the corpus lacks (fixtures/pdf, made by
//! fixtures/pdf/make_fixtures.py): a memo with a running header, page numbers, a
//! borderless key-value block, a table without vertical padding and a hanging-
//! indent distribution list; an attendance list; English minutes with vertically
//! centred cells; and the broken, scanned, blank and encrypted cases. Each text
//! fixture's NAME.expect.json is written from the data the PDF was drawn from.

use std::path::PathBuf;

use sabha_doc::Draft;
use sabha_paged::{OcrMode, PagedOptions, read_pdf};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/pdf").join(name)
}

fn read(name: &str) -> Result<sabha_paged::PagedText, sabha_paged::PagedError> {
    read_pdf(&std::fs::read(fixture(name)).unwrap(), &PagedOptions::default())
}

fn norm(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").nfc().collect()
}

fn tables(drafts: &[Draft]) -> Vec<Vec<Vec<String>>> {
    drafts
        .iter()
        .filter_map(|d| match d {
            Draft::Table(t) => {
                Some(t.rows.iter().map(|r| r.iter().map(|c| norm(&c.text)).collect()).collect())
            }
            _ => None,
        })
        .collect()
}

fn lines(drafts: &[Draft]) -> Vec<String> {
    drafts
        .iter()
        .filter_map(|d| match d {
            Draft::Paragraph { lines, .. } => Some(lines.iter().map(|l| norm(l))),
            _ => None,
        })
        .flatten()
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().into_iter().flatten().filter_map(Value::as_str).map(norm).collect()
}

fn check_expectations(name: &str) {
    let expect: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture(&format!("{name}.expect.json"))).unwrap())
            .unwrap();
    let text = read(&format!("{name}.pdf")).unwrap();
    assert_eq!(text.pages.len() as u64, expect["pages"].as_u64().unwrap(), "{name}: pages");

    let ours = tables(&text.drafts);
    for table in expect["tables"].as_array().unwrap() {
        let rows: Vec<Vec<String>> = table.as_array().unwrap().iter().map(strings).collect();
        assert!(ours.contains(&rows), "{name}: table {rows:#?}\nnot among {ours:#?}");
    }
    let our_lines = lines(&text.drafts);
    for line in strings(&expect["lines"]) {
        assert!(our_lines.contains(&line), "{name}: line {line:?} not among {our_lines:#?}");
    }
    let everything = sabha_paged::layout::drafts_text(&text.drafts);
    for gone in strings(&expect["absent"]) {
        assert!(!everything.contains(&gone), "{name}: {gone:?} should have been dropped");
    }
    if let Some(once) = expect["header_once"].as_str() {
        assert_eq!(everything.matches(once).count(), 1, "{name}: running header kept once");
    }
}

#[test]
fn memo_with_header_footer_key_values_tight_table_and_list() {
    check_expectations("memo_lohit");
}

#[test]
fn attendance_list_without_borders() {
    check_expectations("attendance_mukti");
}

#[test]
fn english_minutes_with_vertically_centred_cells() {
    check_expectations("english_helvetica");
}

#[test]
fn a_blank_page_is_reported_and_the_others_read() {
    check_expectations("blank_middle_lohit");
    let text = read("blank_middle_lohit.pdf").unwrap();
    let codes: Vec<(&str, bool)> =
        text.warnings.iter().map(|w| (w.code.as_str(), w.message.starts_with("page 2:"))).collect();
    assert_eq!(codes, [("page_needs_ocr", true)]);
}

#[test]
fn a_glyph_order_text_layer_needs_ocr_not_garbage() {
    let err = read("visual_order_lohit.pdf").unwrap_err();
    assert_eq!(err.kind(), "needs_ocr");
    assert!(err.to_string().contains("page 1"), "{err}");
}

#[test]
fn a_scan_without_text_layer_needs_ocr() {
    let err = read("scanned_image_only.pdf").unwrap_err();
    assert_eq!(err.kind(), "needs_ocr");
    let never = PagedOptions::with_ocr(OcrMode::Never);
    let err = read_pdf(&std::fs::read(fixture("scanned_image_only.pdf")).unwrap(), &never).unwrap_err();
    assert!(err.to_string().contains("--ocr never"), "{err}");
}

#[test]
fn ocr_always_is_unavailable_for_now() {
    let always = PagedOptions::with_ocr(OcrMode::Always);
    let err = read_pdf(&std::fs::read(fixture("english_helvetica.pdf")).unwrap(), &always).unwrap_err();
    assert_eq!(err.kind(), "ocr_unavailable");
}

#[test]
fn a_password_protected_pdf_is_encrypted() {
    let err = read("encrypted_user_password.pdf").unwrap_err();
    assert_eq!(err.kind(), "pdf_encrypted");
}

/// poppler does not enforce the "no copying" permission; the text is read.
#[test]
fn a_copy_protected_pdf_is_read() {
    let text = read("encrypted_no_copy.pdf").unwrap();
    assert!(lines(&text.drafts).iter().any(|l| l.contains("Minutes of the Innovation Team Meeting")));
}
