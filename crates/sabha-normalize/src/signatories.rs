//! Signature blocks: a name line, then the designation up to the next blank
//! line.
//!
//! ```text
//! ২৫-১০-২০২৩                      (signature date: not part of the block)
//!
//! ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর
//! বিভাগীয় কমিশনার
//!
//! ০২৫৮৮৮৫৭২৩৩ (ফোন)                (phone, fax, e-mail lines: not part of it)
//! ```
//!
//! A name line is short, has no digits, is not itself a designation, and is
//! followed by a line that reads as a designation. Names printed in parentheses
//! lose them. When every line is its own paragraph (seed 001), the designation is
//! the one line after the name, continued only where that line ends with a comma.

use sabha_record::Person;

use crate::lexicon;
use crate::text::{bare_word, header_value, is_digit, strip_enclosing_parens, words};
use crate::view::View;

/// The most words a name line has.
const MAX_NAME_WORDS: usize = 7;

/// The most words a date beside a name takes (`১২ জানুয়ারি, ২০২৪ খ্রিঃ, বৃহস্পতিবার`
/// is five); a line longer than a name and such a date is a sentence.
const MAX_DATE_WORDS: usize = 6;

/// Reads every signature block among the lines not yet claimed, in order.
pub(crate) fn read(view: &mut View<'_>, from: usize) -> Vec<Person> {
    let mut out = Vec::new();
    let mut i = from;
    while i + 1 < view.len() {
        if view.is_claimed(i) {
            i += 1;
            continue;
        }
        if let Some((blocks, last)) = side_by_side(view, i) {
            out.extend(blocks);
            view.claim_range(i, last);
            i = last + 1;
            continue;
        }
        if !is_name_line(view.text(i)) {
            i += 1;
            continue;
        }
        let next = i + 1;
        if view.is_claimed(next)
            || view.table_between(i, next)
            || !lexicon::starts_with_designation(view.text(next))
        {
            i += 1;
            continue;
        }
        let last = designation_end(view, next);
        let designation: Vec<&str> = (next..=last).map(|k| view.text(k)).collect();
        let name = strip_enclosing_parens(name_part(view.text(i)));
        let name = header_value(name);
        out.push(Person {
            name: (!name.is_empty()).then_some(name),
            designation: Some(header_value(&designation.join(" "))).filter(|d| !d.is_empty()),
            span: Some(view.span(i, last)),
        });
        view.claim_range(i, last);
        i = last + 1;
    }
    out.extend(blocks_in_tables(view));
    out.sort_by_key(|p| p.span.map(|s| s.start_line));
    out
}

/// The most rows a table of signature blocks has.
const MAX_SIGNATURE_TABLE_ROWS: usize = 8;

/// Signature blocks laid out as a table — a borderless Word table, or blocks side
/// by side that the table reader took for columns: each column holds one block, a
/// signed mark or date, the name, then the designation.
fn blocks_in_tables(view: &View<'_>) -> Vec<Person> {
    let mut out = Vec::new();
    for (_, table) in &view.tables {
        let rows: Vec<&sabha_doc::Row> = table.header.iter().chain(&table.rows).collect();
        // Columns headed `স্বাক্ষর/-` (the signed mark) are blocks too.
        let unknown_columns = table
            .columns
            .iter()
            .all(|c| matches!(c.role, sabha_doc::ColumnRole::Unknown | sabha_doc::ColumnRole::Signature));
        let labelled =
            rows.iter().any(|r| r.cells.first().is_some_and(|c| crate::header::label_of(&c.text).is_some()));
        let agenda_item = crate::decisions::vertical::is_agenda_table(table);
        if rows.len() > MAX_SIGNATURE_TABLE_ROWS || !unknown_columns || labelled || agenda_item {
            continue;
        }
        let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        for c in 0..width {
            let cells: Vec<&sabha_doc::Cell> = rows
                .iter()
                .filter_map(|r| r.cells.get(c))
                .filter(|cell| !cell.text.trim().is_empty())
                .collect();
            out.extend(block_in_cells(&cells));
        }
    }
    out
}

