//! Which words of a line are Bijoy-encoded.
//!
//! Bijoy text is ASCII and Windows-1252 characters, so it cannot be told from English
//! by the characters alone. Each word is judged by
//! - glyphs that only Bijoy text has next to letters (`‡`, `¯`, `š`, Latin-1 letters …);
//! - a bigram model of Bijoy words against English words ([`super::model`]), which
//!   sees `evsjv` (বাংলা) as Bijoy and `Revenue` as English;
//! - web addresses and e-mail addresses, which stay as written.
//!
//! A line is converted only when its Bijoy evidence outweighs its English evidence.
//! Inside such a line, a run of clearly English words survives (so `Revenue Case
//! Management System Software` in the middle of a Bijoy sentence stays English), and
//! digits and punctuation go with the words around them.

use super::classes::{
    BIJOY_GLYPH, BOUNDARY, NEUTRAL, PUNCTUATION, class_of, is_latin1_letter, is_strong_glyph,
    is_symbol_glyph, starts_non_indic_char,
};
use super::model::LLR;
use crate::bytes::any_byte;

/// Score (log-likelihood ratio × 16) at or above which a word reads as Bijoy.
const BIJOY_AT: i32 = 24;
/// Score at or below which a word reads as English.
const ENGLISH_AT: i32 = -24;
/// Score at or below which a single word stays English even inside a Bijoy line.
const CLEARLY_ENGLISH_AT: i32 = -96;
/// What one Latin-1 letter adds to a word's score: some evidence, never proof.
const LATIN1_LETTER: i32 = 16;
/// A single bigram may not swing a word by more than this.
const BIGRAM_CAP: i32 = 64;

/// How a word reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Holds Bengali Unicode letters or other scripts: never converted.
    Unicode,
    /// No letters (numbers, punctuation): goes with its neighbours.
    Neutral,
    /// A web or e-mail address: never converted.
    Address,
    /// Letters judged by the model; `strong` when it holds Bijoy-only glyphs.
    /// Words of one or two letters (`I` is ও, `Ki` is কর) never count as clearly
    /// English.
    Scored { score: i32, strong: bool, letters: usize },
}

impl Reading {
    fn is_bijoy(self) -> bool {
        matches!(self, Reading::Scored { strong: true, .. })
            || matches!(self, Reading::Scored { score, .. } if score >= BIJOY_AT)
    }

    fn is_english(self) -> bool {
        matches!(self, Reading::Scored { score, strong: false, .. } if score <= ENGLISH_AT)
    }

    fn is_clearly_english(self) -> bool {
        matches!(self, Reading::Address)
            || matches!(self, Reading::Scored { score, strong: false, letters } if score <= CLEARLY_ENGLISH_AT && letters >= 3)
    }
}

/// What the document as a whole looks like, to settle lines with little evidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Prior {
    /// Most lines with Latin letters in this document are Bijoy.
    pub bijoy_document: bool,
}

/// Evidence counted over a line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineEvidence {
    pub strong: usize,
    pub bijoy: usize,
    pub english: usize,
}

impl LineEvidence {
    pub fn of(line: &str) -> LineEvidence {
        let mut evidence = LineEvidence::default();
        for (_, word) in words(line) {
            let reading = read_word(word);
            if matches!(reading, Reading::Scored { strong: true, .. }) {
                evidence.strong += 1;
            } else if reading.is_bijoy() {
                evidence.bijoy += 1;
            } else if reading.is_english() || reading == Reading::Address {
                evidence.english += 1;
            }
        }
        evidence
    }

    /// Enough to call the line Bijoy.
    pub fn is_bijoy(self, prior: Prior) -> bool {
        let bijoy = self.strong + self.bijoy;
        if bijoy == 0 {
            return false;
        }
        self.strong >= 2
            || (self.strong >= 1 && bijoy > self.english)
            || (self.bijoy >= 3 && self.bijoy >= 2 * self.english)
            || (prior.bijoy_document && bijoy > self.english)
    }
}

/// Whether a document of these lines is mostly Bijoy where it has Latin letters.
pub(crate) fn document_prior<'a>(lines: impl IntoIterator<Item = &'a str>) -> Prior {
    let (mut bijoy_lines, mut latin_lines) = (0usize, 0usize);
    for line in lines {
        if !any_byte(line.as_bytes(), |b| b.is_ascii_alphabetic()) {
            continue;
        }
        latin_lines += 1;
        if LineEvidence::of(line).is_bijoy(Prior::default()) {
            bijoy_lines += 1;
        }
    }
    Prior { bijoy_document: bijoy_lines >= 3 && bijoy_lines * 2 >= latin_lines }
}

