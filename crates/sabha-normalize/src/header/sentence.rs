//! The meeting block given in one running sentence rather than labelled lines:
//!
//! ```text
//! উপাচার্য অধ্যাপক ড. মোঃ আবদুল হাকিম-এর সভাপতিত্বে ১৫ মে ২০২৪ তারিখ বেলা ১১:০০ ঘটিকায়
//! বিশ্ববিদ্যালয়ের সিন্ডিকেট কক্ষে সিন্ডিকেটের ৫৬তম সভা অনুষ্ঠিত হয়।
//!
//! অদ্য ১৫ মার্চ ২০২৪ খ্রিস্টাব্দ রোজ শুক্রবার সকাল ১০:০০ ঘটিকায় সমিতির নিজস্ব কার্যালয়ে
//! সমিতির সভাপতি জনাব মোঃ হাবিবুর রহমান-এর সভাপতিত্বে বার্ষিক সাধারণ সভা অনুষ্ঠিত হয়।
//! ```
//!
//! Only a sentence that says the meeting was held (`… সভাপতিত্বে … অনুষ্ঠিত হয়`) is
//! read: `… সভাপতিত্বে অনুষ্ঠিত মন্ত্রিসভা-বৈঠকে …`, a meeting cited in passing, is not.
//! The chair is the phrase before `সভাপতিত্বে` (back to a date, a time or a place),
//! its genitive ending (`-এর`, `-ের`) removed, split into post and name; the date
//! (the Gregorian one when both calendars are given) and the time are the sentence's
//! own words; the venue is the place phrase that ends in a locative (`কক্ষে`,
//! `কার্যালয়ে`, `… হল-এ`), without that ending. Attendance is never in such a
//! sentence.

use sabha_doc::Span;
use sabha_record::{DateValue, Person, TimeValue};

use crate::person;
use crate::values;
use crate::view::View;

/// The word that names the chair's role in the sentence.
const CHAIRED: &str = "সভাপতিত্বে";

/// Words that say the meeting was held.
const HELD: &[&str] = &["অনুষ্ঠিত হয়", "অনুষ্ঠিত হলো", "অনুষ্ঠিত হল", "অনুষ্ঠিত হয়েছে", "অনুষ্ঠিত হইল"];

/// Words around a date or a time that are neither chair nor place.
const FILLER: &[&str] = &[
    "অদ্য",
    "আজ",
    "গত",
    "বিগত",
    "তারিখ",
    "তারিখে",
    "রোজ",
    "ঘটিকায়",
    "ঘটিকার",
    "টায়",
    "মিনিটে",
    "সময়",
    "শনিবার",
    "রবিবার",
    "সোমবার",
    "মঙ্গলবার",
    "বুধবার",
    "বৃহস্পতিবার",
    "শুক্রবার",
    "খ্রিস্টাব্দে",
    "খ্রিঃ",
    "খ্রি.",
];

/// Nouns that name the meeting: the place phrase does not reach back over them.
const MEETING_NOUNS: &[&str] = &["সভা", "বৈঠক", "অধিবেশন", "সভার"];

/// The most words a venue has.
const MAX_VENUE_WORDS: usize = 12;

/// The most lines of a paragraph read for the sentence.
const MAX_PARAGRAPH_LINES: usize = 12;

/// What a running sentence says about the meeting.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Sentence {
    pub chair: Option<Person>,
    pub date: Option<DateValue>,
    pub time: Option<TimeValue>,
    pub venue: Option<String>,
}

/// Reads the first sentence among the unclaimed paragraphs that says the meeting was
/// held under a chair.
pub(crate) fn read(view: &View<'_>) -> Option<Sentence> {
    let mut i = 0;
    while i < view.len() {
        let mut last = i;
        while last + 1 < view.len() && view.same_para(i, last + 1) && last - i + 1 < MAX_PARAGRAPH_LINES {
            last += 1;
        }
        if !view.is_claimed(i) {
            let text = (i..=last).map(|k| view.text(k)).collect::<Vec<_>>().join(" ");
            if let Some(s) = text.split('।').find(|s| held_under_a_chair(s)) {
                return Some(parse(s, view.span(i, last)));
            }
        }
        i = last + 1;
    }
    None
}

