//! Vertical strokes in Tesseract's words: a table's ruling lines, or the danda.
//!
//! Both come out as `|` (or as `।`, which the Bengali model also offers for a
//! rule, or `1`, `l`, `I` glued into a word: `১1২` for the cells `১ | ২`). Where
//! Tesseract reports a ruling line itself (an empty word with a long thin box),
//! marks on it are rules. Elsewhere they are told apart by two things a page
//! shows:
//! - **Shape**: a danda reaches from the headline to the baseline, about half a
//!   line's full height; a rule cut into lines by Tesseract is as tall as the line.
//! - **Alignment**: the marks of a rule stand one above the other on several lines
//!   (drifting a little on a skewed scan); dandas end sentences anywhere.
//!
//! Tall strokes standing in a column on two or more lines are rules. Rule marks
//! are dropped (they are lines, not text, and would fill the gutters the layout
//! finds columns by); a word glued across a ruling line through a rule mark is
//! split there. A `|` after Bengali that is danda-shaped, or inside a word, is `।`
//! (`||` is `॥`); it is joined to the word before it when Tesseract only split it
//! off by a hairline gap, and kept apart when a real space stands before it.

use super::cleanup::{gap_share, is_bengali_digit, line_height, merge_into};
use super::model::{OcrLine, OcrPage, OcrWord};
use crate::layout::lines::median;
use crate::script::is_bengali;
use crate::words::BBox;

/// A stroke shorter than this share of the page's line height is danda-shaped.
const DANDA_MAX_HEIGHT: f32 = 0.75;
/// A danda closer than this share of the line height to its word is joined to it.
const DANDA_JOIN_GAP: f32 = 0.25;
/// A stroke farther than this from the Bengali word before it is left as read.
const DANDA_MAX_GAP: f32 = 1.0;
/// Marks in one column on at least this many lines, at least [`RULE_MIN_STROKES`]
/// of them tall `|`/`।` strokes, are a table's vertical rule (Tesseract reads only
/// some rows' piece of a rule; two tall strokes one above the other are no text).
const RULE_MIN_LINES: usize = 2;
const RULE_MIN_STROKES: usize = 2;
/// Neighbouring marks of one rule are at most this share of the line height apart
/// horizontally (a rule drifts across the page on a skewed scan).
const RULE_ALIGN: f32 = 0.5;
/// A speck on a ruling line is at most this share of the line height wide, and
/// its centre at most [`SPECK_REACH`] of it from the line.
const SPECK_WIDTH: f32 = 0.5;
const SPECK_REACH: f32 = 0.2;

/// What the stroke rules changed on a page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StrokeChanges {
    pub dandas: usize,
    pub rule_marks: usize,
}

/// Drops table rules and reads dandas on a page.
pub fn clean_strokes(page: &mut OcrPage) -> StrokeChanges {
    let full_height = page_line_height(page);
    let mut rules = rule_columns(page, full_height);
    rules.extend(ruled_zones(&page.rules, full_height));
    let mut changes = StrokeChanges::default();
    for line in &mut page.lines {
        changes.rule_marks += split_at_rules(line, &page.rules);
        changes.rule_marks += drop_rule_marks(line, &rules, &page.rules, full_height);
        changes.dandas += read_dandas(line, full_height);
    }
    changes
}

/// Where rule marks stand: a column of the page, over some height.
#[derive(Clone, Copy, Debug, PartialEq)]
struct RuleZone {
    x0: f32,
    x1: f32,
    y0: f32,
    y1: f32,
    /// Tesseract saw the ruling line itself: even a danda-shaped mark on it is a
    /// piece of the rule, unless it hugs the word before it.
    seen: bool,
}

impl RuleZone {
    fn holds(&self, b: &BBox) -> bool {
        let x = b.center_x();
        (self.x0..=self.x1).contains(&x) && b.y1 > self.y0 && b.y0 < self.y1
    }
}

/// The zones of the vertical ruling lines Tesseract reported, widened by the
/// alignment tolerance.
fn ruled_zones(rules: &[BBox], full_height: f32) -> Vec<RuleZone> {
    let tolerance = RULE_ALIGN * full_height;
    rules
        .iter()
        .filter(|r| is_vertical(r))
        .map(|r| RuleZone { x0: r.x0 - tolerance, x1: r.x1 + tolerance, y0: r.y0, y1: r.y1, seen: true })
        .collect()
}

