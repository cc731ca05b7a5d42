//! OCR of scanned pages through Tesseract, as a [`PageSource`].
//!
//! ```text
//!  PDF page ──► pdftoppm -r 300 -gray (one page, subprocess, time limit) ──► PGM ─┐
//!  image page (PNG, JPEG, TIFF page by page; image::PageImages) ──► PGM ─────────┤
//!                                                                                ▼
//!      skew::straighten (when ≥ 0.2° off) ──► ruling::find_rules
//!                                                                                ▼
//!      tesseract IMAGE - -l ben+Bengali+eng hocr  (OMP_THREAD_LIMIT=1, subprocess, time limit)
//!                                                                                ▼
//!      hocr::parse_hocr ──► boxes::repair_boxes ──► cleanup::clean_page
//!                       ──► boxes::type_boxes ──► boxes::settle_gaps
//!                       ──► PageWords (WordBreaks::Exact)
//! ```
//!
//! A skewed page is straightened first ([`skew`]), so that its ruling lines run
//! straight for the ruling search and its text lines level for the layout.
//! A page whose ruling lines make a grid (a table, [`ruling`]) is read
//! twice: as rendered, and with its vertical rules erased; the second reading
//! fills in what the rules hid from the first (serial numbers beside a rule,
//! words glued to a rule mark), and the rules found in the image are the page's
//! rules for the clean-up. This doubles the Tesseract time of such pages (the
//! second reading covers the whole page: Tesseract segments a cut-out table
//! differently and loses lines of it). Images given as files go the same way,
//! page by page; a format not decoded here (or a TIFF colour layout scanners do
//! not write) goes to Tesseract whole, read once as it is.
//!
//! Pages are recognised in parallel on rayon's current pool (the global pool, or
//! the batch's pool when a batch runs documents in parallel, so that documents and
//! pages share the cores); each Tesseract process is held to one thread so the
//! two levels of parallelism do not fight.
//!
//! Tesseract runs as a command in a child process rather than through bindings:
//! a crash or a hang on a hostile image stays in the child (the time limit kills
//! it), the build needs no C toolchain, libtesseract or leptonica headers, and the
//! cost of starting the process (loading the models, ~0.3 s) is small next to
//! recognising a page (2–6 s at 300 dpi).
//!
//! The models are chosen in [`models`]: Bengali, the Bengali script model when
//! it is installed, and English.
//!
//! Boxes of rendered PDF pages are scaled to PDF points (so OCR pages and
//! text-layer pages of one document share units); images keep pixels. The layout
//! only uses ratios to the text height either way.

mod boxes;
pub mod cleanup;
pub mod hocr;
mod image;
pub mod model;
pub mod models;
pub mod ruling;
pub mod skew;
mod strokes;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use rayon::prelude::*;
use sabha_doc::Warning;
use tempfile::TempDir;

use crate::PagedError;
use crate::poppler::PdfFile;
use crate::process::{ToolLimits, ToolOutput, run_tool_with_env};
use crate::words::{BBox, PageSelection, PageSource, PageWords, Word, WordBreaks};
use cleanup::{Corrections, clean_page};
use hocr::parse_hocr;
use model::OcrPage;
use models::{DEFAULT_LANGUAGES, LanguageChoice, debian_package, installed_models, usable_languages};

pub use image::tiff_page_count;

/// Words below this confidence (0–100) are counted as low-confidence (and kept).
pub const LOW_CONFIDENCE: f32 = 60.0;

/// Tesseract's hOCR for a page is a few hundred kilobytes; this bounds a
/// pathological one.
const MAX_HOCR: usize = 64 * 1024 * 1024;