/// The byte ranges of `line` to convert from Bijoy, or an empty list when the line
/// is not Bijoy.
pub(crate) fn bijoy_ranges(line: &str, prior: Prior) -> Vec<std::ops::Range<usize>> {
    let may_hold_glyphs = any_byte(line.as_bytes(), |b| b.is_ascii_alphabetic() | starts_non_indic_char(b));
    if !may_hold_glyphs || !line.chars().any(|c| c.is_ascii_alphabetic() || is_strong_glyph(c)) {
        return Vec::new();
    }
    if !LineEvidence::of(line).is_bijoy(prior) {
        return Vec::new();
    }
    let words: Vec<(usize, &str)> = words(line).collect();
    let readings: Vec<Reading> = words.iter().map(|(_, w)| read_word(w)).collect();
    let convert = decide_words(&readings);
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for ((start, word), convert) in words.iter().zip(convert) {
        if !convert {
            continue;
        }
        let end = start + word.len();
        match ranges.last_mut() {
            // Join neighbouring words with the white space between them.
            Some(last) if line.get(last.end..*start).is_some_and(|gap| gap.trim().is_empty()) => {
                last.end = end;
            }
            _ => ranges.push(*start..end),
        }
    }
    ranges
}

/// For each word of a Bijoy line: convert it or not.
fn decide_words(readings: &[Reading]) -> Vec<bool> {
    let english: Vec<bool> = readings
        .iter()
        .enumerate()
        .map(|(i, r)| {
            // An English-looking word stays English in a run of such words that
            // holds one clearly English word (short Bijoy words such as `Ges` এবং
            // and `nq` হয় can look English on their own).
            r.is_english() && run_around(readings, i).iter().any(|r| r.is_clearly_english())
                || r.is_clearly_english()
        })
        .collect();
    let mut convert: Vec<Option<bool>> = readings
        .iter()
        .zip(&english)
        .map(|(r, &english)| match r {
            Reading::Unicode | Reading::Address => Some(false),
            Reading::Neutral => None,
            Reading::Scored { .. } => Some(!english),
        })
        .collect();
    // Numbers and punctuation go with the word before them, else the word after.
    for i in 0..convert.len() {
        if convert.get(i).copied().flatten().is_none() {
            let before = convert.get(..i).and_then(|s| s.iter().rev().find_map(|c| *c));
            let after = convert.get(i + 1..).and_then(|s| s.iter().find_map(|c| *c));
            if let Some(slot) = convert.get_mut(i) {
                *slot = Some(before.or(after).unwrap_or(true));
            }
        }
    }
    convert.into_iter().map(|c| c.unwrap_or(false)).collect()
}

/// The run of English-looking words around position `i`.
fn run_around(readings: &[Reading], i: usize) -> &[Reading] {
    let is_english = |r: &Reading| r.is_english() || r.is_clearly_english();
    let start = readings
        .get(..i)
        .map_or(i, |before| before.iter().rposition(|r| !is_english(r)).map_or(0, |p| p + 1));
    let end = readings
        .get(i..)
        .map_or(i, |after| after.iter().position(|r| !is_english(r)).map_or(readings.len(), |p| i + p));
    readings.get(start..end).unwrap_or_default()
}