fn is_vertical(rule: &BBox) -> bool {
    rule.height() > rule.width()
}

/// Splits a word that a vertical ruling line runs through, where a rule mark
/// (`1`, `l`, `|`, …) stands inside it: `১1২` across the rule between two cells
/// is `১` and `২`. Returns the marks removed.
fn split_at_rules(line: &mut OcrLine, rules: &[BBox]) -> usize {
    let verticals: Vec<&BBox> = rules.iter().filter(|r| is_vertical(r)).collect();
    if verticals.is_empty() {
        return 0;
    }
    let mut removed = 0;
    let mut out: Vec<OcrWord> = Vec::with_capacity(line.words.len());
    for word in std::mem::take(&mut line.words) {
        let b = word.bbox;
        let inside = |r: &&&BBox| {
            let x = r.center_x();
            x > b.x0 + 0.1 * b.width() && x < b.x1 - 0.1 * b.width() && r.y0 < b.y1 && r.y1 > b.y0
        };
        let chars: Vec<char> = word.text.chars().collect();
        let marks: Vec<usize> = chars
            .iter()
            .enumerate()
            .filter(|&(i, &c)| i > 0 && i + 1 < chars.len() && is_rule_glyph(c))
            .map(|(i, _)| i)
            .collect();
        match (verticals.iter().find(inside), marks.as_slice()) {
            (Some(rule), [at]) => {
                let left: String = chars.iter().take(*at).collect();
                let right: String = chars.iter().skip(at + 1).collect();
                out.push(OcrWord { text: left, bbox: BBox { x1: rule.x0, ..b }, ..word.clone() });
                out.push(OcrWord { text: right, bbox: BBox { x0: rule.x1, ..b }, ..word });
                removed += 1;
            }
            _ => out.push(word),
        }
    }
    line.words = out;
    removed
}

/// A character Tesseract reads a piece of a vertical rule as.
fn is_rule_glyph(c: char) -> bool {
    is_stroke_char(c) || matches!(c, 'I' | 'l' | '1' | '[' | ']' | '!' | 'i')
}

fn is_stroke_char(c: char) -> bool {
    matches!(c, '|' | '¦' | '│' | 'ǀ' | '।' | '॥')
}

fn is_pipe(c: char) -> bool {
    is_stroke_char(c) && !matches!(c, '।' | '॥')
}

/// A word that is nothing but vertical strokes: a rule, or a danda standing apart.
fn is_stroke_word(text: &str) -> bool {
    !text.is_empty() && text.chars().all(is_stroke_char)
}

/// Glyphs Tesseract also reads a rule as; dropped only inside a rule column that
/// strokes establish.
fn is_weak_stroke_word(text: &str) -> bool {
    matches!(text, "I" | "l" | "[" | "]" | "!" | "1" | "i")
}

/// The full height of a text line on this page: the median over lines of the
/// tallest word that is not a stroke (words with signs above and below the
/// letters reach the line's full height).
fn page_line_height(page: &OcrPage) -> f32 {
    let tallest: Vec<f32> = page
        .lines
        .iter()
        .filter_map(|l| {
            l.words.iter().filter(|w| !is_stroke_word(&w.text)).map(|w| w.bbox.height()).reduce(f32::max)
        })
        .collect();
    median(tallest).max(1.0)
}

fn is_danda_shaped(word: &OcrWord, full_height: f32) -> bool {
    word.bbox.height() < DANDA_MAX_HEIGHT * full_height
}

/// A mark that may belong to a rule: its centre, line, and whether it is a stroke
/// (rather than a letter a rule is misread as).
#[derive(Clone, Copy)]
struct Mark {
    x: f32,
    line: usize,
    stroke: bool,
}

