//! `cargo +nightly fuzz run ingest -- -max_total_time=60`
//!
//! Any bytes into `ingest`: it must return (a document or a typed error) without
//! panicking. PDFs are skipped: the PDF reader runs an external program per input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sabha_ingest::{IngestError, IngestOptions, ingest};

fuzz_target!(|data: &[u8]| {
    if data.windows(5).any(|w| w == b"%PDF-") {
        return;
    }
    let options = IngestOptions { max_unpacked_bytes: 1 << 22, ..IngestOptions::default() };
    if let Err(IngestError::Internal(why)) = ingest(data, "fuzz", &options) {
        panic!("ingest panicked inside: {why}");
    }
});
