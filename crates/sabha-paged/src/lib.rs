//! Reads paged documents — PDFs with a text layer, and scans (image-only PDF pages,
//! PNG, JPEG, TIFF) through OCR — into blocks, through one layout step: positioned
//! words -> lines -> blocks.
//!
//! ```text
//!  PDF bytes ──► PopplerText (pdftotext -bbox-layout, subprocess, time limit)
//!                   │  PageWords: words with boxes, per page
//!                   ▼
//!              layout::lay_out ──► per page: Draft::Paragraph / Draft::Table
//!                   │
//!              health::assess (per page) ── unreadable ──► ocr::TesseractOcr
//!                   │                  (pdftoppm + tesseract per page, in parallel;
//!                   │                   ruled pages read again with rules erased)
//!                   ▼
//!              PagedText { drafts (PageBreak between pages), pages, warnings }
//! ```
//!
//! Every engine implements [`PageSource`] and answers in [`PageWords`]; the layout
//! ([`layout::lay_out`]) only reads those, so a text layer and OCR give the same
//! kind of blocks: tables come back as [`sabha_doc::GridTable`]s in row order,
//! paragraphs as logical lines (wrapped printed lines joined).
//!
//! ```no_run
//! use sabha_paged::{PagedOptions, read_pdf};
//!
//! let bytes = std::fs::read("minutes.pdf")?;
//! let text = read_pdf(&bytes, &PagedOptions::default())?;
//! for draft in &text.drafts {
//!     println!("{draft:?}");
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Rules worth knowing
//! - Page furniture is dropped: lines in the top or bottom tenth of a page that are
//!   page numbers, and repeated headers/footers after their first occurrence
//!   ([`layout::furniture`]).
//! - A page whose text layer fails the check ([`health`]) never yields its text:
//!   it goes to OCR ([`ocr`]; `OcrMode::Auto`), otherwise (`--ocr never`, or
//!   Tesseract missing while other pages have text) it is left out with a
//!   `page_needs_ocr` warning; when no page is usable the result is
//!   [`PagedError::NeedsOcr`] (or `OcrUnavailable` when Tesseract is missing).
//!   Images always go to OCR ([`read_image`]).
//! - Pages whose text looks like legacy Bijoy/SutonnyMJ encoding keep their text
//!   with a `page_text_legacy_encoding` warning, for the Bijoy converter.
//! - The text is the engine's, untouched except for rejoining pieces of a word
//!   and wrapped lines; Unicode clean-up (NFC and the rest) happens in ingestion.
//! - A paragraph's wrapped printed lines become one line; short lines (addresses,
//!   signatures, list items) stay lines of their own. A two-column grid whose
//!   first cells are all list markers (a hanging-indent distribution list) comes
//!   back as list lines, not as a table.
//! - A table cut by a page break comes back as two tables; the second one takes
//!   the first one's columns (even when its first columns are empty on that page)
//!   so the table extractor can join them. A row cut by the page break starts the
//!   second table with an empty first cell.
//! - Warnings: `pdf_damaged` (poppler repaired the file), `page_needs_ocr`,
//!   `page_text_suspect`, `page_text_legacy_encoding`, `page_ocr_failed`, each
//!   naming its page; `ocr` once per OCR'd document (pages read, mean word
//!   confidence, low-confidence words kept, clean-up made).
//!
//! # Fidelity
//! `cargo run --release -p sabha-paged --example pdf_fidelity` measures the text
//! against the seeds: Bengali-character error rate and share of words missing,
//! next to plain `pdftotext` and `pdftotext -layout`.

pub mod error;
pub mod health;
pub mod layout;
pub mod ocr;
pub mod poppler;
mod process;
mod script;
pub mod words;

use std::path::PathBuf;
use std::time::Duration;

use sabha_doc::{Draft, PageReport, Warning};

pub use error::PagedError;
pub use health::{Problem, TextStats, Verdict, assess};
pub use layout::lay_out;
pub use ocr::{ImageFile, OcrTools, TesseractOcr};
pub use poppler::{PdfFile, PopplerText};
pub use words::{BBox, PageSelection, PageSource, PageWords, Word, WordBreaks};

/// When to OCR a page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OcrMode {
    /// Pages with no usable text layer, and images.
    #[default]
    Auto,
    Always,
    Never,
}

