//! Joining text: fragments of a word within a line, and wrapped lines within a
//! paragraph or a table cell.
//!
//! poppler splits a Bengali word where one `/ActualText` span ends and the next
//! begins (`নেতৃ ত্ব`, `কর্মকর্ত াগণের`), leaving a gap of about half a space
//! between the pieces; narrow table columns break words mid-cluster (`সদস` /
//! `্য`). Pieces are rejoined when the geometry or the script says they are one
//! word; nothing else is ever glued.

use std::collections::HashSet;

use sabha_doc::Draft;

use super::Piece;
use crate::script::{VIRAMA, ZWJ, ZWNJ, is_bengali_letter, is_dependent_sign, is_digit};
use crate::words::{BBox, Word, WordBreaks};

/// When two neighbouring words on a line are one word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FragmentRule {
    pub breaks: WordBreaks,
    /// Gaps narrower than this share of the text height join words (text layers
    /// only; see [`gap_threshold`]).
    pub join_below: f32,
}

impl Default for FragmentRule {
    fn default() -> FragmentRule {
        FragmentRule { breaks: WordBreaks::Exact, join_below: DEFAULT_JOIN_BELOW }
    }
}

/// A word space is 0.192–0.208 of the text height in the corpus' Bengali font;
/// poppler's fragment gaps reach 0.167.
const DEFAULT_JOIN_BELOW: f32 = 0.13;
/// Bounds on the learned threshold (share of the text height).
const JOIN_BELOW_MIN: f32 = 0.10;
const JOIN_BELOW_MAX: f32 = 0.175;
/// A piece that cannot start a word is joined across a gap up to this share of
/// the height (beyond it, it is something else, such as a new table column).
const DEPENDENT_JOIN_MAX: f32 = 0.5;

/// The natural (unstretched) word space of a document, as a share of the text
/// height: the narrowest gap width that is common — the lowest 0.01-wide bin
/// holding at least 4% of the gaps that look like spaces. Justified lines stretch
/// their spaces to all sorts of widths, but left-aligned lines (table cells, last
/// lines, headings) pile up at the natural width; poppler's fragment gaps are too
/// few to make a bin. `None` when the document shows too few gaps to tell.
pub fn space_share(gap_ratios: Vec<f32>) -> Option<f32> {
    const BIN: f32 = 0.01;
    let spaces: Vec<f32> = gap_ratios.into_iter().filter(|g| (0.05..0.6).contains(g)).collect();
    if spaces.len() < 20 {
        return None;
    }
    let mut bins = [0usize; 60];
    for g in &spaces {
        if let Some(bin) = bins.get_mut((g / BIN) as usize) {
            *bin += 1;
        }
    }
    let dense = (spaces.len() * 4).div_ceil(100).max(5);
    let first = bins.iter().position(|&n| n >= dense)?;
    Some((first as f32 + 0.5) * BIN)
}

/// The fragment-joining threshold: 90% of the narrowest common space, within
/// fixed bounds. Fonts with narrow spaces get a lower threshold.
pub fn gap_threshold(space: Option<f32>) -> f32 {
    space.map_or(DEFAULT_JOIN_BELOW, |s| (s * 0.9).clamp(JOIN_BELOW_MIN, JOIN_BELOW_MAX))
}

/// Joins the words of one line (sorted left to right) into pieces.
pub fn join_fragments(words: Vec<Word>, rule: FragmentRule) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::with_capacity(words.len());
    for word in words {
        if let Some(last) = pieces.last_mut() {
            if is_same_word(last, &word, rule) {
                last.text.push_str(&word.text);
                last.bbox = last.bbox.union(&word.bbox);
                last.words += 1;
                continue;
            }
        }
        pieces.push(Piece { text: word.text, bbox: word.bbox, words: 1 });
    }
    pieces
}

fn is_same_word(left: &Piece, right: &Word, rule: FragmentRule) -> bool {
    let height = left.bbox.height().max(right.bbox.height()).max(f32::EPSILON);
    let gap = (right.bbox.x0 - left.bbox.x1) / height;
    if gap <= DEPENDENT_JOIN_MAX && (cannot_start_word(&right.text) || must_continue(&left.text)) {
        return true;
    }
    rule.breaks == WordBreaks::Geometric && gap < rule.join_below
}

/// Text that starts with a sign which attaches to the letter before it.
pub fn cannot_start_word(text: &str) -> bool {
    text.chars().next().is_some_and(|c| is_dependent_sign(c) || c == ZWJ || c == ZWNJ)
}

