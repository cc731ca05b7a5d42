//! `sabha schema` prints a JSON Schema, and every record the fixtures give —
//! ok records of every format and error records — validates against it (with
//! Python's `jsonschema`, installed by `scripts/install-deps.sh`).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_sabha")).arg("schema").output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("sabha schema prints JSON")
}

/// Validates each of `records` against `schema`; returns one error line per
/// invalid record (empty when all are valid).
fn invalid(schema: &serde_json::Value, records: &[serde_json::Value]) -> String {
    const CHECK: &str = r#"
import json, sys
import jsonschema
schema = json.loads(sys.stdin.readline())
validator = jsonschema.Draft202012Validator(schema)
for i, line in enumerate(sys.stdin):
    record = json.loads(line)
    for error in validator.iter_errors(record):
        path = record.get("source", {}).get("path", i)
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}"[:300])
"#;
    let mut child = Command::new("python3")
        .args(["-c", CHECK])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    {
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{schema}").unwrap();
        for r in records {
            writeln!(stdin, "{r}").unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "validator failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// The records of every fixture document (seeds, extra layouts, the corpus).
fn fixture_records(name: &str) -> Vec<serde_json::Value> {
    let out = std::env::temp_dir().join(format!("sabha-schema-{name}-{}.jsonl", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_sabha"))
        .current_dir(root())
        .args([
            "convert",
            "fixtures/seeds",
            "fixtures/docs",
            "fixtures/corpus",
            "--ocr",
            "never",
            "--quiet",
            "-o",
        ])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.code().is_some_and(|c| c == 0 || c == 2), "sabha convert: {status}");
    let text = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn every_fixture_record_validates() {
    let records = fixture_records("all");
    assert!(records.len() >= 23, "only {} records", records.len());
    let errors = invalid(&schema(), &records);
    assert!(errors.is_empty(), "records that do not fit the schema:\n{errors}");
}

#[test]
fn an_error_record_validates() {
    let source = sabha_record::Source {
        path: "empty.txt".into(),
        sha256: "e3b0".into(),
        format: sabha_doc::Format::Text,
        encoding: "utf-8".into(),
        bytes: 0,
        pages: None,
    };
    let record =
        serde_json::to_value(sabha_record::Record::error(source, "empty", "the file is empty")).unwrap();
    assert_eq!(invalid(&schema(), &[record]), "");
}

#[test]
fn the_schema_rejects_records_that_break_the_contract() {
    let mut record = fixture_records("broken").into_iter().find(|r| r["status"] == "ok").unwrap();
    let schema = schema();
    let mut broken = Vec::new();
    for (field, value) in [
        ("decisions", serde_json::json!("none")),
        ("memo", serde_json::json!({"raw": 5})),
        ("status", serde_json::json!("maybe")),
    ] {
        let mut r = record.clone();
        r[field] = value;
        broken.push(r);
    }
    record.as_object_mut().unwrap().remove("decisions");
    broken.push(record);
    let errors = invalid(&schema, &broken);
    // One complaint at least for each of the four broken records.
    assert!(errors.lines().count() >= 4, "{errors}");
}
