//! The words the tokenizer knows: number words with their spelling variants, scale
//! words, ordinal words and suffixes, month names of both calendars, day parts, clock
//! words, era suffixes and the markers of money, percent, fiscal years and memos.
//!
//! Spellings are the union of what Bangladeshi documents and the published Bengali
//! number libraries write (num2words, indic-num2words, bornomala, bnnumerizer, pybangla),
//! e.g. এগার/এগারো, পঁইত্রিশ/পঁয়ত্রিশ, উনআশি/ঊনআশি. Keys are stored in one canonical
//! form (NFC nukta letters, no ZWJ/ZWNJ), and a word that is not in that form is folded
//! before its second look-up, so non-NFC input still reads.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::calendar::Calendar;
use crate::clock::DayPart;
use crate::digits::Decimal;

/// Cardinal words 0–99 and their spelling variants. Words starting with উন also get
/// their ঊন spelling, and the reverse.
const CARDINALS: &[(u8, &[&str])] = &[
    (0, &["শূন্য"]),
    (1, &["এক"]),
    (2, &["দুই"]),
    (3, &["তিন"]),
    (4, &["চার"]),
    (5, &["পাঁচ"]),
    (6, &["ছয়", "ছয়"]),
    (7, &["সাত"]),
    (8, &["আট"]),
    (9, &["নয়", "নয়"]),
    (10, &["দশ"]),
    (11, &["এগার", "এগারো", "এগারো"]),
    (12, &["বার", "বারো"]),
    (13, &["তের", "তেরো"]),
    (14, &["চৌদ্দ", "চোদ্দ"]),
    (15, &["পনের", "পনেরো", "পনর"]),
    (16, &["ষোল", "ষোলো"]),
    (17, &["সতের", "সতেরো"]),
    (18, &["আঠার", "আঠারো"]),
    (19, &["উনিশ"]),
    (20, &["বিশ", "কুড়ি"]),
    (21, &["একুশ"]),
    (22, &["বাইশ"]),
    (23, &["তেইশ"]),
    (24, &["চব্বিশ"]),
    (25, &["পঁচিশ"]),
    (26, &["ছাব্বিশ"]),
    (27, &["সাতাশ", "সাতাইশ"]),
    (28, &["আটাশ", "আঠাশ", "আঠাইশ"]),
    (29, &["উনত্রিশ"]),
    (30, &["ত্রিশ", "তিরিশ"]),
    (31, &["একত্রিশ"]),
    (32, &["বত্রিশ"]),
    (33, &["তেত্রিশ"]),
    (34, &["চৌত্রিশ"]),
    (35, &["পঁয়ত্রিশ", "পঁইত্রিশ"]),
    (36, &["ছত্রিশ"]),
    (37, &["সাঁইত্রিশ", "সাতত্রিশ"]),
    (38, &["আটত্রিশ"]),
    (39, &["উনচল্লিশ"]),
    (40, &["চল্লিশ"]),
    (41, &["একচল্লিশ"]),
    (42, &["বিয়াল্লিশ", "বেয়াল্লিশ"]),
    (43, &["তেতাল্লিশ"]),
    (44, &["চুয়াল্লিশ", "চৌচল্লিশ"]),
    (45, &["পঁয়তাল্লিশ"]),
    (46, &["ছেচল্লিশ"]),
    (47, &["সাতচল্লিশ"]),
    (48, &["আটচল্লিশ"]),
    (49, &["উনপঞ্চাশ"]),
    (50, &["পঞ্চাশ"]),
    (51, &["একান্ন"]),
    (52, &["বায়ান্ন", "বাহান্ন"]),
    (53, &["তিপ্পান্ন", "তেপান্ন", "তেপ্পান্ন"]),
    (54, &["চুয়ান্ন"]),
    (55, &["পঞ্চান্ন"]),
    (56, &["ছাপ্পান্ন", "ছাপান্ন"]),
    (57, &["সাতান্ন"]),
    (58, &["আটান্ন"]),
    (59, &["উনষাট"]),
    (60, &["ষাট"]),
    (61, &["একষট্টি"]),
    (62, &["বাষট্টি"]),
    (63, &["তেষট্টি"]),
    (64, &["চৌষট্টি"]),
    (65, &["পঁয়ষট্টি"]),
    (66, &["ছেষট্টি", "ছিষট্টি"]),
    (67, &["সাতষট্টি"]),
    (68, &["আটষট্টি"]),
    (69, &["উনসত্তর"]),
    (70, &["সত্তর"]),
    (71, &["একাত্তর"]),
    (72, &["বাহাত্তর"]),
    (73, &["তিয়াত্তর", "তেহাত্তর", "তেয়াত্তর"]),
    (74, &["চুয়াত্তর"]),
    (75, &["পঁচাত্তর"]),
    (76, &["ছিয়াত্তর"]),
    (77, &["সাতাত্তর"]),
    (78, &["আটাত্তর"]),
    (79, &["উনআশি"]),
    (80, &["আশি"]),
    (81, &["একাশি"]),
    (82, &["বিরাশি"]),
    (83, &["তিরাশি"]),
    (84, &["চুরাশি"]),
    (85, &["পঁচাশি"]),
    (86, &["ছিয়াশি"]),
    (87, &["সাতাশি"]),
    (88, &["আটাশি"]),
    (89, &["উননব্বই"]),
    (90, &["নব্বই"]),
    (91, &["একানব্বই"]),
    (92, &["বিরানব্বই"]),
    (93, &["তিরানব্বই"]),
    (94, &["চুরানব্বই"]),
    (95, &["পঁচানব্বই"]),
    (96, &["ছিয়ানব্বই"]),
    (97, &["সাতানব্বই"]),
    (98, &["আটানব্বই"]),
    (99, &["নিরানব্বই"]),
];

