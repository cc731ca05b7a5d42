//! Ingestion throughput per format: MB/s for text, markdown, Bijoy text, HTML and DOCX;
//! pages/s for PDF (through the poppler-based reader, when it is installed).
//!
//! `cargo bench --bench ingest`

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sabha_ingest::{IngestOptions, ingest};

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default()
}

fn bytes_per_second(c: &mut Criterion) {
    let seeds: Vec<u8> = (0..5).flat_map(|n| fixture(&format!("seeds/{n:03}.txt"))).collect();
    let seed_text = String::from_utf8_lossy(&seeds).into_owned();
    let bijoy = poriborton::bijoy2000::unicode_to_bijoy(&seed_text).into_bytes();
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("markdown (5 seeds)", seeds),
        ("text (OCR output)", fixture("corpus/003.noto.tesseract.txt")),
        ("bijoy text (5 seeds)", bijoy),
        ("html", fixture("ingest/html/minutes.html").repeat(20)),
        ("docx (000)", fixture("corpus/000.noto.docx")),
        ("docx (002)", fixture("corpus/002.noto.docx")),
    ];
    let options = IngestOptions::default();
    let mut group = c.benchmark_group("ingest_bytes");
    group.measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    for (name, bytes) in &inputs {
        if bytes.is_empty() {
            continue;
        }
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| {
            b.iter(|| ingest(bytes, "bench", &options).map(|d| d.text.len()).unwrap_or(0))
        });
    }
    group.finish();
}

fn pages_per_second(c: &mut Criterion) {
    let options = IngestOptions::default();
    let pdf = fixture("corpus/003.noto.pdf");
    // Without poppler the PDF reader cannot run; there is nothing to measure.
    let Ok(doc) = ingest(&pdf, "bench.pdf", &options) else { return };
    let pages = doc.source.pages.unwrap_or(1);
    let mut group = c.benchmark_group("ingest_pages");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(u64::from(pages)));
    group.bench_function("pdf (003)", |b| {
        b.iter(|| ingest(&pdf, "bench.pdf", &options).map(|d| d.text.len()))
    });
    group.finish();
}

criterion_group!(benches, bytes_per_second, pages_per_second);
criterion_main!(benches);
