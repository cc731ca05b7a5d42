//! Words -> visual lines.
//!
//! Words are taken left to right and each is chained to the line whose last word
//! overlaps it vertically by at least half the smaller height. Comparing with the
//! last word (not a fixed band) follows a slightly skewed scan, and using the
//! smaller height keeps the tall boxes of words with ি, ী, ু or a reph (OCR boxes
//! are ink boxes) from swallowing the next line. Within a line, fragments of one
//! printed word are rejoined ([`super::join::join_fragments`]).

use std::collections::HashMap;

use super::join::{FragmentRule, join_fragments};
use super::{Line, Piece};
use crate::words::{BBox, PageWords, Word};

/// Minimum share of the smaller height two boxes must overlap to be on one line.
const SAME_LINE_OVERLAP: f32 = 0.5;
/// Lines examined per bucket when chaining: bounds the work on adversarial pages
/// that stack thousands of tiny lines into one band.
const BUCKET_SCAN_LIMIT: usize = 64;

/// The visual lines of a page, top to bottom, words rejoined into pieces.
pub fn page_lines(page: &PageWords, rule: FragmentRule) -> Vec<Line> {
    lines_from_chains(page_chains(page), rule)
}

/// The page's words grouped into lines, each left to right (before rejoining).
pub fn page_chains(page: &PageWords) -> Vec<Vec<Word>> {
    let words: Vec<Word> = page
        .words
        .iter()
        .filter(|w| !w.text.trim().is_empty())
        .map(|w| Word { text: w.text.trim().to_string(), ..w.clone() })
        .collect();
    chain_words(words)
}

/// Rejoins each chain's fragments and orders the lines top to bottom.
pub fn lines_from_chains(chains: Vec<Vec<Word>>, rule: FragmentRule) -> Vec<Line> {
    let mut lines: Vec<Line> = chains
        .into_iter()
        .map(|words| make_line(join_fragments(words, rule)))
        .filter(|l| !l.pieces.is_empty())
        .collect();
    lines.sort_by(|a, b| a.center_y().total_cmp(&b.center_y()).then(a.bbox.x0.total_cmp(&b.bbox.x0)));
    lines
}

/// Heights below this share of the median are treated as the median when grouping
/// (zero-height boxes come from degenerate fonts).
fn effective_height(b: &BBox, median: f32) -> f32 {
    b.height().max(median * 0.1).max(f32::EPSILON)
}

struct Chain {
    words: Vec<Word>,
    last: BBox,
    bucket: i64,
}

/// Groups words into lines by vertical overlap with each line's last word.
fn chain_words(mut words: Vec<Word>) -> Vec<Vec<Word>> {
    if words.is_empty() {
        return Vec::new();
    }
    let median_h = median(words.iter().map(|w| w.bbox.height()).collect()).max(f32::EPSILON);
    words.sort_by(|a, b| a.bbox.x0.total_cmp(&b.bbox.x0).then(a.bbox.y0.total_cmp(&b.bbox.y0)));

    let bucket_of = |y: f32| -> i64 { (y / median_h).floor().clamp(-1e15, 1e15) as i64 };
    let mut chains: Vec<Chain> = Vec::new();
    let mut buckets: HashMap<i64, Vec<usize>> = HashMap::new();

    for word in words {
        let b = word.bbox;
        let h = effective_height(&b, median_h);
        let center = bucket_of((b.y0 + b.y1) / 2.0);
        let reach = ((h / median_h).ceil() as i64).clamp(1, 3);
        let mut best: Option<(usize, f32)> = None;
        for key in center - reach..=center + reach {
            let Some(ids) = buckets.get(&key) else { continue };
            for &id in ids.iter().rev().take(BUCKET_SCAN_LIMIT) {
                let Some(chain) = chains.get(id) else { continue };
                let smaller = h.min(effective_height(&chain.last, median_h));
                let share = b.vertical_overlap(&chain.last) / smaller;
                if share >= SAME_LINE_OVERLAP && best.is_none_or(|(_, s)| share > s) {
                    best = Some((id, share));
                }
            }
        }
        let new_bucket = center;
        match best.and_then(|(id, _)| chains.get_mut(id).map(|c| (id, c))) {
            Some((id, chain)) => {
                let old = chain.bucket;
                chain.last = b;
                chain.bucket = new_bucket;
                chain.words.push(word);
                if old != new_bucket {
                    if let Some(ids) = buckets.get_mut(&old) {
                        ids.retain(|&x| x != id);
                    }
                    buckets.entry(new_bucket).or_default().push(id);
                }
            }
            None => {
                buckets.entry(new_bucket).or_default().push(chains.len());
                chains.push(Chain { words: vec![word], last: b, bucket: new_bucket });
            }
        }
    }
    chains.into_iter().map(|c| c.words).collect()
}