/// The programs and settings OCR uses. Paths are looked up on `PATH` by default;
/// a test points them elsewhere to simulate a missing tool.
#[derive(Clone, Debug)]
pub struct OcrTools {
    pub tesseract: PathBuf,
    /// poppler's page renderer.
    pub pdftoppm: PathBuf,
    /// Tesseract models, `+`-separated ([`models::DEFAULT_LANGUAGES`]); optional
    /// models that are not installed are left out ([`models::usable_languages`]).
    pub languages: String,
    /// Resolution PDF pages are rendered at.
    pub dpi: u32,
}

impl Default for OcrTools {
    fn default() -> OcrTools {
        OcrTools {
            tesseract: PathBuf::from("tesseract"),
            pdftoppm: PathBuf::from("pdftoppm"),
            languages: DEFAULT_LANGUAGES.into(),
            dpi: 300,
        }
    }
}

/// What OCR saw over a document, for the `ocr` warning.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OcrReport {
    /// Numbers of the pages read, in the order read.
    pub pages: Vec<u32>,
    pub words: usize,
    pub confidence_sum: f64,
    /// Words below [`LOW_CONFIDENCE`].
    pub low_confidence: usize,
    pub corrections: Corrections,
    /// Pages Tesseract could not read (page number, why); left out.
    pub failed: Vec<(u32, String)>,
}

impl OcrReport {
    pub fn mean_confidence(&self) -> Option<f64> {
        (self.words > 0).then(|| self.confidence_sum / self.words as f64)
    }

    fn count(&mut self, page: &PageWords, corrections: Corrections) {
        self.pages.push(page.number);
        for confidence in page.words.iter().filter_map(|w| w.confidence) {
            self.words += 1;
            self.confidence_sum += f64::from(confidence);
            if confidence < LOW_CONFIDENCE {
                self.low_confidence += 1;
            }
        }
        self.corrections.add(corrections);
    }

    /// The document's warnings: `ocr` (mean confidence, low-confidence words,
    /// clean-up) when any page was read, and `page_ocr_failed` per failed page.
    pub fn warnings(&self, languages: &str) -> Vec<Warning> {
        let mut warnings = Vec::new();
        if !self.pages.is_empty() {
            let confidence = self
                .mean_confidence()
                .map_or_else(|| "no words found".to_string(), |m| format!("mean word confidence {m:.1}"));
            let mut message = format!(
                "{} page(s) read by OCR (page {}; Tesseract, {languages}): {confidence}; {} of {} word(s) below {} kept as read",
                self.pages.len(),
                page_ranges(&self.pages),
                self.low_confidence,
                self.words,
                LOW_CONFIDENCE
            );
            let cleaned = self.corrections.describe();
            if !cleaned.is_empty() {
                message.push_str("; clean-up: ");
                message.push_str(&cleaned);
            }
            warnings.push(Warning::new("ocr", message, None));
        }
        for (page, why) in &self.failed {
            warnings.push(Warning::new(
                "page_ocr_failed",
                format!("page {page}: OCR failed ({why}); its text is left out"),
                None,
            ));
        }
        warnings
    }
}

/// What is being recognised.
enum Input<'a> {
    /// Pages of a PDF, rendered one by one; the count is the PDF's.
    Pdf { pdf: &'a PdfFile, pages: u32 },
    /// An image file Tesseract reads itself (all pages of a multi-page TIFF).
    Image { path: &'a Path, pages: u32 },
}

/// OCR through the Tesseract command, as a [`PageSource`].
pub struct TesseractOcr<'a> {
    input: Input<'a>,
    tools: &'a OcrTools,
    timeout: Duration,
    report: Mutex<OcrReport>,
    /// The models used, settled at the first page read.
    languages: OnceLock<LanguageChoice>,
}

