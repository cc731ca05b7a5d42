//! The README's worked queries (jq and DuckDB), run as written over JSON Lines
//! from the binary plus `tests/batch_records.jsonl`, and checked against the
//! same answer computed here from the records.
//!
//! `batch_records.jsonl` is written by hand to `spec/record.md` (ok records with
//! decisions, one error record), so the queries meet real decisions even while
//! the seeds do not yet convert; a test below holds it to the record types.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The code block that follows `<!-- tested: NAME -->` in README.md.
fn readme_block(name: &str) -> String {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let marker = format!("<!-- tested: {name} -->");
    let after = readme.split_once(&marker).unwrap_or_else(|| panic!("README.md lacks {marker}")).1;
    let fenced = after.split_once("```").unwrap().1;
    let body = fenced.split_once('\n').unwrap().1;
    body.split_once("```").unwrap().0.to_string()
}

/// A scratch folder holding `out.jsonl`: the seeds converted by the binary,
/// then the hand-written records.
fn records_folder() -> (tempfile::TempDir, Vec<Value>) {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sabha"))
        .args(["convert", "--quiet"])
        .arg(repo("fixtures/seeds"))
        .output()
        .unwrap();
    assert!(matches!(out.status.code(), Some(0 | 2)));
    let mut jsonl = out.stdout;
    jsonl.extend(std::fs::read(repo("tests/batch_records.jsonl")).unwrap());
    std::fs::write(dir.path().join("out.jsonl"), &jsonl).unwrap();
    let records =
        String::from_utf8(jsonl).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (dir, records)
}

fn run_tool(command: &mut Command, what: &str) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{what} is needed (scripts/install-deps.sh): {e}"));
    assert!(out.status.success(), "{what} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn ok_records(records: &[Value]) -> impl Iterator<Item = &Value> {
    records.iter().filter(|r| r["status"] == "ok")
}

#[test]
fn the_hand_written_records_follow_the_record_types_exactly() {
    let text = std::fs::read_to_string(repo("tests/batch_records.jsonl")).unwrap();
    for line in text.lines() {
        let value: Value = serde_json::from_str(line).unwrap();
        let record: sabha_record::Record = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(serde_json::to_value(&record).unwrap(), value);
    }
}

#[test]
fn readme_jq_query_lists_a_partys_decisions_with_deadlines() {
    let command = readme_block("jq-decisions-of-a-party");
    let party = command.split_once("--arg party '").unwrap().1.split_once('\'').unwrap().0.to_string();
    let (dir, records) = records_folder();
    let output = run_tool(Command::new("sh").arg("-c").arg(&command).current_dir(dir.path()), "jq");
    let got: Vec<Value> = output.lines().map(|l| serde_json::from_str(l).unwrap()).collect();

    let mut expected = Vec::new();
    for record in ok_records(&records) {
        for decision in record["decisions"].as_array().unwrap() {
            let responsible = decision["responsible"].as_array().unwrap();
            if responsible.iter().any(|r| r.as_str().unwrap().contains(&party)) {
                let deadlines: Vec<&Value> =
                    decision["deadlines"].as_array().unwrap().iter().map(|d| &d["iso"]).collect();
                expected.push(json!({
                    "path": record["source"]["path"],
                    "meeting": record["meeting"]["date"]["iso"],
                    "decision": decision["decision"],
                    "responsible": decision["responsible"],
                    "deadlines": deadlines,
                }));
            }
        }
    }
    assert!(expected.len() >= 2, "the fixture gives the query something to find");
    assert_eq!(got, expected);
}

#[test]
fn readme_duckdb_query_counts_decisions_per_office_per_year() {
    let sql = readme_block("duckdb-decisions-per-office-per-year");
    let (dir, records) = records_folder();
    std::fs::write(dir.path().join("query.sql"), &sql).unwrap();
    let script = "import duckdb, json\n\
                  rows = duckdb.sql(open('query.sql').read()).fetchall()\n\
                  print(json.dumps([list(r) for r in rows], ensure_ascii=False))";
    let output =
        run_tool(Command::new("python3").args(["-c", script]).current_dir(dir.path()), "python3 with duckdb");
    let got: Vec<(Option<String>, Option<String>, u64)> = serde_json::from_str(output.trim()).unwrap();

    let mut counts: BTreeMap<(Option<String>, Option<String>), u64> = BTreeMap::new();
    for record in ok_records(&records) {
        let issuer: Vec<&str> =
            record["issuer"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        let office = match (issuer.get(1), issuer.get(2)) {
            (Some(office), Some(place)) => Some(format!("{office}, {place}")),
            _ => None,
        };
        let year = record["meeting"]["date"]["iso"].as_str().map(|iso| iso.chars().take(4).collect());
        *counts.entry((office, year)).or_default() += record["decisions"].as_array().unwrap().len() as u64;
    }
    // SQL sorts NULL last; Option sorts None first.
    let mut expected: Vec<(Option<String>, Option<String>, u64)> =
        counts.into_iter().map(|((office, year), n)| (office, year, n)).collect();
    expected.sort_by(|a, b| {
        (a.0.is_none(), &a.0, a.1.is_none(), &a.1).cmp(&(b.0.is_none(), &b.0, b.1.is_none(), &b.1))
    });
    assert!(expected.len() >= 3, "the fixture spans offices and years");
    assert_eq!(got, expected);
}