/// Horizontal ranges of the page where rule marks stand one above the other on
/// several lines: a bordered table's vertical rules.
fn rule_columns(page: &OcrPage, full_height: f32) -> Vec<RuleZone> {
    let tolerance = RULE_ALIGN * full_height;
    let mut marks: Vec<Mark> = page
        .lines
        .iter()
        .enumerate()
        .flat_map(|(line, words)| {
            words.words.iter().filter_map(move |w| {
                let stroke = is_stroke_word(&w.text) && !is_danda_shaped(w, full_height);
                (stroke || is_weak_stroke_word(&w.text)).then(|| Mark { x: w.bbox.center_x(), line, stroke })
            })
        })
        .collect();
    marks.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut columns = Vec::new();
    let mut group: Vec<Mark> = Vec::new();
    let mut flush = |group: &mut Vec<Mark>| {
        let mut lines: Vec<usize> = group.iter().map(|m| m.line).collect();
        lines.sort_unstable();
        lines.dedup();
        let strokes = group.iter().filter(|m| m.stroke).count();
        if let (true, Some(first), Some(last)) =
            (lines.len() >= RULE_MIN_LINES && strokes >= RULE_MIN_STROKES, group.first(), group.last())
        {
            let (x0, x1) = (first.x - tolerance, last.x + tolerance);
            columns.push(RuleZone { x0, x1, y0: f32::MIN, y1: f32::MAX, seen: false });
        }
        group.clear();
    };
    for mark in marks {
        if group.last().is_some_and(|last| mark.x - last.x > tolerance) {
            flush(&mut group);
        }
        group.push(mark);
    }
    flush(&mut group);
    columns
}

fn in_zones(b: &BBox, zones: &[RuleZone]) -> bool {
    zones.iter().any(|z| z.holds(b))
}

fn in_seen_zones(b: &BBox, zones: &[RuleZone]) -> bool {
    zones.iter().any(|z| z.seen && z.holds(b))
}

/// Drops tall strokes and rule look-alikes standing in a rule column, and a
/// stroke stuck to the start of a word there.
fn drop_rule_marks(line: &mut OcrLine, rules: &[RuleZone], seen: &[BBox], full_height: f32) -> usize {
    if rules.is_empty() {
        return 0;
    }
    let mut dropped = 0;
    let mut kept: Vec<OcrWord> = Vec::with_capacity(line.words.len());
    let height = line_height(line);
    for mut word in std::mem::take(&mut line.words) {
        let stroke = is_stroke_word(&word.text);
        let hugs_a_word = kept.last().is_some_and(|prev: &OcrWord| {
            ends_in_bengali(&prev.text) && gap_share(prev, &word, height) < DANDA_JOIN_GAP
        });
        let on_a_rule = ((stroke && !is_danda_shaped(&word, full_height)) || is_weak_stroke_word(&word.text))
            && in_zones(&word.bbox, rules);
        let on_a_seen_rule = !hugs_a_word
            && ((stroke && in_seen_zones(&word.bbox, rules))
                || (is_speck(&word, full_height) && on_ruling_line(&word.bbox, seen, full_height)));
        if on_a_rule || on_a_seen_rule {
            dropped += 1;
            continue;
        }
        let reach = 0.15 * full_height;
        let start = BBox { x0: word.bbox.x0, x1: word.bbox.x0 + 2.0 * reach, ..word.bbox };
        if word.text.chars().count() > 1 && word.text.starts_with(is_pipe) && in_zones(&start, rules) {
            word.text = word.text.trim_start_matches(is_pipe).to_string();
            dropped += 1;
        }
        kept.push(word);
    }
    line.words = kept;
    dropped
}

/// A narrow word of one or two marks (`:`, `-`, `৷`): what is left of a ruling
/// line that Tesseract read as text. Periods and commas are not: a serial
/// number's period often stands alone beside a rule when its digit was lost.
fn is_speck(word: &OcrWord, full_height: f32) -> bool {
    let count = word.text.chars().count();
    (1..=2).contains(&count)
        && word.bbox.width() <= SPECK_WIDTH * full_height
        && word.text.chars().all(|c| {
            (c.is_ascii_punctuation() && !matches!(c, '.' | ','))
                || is_stroke_char(c)
                || matches!(c, '৷' | '·' | '•' | '–' | '—')
        })
}

/// Whether a box stands right on a vertical ruling line Tesseract reported
/// (within [`SPECK_REACH`] of it), not merely near it.
fn on_ruling_line(b: &BBox, rules: &[BBox], full_height: f32) -> bool {
    let reach = SPECK_REACH * full_height;
    rules
        .iter()
        .filter(|r| is_vertical(r))
        .any(|r| (b.center_x() - r.center_x()).abs() <= r.width() / 2.0 + reach && r.y0 < b.y1 && r.y1 > b.y0)
}