impl<'a> TesseractOcr<'a> {
    /// OCR of the pages (1..=`pages`) of a PDF.
    pub fn for_pdf(pdf: &'a PdfFile, pages: u32, tools: &'a OcrTools, timeout: Duration) -> TesseractOcr<'a> {
        TesseractOcr::new(Input::Pdf { pdf, pages }, tools, timeout)
    }

    /// OCR of an image file of `pages` pages.
    pub fn for_image(path: &'a Path, pages: u32, tools: &'a OcrTools, timeout: Duration) -> TesseractOcr<'a> {
        TesseractOcr::new(Input::Image { path, pages }, tools, timeout)
    }

    fn new(input: Input<'a>, tools: &'a OcrTools, timeout: Duration) -> TesseractOcr<'a> {
        TesseractOcr { input, tools, timeout, report: Mutex::default(), languages: OnceLock::new() }
    }

    /// The models the pages are read with: the tools' models less the optional
    /// ones that are not installed.
    fn languages(&self) -> &LanguageChoice {
        self.languages.get_or_init(|| {
            let installed =
                installed_models(&self.tools.tesseract, self.timeout.min(Duration::from_secs(10)));
            usable_languages(&self.tools.languages, installed.as_deref())
        })
    }

    /// What OCR saw so far.
    pub fn report(&self) -> OcrReport {
        self.report.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// The `ocr` and `page_ocr_failed` warnings for what was read so far.
    pub fn warnings(&self) -> Vec<Warning> {
        let choice = self.languages();
        let mut warnings = self.report().warnings(&choice.languages);
        if let Some(ocr) = warnings.iter_mut().find(|w| w.code == "ocr") {
            for model in &choice.left_out {
                ocr.message.push_str(&format!(
                    "; the {model} model is not installed (Debian package {}), which reads Bengali scans better",
                    debian_package(model)
                ));
            }
        }
        warnings
    }

    fn record(&self, update: impl FnOnce(&mut OcrReport)) {
        if let Ok(mut report) = self.report.lock() {
            update(&mut report);
        }
    }

    /// Renders and recognises the selected PDF pages in parallel.
    fn pdf_pages(&self, pdf: &PdfFile, numbers: &[u32]) -> Result<Vec<PageWords>, PagedError> {
        let workdir = tempfile::Builder::new().prefix("sabha-ocr-").tempdir()?;
        let results: Vec<(u32, Result<PageWords, PagedError>)> =
            numbers.par_iter().map(|&n| (n, self.pdf_page(pdf, n, &workdir))).collect();
        self.keep_readable(results)
    }

    fn pdf_page(&self, pdf: &PdfFile, number: u32, workdir: &TempDir) -> Result<PageWords, PagedError> {
        let image = render_page(&self.tools.pdftoppm, pdf, number, self.tools.dpi, workdir, self.timeout)?;
        let read = self.read_page(&image, Some(self.tools.dpi));
        // The image is large (8.7 MB for an A4 page at 300 dpi); do not keep it
        // until the whole document is done.
        let _ = std::fs::remove_file(&image);
        let page = read?;
        let scale = 72.0 / self.tools.dpi.max(1) as f32;
        Ok(self.page_words(page, number, scale))
    }

    /// Reads a page image file (a PGM): see [`TesseractOcr::read_gray`]. Anything
    /// but a PGM is read as it is.
    fn read_page(&self, image: &Path, dpi: Option<u32>) -> Result<OcrPage, PagedError> {
        match ruling::Gray::from_pgm(&std::fs::read(image)?) {
            Some(gray) => self.read_gray(image, gray, dpi),
            None => self.read_once(image, dpi),
        }
    }

    /// Reads a page whose pixels are `gray` and whose PGM file is `image` (which
    /// this rewrites): straightened first when it is skewed ([`skew`]); a page
    /// ruled as a table is read a second time with its vertical rules erased,
    /// for the words the rules hid ([`ruling`]).
    fn read_gray(&self, image: &Path, gray: ruling::Gray, dpi: Option<u32>) -> Result<OcrPage, PagedError> {
        let gray = match skew::straighten(&gray) {
            Some((straight, _)) => {
                std::fs::write(image, straight.to_pgm())?;
                straight
            }
            None => gray,
        };
        let mut page = self.read_once(image, dpi)?;
        let rules = ruling::find_rules(&gray);
        if !rules.is_grid() {
            return Ok(page);
        }
        let mut erased = gray;
        ruling::erase(&mut erased, &rules);
        // The whole page, not only its table: Tesseract segments a cut-out part
        // differently and loses other lines of it (tried: a row of 004.scan.pdf).
        std::fs::write(image, erased.to_pgm())?;
        let second = self.read_once(image, dpi)?;
        let verticals = rules.verticals();
        ruling::drop_rule_readings(&mut page, &erased);
        ruling::add_missed_words(&mut page, second, &verticals);
        ruling::fit_to_ink(&mut page, &erased, &verticals);
        page.rules.extend(verticals);
        Ok(page)
    }

    /// One Tesseract reading of a one-page image.
    fn read_once(&self, image: &Path, dpi: Option<u32>) -> Result<OcrPage, PagedError> {
        Ok(self.tesseract(image, dpi, self.timeout)?.into_iter().next().unwrap_or_default())
    }

    /// Pages that failed are left out with a warning, unless OCR itself is
    /// unavailable or no page could be read at all.
    fn keep_readable(
        &self,
        results: Vec<(u32, Result<PageWords, PagedError>)>,
    ) -> Result<Vec<PageWords>, PagedError> {
        let mut pages = Vec::with_capacity(results.len());
        let mut first_error = None;
        let mut failed = Vec::new();
        for (number, result) in results {
            match result {
                Ok(page) => pages.push(page),
                Err(e @ PagedError::OcrUnavailable { .. }) => return Err(e),
                Err(e) => {
                    failed.push((number, e.to_string()));
                    pages.push(PageWords { number, word_breaks: WordBreaks::Exact, ..PageWords::default() });
                    first_error.get_or_insert(e);
                }
            }
        }
        if failed.len() == pages.len() {
            if let Some(e) = first_error {
                return Err(e);
            }
        }
        self.record(|r| r.failed.extend(failed));
        Ok(pages)
    }

    /// Recognises the selected pages of an image file: decoded page by page and
    /// read as rendered PDF pages are ([`TesseractOcr::read_page`]), in parallel
    /// batches (a batch's pages wait on disk, not all pages of a long TIFF at
    /// once); an image not decoded here goes to Tesseract whole.
    fn image_pages(
        &self,
        path: &Path,
        pages: u32,
        which: PageSelection<'_>,
    ) -> Result<Vec<PageWords>, PagedError> {
        let bytes = std::fs::read(path)?;
        let Some(mut images) = image::PageImages::open(&bytes) else {
            return self.whole_image_pages(path, pages, which);
        };
        let numbers = page_numbers(which, pages);
        let workdir = tempfile::Builder::new().prefix("sabha-ocr-").tempdir()?;
        let batch = 2 * rayon::current_num_threads().max(1);
        let mut results = Vec::with_capacity(numbers.len());
        for chunk in numbers.chunks(batch) {
            let files: Vec<(u32, Result<PageImageFile, PagedError>)> =
                chunk.iter().map(|&n| (n, write_page_image(&mut images, n, &workdir))).collect();
            results.par_extend(
                files.into_par_iter().map(|(n, file)| (n, file.and_then(|f| self.image_page(f, n)))),
            );
        }
        self.keep_readable(results)
    }

    fn image_page(&self, file: PageImageFile, number: u32) -> Result<PageWords, PagedError> {
        let read = self.read_gray(&file.path, file.gray, file.dpi);
        let _ = std::fs::remove_file(&file.path);
        let mut page = read?;
        page.number = number;
        Ok(self.page_words(page, number, 1.0))
    }

    /// Recognises all pages of an image file in one Tesseract run.
    fn whole_image_pages(
        &self,
        path: &Path,
        pages: u32,
        which: PageSelection<'_>,
    ) -> Result<Vec<PageWords>, PagedError> {
        let timeout = self.timeout.saturating_mul(pages.max(1));
        let read = self.tesseract(path, None, timeout)?;
        Ok(read
            .into_iter()
            .filter(|p| match which {
                PageSelection::All => true,
                PageSelection::Only(numbers) => numbers.contains(&p.number),
            })
            .map(|p| {
                let number = p.number;
                self.page_words(p, number, 1.0)
            })
            .collect())
    }

    /// Runs Tesseract on one image file and parses its pages.
    fn tesseract(
        &self,
        image: &Path,
        dpi: Option<u32>,
        timeout: Duration,
    ) -> Result<Vec<OcrPage>, PagedError> {
        let languages = &self.languages().languages;
        let mut args: Vec<std::ffi::OsString> =
            vec![image.as_os_str().to_owned(), "-".into(), "-l".into(), languages.into()];
        if let Some(dpi) = dpi {
            args.extend(["--dpi".into(), dpi.to_string().into()]);
        }
        args.push("hocr".into());
        let limits = ToolLimits { timeout, max_stdout: MAX_HOCR };
        let output = run_tool_with_env(&self.tools.tesseract, &args, &[("OMP_THREAD_LIMIT", "1")], limits)
            .map_err(|e| unavailable_if_missing(e, &self.tools.tesseract))?;
        check_tesseract_exit(&output, languages)?;
        parse_hocr(&String::from_utf8_lossy(&output.stdout))
    }

    /// Cleans a page and turns it into layout words, boxes scaled by `scale`.
    fn page_words(&self, mut page: OcrPage, number: u32, scale: f32) -> PageWords {
        boxes::repair_boxes(&mut page);
        let corrections = clean_page(&mut page);
        boxes::type_boxes(&mut page);
        boxes::settle_gaps(&mut page);
        let words = page
            .lines
            .iter()
            .flat_map(|l| &l.words)
            .filter_map(|w| {
                let b = w.bbox;
                let bbox = BBox::from_corners(b.x0 * scale, b.y0 * scale, b.x1 * scale, b.y1 * scale)?;
                Some(Word { text: w.text.clone(), bbox, confidence: Some(w.confidence) })
            })
            .collect();
        let words = PageWords {
            number,
            width: page.width * scale,
            height: page.height * scale,
            words,
            word_breaks: WordBreaks::Exact,
        };
        self.record(|r| r.count(&words, corrections));
        words
    }
}