/// One column's cells as a signature block: marks and dates, a name, a designation.
/// A Word cell may hold the whole block in one text (`(মোঃ রহিম উদ্দিন) সম্পাদক`).
fn block_in_cells(cells: &[&sabha_doc::Cell]) -> Option<Person> {
    let mut rest = cells.iter().skip_while(|c| name_part(&c.text).is_empty());
    let first = rest.next()?;
    let designation: Vec<&str> =
        rest.map(|c| c.text.as_str()).take_while(|t| !is_contact_or_date(t)).collect();
    let span = cells.first().map(|c| c.span.to(cells.last().map_or(c.span, |l| l.span)));
    let (name, designation) = if designation.is_empty() {
        whole_block(&first.text).or_else(|| block_in_one_text(&first.text))?
    } else if is_name_line(&first.text)
        && designation.first().is_some_and(|d| lexicon::starts_with_designation(d))
    {
        (header_value(strip_enclosing_parens(name_part(&first.text))), header_value(&designation.join(" ")))
    } else {
        return None;
    };
    (!name.is_empty() && !designation.is_empty()).then_some(Person {
        name: Some(name),
        designation: Some(designation),
        span,
    })
}

/// `স্বাক্ষরিত/- মোঃ হাবিবুর রহমান উপজেলা মাধ্যমিক শিক্ষা অফিসার ও সদস্য সচিব`: a Word
/// cell whose paragraphs (signed mark, name, designation lines) the table reader
/// joined into one text, split where the designation starts.
fn block_in_one_text(text: &str) -> Option<(String, String)> {
    let split = crate::person::split(name_part(text));
    let (name, designation) = (split.name?, split.designation?);
    let sentence = crate::header::reads_as_sentence(&designation) || text.trim_end().ends_with('।');
    (!sentence && is_name_line(&name) && lexicon::starts_with_designation(&designation))
        .then(|| (header_value(&name), header_value(&designation)))
}

/// `(মোঃ রহিম উদ্দিন) সম্পাদক, সমিতি`: a name in parentheses, then the designation.
fn whole_block(text: &str) -> Option<(String, String)> {
    let t = name_part(text);
    let close = t.strip_prefix('(')?.find(')')? + 1;
    let (name, designation) = (t.get(1..close)?, t.get(close + 1..)?.trim());
    (is_name_line(name) && lexicon::starts_with_designation(designation))
        .then(|| (header_value(name), header_value(designation)))
}

/// The last line of the designation that starts at `first`: the lines of its
/// paragraph that are not contact lines; beyond its paragraph (a blank line, or
/// a Word paragraph), only lines that complete it — after a comma or `ও`, a lone
/// `ও` or title, and after a committee role (`… ও সভাপতি`) the body and place
/// it is the role of (`গভর্নিং বডি` / `মির্জাপুর ডিগ্রি কলেজ`).
fn designation_end(view: &View<'_>, first: usize) -> usize {
    let mut last = first;
    let mut complement = ends_with_role(view.text(first));
    while last + 1 < view.len() {
        let k = last + 1;
        let t = view.text(k);
        if view.is_claimed(k) || is_contact_or_date(t) || view.table_between(last, k) {
            break;
        }
        let goes_on = ends_open(view.text(last)) || t.trim() == "ও" || t.starts_with("ও ");
        let joined = if view.same_para(first, k) || goes_on {
            true
        } else if hard_stop(view, k) {
            false
        } else {
            is_lone_title(t) || open_qualifier(view.text(last)) || complement && !starts_block(view, k)
        };
        if !joined {
            break;
        }
        complement = complement || ends_with_role(t);
        last = k;
    }
    last
}

/// Committee roles that name what they are a role of on the next lines.
const ROLES: &[&str] = &["সভাপতি", "সদস্য সচিব", "সদস্য-সচিব", "আহবায়ক", "আহ্বায়ক", "সহ-সভাপতি", "সদস্য"];

