//! Measures OCR throughput: pages per second with all cores (pages recognised in
//! parallel on rayon's pool, one single-threaded Tesseract per page) against one
//! Tesseract process run page after page (the same code on a pool of one thread),
//! on the same pages. Rendering (pdftoppm) is included in both.
//!
//! ```text
//! cargo run --release -p sabha-paged --example ocr_speed -- fixtures/scans/*.scan.pdf
//! ```
//! With no arguments it reads fixtures/scans/00{0..4}.scan.pdf (run from the
//! repository root).

use std::time::Instant;

use sabha_paged::{PageSelection, PageSource, PagedOptions, PdfFile, PopplerText, TesseractOcr};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        files = (0..5).map(|n| format!("fixtures/scans/{n:03}.scan.pdf")).collect();
    }
    let options = PagedOptions::default();
    let mut documents = Vec::new();
    for path in &files {
        let pdf = PdfFile::new(&std::fs::read(path)?)?;
        let pages =
            PopplerText::new(&pdf, &options.pdftotext, options.timeout).read(PageSelection::All)?.pages.len();
        documents.push((pdf, u32::try_from(pages)?));
    }
    let run = || -> Result<usize, sabha_paged::PagedError> {
        let mut pages = 0;
        for (pdf, count) in &documents {
            let engine = TesseractOcr::for_pdf(pdf, *count, &options.ocr_tools, options.timeout);
            pages += engine.pages(PageSelection::All)?.len();
        }
        Ok(pages)
    };

    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    let started = Instant::now();
    let pages = one.install(run)?;
    let sequential = started.elapsed().as_secs_f64();

    let started = Instant::now();
    run()?;
    let parallel = started.elapsed().as_secs_f64();

    let cores = rayon::current_num_threads();
    println!("{pages} pages of {} document(s)", documents.len());
    println!("one Tesseract, page after page: {sequential:6.1} s  {:5.2} pages/s", pages as f64 / sequential);
    println!("all {cores} cores in parallel:      {parallel:6.1} s  {:5.2} pages/s", pages as f64 / parallel);
    println!("speed-up {:.2} on {cores} cores", sequential / parallel);
    Ok(())
}