/// Text that ends inside a cluster (a virama or a joiner waits for a consonant).
fn must_continue(text: &str) -> bool {
    text.chars().next_back().is_some_and(|c| c == VIRAMA || c == ZWJ)
}

/// Joins the printed lines of one paragraph or cell into one line of text.
///
/// Lines are joined with a space, except where the break cannot have been at a
/// space: the next line starts with a dependent sign or with punctuation that
/// never starts a line (`/ , . ; : ) ] ! ? । %`), the line ends in a virama or a
/// word-internal hyphen (`ই-` / `গভর্ন্যান্স`), or a lone number was broken
/// (`/২০২` / `২`).
pub fn join_lines(lines: &[(String, usize)]) -> String {
    join_lines_gluing(lines, |_| false)
}

/// Stands, in a table cell's text, for a line break that may have fallen inside
/// a word; [`settle_unsure_breaks`] turns it into nothing or a space once the
/// whole document's words are known. A Unicode noncharacter, so that it never
/// means anything in a document.
pub const UNSURE_BREAK: char = '\u{FDD0}';

/// Joins the printed lines of a table cell: as [`join_lines`], and a run of lines
/// of a cluster or two each is one word. A column narrower than a word wraps it
/// cluster by cluster (`ও` / `য` / `়ে` / `ব` / `পো` / `র্টা` / `ল`), so such
/// lines are pieces of words, not words: a run of three or more such lines, or two
/// lines of one cluster each, is joined without spaces. (Where the word space
/// fell in the run cannot be seen; the words stay glued.)
///
/// A column narrower than a long word also breaks it once (`তারি` / `খ`,
/// `লক্ষ্যমা` / `ত্রা`): a line of one word that ends in a letter, followed by
/// a line that starts with one, may be such a break or a space. Those breaks are
/// marked [`UNSURE_BREAK`] and settled document-wide.
pub fn join_cell_lines(lines: &[(String, usize)]) -> String {
    let kept: Vec<(String, usize)> = lines.iter().filter(|(t, _)| !t.trim().is_empty()).cloned().collect();
    let clusters: Vec<Option<usize>> =
        kept.iter().map(|(t, pieces)| if *pieces == 1 { cluster_count(t.trim()) } else { None }).collect();
    let short = |i: usize| clusters.get(i).copied().flatten().is_some_and(|n| n <= 2);
    let single = |i: usize| clusters.get(i).copied().flatten().is_some_and(|n| n <= 1);
    let mut glued = vec![false; kept.len()];
    let mut i = 0;
    while i < kept.len() {
        let run = (i..kept.len()).take_while(|&k| short(k)).count();
        for k in i + 1..i + run {
            if let Some(g) = glued.get_mut(k) {
                *g = run >= 3 || (single(k - 1) && single(k));
            }
        }
        i += run.max(1);
    }
    let starts_with_letter = |k: usize| {
        kept.get(k).and_then(|(t, _)| t.trim_start().chars().next()).is_some_and(is_bengali_letter)
    };
    let unsure =
        |k: usize| k > 0 && kept.get(k - 1).is_some_and(ends_a_line_of_one_word) && starts_with_letter(k);
    join_lines_marking(&kept, |k| glued.get(k).copied().unwrap_or(false), unsure)
}

/// A printed line of one word whose last character is a Bengali letter or sign
/// (a word cut at the column's edge ends so).
fn ends_a_line_of_one_word(line: &(String, usize)) -> bool {
    line.1 == 1
        && line.0.trim_end().chars().next_back().is_some_and(|c| is_bengali_letter(c) || is_dependent_sign(c))
}

/// [`join_lines`], with line `k` (of the non-blank lines) glued to the one before
/// it when `glued(k)`.
fn join_lines_gluing(lines: &[(String, usize)], glued: impl Fn(usize) -> bool) -> String {
    join_lines_marking(lines, glued, |_| false)
}

/// [`join_lines_gluing`], with [`UNSURE_BREAK`] instead of a space before line
/// `k` when `unsure(k)`.
fn join_lines_marking(
    lines: &[(String, usize)],
    glued: impl Fn(usize) -> bool,
    unsure: impl Fn(usize) -> bool,
) -> String {
    let mut out = String::new();
    let mut previous: Option<&(String, usize)> = None;
    for (k, line) in lines.iter().filter(|(t, _)| !t.trim().is_empty()).enumerate() {
        let text = line.0.trim();
        if let Some(prev) = previous {
            if !glued(k) && needs_space(prev, text) {
                out.push(if unsure(k) { UNSURE_BREAK } else { ' ' });
            }
        }
        out.push_str(text);
        previous = Some(line);
    }
    out
}