fn ends_with_role(t: &str) -> bool {
    let t = crate::text::trim_end_chars(t.trim(), &['।', ',']);
    ROLES.iter().any(|r| t == *r || t.ends_with(&format!(" {r}")))
}

/// A designation that goes on: after a comma, `ও` or `এবং`.
fn ends_open(t: &str) -> bool {
    let t = t.trim_end();
    let last = words(t).last().copied().unwrap_or("");
    t.ends_with(',') || ["ও", "এবং"].contains(&last)
}

/// A designation stopped at a qualifier (`… ও চিফ ইনোভেশন`): its title follows.
fn open_qualifier(t: &str) -> bool {
    let t = t.trim_end();
    let last = words(t).last().copied().unwrap_or("");
    lexicon::is_qualifier(last)
        && !lexicon::is_title(last)
        && !lexicon::is_office_word(last)
        && !t.ends_with(')')
}

/// Line `k` belongs to another part of the document: a name in parentheses, a
/// label line, a list item, a distribution heading, a long line.
fn hard_stop(view: &View<'_>, k: usize) -> bool {
    let t = view.text(k).trim();
    let parenthesized = t.starts_with('(') && strip_enclosing_parens(t).len() < t.len();
    // `স্বাক্ষরিত/-` opens the next block (blocks stacked one under the other).
    let signed = strip_signed_mark(t).len() < t.len();
    parenthesized
        || signed
        || too_many_words(t, MAX_NAME_WORDS)
        || crate::header::label_of(t).is_some()
        || crate::numbering::leading(t).is_some()
        || crate::distribution::is_heading(t)
}

/// Line `k` starts another signature block: a name above a designation.
fn starts_block(view: &View<'_>, k: usize) -> bool {
    is_name_line(view.text(k)) && k + 1 < view.len() && lexicon::starts_with_designation(view.text(k + 1))
}

/// The fewest spaces between two signature blocks printed side by side.
const COLUMN_GAP: usize = 3;

/// Parts of a raw line separated by wide gaps, with the character column each
/// starts at.
fn columns(raw: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut spaces = 0;
    for (col, c) in raw.chars().enumerate() {
        if c == ' ' || c == '\t' {
            spaces += if c == '\t' { COLUMN_GAP } else { 1 };
            continue;
        }
        if spaces >= COLUMN_GAP && !current.is_empty() {
            out.push((start, std::mem::take(&mut current)));
        } else if spaces > 0 && !current.is_empty() {
            current.push(' ');
        }
        if current.is_empty() {
            start = col;
        }
        current.push(c);
        spaces = 0;
    }
    if !current.is_empty() {
        out.push((start, current));
    }
    out
}

/// Two or more signature blocks printed side by side (`(নাম ক)      (নাম খ)` over
/// `পদবি ক      পদবি খ`): each column's lines are one block, left block first.
fn side_by_side(view: &View<'_>, i: usize) -> Option<(Vec<Person>, usize)> {
    let names = columns(view.raw(i));
    if names.len() < 2 || !names.iter().all(|(_, n)| is_name_line(n)) {
        return None;
    }
    let mut designations: Vec<Vec<String>> = vec![Vec::new(); names.len()];
    let mut last = i;
    while last + 1 < view.len() && view.same_para(i, last + 1) && !is_contact_or_date(view.text(last + 1)) {
        for (col, part) in columns(view.raw(last + 1)) {
            let nearest = (0..names.len()).min_by_key(|&k| names[k].0.abs_diff(col)).unwrap_or(0);
            designations[nearest].push(part);
        }
        last += 1;
    }
    if last == i
        || !designations.iter().any(|d| d.first().is_some_and(|f| lexicon::starts_with_designation(f)))
    {
        return None;
    }
    let span = view.span(i, last);
    let blocks = names
        .iter()
        .zip(designations)
        .map(|((_, name), d)| Person {
            name: Some(header_value(strip_enclosing_parens(name))).filter(|n| !n.is_empty()),
            designation: Some(header_value(&d.join(" "))).filter(|d| !d.is_empty()),
            span: Some(span),
        })
        .collect();
    Some((blocks, last))
}