impl PageSource for TesseractOcr<'_> {
    fn name(&self) -> &'static str {
        "tesseract"
    }

    fn pages(&self, which: PageSelection<'_>) -> Result<Vec<PageWords>, PagedError> {
        match self.input {
            Input::Pdf { pdf, pages } => self.pdf_pages(pdf, &page_numbers(which, pages)),
            Input::Image { path, pages } => self.image_pages(path, pages, which),
        }
    }
}

/// The numbers of the selected pages of a document of `pages` pages.
fn page_numbers(which: PageSelection<'_>, pages: u32) -> Vec<u32> {
    match which {
        PageSelection::All => (1..=pages).collect(),
        PageSelection::Only(numbers) => numbers.to_vec(),
    }
}

/// Page `number` of an image file, decoded and written as a PGM into `workdir`,
/// and its resolution when the file gives it (a PGM holds none; Tesseract
/// would guess).
fn write_page_image(
    images: &mut image::PageImages<'_>,
    number: u32,
    workdir: &TempDir,
) -> Result<PageImageFile, PagedError> {
    let (gray, dpi) = images.page(number).ok_or_else(|| PagedError::ImageUnreadable {
        detail: format!("page {number} of the image could not be decoded"),
    })?;
    let file = workdir.path().join(format!("page-{number}.pgm"));
    std::fs::write(&file, gray.to_pgm())?;
    Ok(PageImageFile { path: file, gray, dpi })
}

