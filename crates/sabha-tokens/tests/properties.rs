//! Property tests: random values rendered as documents write them read back to the
//! same value; arbitrary and hostile input never panics and yields well-formed tokens.

use proptest::prelude::*;
use sabha_tokens::{
    BanglaYmd, Token, TokenKind, Ymd, ascii_to_bengali_digits, read_date, read_number, tokenize,
};

const GREGORIAN: [&str; 12] = [
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
];
const BANGLA: [&str; 12] =
    ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"];
const UNITS: &str = "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ এগারো বারো তেরো চৌদ্দ পনেরো ষোলো সতেরো আঠারো উনিশ \
    বিশ একুশ বাইশ তেইশ চব্বিশ পঁচিশ ছাব্বিশ সাতাশ আঠাশ উনত্রিশ ত্রিশ একত্রিশ বত্রিশ তেত্রিশ চৌত্রিশ পঁয়ত্রিশ ছত্রিশ \
    সাঁইত্রিশ আটত্রিশ উনচল্লিশ চল্লিশ একচল্লিশ বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ পঁয়তাল্লিশ ছেচল্লিশ সাতচল্লিশ আটচল্লিশ \
    উনপঞ্চাশ পঞ্চাশ একান্ন বায়ান্ন তিপ্পান্ন চুয়ান্ন পঞ্চান্ন ছাপ্পান্ন সাতান্ন আটান্ন উনষাট ষাট একষট্টি বাষট্টি তেষট্টি \
    চৌষট্টি পঁয়ষট্টি ছেষট্টি সাতষট্টি আটষট্টি উনসত্তর সত্তর একাত্তর বাহাত্তর তিয়াত্তর চুয়াত্তর পঁচাত্তর ছিয়াত্তর \
    সাতাত্তর আটাত্তর উনআশি আশি একাশি বিরাশি তিরাশি চুরাশি পঁচাশি ছিয়াশি সাতাশি আটাশি উননব্বই নব্বই একানব্বই \
    বিরানব্বই তিরানব্বই চুরানব্বই পঁচানব্বই ছিয়ানব্বই সাতানব্বই আটানব্বই নিরানব্বই";

fn units() -> Vec<&'static str> {
    UNITS.split_whitespace().collect()
}

fn ymd_strategy(from: i32, to: i32) -> impl Strategy<Value = Ymd> {
    let start = Ymd::new(from, 1, 1).unwrap().days_since_epoch();
    let end = Ymd::new(to, 12, 31).unwrap().days_since_epoch();
    (start..=end).prop_map(|d| Ymd::from_days_since_epoch(d).unwrap())
}

fn digits(n: impl ToString, bengali: bool) -> String {
    let s = n.to_string();
    if bengali { ascii_to_bengali_digits(&s).into_owned() } else { s }
}

fn day_ordinal(day: u8) -> &'static str {
    match day {
        1 => "লা",
        2 | 3 => "রা",
        4 => "ঠা",
        5..=18 => "ই",
        _ => "শে",
    }
}

/// The only token of `text`, which must cover it all.
fn sole(text: &str) -> Token {
    let tokens = tokenize(text);
    assert_eq!(tokens.len(), 1, "{text}: {tokens:?}");
    let token = tokens.into_iter().next().unwrap();
    assert_eq!((token.start, token.end), (0, text.len()), "{text}");
    token
}

fn date_iso(text: &str) -> String {
    match sole(text).kind {
        TokenKind::Date(d) => d.iso(),
        other => panic!("{text}: {other:?}"),
    }
}

/// Indian-system words for `n`, choosing among the spellings documents use.
fn words(n: u64, hundred: &str, lakh: &str, attached: bool) -> String {
    let units = units();
    let mut parts = Vec::new();
    let mut below_crore = n % 10_000_000;
    let crores = n / 10_000_000;
    if crores > 0 {
        parts.push(format!("{} কোটি", words(crores, hundred, lakh, attached)));
    }
    for (scale, name) in [(100_000, lakh), (1000, "হাজার")] {
        let q = below_crore / scale;
        if q > 0 {
            parts.push(format!("{} {name}", units[q as usize]));
        }
        below_crore %= scale;
    }
    let h = below_crore / 100;
    if h > 0 {
        let sep = if attached { "" } else { " " };
        parts.push(format!("{}{sep}{hundred}", units[h as usize]));
    }
    let u = below_crore % 100;
    if u > 0 || parts.is_empty() {
        parts.push(units[u as usize].to_string());
    }
    parts.join(" ")
}