/// Cardinal words that are also everyday words: নয় "is not", বার "times", শূন্য
/// "vacant". Alone they are numbers only in a cell of their own or before a counter.
const WEAK_CARDINALS: &[&str] = &["নয়", "বার", "শূন্য"];

/// Multipliers. শ alone is hundred (`পাঁচ শ`); after digits it is an ordinal suffix.
const SCALES: &[(u64, &[&str])] = &[
    (100, &["শত", "শো", "শ"]),
    (1_000, &["হাজার", "সহস্র"]),
    (100_000, &["লক্ষ", "লাখ"]),
    (10_000_000, &["কোটি"]),
];

/// Hundreds written as one word with a cardinal: একশত, পাঁচশো, দুইশ, দুশো.
const HUNDRED_ENDINGS: &[&str] = &["শত", "শো", "শ"];
const COLLOQUIAL_HUNDREDS: &[(u16, &str)] = &[(200, "দুশো"), (200, "দুশ"), (200, "দুশত")];

/// Ordinal words: the Sanskrit series (pybangla's, 1–31) and a few round ones.
const ORDINAL_WORDS: &[(u32, &[&str])] = &[
    (1, &["প্রথম"]),
    (2, &["দ্বিতীয়"]),
    (3, &["তৃতীয়"]),
    (4, &["চতুর্থ"]),
    (5, &["পঞ্চম"]),
    (6, &["ষষ্ঠ"]),
    (7, &["সপ্তম"]),
    (8, &["অষ্টম"]),
    (9, &["নবম"]),
    (10, &["দশম"]),
    (11, &["একাদশ"]),
    (12, &["দ্বাদশ"]),
    (13, &["ত্রয়োদশ"]),
    (14, &["চতুর্দশ"]),
    (15, &["পঞ্চদশ"]),
    (16, &["ষোড়শ"]),
    (17, &["সপ্তদশ"]),
    (18, &["অষ্টাদশ"]),
    (19, &["ঊনবিংশ", "উনবিংশ"]),
    (20, &["বিংশ"]),
    (21, &["একবিংশ"]),
    (22, &["দ্বাবিংশ"]),
    (23, &["ত্রয়োবিংশ"]),
    (24, &["চতুর্বিংশ"]),
    (25, &["পঞ্চবিংশ"]),
    (26, &["ষড়বিংশ"]),
    (27, &["সপ্তবিংশ"]),
    (28, &["অষ্টাবিংশ"]),
    (29, &["ঊনত্রিংশ", "উনত্রিংশ"]),
    (30, &["ত্রিংশ"]),
    (31, &["একত্রিংশ"]),
    (40, &["চত্বারিংশ"]),
    (100, &["শততম"]),
    (1000, &["সহস্রতম"]),
];