fn make_line(pieces: Vec<Piece>) -> Line {
    let bbox = pieces.iter().map(|p| p.bbox).reduce(|a, b| a.union(&b)).unwrap_or(BBox {
        x0: 0.0,
        y0: 0.0,
        x1: 0.0,
        y1: 0.0,
    });
    // The line's band is the median top and bottom of its pieces: one tall OCR box
    // (or a stray mark) does not stretch it.
    let top = median(pieces.iter().map(|p| p.bbox.y0).collect());
    let bottom = median(pieces.iter().map(|p| p.bbox.y1).collect());
    Line { pieces, bbox, top, bottom: bottom.max(top) }
}

/// The median of some values (0 for none).
pub fn median(values: Vec<f32>) -> f32 {
    percentile(values, 0.5).unwrap_or(0.0)
}

/// The value below which `share` (0–1) of the values lie (0 for none).
pub fn percentile(mut values: Vec<f32>, share: f32) -> Option<f32> {
    values.retain(|v| v.is_finite());
    if values.is_empty() {
        return None;
    }
    values.sort_by(f32::total_cmp);
    let index = ((values.len() - 1) as f32 * share.clamp(0.0, 1.0)).round() as usize;
    values.get(index).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::WordBreaks;

    fn word(text: &str, x0: f32, y0: f32, x1: f32, y1: f32) -> Word {
        Word::new(text, BBox { x0, y0, x1, y1 })
    }

    fn page(words: Vec<Word>) -> PageWords {
        PageWords { number: 1, width: 600.0, height: 800.0, words, word_breaks: WordBreaks::Exact }
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.text()).collect()
    }

    #[test]
    fn words_on_two_baselines_make_two_lines_in_reading_order() {
        let p = page(vec![
            word("খ", 100.0, 120.0, 120.0, 135.0),
            word("ক", 70.0, 100.0, 90.0, 115.0),
            word("গ", 70.0, 120.0, 90.0, 135.0),
            word("ঘ", 100.0, 100.0, 120.0, 115.0),
        ]);
        assert_eq!(texts(&page_lines(&p, FragmentRule::default())), ["ক ঘ", "গ খ"]);
    }

    #[test]
    fn a_tall_ocr_box_does_not_merge_two_lines() {
        // "ক্ষি" with its tall ink box touches the line below, but by less than half.
        let p = page(vec![
            word("ক্ষি", 70.0, 92.0, 100.0, 121.0),
            word("সভা", 110.0, 100.0, 140.0, 115.0),
            word("নিচে", 70.0, 118.0, 100.0, 133.0),
        ]);
        assert_eq!(texts(&page_lines(&p, FragmentRule::default())), ["ক্ষি সভা", "নিচে"]);
    }

    #[test]
    fn a_slightly_skewed_line_stays_one_line() {
        // Each word 4 units lower than the one before: the whole run drifts by more
        // than a line height, but neighbours overlap.
        let words: Vec<Word> = (0..8)
            .map(|i| {
                let x = 70.0 + 40.0 * i as f32;
                let y = 100.0 + 4.0 * i as f32;
                word("শব্দ", x, y, x + 30.0, y + 15.0)
            })
            .collect();
        assert_eq!(page_lines(&page(words), FragmentRule::default()).len(), 1);
    }

    #[test]
    fn blank_words_are_ignored() {
        let p = page(vec![word("  ", 1.0, 1.0, 2.0, 2.0)]);
        assert!(page_lines(&p, FragmentRule::default()).is_empty());
    }

    #[test]
    fn percentile_and_median() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(percentile(vec![1.0, 2.0, 3.0, 4.0, 5.0], 0.0), Some(1.0));
        assert_eq!(percentile(vec![1.0, 2.0, 3.0, 4.0, 5.0], 1.0), Some(5.0));
        assert_eq!(percentile(vec![], 0.5), None);
    }
}
