//! OCR of scanned minutes, end to end, with the real Tesseract and poppler (CI
//! installs them through scripts/install-deps.sh): a scanned page image, a PDF
//! whose second page is a scan, `--ocr always` and `--ocr never`, and every way
//! OCR can be unavailable or fail. Each test OCRs at most one small page, so the
//! whole file stays within seconds per core.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use sabha_doc::Draft;
use sabha_paged::{OcrMode, OcrTools, PagedOptions, PagedText, read_image, read_pdf};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn bytes(path: &str) -> Vec<u8> {
    std::fs::read(repo(path)).unwrap()
}

fn all_text(text: &PagedText) -> String {
    sabha_paged::layout::drafts_text(&text.drafts)
}

fn table_rows(text: &PagedText) -> Vec<Vec<String>> {
    text.drafts
        .iter()
        .filter_map(|d| match d {
            Draft::Table(t) => {
                Some(t.rows.iter().map(|r| r.iter().map(|c| c.text.clone()).collect::<Vec<_>>()))
            }
            _ => None,
        })
        .flatten()
        .collect()
}

fn with_tools(tools: OcrTools) -> PagedOptions {
    PagedOptions { ocr_tools: tools, ..PagedOptions::default() }
}

#[test]
fn a_scanned_page_image_is_read_by_ocr_into_lines_and_tables() {
    let text = read_image(&bytes("fixtures/scans/page-003-1.png"), &PagedOptions::default()).unwrap();
    assert_eq!(text.pages.len(), 1);
    let page = &text.pages[0];
    assert!(page.ocr);
    let confidence = page.ocr_confidence.unwrap();
    assert!(confidence > 60.0 && confidence <= 100.0, "{confidence}");

    let all = all_text(&text);
    for word in ["জনপ্রশাসন", "মন্ত্রণালয়ের", "ইনোভেশন", "কার্যবিবরণী", "উপস্থিতি"]
    {
        assert!(all.contains(word), "{word} not in\n{all}");
    }
    // The key-value block at the top is a table: its first cell names the chair.
    let rows = table_rows(&text);
    assert!(rows.iter().any(|r| r.first().is_some_and(|c| c == "সভাপতি") && r.len() >= 2), "{rows:#?}");

    let ocr: Vec<&str> =
        text.warnings.iter().filter(|w| w.code == "ocr").map(|w| w.message.as_str()).collect();
    assert_eq!(ocr.len(), 1, "{:?}", text.warnings);
    assert!(
        ocr[0].contains("1 page(s) read by OCR (page 1;") && ocr[0].contains("mean word confidence"),
        "{}",
        ocr[0]
    );
}

#[test]
fn only_the_scanned_page_of_a_pdf_goes_to_ocr() {
    let text =
        read_pdf(&bytes("fixtures/scans/mixed-003-p1text-p2scan.pdf"), &PagedOptions::default()).unwrap();
    let ocr: Vec<(u32, bool)> = text.pages.iter().map(|p| (p.number, p.ocr)).collect();
    assert_eq!(ocr, [(1, false), (2, true)]);
    assert!(text.pages[0].ocr_confidence.is_none());
    assert!(text.pages[1].ocr_confidence.is_some());
    let all = all_text(&text);
    // Page 1's text layer and page 2's OCR, in page order.
    let first = all.find("জনপ্রশাসন মন্ত্রণালয়ের").expect("page 1 text");
    let second = all.find("ইনোভেশন").map(|_| all.rfind("সভাপতি").unwrap_or(0)).expect("page 2 text");
    assert!(first < second);
    assert!(text.drafts.contains(&Draft::PageBreak));
    // The record says which page was read by OCR.
    assert!(
        text.warnings.iter().any(|w| w.code == "ocr" && w.message.contains("1 page(s) read by OCR (page 2;")),
        "{:?}",
        text.warnings
    );
    assert!(!text.warnings.iter().any(|w| w.code == "page_needs_ocr"), "{:?}", text.warnings);
}

#[test]
fn ocr_always_reads_a_text_layer_page_through_ocr_too() {
    let always = PagedOptions::with_ocr(OcrMode::Always);
    let text = read_pdf(&bytes("fixtures/pdf/english_helvetica.pdf"), &always).unwrap();
    assert!(text.pages.iter().all(|p| p.ocr));
    assert!(all_text(&text).contains("Minutes"), "{}", all_text(&text));
}

