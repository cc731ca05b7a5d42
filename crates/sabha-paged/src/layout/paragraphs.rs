//! Lines that are not in a table -> paragraphs.
//!
//! A paragraph ends where the vertical gap is wider than the spacing of wrapped
//! lines (learned over the document). Inside a paragraph, a printed line is joined
//! to the one before when that one was full — the next line's first word would not
//! have fitted after it — and the line does not start a list item; otherwise it is
//! a line of its own (addresses, signatures, list items). A line with a very wide
//! gap (a memo number on the left and the date on the right) gives one line per
//! side, left first.

use sabha_doc::Draft;

use super::Line;
use super::join::join_lines;
use super::lines::percentile;
use super::tables::TableRegion;
use crate::script::{is_bengali_letter, is_digit};

/// A gap wider than this many text heights splits a line outside tables into
/// separate texts.
const WIDE_GAP: f32 = 2.0;
/// A paragraph break needs a gap this many heights wider than wrapped lines have.
const PARAGRAPH_STEP: f32 = 0.3;
/// A wrapped line spans at least this share of the text width.
const FULL_WIDTH_SHARE: f32 = 0.6;
/// Spacing of wrapped lines when the document shows too few to learn it from.
const DEFAULT_TIGHT: f32 = 0.1;

/// The document's spacing of wrapped lines, as a share of the text height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spacing {
    pub tight: f32,
}

impl Spacing {
    /// Learns the spacing from wide lines of running text (one segment, most of
    /// the text width) and the line after each (mostly wraps): the narrowest
    /// common gap (10th percentile). Gaps are shares of the text height, which
    /// for Latin fonts is short, so the learned value matters more than any
    /// default. `None` when the document has no such lines.
    pub fn learn(pages: &[Vec<Line>], column_gap: f32) -> Option<Spacing> {
        let mut gaps = Vec::new();
        for lines in pages {
            let (left, right) = text_edges(lines, &[]);
            for pair in lines.windows(2) {
                let [a, b] = pair else { continue };
                let wide = a.bbox.width() >= FULL_WIDTH_SHARE * (right - left);
                if !wide || b.bbox.x0 > a.bbox.x1 || a.segments(column_gap).len() > 1 {
                    continue;
                }
                let gap = (b.top - a.bottom) / a.height().max(b.height());
                if (-0.5..2.0).contains(&gap) {
                    gaps.push(gap);
                }
            }
        }
        percentile(gaps, 0.10).map(|tight| Spacing { tight })
    }
}

impl Default for Spacing {
    fn default() -> Spacing {
        Spacing { tight: DEFAULT_TIGHT }
    }
}

/// The left and right edges of a page's running text: the furthest line starts
/// and ends outside tables.
pub fn text_edges(lines: &[Line], regions: &[TableRegion]) -> (f32, f32) {
    let outside: Vec<&Line> = lines
        .iter()
        .enumerate()
        .filter(|(k, _)| !regions.iter().any(|r| r.lines.contains(k)))
        .map(|(_, l)| l)
        .collect();
    let chosen = if outside.is_empty() { lines.iter().collect() } else { outside };
    let left = chosen.iter().map(|l| l.bbox.x0).reduce(f32::min).unwrap_or(0.0);
    let right = chosen.iter().map(|l| l.bbox.x1).reduce(f32::max).unwrap_or(0.0);
    (left, right)
}

