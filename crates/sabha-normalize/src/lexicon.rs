//! The vocabulary of Bangladeshi government offices that the readers recognise:
//! designations (পদবি), honorifics, office words, status words.
//!
//! A designation is a run of *qualifier* words (অতিরিক্ত, জেলা, সমবায়, …) ending
//! in a *title* word (সচিব, প্রশাসক, অফিসার, …): `উপজেলা সমবায় অফিসার`,
//! `অতিরিক্ত জেলা প্রশাসক`, `সিনিয়র সহকারী সচিব`. Titles may also stand alone
//! (`উপসচিব`) or be an acronym spelled in Bengali letter names (`ইউএনও`,
//! `এডিসি`). Words are compared without hyphens, so `উপ-পরিচালক` and
//! `উপপরিচালক` are the same word.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::text::bare_word;

/// Words that end a designation (the post itself).
const TITLES: &[&str] = &[
    // Civil service ranks and secretariat posts.
    "সচিব",
    // Command posts (cantonment boards, ports and authorities chaired by officers).
    "কমান্ডার",
    "কমান্ড্যান্ট",
    "উপসচিব",
    "যুগ্মসচিব",
    "সিনিয়রসচিব",
    "সহকারীসচিব",
    "মন্ত্রিপরিষদসচিব",
    "কমিশনার",
    "প্রশাসক",
    // `রেভিনিউ ডেপুটি কালেক্টর` (RDC) in a DC office's revenue branch.
    "কালেক্টর",
    "অফিসার",
    "কর্মকর্তা",
    "পরিচালক",
    "মহাপরিচালক",
    "উপপরিচালক",
    "মহাব্যবস্থাপক",
    "উপমহাব্যবস্থাপক",
    "ব্যবস্থাপক",
    "ম্যানেজার",
    "প্রকৌশলী",
    "ইঞ্জিনিয়ার",
    "পরিদর্শক",
    "ইন্সপেক্টর",
    "চেয়ারম্যান",
    "চেয়ারপারসন",
    "মেয়র",
    "কাউন্সিলর",
    "প্রোগ্রামার",
    "এনালিস্ট",
    "অ্যানালিস্ট",
    "সুপার",
    "সুপারিনটেনডেন্ট",
    "তত্ত্বাবধায়ক",
    "রেজিস্ট্রার",
    "নিয়ন্ত্রক",
    "হিসাবরক্ষক",
    "সার্জন",
    "চিকিৎসক",
    "চিকিৎসা কর্মকর্তা",
    "প্রভাষক",
    "সহযোগী অধ্যাপক",
    "সহকারী অধ্যাপক",
    "অধ্যক্ষ",
    "উপাধ্যক্ষ",
    "উপাচার্য",
    "শিক্ষক",
    "প্রধানশিক্ষক",
    "কোষাধ্যক্ষ",
    "সমন্বয়কারী",
    "সমন্বয়ক",
    "পরামর্শক",
    "কনসালটেন্ট",
    "বিশেষজ্ঞ",
    "অপারেটর",
    "মুদ্রাক্ষরিক",
    "সাঁটলিপিকার",
    "স্টাটলিপিকার",
    "সাঁটমুদ্রাক্ষরিক",
    "সহকারী",
    "প্রতিনিধি",
    "সদস্য",
    "সদস্যসচিব",
    "আহবায়ক",
    "আহ্বায়ক",
    "সম্পাদক",
    "সভাপতি",
    "ম্যাজিস্ট্রেট",
    "বিচারক",
    "জজ",
    "নাজির",
    "পেশকার",
    "সার্ভেয়ার",
    "কানুনগো",
    "তহসিলদার",
    "পরিসংখ্যানবিদ",
    "প্রশিক্ষক",
    "ইন্সট্রাক্টর",
    "টেকনিশিয়ান",
    "উদ্যোক্তা",
    "রেক্টর",
    "ডিন",
    "মহাসচিব",
    "ইনচার্জ",
    "ওসি",
    "ইউএনও",
    "ডিসি",
    "এডিসি",
    "এসপি",
    "এএসপি",
    "কমান্ড্যান্ট",
    "কমান্ডার",
    "অধিনায়ক",
    "স্পেশালিস্ট",
    "কর্মচারী",
    "গবেষক",
    "বিজ্ঞানী",
    "কিউরেটর",
    "লাইব্রেরিয়ান",
    "গ্রন্থাগারিক",
    "মুখপাত্র",
    "প্রক্টর",
    "অধিকর্তা",
    "ফোকালপয়েন্ট",
    "গভর্নর",
    "ডেপুটিগভর্নর",
    "ডিরেক্টর",
    "সেক্রেটারি",
    "প্রাধ্যক্ষ",
    "ডীন",
    "কোষাধ্যক্ষ",
    "হিসাবরক্ষণকর্মকর্তা",
    "ব্যবসায়ী",
    "শিক্ষানুরাগী",
    "সমাজসেবক",
    "চ্যান্সেলর",
    "ট্রেজারার",
    "প্রভোস্ট",
];

