//! Safe clean-up of Tesseract's Bengali, word by word, before the layout step.
//!
//! Only misreadings that cannot be the document's own text are changed, and each
//! change is counted for the `ocr` warning:
//! - **Table rules and dandas** (`strokes`): a bordered table's vertical
//!   rules are dropped; `|` after Bengali is the danda `।`.
//! - **Assamese letters**: ৰ and ৱ (Assamese ra and wa, which the Bengali model
//!   offers for the same shapes) are র and ব.
//! - **Latin look-alike digits in a Bengali number**: `o`, `O` and `0` (০), `2`
//!   (২) and `8` (৪) between Bengali digits, or at the edge of a word that is
//!   otherwise a Bengali number, are the Bengali digits (`২o২৩` -> `২০২৩`,
//!   `১৪/০8/২০২২` -> `১৪/০৪/২০২২`). Offices do not mix digit scripts inside one
//!   number; the English model reads those shapes so.
//! - **Currency numerator as danda**: `৷` (U+09F7, an old money sign the
//!   Bengali model offers for the danda's shape) ending a Bengali word is `।`.
//! - **Paragraph numbers**: `০৪।` opening a Bengali paragraph, read by the
//!   English model as `08|` or `081` (০ ৪ ২ look like 0 8 2, the danda like `|`
//!   or `1`), is `০৪।` again: only at the start of a line, before Bengali text,
//!   and only for those look-alike digits.
//! - **Split numbers**: two digit groups of one script whose gap is far narrower
//!   than a word space are one number split by a stray space (a phone number
//!   printed as one). A gap as wide as a real space is kept: the document may
//!   write `০১৭১১ ২৩৪৫৬৭` itself.
//!
//! Low-confidence words are never dropped or changed for being unsure.

use super::model::{OcrLine, OcrPage, OcrWord};
use super::strokes::clean_strokes;
use crate::layout::lines::median;

/// Digit groups closer than this share of the line height are one number.
const NUMBER_JOIN_GAP: f32 = 0.12;

/// What the clean-up changed, for the `ocr` warning.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Corrections {
    /// `|` read as `।` (or `||` as `॥`).
    pub dandas: usize,
    /// Table-rule marks dropped.
    pub rule_marks: usize,
    /// ৰ/ৱ read as র/ব.
    pub assamese: usize,
    /// Latin look-alike digits (o O 0 2 8) in a Bengali number made Bengali.
    pub look_alike_digits: usize,
    /// Numbers rejoined across a stray space.
    pub numbers_joined: usize,
    /// Paragraph numbers read in Latin look-alike digits restored.
    pub list_numbers: usize,
}

impl Corrections {
    pub fn add(&mut self, other: Corrections) {
        self.dandas += other.dandas;
        self.rule_marks += other.rule_marks;
        self.assamese += other.assamese;
        self.look_alike_digits += other.look_alike_digits;
        self.numbers_joined += other.numbers_joined;
        self.list_numbers += other.list_numbers;
    }

