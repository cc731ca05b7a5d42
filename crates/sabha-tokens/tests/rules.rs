//! One test per rule, on text as Bangladeshi minutes write it.

use sabha_tokens::{Calendar, Precision, Token, TokenKind, tokenize};

/// `kind:value@raw` for every token.
fn read(text: &str) -> Vec<String> {
    tokenize(text).iter().map(|t| describe(t, text)).collect()
}

fn describe(t: &Token, text: &str) -> String {
    let value = match &t.kind {
        TokenKind::Number(v) | TokenKind::Percent(v) | TokenKind::Money(v) => v.to_string(),
        TokenKind::Ordinal(v) => v.to_string(),
        TokenKind::Date(d) => d.iso(),
        TokenKind::Time(time) => time.hh_mm(),
        TokenKind::FiscalYear { start_year, end_year } => format!("{start_year}-{end_year}"),
        TokenKind::MemoNumber(m) => m.number.clone(),
        TokenKind::Phone(p) => p.clone(),
        TokenKind::Indicator(c) => c.clone(),
        TokenKind::Email | TokenKind::Url => String::new(),
    };
    format!("{}:{}@{}", t.kind.name(), value, t.raw(text))
}

fn assert_reads(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(read(text), *want, "{text}");
    }
}

#[test]
fn digits_both_scripts_grouping_and_decimals() {
    assert_reads(&[
        ("৫০,০০০", &["number:50000@৫০,০০০"]),
        ("১২,৩৪,৫৬৭", &["number:1234567@১২,৩৪,৫৬৭"]),
        ("১,২৩৪,৫৬৭", &["number:1234567@১,২৩৪,৫৬৭"]),
        ("৯,৭০,৮৭৬.৫", &["number:970876.5@৯,৭০,৮৭৬.৫"]),
        ("২৩.৪৪", &["number:23.44@২৩.৪৪"]),
        ("২0২৩ সালে", &["number:2023@২0২৩"]),
        ("1,234", &["number:1234@1,234"]),
        // Not a grouping: a list.
        ("১,২, ৩", &["number:1@১", "number:2@২", "number:3@৩"]),
        ("১২,৩৪", &["number:12@১২", "number:34@৩৪"]),
    ]);
}

#[test]
fn number_words() {
    assert_reads(&[
        ("এক লক্ষ পঁচিশ হাজার", &["number:125000@এক লক্ষ পঁচিশ হাজার"]),
        ("নয় শো নিরানব্বই", &["number:999@নয় শো নিরানব্বই"]),
        ("একশত দুই", &["number:102@একশত দুই"]),
        ("এক শত দুই", &["number:102@এক শত দুই"]),
        ("সাতাইশ হাজার সাত", &["number:27007@সাতাইশ হাজার সাত"]),
        ("দুই কোটি এগারো লক্ষ ষাট হাজার দুইশত উননব্বই", &["number:21160289@দুই কোটি এগারো লক্ষ ষাট হাজার দুইশত উননব্বই"]),
        ("একশত তেইশ কোটি", &["number:1230000000@একশত তেইশ কোটি"]),
        ("৫০ লাখ", &["number:5000000@৫০ লাখ"]),
        ("২.৫ কোটি", &["number:25000000@২.৫ কোটি"]),
        ("১.১৫ লক্ষ", &["number:115000@১.১৫ লক্ষ"]),
        ("৫ লক্ষ পঞ্চাশ হাজার", &["number:550000@৫ লক্ষ পঞ্চাশ হাজার"]),
        ("দুই দশমিক পাঁচ", &["number:2.5@দুই দশমিক পাঁচ"]),
        ("শূন্য দশমিক শূন্য পাঁচ", &["number:0.05@শূন্য দশমিক শূন্য পাঁচ"]),
        ("দেড় কোটি", &["number:15000000@দেড় কোটি"]),
        ("ঊনত্রিশ", &["number:29@ঊনত্রিশ"]),
        // Two units in a row are two numbers.
        ("এক দুই", &["number:1@এক", "number:2@দুই"]),
    ]);
}

