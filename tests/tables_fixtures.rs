//! Fixture tests of the table extractor: every table of the five seeds, and a
//! hand-made document for each form (HTML with spans, space-aligned with wrapped
//! cells, page breaks with repeated headers, ragged rows, pipe tables without a
//! rule, tab rows with `<p>` cells, key/value blocks, text that is not a table),
//! written out cell by cell under `fixtures/tables/` and compared exactly.
//!
//! Expected files: `fixtures/tables/seeds/NNN.json` for `fixtures/seeds/NNN.txt`,
//! `fixtures/tables/forms/NAME.json` for `fixtures/tables/forms/NAME.{txt,md}`.
//! A table is `{"span", "columns": [[header, role]], "header": [row],
//! "rows": [row]}`; a row is `{"span", "cells"}` (plus `"ragged": true`); a cell
//! is its text, or `{"text", "span", "col_span", "row_span"}` when its lines
//! or spans differ from its row's.
//!
//! After a deliberate change, `SABHA_BLESS=1 cargo test --test tables_fixtures`
//! rewrites the expected files; review the diff before committing it.

use std::path::{Path, PathBuf};

use sabha_doc::{Cell, ColumnRole, Row, Span, Table};
use sabha_tables::{find_tables, key_values};
use serde_json::{Value, json};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn span(s: Span) -> Value {
    json!([s.start_line, s.end_line])
}

fn cell(c: &Cell, row: Span) -> Value {
    if c.span == row && c.col_span == 1 && c.row_span == 1 {
        json!(c.text)
    } else {
        json!({"text": c.text, "span": span(c.span), "col_span": c.col_span, "row_span": c.row_span})
    }
}

fn row(r: &Row) -> Value {
    let cells: Vec<Value> = r.cells.iter().map(|c| cell(c, r.span)).collect();
    if r.ragged {
        json!({"span": span(r.span), "ragged": true, "cells": cells})
    } else {
        json!({"span": span(r.span), "cells": cells})
    }
}

fn table(t: &Table) -> Value {
    let role = |c: &sabha_doc::Column| serde_json::to_value(c.role).unwrap();
    json!({
        "span": span(t.span),
        "columns": t.columns.iter().map(|c| json!([c.header, role(c)])).collect::<Vec<_>>(),
        "header": t.header.iter().map(row).collect::<Vec<_>>(),
        "rows": t.rows.iter().map(row).collect::<Vec<_>>(),
    })
}

/// JSON with one row per line, for files a reviewer reads.
fn pretty(tables: &[Value]) -> String {
    let mut out = String::from("[");
    for (i, t) in tables.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&format!("  {{\n    \"span\": {},\n    \"columns\": {},\n", t["span"], t["columns"]));
        for key in ["header", "rows"] {
            let rows = t[key].as_array().unwrap();
            out.push_str(&format!("    \"{key}\": ["));
            for (j, r) in rows.iter().enumerate() {
                out.push_str(if j == 0 { "\n      " } else { ",\n      " });
                out.push_str(&r.to_string());
            }
            out.push_str(if rows.is_empty() { "]" } else { "\n    ]" });
            out.push_str(if key == "header" { ",\n" } else { "\n" });
        }
        out.push_str("  }");
    }
    out.push_str(if tables.is_empty() { "]\n" } else { "\n]\n" });
    out
}

fn check(input: &Path, expected: &Path) -> Vec<Table> {
    let text = read(input);
    let lines: Vec<&str> = text.lines().collect();
    let tables = find_tables(&lines, 1);
    let actual: Vec<Value> = tables.iter().map(table).collect();
    if std::env::var_os("SABHA_BLESS").is_some() {
        std::fs::write(expected, pretty(&actual)).unwrap();
        return tables;
    }
    let want: Vec<Value> = serde_json::from_str(&read(expected)).unwrap();
    assert_eq!(actual.len(), want.len(), "{}: number of tables", input.display());
    for (i, (a, w)) in actual.iter().zip(&want).enumerate() {
        if a != w {
            assert_eq!(
                pretty(std::slice::from_ref(a)),
                pretty(std::slice::from_ref(w)),
                "{}: table {i}",
                input.display()
            );
        }
    }
    tables
}

fn seed(n: &str) -> Vec<Table> {
    check(
        &repo().join(format!("fixtures/seeds/{n}.txt")),
        &repo().join(format!("fixtures/tables/seeds/{n}.json")),
    )
}

fn form(file: &str) -> Vec<Table> {
    let input = repo().join("fixtures/tables/forms").join(file);
    check(&input, &input.with_extension("json"))
}

fn texts(r: &Row) -> Vec<&str> {
    r.cells.iter().map(|c| c.text.as_str()).collect()
}

// --- the seeds -------------------------------------------------------------

#[test]
fn seed_000_header_block_and_decision_table() {
    let tables = seed("000");
    // Row ৮ printed with <p> cells and four cells: serial split from the topic.
    let decisions = &tables[1];
    let last = decisions.rows.last().unwrap();
    assert_eq!(texts(last)[..2], ["৮", "ওয়েবপোর্টাল হালনাগাদ"]);
    assert!(!last.ragged);
}

