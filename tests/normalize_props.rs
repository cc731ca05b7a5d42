//! Any text in, a record out: arbitrary lines — random words from the minutes
//! vocabulary, markers, digits, punctuation, tables — through a simple document
//! never panic, and a large adversarial document is read in one pass (the test
//! would not finish if the work grew with the square of its size).

use proptest::prelude::*;
use sabha_doc::{
    Block, Cell, Column, ColumnRole, Document, Format, Line, Paragraph, Row, Source, Span, Table,
};

fn source() -> Source {
    Source {
        path: "p.txt".into(),
        sha256: String::new(),
        format: Format::Text,
        encoding: "utf-8".into(),
        bytes: 0,
        pages: None,
    }
}

/// A document from lines: blank lines separate paragraphs; a line with `|`
/// becomes a one-row table whose columns get roles in turn.
fn document(lines: &[String]) -> Document {
    let roles = [
        ColumnRole::Serial,
        ColumnRole::Decision,
        ColumnRole::Responsible,
        ColumnRole::NameDesignation,
        ColumnRole::PhoneEmail,
    ];
    let mut blocks = Vec::new();
    let mut para = Vec::new();
    for (i, text) in lines.iter().enumerate() {
        let number = i as u32 + 1;
        if text.contains('|') {
            if !para.is_empty() {
                blocks.push(Block::Paragraph(Paragraph { lines: std::mem::take(&mut para) }));
            }
            let cells: Vec<Cell> = text.split('|').map(|c| Cell::new(c.trim(), Span::line(number))).collect();
            let columns = (0..cells.len())
                .map(|k| Column { header: String::new(), role: roles[(k + i) % roles.len()] })
                .collect();
            let row = Row { cells, span: Span::line(number), ragged: false };
            blocks.push(Block::Table(Table {
                span: Span::line(number),
                header: vec![],
                rows: vec![row],
                columns,
            }));
        } else if text.trim().is_empty() {
            if !para.is_empty() {
                blocks.push(Block::Paragraph(Paragraph { lines: std::mem::take(&mut para) }));
            }
        } else {
            let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
            para.push(Line { number, text: folded, heading: 0, bold: false });
        }
    }
    if !para.is_empty() {
        blocks.push(Block::Paragraph(Paragraph { lines: para }));
    }
    Document { source: source(), text: lines.join("\n"), blocks, pages: vec![], warnings: vec![] }
}

/// Words that steer the readers, so that random lines reach their rules.
const VOCABULARY: &[&str] = &[
    "সভাপতি",
    "সভাপতি:",
    "আহবায়ক",
    "তারিখ:",
    "সময়",
    "স্থান",
    "উপস্থিতি",
    "সিদ্ধান্ত:",
    "সিদ্ধান্তসমূহ",
    "আলোচনা:",
    "আলোচ্যসূচি-১:",
    "বাস্তবায়নে:",
    "দায়িত্ব:",
    "সময়সীমা:",
    "বিতরণ:",
    "অনুলিপি",
    "স্মারক",
    "নং-",
    "কার্যবিবরণী",
    "গণপ্রজাতন্ত্রী",
    "জনাব",
    "মোঃ",
    "ড.",
    "জেলা",
    "প্রশাসক",
    "উপসচিব",
    "অফিসার",
    "ও",
    "(",
    ")",
    "[১.১.১]",
    "১।",
    "২।",
    "ক)",
    "খ)",
    "১.",
    "০৫.৪৩.০০০০.০১৭",
    "১৭",
    "অক্টোবর",
    "২০২৩",
    "জুনের",
    "মধ্যে",
    "আগামী",
    "দিনের",
    "১৫",
    "৮৯০%",
    "বেলা",
    "১.১৫",
    "ঘটিকা",
    "বঙ্গাব্দ",
    "কার্তিক",
    "১৪৩০",
    ",",
    "।",
    ":",
    "ঃ",
    "-",
    "@",
    "a@b.bd",
    "০১৭১১",
];

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(VOCABULARY), 0..12).prop_map(|w| w.join(" ")),
        "\\PC{0,60}",
        prop::collection::vec(prop::sample::select(VOCABULARY), 1..6).prop_map(|w| w.join(" | ")),
    ]
}

fn has_empty_string(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => s.is_empty(),
        serde_json::Value::Array(a) => a.iter().any(has_empty_string),
        serde_json::Value::Object(o) => o.values().any(has_empty_string),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_lines_give_a_record(lines in prop::collection::vec(line(), 0..40)) {
        let minutes = sabha_normalize::normalize(&document(&lines));
        // Every decision is numbered in order and has text; no empty strings.
        for (k, d) in minutes.decisions.iter().enumerate() {
            prop_assert_eq!(d.index as usize, k + 1);
            prop_assert!(!d.decision.is_empty());
            prop_assert!(d.responsible.iter().all(|r| !r.is_empty()));
        }
        prop_assert!(minutes.distribution.iter().all(|r| !r.is_empty()));
        prop_assert!(minutes.issuer.iter().all(|r| !r.is_empty()));
        prop_assert!(minutes.title.as_deref() != Some(""));
        // Empty table cells are printed as they are; every other value is null
        // or [] when absent, never "".
        let mut fields = minutes.clone();
        fields.tables.clear();
        let value = serde_json::to_value(&fields).unwrap();
        prop_assert!(!has_empty_string(&value), "an empty string in {}", value);
    }
}

#[test]
fn a_large_adversarial_document_is_read() {
    // 20 000 lines of repeated labels, markers and long runs that keep every
    // reader busy: a reader that rescans the rest of the document for each line
    // would take hours here.
    let mut lines = Vec::new();
    for i in 0..20_000 {
        lines.push(match i % 7 {
            0 => "সিদ্ধান্তসমূহ:".to_string(),
            1 => format!("{}) জনাব মোঃ ক খ উপসচিব ও", ["ক", "খ", "গ"][i % 3]),
            2 => "সভাপতি".to_string(),
            3 => "(মোঃ আবদুল করিম)".to_string(),
            4 => "১। জেলা প্রশাসক ২। পুলিশ সুপার ৩। ".repeat(20),
            5 => "বিতরণ:".to_string(),
            _ => String::new(),
        });
    }
    let minutes = sabha_normalize::normalize(&document(&lines));
    assert!(!minutes.decisions.is_empty());
}