#[test]
fn everyday_words_that_are_also_numbers() {
    assert_reads(&[
        ("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):", &[]),
        ("শূন্য পদ পূরণ করা হবে", &[]),
        ("বার বার তাগিদ দেওয়া হয়", &[]),
        ("লক্ষ করা যায় যে", &[]),
        ("নয়", &["number:9@নয়"]),
        ("নয় জন সদস্য", &["number:9@নয়"]),
        ("ক্রমিক\tনয়\tসদস্য", &["number:9@নয়"]),
    ]);
}

#[test]
fn ordinals() {
    assert_reads(&[
        (
            "১ম ২য় ৩য় ৪র্থ ৬ষ্ঠ ১০ম",
            &[
                "ordinal:1@১ম",
                "ordinal:2@২য়",
                "ordinal:3@৩য়",
                "ordinal:4@৪র্থ",
                "ordinal:6@৬ষ্ঠ",
                "ordinal:10@১০ম",
            ],
        ),
        ("২১তম ১১শ ২৬শ", &["ordinal:21@২১তম", "ordinal:11@১১শ", "ordinal:26@২৬শ"]),
        ("প্রথম একাদশ একত্রিংশ", &["ordinal:1@প্রথম", "ordinal:11@একাদশ", "ordinal:31@একত্রিংশ"]),
        ("এগারোতম বাইশতম একশতম", &["ordinal:11@এগারোতম", "ordinal:22@বাইশতম", "ordinal:100@একশতম"]),
        ("একশত পঁচিশতম", &["ordinal:125@একশত পঁচিশতম"]),
        // ২য় needs 2 or 3: ৫য় is no ordinal.
        ("৫য়", &["number:5@৫"]),
        ("১লা", &["ordinal:1@১লা"]),
    ]);
}

#[test]
fn percent() {
    assert_reads(&[
        ("১০০%", &["percent:100@১০০%"]),
        ("২৩.৪৪ %", &["percent:23.44@২৩.৪৪ %"]),
        ("(২১%)", &["percent:21@২১%"]),
        ("শতভাগ অর্জিত", &["percent:100@শতভাগ"]),
        ("২০ শতাংশ", &["percent:20@২০ শতাংশ"]),
        ("শতকরা ২০ ভাগ", &["percent:20@শতকরা ২০ ভাগ"]),
        ("বিশ শতাংশ", &["percent:20@বিশ শতাংশ"]),
    ]);
}

#[test]
fn money() {
    assert_reads(&[
        ("৫০,০০০/- টাকা", &["money:50000@৫০,০০০/- টাকা"]),
        ("৫০,০০০/-টাকা", &["money:50000@৫০,০০০/-টাকা"]),
        ("টাকা ৫০,০০০", &["money:50000@টাকা ৫০,০০০"]),
        ("=৫০,০০০/-", &["money:50000@=৫০,০০০/-"]),
        ("(পঞ্চাশ হাজার) টাকা", &["money:50000@(পঞ্চাশ হাজার) টাকা"]),
        ("৫০,০০০.০০৳", &["money:50000@৫০,০০০.০০৳"]),
        ("৭০,০০,০০০/- (সত্তর লাখ) টাকা", &["money:7000000@৭০,০০,০০০/- (সত্তর লাখ) টাকা"]),
        ("=৪০,০০০/- চল্লিশ হাজার) টাকা", &["money:40000@=৪০,০০০/- চল্লিশ হাজার) টাকা"]),
        ("সাতান্ন লক্ষ টাকা মাত্র", &["money:5700000@সাতান্ন লক্ষ টাকা মাত্র"]),
        ("৫০ লক্ষ টাকার", &["money:5000000@৫০ লক্ষ টাকার"]),
        ("Tk. 5,000", &["money:5000@Tk. 5,000"]),
        ("৳ ৫০০", &["money:500@৳ ৫০০"]),
    ]);
}