/// Words that may stand before a title inside a designation: rank, level, service.
const QUALIFIERS: &[&str] = &[
    // Rank.
    "অতিরিক্ত",
    "সহকারী",
    "উপ",
    "যুগ্ম",
    "সিনিয়র",
    "জ্যেষ্ঠ",
    "ঊর্ধ্বতন",
    "উর্ধ্বতন",
    "মুখ্য",
    "প্রিন্সিপাল",
    "বৈজ্ঞানিক",
    "ভারপ্রাপ্ত",
    "প্রধান",
    "নির্বাহী",
    "ডেপুটি",
    "রেভিনিউ",
    "এসিস্ট্যান্ট",
    "অ্যাসিস্ট্যান্ট",
    "সাব",
    "সহযোগী",
    "চিফ",
    "চীফ",
    "মহা",
    "উচ্চমান",
    "প্রশাসনিক",
    "ব্যক্তিগত",
    "একান্ত",
    "অফিস",
    "সাঁট",
    "কম্পিউটার",
    "ফিল্ড",
    "মাঠ",
    "সিভিল",
    "পুলিশ",
    "মেডিকেল",
    "আবাসিক",
    "ইউনিট",
    "সেক্টর",
    "শাখা",
    "দপ্তর",
    "প্রোগ্রাম",
    "প্রকল্প",
    "সিস্টেম",
    "সিস্টেমস",
    "মেইনটেন্যান্স",
    "ইনোভেশন",
    "নেটওয়ার্ক",
    "ডাটাবেজ",
    "হার্ডওয়্যার",
    "সফটওয়্যার",
    "অফিসার",
    "নির্বাচন",
    // Level of government.
    "বিভাগীয়",
    "জেলা",
    "উপজেলা",
    "আঞ্চলিক",
    "সিটি",
    "পৌর",
    "পৌরসভা",
    "ইউনিয়ন",
    "থানা",
    "মেট্রোপলিটন",
    "মহানগর",
    "কেন্দ্রীয়",
    "জাতীয়",
    "স্থানীয়",
    // Service or department.
    "সমবায়",
    "কৃষি",
    "মৎস্য",
    "প্রাণিসম্পদ",
    "শিক্ষা",
    "প্রাথমিক",
    "মাধ্যমিক",
    "স্বাস্থ্য",
    "পরিবার",
    "পরিকল্পনা",
    "সমাজসেবা",
    "তথ্য",
    "আইসিটি",
    "হিসাবরক্ষণ",
    "পরিসংখ্যান",
    "খাদ্য",
    "যুব",
    "উন্নয়ন",
    "মহিলা",
    "বিষয়ক",
    "বাস্তবায়ন",
    "ত্রাণ",
    "পুনর্বাসন",
    "দুর্যোগ",
    "ব্যবস্থাপনা",
    "পল্লী",
    "বন",
    "ভূমি",
    "রাজস্ব",
    "সার্বিক",
    "আইন",
    "ক্রীড়া",
    "জনস্বাস্থ্য",
    "প্রকৌশল",
    "সমন্বয়",
    "শিশু",
    "সমাজ",
    "কল্যাণ",
    "নিবন্ধন",
    "সাব-রেজিস্ট্রার",
    "নির্বাহী",
    "কারিগরি",
    "বিদ্যালয়",
    "মাদ্রাসা",
    "মাদরাসা",
    "কলেজ",
    "রেভিনিউ",
    "অডিট",
    "নিরীক্ষা",
    "পানি",
    "বিদ্যুৎ",
    "গণপূর্ত",
    "সড়ক",
    "জনপথ",
    "রেলওয়ে",
    "আয়কর",
    "কাস্টমস",
    "ভ্যাট",
    "শ্রম",
    "কর্মসংস্থান",
    "সংস্কৃতি",
    "সাংস্কৃতিক",
    "ধর্ম",
    "ইসলামিক",
    "বীজ",
    "সম্প্রসারণ",
    "ফায়ার",
    "আনসার",
    "ভিডিপি",
    "আবহাওয়া",
    "পাসপোর্ট",
    "ডাক",
    "টেলিযোগাযোগ",
    "বিআরডিবি",
    "এলজিইডি",
    "ডিপিএইচই",
    "বিএডিসি",
    "বিসিক",
    "জনসংযোগ",
    "প্রটোকল",
    "নিরাপত্তা",
    "উপানুষ্ঠানিক",
    "পুষ্টি",
    "রোগতত্ত্ব",
    "ভেটেরিনারি",
    "চিকিৎসা",
    "মা",
    "নার্সিং",
    "ক্রয়",
    "সংগ্রহ",
    "স্টেশন",
    "হিসাব",
    "অর্থ",
    "বাজেট",
    "পরীক্ষা",
    "বিতরণ",
    "উৎপাদন",
    "প্রশিক্ষণ",
    "গবেষণা",
    "প্রকাশনা",
    "মূল্যায়ন",
    // Office-bearers of societies and committees.
    "সাধারণ",
    "সাংগঠনিক",
    "অভিভাবক",
    "শিক্ষক",
    "সংরক্ষিত",
    "বিদ্যোৎসাহী",
    "দাতা",
    "সহ",
    "ভাইস",
    "প্যানেল",
    "ওয়ার্ড",
    "বোর্ড",
    "পর্ষদ",
    "কোম্পানি",
    "প্রিন্সিপাল",
    "এক্সিকিউটিভ",
];

