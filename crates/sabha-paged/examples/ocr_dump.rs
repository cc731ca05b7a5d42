//! Prints what OCR found on a scanned PDF or an image, word by word with boxes
//! and confidences (after the clean-up), then the layout's blocks: for looking
//! at why a scan reads the way it does.
//!
//! ```text
//! cargo run --release -p sabha-paged --example ocr_dump -- fixtures/scans/000.scan.pdf [PAGE]
//! ```
//! With `TEXT_LAYER=1` in the environment a PDF's text layer is dumped the same
//! way instead, to compare.

use sabha_paged::layout::drafts_text;
use sabha_paged::{
    ImageFile, OcrMode, PageSelection, PageSource, PagedOptions, PdfFile, TesseractOcr, lay_out,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: ocr_dump FILE [PAGE]")?;
    let page: Option<u32> = args.next().map(|p| p.parse()).transpose()?;
    let bytes = std::fs::read(&path)?;
    let options = PagedOptions::with_ocr(OcrMode::Always);
    let only = page.map(|p| vec![p]);
    let which = only.as_deref().map_or(PageSelection::All, PageSelection::Only);
    let pages = if bytes.starts_with(b"%PDF") && std::env::var_os("TEXT_LAYER").is_some() {
        let pdf = PdfFile::new(&bytes)?;
        sabha_paged::PopplerText::new(&pdf, &options.pdftotext, options.timeout).read(which)?.pages
    } else if bytes.starts_with(b"%PDF") {
        let pdf = PdfFile::new(&bytes)?;
        let count = sabha_paged::PopplerText::new(&pdf, &options.pdftotext, options.timeout)
            .read(PageSelection::All)?
            .pages
            .len() as u32;
        let engine = TesseractOcr::for_pdf(&pdf, count, &options.ocr_tools, options.timeout);
        let pages = engine.pages(which)?;
        eprintln!("{:?}", engine.warnings());
        pages
    } else {
        let image = ImageFile::new(&bytes)?;
        let engine =
            TesseractOcr::for_image(image.path(), image.pages(), &options.ocr_tools, options.timeout);
        let pages = engine.pages(which)?;
        eprintln!("{:?}", engine.warnings());
        pages
    };
    for page in &pages {
        println!("=== page {} ({:.0} x {:.0})", page.number, page.width, page.height);
        for w in &page.words {
            let b = w.bbox;
            println!(
                "{:7.1} {:7.1} {:7.1} {:7.1} {:5.1}  {}",
                b.x0,
                b.y0,
                b.x1,
                b.y1,
                w.confidence.unwrap_or(-1.0),
                w.text
            );
        }
    }
    let mut pages = pages;
    if std::env::var_os("GEOMETRIC").is_some() {
        for page in &mut pages {
            page.word_breaks = sabha_paged::WordBreaks::Geometric;
        }
    }
    let mut gaps = Vec::new();
    for page in &pages {
        for chain in sabha_paged::layout::lines::page_chains(page) {
            for pair in chain.windows(2) {
                let h = pair[0].bbox.height().max(pair[1].bbox.height());
                gaps.push((pair[1].bbox.x0 - pair[0].bbox.x1) / h);
            }
        }
    }
    println!("=== word space share {:?}", sabha_paged::layout::join::space_share(gaps));
    for page in &pages {
        println!("=== visual lines of page {}", page.number);
        for line in sabha_paged::layout::lines::page_lines(page, Default::default()) {
            let pieces: Vec<String> = line
                .pieces
                .iter()
                .map(|p| format!("{}[{:.0}-{:.0}]", p.text, p.bbox.x0, p.bbox.x1))
                .collect();
            println!("{:6.1}-{:6.1} {}", line.top, line.bottom, pieces.join(" "));
        }
    }
    for (page, drafts) in pages.iter().zip(lay_out(&pages)) {
        println!("=== layout of page {}\n{}", page.number, drafts_text(&drafts));
    }
    Ok(())
}
