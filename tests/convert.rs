//! `sabha convert` and `sabha parse` end to end: one record per document, sorted
//! order, shards, threads, exit statuses, CSV.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

fn sabha() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sabha"))
}

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn zip_bytes(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for (name, bytes) in members {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn kind(record: &Value) -> &str {
    record["error"]["kind"].as_str().unwrap_or("ok")
}

fn convert(args: &[&str], dir: &Path) -> Output {
    sabha().args(["convert", "--quiet"]).args(args).current_dir(dir).output().unwrap()
}

/// The kind `sabha parse` gives one file on its own: what the batch must agree with.
fn parse_kind(path: &Path) -> String {
    let out = sabha().arg("parse").arg(path).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    kind(&v).to_string()
}

/// A folder as field offices send them: good and bad files, archives, and
/// entries that are not documents.
fn messy_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let pdf = std::fs::read(repo("fixtures/corpus/000.noto.pdf")).unwrap();
    std::fs::write(d.join("corrupt.pdf"), &pdf[..pdf.len() / 3]).unwrap();
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    let binary: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    std::fs::write(d.join("binary.bin"), binary).unwrap();
    std::fs::copy(repo("fixtures/seeds/000.txt"), d.join("seed.txt")).unwrap();
    let third = vec![b'x'; 2000];
    let whole = zip_bytes(&[("1.txt", b"one"), ("2.txt", &third)]);
    let cut = whole.windows(third.len()).position(|w| w == third.as_slice()).unwrap() + 10;
    std::fs::write(d.join("truncated.zip"), &whole[..cut]).unwrap();
    let bad = b"A MEMBER WITH A BAD CHECKSUM";
    let mut mixed = zip_bytes(&[("good/a.txt", b""), ("good/b.txt", bad), ("good/c.txt", b"")]);
    let at = mixed.windows(bad.len()).position(|w| w == bad).unwrap();
    mixed[at] ^= 0x20;
    std::fs::write(d.join("mixed.zip"), mixed).unwrap();
    for skipped in [".hidden.txt", "~$minutes.docx", "expected.json", "out.jsonl"] {
        std::fs::write(d.join(skipped), b"not a document").unwrap();
    }
    dir
}

#[test]
fn every_document_of_a_messy_folder_gets_one_record_of_the_right_kind() {
    let dir = messy_folder();
    let d = dir.path();
    let out = sabha().args(["convert", "."]).current_dir(d).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "some documents failed");
    let got: Vec<(String, String)> = records(&out.stdout)
        .iter()
        .map(|r| (r["source"]["path"].as_str().unwrap().to_string(), kind(r).to_string()))
        .collect();
    let expected: Vec<(String, String)> = [
        ("./binary.bin", parse_kind(&d.join("binary.bin"))),
        ("./corrupt.pdf", parse_kind(&d.join("corrupt.pdf"))),
        ("./empty.txt", "empty".into()),
        ("./mixed.zip!good/a.txt", "empty".into()),
        ("./mixed.zip!good/b.txt", "corrupt".into()),
        ("./mixed.zip!good/c.txt", "empty".into()),
        ("./seed.txt", parse_kind(&d.join("seed.txt"))),
        ("./truncated.zip", "corrupt_archive".into()),
        ("./truncated.zip!1.txt", parse_kind_of_bytes(b"one")),
        ("./truncated.zip!2.txt", "corrupt".into()),
    ]
    .into_iter()
    .map(|(l, k)| (l.to_string(), k))
    .collect();
    assert_eq!(got, expected);
    // Documents that cannot be read are never `ok`.
    for (label, kind) in &got[..3] {
        assert_ne!(kind, "ok", "{label}");
    }
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(summary.contains("10 documents"), "{summary}");
    assert!(summary.contains("4 skipped (hidden 1, lock files 1, JSON 2, other 0)"), "{summary}");
}

fn parse_kind_of_bytes(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("member.txt");
    std::fs::write(&path, bytes).unwrap();
    parse_kind(&path)
}

/// A folder of many small documents, so that records really overtake each other.
fn many_documents() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read(repo("fixtures/seeds/001.txt")).unwrap();
    for i in 0..150 {
        let sub = dir.path().join(format!("office-{}", i % 7));
        std::fs::create_dir_all(&sub).unwrap();
        let bytes = if i % 10 == 0 { Vec::new() } else { seed[..(i * 97) % seed.len()].to_vec() };
        std::fs::write(sub.join(format!("{i:03}.txt")), bytes).unwrap();
    }
    let zip = zip_bytes(&[("z/1.txt", &seed), ("a.txt", b""), ("../x.txt", b"x")]);
    std::fs::write(dir.path().join("office-3.zip"), zip).unwrap();
    dir
}

#[test]
fn output_is_byte_identical_whatever_the_number_of_threads() {
    let dir = many_documents();
    let one = convert(&["--jobs", "1", "."], dir.path());
    let four = convert(&["--jobs", "4", "."], dir.path());
    assert_eq!(records(&one.stdout).len(), 153);
    assert!(one.stdout == four.stdout, "--jobs 1 and --jobs 4 differ");
    let labels: Vec<String> =
        records(&one.stdout).iter().map(|r| r["source"]["path"].as_str().unwrap().to_string()).collect();
    let mut sorted = labels.clone();
    sorted.sort();
    assert_eq!(labels, sorted, "records come in the byte order of their paths");
}