/// Day-of-month ordinal words (bangla@0.0.6's series starts পহেলা দোসরা তেসরা চৌঠা,
/// then the cardinal with ই up to 18 and with শে from 19).
const DAY_WORDS: &[(u8, &str)] = &[(1, "পহেলা"), (1, "পয়লা"), (2, "দোসরা"), (3, "তেসরা"), (4, "চৌঠা")];

const GREGORIAN_MONTHS: &[(u8, &[&str])] = &[
    (1, &["জানুয়ারি", "জানুয়ারী"]),
    (2, &["ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রুয়ারি"]),
    (3, &["মার্চ"]),
    (4, &["এপ্রিল"]),
    (5, &["মে"]),
    (6, &["জুন"]),
    (7, &["জুলাই"]),
    (8, &["আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট"]),
    (9, &["সেপ্টেম্বর"]),
    (10, &["অক্টোবর"]),
    (11, &["নভেম্বর"]),
    (12, &["ডিসেম্বর"]),
];

const BANGLA_MONTHS: &[(u8, &[&str])] = &[
    (1, &["বৈশাখ"]),
    (2, &["জ্যৈষ্ঠ", "জৈষ্ঠ", "জ্যেষ্ঠ"]),
    (3, &["আষাঢ়", "আষাড়"]),
    (4, &["শ্রাবণ", "শ্রাবন"]),
    (5, &["ভাদ্র"]),
    (6, &["আশ্বিন"]),
    (7, &["কার্তিক", "কার্ত্তিক"]),
    (8, &["অগ্রহায়ণ", "অগ্রহায়ন", "অঘ্রাণ"]),
    (9, &["পৌষ"]),
    (10, &["মাঘ"]),
    (11, &["ফাল্গুন", "ফাল্গুণ"]),
    (12, &["চৈত্র"]),
];

/// The standard name of each month, for reading a garbled name by closeness.
pub(crate) fn standard_month_names(calendar: Calendar) -> impl Iterator<Item = (u8, &'static str)> {
    let table = match calendar {
        Calendar::Gregorian => GREGORIAN_MONTHS,
        Calendar::Bangla => BANGLA_MONTHS,
    };
    table.iter().filter_map(|(m, names)| names.first().map(|name| (*m, *name)))
}

const DAY_PARTS: &[(DayPart, &[&str])] = &[
    (DayPart::Dawn, &["ভোর", "ভোরে"]),
    (DayPart::Morning, &["সকাল", "সকালে"]),
    (DayPart::Forenoon, &["পূর্বাহ্ন", "পূর্বাহ্ণ", "পূর্বাহ্নে", "পূর্বাহ্ণে"]),
    (DayPart::Daytime, &["বেলা"]),
    (DayPart::Noon, &["দুপুর", "দুপুরে", "মধ্যাহ্ন", "মধ্যাহ্নে"]),
    (DayPart::Afternoon, &["অপরাহ্ন", "অপরাহ্ণ", "অপরাহ্নে", "অপরাহ্ণে"]),
    (DayPart::LateAfternoon, &["বিকাল", "বিকালে", "বিকেল", "বিকেলে"]),
    (DayPart::Evening, &["সন্ধ্যা", "সন্ধ্যায়", "সন্ধা", "সন্ধায়"]),
    (DayPart::Night, &["রাত", "রাতে", "রাত্রি", "রাত্রে"]),
];

