//! Golden tests: every document with a gold record (`fixtures/gold/`) — the five
//! seeds, the extra layouts in `fixtures/docs/` and the Word renders of the seeds
//! in `fixtures/corpus/` — converted through the whole pipeline (ingest, tables,
//! tokens, normalize) equals its gold record on every field the gold file gives.
//! `source`, spans and `tables` are not in gold files; fields the record adds
//! beyond the contract (siblings) are not judged.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The record of one document, as `sabha convert` writes it.
fn record(path: &Path) -> Value {
    let options = sabha_batch::Options::default();
    let record = sabha_batch::convert_file(path, &options).unwrap();
    serde_json::to_value(record).unwrap()
}

fn gold(stem: &str) -> Value {
    let path = root().join("fixtures/gold").join(format!("{stem}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Every place where `mine` differs from `gold` on a field gold gives, as
/// `path: gold … / mine …` lines.
fn differences(path: &str, gold: &Value, mine: &Value, out: &mut String) {
    match (gold, mine) {
        (Value::Object(g), Value::Object(m)) => {
            for (k, gv) in g {
                let mv = m.get(k).unwrap_or(&Value::Null);
                differences(&format!("{path}.{k}"), gv, mv, out);
            }
        }
        (Value::Array(g), Value::Array(m)) if g.len() == m.len() => {
            for (i, (gv, mv)) in g.iter().zip(m).enumerate() {
                differences(&format!("{path}[{i}]"), gv, mv, out);
            }
        }
        (Value::Array(g), Value::Array(m)) => {
            let _ = writeln!(out, "{path}: gold has {} items, the record {}", g.len(), m.len());
            let show = |v: &[Value]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("\n      ");
            let _ = writeln!(out, "    gold: {}\n    mine: {}", show(g), show(m));
        }
        _ if gold == mine => {}
        _ => {
            let _ = writeln!(out, "{path}:\n    gold: {gold}\n    mine: {mine}");
        }
    }
}

/// Warnings are judged by code: every code gold lists is in the record.
fn compare(stem: &str, document: &Path) -> String {
    let gold = gold(stem);
    let mut mine = record(document);
    let mut out = String::new();
    if let (Some(g), Some(m)) = (gold.get("warnings"), mine.get("warnings")) {
        let codes: Vec<&str> = m.as_array().unwrap().iter().filter_map(|w| w["code"].as_str()).collect();
        for w in g.as_array().unwrap() {
            let code = w["code"].as_str().unwrap();
            if !codes.contains(&code) {
                let _ = writeln!(out, "warnings: no `{code}` warning (gold: {})", w["message"]);
            }
        }
    }
    if let (Some(obj), Some(g)) = (mine.as_object_mut(), gold.as_object()) {
        obj.retain(|k, _| g.contains_key(k) && k != "warnings");
    }
    let mut gold = gold;
    if let Some(obj) = gold.as_object_mut() {
        obj.remove("warnings");
    }
    differences("", &gold, &mine, &mut out);
    if out.is_empty() { out } else { format!("== {} ==\n{out}", document.display()) }
}

fn check(documents: &[(String, PathBuf)]) {
    assert!(!documents.is_empty(), "no documents found");
    let report: String = documents.iter().map(|(stem, path)| compare(stem, path)).collect();
    assert!(report.is_empty(), "records differ from gold:\n{report}");
}

fn documents_in(dir: &str, gold_stem: impl Fn(&str) -> String) -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_none_or(|n| n != "README.md"))
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            let stem = gold_stem(&name);
            root().join("fixtures/gold").join(format!("{stem}.json")).exists().then_some((stem, p))
        })
        .collect();
    out.sort();
    out
}

fn stem_before_first_dot(name: &str) -> String {
    name.split('.').next().unwrap_or(name).to_string()
}

#[test]
fn seeds_equal_their_gold_records() {
    check(&documents_in("fixtures/seeds", stem_before_first_dot));
}

#[test]
fn extra_layouts_equal_their_gold_records() {
    check(&documents_in("fixtures/docs", stem_before_first_dot));
}

#[test]
fn word_renders_of_the_seeds_equal_the_seeds_gold() {
    let docx: Vec<_> = documents_in("fixtures/corpus", stem_before_first_dot)
        .into_iter()
        .filter(|(_, p)| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    check(&docx);
}

/// OCR output wraps every item over several lines (and a wrapped line may start with a
/// hyphenated word such as `প্রস্তাব-উপস্থাপনকারী`): each item stays one whole decision.
#[test]
fn wrapped_items_of_an_ocr_text_stay_whole_decisions() {
    let rec = record(&root().join("fixtures/corpus/003.noto.tesseract.txt"));
    let decisions = rec["decisions"].as_array().unwrap();
    let labels: Vec<&str> = decisions.iter().map(|d| d["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["ক", "খ", "গ", "ঘ"]);
    for d in decisions {
        assert!(d["span"]["end_line"].as_u64() > d["span"]["start_line"].as_u64(), "{d}");
        assert!(d["decision"].as_str().unwrap().ends_with("হবে।"), "{d}");
    }
}

#[test]
fn the_diff_names_each_differing_field() {
    let gold = serde_json::json!({"meeting": {"venue": "ক"}, "issuer": ["ক", "খ"]});
    let mine = serde_json::json!({"meeting": {"venue": "খ", "extra": 1}, "issuer": ["ক"]});
    let mut out = String::new();
    differences("", &gold, &mine, &mut out);
    assert!(out.contains(".meeting.venue:"), "{out}");
    assert!(out.contains(".issuer: gold has 2 items, the record 1"), "{out}");
    assert!(!out.contains("extra"), "siblings are not judged: {out}");
}