#[test]
fn the_union_of_shards_is_the_unsharded_output() {
    let dir = many_documents();
    let whole = convert(&["."], dir.path());
    let lines: Vec<&[u8]> = whole.stdout.split_inclusive(|&b| b == b'\n').collect();
    let n = 3;
    let shards: Vec<Vec<u8>> = (0..n)
        .map(|k| {
            let out = convert(&["--shard", &format!("{k}/{n}"), "."], dir.path());
            assert_eq!(out.status.code(), whole.status.code());
            out.stdout
        })
        .collect();
    for (k, shard) in shards.iter().enumerate() {
        let expected: Vec<u8> = lines.iter().skip(k).step_by(n).flat_map(|l| l.iter().copied()).collect();
        assert!(shard == &expected, "shard {k}/{n} is not every {n}th record from {k}");
    }
    let mut union: Vec<&[u8]> = shards.iter().flat_map(|s| s.split_inclusive(|&b| b == b'\n')).collect();
    let mut all = lines.clone();
    union.sort();
    all.sort();
    assert_eq!(union, all);
}

#[test]
fn exit_status_is_2_exactly_when_some_record_is_an_error() {
    for input in ["fixtures/seeds", "fixtures/corpus"] {
        let out = convert(&[input], &repo(""));
        let errors = records(&out.stdout).iter().filter(|r| r["status"] == "error").count();
        assert_eq!(out.status.code(), Some(if errors > 0 { 2 } else { 0 }), "{input}");
    }
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("empty-list.txt");
    std::fs::write(&list, "\n").unwrap();
    let out = convert(&["--files-from", list.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(0), "no documents, no errors");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_command_that_cannot_run_exits_with_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "x").unwrap();
    for args in [
        &["--shard", "3/3", "a.txt"][..],
        &["--shard", "x", "a.txt"],
        &["--jobs", "0", "a.txt"],
        &["-o", "no-such-dir/out.jsonl", "a.txt"],
        &["--csv", "no-such-dir/out.csv", "a.txt"],
        &["--files-from", "no-such-list.txt"],
        &["--max-input-size", "lots", "a.txt"],
        &["--time-budget", "0", "a.txt"],
        &["--max-compression-ratio", "0", "a.txt"],
        &[],
    ] {
        let out = convert(args, dir.path());
        assert_eq!(out.status.code(), Some(1), "sabha convert {args:?}");
        assert!(out.stdout.is_empty());
        assert!(!out.stderr.is_empty(), "says why: {args:?}");
    }
}

#[test]
fn missing_inputs_are_error_records_not_a_failed_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.txt"), "").unwrap();
    let out = convert(&["b.txt", "a-missing.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let got: Vec<(String, String)> = records(&out.stdout)
        .iter()
        .map(|r| (r["source"]["path"].as_str().unwrap().into(), kind(r).into()))
        .collect();
    assert_eq!(got, [("a-missing.txt".into(), "not_found".into()), ("b.txt".into(), "empty".into())]);
}

#[test]
fn files_from_standard_input_are_sorted_and_read_like_arguments() {
    let dir = many_documents();
    let mut child = sabha()
        .args(["convert", "--quiet", "--files-from", "-", "office-3.zip"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"office-1/001.txt\r\n\noffice-0/000.txt\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let labels: Vec<String> =
        records(&out.stdout).iter().map(|r| r["source"]["path"].as_str().unwrap().to_string()).collect();
    assert_eq!(
        labels,
        [
            "office-0/000.txt",
            "office-1/001.txt",
            "office-3.zip!../x.txt",
            "office-3.zip!a.txt",
            "office-3.zip!z/1.txt"
        ]
    );
}

#[test]
fn csv_has_a_bom_the_fixed_columns_and_one_row_per_decision() {
    let dir = many_documents();
    let out = convert(&["--csv", "decisions.csv", "-o", "out.jsonl", "."], dir.path());
    assert!(out.stdout.is_empty(), "JSON Lines went to -o");
    let csv = std::fs::read(dir.path().join("decisions.csv")).unwrap();
    let header = "\u{feff}path,meeting_date,label,topic,decision,responsible,deadlines\n";
    assert!(csv.starts_with(header.as_bytes()));
    let jsonl = std::fs::read(dir.path().join("out.jsonl")).unwrap();
    let decisions: usize =
        records(&jsonl).iter().map(|r| r["decisions"].as_array().map_or(0, Vec::len)).sum();
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    assert_eq!(reader.records().count(), decisions);
}

#[test]
fn limits_are_configurable_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.txt"), vec![b'a'; 3000]).unwrap();
    let out = convert(&["--max-input-size", "2K", "big.txt"], dir.path());
    let v = &records(&out.stdout)[0];
    assert_eq!(kind(v), "too_large");
    assert_eq!(v["source"]["bytes"], 3000);
}

#[test]
fn parse_prints_one_pretty_record_with_exit_status_by_outcome() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let out = sabha().args(["parse", "empty.txt"]).current_dir(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n  \"status\": \"error\""), "pretty-printed: {text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["error"]["kind"], "empty");
    assert_eq!(v["source"]["path"], "empty.txt");

    let seed = sabha().arg("parse").arg(repo("fixtures/seeds/000.txt")).output().unwrap();
    let v: Value = serde_json::from_slice(&seed.stdout).unwrap();
    assert_eq!(seed.status.code(), Some(if v["status"] == "ok" { 0 } else { 2 }));

    for unreadable in ["missing.txt", "."] {
        let out = sabha().args(["parse", unreadable]).current_dir(dir.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{unreadable}");
        assert!(out.stdout.is_empty());
    }
}
