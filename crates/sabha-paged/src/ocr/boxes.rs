//! Word boxes made to measure for the layout step.
//!
//! - **Stretched boxes**: on Bengali lines Tesseract's LSTM engine sometimes gives
//!   a word a box that runs on to the end of its line (`ইনোভেশন` 207–329 pt where
//!   the printed word ends at 256, covering `টিমের সভায় ৬`). Such a box hides the
//!   gaps the layout reads words, cells and columns from. A word's box cannot
//!   reach past the start of the next word of its line, so a stretched box is cut
//!   back to just before it, and never left wider than a generous width for its
//!   letters ([`repair_boxes`]).
//! - **Ink boxes to type boxes**: OCR boxes hug the ink, so a line of digits or of
//!   letters without signs above or below is half as tall as a full line, and a
//!   gap measured in "text heights" doubles there. A text layer gives every word
//!   of a line the font's box. [`type_boxes`] does the same for OCR: each word
//!   gets the page's typical ascent above its line's baseline and descent below
//!   it, scaled up for lines printed larger than the page's usual size. The
//!   baseline and sizes are Tesseract's (measured over a whole line, slope
//!   included, so a skewed scan keeps its slope); for a line without them the
//!   baseline is estimated from the bottoms of words with nothing below it.
//! - **Gaps**: OCR box edges wander by a couple of points (a glyph's faint hook
//!   missed, a stray mark taken in), enough to make a justified word space look
//!   like the gutter between two table columns. Tesseract's own lines settle it:
//!   within one of its lines, a gap narrower than [`LINE_GUTTER`] line heights with
//!   no ruling line in it is a word space and is narrowed to the page's usual
//!   space; a gap with a ruling line in it is a gutter and is widened to at least
//!   [`RULED_GUTTER`] ([`settle_gaps`]).

use super::model::{Baseline, OcrLine, OcrPage, OcrWord};
use crate::layout::lines::median;
use crate::words::BBox;

/// The widest a letter (a character that takes horizontal space) is, as a share
/// of the line height: printed Bengali letters measure 0.3–0.6.
const MAX_LETTER_WIDTH: f32 = 0.8;
/// The gap left before the next word, as a share of the line height (about a
/// word space).
const CUT_GAP: f32 = 0.15;

/// Lines with fewer words say little about the page's ascent and descent.
const FULL_LINE_WORDS: usize = 3;
/// Words on each side whose bottoms give a word's baseline (a rolling median, so
/// words reaching below the baseline do not move it, and a skewed line keeps its
/// slope).
const BASELINE_WINDOW: usize = 2;

/// Gives every word the page's type box around its baseline (see the module
/// documentation). Run after the clean-up, which reads ink heights.
pub fn type_boxes(page: &mut OcrPage) {
    let from_ink = TypeMetrics::of(page);
    let Some(usual) = TypeMetrics::of_baselines(page).or(from_ink) else { return };
    for line in &mut page.lines {
        match line.baseline {
            Some(baseline) => {
                let scale = heading_scale(baseline.size / usual.size());
                for word in &mut line.words {
                    let y = baseline.y_at(word.bbox.center_x());
                    word.bbox.y0 = y - usual.ascent * scale;
                    word.bbox.y1 = y + usual.descent * scale;
                }
            }
            None => ink_type_boxes(line, from_ink.unwrap_or(usual), usual),
        }
    }
}

/// A line printed this much larger than the page's usual line is a heading;
/// smaller differences are the noise of measuring.
const HEADING_SIZE: f32 = 1.25;

fn heading_scale(ratio: f32) -> f32 {
    if ratio >= HEADING_SIZE { ratio.min(3.0) } else { 1.0 }
}

/// Type boxes for a line Tesseract gave no baseline for: baselines estimated
/// from the word bottoms with `ink` metrics, boxes of the `usual` size.
fn ink_type_boxes(line: &mut OcrLine, ink: TypeMetrics, usual: TypeMetrics) {
    {
        let metrics = ink;
        let bottoms: Vec<f32> = line.words.iter().map(|w| metrics.baseline_of(w)).collect();
        let scale = metrics.scale_for(line);
        for (i, word) in line.words.iter_mut().enumerate() {
            let window =
                bottoms.get(i.saturating_sub(BASELINE_WINDOW)..(i + BASELINE_WINDOW + 1).min(bottoms.len()));
            let baseline = median(window.unwrap_or_default().to_vec());
            word.bbox.y0 = baseline - usual.ascent * scale;
            word.bbox.y1 = baseline + usual.descent * scale;
        }
    }
}