/// Honorifics and titles of address that stand before a name and are kept as
/// printed; they are never the start of a designation.
const HONORIFICS: &[&str] = &[
    // Ranks of the armed forces, printed before an officer's name like any
    // honorific (`ব্রিগেডিয়ার জেনারেল মোঃ …`, `কমোডর …`).
    "ব্রিগেডিয়ার",
    "মেজর",
    "লেফটেন্যান্ট",
    "লেঃ",
    "কর্নেল",
    "ক্যাপ্টেন",
    "কমোডর",
    "রিয়ার",
    "জনাব",
    "জনাবা",
    "বেগম",
    "মিসেস",
    "মিস",
    "ড",
    "ডঃ",
    "ডা",
    "ডাঃ",
    "ডক্টর",
    "প্রফেসর",
    "অধ্যাপক",
    "অধ্যাপিকা",
    "প্রকৌশলী",
    "ইঞ্জিনিয়ার",
    "মোঃ",
    "মো",
    "মোছাঃ",
    "মোসাঃ",
    "মোছা",
    "মোসা",
    "মোসাম্মৎ",
    "মোছাম্মৎ",
    "আলহাজ্ব",
    "আলহাজ",
    "আলহাজ্জ",
    "হাজী",
    "অ্যাডভোকেট",
    "এডভোকেট",
    "ব্যারিস্টার",
    "কৃষিবিদ",
    "ডাক্তার",
    "মাওলানা",
    "মৌলভী",
    "শ্রী",
    "শ্রীমতি",
    "শ্রীমতী",
];

/// Cell texts that give a state of work, not who does it (a responsible cell
/// holding only one of these names no party).
const STATUS_WORDS: &[&str] = &[
    "বাস্তবায়িত",
    "চলমান",
    "বাস্তবায়নাধীন",
    "প্রক্রিয়াধীন",
    "সম্পন্ন",
    "সম্পন্ন হয়েছে",
    "অব্যাহত",
    "বাস্তবায়িত হয়েছে",
    "বাস্তবায়ন চলমান",
    "কার্যক্রম চলমান",
    "প্রযোজ্য নয়",
    "নাই",
    "নেই",
    "প্রক্রিয়া চলমান",
    "অর্জিত",
    "আংশিক বাস্তবায়িত",
    "বাস্তবায়ন হয়েছে",
    "চলমান আছে",
    "চলমান রয়েছে",
];