/// How many orthographic clusters a piece of Bengali letters and signs holds (a
/// consonant with its conjoined consonants and signs, or a vowel with its signs;
/// a leading sign continues a cluster from before and adds none). `None` when it
/// holds anything else: digits, punctuation, Latin.
pub fn cluster_count(text: &str) -> Option<usize> {
    let mut count = 0;
    let mut after_virama = false;
    for c in text.chars() {
        if is_bengali_letter(c) {
            if !after_virama {
                count += 1;
            }
            after_virama = false;
        } else if is_dependent_sign(c) || c == ZWJ || c == ZWNJ {
            after_virama = c == VIRAMA || (after_virama && c == ZWJ);
        } else {
            return None;
        }
    }
    (!text.is_empty()).then_some(count)
}

/// `prev` is a printed line and how many pieces (words) it has.
fn needs_space(prev: &(String, usize), next: &str) -> bool {
    let (prev_text, prev_pieces) = prev;
    let prev_text = prev_text.trim_end();
    if cannot_start_word(next) || must_continue(prev_text) {
        return false;
    }
    if next.chars().next().is_some_and(never_starts_a_line) {
        return false;
    }
    let mut tail = prev_text.chars().rev();
    let last = tail.next();
    let before_last = tail.next();
    if last.is_some_and(|c| c == '-' || c == '\u{2010}')
        && before_last.is_some_and(|c| c.is_alphanumeric() || is_dependent_sign(c))
    {
        return false;
    }
    // A number is only broken when it alone was wider than the column.
    let broken_number =
        *prev_pieces == 1 && last.is_some_and(is_digit) && next.chars().next().is_some_and(is_digit);
    !broken_number
}

/// Characters that line breaking never puts at the start of a line (UAX #14
/// classes CL, CP, EX, IS, SY and the danda).
fn never_starts_a_line(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | ',' | '.' | ';' | ':' | '!' | '?' | '/' | '%' | '।' | '॥')
}

/// Settles every [`UNSURE_BREAK`] in a document's drafts: the pieces on its two
/// sides are one word when that word is printed whole somewhere else in the
/// document (`তারিখ` in a header, `তারি` / `খ` in a narrow column); otherwise
/// the break was a space. Nothing but the document's own words is consulted, so
/// no word is ever made up.
pub fn settle_unsure_breaks(pages: &mut [Vec<Draft>]) {
    // Most documents have no unsure break: look before collecting their words.
    let mut unsure = false;
    for draft in pages.iter_mut().flatten() {
        for_each_text(draft, |text| unsure |= text.contains(UNSURE_BREAK));
    }
    if !unsure {
        return;
    }
    let mut words: HashSet<String> = HashSet::new();
    for draft in pages.iter_mut().flatten() {
        for_each_text(draft, |text| {
            let whole = text.split_whitespace().filter(|w| !w.contains(UNSURE_BREAK));
            words.extend(whole.map(|w| trim_punctuation(w).to_string()));
        });
    }
    for draft in pages.iter_mut().flatten() {
        for_each_text(draft, |text| {
            if text.contains(UNSURE_BREAK) {
                *text = settle_text(text, &words);
            }
        });
    }
}

/// One text with its unsure breaks settled against the document's words.
fn settle_text(text: &str, words: &HashSet<String>) -> String {
    let settled: Vec<String> = text
        .split(' ')
        .map(|token| {
            if !token.contains(UNSURE_BREAK) {
                return token.to_string();
            }
            let joined: String = token.chars().filter(|&c| c != UNSURE_BREAK).collect();
            if words.contains(trim_punctuation(&joined)) { joined } else { token.replace(UNSURE_BREAK, " ") }
        })
        .collect();
    settled.join(" ")
}

/// A word without the punctuation around it (`তারিখ:` → `তারিখ`).
fn trim_punctuation(word: &str) -> &str {
    word.trim_matches(|c: char| !(c.is_alphanumeric() || is_dependent_sign(c)))
}

/// Calls `f` on each text of a draft: its lines, or its cells.
fn for_each_text(draft: &mut Draft, mut f: impl FnMut(&mut String)) {
    match draft {
        Draft::Paragraph { lines, .. } => lines.iter_mut().for_each(f),
        Draft::Table(grid) => grid.rows.iter_mut().flatten().for_each(|c| f(&mut c.text)),
        Draft::PageBreak => {}
    }
}