/// Groups consecutive non-table lines into paragraph drafts.
pub fn paragraphs(lines: &[&Line], spacing: &Spacing, edges: (f32, f32)) -> Vec<Draft> {
    let mut builder = Builder::default();
    let mut prev: Option<&Line> = None;
    let mut prev_open = false;
    for &line in lines {
        let new_paragraph = prev.is_none_or(|p| {
            let gap = (line.top - p.bottom) / p.height().max(line.height());
            gap > spacing.tight + PARAGRAPH_STEP || gap < -0.5
        });
        if new_paragraph {
            builder.end_paragraph();
        }
        let segments = line.segments(WIDE_GAP);
        if segments.len() > 1 {
            builder.end_line();
            for s in segments {
                builder.push_printed(line.text_of(s.pieces));
                builder.end_line();
            }
            prev_open = false;
        } else {
            let (text, words) = line.text_of(0..line.pieces.len());
            let continues = prev_open
                && !new_paragraph
                && prev.is_some_and(|p| was_full(p, line, edges))
                && !starts_list_item(&text);
            if !continues {
                builder.end_line();
            }
            builder.push_printed((text, words));
            prev_open = true;
        }
        prev = Some(line);
    }
    builder.finish()
}

/// True when the next line's first word would not have fitted at the end of `prev`
/// (the printed line ended because it was full, not because its text ended), and
/// `prev` spans most of the text width (a short centred or right-aligned line,
/// such as a signature, is never a wrapped one).
fn was_full(prev: &Line, next: &Line, text: (f32, f32)) -> bool {
    let (left_edge, right_edge) = text;
    let height = prev.height().max(next.height());
    let first_word = next.pieces.first().map_or(0.0, |p| p.bbox.width());
    let wide = prev.bbox.width() >= FULL_WIDTH_SHARE * (right_edge - left_edge);
    wide && prev.bbox.x1 + 0.25 * height + first_word > right_edge + 0.05 * height
}

/// A list item starts with a number or a letter and `।`, `.`, `)` or `:`, an
/// enclosed `(ক)`, or a bullet sign.
pub fn starts_list_item(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    let Some(&first) = chars.peek() else { return false };
    if matches!(
        first,
        '•' | '●'
            | '○'
            | '■'
            | '□'
            | '▪'
            | '◆'
            | '◇'
            | '➢'
            | '➤'
            | '►'
            | '✓'
            | '✔'
            | '\u{F0B7}'
            | '\u{F0D8}'
    ) {
        return true;
    }
    let enclosed = first == '(';
    if enclosed {
        chars.next();
    }
    let mut digits = 0;
    while chars.peek().is_some_and(|&c| is_digit(c)) {
        chars.next();
        digits += 1;
    }
    let letter = digits == 0 && chars.peek().is_some_and(|&c| is_bengali_letter(c) || c.is_ascii_lowercase());
    if letter {
        chars.next();
    }
    if !(1..=3).contains(&digits) && !letter {
        return false;
    }
    let closer = chars.next();
    let after = chars.next();
    let ends_marker = after.is_none_or(char::is_whitespace);
    match closer {
        Some(')') => ends_marker,
        Some('।') if !enclosed => ends_marker,
        // "ড." is an abbreviation (Dr.), so a letter needs `)` or `।`.
        Some('.' | ':') if !enclosed && digits > 0 => ends_marker,
        _ => false,
    }
}

/// Collects logical lines into paragraphs.
#[derive(Default)]
struct Builder {
    drafts: Vec<Draft>,
    lines: Vec<String>,
    printed: Vec<(String, usize)>,
}

impl Builder {
    fn push_printed(&mut self, printed: (String, usize)) {
        self.printed.push(printed);
    }

    fn end_line(&mut self) {
        let text = join_lines(&self.printed);
        self.printed.clear();
        if !text.is_empty() {
            self.lines.push(text);
        }
    }

    fn end_paragraph(&mut self) {
        self.end_line();
        if !self.lines.is_empty() {
            let lines = std::mem::take(&mut self.lines);
            self.drafts.push(Draft::Paragraph { lines, heading: 0, bold: false });
        }
    }

