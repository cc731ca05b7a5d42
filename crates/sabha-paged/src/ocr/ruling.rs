//! A table's vertical ruling lines, found in the page image and erased before OCR.
//!
//! Tesseract reads a ruled table badly: a glyph that stands close to a vertical
//! ruling line is merged with it into one blob and lost (the serial numbers `২.`
//! of a narrow first column come out as `.`), and marks on the lines come out as
//! `|`, `1`, `l` glued to the cells' words (`১1৩/০1১`). So a rendered page is
//! looked at first: long straight runs of dark pixels are ruling lines (a
//! horizontal one runs across a good part of the page, a vertical one down a good
//! part of it; no stroke of a letter does either). When the page holds both kinds
//! (a grid), the vertical lines are painted white and handed on as the page's
//! rules, which later steps use as the gutters between cells. The horizontal
//! lines are left: Tesseract's page segmentation keeps a table's rows and cells
//! apart by them, and drops whole columns of a table whose lines are all gone.
//!
//! A scan is never perfectly straight: a rule drifts by a pixel every few dozen,
//! so dark pixels are looked for a couple of pixels to either side of a run.

use super::model::{Baseline, OcrLine, OcrPage, OcrWord};
use crate::words::BBox;

/// A pixel darker than this (0 black – 255 white) is ink.
const INK: u8 = 140;
/// A pixel darker than this is part of a mark (a faint stroke of a letter
/// included).
const MARK: u8 = 200;
/// A horizontal rule runs at least this share of the page's width (a word's
/// headline, the longest straight stroke of Bengali type, is far shorter).
const MIN_HORIZONTAL: f32 = 0.25;
/// A vertical rule runs at least this share of the page's height (several lines
/// of text).
const MIN_VERTICAL: f32 = 0.08;
/// Pixels either side of a run still count for it (a rule on a skewed scan steps
/// sideways).
const DRIFT: usize = 2;
/// Erased pixels reach this far around a rule (its grey, anti-aliased edge).
const EDGE: usize = 3;
/// A rule this share of a word's width inside its box is spill at its edge.
const EDGE_SHARE: f32 = 0.25;
/// A grid has at least this many vertical rules (a table's two sides).
const MIN_VERTICAL_RULES: usize = 2;

/// A greyscale image, row by row, one byte a pixel.
#[derive(Clone, Debug, PartialEq)]
pub struct Gray {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Gray {
    /// Reads a binary PGM (`P5`, at most 8 bits a pixel), as `pdftoppm -gray`
    /// writes it; `None` for anything else.
    pub fn from_pgm(bytes: &[u8]) -> Option<Gray> {
        let mut fields = Vec::with_capacity(4);
        let mut at = 0;
        while fields.len() < 4 {
            at += bytes.get(at..)?.iter().take_while(|b| b.is_ascii_whitespace()).count();
            if bytes.get(at) == Some(&b'#') {
                at += bytes.get(at..)?.iter().take_while(|&&b| b != b'\n').count();
                continue;
            }
            let len = bytes.get(at..)?.iter().take_while(|b| !b.is_ascii_whitespace()).count();
            fields.push(std::str::from_utf8(bytes.get(at..at + len)?).ok()?);
            at += len;
        }
        let [magic, width, height, max] = fields.as_slice() else { return None };
        let (width, height, max): (usize, usize, u16) =
            (width.parse().ok()?, height.parse().ok()?, max.parse().ok()?);
        if *magic != "P5" || max == 0 || max > 255 {
            return None;
        }
        // One whitespace byte ends the header.
        let start = at + 1;
        let pixels = bytes.get(start..start.checked_add(width.checked_mul(height)?)?)?.to_vec();
        Some(Gray { width, height, pixels })
    }

    /// The image as a binary PGM.
    pub fn to_pgm(&self) -> Vec<u8> {
        let mut out = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        out.extend_from_slice(&self.pixels);
        out
    }

    fn ink(&self, x: usize, y: usize) -> bool {
        self.pixels.get(y * self.width + x).is_some_and(|&p| p < INK)
    }
}

/// The ruling lines of a page image and the pixels of its vertical ones.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rules {
    /// Each rule's box, in pixels.
    pub lines: Vec<BBox>,
    /// Per pixel, row by row: ink of a vertical rule.
    mask: Vec<bool>,
}

impl Rules {
    /// True when the rules make a grid: a horizontal rule and two vertical ones.
    pub fn is_grid(&self) -> bool {
        let vertical = self.lines.iter().filter(|r| r.height() > r.width()).count();
        vertical >= MIN_VERTICAL_RULES && self.lines.len() > vertical
    }

