//! Tokenizer throughput on the seed minutes, one core: `cargo bench --bench tokenizer`.
//!
//! Reports MB/s (criterion `Throughput::Bytes`) for each seed text and for all five
//! joined, the figure the goal of 100 MB/s refers to.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/seeds")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            (name, std::fs::read_to_string(&p).expect("seed text"))
        })
        .collect()
}

fn tokenizer(c: &mut Criterion) {
    let seeds = seeds();
    let all: String = seeds.iter().map(|(_, text)| text.as_str()).collect::<Vec<_>>().join("\n");
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(all.len() as u64));
    group.bench_function("all seeds", |b| b.iter(|| sabha_tokens::tokenize(black_box(&all))));
    for (name, text) in &seeds {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name.as_str(), |b| b.iter(|| sabha_tokens::tokenize(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, tokenizer);
criterion_main!(benches);
