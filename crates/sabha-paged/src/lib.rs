//! Reads paged documents — PDFs with a text layer now, scans through OCR next —
//! into blocks, through one layout step: positioned words -> lines -> blocks.
//!
//! ```text
//!  PDF bytes ──► PopplerText (pdftotext -bbox-layout, subprocess, time limit)
//!                   │  PageWords: words with boxes, per page
//!                   ▼
//!              layout::lay_out ──► per page: Draft::Paragraph / Draft::Table
//!                   │
//!              health::assess (per page) ── unreadable ──► OCR PageSource (issue 7)
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
//!   it goes to OCR when there is one, otherwise it is left out with a
//!   `page_needs_ocr` warning; when no page is usable the result is
//!   [`PagedError::NeedsOcr`].
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
//!   `page_text_suspect`, `page_text_legacy_encoding`, each naming its page.
//!
//! # Fidelity
//! `cargo run --release -p sabha-paged --example pdf_fidelity` measures the text
//! against the seeds: Bengali-character error rate and share of words missing,
//! next to plain `pdftotext` and `pdftotext -layout`.

pub mod error;
pub mod health;
pub mod layout;
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
}

impl Default for PagedOptions {
    fn default() -> PagedOptions {
        PagedOptions {
            ocr: OcrMode::Auto,
            timeout: Duration::from_secs(120),
            pdftotext: PathBuf::from("pdftotext"),
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
    // The OCR engine (issue 7) plugs in here, as a PageSource over `pdf`.
    let ocr: Option<&dyn PageSource> = None;
    let mut text = read_pages(read.pages, ocr, options.ocr)?;
    if let Some(notice) = read.repaired {
        text.warnings.insert(
            0,
            Warning::new("pdf_damaged", format!("poppler repaired the PDF while reading it: {notice}"), None),
        );
    }
    Ok(text)
}

/// Reads an image (PNG, JPEG, TIFF) through OCR.
pub fn read_image(bytes: &[u8], options: &PagedOptions) -> Result<PagedText, PagedError> {
    let _ = options;
    if bytes.is_empty() {
        return Err(PagedError::Empty);
    }
    Err(PagedError::OcrUnavailable { detail: "OCR of images is not built yet".into() })
}

/// Lays out text-layer pages, checks each page's text, and replaces the pages that
/// fail with `ocr`'s reading of them (when there is an OCR engine and `mode`
/// allows it). `Always` reads every page through `ocr`.
pub fn read_pages(
    text_layer: Vec<PageWords>,
    ocr: Option<&dyn PageSource>,
    mode: OcrMode,
) -> Result<PagedText, PagedError> {
    if mode == OcrMode::Always {
        let Some(engine) = ocr else {
            return Err(PagedError::OcrUnavailable {
                detail: "--ocr always was asked, but OCR is not built yet".into(),
            });
        };
        let numbers: Vec<u32> = text_layer.iter().map(|p| p.number).collect();
        let scanned = engine.pages(PageSelection::Only(&numbers))?;
        return Ok(assemble(&lay_out(&scanned), &scanned, &numbers, Vec::new()));
    }

    let first_layout = lay_out(&text_layer);
    let mut warnings = Vec::new();
    let mut unreadable: Vec<u32> = Vec::new();
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
                if !(mode == OcrMode::Auto && ocr.is_some()) {
                    let why =
                        if mode == OcrMode::Never { "OCR was turned off" } else { "OCR is not available" };
                    warnings.push(page_warning(
                        "page_needs_ocr",
                        page.number,
                        &format!("{}; its text is left out ({why})", problem.describe()),
                    ));
                }
            }
        }
    }
    let all: Vec<u32> = text_layer.iter().map(|p| p.number).collect();

    match ocr.filter(|_| mode == OcrMode::Auto && !unreadable.is_empty()) {
        None => {
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
        Some(engine) => {
            let scanned = engine.pages(PageSelection::Only(&unreadable))?;
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