fn grouped(n: u64, lakh: bool) -> String {
    let s = n.to_string();
    if s.len() <= 3 {
        return s;
    }
    let (head, tail) = s.split_at(s.len() - 3);
    let size = if lakh { 2 } else { 3 };
    let mut groups: Vec<String> = Vec::new();
    let mut head = head.to_string();
    while head.len() > size {
        groups.insert(0, head.split_off(head.len() - size));
    }
    groups.insert(0, head);
    groups.push(tail.to_string());
    groups.join(",")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn gregorian_dates_round_trip(date in ymd_strategy(1950, 2060), form in 0usize..12, bengali in any::<bool>(), variant in 0usize..6) {
        let d = |n: u8, pad: bool| digits(if pad { format!("{n:02}") } else { n.to_string() }, bengali);
        let y = digits(date.year, bengali);
        let month = GREGORIAN[usize::from(date.month) - 1];
        let suffix = ["", " খ্রি.", " খ্রিঃ", " খ্রিস্টাব্দ", " খ্রিষ্টাব্দ", " ইং"][variant];
        let text = match form {
            0 => format!("{} {month} {y}{suffix}", d(date.day, variant % 2 == 0)),
            1 => format!("{} {month}, {y}{suffix}", d(date.day, false)),
            2 => format!("{}{} {month} {y}", digits(date.day, true), day_ordinal(date.day)),
            3 => format!("{}/{}/{y}", d(date.day, true), d(date.month, true)),
            4 => format!("{}-{}-{y}", d(date.day, false), d(date.month, false)),
            5 => format!("{}.{}.{y}", d(date.day, true), d(date.month, true)),
            6 => format!("{}/{}/{y}খ্রি.", d(date.day, true), d(date.month, true)),
            7 if (2000..2070).contains(&date.year) => {
                format!("{}-{}-{}", d(date.day, false), d(date.month, false), d((date.year % 100) as u8, true))
            }
            8 => format!("{month} {} , {y}", d(date.day, false)).replace(" ,", ","),
            9 => format!("{}{month} {y}", d(date.day, false)),
            10 => format!("{}-{month}-{y}", d(date.day, true)),
            _ => format!("{y}-{}-{}", d(date.month, true), d(date.day, true)),
        };
        prop_assert_eq!(date_iso(&text), date.iso(), "{}", text);
    }

    #[test]
    fn bangla_dates_round_trip_both_ways(date in ymd_strategy(1993, 2040), comma in any::<bool>(), era in 0usize..3) {
        let b = BanglaYmd::from_gregorian(date).unwrap();
        prop_assert_eq!(b.to_gregorian().unwrap(), date);
        let sep = if comma { "," } else { "" };
        let era = ["", " বঙ্গাব্দ", " বাং"][era];
        let text = format!("{} {}{sep} {}{era}", digits(b.day, true), BANGLA[usize::from(b.month) - 1], digits(b.year, true));
        prop_assert_eq!(date_iso(&text), date.iso(), "{}", text);
    }

    #[test]
    fn month_years_round_trip(year in 1950i32..2060, month in 1u8..=12, sep in 0usize..4) {
        let name = GREGORIAN[usize::from(month) - 1];
        let text = format!("{name}{}{}", [" ", ", ", "/", "-"][sep], digits(year, true));
        let date = read_date(&text).unwrap();
        prop_assert_eq!(date.iso(), format!("{year:04}-{month:02}"));
    }

    #[test]
    fn grouped_numbers_round_trip(n in 0u64..10_000_000_000_000, lakh in any::<bool>(), bengali in any::<bool>(), cents in proptest::option::of(1u8..100)) {
        let mut text = digits(grouped(n, lakh), bengali);
        let mut value = n as f64;
        if let Some(c) = cents {
            text.push_str(&digits(format!(".{c:02}"), bengali));
            value = format!("{n}.{c:02}").parse().unwrap();
        }
        prop_assert_eq!(read_number(&text), Some(value), "{}", text);
    }

    #[test]
    fn number_words_round_trip(n in 1u64..1_000_000_000, style in 0usize..4) {
        let (hundred, lakh, attached) = [("শত", "লক্ষ", true), ("শো", "লাখ", false), ("শত", "লাখ", false), ("শো", "লক্ষ", true)][style];
        let text = words(n, hundred, lakh, attached);
        prop_assert_eq!(read_number(&text), Some(n as f64), "{}", text);
        let money = format!("{text} টাকা মাত্র");
        prop_assert_eq!(sole(&money).kind, TokenKind::Money(n as f64));
    }

    #[test]
    fn money_round_trips(n in 1u64..1_000_000_000, form in 0usize..6) {
        let g = digits(grouped(n, true), true);
        let text = match form {
            0 => format!("{g}/- টাকা"),
            1 => format!("টাকা {g}/-"),
            2 => format!("={g}/-"),
            3 => format!("{g}.০০৳"),
            4 => format!("{g}/- ({}) টাকা", words(n, "শত", "লক্ষ", true)),
            _ => format!("{g}/-টাকা"),
        };
        prop_assert_eq!(sole(&text).kind, TokenKind::Money(n as f64), "{}", text);
    }

    #[test]
    fn times_round_trip(part in 0usize..9, pick in 0usize..16, minute in 0u8..60, form in 0usize..4) {
        // (word, hours as written, to 24h) from the README table.
        let table: [DayPartRule; 9] = [
            ("ভোর", &[4, 5, 6], |h| h),
            ("সকাল", &[6, 7, 8, 9, 10, 11], |h| h),
            ("পূর্বাহ্ন", &[8, 9, 10, 11, 12], |h| h),
            ("বেলা", &[9, 10, 11, 12, 1, 2, 3, 4, 5], |h| if h >= 9 { h } else { h + 12 }),
            ("দুপুর", &[12, 1, 2, 3], |h| if h == 12 { 12 } else { h + 12 }),
            ("অপরাহ্ন", &[12, 1, 2, 3, 4, 5, 6], |h| if h == 12 { 12 } else { h + 12 }),
            ("বিকাল", &[2, 3, 4, 5, 6], |h| h + 12),
            ("সন্ধ্যা", &[5, 6, 7, 8], |h| h + 12),
            ("রাত", &[7, 8, 9, 10, 11, 12, 1, 2, 3], |h| match h { 12 => 0, 7..=11 => h + 12, _ => h }),
        ];
        let (word, hours, rule) = table[part];
        let h = hours[pick % hours.len()];
        let (text, minute) = match form {
            0 => (format!("{word} {}.{} ঘটিকা", digits(h, true), digits(format!("{minute:02}"), true)), minute),
            1 => (format!("{word} {}:{} মিনিটে", digits(h, true), digits(format!("{minute:02}"), true)), minute),
            2 => (format!("{word} {}টা {} মিনিটে", digits(h, true), digits(minute, true)), minute),
            _ => (format!("{word} সাড়ে {}টায়", digits(h, true)), 30),
        };
        let want = format!("{:02}:{minute:02}", rule(h));
        match sole(&text).kind {
            TokenKind::Time(t) => prop_assert_eq!(t.hh_mm(), want, "{}", text),
            other => prop_assert!(false, "{}: {:?}", text, other),
        }
    }

    #[test]
    fn arbitrary_text_gives_well_formed_tokens(text in "\\PC{0,200}") {
        check_well_formed(&text);
    }

    #[test]
    fn percent_words_give_well_formed_tokens(words in proptest::collection::vec(
        prop_oneof!["[০-৯0-9]{1,3}", Just("%".to_string()), Just(" ٪".to_string()), Just("শতকরা".to_string()),
                    Just("শতাংশ".to_string()), Just("শতভাগ".to_string()), Just("ভাগ".to_string()),
                    Just("টাকা".to_string()), Just("দশমিক".to_string()), Just("বিশ".to_string()),
                    Just("বি".to_string()), Just("্".to_string()), Just("\u{200C}".to_string())], 0..8),
        glue in proptest::collection::vec(prop_oneof![Just(""), Just(" "), Just("-"), Just("।"), Just("("), Just("\n")], 8)) {
        let text: String = words.iter().zip(glue.iter().cycle()).flat_map(|(w, g)| [w.as_str(), *g]).collect();
        check_well_formed(&text);
    }

    #[test]
    fn bengali_noise_gives_well_formed_tokens(text in "[০-৯0-9,./\\-:%৳=()\\[\\]+@ \tকখগমশেিাীুয়ঃ্টা\n]{0,120}") {
        check_well_formed(&text);
    }
}