/// Letter names as Bengali spells them, for acronyms like `ইউএনও` (U-N-O).
const LETTER_NAMES: &[&str] = &[
    "এ",
    "বি",
    "সি",
    "ডি",
    "ই",
    "এফ",
    "জি",
    "এইচ",
    "আই",
    "জে",
    "কে",
    "এল",
    "এম",
    "এন",
    "ও",
    "পি",
    "কিউ",
    "আর",
    "এস",
    "টি",
    "ইউ",
    "ভি",
    "ডব্লিউ",
    "এক্স",
    "ওয়াই",
    "জেড",
];

/// A word as the lexicon compares it: punctuation around it, hyphens and
/// zero-width joiners inside it removed.
pub(crate) fn key(word: &str) -> String {
    bare_word(word).chars().filter(|c| !matches!(c, '-' | '‐' | '\u{200C}' | '\u{200D}')).collect()
}

/// A word list as a set of keys, built once.
struct KeySet {
    keys: HashSet<String>,
}

impl KeySet {
    fn new(list: &[&str]) -> KeySet {
        KeySet { keys: list.iter().map(|w| key(w)).filter(|k| !k.is_empty()).collect() }
    }

    fn has_key(&self, k: &str) -> bool {
        self.keys.contains(k)
    }
}

static TITLE_KEYS: LazyLock<KeySet> = LazyLock::new(|| KeySet::new(TITLES));
static QUALIFIER_KEYS: LazyLock<KeySet> = LazyLock::new(|| KeySet::new(QUALIFIERS));
static HONORIFIC_KEYS: LazyLock<KeySet> = LazyLock::new(|| KeySet::new(HONORIFICS));
static OFFICE_KEYS: LazyLock<KeySet> = LazyLock::new(|| KeySet::new(OFFICE_WORDS));

fn contains(set: &KeySet, word: &str) -> bool {
    set.has_key(&key(word))
}

/// `সচিব`, `কমিশনার`, `অফিসার`, … or a designation acronym (`ইউএনও`).
pub(crate) fn is_title(word: &str) -> bool {
    contains(&TITLE_KEYS, word) || is_acronym(word) || title_with_suffix(word)
}

/// Compound titles written as one word: `উপপরিচালক`, `সহকারীপরিচালক` are
/// covered by the list; here a qualifier glued to a title (`অতিরিক্তসচিব`).
fn title_with_suffix(word: &str) -> bool {
    let k = key(word);
    QUALIFIER_KEYS.keys.iter().any(|q| {
        k.len() > q.len()
            && k.starts_with(q.as_str())
            && k.get(q.len()..).is_some_and(|rest| TITLE_KEYS.has_key(rest))
    })
}

/// A word that may stand before a title inside a designation, also two qualifiers
/// written as one word (`উপব্যবস্থাপনা`).
pub(crate) fn is_qualifier(word: &str) -> bool {
    contains(&QUALIFIER_KEYS, word) || contains(&TITLE_KEYS, word) || qualifier_with_prefix(word)
}

fn qualifier_with_prefix(word: &str) -> bool {
    let k = key(word);
    ["উপ", "সহ", "মহা"].iter().any(|p| k.strip_prefix(p).is_some_and(|rest| QUALIFIER_KEYS.has_key(rest)))
}

pub(crate) fn is_honorific(word: &str) -> bool {
    contains(&HONORIFIC_KEYS, word)
}

/// A word spelled entirely in three or more Bengali letter names: `ইউএনও`,
/// `সিএসসিও`, `এডিসি`. Such acronyms in a person's line are designations.
pub(crate) fn is_acronym(word: &str) -> bool {
    let k = key(word);
    letter_name_count(&k).is_some_and(|n| n >= 3)
}

/// How many letter names `s` splits into, if it splits wholly (dynamic
/// programming over byte positions; letter names are short, so this is linear).
fn letter_name_count(s: &str) -> Option<usize> {
    let n = s.len();
    let mut best: Vec<Option<usize>> = vec![None; n + 1];
    best[0] = Some(0);
    for i in 0..n {
        let Some(count) = best[i] else { continue };
        let Some(rest) = s.get(i..) else { continue };
        for name in LETTER_NAMES {
            if rest.starts_with(name) {
                let j = i + name.len();
                if best[j].is_none_or(|b| b > count + 1) {
                    best[j] = Some(count + 1);
                }
            }
        }
    }
    best[n]
}

