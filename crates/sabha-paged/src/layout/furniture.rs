//! Page furniture: page numbers and running headers/footers are dropped.
//!
//! The rule: only lines in the top or bottom tenth of a page are considered.
//! Such a line is dropped when it is a page number (`৩`, `- ৩ -`, `পৃষ্ঠা ৩ এর ৫`,
//! `Page 3 of 5`, `৩/৫`), or when the same text stands in the same band on
//! another page too — then every copy after the first is dropped, so a letterhead
//! repeated on each page is kept once.

use std::collections::HashMap;

use super::Line;
use crate::script::is_digit;

/// Share of the page height at the top and at the bottom where furniture lives.
const BAND: f32 = 0.10;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Edge {
    Top,
    Bottom,
}

/// Removes page numbers and repeated headers/footers from each page's lines.
pub fn drop_furniture(pages: &mut [Vec<Line>], page_heights: &[f32]) {
    let mut first_seen: HashMap<(Edge, String), usize> = HashMap::new();
    let mut seen_on: HashMap<(Edge, String), usize> = HashMap::new();
    for (page_index, lines) in pages.iter().enumerate() {
        let height = page_heights.get(page_index).copied().unwrap_or(0.0);
        for line in lines {
            if let Some(edge) = edge_of(line, height) {
                let key = (edge, folded(&line.text()));
                first_seen.entry(key.clone()).or_insert(page_index);
                *seen_on.entry(key).or_default() += 1;
            }
        }
    }
    for (page_index, lines) in pages.iter_mut().enumerate() {
        let height = page_heights.get(page_index).copied().unwrap_or(0.0);
        lines.retain(|line| {
            let Some(edge) = edge_of(line, height) else { return true };
            let text = line.text();
            if line.segments(super::tables::COLUMN_GAP).len() == 1 && is_page_number(&text) {
                return false;
            }
            let key = (edge, folded(&text));
            let repeated = seen_on.get(&key).is_some_and(|&n| n >= 2);
            !repeated || first_seen.get(&key) == Some(&page_index)
        });
    }
}

fn edge_of(line: &Line, page_height: f32) -> Option<Edge> {
    if page_height <= 0.0 {
        return None;
    }
    if line.bottom <= page_height * BAND {
        Some(Edge::Top)
    } else if line.top >= page_height * (1.0 - BAND) {
        Some(Edge::Bottom)
    } else {
        None
    }
}

/// The text with white space folded. (Digits are not masked: body lines such as
/// numbered list items differ only in their numbers.)
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line that is nothing but a page number, perhaps with a word for "page" and
/// the page count.
pub fn is_page_number(text: &str) -> bool {
    const WORDS: [&str; 7] = ["পৃষ্ঠা", "পৃষ্ঠা-", "পৃঃ", "পৃ:", "পাতা", "page", "of"];
    const FILLER: [&str; 4] = ["এর", "মধ্যে", "নং", "no."];
    let lowered = text.to_lowercase();
    let mut numbers = 0;
    for token in lowered.split(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/' | '|' | '(' | ')' | '[' | ']')
    }) {
        let token = token.trim_matches(|c: char| matches!(c, '.' | ':' | ','));
        if token.is_empty() || WORDS.contains(&token) || FILLER.contains(&token) {
            continue;
        }
        let digits = token.strip_prefix("পৃষ্ঠা").unwrap_or(token);
        if !digits.is_empty() && digits.chars().all(is_digit) && digits.chars().count() <= 4 {
            numbers += 1;
        } else {
            return false;
        }
    }
    (1..=2).contains(&numbers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Piece;
    use crate::words::BBox;

    fn line(y: f32, text: &str) -> Line {
        let bbox = BBox { x0: 72.0, y0: y, x1: 200.0, y1: y + 15.6 };
        Line { pieces: vec![Piece { text: text.into(), bbox, words: 1 }], bbox, top: y, bottom: y + 15.6 }
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn page_numbers() {
        for yes in ["৩", "- ৩ -", "পৃষ্ঠা ৩ এর ৫", "Page 3 of 5", "৩/৫", "পৃষ্ঠা-২", "(২)", "পৃষ্ঠা নং ১২"]
        {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["১৭ অক্টোবর ২০২৩", "সভাপতি", "২৫-১০-২০২৩", "১ ২ ৩", "", "০২৫৮৮৮৫৭২৩৩"]
        {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn drops_page_numbers_and_repeated_headers_but_keeps_the_first_header() {
        let mut pages = vec![
            vec![line(40.0, "জেলা প্রশাসকের কার্যালয়"), line(400.0, "প্রথম পাতা"), line(800.0, "১")],
            vec![line(40.0, "জেলা প্রশাসকের কার্যালয়"), line(400.0, "দ্বিতীয় পাতা"), line(800.0, "২")],
        ];
        drop_furniture(&mut pages, &[842.0, 842.0]);
        assert_eq!(texts(&pages[0]), ["জেলা প্রশাসকের কার্যালয়", "প্রথম পাতা"]);
        assert_eq!(texts(&pages[1]), ["দ্বিতীয় পাতা"]);
    }

    #[test]
    fn a_row_of_column_numbers_is_not_a_page_number() {
        let bbox = |x0: f32, x1: f32| BBox { x0, y0: 800.0, x1, y1: 815.6 };
        let row = Line {
            pieces: vec![
                Piece { text: "১".into(), bbox: bbox(72.0, 80.0), words: 1 },
                Piece { text: "২".into(), bbox: bbox(200.0, 208.0), words: 1 },
            ],
            bbox: bbox(72.0, 208.0),
            top: 800.0,
            bottom: 815.6,
        };
        let mut pages = vec![vec![row]];
        drop_furniture(&mut pages, &[842.0]);
        assert_eq!(pages[0].len(), 1);
    }

    #[test]
    fn a_number_in_the_body_is_kept() {
        let mut pages = vec![vec![line(400.0, "৫")]];
        drop_furniture(&mut pages, &[842.0]);
        assert_eq!(texts(&pages[0]), ["৫"]);
    }

    #[test]
    fn unique_lines_in_the_band_are_kept() {
        let mut pages = vec![vec![line(40.0, "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার")], vec![line(40.0, "অন্য লেখা")]];
        drop_furniture(&mut pages, &[842.0, 842.0]);
        assert_eq!(texts(&pages[0]).len() + texts(&pages[1]).len(), 2);
    }
}