    fn finish(mut self) -> Vec<Draft> {
        self.end_paragraph();
        self.drafts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::test_support::line;

    fn paragraph_lines(drafts: &[Draft]) -> Vec<Vec<String>> {
        drafts
            .iter()
            .map(|d| match d {
                Draft::Paragraph { lines, .. } => lines.clone(),
                other => panic!("not a paragraph: {other:?}"),
            })
            .collect()
    }

    const TIGHT: Spacing = Spacing { tight: 0.02 };

    #[test]
    fn wrapped_lines_of_a_full_paragraph_become_one_line() {
        let lines = [
            line(363.5, &[("উপস্থিত", 72.0, 110.0), ("সকলকে", 113.0, 504.0)]),
            line(379.4, &[("দোরগোড়ায়", 72.0, 130.0), ("ই-সেবা", 133.0, 511.0)]),
            line(395.3, &[("লক্ষ্যে", 72.0, 100.0), ("হয়।", 103.0, 300.0)]),
            line(420.2, &[("০২।", 72.0, 90.0), ("সভায়", 93.0, 505.0)]),
        ];
        let refs: Vec<&Line> = lines.iter().collect();
        assert_eq!(
            paragraph_lines(&paragraphs(&refs, &TIGHT, (72.0, 511.0))),
            [vec!["উপস্থিত সকলকে দোরগোড়ায় ই-সেবা লক্ষ্যে হয়।"], vec!["০২। সভায়"]]
        );
    }

    #[test]
    fn short_lines_stay_separate_lines() {
        // An address block with no spacing between lines: none of them is full.
        let lines = [
            line(80.0, &[("গণপ্রজাতন্ত্রী", 200.0, 300.0), ("বাংলাদেশ", 303.0, 350.0)]),
            line(95.9, &[("বিভাগীয়", 210.0, 260.0), ("কার্যালয়", 263.0, 340.0)]),
            line(111.8, &[("রাজশাহী", 240.0, 300.0)]),
        ];
        let refs: Vec<&Line> = lines.iter().collect();
        assert_eq!(
            paragraph_lines(&paragraphs(&refs, &TIGHT, (72.0, 520.0))),
            [vec!["গণপ্রজাতন্ত্রী বাংলাদেশ", "বিভাগীয় কার্যালয়", "রাজশাহী"]]
        );
    }

    #[test]
    fn a_list_item_after_a_full_line_starts_a_new_line() {
        let lines = [
            line(100.0, &[("১।", 72.0, 85.0), ("মন্ত্রিপরিষদ", 90.0, 515.0)]),
            line(115.9, &[("২।", 72.0, 85.0), ("প্রধানমন্ত্রীর", 90.0, 400.0)]),
        ];
        let refs: Vec<&Line> = lines.iter().collect();
        assert_eq!(
            paragraph_lines(&paragraphs(&refs, &TIGHT, (72.0, 515.0))),
            [vec!["১। মন্ত্রিপরিষদ", "২। প্রধানমন্ত্রীর"]]
        );
    }

    #[test]
    fn far_apart_texts_on_one_line_are_separate_lines() {
        let lines = [line(
            100.0,
            &[("নম্বর:", 72.0, 110.0), ("০৫.৪৩", 113.0, 250.0), ("তারিখ:", 380.0, 420.0), ("২৫", 423.0, 520.0)],
        )];
        let refs: Vec<&Line> = lines.iter().collect();
        assert_eq!(
            paragraph_lines(&paragraphs(&refs, &TIGHT, (72.0, 520.0))),
            [vec!["নম্বর: ০৫.৪৩", "তারিখ: ২৫"]]
        );
    }

    #[test]
    fn list_markers() {
        for yes in ["১। সচিব", "১০) সচিব", "(ক) সচিব", "ক) সচিব", "৩. সচিব", "• সচিব", "2. Secretary"]
        {
            assert!(starts_list_item(yes), "{yes}");
        }
        for no in ["ড. দেওয়ান", "১৭ অক্টোবর", "২০২৩-২০২৪", "সভাপতি", "০৫.৪৩.০০০০", "", "(সকল)"]
        {
            assert!(!starts_list_item(no), "{no}");
        }
    }
}