/// Where a designation starts in `words`, given that the first `from` words may
/// not start one (they are honorifics and the name). The designation starts at
/// the first title word, or at the qualifiers right before it.
pub(crate) fn designation_start(words: &[&str], from: usize) -> Option<usize> {
    let title = (from..words.len()).find(|&i| is_title(words[i]))?;
    let mut start = title;
    // A comma ends the name (`… ইসলাম প্রধান, জেলা প্রশাসক`: প্রধান is a surname there).
    while start > from
        && is_qualifier(words[start - 1])
        && !is_honorific(words[start - 1])
        && !words[start - 1].ends_with(',')
    {
        start -= 1;
    }
    Some(start)
}

/// The line reads as a designation: it starts with qualifiers and a title
/// (`বিভাগীয় কমিশনার`, `উপজেলা সমবায় অফিসার,`, `যুগ্মসচিব (সিপি অধিশাখা)`).
pub(crate) fn starts_with_designation(text: &str) -> bool {
    let ws = crate::text::words(text);
    let Some(first) = ws.first() else { return false };
    // `প্রকৌশলী শামীমা নাসরিন`: an honorific before a name, not a post.
    if is_honorific(first) && (!is_title(first) || ws.get(1).is_some_and(|w| !is_qualifier(w))) {
        return false;
    }
    // A title among the first few words, after qualifiers — and, once a
    // qualifier has opened the designation, up to two words the lexicon does
    // not know (`প্রধান বর্জ্য ব্যবস্থাপনা কর্মকর্তা`).
    let mut unknown = 0;
    for (i, w) in ws.iter().enumerate().take(6) {
        if is_title(w) {
            return true;
        }
        // `জেলা ও দায়রা জজ`: a conjunction inside a post's name is no unknown word.
        if i > 0 && matches!(*w, "ও" | "এবং") {
            continue;
        }
        if !is_qualifier(w) {
            unknown += 1;
            if i == 0 || unknown > 2 {
                return false;
            }
        }
    }
    false
}

/// The cell names a state of work (`বাস্তবায়িত`, `চলমান`), not a party.
pub(crate) fn is_status(text: &str) -> bool {
    let t = crate::text::trim_end_chars(text.trim(), &['।', '.', ',', ';']);
    STATUS_WORDS.contains(&t) || t.chars().all(|c| matches!(c, '-' | '–' | '—' | '_' | ' '))
}

/// Words that name an office, a ministry or a unit: the stuff of letterheads.
const OFFICE_WORDS: &[&str] = &[
    "কার্যালয়",
    "কার্যালয়ের",
    "মন্ত্রণালয়",
    "বিভাগ",
    "অধিদপ্তর",
    "পরিদপ্তর",
    "দপ্তর",
    "শাখা",
    "অধিশাখা",
    "অনুবিভাগ",
    "কমিশন",
    "সরকার",
    "পরিষদ",
    "বোর্ড",
    "কর্তৃপক্ষ",
    "ইউনিট",
    "সেল",
    "ব্যুরো",
    "ইনস্টিটিউট",
    "ইনস্টিটিউশন",
    "কাউন্সিল",
    "উইং",
    "একাডেমি",
    "কর্পোরেশন",
    "করপোরেশন",
    "পৌরসভা",
    "সচিবালয়",
    "প্রশাসন",
    "ব্যাংক",
    "কোম্পানি",
    "লিমিটেড",
    "বিশ্ববিদ্যালয়",
    "কলেজ",
    "বিদ্যালয়",
    "হাসপাতাল",
    "কেন্দ্র",
    "অফিস",
    "দূতাবাস",
    "হাইকমিশন",
    "প্রোগ্রাম",
    "প্রকল্প",
    "সংস্থা",
    "ফাউন্ডেশন",
    "ট্রাস্ট",
    "আদালত",
    "ট্রাইব্যুনাল",
    "সমিতি",
    "সংঘ",
    "মাদ্রাসা",
    "মাদরাসা",
    "প্রতিষ্ঠান",
    "এজেন্সি",
    "পিএলসি",
];