/// A day-part word, the hours written after it, and its 24-hour reading.
type DayPartRule = (&'static str, &'static [u8], fn(u8) -> u8);

fn check_well_formed(text: &str) {
    let tokens = tokenize(text);
    let mut last_end = 0;
    for t in &tokens {
        assert!(t.start < t.end && t.start >= last_end, "{text:?}: {tokens:?}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(!t.raw(text).contains('\n'));
        last_end = t.end;
    }
    if tokens.iter().any(|t| matches!(t.kind, TokenKind::Percent(_))) {
        assert!(sabha_tokens::may_hold_percent(text), "{text:?} holds a percentage: {tokens:?}");
    }
}

/// Hostile input: huge, long runs, unbalanced brackets. Each must finish (a quadratic
/// scan would not, at these sizes) and give well-formed tokens.
#[test]
fn hostile_input_completes() {
    let cases: Vec<String> = vec![
        "৯".repeat(1_000_000),
        "১.".repeat(300_000),
        "১,".repeat(300_000),
        "[".repeat(500_000),
        "([১.১".repeat(100_000),
        "নয় ".repeat(200_000),
        "এক ".repeat(200_000),
        "শত ".repeat(200_000),
        "a.".repeat(300_000) + "@x.com",
        "www.".repeat(200_000),
        "২৮ মে, ".repeat(100_000),
        "০১৭১-".repeat(200_000),
        "=/-(".repeat(200_000),
        "\t".repeat(500_000) + "নয়",
    ];
    for text in &cases {
        check_well_formed(text);
    }
}

#[test]
fn ten_megabytes_of_minutes() {
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/seeds/000.txt"))
        .unwrap();
    let mut text = String::with_capacity(10 << 20);
    while text.len() < 10 << 20 {
        text.push_str(&seed);
    }
    let tokens = tokenize(&text);
    let per_copy = tokenize(&seed).len();
    assert!(tokens.len() >= per_copy * (text.len() / seed.len()));
    check_well_formed(&text);
}