#[test]
fn gregorian_dates() {
    assert_reads(&[
        ("১৭ অক্টোবর ২০২৩", &["date:2023-10-17@১৭ অক্টোবর ২০২৩"]),
        ("২৮ মে, ২০১৯ খ্রি।", &["date:2019-05-28@২৮ মে, ২০১৯ খ্রি"]),
        ("২৭ ডিসেম্বর ২০২১ খ্রি.", &["date:2021-12-27@২৭ ডিসেম্বর ২০২১ খ্রি."]),
        ("২৯/০৭/২০২৪খ্রি.", &["date:2024-07-29@২৯/০৭/২০২৪খ্রি."]),
        ("২৫-১০-২০২৩", &["date:2023-10-25@২৫-১০-২০২৩"]),
        ("২৮-৮-২২", &["date:2022-08-28@২৮-৮-২২"]),
        ("২৮.০৮.২০২২", &["date:2022-08-28@২৮.০৮.২০২২"]),
        ("28/06/2022", &["date:2022-06-28@28/06/2022"]),
        ("১লা জানুয়ারী ২০২৪", &["date:2024-01-01@১লা জানুয়ারী ২০২৪"]),
        ("২রা ফেব্রুয়ারি, ২০২৪", &["date:2024-02-02@২রা ফেব্রুয়ারি, ২০২৪"]),
        ("৪ঠা আগষ্ট ২০২৩", &["date:2023-08-04@৪ঠা আগষ্ট ২০২৩"]),
        ("১৭ই মার্চ ২০২০", &["date:2020-03-17@১৭ই মার্চ ২০২০"]),
        ("২১শে ফেব্রুয়ারি ২০২৪", &["date:2024-02-21@২১শে ফেব্রুয়ারি ২০২৪"]),
        ("একুশে ফেব্রুয়ারি ২০২৪", &["date:2024-02-21@একুশে ফেব্রুয়ারি ২০২৪"]),
        ("২৮মে ২০১৯", &["date:2019-05-28@২৮মে ২০১৯"]),
        ("১৫-জানুয়ারি-২০২৪", &["date:2024-01-15@১৫-জানুয়ারি-২০২৪"]),
        ("জানুয়ারি ১৫, ২০২৪", &["date:2024-01-15@জানুয়ারি ১৫, ২০২৪"]),
        ("২০২৩-১০-১৭", &["date:2023-10-17@২০২৩-১০-১৭"]),
        ("১৩/০১/ ২০২২", &["date:2022-01-13@১৩/০১/ ২০২২"]),
        ("৪ মে ২০২৩-এর মধ্যে", &["date:2023-05-04@৪ মে ২০২৩"]),
        ("১ জানুয়ারি ২০২৪ ইং.", &["date:2024-01-01@১ জানুয়ারি ২০২৪ ইং."]),
    ]);
}

#[test]
fn invalid_dates_are_not_dates() {
    assert_reads(&[
        ("৩১ ফেব্রুয়ারি ২০২৩", &[]),
        ("২৯/০২/২০২৩", &[]),
        ("১২/১৫/২০২৩", &[]),
        ("৩১ আশ্বিন ১৪২৫", &[]),
        ("১৫ জানুয়ারি", &["number:15@১৫"]),
    ]);
    assert_eq!(read("২৯/০২/২০২৪"), ["date:2024-02-29@২৯/০২/২০২৪"]);
}

#[test]
fn month_year_dates() {
    assert_reads(&[
        ("মে, ২০১৯ মাসের", &["date:2019-05@মে, ২০১৯"]),
        ("জানুয়ারী/২০২২ এর", &["date:2022-01@জানুয়ারী/২০২২"]),
        ("সেপ্টেম্বর ২০২৪খ্রি.", &["date:2024-09@সেপ্টেম্বর ২০২৪খ্রি."]),
        ("২০২৪ সালের জানুয়ারি মাসে", &["date:2024-01@২০২৪ সালের জানুয়ারি মাসে"]),
        ("২০২৪ সালের ১৫ জানুয়ারি", &["date:2024-01-15@২০২৪ সালের ১৫ জানুয়ারি"]),
    ]);
    let TokenKind::Date(d) = &tokenize("মে, ২০১৯")[0].kind else { panic!() };
    assert_eq!((d.precision(), d.day), (Precision::Month, None));
}