    /// The vertical rules.
    pub fn verticals(&self) -> Vec<BBox> {
        self.lines.iter().filter(|r| r.height() > r.width()).copied().collect()
    }
}

/// Finds the ruling lines of `image`.
pub fn find_rules(image: &Gray) -> Rules {
    let (w, h) = (image.width, image.height);
    let min_h = ((w as f32 * MIN_HORIZONTAL) as usize).max(1);
    let min_v = ((h as f32 * MIN_VERTICAL) as usize).max(1);
    let horizontal = straight_runs(h, w, min_h, |y, x| image.ink(x, y));
    let vertical = straight_runs(w, h, min_v, |x, y| image.ink(x, y));
    let mut mask = vec![false; w * h];
    for &(x, y0, y1) in &vertical {
        for y in (y0..y1).filter(|&y| image.ink(x, y)) {
            if let Some(m) = mask.get_mut(y * w + x) {
                *m = true;
            }
        }
    }
    let mut lines: Vec<BBox> =
        merge_runs(&horizontal).into_iter().map(|(y0, y1, x0, x1)| BBox { x0, y0, x1, y1 }).collect();
    lines.extend(merge_runs(&vertical).into_iter().map(|(x0, x1, y0, y1)| BBox { x0, y0, x1, y1 }));
    Rules { lines, mask }
}

/// The straight runs of ink along each of `lines` lines of `len` pixels (rows or
/// columns), at least `min` long, as `(line, from, to)`: ink is looked for
/// [`DRIFT`] lines to either side, and the run must hold ink on its own line.
/// `ink(line, position)`.
fn straight_runs(
    lines: usize,
    len: usize,
    min: usize,
    ink: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    for line in 0..lines {
        let near = line.saturating_sub(DRIFT)..=(line + DRIFT).min(lines.saturating_sub(1));
        for (from, to) in runs(len, min, |p| near.clone().any(|l| ink(l, p))) {
            if (from..to).any(|p| ink(line, p)) {
                found.push((line, from, to));
            }
        }
    }
    found
}

