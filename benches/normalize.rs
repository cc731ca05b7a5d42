//! Normalizer throughput on the five seeds: documents per second from text to
//! record (ingest + normalize), and for the normalizer alone on ingested
//! documents. Figures are reported, never asserted.
//!
//! `cargo bench --bench normalize`

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sabha_ingest::{IngestOptions, ingest};

fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("fixtures/seeds")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.to_string_lossy().to_string(), std::fs::read(&p).expect("seed")))
        .collect();
    out.sort();
    out
}

fn text_to_record(c: &mut Criterion) {
    let seeds = seeds();
    let options = IngestOptions::default();
    let bytes: u64 = seeds.iter().map(|(_, b)| b.len() as u64).sum();

    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Elements(seeds.len() as u64));
    group.bench_function("text_to_record_5_seeds", |b| {
        b.iter(|| {
            for (path, data) in &seeds {
                let document = ingest(black_box(data), path, &options).expect("seed ingests");
                black_box(sabha_normalize::normalize(&document));
            }
        })
    });
    let documents: Vec<_> =
        seeds.iter().map(|(path, data)| ingest(data, path, &options).expect("seed ingests")).collect();
    group.bench_function("normalize_only_5_seeds", |b| {
        b.iter(|| {
            for d in &documents {
                black_box(sabha_normalize::normalize(black_box(d)));
            }
        })
    });
    group.finish();

    let mut bytes_group = c.benchmark_group("normalize_bytes");
    bytes_group.throughput(Throughput::Bytes(bytes));
    bytes_group.bench_function("text_to_record_5_seeds", |b| {
        b.iter(|| {
            for (path, data) in &seeds {
                let document = ingest(black_box(data), path, &options).expect("seed ingests");
                black_box(sabha_normalize::normalize(&document));
            }
        })
    });
    bytes_group.finish();
}

criterion_group!(benches, text_to_record);
criterion_main!(benches);