/// Bengali before a stroke: a letter or sign, or a Bengali digit (`০২।`).
fn ends_in_bengali(text: &str) -> bool {
    text.chars().last().is_some_and(|c| is_bengali(c) && !is_stroke_char(c))
}

/// ASCII digits (Tesseract's reading of ০৪ as `08`) count as Bengali context when
/// Bengali follows.
fn ends_in_digit(text: &str) -> bool {
    text.chars().last().is_some_and(|c| c.is_ascii_digit() || is_bengali_digit(c))
}

fn starts_in_bengali(text: Option<&str>) -> bool {
    text.and_then(|t| t.chars().next()).is_some_and(is_bengali)
}

/// Reads dandas: pipes inside a word after Bengali, and danda-shaped stroke words
/// after a Bengali word.
fn read_dandas(line: &mut OcrLine, full_height: f32) -> usize {
    let height = line_height(line);
    let mut changed = 0;
    let words = std::mem::take(&mut line.words);
    let next_texts: Vec<Option<String>> =
        words.iter().skip(1).map(|w| Some(w.text.clone())).chain(std::iter::once(None)).collect();
    let mut kept: Vec<OcrWord> = Vec::with_capacity(words.len());
    for (mut word, next) in words.into_iter().zip(next_texts) {
        let followed_by_bengali = starts_in_bengali(next.as_deref());
        changed += inner_pipes_as_dandas(&mut word.text, followed_by_bengali);
        if is_stroke_word(&word.text) && word.text.chars().count() <= 2 && is_danda_shaped(&word, full_height)
        {
            if let Some(prev) = kept.last_mut() {
                let context =
                    ends_in_bengali(&prev.text) || (ends_in_digit(&prev.text) && followed_by_bengali);
                let gap = gap_share(prev, &word, height);
                if context && gap < DANDA_MAX_GAP {
                    let danda = if word.text.chars().count() == 2 { "॥" } else { "।" };
                    changed += usize::from(word.text != danda);
                    if gap < DANDA_JOIN_GAP {
                        merge_into(prev, &word, danda);
                        continue;
                    }
                    word.text = danda.to_string();
                }
            }
        }
        kept.push(word);
    }
    line.words = kept;
    changed
}