/// What a clock word after an hour says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ClockWord {
    /// টা: "o'clock", but also a counter ("৬টা" = six of them); needs more context.
    WeakHour,
    /// টায়, ঘটিকা, ঘটিকায়, ঘটিকার: certainly an hour.
    Hour,
    /// মিনিট, মিনিটে.
    Minute,
}

const CLOCK_WORDS: &[(ClockWord, &[&str])] = &[
    (ClockWord::WeakHour, &["টা"]),
    (ClockWord::Hour, &["টায়", "টার", "ঘটিকা", "ঘটিকায়", "ঘটিকার"]),
    (ClockWord::Minute, &["মিনিট", "মিনিটে", "মিনিটের"]),
];

/// An ordinal suffix written after digits: the values it may follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct OrdinalSuffix {
    pub min: u64,
    pub max: u64,
    /// A day-of-month suffix (১লা ২রা ৪ঠা ১৭ই ২১শে).
    pub day: bool,
}

const ORDINAL_SUFFIXES: &[(&str, OrdinalSuffix)] = &[
    ("ম", OrdinalSuffix { min: 1, max: u64::MAX, day: false }),
    ("য়", OrdinalSuffix { min: 2, max: 3, day: false }),
    ("র্থ", OrdinalSuffix { min: 4, max: 4, day: false }),
    ("ষ্ঠ", OrdinalSuffix { min: 6, max: 6, day: false }),
    ("তম", OrdinalSuffix { min: 1, max: u64::MAX, day: false }),
    ("শ", OrdinalSuffix { min: 1, max: u64::MAX, day: false }),
    ("লা", OrdinalSuffix { min: 1, max: 1, day: true }),
    ("রা", OrdinalSuffix { min: 2, max: 3, day: true }),
    ("ঠা", OrdinalSuffix { min: 4, max: 4, day: true }),
    ("ই", OrdinalSuffix { min: 1, max: 31, day: true }),
    ("শে", OrdinalSuffix { min: 1, max: 31, day: true }),
];

/// Single-purpose words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    /// টাকা and its case forms.
    Taka,
    /// মাত্র ("only", closes an amount in words).
    Only,
    /// শতকরা ("per hundred", before a number).
    PerHundred,
    /// শতভাগ (100 per cent).
    Hundredfold,
    /// শতাংশ, ভাগ (per cent, after a number).
    PerCent,
    /// সাল, সন with case forms: "year" after a year number.
    Year,
    /// মাস with case forms.
    MonthWord,
    /// অর্থবছর with case forms.
    FiscalYear,
    /// অর্থ (the first half of অর্থ বছর).
    Finance,
    /// বছর with case forms.
    YearWord,
    /// স্মারক, নং, নম্বর, সূত্র: before a memo number.
    MemoKey,
    /// সাড়ে (+30), সোয়া (+15), পৌনে (−15 from the hour).
    HalfHour(i8),
    /// দেড় (1:30 / 1.5) and আড়াই (2:30 / 2.5), with their clock forms.
    OneAndHalf(u8),
    /// সময়, সময়ে after ঘটিকার.
    Time,
    /// খ্রি., খ্রিস্টাব্দ, ইং: a Gregorian year follows.
    EraGregorian,
    /// বঙ্গাব্দ, বাং: a Bangla year follows.
    EraBangla,
    /// Latin: Tk, BDT.
    LatinTaka,
    /// Latin: FY.
    LatinFiscal,
}

