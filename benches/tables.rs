//! Throughput of the table extractor on the seeds (tab and pipe tables), on
//! `pdftotext -layout` output of seed 004 (space-aligned), and of
//! `table_from_grid`.
//!
//! `cargo bench --bench tables` reports, per input, MB/s (`bytes`) and tables/s
//! (`tables`).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sabha_doc::{GridCell, GridTable};
use sabha_tables::{find_tables, table_from_grid};

const INPUTS: &[&str] = &[
    "fixtures/seeds/000.txt",
    "fixtures/seeds/001.txt",
    "fixtures/seeds/002.txt",
    "fixtures/seeds/003.txt",
    "fixtures/seeds/004.txt",
    "fixtures/tables/forms/aligned_pdftotext_004.txt",
];

fn read(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn find(c: &mut Criterion) {
    let texts: Vec<(&str, String)> = INPUTS.iter().map(|p| (name(p), read(p))).collect();
    let all: String = texts.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n");

    let mut bytes = c.benchmark_group("tables/bytes");
    for (name, text) in texts.iter().map(|(n, t)| (*n, t.as_str())).chain([("all", all.as_str())]) {
        let lines: Vec<&str> = text.lines().collect();
        bytes.throughput(Throughput::Bytes(text.len() as u64));
        bytes.bench_function(name, |b| b.iter(|| find_tables(black_box(&lines), 1)));
    }
    bytes.finish();

    let mut tables = c.benchmark_group("tables/tables");
    for (name, text) in texts.iter().map(|(n, t)| (*n, t.as_str())).chain([("all", all.as_str())]) {
        let lines: Vec<&str> = text.lines().collect();
        let count = find_tables(&lines, 1).len() as u64;
        tables.throughput(Throughput::Elements(count));
        tables.bench_function(name, |b| b.iter(|| find_tables(black_box(&lines), 1)));
    }
    tables.finish();
}

fn grid(c: &mut Criterion) {
    // 002's indicator table as a structured source would give it: 18 rows of 11.
    let text = read("fixtures/seeds/002.txt");
    let rows: Vec<Vec<GridCell>> = text
        .lines()
        .filter(|l| l.contains('\t'))
        .map(|l| l.split('\t').map(GridCell::new).collect())
        .collect();
    let grid = GridTable { rows };
    let mut group = c.benchmark_group("tables/grid");
    group.throughput(Throughput::Elements(1));
    group.bench_function("002", |b| b.iter(|| table_from_grid(black_box(&grid), 16)));
    group.finish();
}

criterion_group!(benches, find, grid);
criterion_main!(benches);
