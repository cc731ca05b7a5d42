//! The Bijoy converter against independent implementations, and Bijoy documents
//! through `ingest`.
//!
//! `fixtures/ingest/bijoy/vectors.jsonl` holds Bijoy inputs with the answers of three
//! PyPI converters (bijoy2unicode, bijoytounicode, unicodeconverter) and, for inputs
//! made by the Rust crate poriborton from a word list, the Unicode they came from
//! (`crates/sabha-ingest/tools/bijoy_vectors.py` regenerates it).

use sabha_doc::Block;
use sabha_ingest::{IngestOptions, bijoy_to_unicode, ingest};
use unicode_normalization::UnicodeNormalization;

struct Vector {
    input: String,
    hand: bool,
    source: Option<String>,
    expect: Option<String>,
}

fn vectors() -> Vec<Vector> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/ingest/bijoy/vectors.jsonl"))
            .unwrap();
    text.lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let get = |k: &str| v[k].as_str().map(|s| s.nfc().collect::<String>());
            let source = get("source").filter(|_| v["source_confirmed"].as_bool() == Some(true));
            let hand = v["origin"] == "hand";
            Vector { input: get("input").unwrap(), hand, source, expect: get("expect") }
        })
        .collect()
}

#[test]
fn converts_poriborton_output_back_to_its_source() {
    let vectors = vectors();
    let with_source: Vec<&Vector> = vectors.iter().filter(|v| v.source.is_some()).collect();
    assert!(with_source.len() > 500, "{} confirmed sources", with_source.len());
    let wrong: Vec<String> = with_source
        .iter()
        .filter(|v| Some(bijoy_to_unicode(&v.input)) != v.source)
        .map(|v| {
            format!(
                "{} -> {} (source {})",
                v.input,
                bijoy_to_unicode(&v.input),
                v.source.as_deref().unwrap_or("")
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {} differ:\n{}", wrong.len(), with_source.len(), wrong.join("\n"));
}

#[test]
fn agrees_with_the_pypi_majority_where_it_matches_the_source_or_has_none() {
    // Where two PyPI converters agree on something other than poriborton's source,
    // they share a known mistake; those rows judge them, not us. Inputs whose source no
    // PyPI converter confirms hold characters poriborton invents (U+2212 for ্ল).
    let vectors = vectors();
    // bijoy2unicode and bijoytounicode flatten Bijoy's curly quotes (Ò Ó Ô Õ) to ASCII;
    // the glyphs are curly, so this converter keeps them curly, as unicodeconverter does.
    let flat = |s: &str| s.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
    let judged: Vec<&Vector> = vectors
        .iter()
        .filter(|v| v.expect.is_some() && (v.hand || (v.source.is_some() && v.source == v.expect)))
        .collect();
    let wrong: Vec<String> = judged
        .iter()
        .filter(|v| Some(flat(&bijoy_to_unicode(&v.input))) != v.expect.as_deref().map(flat))
        .map(|v| {
            format!(
                "{} -> {} (majority {})",
                v.input,
                bijoy_to_unicode(&v.input),
                v.expect.as_deref().unwrap_or("")
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {} differ:\n{}", wrong.len(), judged.len(), wrong.join("\n"));
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn read(bytes: &[u8], path: &str) -> sabha_doc::Document {
    ingest(bytes, path, &IngestOptions::default()).unwrap()
}

#[test]
fn a_windows_1252_bijoy_file_becomes_unicode_with_english_kept() {
    let doc = read(&fixture("ingest/bijoy/minutes.windows-1252.txt"), "minutes.txt");
    let expected = String::from_utf8(fixture("ingest/bijoy/minutes.expected.txt")).unwrap();
    assert_eq!(doc.text, expected);
    assert_eq!(doc.source.encoding, "bijoy");
    assert!(doc.warnings.iter().any(|w| w.code == "bijoy_converted"));
    let first = doc.blocks.first().and_then(|b| match b {
        Block::Paragraph(p) => p.lines.first().map(|l| l.text.clone()),
        Block::Table(_) => None,
    });
    assert_eq!(first.as_deref(), Some("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার"));
}

/// Bengali digits written as ASCII: Bijoy cannot tell them apart.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '০'..='৯' => char::from_digit(c as u32 - '০' as u32, 10).unwrap_or(c),
            c => c,
        })
        .collect()
}

#[test]
fn seed_minutes_encoded_by_poriborton_come_back_line_for_line() {
    for n in 0..5 {
        let seed = String::from_utf8(fixture(&format!("seeds/{n:03}.txt"))).unwrap();
        let seed: String = seed.replace('ৰ', "র").nfc().collect();
        let precomposed = seed
            .replace("য\u{09BC}", "\u{09DF}")
            .replace("ড\u{09BC}", "\u{09DC}")
            .replace("ঢ\u{09BC}", "\u{09DD}");
        let bijoy = poriborton::bijoy2000::unicode_to_bijoy(&precomposed);
        let doc = read(bijoy.as_bytes(), "bijoy.txt");
        assert_eq!(doc.source.encoding, "bijoy", "{n:03}");
        assert_eq!(doc.text.lines().count(), seed.lines().count(), "{n:03}");
        for (got, want) in doc.text.lines().zip(seed.lines()) {
            assert_eq!(ascii_digits(got), ascii_digits(want), "{n:03}");
        }
    }
}

#[test]
fn residual_bijoy_fragments_in_unicode_text_are_repaired_with_a_warning() {
    let doc = read("সভায় নি¤œরূপ সিদ্ধান্ত গৃহীত হয়।\n".as_bytes(), "x.txt");
    assert_eq!(doc.text, "সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়।\n".nfc().collect::<String>());
    assert_eq!(doc.source.encoding, "utf-8");
    let warning = doc.warnings.iter().find(|w| w.code == "bijoy_fragment_repaired").unwrap();
    assert_eq!(warning.span.map(|s| s.start_line), Some(1));
}

#[test]
fn english_documents_are_not_taken_for_bijoy() {
    let text = "Minutes of the meeting of the District Innovation Committee\n\
        The committee reviewed the progress of the Revenue Case Management System.\n\
        Decision: all offices will upload their service process maps by 30 June 2023.\n\
        Chair: Md. Ashraful Islam, Additional Deputy Commissioner (General), Natore.\n\
        E-mail: dcnatore@mopa.gov.bd, Phone: +88-0771-66778\n";
    let doc = read(text.as_bytes(), "english.txt");
    assert_eq!(doc.text, text);
    assert_eq!(doc.source.encoding, "utf-8");
    assert!(doc.warnings.iter().all(|w| !w.code.starts_with("bijoy")));
}

#[test]
fn subset_font_glyph_codes_are_flagged_not_guessed() {
    let doc = read("চĬগ্রাম জেলা প্রশাসন\n".as_bytes(), "x.txt");
    assert_eq!(doc.text, "চĬগ্রাম জেলা প্রশাসন\n");
    assert!(doc.warnings.iter().any(|w| w.code == "hybrid_font_text"));
}