const MARKERS: &[(Marker, &[&str])] = &[
    (Marker::Taka, &["টাকা", "টাকার", "টাকায়"]),
    (Marker::Only, &["মাত্র"]),
    (Marker::PerHundred, &["শতকরা"]),
    (Marker::Hundredfold, &["শতভাগ"]),
    (Marker::PerCent, &["শতাংশ", "ভাগ"]),
    (Marker::Year, &["সাল", "সালের", "সালে", "সন", "সনের"]),
    (Marker::MonthWord, &["মাস", "মাসের", "মাসে"]),
    (Marker::FiscalYear, &["অর্থবছর", "অর্থবছরের", "অর্থবছরে", "অর্থবৎসর", "অর্থবছরেই"]),
    (Marker::Finance, &["অর্থ"]),
    (Marker::YearWord, &["বছর", "বছরের", "বছরে", "বৎসর", "বৎসরের"]),
    (Marker::MemoKey, &["স্মারক", "নং", "নম্বর", "নম্বরঃ", "নংঃ", "সূত্র", "নাম্বার"]),
    (Marker::HalfHour(30), &["সাড়ে"]),
    (Marker::HalfHour(15), &["সোয়া"]),
    (Marker::HalfHour(-15), &["পৌনে"]),
    (Marker::OneAndHalf(1), &["দেড়"]),
    (Marker::OneAndHalf(2), &["আড়াই"]),
    (Marker::Time, &["সময়", "সময়ে"]),
    (
        Marker::EraGregorian,
        &[
            "খ্রি",
            "খ্রিঃ",
            "খ্রী",
            "খ্রীঃ",
            "খৃ",
            "খৃঃ",
            "খ্রিস্টাব্দ",
            "খ্রিষ্টাব্দ",
            "খ্রীস্টাব্দ",
            "খ্রীষ্টাব্দ",
            "খৃষ্টাব্দ",
            "ইং",
            "ইংরেজি",
            "ইংরেজী",
        ],
    ),
    (Marker::EraBangla, &["বঙ্গাব্দ", "বাং", "বাংলা"]),
    (Marker::LatinTaka, &["tk", "bdt"]),
    (Marker::LatinFiscal, &["fy"]),
];

/// A number word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumWord {
    /// 0–99.
    Unit(u8),
    /// A multiple of 100 written as one word: একশত = 100, পাঁচশো = 500.
    Hundreds(u16),
    /// শত, হাজার, লক্ষ, কোটি.
    Scale(u64),
    /// দশমিক.
    Point,
    /// দেড় 1.5, আড়াই 2.5: only before a scale word.
    Fraction(Decimal),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct NumEntry {
    pub word: NumWord,
    /// Written with তম: the number is an ordinal and ends here.
    pub ordinal: bool,
    /// An everyday word as well (নয়, বার, শূন্য).
    pub weak: bool,
    /// Written with a clock word attached: তিনটা, দশটায়.
    pub clock: Option<ClockWord>,
}

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct MonthName {
    pub calendar: Option<Calendar>,
    pub month: u8,
}

/// Everything one word can mean to the tokenizer.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Lex {
    pub num: Option<NumEntry>,
    pub ordinal_word: Option<u32>,
    pub ordinal_suffix: Option<OrdinalSuffix>,
    pub clock: Option<ClockWord>,
    pub month: Option<MonthName>,
    pub day_part: Option<DayPart>,
    /// A day-of-month word: পহেলা = 1, একুশে = 21.
    pub day_word: Option<u8>,
    pub marker: Option<Marker>,
}

/// FNV-1a: the keys are short and trusted, and a look-up runs for every word.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map = HashMap<Box<str>, Lex, BuildHasherDefault<Fnv>>;

pub(crate) struct Lexicon {
    map: Map,
    /// A Bloom filter over the keys' [`signature`]s: most words of a text are no key,
    /// and this answers so without hashing them.
    filter: Box<[u64]>,
}

const FILTER_BITS: usize = 1 << 16;

