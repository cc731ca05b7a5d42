//! The project's own scorer (`fixtures/tools/score.py`) on `sabha convert`'s
//! output: every field and every decision of the seeds, the extra layouts and
//! the Word renders must score 1.000.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `sabha convert` on `inputs` and the scorer on the result against the
/// gold records whose stems `gold` accepts; returns the scorer's last line after
/// checking it met the thresholds.
fn convert_and_score(name: &str, inputs: &[&str], gold: impl Fn(&str) -> bool) -> String {
    let tmp = std::env::temp_dir().join(format!("sabha-golden-{name}-{}", std::process::id()));
    let gold_dir = tmp.join("gold");
    std::fs::create_dir_all(&gold_dir).unwrap();
    for entry in std::fs::read_dir(root().join("fixtures/gold")).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.extension().is_some_and(|e| e == "json") && gold(&stem) {
            std::fs::copy(&path, gold_dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    let out = tmp.join("records.jsonl");
    let status = Command::new(env!("CARGO_BIN_EXE_sabha"))
        .current_dir(root())
        .arg("convert")
        .args(inputs)
        .args(["--quiet", "-o"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success(), "sabha convert {inputs:?} failed: {status}");
    let score = Command::new("python3")
        .current_dir(root())
        .args(["fixtures/tools/score.py", "--gold"])
        .arg(&gold_dir)
        .arg("--records")
        .arg(&out)
        .args(["--verbose", "--min-field", "1.0", "--min-decision-f1", "1.0"])
        .output()
        .expect("python3 runs the scorer");
    let _ = std::fs::remove_dir_all(&tmp);
    let text = String::from_utf8_lossy(&score.stdout).to_string();
    let last = text.lines().last().unwrap_or_default().to_string();
    assert!(score.status.success(), "scores below 1.000:\n{text}{}", String::from_utf8_lossy(&score.stderr));
    last
}

#[test]
fn seeds_score_one() {
    let last = convert_and_score("seeds", &["fixtures/seeds"], |stem| stem.len() == 3);
    assert!(last.contains("fields 1.000 decisions_f1 1.000"), "{last}");
}

#[test]
fn extra_layouts_and_word_renders_score_one() {
    let inputs = [
        "fixtures/docs",
        "fixtures/corpus/000.noto.docx",
        "fixtures/corpus/001.noto.docx",
        "fixtures/corpus/002.noto.docx",
        "fixtures/corpus/003.noto.docx",
        "fixtures/corpus/004.noto.docx",
    ];
    let last = convert_and_score("docs", &inputs, |_| true);
    assert!(last.contains("fields 1.000 decisions_f1 1.000"), "{last}");
}