/// Pipes inside a word right after a Bengali letter, sign or digit, or after an
/// ASCII digit when Bengali follows the word.
fn inner_pipes_as_dandas(text: &mut String, followed_by_bengali: bool) -> usize {
    if !text.chars().any(is_pipe) {
        return 0;
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = 0;
    let mut chars = text.chars().peekable();
    let mut prev: Option<char> = None;
    while let Some(c) = chars.next() {
        let after_bengali = prev.is_some_and(|p| {
            (is_bengali(p) && !is_stroke_char(p)) || (p.is_ascii_digit() && followed_by_bengali)
        });
        if is_pipe(c) && after_bengali {
            if chars.peek().copied().is_some_and(is_pipe) {
                chars.next();
                out.push('॥');
            } else {
                out.push('।');
            }
            changed += 1;
            prev = Some('।');
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    *text = out;
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::BBox;

    /// A word on the line at `y`: full height 60 unless it is a danda-sized stroke.
    fn word(text: &str, x0: f32, x1: f32, y: f32, h: f32) -> OcrWord {
        OcrWord { text: text.into(), bbox: BBox { x0, y0: y, x1, y1: y + h }, confidence: 90.0 }
    }

    /// Words given as (text, x0, x1); `|` is as tall as the line (a rule), `¦d` a
    /// danda-sized `|`.
    fn line(words: &[(&str, f32, f32)], y: f32) -> OcrLine {
        OcrLine {
            words: words
                .iter()
                .map(|&(t, a, b)| match t {
                    "¦d" => word("|", a, b, y + 15.0, 30.0),
                    _ => word(t, a, b, y, 60.0),
                })
                .collect(),
            baseline: None,
        }
    }

    fn page(lines: Vec<OcrLine>) -> OcrPage {
        OcrPage { number: 1, width: 2480.0, height: 3508.0, lines, rules: Vec::new() }
    }

    fn texts(page: &OcrPage) -> Vec<Vec<String>> {
        page.lines.iter().map(|l| l.words.iter().map(|w| w.text.clone()).collect()).collect()
    }

    #[test]
    fn a_pipe_inside_a_bengali_word_is_a_danda() {
        let mut t = String::from("হয়|");
        assert_eq!(inner_pipes_as_dandas(&mut t, false), 1);
        assert_eq!(t, "হয়।");
        let mut double = String::from("শেষ||");
        assert_eq!(inner_pipes_as_dandas(&mut double, false), 1);
        assert_eq!(double, "শেষ॥");
        let mut serial = String::from("০২|");
        assert_eq!(inner_pipes_as_dandas(&mut serial, false), 1);
        assert_eq!(serial, "০২।");
    }

    #[test]
    fn a_pipe_after_ascii_digits_is_a_danda_only_before_bengali() {
        let mut t = String::from("08|");
        assert_eq!(inner_pipes_as_dandas(&mut t, true), 1);
        assert_eq!(t, "08।");
        let mut latin = String::from("08|");
        assert_eq!(inner_pipes_as_dandas(&mut latin, false), 0);
        let mut word = String::from("a|b");
        assert_eq!(inner_pipes_as_dandas(&mut word, true), 0);
        assert_eq!(word, "a|b");
    }

    #[test]
    fn a_danda_split_off_by_a_hairline_joins_its_word() {
        let mut p =
            page(vec![line(&[("সভা", 100.0, 200.0), ("শেষ", 220.0, 300.0), ("¦d", 306.0, 310.0)], 100.0)]);
        let c = clean_strokes(&mut p);
        assert_eq!(texts(&p), [vec!["সভা", "শেষ।"]]);
        assert_eq!(c, StrokeChanges { dandas: 1, rule_marks: 0 });
        assert_eq!(p.lines[0].words[1].bbox.x1, 310.0);
    }

    #[test]
    fn a_danda_after_a_space_stays_apart() {
        let mut p =
            page(vec![line(&[("শেষ", 220.0, 300.0), ("¦d", 330.0, 334.0), ("সভা", 360.0, 420.0)], 100.0)]);
        clean_strokes(&mut p);
        assert_eq!(texts(&p), [vec!["শেষ", "।", "সভা"]]);
    }

    #[test]
    fn a_pipe_after_latin_or_a_tall_one_is_kept() {
        let mut p = page(vec![
            line(&[("Agenda", 100.0, 200.0), ("¦d", 206.0, 210.0)], 100.0),
            line(&[("সভা", 100.0, 200.0), ("|", 210.0, 224.0), ("শেষ", 250.0, 320.0)], 200.0),
        ]);
        let c = clean_strokes(&mut p);
        assert_eq!(texts(&p), [vec!["Agenda", "|"], vec!["সভা", "|", "শেষ"]]);
        assert_eq!(c, StrokeChanges::default());
    }

    #[test]
    fn tall_aligned_strokes_are_table_rules_and_dropped() {
        // Three rows of a bordered table: rules at x≈90, x≈500 (drifting slightly,
        // as on a skewed scan; one read as `।`) and x≈900 (one read as `l`), with
        // cell text close to the rules.
        let mut p = page(vec![
            line(
                &[
                    ("|", 80.0, 96.0),
                    ("ক্রম", 120.0, 200.0),
                    ("|", 495.0, 511.0),
                    ("বিষয়", 540.0, 880.0),
                    ("|", 890.0, 906.0),
                ],
                100.0,
            ),
            line(
                &[
                    ("|", 84.0, 100.0),
                    ("১.", 120.0, 150.0),
                    ("।", 500.0, 516.0),
                    ("সভা", 540.0, 600.0),
                    ("l", 894.0, 904.0),
                ],
                200.0,
            ),
            line(
                &[
                    ("|", 88.0, 104.0),
                    ("২.", 120.0, 150.0),
                    ("|", 505.0, 521.0),
                    ("আলোচনা", 540.0, 700.0),
                    ("|", 898.0, 914.0),
                ],
                300.0,
            ),
        ]);
        let c = clean_strokes(&mut p);
        assert_eq!(texts(&p), [vec!["ক্রম", "বিষয়"], vec!["১.", "সভা"], vec!["২.", "আলোচনা"]]);
        assert_eq!(c, StrokeChanges { dandas: 0, rule_marks: 9 });
    }

    #[test]
    fn danda_shaped_strokes_in_a_column_are_dandas() {
        // Justified lines ending in standalone dandas at the same x.
        let lines: Vec<OcrLine> = (0..4)
            .map(|i| line(&[("সভা", 100.0, 880.0), ("¦d", 885.0, 889.0)], 100.0 * (i + 1) as f32))
            .collect();
        let mut p = page(lines);
        let c = clean_strokes(&mut p);
        assert!(texts(&p).iter().all(|l| l == &vec!["সভা।".to_string()]), "{:?}", texts(&p));
        assert_eq!(c, StrokeChanges { dandas: 4, rule_marks: 0 });
    }

    #[test]
    fn a_rule_stuck_to_the_start_of_a_word_is_stripped() {
        let mut p = page(vec![
            line(&[("|", 80.0, 96.0), ("বিষয়", 140.0, 240.0)], 100.0),
            line(&[("|", 84.0, 100.0), ("সভা", 140.0, 240.0)], 200.0),
            line(&[("|", 84.0, 100.0), ("সভা", 140.0, 240.0)], 300.0),
            line(&[("|সভা", 86.0, 240.0)], 400.0),
        ]);
        let c = clean_strokes(&mut p);
        assert_eq!(texts(&p), [vec!["বিষয়"], vec!["সভা"], vec!["সভা"], vec!["সভা"]]);
        assert_eq!(c.rule_marks, 4);
    }

    #[test]
    fn marks_on_a_ruling_line_tesseract_found_are_dropped_and_glued_cells_split() {
        let mut p = page(vec![
            line(&[("১1২", 300.0, 420.0), ("৩", 860.0, 890.0)], 100.0),
            line(&[("সভা", 100.0, 300.0), ("¦d", 362.0, 366.0), ("শেষ", 380.0, 440.0)], 200.0),
        ]);
        p.rules.push(BBox { x0: 364.0, y0: 50.0, x1: 372.0, y1: 400.0 });
        let c = clean_strokes(&mut p);
        assert_eq!(texts(&p), [vec!["১", "২", "৩"], vec!["সভা", "শেষ"]]);
        assert_eq!(c.rule_marks, 2);
        let cells = &p.lines[0].words;
        assert_eq!((cells[0].bbox.x1, cells[1].bbox.x0), (364.0, 372.0));
    }

    #[test]
    fn specks_on_a_ruling_line_are_dropped_but_punctuation_hugging_a_word_is_kept() {
        let mut p = page(vec![
            line(&[("সহায়ক", 94.0, 129.0), (":", 150.0, 156.0), ("গুরুত্ব", 180.0, 260.0)], 100.0),
            line(&[("তারিখ", 94.0, 140.0), (":", 143.0, 149.0), ("২৮", 180.0, 220.0)], 200.0),
            line(&[("সভা", 300.0, 400.0), ("-", 600.0, 606.0)], 300.0),
        ]);
        p.rules.push(BBox { x0: 154.0, y0: 50.0, x1: 156.0, y1: 400.0 });
        let c = clean_strokes(&mut p);
        assert_eq!(texts(&p), [vec!["সহায়ক", "গুরুত্ব"], vec!["তারিখ", ":", "২৮"], vec!["সভা", "-"]]);
        assert_eq!(c.rule_marks, 1);
    }

    #[test]
    fn a_word_across_a_ruling_line_without_a_mark_is_kept() {
        let mut p = page(vec![line(&[("সভাশেষ", 300.0, 420.0)], 100.0)]);
        p.rules.push(BBox { x0: 364.0, y0: 50.0, x1: 372.0, y1: 400.0 });
        assert_eq!(clean_strokes(&mut p), StrokeChanges::default());
        assert_eq!(texts(&p), [vec!["সভাশেষ"]]);
    }

    #[test]
    fn tall_strokes_not_one_above_the_other_are_not_a_rule() {
        let mut p = page(vec![
            line(&[("ক", 100.0, 150.0), ("|", 400.0, 416.0)], 100.0),
            line(&[("খ", 100.0, 150.0), ("|", 700.0, 716.0)], 200.0),
            line(&[("গ", 100.0, 150.0), ("l", 400.0, 416.0)], 300.0),
        ]);
        let c = clean_strokes(&mut p);
        assert_eq!(c.rule_marks, 0);
        assert_eq!(texts(&p), [vec!["ক", "|"], vec!["খ", "|"], vec!["গ", "l"]]);
    }
}