/// A cheap 16-bit signature of a word: its length and three of its bytes.
#[inline]
fn signature(word: &[u8]) -> usize {
    let len = word.len();
    let at = |i: usize| word.get(i).copied().map_or(0, usize::from);
    let mixed = len.wrapping_mul(0x9E37)
        ^ at(2).wrapping_mul(0x85EB)
        ^ at(len.wrapping_sub(1)).wrapping_mul(0xC2B2)
        ^ at(len.wrapping_sub(4)).wrapping_mul(0x27D4);
    (mixed ^ (mixed >> 16)) % FILTER_BITS
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    /// What a Bengali word means, if anything. `foldable`: the word may not be in
    /// canonical form (the lexer knows, having seen every character).
    pub fn bengali(&self, word: &str, foldable: bool) -> Option<&Lex> {
        if self.may_hold(word) {
            if let Some(lex) = self.map.get(word) {
                return Some(lex);
            }
        }
        if !foldable {
            return None;
        }
        match canonical(word) {
            Cow::Owned(folded) => self.map.get(folded.as_str()),
            Cow::Borrowed(_) => None,
        }
    }

    fn may_hold(&self, word: &str) -> bool {
        let bit = signature(word.as_bytes());
        self.filter.get(bit / 64).is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }

    /// What a short ASCII word means (case-insensitive), if anything.
    pub fn latin(&self, word: &str) -> Option<&Lex> {
        let mut buf = [0u8; 8];
        let bytes = word.as_bytes();
        let lower = buf.get_mut(..bytes.len())?;
        for (dst, src) in lower.iter_mut().zip(bytes) {
            *dst = src.to_ascii_lowercase();
        }
        std::str::from_utf8(lower).ok().and_then(|w| self.map.get(w))
    }

    fn build() -> Lexicon {
        let mut b = Builder::default();
        for (value, words) in CARDINALS {
            for word in words.iter().flat_map(|w| un_variants(w)) {
                b.cardinal(&word, *value);
            }
        }
        for (value, words) in SCALES {
            for word in *words {
                b.num(word, NumWord::Scale(*value), false);
                b.num(&format!("{word}তম"), NumWord::Scale(*value), true);
            }
        }
        for (value, word) in COLLOQUIAL_HUNDREDS {
            b.num(word, NumWord::Hundreds(*value), false);
        }
        b.num("দশমিক", NumWord::Point, false);
        for (value, words) in ORDINAL_WORDS {
            for word in *words {
                b.entry(word).ordinal_word = Some(*value);
            }
        }
        for (day, word) in DAY_WORDS {
            b.entry(word).day_word = Some(*day);
            b.entry(word).ordinal_word = Some(u32::from(*day));
        }
        for (suffix, meaning) in ORDINAL_SUFFIXES {
            b.entry(suffix).ordinal_suffix = Some(*meaning);
        }
        for (calendar, table) in [(Calendar::Gregorian, GREGORIAN_MONTHS), (Calendar::Bangla, BANGLA_MONTHS)]
        {
            for (month, words) in table {
                for word in *words {
                    b.entry(word).month = Some(MonthName { calendar: Some(calendar), month: *month });
                }
            }
        }
        for (part, words) in DAY_PARTS {
            for word in *words {
                b.entry(word).day_part = Some(*part);
            }
        }
        for (clock, words) in CLOCK_WORDS {
            for word in *words {
                b.entry(word).clock = Some(*clock);
            }
        }
        for (marker, words) in MARKERS {
            for word in *words {
                b.entry(word).marker = Some(*marker);
            }
        }
        for (half, word) in [(1u8, "দেড়"), (2, "আড়াই")] {
            let fraction = Decimal { mantissa: u64::from(half) * 10 + 5, scale: 1 };
            b.num(word, NumWord::Fraction(fraction), false);
            for (clock, tail) in [(ClockWord::WeakHour, "টা"), (ClockWord::Hour, "টায়")] {
                let entry = b.entry(&format!("{word}{tail}"));
                entry.marker = Some(Marker::OneAndHalf(half));
                entry.clock = Some(clock);
            }
        }
        let mut filter = vec![0u64; FILTER_BITS / 64].into_boxed_slice();
        for key in b.map.keys() {
            let bit = signature(key.as_bytes());
            if let Some(w) = filter.get_mut(bit / 64) {
                *w |= 1 << (bit % 64);
            }
        }
        Lexicon { map: b.map, filter }
    }
}

