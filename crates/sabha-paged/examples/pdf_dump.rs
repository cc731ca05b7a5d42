//! Prints what the paged reader makes of PDFs: paragraphs, tables (cells
//! separated by ` | `), page breaks and warnings.
//!
//! ```text
//! cargo run -p sabha-paged --example pdf_dump -- fixtures/corpus/000.noto.pdf
//! ```

use sabha_paged::layout::drafts_text;
use sabha_paged::{PagedOptions, read_pdf};

fn main() {
    for path in std::env::args().skip(1) {
        println!("===== {path}");
        let result = std::fs::read(&path).map_err(|e| e.to_string()).and_then(|bytes| {
            read_pdf(&bytes, &PagedOptions::default()).map_err(|e| format!("{} ({})", e, e.kind()))
        });
        match result {
            Ok(text) => {
                print!("{}", drafts_text(&text.drafts));
                for w in &text.warnings {
                    println!("warning {}: {}", w.code, w.message);
                }
            }
            Err(e) => println!("error: {e}"),
        }
    }
}