/// The page's typical line: how far type reaches above and below the baseline.
#[derive(Clone, Copy, Debug, PartialEq)]
struct TypeMetrics {
    ascent: f32,
    descent: f32,
}

impl TypeMetrics {
    /// The median of Tesseract's line measurements.
    fn of_baselines(page: &OcrPage) -> Option<TypeMetrics> {
        let baselines: Vec<Baseline> = page.lines.iter().filter_map(|l| l.baseline).collect();
        let size = median(baselines.iter().map(|b| b.size).collect());
        let descent = median(baselines.iter().map(|b| b.descenders).collect());
        (size > 0.0).then(|| TypeMetrics { ascent: (size - descent).max(size / 2.0), descent })
    }

    fn size(&self) -> f32 {
        (self.ascent + self.descent).max(f32::EPSILON)
    }

    /// Measured on lines with a few words: the baseline is where words without
    /// descending signs end; the descent is how far the others reach below it.
    fn of(page: &OcrPage) -> Option<TypeMetrics> {
        let full: Vec<&OcrLine> = page.lines.iter().filter(|l| l.words.len() >= FULL_LINE_WORDS).collect();
        let lines: Vec<&OcrLine> = if full.is_empty() { page.lines.iter().collect() } else { full };
        let mut ascents = Vec::with_capacity(lines.len());
        let mut descents = Vec::new();
        for line in lines {
            let resting: Vec<f32> =
                line.words.iter().filter(|w| !descends(&w.text)).map(|w| w.bbox.y1).collect();
            let Some(top) = line.words.iter().map(|w| w.bbox.y0).reduce(f32::min) else { continue };
            if resting.is_empty() {
                continue;
            }
            let baseline = median(resting);
            ascents.push(baseline - top);
            descents.extend(line.words.iter().filter(|w| descends(&w.text)).map(|w| w.bbox.y1 - baseline));
        }
        let ascent = median(ascents);
        (ascent > 0.0).then(|| TypeMetrics { ascent, descent: median(descents).max(0.0) })
    }

    /// Where a word's baseline is: its bottom, raised by the descent when it has a
    /// sign or letter reaching below the baseline.
    fn baseline_of(&self, word: &OcrWord) -> f32 {
        if descends(&word.text) { word.bbox.y1 - self.descent } else { word.bbox.y1 }
    }

    /// Lines whose ink reaches further than the page's usual line are printed
    /// larger (a heading); never smaller, since short glyphs alone look small.
    fn scale_for(&self, line: &OcrLine) -> f32 {
        let usual = self.ascent + self.descent;
        match extent(line) {
            Some((top, bottom)) if usual > 0.0 => ((bottom - top) / usual).clamp(1.0, 3.0),
            _ => 1.0,
        }
    }
}

/// Text whose ink reaches below the baseline: Bengali signs written below (ু ূ ৃ
/// ৄ, the nukta of য় ড় ঢ়, vocalic l signs), conjuncts stacked below a virama,
/// and Latin descenders.
fn descends(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            c,
            '\u{09C1}'
                ..='\u{09C4}'
                    | '\u{09BC}'
                    | '\u{09E2}'
                    | '\u{09E3}'
                    | '\u{09DC}'
                    | '\u{09DD}'
                    | '\u{09DF}'
                    | '\u{09CD}'
        ) || matches!(c, 'g' | 'j' | 'p' | 'q' | 'y' | '(' | ')' | ',' | ';' | 'Q' | '[' | ']' | '{' | '}')
    })
}

/// The top of the highest ink and the bottom of the lowest on a line.
fn extent(line: &OcrLine) -> Option<(f32, f32)> {
    let top = line.words.iter().map(|w| w.bbox.y0).reduce(f32::min)?;
    let bottom = line.words.iter().map(|w| w.bbox.y1).reduce(f32::max)?;
    Some((top, bottom))
}

/// Within one Tesseract line, gaps narrower than this many line heights are word
/// spaces unless a ruling line stands in them.
pub const LINE_GUTTER: f32 = 0.8;
/// A gap with a ruling line in it is at least this many line heights wide.
pub const RULED_GUTTER: f32 = 0.9;