#[derive(Default)]
struct Builder {
    map: Map,
}

impl Builder {
    fn entry(&mut self, word: &str) -> &mut Lex {
        self.map.entry(canonical(word).into_owned().into_boxed_str()).or_default()
    }

    fn num(&mut self, word: &str, num: NumWord, ordinal: bool) {
        let entry = self.entry(word);
        // A word that already means something as a number keeps its first meaning.
        if entry.num.is_none() {
            entry.num = Some(NumEntry { word: num, ordinal, weak: false, clock: None });
        }
    }

    /// A cardinal 0–99 with its derived forms: hundreds (একশত), ordinal (এগারোতম),
    /// clock hour (তিনটা), day of month (পাঁচই, একুশে).
    fn cardinal(&mut self, word: &str, value: u8) {
        let weak = WEAK_CARDINALS.contains(&word);
        self.entry(word).num =
            Some(NumEntry { word: NumWord::Unit(value), ordinal: false, weak, clock: None });
        self.num(&format!("{word}তম"), NumWord::Unit(value), true);
        if word.ends_with('ত') {
            // num2words writes 107th as একশত সাতম.
            self.num(&format!("{word}ম"), NumWord::Unit(value), true);
        }
        if value == 0 {
            return;
        }
        for ending in HUNDRED_ENDINGS {
            let hundreds = NumWord::Hundreds(u16::from(value) * 100);
            self.num(&format!("{word}{ending}"), hundreds, false);
            self.num(&format!("{word}{ending}তম"), hundreds, true);
        }
        if value <= 12 {
            for (clock, tail) in
                [(ClockWord::WeakHour, "টা"), (ClockWord::Hour, "টায়"), (ClockWord::Hour, "টার")]
            {
                let entry = self.entry(&format!("{word}{tail}"));
                if entry.num.is_none() {
                    entry.num = Some(NumEntry {
                        word: NumWord::Unit(value),
                        ordinal: false,
                        weak: false,
                        clock: Some(clock),
                    });
                }
            }
        }
        // পাঁচই … আঠারোই, then ঊনিশে … একত্রিশে (every word of 19–31 ends in শ).
        let day_form = match value {
            5..=18 => Some(format!("{word}ই")),
            19..=31 if word.ends_with('শ') => Some(format!("{word}\u{09C7}")),
            _ => None,
        };
        if let Some(day_form) = day_form {
            let entry = self.entry(&day_form);
            if entry.num.is_none() && entry.day_word.is_none() {
                entry.day_word = Some(value);
                entry.ordinal_word = Some(u32::from(value));
            }
        }
    }
}

/// উনিশ and ঊনিশ are both written: give a word starting with either both spellings.
fn un_variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if let Some(rest) = word.strip_prefix("উন") {
        out.push(format!("ঊন{rest}"));
    } else if let Some(rest) = word.strip_prefix("ঊন") {
        out.push(format!("উন{rest}"));
    }
    out
}

/// Whether `word` may change under [`canonical`]: it holds a precomposed nukta letter
/// (ড় ঢ় য়), ে followed by া or ৗ, ZWJ/ZWNJ, or ৰ. A byte scan: most words hold none.
fn foldable(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.windows(3).enumerate().any(|(i, w)| match w {
        [0xE0, 0xA7, 0x9C | 0x9D | 0x9F | 0xB0] | [0xE2, 0x80, 0x8C | 0x8D] => true,
        [0xE0, 0xA7, 0x87] => {
            matches!(bytes.get(i + 3..i + 6), Some([0xE0, 0xA6, 0xBE] | [0xE0, 0xA7, 0x97]))
        }
        _ => false,
    })
}

