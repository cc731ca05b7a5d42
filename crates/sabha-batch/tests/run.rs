//! A whole run through the library: counting, progress, the reorder window.

use std::io::{Cursor, Write};

use sabha_batch::{Inputs, Options, Shard, Tally};
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

/// A folder of documents in subfolders, with a zip archive and skipped entries.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        let sub = dir.path().join(format!("{}", i % 3));
        std::fs::create_dir_all(&sub).unwrap();
        let text = "সভার কার্যবিবরণী ".repeat(i);
        std::fs::write(sub.join(format!("{i}.txt")), text).unwrap();
    }
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for name in ["a.txt", "b.txt", ".hidden.txt"] {
        zip.start_file(name, SimpleFileOptions::default()).unwrap();
        zip.write_all(name.as_bytes()).unwrap();
    }
    std::fs::write(dir.path().join("1/archive.zip"), zip.finish().unwrap().into_inner()).unwrap();
    std::fs::write(dir.path().join("~$lock.docx"), "x").unwrap();
    dir
}

fn run(inputs: &Inputs, options: &Options) -> (Vec<u8>, sabha_batch::Summary, Vec<Tally>) {
    let mut out = Vec::new();
    let mut tallies = Vec::new();
    let summary = sabha_batch::run(inputs, options, &mut out, None, |t| tallies.push(*t)).unwrap();
    (out, summary, tallies)
}

#[test]
fn counting_agrees_with_the_run_for_every_shard() {
    let dir = folder();
    let inputs = Inputs::new([dir.path().to_path_buf()]);
    for shard in [None, Some(Shard { index: 0, count: 3 }), Some(Shard { index: 2, count: 3 })] {
        let options = Options { shard, ..Options::default() };
        let (out, summary, _) = run(&inputs, &options);
        let lines = out.iter().filter(|&&b| b == b'\n').count() as u64;
        assert_eq!(inputs.count_documents(&options), lines, "{shard:?}");
        assert_eq!(summary.documents(), lines);
    }
    let options = Options::default();
    assert_eq!(inputs.count_documents(&options), 42);
}

#[test]
fn progress_is_reported_once_per_record_and_adds_up_to_the_summary() {
    let dir = folder();
    let inputs = Inputs::new([dir.path().to_path_buf()]);
    let (_, summary, tallies) = run(&inputs, &Options::default());
    assert_eq!(tallies.len() as u64, summary.documents());
    assert!(tallies.windows(2).all(|w| w[1].done == w[0].done + 1));
    let last = tallies.last().unwrap();
    assert_eq!((last.ok, last.errors, last.bytes), (summary.ok, summary.errors, summary.bytes));
    assert_eq!(summary.skipped.lock_files, 1);
    assert_eq!(summary.skipped.hidden, 1, "the hidden archive member");
}

#[test]
fn progress_counts_the_pages_of_paged_documents() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/corpus");
    std::fs::copy(corpus.join("003.noto.pdf"), dir.path().join("minutes.pdf")).unwrap();
    std::fs::write(dir.path().join("minutes.txt"), "সভার কার্যবিবরণী").unwrap();
    let inputs = Inputs::new([dir.path().to_path_buf()]);
    let (out, _, tallies) = run(&inputs, &Options::default());
    let pages: u64 = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["source"]["pages"].as_u64().unwrap_or(0)
        })
        .sum();
    assert!(pages >= 1);
    assert_eq!(tallies.last().unwrap().pages, pages, "a text file has no pages");
}

#[test]
fn the_smallest_window_and_many_threads_give_the_same_bytes() {
    let dir = folder();
    let inputs = Inputs::new([dir.path().to_path_buf()]);
    let (reference, _, _) = run(&inputs, &Options { jobs: Some(1), ..Options::default() });
    for (jobs, window) in [(Some(4), Some(1)), (Some(3), Some(2)), (None, None)] {
        let (out, _, _) = run(&inputs, &Options { jobs, window, ..Options::default() });
        assert!(out == reference, "jobs {jobs:?}, window {window:?}");
    }
}

#[test]
fn csv_output_starts_with_the_bom_and_header_even_without_decisions() {
    let dir = folder();
    let inputs = Inputs::new([dir.path().to_path_buf()]);
    let mut out = Vec::new();
    let mut csv = Vec::new();
    sabha_batch::run(&inputs, &Options::default(), &mut out, Some(&mut csv), |_| {}).unwrap();
    assert!(
        csv.starts_with("\u{feff}path,meeting_date,label,topic,decision,responsible,deadlines\n".as_bytes())
    );
}

#[test]
fn a_failing_output_stops_the_run_with_an_error() {
    struct Broken;
    impl Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(std::io::ErrorKind::BrokenPipe, "closed"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let dir = folder();
    let inputs = Inputs::new([dir.path().to_path_buf()]);
    let err = sabha_batch::run(&inputs, &Options::default(), &mut Broken, None, |_| {}).unwrap_err();
    assert!(err.to_string().contains("cannot write the output"), "{err}");
}