#[test]
fn bangla_calendar_dates() {
    assert_reads(&[
        ("৯ কার্তিক ১৪৩০ বঙ্গাব্দ", &["date:2023-10-25@৯ কার্তিক ১৪৩০ বঙ্গাব্দ"]),
        ("১২ পৌষ ১৪২৮", &["date:2021-12-27@১২ পৌষ ১৪২৮"]),
        ("২১ ভাদ্র ১৪২৯", &["date:2022-09-05@২১ ভাদ্র ১৪২৯"]),
        ("৩১ আশ্বিন ১৪২৬", &["date:2019-10-16@৩১ আশ্বিন ১৪২৬"]),
        ("৩০ আশ্বিন ১৪২৬", &["date:2019-10-15@৩০ আশ্বিন ১৪২৬"]),
        ("পহেলা বৈশাখ ১৪৩০", &["date:2023-04-14@পহেলা বৈশাখ ১৪৩০"]),
        ("০৫ শ্রাবণ, ১৪০৫ বাং", &["date:1998-07-20@০৫ শ্রাবণ, ১৪০৫ বাং"]),
        ("১৪৩০ সনের ১লা বৈশাখ", &["date:2023-04-14@১৪৩০ সনের ১লা বৈশাখ"]),
    ]);
    let TokenKind::Date(d) = &tokenize("৯ কার্তিক ১৪৩০")[0].kind else { panic!() };
    assert_eq!(d.calendar, Calendar::Bangla);
    assert_eq!(d.bangla.map(|b| (b.year, b.month, b.day)), Some((1430, 7, 9)));
}

#[test]
fn garbled_month_names_read_by_closeness_in_date_context_only() {
    let tokens = tokenize("২০ জ্যোতি, ১৪২৬");
    let TokenKind::Date(d) = &tokens[0].kind else { panic!("{tokens:?}") };
    assert_eq!(d.month_read_by_closeness, Some("জ্যৈষ্ঠ"));
    assert_eq!(d.iso(), "2019-06-03");
    let TokenKind::Date(d) = &tokenize("১৫ অক্টোবার ২০২৩।")[0].kind else {
        panic!()
    };
    assert_eq!((d.iso(), d.month_read_by_closeness), ("2023-10-15".to_string(), Some("অক্টোবর")));
    // Ordinary words between a number and a year-like number stay words.
    assert_reads(&[
        ("২০ কর্মকর্তা ১৪৫০ টাকা", &["number:20@২০", "money:1450@১৪৫০ টাকা"]),
        ("৫ কর্মকর্তা, ১৪০০ জন", &["number:5@৫", "number:1400@১৪০০"]),
        ("২ জেলার ২০২৩ সালের", &["number:2@২", "number:2023@২০২৩"]),
        ("১০ জন, ২০২৩", &["number:10@১০", "number:2023@২০২৩"]),
    ]);
    // Exact names are not "read by closeness".
    let TokenKind::Date(d) = &tokenize("২০ জ্যৈষ্ঠ, ১৪২৬")[0].kind else {
        panic!()
    };
    assert_eq!(d.month_read_by_closeness, None);
}