/// The runs of at least `min` consecutive positions in `0..len` where `on` holds,
/// as half-open ranges.
fn runs(len: usize, min: usize, on: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for i in 0..=len {
        match (start, i < len && on(i)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                if i - s >= min {
                    out.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Runs `(across, from, to)` found line by line (rows for horizontal rules,
/// columns for vertical ones), in order of `across`, merged into rules: a run
/// joins a rule that reached the line before and overlaps it along. Returns
/// `(across_from, across_to, along_from, along_to)` per rule.
fn merge_runs(found: &[(usize, usize, usize)]) -> Vec<(f32, f32, f32, f32)> {
    // (first line, last line, from, to)
    let mut done: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut open: Vec<(usize, usize, usize, usize)> = Vec::new();
    for &(at, from, to) in found {
        let (stale, live): (Vec<_>, Vec<_>) = open.into_iter().partition(|r| r.1 + 1 < at);
        done.extend(stale);
        open = live;
        match open.iter_mut().find(|r| r.1 + 1 >= at && r.2 < to && from < r.3) {
            Some(rule) => *rule = (rule.0, at, rule.2.min(from), rule.3.max(to)),
            None => open.push((at, at, from, to)),
        }
    }
    done.extend(open);
    done.into_iter().map(|(a, b, c, d)| (a as f32, (b + 1) as f32, c as f32, d as f32)).collect()
}

/// Paints the vertical rules' pixels, and the grey edge around them, white.
pub fn erase(image: &mut Gray, rules: &Rules) {
    let (w, h) = (image.width, image.height);
    if rules.mask.len() != w * h {
        return;
    }
    let grown = dilate(&dilate(&rules.mask, w, h, 1, w), w, h, w, 1);
    for (pixel, erase) in image.pixels.iter_mut().zip(grown) {
        if erase {
            *pixel = 255;
        }
    }
}

/// Grows a mask by [`EDGE`] pixels along one axis: `step` apart within lines of
/// `line` length (`1, w` for rows, `w, 1` for columns).
fn dilate(mask: &[bool], w: usize, h: usize, step: usize, stride: usize) -> Vec<bool> {
    let mut out = mask.to_vec();
    let (lines, len) = if step == 1 { (h, w) } else { (w, h) };
    for l in 0..lines {
        let at = |i: usize| l * stride + i * step;
        let mut last_on: Option<usize> = None;
        // Forward pass reaches right/down, backward pass left/up.
        for i in 0..len {
            if mask.get(at(i)).copied().unwrap_or(false) {
                last_on = Some(i);
            }
            if last_on.is_some_and(|o| i - o <= EDGE) {
                if let Some(p) = out.get_mut(at(i)) {
                    *p = true;
                }
            }
        }
        let mut next_on: Option<usize> = None;
        for i in (0..len).rev() {
            if mask.get(at(i)).copied().unwrap_or(false) {
                next_on = Some(i);
            }
            if next_on.is_some_and(|o| o - i <= EDGE) {
                if let Some(p) = out.get_mut(at(i)) {
                    *p = true;
                }
            }
        }
    }
    out
}

/// Trims the box of a word that starts or ends a cell to the ink inside it (any
/// mark darker than `MARK`), within the rules beside it: Tesseract's boxes of
/// words next to a (now erased) rule start and end somewhere in the cell's white
/// padding, or spill across the rule into the next cell, which hides the gutter
/// between the two. A side of a box is trimmed when a vertical rule stands within
/// a line height outside it, or inside it near that edge.
pub fn fit_to_ink(page: &mut OcrPage, image: &Gray, rules: &[BBox]) {
    let verticals: Vec<&BBox> = rules.iter().filter(|r| r.height() > r.width()).collect();
    for word in page.lines.iter_mut().flat_map(|l| l.words.iter_mut()) {
        let b = word.bbox;
        let (reach, edge) = (b.height(), EDGE_SHARE * b.width());
        let beside: Vec<&&BBox> = verticals.iter().filter(|r| r.y0 < b.y1 && r.y1 > b.y0).collect();
        let left = beside
            .iter()
            .filter(|r| (b.x0 - reach..=b.x0 + edge).contains(&r.center_x()))
            .map(|r| r.x1.max(b.x0))
            .reduce(f32::max);
        let right = beside
            .iter()
            .filter(|r| (b.x1 - edge..=b.x1 + reach).contains(&r.center_x()))
            .map(|r| r.x0.min(b.x1))
            .reduce(f32::min);
        if left.is_none() && right.is_none() {
            continue;
        }
        let within = BBox { x0: left.unwrap_or(b.x0), x1: right.unwrap_or(b.x1), ..b };
        if within.width() <= 0.0 {
            continue;
        }
        let Some((first, last)) = ink_columns(image, &within) else { continue };
        if left.is_some() {
            word.bbox.x0 = within.x0.max(first as f32);
        }
        if right.is_some() {
            word.bbox.x1 = within.x1.min((last + 1) as f32);
        }
    }
}

/// Drops the words whose box holds no mark once the vertical rules are erased:
/// Tesseract read them off a rule (`-`, `৷`, `|` a little beside the line, where
/// the stroke clean-up cannot tell them from punctuation). Returns how many.
pub fn drop_rule_readings(page: &mut OcrPage, erased: &Gray) -> usize {
    let mut dropped = 0;
    for line in &mut page.lines {
        line.words.retain(|w| {
            let keep = ink_columns(erased, &w.bbox).is_some();
            dropped += usize::from(!keep);
            keep
        });
    }
    dropped
}

/// The first and last pixel columns inside `b` that hold a mark.
fn ink_columns(image: &Gray, b: &BBox) -> Option<(usize, usize)> {
    let clamp = |v: f32, max: usize| (v.max(0.0) as usize).min(max);
    let (x0, x1) = (clamp(b.x0.floor(), image.width), clamp(b.x1.ceil(), image.width));
    let (y0, y1) = (clamp(b.y0.floor(), image.height), clamp(b.y1.ceil(), image.height));
    let marked =
        |x: usize| (y0..y1).any(|y| image.pixels.get(y * image.width + x).is_some_and(|&p| p < MARK));
    let first = (x0..x1).find(|&x| marked(x))?;
    let last = (first..x1).rev().find(|&x| marked(x)).unwrap_or(first);
    Some((first, last))
}

/// A word of the second reading overlaps a word of the first by at least this
/// share of the smaller box when both read the same ink.
const SAME_INK: f32 = 0.2;
/// A word of the first reading lies inside one of the second by at least this
/// share of its box when it is a piece of it.
const PIECE_INSIDE: f32 = 0.6;

/// Bounds the work of merging two readings of a page (word pairs are compared).
const MAX_MERGED_WORDS: usize = 5000;

/// Adds to `first` (a page read with its rules) what `second` (the same page
/// read with its vertical rules erased) found and `first` missed: a word over
/// ink no word of `first` covers is added to the line of `first` it stands in
/// (or as a line of its own); a word of which `first` read only pieces
/// (`.` of `২.`, the rest lost to the rule beside it), or read across one of the
/// vertical `rules` (`[মান`, the rule read as `[`), takes their place. Where
/// both read a word whole, `first`'s reading stays: erasing the rules makes
/// Tesseract drop other parts of a table, so the second reading only fills gaps.
/// Pages of more than `MAX_MERGED_WORDS` words are left as first read.
pub fn add_missed_words(first: &mut OcrPage, second: OcrPage, rules: &[BBox]) -> usize {
    if first.words().count() > MAX_MERGED_WORDS || second.words().count() > MAX_MERGED_WORDS {
        return 0;
    }
    let verticals: Vec<&BBox> = rules.iter().filter(|r| r.height() > r.width()).collect();
    let across_rule = |b: &BBox| {
        verticals.iter().any(|r| r.center_x() > b.x0 && r.center_x() < b.x1 && r.y0 < b.y1 && r.y1 > b.y0)
    };
    let mut added = 0;
    for line in second.lines {
        for word in line.words {
            if word.text.trim().is_empty() {
                continue;
            }
            let covered: Vec<(usize, usize)> = first
                .lines
                .iter()
                .enumerate()
                .flat_map(|(l, ln)| ln.words.iter().enumerate().map(move |(w, wd)| ((l, w), wd)))
                .filter(|(_, w)| overlap(&w.bbox, &word.bbox) >= SAME_INK)
                .map(|(at, _)| at)
                .collect();
            let pieces = |&(l, w): &(usize, usize)| {
                first.lines.get(l).and_then(|ln| ln.words.get(w)).is_some_and(|p| {
                    let piece = inside(&p.bbox, &word.bbox) >= PIECE_INSIDE
                        && p.text.chars().count() < word.text.chars().count();
                    piece || (across_rule(&p.bbox) && !across_rule(&word.bbox))
                })
            };
            if !covered.iter().all(pieces) {
                continue;
            }
            // Pieces go, last first so the indices stay good.
            for &(l, w) in covered.iter().rev() {
                if let Some(ln) = first.lines.get_mut(l) {
                    if w < ln.words.len() {
                        ln.words.remove(w);
                    }
                }
            }
            place_word(first, word, line.baseline);
            added += 1;
        }
    }
    first.lines.retain(|l| !l.words.is_empty());
    added
}

/// Puts `word` into the line of `page` it overlaps most, in reading order, or
/// into a line of its own with `baseline`.
fn place_word(page: &mut OcrPage, word: OcrWord, baseline: Option<Baseline>) {
    let best = page
        .lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let share = l.words.iter().map(|w| w.bbox.vertical_overlap(&word.bbox)).fold(0.0, f32::max);
            (share > 0.5 * word.bbox.height()).then_some((i, share))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i);
    match best.and_then(|i| page.lines.get_mut(i)) {
        Some(line) => {
            let at = line.words.iter().take_while(|w| w.bbox.x0 < word.bbox.x0).count();
            line.words.insert(at, word);
        }
        None => page.lines.push(OcrLine { words: vec![word], baseline }),
    }
}

fn intersection(a: &BBox, b: &BBox) -> f32 {
    let w = (a.x1.min(b.x1) - a.x0.max(b.x0)).max(0.0);
    let h = (a.y1.min(b.y1) - a.y0.max(b.y0)).max(0.0);
    w * h
}

fn area(b: &BBox) -> f32 {
    (b.width() * b.height()).max(f32::EPSILON)
}

/// The overlap of two boxes as a share of the smaller.
fn overlap(a: &BBox, b: &BBox) -> f32 {
    intersection(a, b) / area(a).min(area(b))
}

/// The share of `inner`'s box inside `outer`.
fn inside(inner: &BBox, outer: &BBox) -> f32 {
    intersection(inner, outer) / area(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A white page with a ruled two-by-two grid and a letter-sized blob.
    fn grid_page() -> Gray {
        let (width, height) = (400, 400);
        let mut pixels = vec![255u8; width * height];
        let mut ink = |x: usize, y: usize| pixels[y * width + x] = 0;
        for x in 50..350 {
            for y in [50, 51, 200, 350, 351] {
                ink(x, y);
            }
        }
        for y in 50..352 {
            for x in [50, 51, 200, 349] {
                ink(x, y);
            }
        }
        // A "letter" touching the middle rule: kept.
        for x in 190..200 {
            for y in 100..120 {
                ink(x, y);
            }
        }
        Gray { width, height, pixels }
    }

    #[test]
    fn a_pgm_is_read_and_written_back() {
        let page = grid_page();
        let bytes = page.to_pgm();
        assert_eq!(Gray::from_pgm(&bytes), Some(page));
        let commented = b"P5\n# pdftoppm\n2 1\n255\n\x00\xff";
        assert_eq!(Gray::from_pgm(commented).map(|g| g.pixels), Some(vec![0, 255]));
    }

    #[test]
    fn anything_but_an_8_bit_pgm_is_refused() {
        assert_eq!(Gray::from_pgm(b""), None);
        assert_eq!(Gray::from_pgm(b"P6\n1 1\n255\n\x00\x00\x00"), None);
        assert_eq!(Gray::from_pgm(b"P5\n1 1\n65535\n\x00\x00"), None);
        assert_eq!(Gray::from_pgm(b"P5\n4 4\n255\n\x00"), None, "truncated");
        assert_eq!(Gray::from_pgm(b"P5\n99999999999 99999999999\n255\n"), None);
    }

    #[test]
    fn the_rules_of_a_grid_are_found_and_letters_are_not() {
        let rules = find_rules(&grid_page());
        assert!(rules.is_grid());
        let horizontal: Vec<&BBox> = rules.lines.iter().filter(|r| r.width() > r.height()).collect();
        let vertical: Vec<&BBox> = rules.lines.iter().filter(|r| r.height() > r.width()).collect();
        assert_eq!(horizontal.len(), 3, "{horizontal:?}");
        assert_eq!(vertical.len(), 3, "{vertical:?}");
        assert!(vertical.iter().any(|r| r.x0 <= 200.0 && r.x1 >= 201.0 && r.y1 - r.y0 > 290.0));
    }

    #[test]
    fn erasing_leaves_the_letter_beside_a_rule() {
        let mut page = grid_page();
        let rules = find_rules(&page);
        erase(&mut page, &rules);
        assert!(page.ink(192, 110), "the letter stays");
        assert!(!page.ink(200, 300), "the vertical rules go");
        assert!(page.ink(300, 200), "the horizontal ones stay");
    }

    #[test]
    fn a_skewed_rule_is_found_whole() {
        let (width, height) = (400, 400);
        let mut pixels = vec![255u8; width * height];
        // Drifts one pixel right every 40 down.
        for y in 20..380 {
            let x = 100 + y / 40;
            pixels[y * width + x] = 0;
            pixels[y * width + x + 1] = 0;
        }
        let rules = find_rules(&Gray { width, height, pixels });
        assert_eq!(rules.lines.len(), 1, "{:?}", rules.lines);
        assert!(rules.lines[0].height() > 350.0);
    }

    #[test]
    fn word_boxes_are_fitted_to_their_ink() {
        let (width, height) = (100, 40);
        let mut pixels = vec![255u8; width * height];
        for x in 30..50 {
            pixels[20 * width + x] = 0;
        }
        let word = |x0: f32, x1: f32| OcrWord {
            text: "ক".into(),
            bbox: BBox { x0, y0: 10.0, x1, y1: 30.0 },
            confidence: 90.0,
        };
        let mut page = OcrPage {
            lines: vec![OcrLine { words: vec![word(10.0, 60.0), word(70.0, 90.0)], baseline: None }],
            ..OcrPage::default()
        };
        let image = Gray { width, height, pixels };
        let mut unruled = page.clone();
        fit_to_ink(&mut unruled, &image, &[]);
        assert_eq!(unruled, page, "no rule beside: left as read");
        // A rule at x = 5 left of the first word, one at x = 95 right of the second.
        let rules =
            [BBox { x0: 4.0, y0: 0.0, x1: 6.0, y1: 40.0 }, BBox { x0: 94.0, y0: 0.0, x1: 96.0, y1: 40.0 }];
        fit_to_ink(&mut page, &image, &rules);
        assert_eq!(page.lines[0].words[0].bbox, BBox { x0: 30.0, y0: 10.0, x1: 60.0, y1: 30.0 });
        assert_eq!(page.lines[0].words[1].bbox.x0, 70.0, "no ink: left as read");
        // A box spilling across a rule near its left edge starts after the rule.
        let mut spilled = OcrPage {
            lines: vec![OcrLine { words: vec![word(1.0, 55.0)], baseline: None }],
            ..OcrPage::default()
        };
        let mut image = image;
        image.pixels[20 * width + 3] = 0;
        fit_to_ink(&mut spilled, &image, &rules[..1]);
        assert_eq!(spilled.lines[0].words[0].bbox.x0, 30.0);
    }

    fn word(text: &str, x0: f32, x1: f32) -> OcrWord {
        OcrWord { text: text.into(), bbox: BBox { x0, y0: 100.0, x1, y1: 140.0 }, confidence: 90.0 }
    }

    fn texts(page: &OcrPage) -> Vec<Vec<&str>> {
        page.lines.iter().map(|l| l.words.iter().map(|w| w.text.as_str()).collect()).collect()
    }

    #[test]
    fn words_the_first_reading_missed_are_added_and_pieces_replaced() {
        let line = |words| OcrLine { words, baseline: None };
        let mut first = OcrPage {
            lines: vec![line(vec![word(".", 130.0, 136.0), word("সভার", 200.0, 300.0)])],
            ..OcrPage::default()
        };
        let second = OcrPage {
            lines: vec![line(vec![
                word("২.", 100.0, 136.0),
                word("সভা", 205.0, 290.0),
                word("হার", 400.0, 450.0),
            ])],
            ..OcrPage::default()
        };
        assert_eq!(add_missed_words(&mut first, second, &[]), 2);
        assert_eq!(texts(&first), [vec!["২.", "সভার", "হার"]]);
    }

    #[test]
    fn a_word_read_across_a_rule_gives_way_to_the_reading_without_it() {
        let line = |words| OcrLine { words, baseline: None };
        let mut first =
            OcrPage { lines: vec![line(vec![word("[মান", 95.0, 160.0)])], ..OcrPage::default() };
        let second =
            OcrPage { lines: vec![line(vec![word("মান", 110.0, 160.0)])], ..OcrPage::default() };
        let rule = [BBox { x0: 100.0, y0: 0.0, x1: 102.0, y1: 500.0 }];
        let mut kept = first.clone();
        assert_eq!(add_missed_words(&mut kept, second.clone(), &[]), 0, "no rule: the first reading stays");
        assert_eq!(add_missed_words(&mut first, second, &rule), 1);
        assert_eq!(texts(&first), [vec!["মান"]]);
    }

    #[test]
    fn a_word_on_no_line_of_the_first_reading_gets_its_own() {
        let mut first = OcrPage {
            lines: vec![OcrLine { words: vec![word("ক", 0.0, 50.0)], baseline: None }],
            ..OcrPage::default()
        };
        let mut below = word("খ", 0.0, 50.0);
        below.bbox.y0 += 100.0;
        below.bbox.y1 += 100.0;
        let second =
            OcrPage { lines: vec![OcrLine { words: vec![below], baseline: None }], ..OcrPage::default() };
        assert_eq!(add_missed_words(&mut first, second, &[]), 1);
        assert_eq!(texts(&first), [vec!["ক"], vec!["খ"]]);
    }

    #[test]
    fn words_read_off_an_erased_rule_are_dropped() {
        let mut page = grid_page();
        let rules = find_rules(&page);
        erase(&mut page, &rules);
        let word = |x0: f32, x1: f32| OcrWord {
            text: "-".into(),
            bbox: BBox { x0, y0: 100.0, x1, y1: 120.0 },
            confidence: 30.0,
        };
        let mut read = OcrPage {
            lines: vec![OcrLine { words: vec![word(185.0, 199.0), word(199.0, 203.0)], baseline: None }],
            ..OcrPage::default()
        };
        assert_eq!(drop_rule_readings(&mut read, &page), 1);
        assert_eq!(read.lines[0].words.len(), 1, "the letter beside the rule stays");
    }

    #[test]
    fn text_lines_make_no_rules() {
        let (width, height) = (400, 400);
        let mut pixels = vec![255u8; width * height];
        // Words: short headlines and stems, lines apart.
        for line in 0..10 {
            let top = 20 + line * 35;
            for word in 0..6 {
                let x0 = 20 + word * 60;
                for x in x0..x0 + 45 {
                    pixels[top * width + x] = 0;
                }
                for y in top..top + 20 {
                    pixels[y * width + x0 + 10] = 0;
                }
            }
        }
        let rules = find_rules(&Gray { width, height, pixels });
        assert!(rules.lines.is_empty(), "{:?}", rules.lines);
        assert!(!rules.is_grid());
    }
}
