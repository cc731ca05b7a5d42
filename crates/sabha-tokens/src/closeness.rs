//! Reading an OCR-garbled month name by closeness.
//!
//! Scans misread Bengali vowel signs and conjuncts: `২০ জ্যোতি, ১৪২৬` stands where the
//! document had `২০ জ্যৈষ্ঠ, ১৪২৬`. When a word sits exactly where a month name must be
//! (a day before it, a year of that calendar after it) and is not itself a known word,
//! it is read as the month whose name is closest, but only when that month is close
//! and clearly closer than every other.
//!
//! Closeness is an edit distance over grapheme clusters (what a reader sees as one
//! letter), where replacing one cluster by another costs the share of their code points
//! that differ (`জ্যো` for `জ্যৈ` costs ¼), and adding or dropping a cluster costs 1.
//! Short month names (মে, জুন, মাঘ, পৌষ) are never guessed: too many ordinary words
//! are that close to them. Bangla month names are read more loosely than Gregorian
//! ones, because a Bangla year (1380–1460) after a day is context no ordinary word
//! stands in, while a Gregorian year is also any number from 1950 to 2060.
//!
//! ```
//! use sabha_tokens::{Calendar, closest_month};
//! assert_eq!(closest_month("জ্যোতি", Calendar::Bangla), Some((2, "জ্যৈষ্ঠ")));
//! assert_eq!(closest_month("সেপ্টম্বর", Calendar::Gregorian), Some((9, "সেপ্টেম্বর")));
//! assert_eq!(closest_month("সদস্য", Calendar::Bangla), None);
//! ```

use unicode_segmentation::UnicodeSegmentation;

use crate::calendar::Calendar;
use crate::lexicon::standard_month_names;

/// How close a word must be to a month name to be read as it, and how much closer
/// than to any other month.
struct Thresholds {
    /// The largest distance, as a share of the longer word's clusters.
    max_relative: f64,
    /// The least gap to the second-closest month, in clusters.
    min_margin: f64,
}

/// Only a day before and a year of 1380–1460 after it make a word a Bangla month, and
/// ordinary words never stand there, so a worse garble still reads (`জ্যোতি`).
const BANGLA: Thresholds = Thresholds { max_relative: 0.65, min_margin: 0.4 };
/// Gregorian years are also plain numbers (`৫ কর্মকর্তা ২০০০ টাকা`): only slight
/// misspellings read (`অক্টোবার`, `সেপ্টম্বর`).
const GREGORIAN: Thresholds = Thresholds { max_relative: 0.3, min_margin: 1.0 };
/// Names this short (code points) are never guessed: মে, জুন, মাঘ, পৌষ.
const MIN_NAME_CHARS: usize = 4;

/// The month of `calendar` whose standard name is clearly the closest to `word`, with
/// that name; `None` when no month is close enough or two are about as close.
///
/// Closeness alone does not make a month: call this only where the text needs one
/// (the tokenizer does so between a day and a year).
pub fn closest_month(word: &str, calendar: Calendar) -> Option<(u8, &'static str)> {
    let chars = word.chars().count();
    if !(MIN_NAME_CHARS..=16).contains(&chars) {
        return None;
    }
    let limits = match calendar {
        Calendar::Bangla => BANGLA,
        Calendar::Gregorian => GREGORIAN,
    };
    let clusters: Vec<&str> = word.graphemes(true).collect();
    let mut scored: Vec<(f64, u8, &'static str, usize)> = standard_month_names(calendar)
        .map(|(month, name)| {
            let name_clusters: Vec<&str> = name.graphemes(true).collect();
            let longer = clusters.len().max(name_clusters.len());
            (cluster_distance(&clusters, &name_clusters), month, name, longer)
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let &(best, month, name, longer) = scored.first()?;
    let second = scored.get(1).map_or(f64::INFINITY, |s| s.0);
    let name_chars = name.chars().count();
    let readable = name_chars >= MIN_NAME_CHARS
        && chars.abs_diff(name_chars) <= 3
        && best > 0.0
        && best / longer as f64 <= limits.max_relative
        && second - best >= limits.min_margin;
    readable.then_some((month, name))
}

/// Edit distance over clusters; substitution costs the clusters' own code-point distance
/// relative to the longer one.
fn cluster_distance(a: &[&str], b: &[&str]) -> f64 {
    let mut prev: Vec<f64> = (0..=b.len()).map(|j| j as f64).collect();
    let mut cur = vec![0.0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = (i + 1) as f64;
        }
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev.get(j).copied().unwrap_or(f64::INFINITY) + cluster_cost(ca, cb);
            let delete = prev.get(j + 1).copied().unwrap_or(f64::INFINITY) + 1.0;
            let insert = cur.get(j).copied().unwrap_or(f64::INFINITY) + 1.0;
            if let Some(cell) = cur.get_mut(j + 1) {
                *cell = substitute.min(delete).min(insert);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(f64::INFINITY)
}

fn cluster_cost(a: &str, b: &str) -> f64 {
    if a == b {
        return 0.0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let longer = a.len().max(b.len()).max(1);
    levenshtein(&a, &b) as f64 / longer as f64
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev.get(j).copied().unwrap_or(usize::MAX - 1) + usize::from(ca != cb);
            let delete = prev.get(j + 1).copied().unwrap_or(usize::MAX - 1) + 1;
            let insert = cur.get(j).copied().unwrap_or(usize::MAX - 1) + 1;
            if let Some(cell) = cur.get_mut(j + 1) {
                *cell = substitute.min(delete).min(insert);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbled_names_read() {
        let cases = [
            ("জ্যোতি", Calendar::Bangla, 2),
            ("বৈশাথ", Calendar::Bangla, 1),
            ("অগ্রহায়ন্", Calendar::Bangla, 8),
            ("আশ্বীন", Calendar::Bangla, 6),
            ("ফাল্গুলন", Calendar::Bangla, 11),
            ("অক্টোবার", Calendar::Gregorian, 10),
            ("ডিসেম্বার", Calendar::Gregorian, 12),
            ("নভেম্বার", Calendar::Gregorian, 11),
        ];
        for (word, calendar, month) in cases {
            assert_eq!(closest_month(word, calendar).map(|m| m.0), Some(month), "{word}");
        }
    }

    #[test]
    fn ordinary_words_are_not_gregorian_months() {
        let words =
            ["জন", "সদস্য", "কর্মকর্তা", "তারিখ", "সভাপতি", "প্রকল্প", "বিভাগ", "মাস", "জেলা", "জেলার", "সভা", "কার্যালয়"];
        for word in words {
            assert_eq!(closest_month(word, Calendar::Gregorian), None, "{word}");
        }
        for word in ["জন", "সভা", "মাস", "মাঘে"] {
            assert_eq!(closest_month(word, Calendar::Bangla), None, "{word}");
        }
    }

    #[test]
    fn exact_names_are_not_guesses() {
        assert_eq!(closest_month("বৈশাখ", Calendar::Bangla), None);
    }
}