/// `অফিসার` alone: the end of a designation that wrapped.
fn is_lone_title(t: &str) -> bool {
    let ws = words(t);
    ws.len() == 1 && lexicon::is_title(ws[0])
}

/// A name line without its signed mark and signature date:
/// `(মোঃ জাকির হোসেন) ২০/০৩/২০২৪` → `(মোঃ জাকির হোসেন)`.
fn name_part(t: &str) -> &str {
    let t = strip_signed_mark(t);
    let dates = crate::values::dates(t);
    let t = match dates.last() {
        Some(d) if t.get(d.end..).is_some_and(|rest| rest.trim_matches(['।', ',', ' ']).is_empty()) => {
            t.get(..d.start).unwrap_or(t)
        }
        _ => t,
    };
    match dates.first() {
        Some(d) if d.start == 0 => t.get(d.end.min(t.len())..).unwrap_or(t),
        _ => t,
    }
    .trim_matches([' ', ',', '-'])
}

/// `স্বাক্ষরিত/-`, `স্বাঃ/-` before a name.
fn strip_signed_mark(t: &str) -> &str {
    let t = t.trim();
    for mark in ["স্বাক্ষরিত/-", "স্বাক্ষরিত", "স্বাক্ষর/-", "স্বাঃ/-", "স্বা/-", "Sd/-"]
    {
        if let Some(rest) = t.strip_prefix(mark) {
            return rest.trim_start();
        }
    }
    t
}

/// A line that can be a signatory's name.
fn is_name_line(text: &str) -> bool {
    // Most lines are sentences: count their words before reading dates in them.
    if too_many_words(text, MAX_NAME_WORDS + MAX_DATE_WORDS) {
        return false;
    }
    let t = strip_enclosing_parens(name_part(text));
    if too_many_words(t, MAX_NAME_WORDS) {
        return false;
    }
    let ws = words(t);
    !ws.is_empty()
        && !t.chars().any(is_digit)
        && !t.contains('@')
        && !t.ends_with(':')
        && !t.ends_with('ঃ')
        && !lexicon::starts_with_designation(t)
        && !crate::header::reads_as_sentence(t)
        && crate::header::label_of(t).is_none()
        && !crate::title::is_web_address(t)
        && !names_an_office(&ws)
        // `ও` on its own line joins two parts of a designation.
        && !matches!(ws.as_slice(), ["ও" | "এবং" | "and"])
        && crate::numbering::leading(t).is_none()
}

/// `text` has more than `max` words, counted without collecting them.
fn too_many_words(text: &str, max: usize) -> bool {
    text.split_whitespace().map(bare_word).filter(|w| !w.is_empty()).nth(max).is_some()
}

/// Words of an office line (`জেলা প্রশাসকের কার্যালয়`) — but a name that starts with an
/// honorific or ends in a surname that is also an office word (`… সরকার`) is a name.
fn names_an_office(ws: &[&str]) -> bool {
    if ws.first().is_some_and(|w| lexicon::is_honorific(w)) {
        return false;
    }
    let last = ws.len().saturating_sub(1);
    ws.iter().enumerate().any(|(k, w)| lexicon::is_office_word(w) && !(k == last && SURNAMES.contains(w)))
}

/// Surnames that are also office words.
const SURNAMES: &[&str] = &["সরকার"];