/// A page of an image file, decoded, and written into a PGM of its own for
/// Tesseract.
struct PageImageFile {
    path: PathBuf,
    gray: ruling::Gray,
    /// The resolution the image file gives (a PGM holds none).
    dpi: Option<u32>,
}

/// Renders one PDF page to a greyscale PGM in `workdir` and returns its path.
fn render_page(
    pdftoppm: &Path,
    pdf: &PdfFile,
    number: u32,
    dpi: u32,
    workdir: &TempDir,
    timeout: Duration,
) -> Result<PathBuf, PagedError> {
    let prefix = workdir.path().join(format!("page-{number}"));
    let page = number.to_string();
    let args: Vec<std::ffi::OsString> = vec![
        "-r".into(),
        dpi.to_string().into(),
        "-gray".into(),
        "-f".into(),
        page.clone().into(),
        "-l".into(),
        page.into(),
        "-singlefile".into(),
        pdf.path().as_os_str().to_owned(),
        prefix.as_os_str().to_owned(),
    ];
    // pdftoppm writes the image to a file; its stdout stays empty.
    let limits = ToolLimits { timeout, max_stdout: 1024 * 1024 };
    let output =
        run_tool_with_env(pdftoppm, &args, &[], limits).map_err(|e| unavailable_if_missing(e, pdftoppm))?;
    let image = prefix.with_extension("pgm");
    if !output.status.success() || !image.is_file() {
        return Err(PagedError::BadToolOutput {
            tool: "pdftoppm".into(),
            detail: format!("page {number} could not be rendered: {}", first_line(&output.stderr)),
        });
    }
    Ok(image)
}