#[test]
fn seed_001_partial_number_row_is_dropped() {
    let tables = seed("001");
    assert!(tables[1].rows.iter().all(|r| !r.cells[0].text.is_empty()));
}

#[test]
fn seed_002_multi_row_header() {
    let tables = seed("002");
    assert_eq!(tables[0].header.len(), 3);
}

#[test]
fn seed_003_repeated_header_merged() {
    let tables = seed("003");
    assert_eq!(tables[1].header.len(), 1);
    assert_eq!(tables[1].rows.len(), 11);
}

#[test]
fn seed_004_continuation_tables_joined() {
    let tables = seed("004");
    assert_eq!(tables.len(), 2);
    assert_eq!(tables[1].rows.len(), 9);
}

#[test]
fn seed_header_blocks_read_as_key_values() {
    let text = read(&repo().join("fixtures/seeds/001.txt"));
    let lines: Vec<&str> = text.lines().collect();
    let tables = find_tables(&lines, 1);
    let pairs = key_values(&tables[0]).unwrap();
    let got: Vec<(&str, &str)> = pairs.iter().map(|p| (p.key.as_str(), p.value.as_str())).collect();
    assert_eq!(got[0], ("সভাপতি", "মোঃ আশরাফুল ইসলাম, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর।"));
    assert_eq!(got[4], ("উপস্থিত সদস্যবৃন্দ", "পরিশিষ্ট “ক” দুষ্টব্য।"));
    assert!(key_values(&tables[1]).is_none(), "a decision table is not a key/value table");
}

// --- hand-made forms -------------------------------------------------------

#[test]
fn html_with_colspan_and_rowspan() {
    let tables = form("html_spans.md");
    let t = &tables[0];
    assert_eq!(t.header.len(), 2);
    // The rowspan cell of row ১ leaves an empty cell in row ২; filled down it reads the same.
    assert_eq!(t.rows[1].cells[3].text, "");
    assert_eq!(t.filled_down()[1][3], "উপজেলা নির্বাহী অফিসার (সকল)");
}

#[test]
fn html_as_word_exports_it() {
    let tables = form("html_word_export.md");
    let t = &tables[0];
    assert_eq!(t.column(ColumnRole::Responsible), Some(3));
    assert_eq!(t.rows[1].cells[2].text, "", "a cell holding only &nbsp; is empty");
}

#[test]
fn pipe_table_with_bold_header_line_breaks_and_a_deadline_column() {
    let tables = form("pipe_bold_deadline.md");
    assert_eq!(tables[0].column(ColumnRole::Deadline), Some(4));
    assert_eq!(tables[0].column(ColumnRole::Remarks), Some(5));
}

#[test]
fn tab_rows_with_p_cells() {
    form("tsv_p_cells.txt");
}

#[test]
fn tab_table_over_a_page_break_with_repeated_header() {
    let tables = form("tsv_page_break.txt");
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].rows.len(), 4);
}

#[test]
fn ragged_rows_are_kept_and_flagged() {
    let tables = form("tsv_ragged.txt");
    assert_eq!(tables[0].rows.iter().filter(|r| r.ragged).count(), 3);
}

#[test]
fn grouped_header_with_partial_number_row() {
    let tables = form("tsv_apa_header.txt");
    assert_eq!(tables[0].header.len(), 3);
}

#[test]
fn pipe_table_over_a_page_break() {
    let tables = form("pipe_page_break.md");
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].rows.len(), 5);
}

#[test]
fn pipe_tables_without_a_rule_or_outer_pipes() {
    let tables = form("pipe_no_rule.md");
    assert_eq!(tables.len(), 2);
}

#[test]
fn key_value_blocks() {
    let tables = form("key_value.txt");
    assert!(tables.iter().all(|t| key_values(t).is_some()));
}

#[test]
fn box_drawing_tables_in_three_styles() {
    let tables = form("box_styles.txt");
    assert_eq!(tables.len(), 3);
    assert_eq!(texts(&tables[0].rows[0])[3], "৩০ জুন ২০২৪", "wrapped cells join");
    assert_eq!(tables[1].rows.len(), 3, "ruled only under the header: a row per line");
    assert_eq!(texts(&tables[2].rows[0])[1], "লক্ষ্যমাত্রা অর্জিত");
}

#[test]
fn excel_tab_export_with_quoted_multi_line_cells() {
    let tables = form("tsv_excel_quotes.txt");
    assert_eq!(tables.len(), 1);
    let t = &tables[0];
    assert_eq!(t.rows.len(), 3);
    assert_eq!(texts(&t.rows[0])[2], "\"সেবা সপ্তাহ\" পালন করতে হবে এবং প্রতিবেদন পাঠাতে হবে।");
    assert_eq!(texts(&t.rows[0])[1], "\"সেবা সপ্তাহ\"", "a one-line quoted cell keeps its quotes");
}

#[test]
fn space_aligned_with_wrapped_cells() {
    form("aligned_wrapped.txt");
}

#[test]
fn space_aligned_dense_rows_and_signatures_beside_them() {
    form("aligned_dense.txt");
}

#[test]
fn pdftotext_layout_of_seed_004() {
    form("aligned_pdftotext_004.txt");
}

#[test]
fn text_that_is_not_a_table() {
    assert!(form("not_tables.md").is_empty());
}