    /// A phrase for the warning message; empty when nothing changed.
    pub fn describe(&self) -> String {
        let parts = [
            (self.dandas, "`|` read as danda `।`"),
            (self.rule_marks, "table-rule mark(s) dropped"),
            (self.assamese, "Assamese ৰ/ৱ read as র/ব"),
            (self.look_alike_digits, "Latin look-alike digit(s) in a Bengali number read as Bengali"),
            (self.numbers_joined, "number(s) rejoined across a stray space"),
            (self.list_numbers, "paragraph number(s) read in Latin digits restored"),
        ];
        parts
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Cleans a page's words in place.
pub fn clean_page(page: &mut OcrPage) -> Corrections {
    let mut c = Corrections::default();
    for word in page.lines.iter_mut().flat_map(|l| &mut l.words) {
        c.assamese += assamese_as_bengali(&mut word.text);
        c.look_alike_digits += look_alike_digits_as_bengali(&mut word.text);
        c.dandas += numerator_as_danda(&mut word.text);
    }
    let strokes = clean_strokes(page);
    c.dandas = strokes.dandas;
    c.rule_marks = strokes.rule_marks;
    for line in &mut page.lines {
        let height = line_height(line);
        c.numbers_joined += join_split_numbers(line, height);
        c.list_numbers += paragraph_number_as_bengali(line);
    }
    page.lines.retain(|l| !l.words.is_empty());
    c
}

/// `08|`, `081`, `08।` or `08.` opening a line of Bengali text is `০৪।` (`০৪.`):
/// Latin digits that look like Bengali ones (0 ০, 2 ২, 8 ৪), then a danda read as
/// `|`, `1` or `l`. Returns 1 when the line's first word was restored.
pub fn paragraph_number_as_bengali(line: &mut OcrLine) -> usize {
    let followed_by_bengali =
        line.words.get(1).and_then(|w| w.text.chars().next()).is_some_and(crate::script::is_bengali_letter);
    let Some(first) = line.words.first_mut().filter(|_| followed_by_bengali) else { return 0 };
    let chars: Vec<char> = first.text.chars().collect();
    let Some((&end, digits)) = chars.split_last() else { return 0 };
    let look_alike = |c: &char| c.is_ascii_digit() && is_look_alike_digit(*c);
    if !(1..=2).contains(&digits.len())
        || !digits.iter().all(look_alike)
        || !matches!(end, '|' | '1' | 'l' | '।' | '.')
    {
        return 0;
    }
    let mut restored: String = digits.iter().map(|&c| bengali_look_alike(c)).collect();
    restored.push(if end == '.' { '.' } else { '।' });
    first.text = restored;
    1
}

/// ৰ -> র, ৱ -> ব; returns how many.
pub fn assamese_as_bengali(text: &mut String) -> usize {
    let n = text.chars().filter(|c| matches!(c, '\u{09F0}' | '\u{09F1}')).count();
    if n > 0 {
        *text = text.replace('\u{09F0}', "\u{09B0}").replace('\u{09F1}', "\u{09AC}");
    }
    n
}

/// A Latin letter or digit the English model reads for a Bengali digit.
fn is_look_alike_digit(c: char) -> bool {
    matches!(c, 'o' | 'O' | '0' | '2' | '8')
}

/// The Bengali digit a Latin look-alike stands for.
fn bengali_look_alike(c: char) -> char {
    match c {
        '2' => '\u{09E8}',
        '8' => '\u{09EA}',
        _ => '\u{09E6}',
    }
}

/// `৷` (U+09F7) ending a word after a Bengali letter or sign -> `।`; returns 1
/// when changed.
pub fn numerator_as_danda(text: &mut String) -> usize {
    let Some(stem) = text.strip_suffix('\u{09F7}') else { return 0 };
    let after_bengali = stem
        .chars()
        .next_back()
        .is_some_and(|c| crate::script::is_bengali_letter(c) || crate::script::is_dependent_sign(c));
    if !after_bengali {
        return 0;
    }
    *text = format!("{stem}\u{0964}");
    1
}

/// Punctuation that appears inside numbers, dates and phone numbers.
fn is_number_punctuation(c: char) -> bool {
    matches!(c, ',' | '.' | '/' | '-' | ':')
}

/// Latin look-alikes (`o O 0 2 8`) -> Bengali digits where a Bengali digit
/// touches the run and the run is either between two Bengali digits or the rest
/// of the word is a Bengali number.
pub fn look_alike_digits_as_bengali(text: &mut String) -> usize {
    if !text.chars().any(is_look_alike_digit) || !text.chars().any(is_bengali_digit) {
        return 0;
    }
    let chars: Vec<char> = text.chars().collect();
    let numeric_word =
        chars.iter().all(|&c| is_bengali_digit(c) || is_look_alike_digit(c) || is_number_punctuation(c));
    let mut out = chars.clone();
    let mut changed = 0;
    let mut i = 0;
    while i < chars.len() {
        if !chars.get(i).copied().is_some_and(is_look_alike_digit) {
            i += 1;
            continue;
        }
        let start = i;
        while chars.get(i).copied().is_some_and(is_look_alike_digit) {
            i += 1;
        }
        let before = start.checked_sub(1).and_then(|b| chars.get(b)).copied().is_some_and(is_bengali_digit);
        let after = chars.get(i).copied().is_some_and(is_bengali_digit);
        if (before && after) || (numeric_word && (before || after)) {
            for slot in out.iter_mut().take(i).skip(start) {
                *slot = bengali_look_alike(*slot);
            }
            changed += i - start;
        }
    }
    if changed > 0 {
        *text = out.into_iter().collect();
    }
    changed
}

pub(super) fn line_height(line: &OcrLine) -> f32 {
    median(line.words.iter().map(|w| w.bbox.height()).collect()).max(1.0)
}

pub(super) fn is_bengali_digit(c: char) -> bool {
    ('\u{09E6}'..='\u{09EF}').contains(&c)
}

/// The gap from the previous word, as a share of the line height.
pub(super) fn gap_share(prev: &OcrWord, word: &OcrWord, height: f32) -> f32 {
    (word.bbox.x0 - prev.bbox.x1) / height
}

/// Appends `word` to `prev` (no space), covering both boxes.
pub(super) fn merge_into(prev: &mut OcrWord, word: &OcrWord, text: &str) {
    prev.text.push_str(text);
    prev.bbox = prev.bbox.union(&word.bbox);
    prev.confidence = prev.confidence.min(word.confidence);
}

/// The digit script of a number-like word (`Some(true)` Bengali, `Some(false)`
/// ASCII), `None` when it is not only digits and number punctuation or mixes
/// scripts.
fn number_script(text: &str) -> Option<bool> {
    let mut bengali = false;
    let mut ascii = false;
    for c in text.chars() {
        if is_bengali_digit(c) {
            bengali = true;
        } else if c.is_ascii_digit() {
            ascii = true;
        } else if !is_number_punctuation(c) {
            return None;
        }
    }
    match (bengali, ascii) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Joins neighbouring digit groups of one script with a gap far narrower than a
/// word space.
fn join_split_numbers(line: &mut OcrLine, height: f32) -> usize {
    let mut joined = 0;
    let mut kept: Vec<OcrWord> = Vec::with_capacity(line.words.len());
    for word in std::mem::take(&mut line.words) {
        if let Some(prev) = kept.last_mut() {
            let same_script = number_script(&prev.text).is_some_and(|s| Some(s) == number_script(&word.text));
            let starts_with_digit = word.text.chars().next().is_some_and(|c| c.is_numeric());
            let gap = gap_share(prev, &word, height);
            if same_script && starts_with_digit && (0.0..NUMBER_JOIN_GAP).contains(&gap) {
                merge_into(prev, &word, &word.text);
                joined += 1;
                continue;
            }
        }
        kept.push(word);
    }
    line.words = kept;
    joined
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::BBox;

    fn word(text: &str, x0: f32, x1: f32, y: f32) -> OcrWord {
        OcrWord { text: text.into(), bbox: BBox { x0, y0: y, x1, y1: y + 60.0 }, confidence: 90.0 }
    }

    fn line(words: &[(&str, f32, f32)], y: f32) -> OcrLine {
        OcrLine { words: words.iter().map(|&(t, a, b)| word(t, a, b, y)).collect(), baseline: None }
    }

    fn texts(page: &OcrPage) -> Vec<Vec<String>> {
        page.lines.iter().map(|l| l.words.iter().map(|w| w.text.clone()).collect()).collect()
    }

    fn page(lines: Vec<OcrLine>) -> OcrPage {
        OcrPage { number: 1, width: 2480.0, height: 3508.0, lines, rules: Vec::new() }
    }

    #[test]
    fn assamese_ra_and_wa_become_bengali() {
        let mut t = String::from("চৰ্চাৱ");
        assert_eq!(assamese_as_bengali(&mut t), 2);
        assert_eq!(t, "চর্চাব");
        let mut plain = String::from("চর্চা");
        assert_eq!(assamese_as_bengali(&mut plain), 0);
    }

    #[test]
    fn latin_o_between_bengali_digits_is_zero() {
        for (read, meant) in [("২o২৩", "২০২৩"), ("১OO", "১০০"), ("১৫/o৯/২০২৩", "১৫/০৯/২০২৩"), ("o৫", "০৫")]
        {
            let mut t = String::from(read);
            assert!(look_alike_digits_as_bengali(&mut t) > 0, "{read}");
            assert_eq!(t, meant);
        }
    }

    #[test]
    fn latin_look_alike_digits_in_a_bengali_number_are_bengali() {
        for (read, meant) in
            [("১৪/০8/২০২২", "১৪/০৪/২০২২"), ("৬0", "৬০"), ("২০2২", "২০২২"), ("৩০/0৯", "৩০/০৯")]
        {
            let mut t = String::from(read);
            assert!(look_alike_digits_as_bengali(&mut t) > 0, "{read}");
            assert_eq!(t, meant);
        }
        // Latin numbers, and Latin digits beside a Bengali number but not in it, stay.
        for text in ["2024", "৫/25", "Room 208", "১০-20"] {
            let mut t = String::from(text);
            assert_eq!(look_alike_digits_as_bengali(&mut t), 0, "{text}");
        }
    }

    #[test]
    fn the_currency_numerator_ending_a_bengali_word_is_a_danda() {
        let mut t = String::from("হয়েছে\u{09F7}");
        assert_eq!(numerator_as_danda(&mut t), 1);
        assert_eq!(t, "হয়েছে।");
        for text in ["\u{09F7}", "১\u{09F7}", "টাকা", "a\u{09F7}"] {
            let mut t = String::from(text);
            assert_eq!(numerator_as_danda(&mut t), 0, "{text}");
        }
    }

    #[test]
    fn latin_o_elsewhere_is_kept() {
        for text in ["No", "o", "২০২৩", "gov.bd", "১২ko", "Room৫o"] {
            let mut t = String::from(text);
            assert_eq!(look_alike_digits_as_bengali(&mut t), 0, "{text}");
            assert_eq!(t, text);
        }
        // Between Bengali digits inside a longer word it is still a zero.
        let mut t = String::from("২o২৩-এর");
        assert_eq!(look_alike_digits_as_bengali(&mut t), 1);
        assert_eq!(t, "২০২৩-এর");
    }

    #[test]
    fn digit_groups_split_by_a_hairline_gap_are_one_number() {
        let mut p = page(vec![line(
            &[("মোবাইল:", 100.0, 300.0), ("০১৭১১", 330.0, 480.0), ("২৩৪৫৬৭", 484.0, 660.0)],
            100.0,
        )]);
        let c = clean_page(&mut p);
        assert_eq!(texts(&p), [vec!["মোবাইল:", "০১৭১১২৩৪৫৬৭"]]);
        assert_eq!(c.numbers_joined, 1);
    }

    #[test]
    fn digit_groups_a_space_apart_or_in_two_scripts_stay_apart() {
        let mut p = page(vec![
            line(&[("০১৭১১", 330.0, 480.0), ("২৩৪৫৬৭", 495.0, 660.0)], 100.0),
            line(&[("১", 330.0, 350.0), ("2", 352.0, 370.0)], 200.0),
            line(&[("১০", 330.0, 360.0), ("জন", 362.0, 420.0)], 300.0),
        ]);
        let c = clean_page(&mut p);
        assert_eq!(texts(&p), [vec!["০১৭১১", "২৩৪৫৬৭"], vec!["১", "2"], vec!["১০", "জন"]]);
        assert_eq!(c.numbers_joined, 0);
    }

    #[test]
    fn a_paragraph_number_in_latin_look_alikes_is_bengali_again() {
        for (read, meant) in [("081", "০৪।"), ("08|", "০৪।"), ("02।", "০২।"), ("08.", "০৪."), ("8l", "৪।")]
        {
            let mut l = line(&[(read, 100.0, 140.0), ("কমিটির", 150.0, 250.0)], 100.0);
            assert_eq!(paragraph_number_as_bengali(&mut l), 1, "{read}");
            assert_eq!(l.words[0].text, meant);
        }
    }

    #[test]
    fn other_leading_numbers_are_kept() {
        // English text after it, other digits, a plain number, a year, a word
        // other than the first.
        for (first, second) in [("081", "Minutes"), ("051", "কমিটির"), ("08", "কমিটির"), ("2024.", "সালের")]
        {
            let mut l = line(&[(first, 100.0, 140.0), (second, 150.0, 250.0)], 100.0);
            assert_eq!(paragraph_number_as_bengali(&mut l), 0, "{first} {second}");
            assert_eq!(l.words[0].text, first);
        }
        let mut l = line(&[("সভা", 10.0, 90.0), ("081", 100.0, 140.0), ("কমিটির", 150.0, 250.0)], 100.0);
        assert_eq!(paragraph_number_as_bengali(&mut l), 0);
    }

    #[test]
    fn low_confidence_words_are_kept() {
        let mut p = page(vec![line(&[("ঝাপসা", 100.0, 200.0)], 100.0)]);
        p.lines[0].words[0].confidence = 3.0;
        clean_page(&mut p);
        assert_eq!(texts(&p), [vec!["ঝাপসা"]]);
    }

    #[test]
    fn corrections_describe_only_what_happened() {
        let c = Corrections { dandas: 2, numbers_joined: 1, ..Corrections::default() };
        assert_eq!(c.describe(), "2 `|` read as danda `।`, 1 number(s) rejoined across a stray space");
        assert_eq!(Corrections::default().describe(), "");
    }
}
