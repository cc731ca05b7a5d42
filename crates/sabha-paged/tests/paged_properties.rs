//! Properties of the layout step and the parsers on arbitrary input: no panic,
//! and no text lost or invented.

use std::collections::BTreeMap;

use proptest::prelude::*;
use sabha_doc::Draft;
use sabha_paged::poppler::parse_bbox_xhtml;
use sabha_paged::{BBox, PageWords, Word, WordBreaks, assess, lay_out};

const PAGE_W: f32 = 600.0;
const PAGE_H: f32 = 800.0;

/// Word texts from Bengali letters, signs, digits, Latin and punctuation, so
/// that fragment joining and list markers are exercised.
fn word_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            'ক', 'খ', 'র', 'া', 'ি', '্', 'ং', 'ঁ', '১', '২', '।', 'a', 'Z', '.', '-', '/', ':', '(', ')',
        ]),
        1..6,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// Words anywhere in the page body (the top and bottom tenth hold furniture,
/// which is dropped on purpose).
fn word() -> impl Strategy<Value = Word> {
    (word_text(), 0.0f32..550.0, 90.0f32..700.0, 1.0f32..60.0, 4.0f32..30.0).prop_map(|(text, x, y, w, h)| {
        Word::new(
            text,
            BBox::from_corners(x, y, x + w, y + h).unwrap_or(BBox { x0: 0.0, y0: 0.0, x1: 1.0, y1: 1.0 }),
        )
    })
}

fn page(number: u32, words: Vec<Word>, exact: bool) -> PageWords {
    let word_breaks = if exact { WordBreaks::Exact } else { WordBreaks::Geometric };
    PageWords { number, width: PAGE_W, height: PAGE_H, words, word_breaks }
}

fn char_counts<'a>(texts: impl Iterator<Item = &'a str>) -> BTreeMap<char, usize> {
    let mut counts = BTreeMap::new();
    for c in texts.flat_map(str::chars).filter(|c| !c.is_whitespace()) {
        *counts.entry(c).or_default() += 1;
    }
    counts
}

fn draft_texts(drafts: &[Draft]) -> Vec<String> {
    let mut out = Vec::new();
    for d in drafts {
        match d {
            Draft::Paragraph { lines, .. } => out.extend(lines.iter().cloned()),
            Draft::Table(t) => out.extend(t.rows.iter().flatten().map(|c| c.text.clone())),
            Draft::PageBreak => {}
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Every character of every word comes out exactly once: the layout
    /// regroups words, it never drops, duplicates or invents text.
    #[test]
    fn layout_keeps_every_character(
        pages in prop::collection::vec((prop::collection::vec(word(), 0..60), any::<bool>()), 1..4)
    ) {
        let pages: Vec<PageWords> = pages
            .into_iter()
            .enumerate()
            .map(|(i, (words, exact))| page(i as u32 + 1, words, exact))
            .collect();
        // Repeated lines in the header band are the only thing dropped, and the
        // generated words stay out of it.
        let laid = lay_out(&pages);
        prop_assert_eq!(laid.len(), pages.len());
        let input = char_counts(pages.iter().flat_map(|p| p.words.iter().map(|w| w.text.as_str())));
        let output_texts: Vec<String> = laid.iter().flat_map(|d| draft_texts(d)).collect();
        let output = char_counts(output_texts.iter().map(String::as_str));
        prop_assert_eq!(input, output);
    }

    #[test]
    fn bbox_xhtml_parser_never_panics(text in ".{0,400}") {
        let _ = parse_bbox_xhtml(&text);
        let wrapped = format!("<doc><page width=\"1\" height=\"1\"><word xMin=\"0\" yMin=\"0\" xMax=\"1\" yMax=\"1\">{text}</word></page></doc>");
        let _ = parse_bbox_xhtml(&wrapped);
    }

    #[test]
    fn the_text_check_never_panics(text in "\\PC{0,200}") {
        let _ = assess(&text);
    }
}

/// Thousands of words stacked into one band must not make the layout quadratic
/// (bounded work per word); this only has to finish.
#[test]
fn a_pathological_page_is_laid_out() {
    let words: Vec<Word> = (0..20_000)
        .map(|i| {
            let x = (i % 200) as f32 * 3.0;
            let y = 100.0 + (i as f32 * 0.031) % 600.0;
            Word::new("ক", BBox { x0: x, y0: y, x1: x + 2.5, y1: y + 0.5 + (i % 7) as f32 * 4.0 })
        })
        .collect();
    let laid = lay_out(&[page(1, words, false)]);
    assert_eq!(laid.len(), 1);
}