#[test]
fn times() {
    assert_reads(&[
        ("বেলা ১.১৫ ঘটিকা", &["time:13:15@বেলা ১.১৫ ঘটিকা"]),
        ("সকাল ১০.১০ টায়", &["time:10:10@সকাল ১০.১০ টায়"]),
        ("দুপুর ১২:০০ ঘটিকায়", &["time:12:00@দুপুর ১২:০০ ঘটিকায়"]),
        ("বিকাল ৩.৩০", &["time:15:30@বিকাল ৩.৩০"]),
        ("সন্ধ্যা ৬টা", &["time:18:00@সন্ধ্যা ৬টা"]),
        ("রাত ৮ টা", &["time:20:00@রাত ৮ টা"]),
        ("রাত ১২টা", &["time:00:00@রাত ১২টা"]),
        ("রাত ৯টা ২৫ মিনিটে", &["time:21:25@রাত ৯টা ২৫ মিনিটে"]),
        ("বিকাল সাড়ে ৪টায়", &["time:16:30@বিকাল সাড়ে ৪টায়"]),
        ("দুপুর পৌনে ৩টা", &["time:14:45@দুপুর পৌনে ৩টা"]),
        ("পূর্বাহ্ন সোয়া ১২টা", &["time:12:15@পূর্বাহ্ন সোয়া ১২টা"]),
        ("অপরাহ্ন ৬.৪৮ মিনিটে", &["time:18:48@অপরাহ্ন ৬.৪৮ মিনিটে"]),
        ("বিকাল তিনটায়", &["time:15:00@বিকাল তিনটায়"]),
        ("বেলা দেড়টায়", &["time:13:30@বেলা দেড়টায়"]),
        ("১২.০০ ঘটিকা।", &["time:12:00@১২.০০ ঘটিকা"]),
        ("২২.৫০ ঘটিকায়", &["time:22:50@২২.৫০ ঘটিকায়"]),
        ("১০টার সময়", &["time:10:00@১০টার সময়"]),
        ("১১.০০ ঘটিকার সময়", &["time:11:00@১১.০০ ঘটিকার সময়"]),
        // A counter, not a clock: ৬টি, and ৬টা with no day part.
        ("৬ টি সিদ্ধান্ত", &["number:6@৬"]),
        ("৬টা ফাইল", &["number:6@৬"]),
        // Context: the same ১.১৫ is a decimal without বেলা.
        ("ওজন ১.১৫ কেজি", &["number:1.15@১.১৫"]),
    ]);
}

#[test]
fn fiscal_years() {
    assert_reads(&[
        ("২০২৩-২০২৪ অর্থ বছরের", &["fiscal_year:2023-2024@২০২৩-২০২৪ অর্থ বছরের"]),
        ("২০২১-২২ অর্থবছর", &["fiscal_year:2021-2022@২০২১-২২ অর্থবছর"]),
        ("অর্থবছর ২০২৩-২৪", &["fiscal_year:2023-2024@অর্থবছর ২০২৩-২৪"]),
        ("FY 2023-24", &["fiscal_year:2023-2024@FY 2023-24"]),
        ("কর্মপরিকল্পনা ২০২২-২০২৩", &["fiscal_year:2022-2023@২০২২-২০২৩"]),
        ("১৯৯৯-২০০০ অর্থবছরে", &["fiscal_year:1999-2000@১৯৯৯-২০০০ অর্থবছরে"]),
        // Not consecutive: a range of years.
        ("২০২১-২০২৫", &["number:2021@২০২১", "number:2025@২০২৫"]),
    ]);
}

#[test]
fn memo_numbers() {
    assert_reads(&[
        (
            "নম্বর: ০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮",
            &["memo_number:05.43.0000.017.02.001.23.278@০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮"],
        ),
        (
            "স্মারক নং-০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬. ৭৩",
            &["memo_number:05.43.6900.023.06.002.16.73@০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬. ৭৩"],
        ),
        (
            "০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬-৭৩",
            &["memo_number:05.43.6900.023.06.002.16-73@০৫.৪৩.৬৯০০.০২৩.০৬.০০২.১৬-৭৩"],
        ),
        (
            "৫৬.০০.০০০০.০৫২.৯৯.০০১৪.২৪.১২৩৪৫",
            &["memo_number:56.00.0000.052.99.0014.24.12345@৫৬.০০.০০০০.০৫২.৯৯.০০১৪.২৪.১২৩৪৫"],
        ),
        ("সূত্র: ৪৬.০২.০৫৭", &["memo_number:46.02.057@৪৬.০২.০৫৭"]),
        // A section number is neither a memo nor decimals.
        ("সূচক ২.২.৩ অনুযায়ী", &[]),
    ]);
    let TokenKind::MemoNumber(m) = &tokenize("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮")[0].kind
    else {
        panic!()
    };
    assert_eq!(m.segments, ["05", "43", "0000", "017", "02", "001", "23", "278"]);
}