/// Narrows word spaces to the page's usual space and widens ruled gutters (see
/// the module documentation). Run after [`type_boxes`]: heights are type heights.
pub fn settle_gaps(page: &mut OcrPage) {
    let verticals: Vec<BBox> = page.rules.iter().copied().filter(|r| r.height() > r.width()).collect();
    let ruled = |a: &OcrWord, b: &OcrWord| {
        verticals.iter().any(|r| {
            r.center_x() > a.bbox.x1 && r.center_x() < b.bbox.x0 && r.y0 < a.bbox.y1 && r.y1 > a.bbox.y0
        })
    };
    let mut spaces = Vec::new();
    for line in &page.lines {
        for pair in line.words.windows(2) {
            if let [a, b] = pair {
                let gap = b.bbox.x0 - a.bbox.x1;
                if gap > 0.0 && gap < LINE_GUTTER * a.bbox.height() && !ruled(a, b) {
                    spaces.push(gap);
                }
            }
        }
    }
    let usual = median(spaces);
    for line in &mut page.lines {
        for i in 1..line.words.len() {
            let (Some(a), Some(b)) = (line.words.get(i - 1), line.words.get(i)) else { continue };
            let height = a.bbox.height();
            let gap = b.bbox.x0 - a.bbox.x1;
            if ruled(a, b) {
                widen_gap(&mut line.words, i, RULED_GUTTER * height);
            } else if gap > usual && gap < LINE_GUTTER * height {
                // Extending the word before (its ink box missed a faint stroke, or
                // the word's advance) keeps every word's start where it was.
                if let Some(a) = line.words.get_mut(i - 1) {
                    a.bbox.x1 += gap - usual;
                }
            }
        }
    }
}

/// Widens the gap before word `i` to `wanted` by trimming the two facing edges,
/// never by more than a third of either word.
fn widen_gap(words: &mut [OcrWord], i: usize, wanted: f32) {
    let (Some(left), Some(right)) = (words.get(i.wrapping_sub(1)), words.get(i)) else { return };
    let gap = right.bbox.x0 - left.bbox.x1;
    if gap >= wanted {
        return;
    }
    let each = (wanted - gap) / 2.0;
    let (left_cut, right_cut) = (each.min(left.bbox.width() / 3.0), each.min(right.bbox.width() / 3.0));
    if let Some(left) = words.get_mut(i.wrapping_sub(1)) {
        left.bbox.x1 -= left_cut;
    }
    if let Some(right) = words.get_mut(i) {
        right.bbox.x0 += right_cut;
    }
}

/// Cuts back stretched boxes on every line of the page; returns how many.
pub fn repair_boxes(page: &mut OcrPage) -> usize {
    page.lines.iter_mut().map(repair_line).sum()
}

fn repair_line(line: &mut OcrLine) -> usize {
    let height = median(line.words.iter().map(|w| w.bbox.height()).collect()).max(1.0);
    let starts: Vec<Option<f32>> =
        line.words.iter().skip(1).map(|w| Some(w.bbox.x0)).chain(std::iter::once(None)).collect();
    let mut repaired = 0;
    for (word, next_start) in line.words.iter_mut().zip(starts) {
        let Some(next_start) = next_start else { continue };
        if word.bbox.x1 <= next_start || next_start <= word.bbox.x0 {
            continue;
        }
        let widest = word.bbox.x0 + letters(&word.text) as f32 * MAX_LETTER_WIDTH * height;
        let before_next = next_start - CUT_GAP * height;
        let mut end = before_next.min(widest);
        if end <= word.bbox.x0 {
            end = (word.bbox.x0 + next_start) / 2.0;
        }
        if end < word.bbox.x1 {
            word.bbox.x1 = end;
            repaired += 1;
        }
    }
    repaired
}

