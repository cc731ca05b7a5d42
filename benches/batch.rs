//! Batch conversion throughput: a synthetic archive of 10,000 documents (the
//! seeds and their renders replicated with variations, some broken, some in zip
//! archives; `scripts/make-corpus.py`) converted with one thread and with every
//! core, reporting documents/s and MB/s. The parallel efficiency is the ratio of
//! the two rates divided by the number of cores.
//!
//! `SABHA_BENCH_DOCS` changes the corpus size. Peak memory and the 1,000 /
//! 10,000 / 100,000 series are measured on the binary by
//! `scripts/bench-batch.sh`.

use std::path::Path;
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sabha_batch::{Inputs, Options};

fn corpus(docs: u64) -> (tempfile::TempDir, u64) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/make-corpus.py");
    let status = Command::new("python3")
        .arg(script)
        .args(["--count", &docs.to_string(), "--out"])
        .arg(dir.path())
        .status()
        .expect("python3 builds the corpus (scripts/install-deps.sh)");
    assert!(status.success(), "scripts/make-corpus.py failed");
    let inputs = Inputs::new([dir.path().to_path_buf()]);
    let summary = convert(&inputs, Some(1));
    assert_eq!(summary.documents(), docs, "the corpus holds exactly the documents asked for");
    (dir, summary.bytes)
}

fn convert(inputs: &Inputs, jobs: Option<usize>) -> sabha_batch::Summary {
    let options = Options { jobs, ..Options::default() };
    sabha_batch::run(inputs, &options, &mut std::io::sink(), None, |_| {}).expect("a run to a sink")
}

fn batch(c: &mut Criterion) {
    let docs = std::env::var("SABHA_BENCH_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let (dir, bytes) = corpus(docs);
    let inputs = Inputs::new([dir.path().to_path_buf()]);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::ElementsAndBytes { elements: docs, bytes });
    for jobs in [1, cores] {
        group.bench_function(format!("convert_{docs}_docs/jobs_{jobs}"), |b| {
            b.iter(|| convert(&inputs, Some(jobs)))
        });
    }
    group.finish();
}

criterion_group!(benches, batch);
criterion_main!(benches);