/// The white-space separated words of `line` with their byte offsets.
fn words(line: &str) -> impl Iterator<Item = (usize, &str)> {
    line.split(char::is_whitespace)
        .scan(0usize, |offset, word| {
            let start = *offset;
            *offset += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// How one word reads.
pub(crate) fn read_word(word: &str) -> Reading {
    if word.chars().any(is_unicode_letter) {
        return Reading::Unicode;
    }
    if looks_like_address(word) {
        return Reading::Address;
    }
    let core =
        word.trim_matches(|c: char| matches!(class_of(c), PUNCTUATION | NEUTRAL) && !is_latin1_letter(c));
    let strong = core.chars().any(is_strong_glyph) || has_inner_symbol(core);
    let latin1 = core.chars().filter(|&c| is_latin1_letter(c)).count();
    let ascii =
        core.chars().filter(|c| c.is_ascii_alphabetic() || matches!(c, '`' | '_' | '~' | '^')).count();
    if !strong && ascii + latin1 == 0 {
        return Reading::Neutral;
    }
    let bonus = i32::try_from(latin1).unwrap_or(i32::MAX).saturating_mul(LATIN1_LETTER);
    Reading::Scored { score: score(core).saturating_add(bonus), strong, letters: ascii + latin1 }
}

/// A symbol that English text puts beside words (™ ® ° ² …) standing between two
/// letters, where only a Bijoy glyph stands (`D™¢veb` উদ্ভাবন).
fn has_inner_symbol(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.windows(3).any(|w| match w {
        [before, c, after] => {
            is_symbol_glyph(*c)
                && !before.is_whitespace()
                && !after.is_whitespace()
                && (before.is_ascii_alphabetic() || is_strong_glyph(*before) || is_symbol_glyph(*before))
        }
        _ => false,
    })
}

/// Letters of scripts other than Latin-1: Bengali, Devanagari, Arabic, …
fn is_unicode_letter(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c) || (c.is_alphabetic() && c as u32 > 0x24F && !is_strong_glyph(c))
}

fn looks_like_address(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    (word.contains('@') && word.contains('.'))
        || lower.contains("://")
        || lower.starts_with("www.")
        || [".gov.bd", ".com", ".org", ".net", ".edu", ".bd/"].iter().any(|t| lower.contains(t))
}

/// Bigram log-likelihood ratio of `word` (×16), Bijoy positive.
fn score(word: &str) -> i32 {
    let mut total = 0i32;
    let mut prev = BOUNDARY;
    for c in word.chars().chain(std::iter::once('\0')) {
        let class = if c == '\0' { BOUNDARY } else { class_of(c) };
        let class = if class == NEUTRAL { prev } else { class };
        let llr = LLR.get(prev).and_then(|row| row.get(class)).copied().unwrap_or(0);
        let llr = if class == BIJOY_GLYPH || prev == BIJOY_GLYPH { llr.max(0) } else { llr };
        total += i32::from(llr).clamp(-BIGRAM_CAP, BIGRAM_CAP);
        prev = class;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads_bijoy(word: &str) -> bool {
        read_word(word).is_bijoy()
    }

    #[test]
    fn bijoy_words_read_as_bijoy() {
        for w in ["evsjv", "Avgiv", "miKvi", "mfvi", "Kiv", "n‡q‡Q", "wm×všÍ", "Dc‡Rjv", "KwgwU", "mfvcwZ"]
        {
            assert!(reads_bijoy(w), "{w}: {:?}", read_word(w));
        }
    }

    #[test]
    fn english_words_read_as_english() {
        for w in
            ["Revenue", "Case", "Management", "System", "Software", "meeting", "the", "Digital", "Bangladesh"]
        {
            assert!(read_word(w).is_english(), "{w}: {:?}", read_word(w));
        }
    }

    #[test]
    fn addresses_numbers_and_bengali_are_not_scored() {
        assert_eq!(read_word("divcom@mopa.gov.bd"), Reading::Address);
        assert_eq!(read_word("www.natore.gov.bd"), Reading::Address);
        assert_eq!(read_word("2023"), Reading::Neutral);
        assert_eq!(read_word("(১০০%)"), Reading::Unicode);
        assert_eq!(read_word("সভা"), Reading::Unicode);
    }

    #[test]
    fn accented_european_words_are_not_bijoy() {
        for w in ["José,", "Renée", "café", "Zürich"] {
            assert!(!read_word(w).is_bijoy(), "{w}: {:?}", read_word(w));
        }
        assert!(bijoy_ranges("Participants: José, Renée — please confirm.", Prior::default()).is_empty());
    }

    #[test]
    fn english_lines_are_left_alone() {
        let line = "The committee reviewed the Revenue Case Management System and approved it.";
        assert!(bijoy_ranges(line, Prior::default()).is_empty());
        assert!(bijoy_ranges(line, Prior { bijoy_document: true }).is_empty());
    }

    #[test]
    fn english_words_survive_inside_a_bijoy_line() {
        let line = "Revenue Case Management System Software Gi gva¨‡g ‡mevi gvb Dboqb Kiv n‡q‡Q";
        let ranges = bijoy_ranges(line, Prior::default());
        let converted: Vec<&str> = ranges.iter().filter_map(|r| line.get(r.clone())).collect();
        assert_eq!(converted, vec!["Gi gva¨‡g ‡mevi gvb Dboqb Kiv n‡q‡Q"]);
    }

    #[test]
    fn every_strong_glyph_starts_with_a_non_indic_byte() {
        let strong = (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_strong_glyph(c));
        for c in strong {
            let mut utf8 = [0; 4];
            assert!(starts_non_indic_char(c.encode_utf8(&mut utf8).as_bytes()[0]), "{c:?}");
        }
    }

    #[test]
    fn numbers_follow_their_neighbours() {
        let line = "mfv 12 AK‡Uvei 2023 Zvwi‡L AbywôZ nq";
        assert_eq!(bijoy_ranges(line, Prior::default()), vec![0..line.len()]);
    }
}
