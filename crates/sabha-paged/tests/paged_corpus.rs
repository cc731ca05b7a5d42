//! The paged reader on the corpus: the five seed minutes rendered to PDF by
//! LibreOffice in Noto Sans Bengali (fixtures/corpus), checked against the seed
//! texts they were made from (fixtures/seeds).

use std::path::PathBuf;

use sabha_doc::{Draft, GridTable};
use sabha_paged::{PagedOptions, read_pdf};
use unicode_normalization::UnicodeNormalization;

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn read(n: u32) -> sabha_paged::PagedText {
    let bytes = std::fs::read(fixture(&format!("fixtures/corpus/{n:03}.noto.pdf"))).unwrap();
    read_pdf(&bytes, &PagedOptions::default()).unwrap()
}

fn seed(n: u32) -> String {
    std::fs::read_to_string(fixture(&format!("fixtures/seeds/{n:03}.txt"))).unwrap()
}

/// Text for comparison: NFC, markup and white space removed.
fn squeeze(text: &str) -> String {
    let without_tags: String = text.replace("<p>", " ").replace("</p>", " ").replace("**", "");
    without_tags.nfc().filter(|c| !c.is_whitespace()).collect()
}

/// A seed line as running text: heading marks and list dashes removed, NFC.
fn seed_line(line: &str) -> String {
    let line = line.trim().trim_start_matches('#').trim();
    let line = line.strip_prefix("- ").unwrap_or(line).replace("**", "");
    line.split_whitespace().collect::<Vec<_>>().join(" ").nfc().collect()
}

/// The seed's tables: runs of TAB-separated lines and of `|` lines (separator rows
/// dropped), each a list of rows of cells.
fn seed_tables(text: &str) -> Vec<Vec<Vec<String>>> {
    let mut tables = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        let separator =
            !trimmed.is_empty() && trimmed.chars().all(|c| matches!(c, '-' | '|' | ':' | ' ' | '\t'));
        if separator {
            continue;
        }
        let row: Option<Vec<String>> = if line.contains('\t') {
            Some(line.split('\t').map(str::to_string).collect())
        } else if trimmed.starts_with('|') {
            Some(trimmed.trim_matches('|').split('|').map(str::to_string).collect())
        } else {
            None
        };
        match row {
            Some(row) => current.push(row),
            None => {
                if !current.is_empty() {
                    tables.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        tables.push(current);
    }
    tables
}

fn grids(drafts: &[Draft]) -> Vec<&GridTable> {
    drafts
        .iter()
        .filter_map(|d| match d {
            Draft::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn columns(t: &GridTable) -> usize {
    t.rows.first().map_or(0, |r| r.iter().map(|c| usize::from(c.col_span)).sum())
}

#[test]
fn every_page_is_reported_and_separated() {
    for n in 0..5 {
        let text = read(n);
        let breaks = text.drafts.iter().filter(|d| matches!(d, Draft::PageBreak)).count();
        assert_eq!(breaks + 1, text.pages.len(), "{n:03}");
        for (i, page) in text.pages.iter().enumerate() {
            assert_eq!(page.number as usize, i + 1);
            assert!(!page.ocr);
        }
        assert!(text.warnings.is_empty(), "{n:03}: {:?}", text.warnings);
    }
}

/// Every table of the seed comes back with its column count, and the rows'
/// first cells (serials, keys) in order.
#[test]
fn seed_tables_come_back_as_grid_tables_with_their_rows() {
    for n in 0..5 {
        let text = read(n);
        let ours = grids(&text.drafts);
        // A one-row seed table is drawn on the grid of the table above it.
        for table in seed_tables(&seed(n)).into_iter().filter(|t| t.len() >= 2) {
            let width = table.iter().map(Vec::len).max().unwrap_or(0);
            let same_width: Vec<&&GridTable> = ours.iter().filter(|t| columns(t) == width).collect();
            assert!(
                !same_width.is_empty(),
                "{n:03}: no {width}-column table for seed table {:?}",
                table.first()
            );
            let our_firsts: Vec<String> = same_width
                .iter()
                .flat_map(|t| t.rows.iter())
                .filter_map(|r| r.first().map(|c| squeeze(&c.text)))
                .filter(|s| !s.is_empty())
                .collect();
            let mut at = 0;
            // A row with nothing but its serial is drawn as a plain line.
            for row in table.iter().filter(|r| r.iter().skip(1).any(|c| !c.trim().is_empty())) {
                let first = squeeze(row.first().map_or("", String::as_str));
                // Long first cells can be broken mid-word by a narrow column.
                if first.is_empty() || first.chars().count() > 12 {
                    continue;
                }
                match our_firsts.iter().skip(at).position(|f| *f == first) {
                    Some(p) => at += p + 1,
                    None => {
                        panic!("{n:03}: row starting {first:?} missing or out of order in {our_firsts:?}")
                    }
                }
            }
        }
    }
}

#[test]
fn the_decision_table_header_of_seed_000() {
    let text = read(0);
    let table = grids(&text.drafts).into_iter().find(|t| columns(t) == 5).unwrap();
    let header: Vec<String> = table.rows[0].iter().map(|c| squeeze(&c.text)).collect();
    let expected: Vec<String> =
        ["ক্রঃ", "আলোচনার বিষয়", "আলোচনা", "সিদ্ধান্ত", "বাস্তবায়নকারী কর্তৃপক্ষ"].iter().map(|s| squeeze(s)).collect();
    assert_eq!(header, expected);
    let numbers: Vec<&str> = table.rows[1].iter().map(|c| c.text.as_str()).collect();
    assert_eq!(numbers, ["১", "২", "৩", "৪", "৫"]);
}

/// The seeds' running-text lines come back verbatim as paragraph lines.
#[test]
fn paragraph_lines_are_verbatim() {
    for n in 0..5 {
        let text = read(n);
        let ours: std::collections::HashSet<String> = text
            .drafts
            .iter()
            .filter_map(|d| match d {
                Draft::Paragraph { lines, .. } => Some(lines),
                _ => None,
            })
            .flatten()
            .map(|l| l.nfc().collect())
            .collect();
        let seed = seed(n);
        let wanted: Vec<String> = seed
            .lines()
            .filter(|l| !l.contains('\t') && !l.trim_start().starts_with('|') && !l.contains("<p>"))
            .map(seed_line)
            .filter(|l| !l.is_empty())
            .collect();
        let missing: Vec<&String> = wanted.iter().filter(|l| !ours.contains(*l)).collect();
        assert!(
            missing.is_empty(),
            "{n:03}: {} of {} lines missing: {missing:#?}",
            missing.len(),
            wanted.len()
        );
    }
}