/// How to read paged input.
#[derive(Clone, Debug)]
pub struct PagedOptions {
    pub ocr: OcrMode,
    /// Time limit for one engine run (poppler reads a whole document in one run).
    pub timeout: Duration,
    /// The `pdftotext` program; found on `PATH` by default.
    pub pdftotext: PathBuf,
    /// The OCR programs (`tesseract`, `pdftoppm`), models and resolution.
    pub ocr_tools: OcrTools,
}

impl Default for PagedOptions {
    fn default() -> PagedOptions {
        PagedOptions {
            ocr: OcrMode::Auto,
            timeout: Duration::from_secs(120),
            pdftotext: PathBuf::from("pdftotext"),
            ocr_tools: OcrTools::default(),
        }
    }
}

impl PagedOptions {
    /// The defaults with this OCR mode.
    pub fn with_ocr(ocr: OcrMode) -> PagedOptions {
        PagedOptions { ocr, ..PagedOptions::default() }
    }
}

/// What a paged reader gives: blocks in reading order and per-page facts.
#[derive(Clone, Debug, Default)]
pub struct PagedText {
    /// Paragraphs and tables in reading order, `Draft::PageBreak` between pages.
    pub drafts: Vec<Draft>,
    /// One report per page of the document, in order.
    pub pages: Vec<PageReport>,
    pub warnings: Vec<Warning>,
}

/// Reads a PDF's text layer.
pub fn read_pdf(bytes: &[u8], options: &PagedOptions) -> Result<PagedText, PagedError> {
    let pdf = PdfFile::new(bytes)?;
    let text_layer = PopplerText::new(&pdf, &options.pdftotext, options.timeout);
    let read = text_layer.read(PageSelection::All)?;
    let page_count = u32::try_from(read.pages.len()).unwrap_or(u32::MAX);
    let engine = TesseractOcr::for_pdf(&pdf, page_count, &options.ocr_tools, options.timeout);
    let ocr = (options.ocr != OcrMode::Never).then_some(&engine as &dyn PageSource);
    let mut text = read_pages(read.pages, ocr, options.ocr)?;
    text.warnings.extend(engine.warnings());
    if let Some(notice) = read.repaired {
        text.warnings.insert(
            0,
            Warning::new("pdf_damaged", format!("poppler repaired the PDF while reading it: {notice}"), None),
        );
    }
    Ok(text)
}

/// Reads an image (PNG, JPEG, TIFF with one or more pages, and whatever else
/// Tesseract's leptonica decodes) through OCR.
pub fn read_image(bytes: &[u8], options: &PagedOptions) -> Result<PagedText, PagedError> {
    let image = ImageFile::new(bytes)?;
    if options.ocr == OcrMode::Never {
        return Err(PagedError::NeedsOcr { pages: (1..=image.pages()).collect(), ocr_disabled: true });
    }
    let engine = TesseractOcr::for_image(image.path(), image.pages(), &options.ocr_tools, options.timeout);
    let pages = engine.pages(PageSelection::All)?;
    let numbers: Vec<u32> = pages.iter().map(|p| p.number).collect();
    let mut text = assemble(&lay_out(&pages), &pages, &numbers, Vec::new());
    text.warnings.extend(engine.warnings());
    Ok(text)
}