pub(crate) fn is_office_word(word: &str) -> bool {
    contains(&OFFICE_KEYS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Option<usize> {
        designation_start(&crate::text::words(s), 1)
    }

    #[test]
    fn titles_qualifiers_and_hyphens() {
        assert!(is_title("উপসচিব,"));
        assert!(is_title("উপ-পরিচালক"));
        assert!(is_title("অতিরিক্তসচিব"));
        assert!(!is_title("প্রশাসকের"));
        assert!(is_qualifier("সমবায়"));
        assert!(!is_qualifier("মনির"));
    }

    #[test]
    fn acronyms_spelled_in_letter_names() {
        for a in ["ইউএনও", "সিএসসিও", "এডিসি", "এসএসও"] {
            assert!(is_acronym(a), "{a}");
        }
        for w in ["মনির", "হোসেন", "এ", "কবীর", "এই", "ওই"] {
            assert!(!is_acronym(w), "{w}");
        }
    }

    #[test]
    fn designation_starts_at_the_qualifiers_before_the_title() {
        assert_eq!(split("জনাব মোহাম্মদ মনির হোসেন উপজেলা সমবায় অফিসার, চাটখিল"), Some(4));
        assert_eq!(split("ড. দেওয়ান মুহাম্মদ হামায়ুন কবীর বিভাগীয় কমিশনার"), Some(5));
        assert_eq!(split("মো: আর্জুন ইমরান সিএসসিও সেক্টর-২ সফটওয়্যার"), Some(3));
        assert_eq!(split("জনাব অপু রানী নাথ সহকারী পরিদর্শক উপজেলা সমবায় কার্যালয়"), Some(4));
        assert_eq!(split("মোঃ আব্দুল করিম"), None);
        // As person lines give them, with their commas.
        let ws: Vec<&str> = "মোঃ রফিকুল ইসলাম প্রধান, জেলা প্রশাসক".split_whitespace().collect();
        assert_eq!(designation_start(&ws, 1), Some(4));
    }

    #[test]
    fn lines_that_read_as_designations() {
        assert!(starts_with_designation("বিভাগীয় কমিশনার"));
        assert!(starts_with_designation("উপজেলা সমবায় অফিসার,"));
        assert!(starts_with_designation("যুগ্মসচিব (সিপি অধিশাখা) ও চিফ ইনোভেশন"));
        assert!(starts_with_designation("অতিরিক্ত জেলা প্রশাসক (সার্বিক)"));
        assert!(!starts_with_designation("জেলা প্রশাসকের কার্যালয়, নাটোর"));
        assert!(!starts_with_designation("মোহাম্মদ মনির হোসেন"));
        assert!(!starts_with_designation("নাটোর।"));
        assert!(!starts_with_designation("প্রকৌশলী শামীমা নাসরিন"));
        assert!(!starts_with_designation("ব্রিগেডিয়ার জেনারেল মোঃ শাহরিয়ার কবির"));
        assert!(!starts_with_designation("কমোডর এম রফিকুল ইসলাম"));
        assert!(starts_with_designation("প্রধান বর্জ্য ব্যবস্থাপনা কর্মকর্তা"));
        assert!(starts_with_designation("নির্বাহী প্রকৌশলী, এলজিইডি"));
        for post in [
            "উপব্যবস্থাপনা পরিচালক (ঋণ)",
            "ভাইস চেয়ারম্যান",
            "সহ-সভাপতি",
            "বোর্ড সচিব",
            "সাধারণ সম্পাদক",
            "কোম্পানি সচিব",
            // Posts named for a line of work.
            "পরীক্ষা নিয়ন্ত্রক",
            "হিসাব নিয়ন্ত্রক ও সদস্য সচিব",
            "বিতরণ নিয়ন্ত্রক ও সদস্য সচিব",
            "বাজেট কর্মকর্তা",
            "স্টেশন কমান্ডার, যশোর সেনানিবাস",
            "ঊর্ধ্বতন বৈজ্ঞানিক কর্মকর্তা",
            "মুখ্য বৈজ্ঞানিক কর্মকর্তা",
            "জেলা ও দায়রা জজ, সুনামগঞ্জ",
        ] {
            assert!(starts_with_designation(post), "{post}");
        }
    }

    #[test]
    fn status_words_name_no_party() {
        assert!(is_status("বাস্তবায়িত"));
        assert!(is_status("চলমান।"));
        assert!(is_status("-"));
        assert!(!is_status("জেলা প্রশাসক (সকল)"));
    }
}
