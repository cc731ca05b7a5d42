//! CPU cost of each stage per document, on one thread, over the files of a folder
//! held in memory (so the disk and the walk are not measured): ingestion alone,
//! then ingestion + normalizer + JSON (what a batch worker does per document).
//!
//! ```sh
//! python3 scripts/make-corpus.py --mix text --count 1000 --out /tmp/text-1000
//! cargo run --release -p sabha-batch --example stage_cost -- /tmp/text-1000 5
//! # one stage only, for `perf stat` / `perf record` / callgrind:
//! cargo run --release -p sabha-batch --example stage_cost -- /tmp/text-1000 5 ingest
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (dir, repeat, only) = match args.as_slice() {
        [_, dir, repeat] => (dir, repeat.parse::<usize>()?, None),
        [_, dir, repeat, stage] => (dir, repeat.parse::<usize>()?, Some(stage.as_str())),
        _ => return Err("usage: stage_cost FOLDER REPEAT [ingest|pipeline]".into()),
    };
    let mut paths = Vec::new();
    files(Path::new(dir), &mut paths)?;
    // Zip archives are the batch's business, not a stage's: leave them out.
    paths.retain(|p| p.extension().is_none_or(|e| e != "zip"));
    let docs: Vec<(String, Vec<u8>)> = paths
        .iter()
        .map(|p| Ok((p.to_string_lossy().into_owned(), std::fs::read(p)?)))
        .collect::<std::io::Result<_>>()?;
    let bytes: usize = docs.iter().map(|(_, b)| b.len()).sum();
    let options = sabha_batch::Options::default();
    println!("{} documents, {:.1} MB, {repeat} passes", docs.len(), bytes as f64 / 1e6);

    if only.is_none_or(|s| s == "ingest") {
        let start = Instant::now();
        let mut sink = 0usize;
        for _ in 0..repeat {
            for (label, bytes) in &docs {
                sink += sabha_ingest::ingest(bytes, label, &options.ingest).map_or(0, |d| d.text.len());
            }
        }
        report("ingest", start, repeat * docs.len(), repeat * bytes, sink);
    }
    if only.is_none_or(|s| s == "pipeline") {
        let start = Instant::now();
        let mut sink = 0usize;
        for _ in 0..repeat {
            for (label, bytes) in &docs {
                let record = sabha_batch::convert_document(label, bytes, &options);
                sink += serde_json::to_vec(&record).map_or(0, |j| j.len());
            }
        }
        report("ingest + normalize + JSON", start, repeat * docs.len(), repeat * bytes, sink);
    }
    Ok(())
}

fn report(stage: &str, start: Instant, docs: usize, bytes: usize, sink: usize) {
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{stage:>26}: {:.3} ms/document, {:.0} documents/s, {:.1} MB/s (checksum {sink})",
        seconds * 1e3 / docs as f64,
        docs as f64 / seconds,
        bytes as f64 / 1e6 / seconds,
    );
}