/// Lays out text-layer pages, checks each page's text, and replaces the pages that
/// fail with `ocr`'s reading of them (when there is an OCR engine and `mode`
/// allows it). `Always` reads every page through `ocr`. When the engine is
/// unavailable (Tesseract missing) but some pages have text, those pages are kept
/// and the others reported with `page_needs_ocr`.
pub fn read_pages(
    text_layer: Vec<PageWords>,
    ocr: Option<&dyn PageSource>,
    mode: OcrMode,
) -> Result<PagedText, PagedError> {
    if mode == OcrMode::Always {
        let Some(engine) = ocr else {
            return Err(PagedError::OcrUnavailable {
                detail: "--ocr always was asked, but no OCR engine was given".into(),
            });
        };
        let numbers: Vec<u32> = text_layer.iter().map(|p| p.number).collect();
        let scanned = engine.pages(PageSelection::Only(&numbers))?;
        return Ok(assemble(&lay_out(&scanned), &scanned, &numbers, Vec::new()));
    }

    let first_layout = lay_out(&text_layer);
    let mut warnings = Vec::new();
    let mut unreadable: Vec<u32> = Vec::new();
    let mut problems: Vec<(u32, Problem)> = Vec::new();
    for (page, drafts) in text_layer.iter().zip(&first_layout) {
        // A page whose only text was furniture (a running header) is not blank.
        let verdict = match assess(&layout::drafts_text(drafts)) {
            Verdict::Unreadable(Problem::NoText) if !page.is_blank() => Verdict::Readable { suspect: false },
            verdict => verdict,
        };
        match verdict {
            Verdict::Readable { suspect: false } => {}
            Verdict::Readable { suspect: true } => warnings.push(page_warning(
                "page_text_suspect",
                page.number,
                "a few control, replacement or misplaced characters in the text layer",
            )),
            Verdict::LegacyEncoding => warnings.push(page_warning(
                "page_text_legacy_encoding",
                page.number,
                "the text looks like legacy Bijoy/SutonnyMJ encoding, not Unicode",
            )),
            Verdict::Unreadable(problem) => {
                unreadable.push(page.number);
                problems.push((page.number, problem));
            }
        }
    }
    let all: Vec<u32> = text_layer.iter().map(|p| p.number).collect();

    let engine = ocr.filter(|_| mode == OcrMode::Auto && !unreadable.is_empty());
    let scanned = match engine.map(|e| e.pages(PageSelection::Only(&unreadable))) {
        None if mode == OcrMode::Never => Err("OCR was turned off".to_string()),
        None => Err("OCR is not available".to_string()),
        Some(Ok(scanned)) => Ok(scanned),
        Some(Err(e @ PagedError::OcrUnavailable { .. })) if unreadable.len() < all.len() => {
            Err(e.to_string())
        }
        Some(Err(e)) => return Err(e),
    };
    match scanned {
        Err(why) => {
            for (page, problem) in problems {
                warnings.push(page_warning(
                    "page_needs_ocr",
                    page,
                    &format!("{}; its text is left out ({why})", problem.describe()),
                ));
            }
            if !all.is_empty() && unreadable.len() == all.len() {
                return Err(PagedError::NeedsOcr { pages: unreadable, ocr_disabled: mode == OcrMode::Never });
            }
            let kept: Vec<Vec<Draft>> = text_layer
                .iter()
                .zip(first_layout)
                .map(|(page, drafts)| if unreadable.contains(&page.number) { Vec::new() } else { drafts })
                .collect();
            Ok(assemble(&kept, &text_layer, &[], warnings))
        }
        Ok(scanned) => {
            let mut pages: Vec<PageWords> =
                text_layer.into_iter().filter(|p| !unreadable.contains(&p.number)).chain(scanned).collect();
            pages.sort_by_key(|p| p.number);
            Ok(assemble(&lay_out(&pages), &pages, &unreadable, warnings))
        }
    }
}

/// Joins pages' drafts with page breaks and reports each page; `ocr_pages` are the
/// numbers of pages whose words came from OCR.
fn assemble(
    per_page: &[Vec<Draft>],
    pages: &[PageWords],
    ocr_pages: &[u32],
    warnings: Vec<Warning>,
) -> PagedText {
    let mut drafts = Vec::new();
    let mut reports = Vec::new();
    for (i, (page, page_drafts)) in pages.iter().zip(per_page).enumerate() {
        if i > 0 {
            drafts.push(Draft::PageBreak);
        }
        drafts.extend(page_drafts.iter().cloned());
        let ocr = ocr_pages.contains(&page.number);
        reports.push(PageReport {
            number: page.number,
            ocr,
            ocr_confidence: ocr.then(|| mean_confidence(page)).flatten(),
        });
    }
    PagedText { drafts, pages: reports, warnings }
}

fn mean_confidence(page: &PageWords) -> Option<f32> {
    let confidences: Vec<f32> = page.words.iter().filter_map(|w| w.confidence).collect();
    (!confidences.is_empty()).then(|| confidences.iter().sum::<f32>() / confidences.len() as f32)
}

fn page_warning(code: &str, page: u32, what: &str) -> Warning {
    Warning::new(code, format!("page {page}: {what}"), None)
}
