//! Measures PDF text fidelity against the seed texts: the Bengali-character error
//! rate (Levenshtein distance over the Bengali characters in reading order, divided
//! by the reference's count) and the share of the reference's words missing from
//! the output (order ignored). Compares sabha's reader with plain `pdftotext` and
//! `pdftotext -layout` on the same files.
//!
//! ```text
//! cargo run --release -p sabha-paged --example pdf_fidelity -- \
//!     fixtures/corpus/000.noto.pdf:fixtures/seeds/000.txt …
//! ```
//! With no arguments it measures `fixtures/corpus/NNN.noto.pdf` against
//! `fixtures/seeds/NNN.txt` for NNN = 000…004 (run from the repository root).

use std::collections::HashMap;
use std::process::Command;
use std::time::Instant;

use sabha_paged::layout::drafts_text;
use sabha_paged::{PagedOptions, read_pdf};
use unicode_normalization::UnicodeNormalization;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut pairs: Vec<(String, String)> = std::env::args()
        .skip(1)
        .filter_map(|a| a.split_once(':').map(|(p, s)| (p.to_string(), s.to_string())))
        .collect();
    if pairs.is_empty() {
        pairs = (0..5)
            .map(|n| (format!("fixtures/corpus/{n:03}.noto.pdf"), format!("fixtures/seeds/{n:03}.txt")))
            .collect();
    }
    println!("{:<32} {:>8} {:>8} {:>8}   {:>8} {:>8} {:>8}", "file", "CER", "", "", "missing", "", "");
    println!(
        "{:<32} {:>8} {:>8} {:>8}   {:>8} {:>8} {:>8}",
        "", "sabha", "pdftotxt", "-layout", "sabha", "pdftotxt", "-layout"
    );
    let mut sums = [0.0f64; 6];
    let mut total_time = 0.0;
    let mut total_pages = 0;
    for (pdf, seed) in &pairs {
        let bytes = std::fs::read(pdf)?;
        let reference = seed_words_text(&std::fs::read_to_string(seed)?);
        let started = Instant::now();
        let ours = read_pdf(&bytes, &PagedOptions::default())?;
        total_time += started.elapsed().as_secs_f64();
        total_pages += ours.pages.len();
        let candidates = [drafts_text(&ours.drafts), pdftotext(pdf, &[])?, pdftotext(pdf, &["-layout"])?];
        let cer: Vec<f64> = candidates.iter().map(|c| bengali_cer(&reference, c)).collect();
        let missing: Vec<f64> = candidates.iter().map(|c| words_missing(&reference, c)).collect();
        for (i, v) in cer.iter().chain(&missing).enumerate() {
            sums[i] += v;
        }
        let name = std::path::Path::new(pdf)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!(
            "{name:<32} {:>8.4} {:>8.4} {:>8.4}   {:>7.2}% {:>7.2}% {:>7.2}%",
            cer[0],
            cer[1],
            cer[2],
            missing[0] * 100.0,
            missing[1] * 100.0,
            missing[2] * 100.0
        );
    }
    let n = pairs.len() as f64;
    println!(
        "{:<32} {:>8.4} {:>8.4} {:>8.4}   {:>7.2}% {:>7.2}% {:>7.2}%",
        "mean",
        sums[0] / n,
        sums[1] / n,
        sums[2] / n,
        sums[3] / n * 100.0,
        sums[4] / n * 100.0,
        sums[5] / n * 100.0
    );
    println!(
        "sabha read {total_pages} pages in {total_time:.2} s ({:.1} pages/s, pdftotext subprocess included)",
        total_pages as f64 / total_time
    );
    report_layout_speed(&pairs)?;
    if std::env::var_os("FIDELITY_DUMP").is_some() {
        for (pdf, _) in &pairs {
            let ours = read_pdf(&std::fs::read(pdf)?, &PagedOptions::default())?;
            println!("===== {pdf}\n{}", drafts_text(&ours.drafts));
        }
    }
    Ok(())
}

/// Times the layout step alone (words already read by poppler), to tell it apart
/// from the pdftotext subprocess.
fn report_layout_speed(pairs: &[(String, String)]) -> Result<(), Box<dyn std::error::Error>> {
    use sabha_paged::{PageSelection, PdfFile, PopplerText};
    let mut documents = Vec::new();
    for (pdf, _) in pairs {
        let file = PdfFile::new(&std::fs::read(pdf)?)?;
        let options = PagedOptions::default();
        let source = PopplerText::new(&file, &options.pdftotext, options.timeout);
        documents.push(source.read(PageSelection::All)?.pages);
    }
    let pages: usize = documents.iter().map(Vec::len).sum();
    let rounds = 20;
    let started = Instant::now();
    for _ in 0..rounds {
        for doc in &documents {
            std::hint::black_box(sabha_paged::lay_out(doc));
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("layout step alone: {:.0} pages/s", (pages * rounds) as f64 / seconds);
    Ok(())
}

fn pdftotext(pdf: &str, extra: &[&str]) -> Result<String, Box<dyn std::error::Error>> {
    let out = Command::new("pdftotext").args(extra).args([pdf, "-"]).output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The document's words as the seed gives them, markup removed: heading marks,
/// emphasis, HTML tags, list dashes, table pipes and separator rows.
fn seed_words_text(seed: &str) -> String {
    let mut out = String::new();
    for line in seed.lines() {
        let trimmed = line.trim();
        if !trimmed.is_empty() && trimmed.chars().all(|c| matches!(c, '-' | '|' | ':' | ' ' | '\t')) {
            continue;
        }
        let mut text = trimmed.trim_start_matches('#').trim_start().to_string();
        if let Some(rest) = text.strip_prefix("- ") {
            text = rest.to_string();
        }
        text = strip_tags(&text).replace("**", "").replace(['|', '\t'], " ");
        out.push_str(&text);
        out.push('\n');
    }
    out
}

fn strip_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn bengali(text: &str) -> Vec<char> {
    text.nfc().filter(|c| ('\u{0980}'..='\u{09FF}').contains(c)).collect()
}

fn bengali_cer(reference: &str, hypothesis: &str) -> f64 {
    let r = bengali(reference);
    let h = bengali(hypothesis);
    levenshtein(&r, &h) as f64 / r.len().max(1) as f64
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

fn words(text: &str) -> Vec<String> {
    let normalized: String = text.nfc().collect();
    normalized
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || ('\u{0980}'..='\u{09FF}').contains(&c))))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn words_missing(reference: &str, hypothesis: &str) -> f64 {
    let mut available: HashMap<String, usize> = HashMap::new();
    for w in words(hypothesis) {
        *available.entry(w).or_default() += 1;
    }
    let reference = words(reference);
    let mut missing = 0;
    for w in &reference {
        match available.get_mut(w) {
            Some(n) if *n > 0 => *n -= 1,
            _ => missing += 1,
        }
    }
    missing as f64 / reference.len().max(1) as f64
}