/// Characters that take horizontal space: not the virama, nukta, candrabindu or
/// joiners.
fn letters(text: &str) -> usize {
    text.chars()
        .filter(|c| !matches!(c, '\u{09CD}' | '\u{09BC}' | '\u{0981}' | '\u{200C}' | '\u{200D}'))
        .count()
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ocr::model::OcrWord;
    use crate::words::BBox;

    fn word(text: &str, x0: f32, x1: f32) -> OcrWord {
        OcrWord { text: text.into(), bbox: BBox { x0, y0: 100.0, x1, y1: 115.6 }, confidence: 90.0 }
    }

    fn ends(line: &OcrLine) -> Vec<f32> {
        line.words.iter().map(|w| w.bbox.x1).collect()
    }

    #[test]
    fn a_box_running_over_the_next_words_is_cut_before_them() {
        // Measured on a 300-dpi render of the corpus (in points).
        let mut page = OcrPage {
            lines: vec![OcrLine {
                words: vec![
                    word("ইনোভেশন", 207.0, 329.0),
                    word("টিমের", 258.0, 287.0),
                    word("সভায়", 292.0, 319.0),
                ],
                baseline: None,
            }],
            ..OcrPage::default()
        };
        assert_eq!(repair_boxes(&mut page), 1);
        let line = &page.lines[0];
        assert!((line.words[0].bbox.x1 - (258.0 - 0.15 * 15.6)).abs() < 0.01, "{:?}", ends(line));
        assert_eq!(ends(line)[1..], [287.0, 319.0]);
    }

    #[test]
    fn a_stretched_box_is_never_wider_than_its_letters_allow() {
        // The next word is far away (another column): the cut is the letters' width.
        let mut line = OcrLine {
            words: vec![word("তা", 100.0, 500.0), word("সভা", 450.0, 480.0)],
            baseline: None,
        };
        assert_eq!(repair_line(&mut line), 1);
        let x1 = line.words[0].bbox.x1;
        assert!((x1 - (100.0 + 2.0 * MAX_LETTER_WIDTH * 15.6)).abs() < 0.01, "{x1}");
    }

    fn inked(text: &str, x0: f32, y0: f32, x1: f32, y1: f32) -> OcrWord {
        OcrWord { text: text.into(), bbox: BBox { x0, y0, x1, y1 }, confidence: 90.0 }
    }

    #[test]
    fn a_line_of_short_glyphs_gets_the_same_type_box_as_a_full_line() {
        // A full line: signs above (ি) and below (ু) reach 10 above and 8 below the
        // headline-to-baseline body of 100..130; then a row of digits on 200..225.
        let full = OcrLine {
            words: vec![
                inked("কিছু", 10.0, 90.0, 60.0, 138.0),
                inked("সভার", 70.0, 100.0, 120.0, 130.0),
                inked("কাজ", 130.0, 100.0, 170.0, 130.0),
            ],
            baseline: None,
        };
        let digits = OcrLine {
            words: vec![inked("১", 10.0, 203.0, 20.0, 230.0), inked("২", 60.0, 203.0, 70.0, 230.0)],
            baseline: None,
        };
        let mut page = OcrPage { lines: vec![full, digits], ..OcrPage::default() };
        type_boxes(&mut page);
        for w in &page.lines[0].words {
            assert_eq!((w.bbox.y0, w.bbox.y1), (90.0, 138.0), "{}", w.text);
        }
        for w in &page.lines[1].words {
            assert_eq!((w.bbox.y0, w.bbox.y1), (190.0, 238.0), "{}", w.text);
        }
        assert_eq!(page.lines[0].words[1].bbox.x0, 70.0, "x is kept");
    }

    #[test]
    fn tesseract_baselines_give_every_line_the_page_type_box() {
        let baseline =
            |y: f32, size: f32| Some(Baseline { x0: 0.0, y_at_x0: y, slope: 0.01, size, descenders: 12.0 });
        let line = |y: f32, size: f32| OcrLine {
            words: vec![inked("১", 0.0, y - 30.0, 20.0, y), inked("সভা", 100.0, y - 35.0, 180.0, y + 2.0)],
            baseline: baseline(y, size),
        };
        // Two body lines of 60 (one measured a little small) and a heading of 120.
        let mut page = OcrPage {
            lines: vec![line(100.0, 60.0), line(200.0, 56.0), line(300.0, 120.0)],
            ..OcrPage::default()
        };
        page.lines.push(line(400.0, 60.0));
        type_boxes(&mut page);
        let digit = page.lines[0].words[0].bbox;
        assert!((digit.y0 - (100.1 - 48.0)).abs() < 0.01 && (digit.y1 - 112.1).abs() < 0.01, "{digit:?}");
        let word = page.lines[1].words[1].bbox;
        assert!((word.height() - 60.0).abs() < 0.01, "noise in the size is ignored: {word:?}");
        assert!((word.y1 - (201.4 + 12.0)).abs() < 0.01, "the slope is followed: {word:?}");
        assert!((page.lines[2].words[0].bbox.height() - 120.0).abs() < 0.01);
    }

    #[test]
    fn a_skewed_line_keeps_its_slope() {
        let words: Vec<OcrWord> = (0..6)
            .map(|i| {
                let x = 100.0 * i as f32;
                let y = 100.0 + 5.0 * i as f32;
                inked("সভা", x, y, x + 80.0, y + 30.0)
            })
            .collect();
        let mut page = OcrPage { lines: vec![OcrLine { words, baseline: None }], ..OcrPage::default() };
        type_boxes(&mut page);
        let bottoms: Vec<f32> = page.lines[0].words.iter().map(|w| w.bbox.y1).collect();
        assert!(bottoms.windows(2).all(|p| p[1] >= p[0]), "{bottoms:?}");
        assert!(bottoms[5] - bottoms[0] >= 15.0, "{bottoms:?}");
    }

    #[test]
    fn a_heading_printed_larger_gets_a_larger_box() {
        let body = |y: f32| OcrLine {
            words: (0..3)
                .map(|i| inked("সভা", 100.0 * i as f32, y, 100.0 * i as f32 + 80.0, y + 30.0))
                .collect(),
            baseline: None,
        };
        let heading = OcrLine {
            words: (0..3)
                .map(|i| inked("সভা", 150.0 * i as f32, 0.0, 150.0 * i as f32 + 120.0, 60.0))
                .collect(),
            baseline: None,
        };
        let mut page =
            OcrPage { lines: vec![heading, body(100.0), body(150.0), body(200.0)], ..OcrPage::default() };
        type_boxes(&mut page);
        let h = |l: usize| page.lines[l].words[0].bbox.height();
        assert!((h(0) - 2.0 * h(1)).abs() < 0.01, "{} vs {}", h(0), h(1));
    }

    fn page_of(lines: Vec<Vec<OcrWord>>) -> OcrPage {
        OcrPage {
            lines: lines.into_iter().map(|words| OcrLine { words, baseline: None }).collect(),
            ..OcrPage::default()
        }
    }

    #[test]
    fn word_spaces_in_a_line_are_settled_and_gutters_kept() {
        // Spaces of 3 with one of 7 (a box that missed a faint stroke), then a
        // gutter of 40 between two cells.
        let mut page = page_of(vec![vec![
            word("ক", 0.0, 30.0),
            word("খ", 33.0, 60.0),
            word("গ", 67.0, 90.0),
            word("ঘ", 93.0, 110.0),
            word("ঙ", 150.0, 170.0),
        ]]);
        settle_gaps(&mut page);
        let ends: Vec<(f32, f32)> = page.lines[0].words.iter().map(|w| (w.bbox.x0, w.bbox.x1)).collect();
        assert_eq!(ends, [(0.0, 30.0), (33.0, 64.0), (67.0, 90.0), (93.0, 110.0), (150.0, 170.0)]);
    }

    #[test]
    fn a_gap_with_a_ruling_line_in_it_is_widened() {
        let mut page =
            page_of(vec![vec![word("ক", 0.0, 30.0), word("খ", 34.0, 60.0), word("গ", 63.0, 90.0)]]);
        page.rules.push(BBox { x0: 31.0, y0: 0.0, x1: 33.0, y1: 500.0 });
        settle_gaps(&mut page);
        let w = &page.lines[0].words;
        let gap = w[1].bbox.x0 - w[0].bbox.x1;
        assert!((gap - RULED_GUTTER * 15.6).abs() < 0.01, "{gap}");
        assert_eq!(w[2].bbox.x0, 63.0);
    }

    #[test]
    fn boxes_that_do_not_overlap_are_kept() {
        let mut line = OcrLine {
            words: vec![word("সভা", 100.0, 130.0), word("শেষ", 135.0, 160.0)],
            baseline: None,
        };
        assert_eq!(repair_line(&mut line), 0);
        assert_eq!(ends(&line), [130.0, 160.0]);
    }

    #[test]
    fn a_next_word_starting_before_this_one_is_left_alone() {
        // Out-of-order boxes say nothing about this word's end.
        let mut line = OcrLine {
            words: vec![word("সভা", 100.0, 130.0), word("শেষ", 90.0, 95.0)],
            baseline: None,
        };
        assert_eq!(repair_line(&mut line), 0);
    }
}