/// The form the lexicon keys are stored in: NFC for Bengali (ড় ঢ় য় as letter +
/// nukta; ে+া as ো, ে+ৗ as ৌ), without ZWJ/ZWNJ, and Assamese ৰ (an OCR confusion)
/// as র. Only used for looking words up; the text itself is never changed.
pub(crate) fn canonical(word: &str) -> Cow<'_, str> {
    if !foldable(word) {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len() + 4);
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{09DC}' => out.push_str("\u{09A1}\u{09BC}"),
            '\u{09DD}' => out.push_str("\u{09A2}\u{09BC}"),
            '\u{09DF}' => out.push_str("\u{09AF}\u{09BC}"),
            '\u{09F0}' => out.push('\u{09B0}'),
            '\u{200C}' | '\u{200D}' => {}
            '\u{09C7}' => match chars.peek() {
                Some('\u{09BE}') => {
                    chars.next();
                    out.push('\u{09CB}');
                }
                Some('\u{09D7}') => {
                    chars.next();
                    out.push('\u{09CC}');
                }
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(word: &str) -> Option<u8> {
        match lexicon().bengali(word, true)?.num?.word {
            NumWord::Unit(n) => Some(n),
            _ => None,
        }
    }

    #[test]
    fn every_cardinal_reads() {
        for (value, words) in CARDINALS {
            for word in *words {
                assert_eq!(unit(word), Some(*value), "{word}");
            }
        }
        assert_eq!(unit("ঊনত্রিশ"), Some(29));
        assert_eq!(unit("উনিশ"), Some(19));
        assert_eq!(unit("ঊনিশ"), Some(19));
    }

    #[test]
    fn derived_forms() {
        let lex = lexicon();
        let hundreds = |w: &str| lex.bengali(w, true).and_then(|l| l.num).map(|n| (n.word, n.ordinal));
        assert_eq!(hundreds("একশত"), Some((NumWord::Hundreds(100), false)));
        assert_eq!(hundreds("নয়শো"), Some((NumWord::Hundreds(900), false)));
        assert_eq!(hundreds("একশতম"), Some((NumWord::Hundreds(100), true)));
        assert_eq!(hundreds("বাইশতম"), Some((NumWord::Unit(22), true)));
        assert_eq!(hundreds("হাজারতম"), Some((NumWord::Scale(1000), true)));
        assert_eq!(lex.bengali("একুশে", false).and_then(|l| l.day_word), Some(21));
        assert_eq!(lex.bengali("পাঁচই", false).and_then(|l| l.day_word), Some(5));
        assert_eq!(
            lex.bengali("তিনটায়", false).and_then(|l| l.num).and_then(|n| n.clock),
            Some(ClockWord::Hour)
        );
        // No derived form hides a real word's meaning.
        assert_eq!(unit("ত্রিশ"), Some(30));
        assert_eq!(unit("বিশ"), Some(20));
    }

    #[test]
    fn non_nfc_spellings_fold() {
        // ড় precomposed (U+09DC), as non-NFC text writes it.
        let precomposed = "সা\u{09DC}ে";
        assert_eq!(lexicon().bengali(precomposed, true).and_then(|l| l.marker), Some(Marker::HalfHour(30)));
        // ো written as ে + া.
        assert_eq!(unit("তের\u{09C7}\u{09BE}"), Some(13));
        assert_eq!(canonical("a\u{200D}b"), "ab");
        assert!(matches!(canonical("সভা"), Cow::Borrowed(_)));
    }

    #[test]
    fn latin_words_ignore_case() {
        assert_eq!(lexicon().latin("Tk").and_then(|l| l.marker), Some(Marker::LatinTaka));
        assert!(lexicon().latin("averyveryverylongword").is_none());
    }

    #[test]
    fn months_of_both_calendars() {
        let month = |w: &str| lexicon().bengali(w, true).and_then(|l| l.month).map(|m| (m.calendar, m.month));
        assert_eq!(month("আগষ্ট"), Some((Some(Calendar::Gregorian), 8)));
        assert_eq!(month("পৌষ"), Some((Some(Calendar::Bangla), 9)));
        assert_eq!(standard_month_names(Calendar::Bangla).nth(1), Some((2, "জ্যৈষ্ঠ")));
    }
}