/// A tool that cannot be started makes OCR unavailable: name the Debian package.
fn unavailable_if_missing(error: PagedError, program: &Path) -> PagedError {
    match error {
        PagedError::ToolsUnavailable { tool, detail } => PagedError::OcrUnavailable {
            detail: format!("`{tool}` could not be run ({detail}); {}", install_hint(program)),
        },
        other => other,
    }
}

fn install_hint(program: &Path) -> &'static str {
    let name = program.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    if name.starts_with("tesseract") {
        "install the Debian packages tesseract-ocr tesseract-ocr-ben tesseract-ocr-eng \
         tesseract-ocr-script-beng (apt-get install tesseract-ocr tesseract-ocr-ben tesseract-ocr-eng \
         tesseract-ocr-script-beng)"
    } else {
        "install the Debian package poppler-utils (apt-get install poppler-utils)"
    }
}

/// Maps a Tesseract run to an error: a missing language model makes OCR
/// unavailable; an image Tesseract cannot decode is unreadable.
fn check_tesseract_exit(output: &ToolOutput, languages: &str) -> Result<(), PagedError> {
    let stderr = &output.stderr;
    // Tesseract goes on with the models it could load, reading Bengali with the
    // English model alone: a missing model is a broken installation, not a scan.
    if stderr.contains("Failed loading language") || stderr.contains("Error opening data file") {
        let packages: Vec<String> = languages.split('+').map(debian_package).collect();
        return Err(PagedError::OcrUnavailable {
            detail: format!(
                "Tesseract has no model for {languages} ({}): install the Debian packages {}",
                first_line(stderr),
                packages.join(" ")
            ),
        });
    }
    if output.status.success() {
        return Ok(());
    }
    let unreadable =
        ["pixRead", "Unsupported image", "cannot be read", "image file", "Error during processing"];
    if unreadable.iter().any(|m| stderr.contains(m)) {
        return Err(PagedError::ImageUnreadable { detail: first_line(stderr) });
    }
    let why = match output.status.code() {
        Some(code) => format!("exit status {code}: {}", first_line(stderr)),
        None => format!("tesseract crashed ({})", output.status),
    };
    Err(PagedError::BadToolOutput { tool: "tesseract".into(), detail: why })
}

fn first_line(text: &str) -> String {
    text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("no message").chars().take(200).collect()
}