/// Telephone, fax and e-mail lines, web addresses and dates: they stand in a
/// signature block but are not part of the designation.
fn is_contact_or_date(t: &str) -> bool {
    let lower = t.to_lowercase();
    let digits = t.chars().filter(|c| is_digit(*c)).count();
    ["ফোন", "ফ্যাক্স", "মোবাইল", "ই-মেইল", "ইমেইল", "e-mail", "email", "fax", "phone", "tel", "mobile", "ই-মেইলঃ"]
        .iter()
        .any(|w| lower.starts_with(w) || lower.contains(&format!("({w})")))
        || t.contains('@')
        || t.trim_start().starts_with("তারিখ")
        || crate::title::is_web_address(t)
        || digits >= 4 && digits * 2 >= t.chars().filter(|c| !c.is_whitespace()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn blocks(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let d = doc(text);
        let mut v = View::new(&d);
        read(&mut v, 0).into_iter().map(|p| (p.name, p.designation)).collect()
    }

    fn p(n: &str, d: &str) -> (Option<String>, Option<String>) {
        (Some(n.to_string()), Some(d.to_string()))
    }

    #[test]
    fn block_with_date_above_and_phone_below() {
        let got = blocks(
            "সভার সমাপ্তি ঘোষণা করা হয়।\n\n২৫-১০-২০২৩\n\nড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর\nবিভাগীয় কমিশনার\n\n০২৫৮৮৮৫৭২৩৩ (ফোন)\n\ndivcomrajshahi@mopa.gov.bd",
        );
        assert_eq!(got, [p("ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর", "বিভাগীয় কমিশনার")]);
    }

    #[test]
    fn every_line_its_own_paragraph_and_names_in_parentheses() {
        let got = blocks(
            "১৫৩৮\n\n(মোঃ আশরাফুল ইসলাম)\n\nঅতিরিক্ত জেলা প্রশাসক (সার্বিক)\n\nনাটোর।\n\nফোন: +৮৮-০৭৭১-৬৬৭৭৮(অফিস)\n\n(সাঈফ-উল-আরিফিন)\n\nসহকারী কমিশনার\n\nআইসিটি শাখা\n\nজেলা প্রশাসকের কার্যালয়, নাটোর",
        );
        assert_eq!(
            got,
            [p("মোঃ আশরাফুল ইসলাম", "অতিরিক্ত জেলা প্রশাসক (সার্বিক)"), p("সাঈফ-উল-আরিফিন", "সহকারী কমিশনার")]
        );
    }

    #[test]
    fn designation_wrapped_in_its_paragraph_is_joined() {
        let got = blocks("ডঃ আবু শাহীন মোঃ আসাদুজ্জামান\nযুগ্মসচিব (সিপি অধিশাখা) ও চিফ ইনোভেশন\nঅফিসার\n\nস্মারক");
        assert_eq!(got, [p("ডঃ আবু শাহীন মোঃ আসাদুজ্জামান", "যুগ্মসচিব (সিপি অধিশাখা) ও চিফ ইনোভেশন অফিসার")]);
        let got = blocks("মোহাম্মদ মনির হোসেন\nউপজেলা সমবায় অফিসার,\nচাটখিল, নোয়াখালী।");
        assert_eq!(got, [p("মোহাম্মদ মনির হোসেন", "উপজেলা সমবায় অফিসার, চাটখিল, নোয়াখালী")]);
    }

    #[test]
    fn one_line_per_paragraph_continues_after_a_comma() {
        let got = blocks("মোহাম্মদ মনির হোসেন\n\nউপজেলা সমবায় অফিসার,\n\nচাটখিল, নোয়াখালী।\n\nযুগ্মসচিব ক খ\n\nঅফিসার");
        assert_eq!(got[0], p("মোহাম্মদ মনির হোসেন", "উপজেলা সমবায় অফিসার, চাটখিল, নোয়াখালী"));
    }

    #[test]
    fn word_paragraphs_continue_a_designation_joined_by_o_and_a_committee_role() {
        let got = blocks(
            "(মোঃ আবু সাঈদ)\n\nউপজেলা প্রকল্প বাস্তবায়ন কর্মকর্তা\n\nও\n\nসদস্য সচিব\n\nধামরাই, ঢাকা।\n\n(মোছাঃ ফারহানা আক্তার)\n\nউপজেলা নির্বাহী অফিসার\n\nও\n\nসভাপতি\n\nধামরাই, ঢাকা।\n\nস্মারক নং-৫১.০১.২৬১৪.০০০.১৪.০০৭.২৪-৭০২",
        );
        assert_eq!(
            got,
            [
                p("মোঃ আবু সাঈদ", "উপজেলা প্রকল্প বাস্তবায়ন কর্মকর্তা ও সদস্য সচিব ধামরাই, ঢাকা"),
                p("মোছাঃ ফারহানা আক্তার", "উপজেলা নির্বাহী অফিসার ও সভাপতি ধামরাই, ঢাকা")
            ]
        );
        let got = blocks("(অধ্যাপক ড. মোঃ শহিদুল ইসলাম)\n\nসভাপতি\n\nগভর্নিং বডি\n\nমির্জাপুর ডিগ্রি কলেজ\n\nবিতরণ:");
        assert_eq!(got, [p("অধ্যাপক ড. মোঃ শহিদুল ইসলাম", "সভাপতি গভর্নিং বডি মির্জাপুর ডিগ্রি কলেজ")]);
    }

    #[test]
    fn a_complete_post_ends_before_the_office_lines() {
        let got = blocks("(সাঈফ-উল-আরিফিন)\n\nসহকারী কমিশনার\n\nআইসিটি শাখা\n\nজেলা প্রশাসকের কার্যালয়, নাটোর");
        assert_eq!(got, [p("সাঈফ-উল-আরিফিন", "সহকারী কমিশনার")]);
    }

    #[test]
    fn blocks_side_by_side_are_read_left_first() {
        let text = "(মোঃ হাবিবুর রহমান)                              (আলহাজ্ব মোঃ আব্দুস সাত্তার)\nপ্রধান শিক্ষক ও সদস্য সচিব                         সভাপতি";
        assert_eq!(
            blocks(text),
            [p("মোঃ হাবিবুর রহমান", "প্রধান শিক্ষক ও সদস্য সচিব"), p("আলহাজ্ব মোঃ আব্দুস সাত্তার", "সভাপতি")]
        );
        assert_eq!(columns("ক খ   গ"), [(0, "ক খ".to_string()), (6, "গ".to_string())]);
    }

    #[test]
    fn blocks_the_table_reader_took_for_columns() {
        let got = blocks("|স্বাক্ষর/-|স্বাক্ষর/-|\n|(মোঃ রহিম উদ্দিন)|(আলহাজ্ব মোঃ নুরুল ইসলাম)|\n|সম্পাদক|সভাপতি|");
        assert_eq!(got, [p("মোঃ রহিম উদ্দিন", "সম্পাদক"), p("আলহাজ্ব মোঃ নুরুল ইসলাম", "সভাপতি")]);
        let got = blocks("|(মোঃ রহিম উদ্দিন) সম্পাদক|(আলহাজ্ব মোঃ নুরুল ইসলাম) সভাপতি, সমিতি|");
        assert_eq!(got, [p("মোঃ রহিম উদ্দিন", "সম্পাদক"), p("আলহাজ্ব মোঃ নুরুল ইসলাম", "সভাপতি, সমিতি")]);
        assert!(blocks("|সভাপতি|জনাব ক খ|\n|তারিখ|১২/০৩/২০২৪|").is_empty());
    }

    #[test]
    fn a_memo_line_the_table_reader_joined_to_the_blocks_is_not_a_designation() {
        let got = blocks(
            "|(মোঃ রহিম উদ্দিন)|(মোছাঃ রোকসানা খাতুন)|\n|উপজেলা শিক্ষা অফিসার|উপজেলা নির্বাহী অফিসার|\n|স্মারক নং-৩৭.০২.১০৩৩.০০০.১১.০০৯.২৪-৪১১|তারিখ: ১০ নভেম্বর ২০২৪|",
        );
        assert_eq!(got, [p("মোঃ রহিম উদ্দিন", "উপজেলা শিক্ষা অফিসার"), p("মোছাঃ রোকসানা খাতুন", "উপজেলা নির্বাহী অফিসার")]);
    }

    #[test]
    fn word_cells_each_holding_a_whole_block() {
        let got = blocks(
            "|স্বাক্ষরিত/- মোঃ হাবিবুর রহমান উপজেলা মাধ্যমিক শিক্ষা অফিসার ও সদস্য সচিব, শিক্ষা কমিটি|স্বাক্ষরিত/- শারমিন আক্তার উপজেলা নির্বাহী অফিসার|",
        );
        assert_eq!(
            got,
            [
                p("মোঃ হাবিবুর রহমান", "উপজেলা মাধ্যমিক শিক্ষা অফিসার ও সদস্য সচিব, শিক্ষা কমিটি"),
                p("শারমিন আক্তার", "উপজেলা নির্বাহী অফিসার")
            ]
        );
        // A cell of prose or of a memo is no block.
        assert!(blocks("|সভায় সকল কর্মকর্তা উপস্থিত ছিলেন।|স্মারক নং-০৫.৪৪.২১৭|").is_empty());
    }

    #[test]
    fn a_signed_mark_starts_the_next_block_under_a_committee_role() {
        assert_eq!(
            blocks(
                "স্বাক্ষরিত/-\nমোঃ আনোয়ার হোসেন\nসভাপতি\nবিদ্যালয় ব্যবস্থাপনা কমিটি\n\nস্বাক্ষরিত/-\nমোছাঃ নাসরিন আক্তার\nপ্রধান শিক্ষক ও সদস্য সচিব"
            ),
            [
                p("মোঃ আনোয়ার হোসেন", "সভাপতি বিদ্যালয় ব্যবস্থাপনা কমিটি"),
                p("মোছাঃ নাসরিন আক্তার", "প্রধান শিক্ষক ও সদস্য সচিব")
            ]
        );
    }

    #[test]
    fn signed_mark_is_not_part_of_the_name() {
        assert_eq!(
            blocks("স্বাক্ষরিত/- মোঃ আবদুল করিম\nজেলা প্রশাসক, নাটোর"),
            [p("মোঃ আবদুল করিম", "জেলা প্রশাসক, নাটোর")]
        );
    }

    #[test]
    fn a_signature_date_on_the_name_line_or_above_it() {
        assert_eq!(
            blocks("স্বা/-\n(মোঃ জাকির হোসেন) ২০/০৩/২০২৪\nসাধারণ সম্পাদক"),
            [p("মোঃ জাকির হোসেন", "সাধারণ সম্পাদক")]
        );
        assert_eq!(
            blocks("স্বাক্ষর/- ১৬.০৪.২০২৪\nশাকিল আহমেদ\nজেলা প্রশাসক\nদিনাজপুর"),
            [p("শাকিল আহমেদ", "জেলা প্রশাসক দিনাজপুর")]
        );
    }

    #[test]
    fn a_surname_that_is_also_an_office_word() {
        assert_eq!(blocks("ড. দেবাশীষ সরকার\nমহাপরিচালক"), [p("ড. দেবাশীষ সরকার", "মহাপরিচালক")]);
        assert_eq!(blocks("সুমন সরকার\nসহকারী কমিশনার"), [p("সুমন সরকার", "সহকারী কমিশনার")]);
        assert!(blocks("ও\nসভাপতি, কমিটি").is_empty());
    }

    #[test]
    fn office_lines_and_narrative_are_not_blocks() {
        assert!(blocks("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nজেলা প্রশাসকের কার্যালয়, নাটোর").is_empty());
        assert!(blocks("সভায় সিদ্ধান্ত গৃহীত হয়।\nজেলা প্রশাসক উপস্থিত ছিলেন।").is_empty());
    }
}