#[test]
fn ocr_never_on_a_scan_is_needs_ocr() {
    let never = PagedOptions::with_ocr(OcrMode::Never);
    let err = read_pdf(&bytes("fixtures/pdf/scanned_image_only.pdf"), &never).unwrap_err();
    assert_eq!(err.kind(), "needs_ocr");
    assert!(err.to_string().contains("--ocr never"), "{err}");
    let err = read_image(&bytes("fixtures/scans/page-003-1.png"), &never).unwrap_err();
    assert_eq!(err.kind(), "needs_ocr");
    // A PDF with one scanned page keeps its text pages and names the other.
    let text = read_pdf(&bytes("fixtures/scans/mixed-003-p1text-p2scan.pdf"), &never).unwrap();
    let needs: Vec<&str> =
        text.warnings.iter().filter(|w| w.code == "page_needs_ocr").map(|w| w.message.as_str()).collect();
    assert!(
        needs.len() == 1 && needs[0].starts_with("page 2:") && needs[0].contains("turned off"),
        "{needs:?}"
    );
    assert!(!text.pages.iter().any(|p| p.ocr));
}

#[test]
fn a_multi_page_tiff_gives_one_report_per_page() {
    // Only the page count is checked here (OCR of four pages is the fidelity
    // script's job); --ocr never fails fast but must know the pages.
    let never = PagedOptions::with_ocr(OcrMode::Never);
    match read_image(&bytes("fixtures/scans/004.scan.tif"), &never).unwrap_err() {
        sabha_paged::PagedError::NeedsOcr { pages, .. } => assert_eq!(pages, [1, 2, 3, 4]),
        other => panic!("{other}"),
    }
}

#[test]
fn a_missing_tesseract_is_ocr_unavailable_naming_the_packages() {
    let tools = OcrTools { tesseract: PathBuf::from("/nonexistent/bin/tesseract"), ..OcrTools::default() };
    let err =
        read_pdf(&bytes("fixtures/pdf/scanned_image_only.pdf"), &with_tools(tools.clone())).unwrap_err();
    assert_eq!(err.kind(), "ocr_unavailable");
    let message = err.to_string();
    assert!(message.contains("tesseract-ocr tesseract-ocr-ben"), "{message}");
    let err = read_image(&bytes("fixtures/scans/page-003-1.png"), &with_tools(tools)).unwrap_err();
    assert_eq!(err.kind(), "ocr_unavailable");
}

#[test]
fn a_missing_pdftoppm_is_ocr_unavailable_naming_poppler() {
    let tools = OcrTools { pdftoppm: PathBuf::from("/nonexistent/bin/pdftoppm"), ..OcrTools::default() };
    let err = read_pdf(&bytes("fixtures/pdf/scanned_image_only.pdf"), &with_tools(tools)).unwrap_err();
    assert_eq!(err.kind(), "ocr_unavailable");
    assert!(err.to_string().contains("poppler-utils"), "{err}");
}

#[test]
fn a_missing_tesseract_keeps_the_text_pages_of_a_mixed_pdf() {
    let tools = OcrTools { tesseract: PathBuf::from("/nonexistent/bin/tesseract"), ..OcrTools::default() };
    let text = read_pdf(&bytes("fixtures/scans/mixed-003-p1text-p2scan.pdf"), &with_tools(tools)).unwrap();
    assert!(all_text(&text).contains("জনপ্রশাসন"));
    let needs: Vec<&str> =
        text.warnings.iter().filter(|w| w.code == "page_needs_ocr").map(|w| w.message.as_str()).collect();
    assert!(needs.len() == 1 && needs[0].contains("tesseract-ocr-ben"), "{needs:?}");
}

#[test]
fn a_missing_language_model_is_ocr_unavailable_naming_its_package() {
    let tools = OcrTools { languages: "ben+zzz".into(), ..OcrTools::default() };
    let err = read_image(&bytes("fixtures/scans/page-003-1.png"), &with_tools(tools)).unwrap_err();
    assert_eq!(err.kind(), "ocr_unavailable");
    assert!(err.to_string().contains("tesseract-ocr-zzz"), "{err}");
}

#[test]
fn an_image_tesseract_cannot_decode_is_image_unreadable() {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(std::iter::repeat_n(0x5a, 200));
    let err = read_image(&png, &PagedOptions::default()).unwrap_err();
    assert_eq!(err.kind(), "image_unreadable", "{err}");
}

#[cfg(unix)]
#[test]
fn a_hanging_tesseract_is_stopped_at_the_time_limit() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("tesseract");
    std::fs::write(&fake, "#!/bin/sh\nexec sleep 30\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let options = PagedOptions {
        timeout: Duration::from_millis(300),
        ocr_tools: OcrTools { tesseract: fake, ..OcrTools::default() },
        ..PagedOptions::default()
    };
    let err = read_image(&bytes("fixtures/scans/page-003-1.png"), &options).unwrap_err();
    assert_eq!(err.kind(), "timeout");
}