fn held_under_a_chair(s: &str) -> bool {
    s.find(CHAIRED).is_some_and(|at| HELD.iter().any(|h| s.get(at..).is_some_and(|rest| rest.contains(h))))
}

/// What a word of the sentence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Part of a date or a clock time, or a word that goes with one.
    When,
    Chaired,
    /// A word in the locative: the end of a place phrase.
    Place,
    Other,
}

struct Word<'a> {
    text: &'a str,
    class: Class,
}

fn parse(s: &str, span: Span) -> Sentence {
    let dates: Vec<_> = values::dates(s).into_iter().filter(|d| d.iso.is_some() && d.names_a_day()).collect();
    let times = values::times(s);
    let inside = |start: usize, end: usize| {
        dates.iter().any(|d| start < d.end && end > d.start)
            || times.iter().any(|t| start < t.end && end > t.start)
    };
    let words: Vec<Word<'_>> = word_spans(s)
        .map(|(start, end)| {
            let text = &s[start..end];
            let bare = crate::text::bare_word(text);
            let class = if inside(start, end) || FILLER.contains(&bare) {
                Class::When
            } else if bare == CHAIRED {
                Class::Chaired
            } else if locative_stem(text).is_some() {
                Class::Place
            } else {
                Class::Other
            };
            Word { text, class }
        })
        .collect();

    let chaired = words.iter().position(|w| w.class == Class::Chaired);
    let chair_start =
        chaired.map(|c| (0..c).rev().take_while(|&k| words[k].class == Class::Other).last().unwrap_or(c));
    let chair = match (chair_start, chaired) {
        (Some(a), Some(c)) if a < c => chair_of(&words[a..c], span),
        _ => None,
    };
    let venue = words
        .iter()
        .enumerate()
        .find(|(k, w)| {
            w.class == Class::Place && !chair_start.zip(chaired).is_some_and(|(a, c)| (a..c).contains(k))
        })
        .and_then(|(k, _)| venue_of(&words, k));

    let date =
        pick_gregorian(&dates).and_then(|d| crate::header::date_value(d, crate::text::clean(&d.raw), span));
    let time = times.first().map(|t| TimeValue {
        raw: crate::text::clean(&t.raw),
        hh_mm: t.hh_mm.clone(),
        span: Some(span),
    });
    Sentence { chair, date, time, venue }
}

/// Byte ranges of the white-space separated words of `s`.
fn word_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    s.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - s.as_ptr() as usize;
        (start, start + w.len())
    })
}

fn pick_gregorian(dates: &[values::FoundDate]) -> Option<&values::FoundDate> {
    dates.iter().find(|d| d.calendar == sabha_record::Calendar::Gregorian).or_else(|| dates.first())
}