/// An image held in a temporary file for Tesseract.
pub struct ImageFile {
    file: tempfile::NamedTempFile,
    pages: u32,
}

impl ImageFile {
    pub fn new(bytes: &[u8]) -> Result<ImageFile, PagedError> {
        if bytes.is_empty() {
            return Err(PagedError::Empty);
        }
        let pages = tiff_page_count(bytes).unwrap_or(1).max(1);
        let mut file = tempfile::Builder::new().prefix("sabha-").suffix(".img").tempfile()?;
        std::io::Write::write_all(&mut file, bytes)?;
        std::io::Write::flush(&mut file)?;
        Ok(ImageFile { file, pages })
    }

    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// Pages in the image: more than one for a multi-page TIFF.
    pub fn pages(&self) -> u32 {
        self.pages
    }
}

/// Page numbers as ranges, so that a 300-page scan reads `1–300`: `1–3, 5`.
fn page_ranges(pages: &[u32]) -> String {
    let mut sorted = pages.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts: Vec<String> = Vec::new();
    let mut run: Option<(u32, u32)> = None;
    for &n in &sorted {
        run = match run {
            Some((first, last)) if n == last + 1 => Some((first, n)),
            Some(done) => {
                parts.push(range_text(done));
                Some((n, n))
            }
            None => Some((n, n)),
        };
    }
    parts.extend(run.map(range_text));
    parts.join(", ")
}

fn range_text((first, last): (u32, u32)) -> String {
    if first == last { first.to_string() } else { format!("{first}–{last}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_counts_low_confidence_words_and_corrections() {
        let bbox = BBox { x0: 0.0, y0: 0.0, x1: 1.0, y1: 1.0 };
        let word = |c: f32| Word { text: "ক".into(), bbox, confidence: Some(c) };
        let page =
            PageWords { number: 1, words: vec![word(95.0), word(40.0), word(85.0)], ..PageWords::default() };
        let mut report = OcrReport::default();
        report.count(&page, Corrections { dandas: 1, ..Corrections::default() });
        assert_eq!((report.pages.as_slice(), report.words, report.low_confidence), ([1].as_slice(), 3, 1));
        assert!((report.mean_confidence().unwrap() - 73.333).abs() < 0.01);
        let warnings = report.warnings("ben+eng");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, "ocr");
        let m = &warnings[0].message;
        assert!(m.contains("mean word confidence 73.3"), "{m}");
        assert!(m.contains("1 of 3 word(s) below 60"), "{m}");
        assert!(m.contains("1 `|` read as danda"), "{m}");
    }

    #[test]
    fn no_pages_no_warning_and_failed_pages_are_named() {
        let mut report = OcrReport::default();
        assert!(report.warnings("ben").is_empty());
        report.failed.push((3, "timeout".into()));
        let w = report.warnings("ben");
        assert_eq!(w[0].code, "page_ocr_failed");
        assert!(w[0].message.starts_with("page 3:"));
    }

    #[test]
    fn missing_tools_name_their_debian_packages() {
        let missing =
            |tool: &str| PagedError::ToolsUnavailable { tool: tool.into(), detail: "not found".into() };
        let e = unavailable_if_missing(missing("tesseract"), Path::new("/usr/bin/tesseract"));
        assert_eq!(e.kind(), "ocr_unavailable");
        assert!(e.to_string().contains("tesseract-ocr tesseract-ocr-ben"), "{e}");
        let e = unavailable_if_missing(missing("pdftoppm"), Path::new("pdftoppm"));
        assert!(e.to_string().contains("poppler-utils"), "{e}");
    }

    #[test]
    fn pages_are_listed_as_ranges() {
        assert_eq!(page_ranges(&[]), "");
        assert_eq!(page_ranges(&[2]), "2");
        assert_eq!(page_ranges(&[5, 1, 2, 3, 3]), "1–3, 5");
        assert_eq!(page_ranges(&[1, 3, 4, 6]), "1, 3–4, 6");
    }
}