/// The box of pieces, or `None` for none.
pub fn bbox_of<'a>(pieces: impl IntoIterator<Item = &'a Piece>) -> Option<BBox> {
    pieces.into_iter().map(|p| p.bbox).reduce(|a, b| a.union(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sabha_doc::{GridCell, GridTable};

    fn w(text: &str, x0: f32, x1: f32) -> Word {
        Word::new(text, BBox { x0, y0: 100.0, x1, y1: 115.6 })
    }

    fn geometric() -> FragmentRule {
        FragmentRule { breaks: WordBreaks::Geometric, join_below: 0.15 }
    }

    fn joined(words: Vec<Word>, rule: FragmentRule) -> Vec<String> {
        join_fragments(words, rule).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn narrow_gaps_join_fragments_in_a_text_layer() {
        // Gaps measured in the corpus: নেতৃ|ত্ব 1.28 (0.08 h), a real space 3.1 (0.2 h).
        let words = vec![w("নেতৃ", 400.3, 418.9), w("ত্ব", 420.18, 428.1), w("প্রদানের", 431.18, 469.25)];
        assert_eq!(joined(words, geometric()), ["নেতৃত্ব", "প্রদানের"]);
    }

    #[test]
    fn ocr_words_are_not_joined_by_gap_alone() {
        let words = vec![w("নেতৃ", 400.3, 418.9), w("ত্ব", 420.18, 428.1)];
        assert_eq!(joined(words, FragmentRule::default()), ["নেতৃ", "ত্ব"]);
    }

    #[test]
    fn a_piece_starting_with_a_vowel_sign_joins_in_any_engine() {
        let words = vec![w("কর্মকর্ত", 306.5, 340.0), w("াগণের", 341.9, 371.7)];
        assert_eq!(joined(words.clone(), FragmentRule::default()), ["কর্মকর্তাগণের"]);
        // …but not across a column gap.
        let far = vec![w("কর্মকর্ত", 306.5, 340.0), w("াগণের", 360.0, 390.0)];
        assert_eq!(joined(far, FragmentRule::default()).len(), 2);
    }

    #[test]
    fn touching_punctuation_joins() {
        let words = vec![w("www", 72.1, 95.79), w(".", 95.8, 99.02), w("gov", 98.98, 120.0)];
        assert_eq!(joined(words, geometric()), ["www.gov"]);
    }

    #[test]
    fn the_space_is_the_narrowest_common_gap_not_the_stretched_ones() {
        // 30 natural spaces of 0.2, 200 justified ones spread from 0.25 to 0.45,
        // and a few fragment gaps at 0.12.
        let mut gaps: Vec<f32> = (0..200).map(|i| 0.25 + 0.001 * i as f32).collect();
        gaps.extend([0.2; 30]);
        gaps.extend([0.12; 4]);
        let space = space_share(gaps).unwrap();
        assert!((space - 0.205).abs() < 1e-3, "{space}");
    }

    #[test]
    fn threshold_is_learned_within_bounds() {
        assert_eq!(space_share(vec![0.2; 5]), None);
        assert_eq!(gap_threshold(None), DEFAULT_JOIN_BELOW);
        let t = gap_threshold(space_share(vec![0.19; 100]));
        assert!((t - 0.175).abs() < 1e-3, "{t}");
        assert_eq!(gap_threshold(space_share(vec![0.5; 100])), JOIN_BELOW_MAX);
        assert_eq!(gap_threshold(space_share(vec![0.08; 100])), JOIN_BELOW_MIN);
    }

    fn lines(items: &[(&str, usize)]) -> String {
        let owned: Vec<(String, usize)> = items.iter().map(|(t, n)| (t.to_string(), *n)).collect();
        join_lines(&owned)
    }

    #[test]
    fn wrapped_lines_join_with_a_space() {
        assert_eq!(lines(&[("গত সভার", 2), ("কার্যবিবরণী", 1), ("অনুমোদন", 1)]), "গত সভার কার্যবিবরণী অনুমোদন");
    }

    #[test]
    fn a_line_starting_with_a_sign_continues_the_word() {
        assert_eq!(lines(&[("ক", 1), ("্র", 1), ("ঃ", 1)]), "ক্রঃ");
        assert_eq!(lines(&[("সদস", 1), ("্য/বিভাগীয়", 1)]), "সদস্য/বিভাগীয়");
    }

    #[test]
    fn hyphen_and_slash_breaks() {
        assert_eq!(lines(&[("বার্ষিক ই-", 2), ("গভর্ন্যান্স", 1)]), "বার্ষিক ই-গভর্ন্যান্স");
        assert_eq!(lines(&[("৬/০৩", 1), ("/২০২", 1), ("২", 1)]), "৬/০৩/২০২২");
        // A break after a slash may have been at a space: keep it.
        assert_eq!(lines(&[("সদস্য/", 1), ("বিভাগীয়", 1)]), "সদস্য/ বিভাগীয়");
        // A free-standing dash is not a word-internal hyphen.
        assert_eq!(lines(&[("১০ -", 2), ("২০", 1)]), "১০ - ২০");
    }

    /// A cell's text as laid out in a document with no other words.
    fn cell(items: &[(&str, usize)]) -> String {
        cell_among(items, &[])
    }

    /// A cell's text as laid out in a document that prints `words` elsewhere.
    fn cell_among(items: &[(&str, usize)], words: &[&str]) -> String {
        let owned: Vec<(String, usize)> = items.iter().map(|(t, n)| (t.to_string(), *n)).collect();
        let words: HashSet<String> = words.iter().map(|w| w.to_string()).collect();
        settle_text(&join_cell_lines(&owned), &words)
    }

    #[test]
    fn a_word_cut_at_a_narrow_column_is_joined_when_the_document_prints_it_whole() {
        assert_eq!(cell_among(&[("তারি", 1), ("খ", 1)], &["তারিখ"]), "তারিখ");
        assert_eq!(cell_among(&[("লক্ষ্যমা", 1), ("ত্রা ২০২১-২২", 2)], &["লক্ষ্যমাত্রা"]), "লক্ষ্যমাত্রা ২০২১-২২");
        // Without the whole word elsewhere, the break is a space.
        assert_eq!(cell_among(&[("তারি", 1), ("খ", 1)], &["তারি"]), "তারি খ");
        // A line of two words did not end in a cut word.
        assert_eq!(cell_among(&[("সভার তারি", 2), ("খ", 1)], &["তারিখ"]), "সভার তারি খ");
    }

    #[test]
    fn unsure_breaks_are_settled_across_the_whole_document() {
        let table = GridCell::new(join_cell_lines(&[("তারি".into(), 1), ("খ".into(), 1)]));
        let header =
            Draft::Paragraph {
                lines: vec!["সভার তারিখ: ১২ পৌষ ১৪২৮".into()], heading: 0, bold: false
            };
        let mut pages = vec![vec![header], vec![Draft::Table(GridTable { rows: vec![vec![table]] })]];
        settle_unsure_breaks(&mut pages);
        let Some(Draft::Table(grid)) = pages[1].first() else { panic!("{pages:?}") };
        assert_eq!(grid.rows[0][0].text, "তারিখ");
    }

    #[test]
    fn clusters_are_counted_with_their_conjuncts_and_signs() {
        assert_eq!(cluster_count("ও"), Some(1));
        assert_eq!(cluster_count("র্টা"), Some(1));
        assert_eq!(cluster_count("়ে"), Some(0));
        assert_eq!(cluster_count("পো"), Some(1));
        assert_eq!(cluster_count("হালনাগাদ"), Some(5));
        assert_eq!(cluster_count("ক্ষ"), Some(1));
        assert_eq!(cluster_count("র\u{200D}্য"), Some(1));
        assert_eq!(cluster_count("৮."), None);
        assert_eq!(cluster_count("a"), None);
        assert_eq!(cluster_count(""), None);
    }

    #[test]
    fn a_cell_wrapped_cluster_by_cluster_is_one_word() {
        // The serial column of the corpus' first seed, row ৮, page by page.
        assert_eq!(cell(&[("৮.", 1), ("ও", 1), ("য", 1)]), "৮. ওয");
        let rest = [("়ে", 1), ("ব", 1), ("পো", 1), ("র্টা", 1), ("ল", 1), ("হা", 1), ("ল", 1), ("না", 1)];
        assert_eq!(cell(&rest), "়েবপোর্টালহালনা");
    }

    #[test]
    fn short_words_on_lines_of_their_own_stay_words() {
        // Two lines of two clusters each: words, not pieces.
        assert_eq!(cell(&[("সভা", 1), ("শেষ", 1)]), "সভা শেষ");
        // A one-cluster word after a line of several words.
        assert_eq!(cell(&[("জেলা ও", 2), ("উপজেলা", 1)]), "জেলা ও উপজেলা");
        // Digits keep the number rule; Latin letters are not clusters.
        assert_eq!(cell(&[("a", 1), ("b", 1)]), "a b");
        assert_eq!(cell(&[("ক", 1), ("", 0), ("খ", 1)]), "কখ");
    }

    #[test]
    fn numbers_on_separate_lines_of_several_words_stay_apart() {
        assert_eq!(lines(&[("মোট ১০", 2), ("২০ জন", 2)]), "মোট ১০ ২০ জন");
    }
}
