//! `sabha tokens --per-line` against the vectors of `fixtures/vectors/` (independent
//! published libraries, see its README): a line is met when its array holds a token of
//! the expected kind with the expected value. The issue asks for 99.5% in every file.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

const REQUIRED_ACCURACY: f64 = 0.995;

fn run_per_line(input: &str) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sabha"))
        .args(["tokens", "--per-line"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn meets(token: &Value, expect: &Value) -> bool {
    if let Some(iso) = expect.get("iso") {
        return token["kind"] == "date" && token["iso"] == *iso;
    }
    if let Some(hh_mm) = expect.get("hh_mm") {
        return token["kind"] == "time" && token["hh_mm"] == *hh_mm;
    }
    let (Some(want), Some(got)) = (expect["value"].as_f64(), token["value"].as_f64()) else { return false };
    token["kind"] == expect["kind"] && (want - got).abs() < 1e-9 * want.abs().max(1.0)
}

fn check(file: &str) {
    let path = format!("{}/fixtures/vectors/{file}", env!("CARGO_MANIFEST_DIR"));
    let rows: Vec<Value> =
        std::fs::read_to_string(&path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let input: String = rows.iter().map(|r| format!("{}\n", r["input"].as_str().unwrap())).collect();
    let arrays = run_per_line(&input);
    assert_eq!(arrays.len(), rows.len(), "one array per line");
    let mut met = 0;
    for (row, tokens) in rows.iter().zip(&arrays) {
        if tokens.as_array().unwrap().iter().any(|t| meets(t, &row["expect"])) {
            met += 1;
        } else {
            eprintln!("{file}: missed {} (expected {}), got {tokens}", row["input"], row["expect"]);
        }
    }
    let accuracy = met as f64 / rows.len() as f64;
    eprintln!("{file}: {met}/{} = {:.2}%", rows.len(), accuracy * 100.0);
    assert!(accuracy >= REQUIRED_ACCURACY, "{file}: {:.2}% < 99.5%", accuracy * 100.0);
}

#[test]
fn bangla_calendar() {
    check("bangla_calendar.jsonl");
}

#[test]
fn gregorian_dates() {
    check("gregorian_dates.jsonl");
}

#[test]
fn numbers() {
    check("numbers.jsonl");
}

#[test]
fn times() {
    check("times.jsonl");
}
