//! `sabha tokens`: the output shapes of `spec/cli.md`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

fn sabha(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sabha"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json_lines(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn one_object_per_token_with_byte_offsets_and_lines() {
    let text = "সভার তারিখ: ১৭ অক্টোবর ২০২৩\nসময়: বেলা ১.১৫ ঘটিকা\n";
    let tokens = json_lines(&sabha(&["tokens"], text.as_bytes()));
    assert_eq!(tokens.len(), 2);
    let date = &tokens[0];
    assert_eq!(date["kind"], "date");
    assert_eq!(date["line"], 1);
    assert_eq!(date["iso"], "2023-10-17");
    assert_eq!(date["calendar"], "gregorian");
    let (start, end) = (date["start"].as_u64().unwrap() as usize, date["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[start..end], date["raw"].as_str().unwrap());
    assert_eq!(tokens[1]["kind"], "time");
    assert_eq!(tokens[1]["line"], 2);
    assert_eq!(tokens[1]["hh_mm"], "13:15");
}

#[test]
fn value_fields_by_kind() {
    let text = "৫০,০০০/- টাকা\t২৩.৪৪ %\t১ম\t১২,৩৪,৫৬৭\tমে, ২০১৯\t৯ কার্তিক ১৪৩০\t২০২৩-২০২৪ অর্থ বছর\t\
                ০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮\t০১৭১০৭৬৫১৩৩\ta.b@mopa.gov.bd\twww.natore.gov.bd\t[১.১.১]";
    let tokens = json_lines(&sabha(&["tokens", "-"], text.as_bytes()));
    let fields = |t: &Value| {
        let mut t = t.clone();
        for key in ["raw", "line", "start", "end"] {
            t.as_object_mut().unwrap().remove(key);
        }
        t
    };
    let got: Vec<Value> = tokens.iter().map(fields).collect();
    let want = vec![
        json!({"kind": "money", "value": 50000, "currency": "BDT"}),
        json!({"kind": "percent", "value": 23.44}),
        json!({"kind": "ordinal", "value": 1}),
        json!({"kind": "number", "value": 1234567}),
        json!({"kind": "date", "iso": "2019-05", "calendar": "gregorian", "precision": "month"}),
        json!({"kind": "date", "iso": "2023-10-25", "calendar": "bangla", "precision": "day", "bangla": "1430-07-09", "rule": "bd-2019"}),
        json!({"kind": "fiscal_year", "start_year": 2023, "end_year": 2024}),
        json!({"kind": "memo_number", "number": "05.43.0000.017.02.001.23.278",
               "segments": ["05", "43", "0000", "017", "02", "001", "23", "278"]}),
        json!({"kind": "phone", "number": "01710765133"}),
        json!({"kind": "email"}),
        json!({"kind": "url"}),
        json!({"kind": "indicator", "code": "1.1.1"}),
    ];
    assert_eq!(got, want);
}

#[test]
fn per_line_prints_one_array_per_line_with_line_relative_offsets() {
    let out = sabha(&["tokens", "--per-line"], "৯ কার্তিক ১৪৩০ বঙ্গাব্দ\n\nকিছু নেই\r\nমে, ২০১৯\n".as_bytes());
    let arrays = json_lines(&out);
    assert_eq!(arrays.len(), 4);
    assert_eq!(arrays[0][0]["start"], 0);
    assert_eq!(arrays[0][0]["line"], 1);
    assert_eq!(arrays[1], json!([]));
    assert_eq!(arrays[2], json!([]));
    assert_eq!(arrays[3][0]["start"], 0);
    assert_eq!(arrays[3][0]["line"], 1);
    assert_eq!(arrays[3][0]["iso"], "2019-05");
}

#[test]
fn reads_a_file_argument() {
    let path = format!("{}/fixtures/seeds/000.txt", env!("CARGO_MANIFEST_DIR"));
    let tokens = json_lines(&sabha(&["tokens", &path], b""));
    assert!(tokens.iter().any(|t| t["kind"] == "memo_number"));
    let text = std::fs::read_to_string(&path).unwrap();
    for t in &tokens {
        let (s, e) = (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], t["raw"].as_str().unwrap());
    }
}

#[test]
fn a_missing_file_exits_with_1() {
    let out = sabha(&["tokens", "/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn invalid_utf8_is_replaced_and_reported() {
    let out = sabha(&["tokens"], b"\xff\xfe \xe0\xa7\xa7\xe0\xa7\xa6%");
    let tokens = json_lines(&out);
    assert_eq!(tokens[0]["kind"], "percent");
    assert!(String::from_utf8_lossy(&out.stderr).contains("UTF-8"));
}

#[test]
fn empty_input_prints_nothing() {
    for args in [&["tokens"][..], &["tokens", "--per-line"]] {
        let out = sabha(args, b"");
        assert!(out.status.success());
        assert!(out.stdout.is_empty());
    }
}