/// The chair from the words before `সভাপতিত্বে`, genitive ending removed.
fn chair_of(words: &[Word<'_>], span: Span) -> Option<Person> {
    let phrase = words.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    let phrase = without_genitive(&phrase);
    let nd = person::split(phrase);
    (nd.name.is_some() || nd.designation.is_some()).then_some(Person {
        name: nd.name,
        designation: nd.designation,
        span: Some(span),
    })
}

/// `… হাকিম-এর` → `… হাকিম`; `… রহমানের` → `… রহমান`; a courtesy word after the name
/// (`… ইসলাম সাহেবের`, `জেলা প্রশাসক মহোদয়ের`) goes with the ending.
fn without_genitive(phrase: &str) -> &str {
    let p = phrase.trim_end_matches([',', ' ']);
    let stem = ["-এর", "–এর", " এর", "'র", "’র", "-র"]
        .iter()
        .find_map(|e| p.strip_suffix(e))
        .or_else(|| p.strip_suffix("ের").filter(|stem| stem.chars().count() > 2))
        .unwrap_or(p)
        .trim_end();
    COURTESY
        .iter()
        .find_map(|c| stem.strip_suffix(c).filter(|s| s.ends_with(' ')))
        .map_or(stem, str::trim_end)
}

/// Courtesy words printed after a name or a post.
const COURTESY: &[&str] = &["সাহেব", "মহোদয়", "মহোদয়া", "মহাশয়"];

/// The place phrase that ends in the locative word `at`: the words before it back to
/// a date or time, the chair, another place or the name of the meeting.
fn venue_of(words: &[Word<'_>], at: usize) -> Option<String> {
    let mut start = at;
    while start > 0 {
        let w = &words[start - 1];
        if w.class != Class::Other || MEETING_NOUNS.contains(&crate::text::bare_word(w.text)) {
            break;
        }
        start -= 1;
    }
    if at + 1 - start > MAX_VENUE_WORDS {
        return None;
    }
    let mut parts: Vec<&str> = words[start..at].iter().map(|w| w.text).collect();
    parts.push(locative_stem(words[at].text)?);
    let venue = crate::text::header_value(&parts.join(" "));
    (!venue.is_empty()).then_some(venue)
}

/// A word in the locative and its stem: `কক্ষে` → `কক্ষ`, `কার্যালয়ে` → `কার্যালয়`,
/// `হল-এ` → `হল`, `ঢাকায়` → `ঢাকা`, `রাজশাহীতে` → `রাজশাহী`. Genitives (`প্রশাসকের`)
/// and the word for chairing are not locatives.
fn locative_stem(word: &str) -> Option<&str> {
    let w = word.trim_end_matches([',', ';']);
    if crate::text::bare_word(w) == CHAIRED {
        return None;
    }
    for ending in ["-এ", "–এ", "-তে"] {
        if let Some(stem) = w.strip_suffix(ending) {
            return Some(stem);
        }
    }
    let vowel_sign = |c: char| matches!(c, 'া' | 'ি' | 'ী' | 'ু' | 'ূ' | 'ো' | 'ৌ');
    if let Some(stem) = w.strip_suffix("তে").filter(|s| s.chars().last().is_some_and(vowel_sign)) {
        return Some(stem);
    }
    if let Some(stem) = w.strip_suffix("য়").filter(|s| s.ends_with(['া', 'ো'])) {
        return Some(stem);
    }
    // `কক্ষে`: the vowel sign e after a consonant.
    let stem = w.strip_suffix('ে')?;
    let before = stem.chars().last()?;
    (!vowel_sign(before) && stem.chars().count() >= 2 && crate::text::is_word_char(before)).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn sentence(text: &str) -> Option<Sentence> {
        let d = doc(text);
        let v = View::new(&d);
        read(&v)
    }

    fn chair(s: &Sentence) -> (Option<&str>, Option<&str>) {
        let c = s.chair.as_ref().unwrap();
        (c.name.as_deref(), c.designation.as_deref())
    }

    #[test]
    fn chair_date_time_venue_in_that_order() {
        let s = sentence(
            "উপাচার্য অধ্যাপক ড. মোঃ আবদুল হাকিম-এর সভাপতিত্বে ১৫ মে ২০২৪ তারিখ বেলা ১১:০০ ঘটিকায় বিশ্ববিদ্যালয়ের সিন্ডিকেট কক্ষে সিন্ডিকেটের ৫৬তম (সাধারণ) সভা অনুষ্ঠিত হয়। সভায় সকল সদস্য উপস্থিত ছিলেন।",
        )
        .unwrap();
        assert_eq!(chair(&s), (Some("অধ্যাপক ড. মোঃ আবদুল হাকিম"), Some("উপাচার্য")));
        assert_eq!(
            s.date.as_ref().map(|d| (d.raw.as_str(), d.iso.as_str())),
            Some(("১৫ মে ২০২৪", "2024-05-15"))
        );
        assert_eq!(s.time.as_ref().map(|t| t.hh_mm.as_str()), Some("11:00"));
        assert_eq!(s.venue.as_deref(), Some("বিশ্ববিদ্যালয়ের সিন্ডিকেট কক্ষ"));
    }

    #[test]
    fn date_time_and_place_before_the_chair() {
        let s = sentence(
            "অদ্য ১৫ মার্চ ২০২৪ খ্রিস্টাব্দ রোজ শুক্রবার সকাল ১০:০০ ঘটিকায় সমিতির নিজস্ব কার্যালয়ে সমিতির সভাপতি জনাব মোঃ হাবিবুর রহমান-এর সভাপতিত্বে বার্ষিক সাধারণ সভা অনুষ্ঠিত হয়।",
        )
        .unwrap();
        assert_eq!(chair(&s), (Some("জনাব মোঃ হাবিবুর রহমান"), Some("সমিতির সভাপতি")));
        assert_eq!(s.date.as_ref().map(|d| d.iso.as_str()), Some("2024-03-15"));
        assert_eq!(s.time.as_ref().map(|t| t.hh_mm.as_str()), Some("10:00"));
        assert_eq!(s.venue.as_deref(), Some("সমিতির নিজস্ব কার্যালয়"));
    }

    #[test]
    fn the_name_then_the_post_and_a_venue_after_the_meeting_name() {
        let s = sentence(
            "গত ১২/০৩/২০২৪ তারিখে জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, নাটোরের সভাপতিত্বে জেলা আইন-শৃঙ্খলা কমিটির মাসিক সভা জেলা প্রশাসকের সম্মেলন কক্ষে অনুষ্ঠিত হয়।",
        )
        .unwrap();
        assert_eq!(chair(&s), (Some("জনাব মোঃ আবদুল করিম"), Some("জেলা প্রশাসক, নাটোর")));
        assert_eq!(s.venue.as_deref(), Some("জেলা প্রশাসকের সম্মেলন কক্ষ"));
        assert_eq!(s.time, None);
    }

    #[test]
    fn a_courtesy_word_after_the_name() {
        assert_eq!(without_genitive("আলহাজ্ব মোঃ নুরুল ইসলাম সাহেবের"), "আলহাজ্ব মোঃ নুরুল ইসলাম");
        assert_eq!(without_genitive("জেলা প্রশাসক মহোদয়ের"), "জেলা প্রশাসক");
        assert_eq!(without_genitive("জনাব মোঃ কবীর-এর"), "জনাব মোঃ কবীর");
    }

    #[test]
    fn a_meeting_cited_in_passing_is_not_the_header() {
        assert!(
            sentence("গত ১২ ফেব্রুয়ারি ২০২৪ তারিখে মাননীয় প্রধানমন্ত্রীর সভাপতিত্বে অনুষ্ঠিত মন্ত্রিসভা-বৈঠকে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:")
                .is_none()
        );
        assert!(sentence("সভাপতি সকলকে স্বাগত জানান। সভা অনুষ্ঠিত হয়।").is_none());
    }

    #[test]
    fn locatives_and_their_stems() {
        for (word, stem) in
            [("কক্ষে", "কক্ষ"), ("কার্যালয়ে", "কার্যালয়"), ("হল-এ", "হল"), ("ঢাকায়", "ঢাকা"), ("রাজশাহীতে", "রাজশাহী")]
        {
            assert_eq!(locative_stem(word), Some(stem), "{word}");
        }
        for word in ["প্রশাসকের", "সভাপতিত্বে", "সভা", "জনাব", "কমিটির", "সে"]
        {
            assert_eq!(locative_stem(word), None, "{word}");
        }
    }
}