#[cfg(unix)]
#[test]
fn without_the_script_model_scans_are_read_with_ben_and_eng_and_the_warning_names_the_package() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("tesseract");
    // The real Tesseract, on a machine where only `ben` and `eng` are installed.
    let script = "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then printf 'List of available languages (3):\\nben\\neng\\nosd\\n'; exit 0; fi\nexec tesseract \"$@\"\n";
    std::fs::write(&fake, script).unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let tools = OcrTools { tesseract: fake, ..OcrTools::default() };
    let text = read_image(&bytes("fixtures/scans/page-003-1.png"), &with_tools(tools)).unwrap();
    assert!(all_text(&text).contains("কার্যবিবরণী"));
    let ocr: Vec<&str> =
        text.warnings.iter().filter(|w| w.code == "ocr").map(|w| w.message.as_str()).collect();
    assert!(
        ocr.len() == 1 && ocr[0].contains("ben+eng") && ocr[0].contains("tesseract-ocr-script-beng"),
        "{ocr:?}"
    );
}

#[test]
fn the_script_model_reads_scans_when_it_is_installed() {
    let text = read_image(&bytes("fixtures/scans/page-003-1.png"), &PagedOptions::default()).unwrap();
    let ocr: Vec<&str> =
        text.warnings.iter().filter(|w| w.code == "ocr").map(|w| w.message.as_str()).collect();
    assert!(
        ocr.len() == 1 && ocr[0].contains("ben+Bengali+eng") && !ocr[0].contains("not installed"),
        "{ocr:?}"
    );
}

fn sabha(args: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_sabha")).args(args).current_dir(repo("")).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    })
}

#[test]
fn the_cli_records_an_ocr_warning_and_pages_for_a_scan() {
    let record = sabha(&["parse", "fixtures/scans/page-003-1.png"]);
    assert_eq!(record["status"], "ok", "{record}");
    assert_eq!(record["source"]["format"], "image");
    assert_eq!(record["source"]["pages"], 1);
    let codes: Vec<&str> =
        record["warnings"].as_array().unwrap().iter().filter_map(|w| w["code"].as_str()).collect();
    assert!(codes.contains(&"ocr"), "{codes:?}");
    assert!(record["meeting"]["chair"]["name"].as_str().is_some_and(|n| n.contains("আসাদুজ্জামান")), "{record}");
}

#[test]
fn the_cli_with_ocr_never_gives_a_needs_ocr_error_record() {
    let record = sabha(&["parse", "--ocr", "never", "fixtures/scans/page-003-1.png"]);
    assert_eq!(record["status"], "error", "{record}");
    assert_eq!(record["error"]["kind"], "needs_ocr", "{record}");
}

#[test]
fn serial_numbers_beside_a_ruling_line_are_read() {
    // Page 2 of the 000 scan: a ruled decision table whose narrow first column
    // holds `২.`, `৩.`, `৪.` close to its rule, which Tesseract loses on the
    // page as rendered (it reads only the `.`).
    let pdf = sabha_paged::PdfFile::new(&bytes("fixtures/scans/000.scan.pdf")).unwrap();
    let options = PagedOptions::default();
    let engine = sabha_paged::TesseractOcr::for_pdf(&pdf, 2, &options.ocr_tools, options.timeout);
    let pages = sabha_paged::PageSource::pages(&engine, sabha_paged::PageSelection::Only(&[2])).unwrap();
    let drafts: Vec<Draft> = sabha_paged::lay_out(&pages).into_iter().flatten().collect();
    let firsts: Vec<String> = drafts
        .iter()
        .filter_map(|d| match d {
            Draft::Table(t) => Some(t.rows.iter().filter_map(|r| r.first().map(|c| c.text.clone()))),
            _ => None,
        })
        .flatten()
        .collect();
    for serial in ["২.", "৩.", "৪."] {
        assert!(firsts.iter().any(|c| c == serial), "{serial} not a first cell in {firsts:?}");
    }
}

#[test]
fn a_skewed_page_photo_is_straightened_and_its_ruled_table_read_as_a_table() {
    // A 150-dpi JPEG of page 2 of the 000 seed, turned by 1°: too skewed for the
    // ruling lines to be followed as scanned. Straightened, its decision table
    // is ruled, read as a table, and its serial numbers beside the rule are read.
    let text = read_image(&bytes("fixtures/scans/page-000-2.jpg"), &PagedOptions::default()).unwrap();
    let rows = table_rows(&text);
    assert!(rows.len() >= 4 && rows.iter().all(|r| r.len() >= 3), "{rows:#?}");
    let firsts: Vec<&str> = rows.iter().filter_map(|r| r.first().map(String::as_str)).collect();
    for serial in ["২.", "৩."] {
        assert!(firsts.contains(&serial), "{serial} not a first cell in {firsts:?}");
    }
}