#[test]
fn phones_emails_urls_indicators() {
    assert_reads(&[
        ("০১৭১০৭৬৫১৩৩", &["phone:01710765133@০১৭১০৭৬৫১৩৩"]),
        ("০১৭১০৭৬৫১৩ ৩", &["phone:01710765133@০১৭১০৭৬৫১৩ ৩"]),
        ("০১৭১৭-১৩৬৮৬ ৯", &["phone:01717136869@০১৭১৭-১৩৬৮৬ ৯"]),
        ("+৮৮-০৭৭১-৬৬৭৭৮", &["phone:88077166778@+৮৮-০৭৭১-৬৬৭৭৮"]),
        ("+৮৮০১৭১১০০০০০০", &["phone:8801711000000@+৮৮০১৭১১০০০০০০"]),
        ("ফোন-০৭৭১-৬৬৩৮৩", &["phone:077166383@০৭৭১-৬৬৩৮৩"]),
        ("০২৫৮৮৮৫৭২৩৩ (ফোন)", &["phone:02588857233@০২৫৮৮৮৫৭২৩৩"]),
        ("E-mail: acictnatore@yahoo.com", &["email:@acictnatore@yahoo.com"]),
        ("www.rajshahidiv.gov.bd", &["url:@www.rajshahidiv.gov.bd"]),
        ("https://example.gov.bd/a?b=1).", &["url:@https://example.gov.bd/a?b=1"]),
        ("name @gmail.com", &[]),
        ("[১.১.১] সেবা", &["indicator:1.1.1@[১.১.১]"]),
        ("[ ২.২ ]", &["indicator:2.2@[ ২.২ ]"]),
    ]);
}

#[test]
fn context_decides() {
    // A list number at a line start, a section label, and a decimal.
    assert_reads(&[
        ("১.\tগত সভার কার্যবিবরণী", &["number:1@১"]),
        ("১.১ সভার সিদ্ধান্ত", &[]),
        ("সময় বেলা ১.১৫", &["time:13:15@বেলা ১.১৫"]),
        ("৯৮২.৯৩", &["number:982.93@৯৮২.৯৩"]),
    ]);
}

#[test]
fn tokens_never_cross_lines_or_cells() {
    assert_reads(&[
        ("২৮ মে,\n২০১৯", &["number:28@২৮", "number:2019@২০১৯"]),
        ("২৮ মে,\t২০১৯", &["number:28@২৮", "number:2019@২০১৯"]),
    ]);
    let tokens = tokenize("ক\n১৭ অক্টোবর ২০২৩");
    assert_eq!((tokens[0].line, tokens[0].start), (2, 4));
}

#[test]
fn tokens_never_split_a_grapheme_cluster() {
    // A vowel sign after a digit joins it into one cluster: no token may end inside.
    for text in ["১২ি", "৫০\u{09CD}", "২০২৩\u{0301}"] {
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.end));
            let rest = &text[t.end..];
            assert!(
                !rest.starts_with(|c: char| ('\u{0981}'..='\u{0983}').contains(&c)
                    || ('\u{09BC}'..='\u{09D7}').contains(&c)
                    || c == '\u{0301}'),
                "{text}: {t:?}"
            );
        }
    }
}

#[test]
fn non_nfc_input_reads_too() {
    // ড় precomposed (U+09DC) and ো as ে + া.
    assert_eq!(read("বিকাল সা\u{09DC}ে ৪টায়"), ["time:16:30@বিকাল সা\u{09DC}ে ৪টায়"]);
    assert_eq!(read("তের\u{09C7}\u{09BE} হাজার"), ["number:13000@তের\u{09C7}\u{09BE} হাজার"]);
}

#[test]
fn public_helpers() {
    assert_eq!(sabha_tokens::read_number("৫০,০০০/-"), Some(50_000.0));
    assert_eq!(sabha_tokens::read_number("১৭ অক্টোবর ২০২৩"), None);
    assert_eq!(sabha_tokens::read_date("২৮-৮-২২").map(|d| d.iso()), Some("2022-08-28".into()));
    assert_eq!(sabha_tokens::read_date("৫০ টাকা"), None);
    assert_eq!(sabha_tokens::read_time("রাত ৮ টা").map(|t| t.hh_mm()), Some("20:00".into()));
    assert_eq!(sabha_tokens::read_time("সভা"), None);
}
