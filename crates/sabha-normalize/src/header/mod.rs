//! The meeting block: chair, date, time, venue and attendance, from label lines
//! in every form offices print them —
//!
//! ```text
//! সভাপতি<TAB>ড. দেওয়ান মুহাম্মদ হামায়ুন কবীর বিভাগীয় কমিশনার
//! সভাপতি : মোঃ আশরাফুল ইসলাম, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর।
//! সভার তারিখঃ ২৯/০৭/২০২৪খ্রি.
//! সভার সময় বেলা ১২.০০ টা            (no separator)
//! সভাপতি                            (label and value on separate lines)
//! জনাব মোঃ আবদুল করিম
//! ১। সভাপতি : জনাব …                 (a numbered header line)
//! Chairperson / সভাপতি: জনাব …       (a bilingual label; also `Chair:` alone)
//! ```
//!
//! — from a two-column table of labels and values, a table across the page (a row of
//! labels over a row of values), a markdown list with bold
//! labels (`- **সভাপতি:** …`), an HTML definition list (`<dt>সভাপতি</dt><dd>…</dd>`),
//! and, for minutes without such a block, from the one running sentence that says
//! who chaired the meeting when and where ([`sentence`]). Values drop a trailing
//! `।` / `,`; a value missing or unreadable stays `null`.

use sabha_doc::{Span, Table};
use sabha_record::{Calendar, DateValue, Meeting, Person, TimeValue};

pub(crate) mod sentence;

use crate::lexicon;
use crate::person;
use crate::text::{after_label, header_value, words};
use crate::values::{self, FoundDate};
use crate::view::View;

/// What a label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Chair,
    Date,
    Time,
    DateTime,
    Venue,
    Attendance,
}

/// Whether a label may stand without a separator before its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bare {
    /// `সভাপতি ড. মো: হুমায়ুন কবীর`, `স্থান সম্মেলন কক্ষ`.
    Ok,
    /// `সময় ১১:০০ টা`, `তারিখ ১৮ জানুয়ারি ২০২৪`: only before a time or a date
    /// (`তারিখ` and `সময়` start many sentences).
    IfValue,
    /// `উপস্থিত সকলকে স্বাগত জানিয়ে …`: never.
    No,
}

/// Labels, longest first so that `সভার তারিখ ও সময়` wins over `সভার তারিখ`.
const LABELS: &[(&str, Field, Bare)] = &[
    ("সভার তারিখ ও সময়", Field::DateTime, Bare::Ok),
    ("তারিখ ও সময়", Field::DateTime, Bare::Ok),
    ("সভার সময় ও তারিখ", Field::DateTime, Bare::Ok),
    ("সময় ও তারিখ", Field::DateTime, Bare::Ok),
    ("উপস্থিত সদস্যবৃন্দ", Field::Attendance, Bare::Ok),
    ("উপস্থিত সদস্যগণ", Field::Attendance, Bare::Ok),
    ("উপস্থিত সদস্য", Field::Attendance, Bare::Ok),
    ("উপস্থিত কর্মকর্তাবৃন্দ", Field::Attendance, Bare::Ok),
    ("উপস্থিত কর্মকর্তাগণ", Field::Attendance, Bare::Ok),
    ("সভায় উপস্থিত", Field::Attendance, Bare::No),
    ("উপস্থিতির তালিকা", Field::Attendance, Bare::Ok),
    ("উপস্থিতি", Field::Attendance, Bare::Ok),
    ("উপস্থিত", Field::Attendance, Bare::No),
    ("সভাপতিত্ব করেন", Field::Chair, Bare::Ok),
    ("সভার সভাপতি", Field::Chair, Bare::Ok),
    ("সভাপতি", Field::Chair, Bare::Ok),
    ("সভাপ্রধান", Field::Chair, Bare::Ok),
    ("আহবায়ক", Field::Chair, Bare::Ok),
    ("আহ্বায়ক", Field::Chair, Bare::Ok),
    ("সভার দিন ও তারিখ", Field::Date, Bare::IfValue),
    ("দিন ও তারিখ", Field::Date, Bare::IfValue),
    ("বার ও তারিখ", Field::Date, Bare::IfValue),
    ("তারিখ ও বার", Field::Date, Bare::IfValue),
    ("সভার তারিখ", Field::Date, Bare::IfValue),
    ("তারিখ", Field::Date, Bare::IfValue),
    ("সভার সময়", Field::Time, Bare::IfValue),
    ("সময়", Field::Time, Bare::IfValue),
    ("সভার স্থান", Field::Venue, Bare::Ok),
    ("সভাস্থল", Field::Venue, Bare::Ok),
    ("স্থান", Field::Venue, Bare::Ok),
    ("ভেন্যু", Field::Venue, Bare::Ok),
    // English labels, as offices that deal with foreign partners print them, alone
    // or beside the Bengali one (`Chairperson / সভাপতি:`); never without a separator.
    // Longer labels first: `Date of Meeting` is not `Date` followed by a value.
    ("Date of Meeting", Field::Date, Bare::No),
    ("Meeting Date", Field::Date, Bare::No),
    ("Meeting Time", Field::Time, Bare::No),
    ("Meeting Venue", Field::Venue, Bare::No),
    ("Members Present", Field::Attendance, Bare::No),
    ("Date and Time", Field::DateTime, Bare::No),
    ("Date & Time", Field::DateTime, Bare::No),
    ("Chairperson", Field::Chair, Bare::No),
    ("Chaired by", Field::Chair, Bare::No),
    ("Chairman", Field::Chair, Bare::No),
    ("Chair", Field::Chair, Bare::No),
    ("Presided by", Field::Chair, Bare::No),
    ("Date", Field::Date, Bare::No),
    ("Time", Field::Time, Bare::No),
    ("Venue", Field::Venue, Bare::No),
    ("Place", Field::Venue, Bare::No),
    ("Attendance", Field::Attendance, Bare::No),
    ("Present", Field::Attendance, Bare::No),
];

/// A label line: the field it introduces and the value on the same line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Labelled<'a> {
    pub field: Field,
    pub value: &'a str,
}

/// Reads `text` as a label line. A label with no separator is accepted only
/// before a value that does not read as a sentence (`সভাপতি সকলকে স্বাগত
/// জানিয়ে …` is narrative, not a header).
///
/// Two printed forms wrap a label: a list marker before it (`১। সভাপতি : …`,
/// `(২) তারিখ : …`, `ক) স্থান : …`), accepted only when a separator follows the
/// label, so that a numbered sentence (`১। সভাপতি সকলকে …`) stays narrative; and
/// a label given in two languages (`Chairperson / সভাপতি: …`, `সভাপতি / Chair: …`),
/// where the second label gives the value.
pub(crate) fn label_of(text: &str) -> Option<Labelled<'_>> {
    let text = text.trim_start_matches(['*', ' ']);
    labelled(text).map(|(l, _)| l).or_else(|| numbered_label(text))
}

/// `১। সভাপতি : …`, `১.১ সভাপতি : …`: the label after a list marker or a
/// section number, with its separator.
fn numbered_label(text: &str) -> Option<Labelled<'_>> {
    let start = crate::numbering::leading(text)
        .map(|m| m.text_start)
        .or_else(|| crate::numbering::sub_number(text).map(|s| s.text_start))?;
    let rest = text.get(start..)?;
    labelled(rest).filter(|(_, separated)| *separated).map(|(l, _)| l)
}

/// The label at the start of `text` and whether a separator followed it.
fn labelled(text: &str) -> Option<(Labelled<'_>, bool)> {
    if let Some(group) = attendance_group_label(text) {
        return Some(group);
    }
    for &(label, field, bare) in LABELS {
        let Some(lv) = after_label(text, label) else { continue };
        if let Some(other) = second_language_label(lv.value, field) {
            return Some(other);
        }
        // `সভাপতি, জেলা আইন-শৃঙ্খলা কমিটি` is a designation, not a label.
        if lv.value.starts_with(',') {
            return None;
        }
        if !lv.separated && !lv.value.is_empty() && !bare_value_ok(bare, field, lv.value) {
            return None;
        }
        return Some((Labelled { field, value: lv.value }, lv.separated));
    }
    None
}

/// `উপস্থিত পরিচালকবৃন্দ:`, `উপস্থিত বোর্ড সদস্যবৃন্দ ঃ`: "present" and the
/// group present — one or two words, the last a plural in -বৃন্দ or -গণ — then a
/// separator. Offices name the group they seat (directors, councillors, members
/// of the board), so no list of labels holds them all.
fn attendance_group_label(text: &str) -> Option<(Labelled<'_>, bool)> {
    let rest = text.strip_prefix("উপস্থিত")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let separator = rest.find([':', 'ঃ'])?;
    let group = rest.get(..separator)?.trim_end();
    let group_words = words(group);
    let plural = group_words.last().is_some_and(|w| w.ends_with("বৃন্দ") || w.ends_with("গণ"));
    if group_words.len() > 2 || !plural {
        return None;
    }
    let lv = after_label(rest.trim_start(), group.trim_start())?;
    lv.separated.then_some((Labelled { field: Field::Attendance, value: lv.value }, true))
}

/// `/ সভাপতি: …` after `Chairperson`: the same field's label in the other language,
/// which carries the separator and the value — or stands alone, in the label cell of
/// a header table or over its value on the next line.
fn second_language_label(value: &str, field: Field) -> Option<(Labelled<'_>, bool)> {
    let rest = value.strip_prefix('/')?.trim_start();
    LABELS.iter().filter(|(_, f, _)| *f == field).find_map(|&(label, _, _)| {
        let lv = after_label(rest, label).filter(|lv| lv.separated || lv.value.is_empty())?;
        Some((Labelled { field, value: lv.value }, lv.separated))
    })
}

/// The label lines printed on one line (`তারিখ: ১২/০৫/২০২৪ খ্রিঃ সময়: সকাল ১০.৩০ ঘটিকা`),
/// each with its part of the line; empty when the line does not start with a label.
pub(crate) fn labels_on_line(text: &str) -> Vec<Labelled<'_>> {
    let mut out = Vec::new();
    let Some(mut current) = label_of(text) else { return out };
    while let Some(at) = next_label_at(current.value) {
        let (own, rest) = current.value.split_at(at);
        let Some(next) = label_of(rest) else { break };
        out.push(Labelled { field: current.field, value: own.trim_end() });
        current = next;
    }
    out.push(current);
    out
}

/// Where a value runs into another label with its separator (after white space).
fn next_label_at(value: &str) -> Option<usize> {
    let mut prev_space = false;
    for (i, c) in value.char_indices() {
        if prev_space && !c.is_whitespace() {
            let rest = value.get(i..)?;
            if LABELS.iter().any(|(l, _, _)| after_label(rest, l).is_some_and(|lv| lv.separated)) {
                return Some(i);
            }
        }
        prev_space = c.is_whitespace();
    }
    None
}

/// A value after a label without separator reads as a header value.
fn bare_value_ok(bare: Bare, field: Field, value: &str) -> bool {
    match bare {
        Bare::No => false,
        Bare::Ok => !reads_as_sentence(value),
        Bare::IfValue => match field {
            Field::Time => values::times(value).first().is_some_and(|t| t.start == 0),
            _ => values::dates(value).first().is_some_and(|d| d.start == 0 && d.iso.is_some()),
        },
    }
}

/// Words that end a Bengali sentence's verb: a value ending in one of them is
/// narrative, not a header value.
const VERB_ENDINGS: &[&str] = &[
    "করেন",
    "করেছেন",
    "করেনা",
    "করা",
    "হয়",
    "হয়েছে",
    "হবে",
    "হলো",
    "হল",
    "হচ্ছে",
    "জানান",
    "বলেন",
    "রাখেন",
    "আছে",
    "রয়েছে",
    "নেন",
    "দেন",
    "যায়",
    "গেছে",
    "করবেন",
    "করবে",
    "করতে",
    "হয়নি",
    "ছিল",
    "ছিলেন",
    "জানানো",
    "করেছে",
    "হয়েছিল",
    "নেই",
    "নাই",
    "পারে",
    "পারবে",
    "হোক",
    "দেখা",
];

/// A value that is a clause of narrative rather than a header value.
pub(crate) fn reads_as_sentence(value: &str) -> bool {
    let ws = words(value);
    if ws.len() > 14 {
        return true;
    }
    ws.iter().any(|w| VERB_ENDINGS.contains(w))
}

/// One label line (from a paragraph line or a row of a header table) and the
/// lines after it that may continue its value.
struct Entry<'a> {
    field: Field,
    value: String,
    span: Span,
    /// Lines that continue the value (same paragraph, not label lines).
    continuation: Vec<(&'a str, Span)>,
    /// The next paragraph's first line, when the value stops at a paragraph end.
    next_para: Option<(&'a str, Span)>,
    /// The view lines of the label and its continuation; the next paragraph's line.
    lines: Vec<usize>,
    next_para_line: Option<usize>,
}

/// Which of an entry's lines its field used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Used {
    Nothing,
    Lines,
    LinesAndNextParagraph,
}

/// Reads the meeting block. Lines taken are claimed in `view`. `title_at` is the
/// view line of the minutes' title, if one was found.
pub(crate) fn read(view: &mut View<'_>, stop_before: usize, title_at: Option<usize>) -> Meeting {
    let mut entries = entries_from_lines(view, stop_before);
    let tables: Vec<&Table> = view.tables.iter().map(|(_, t)| *t).collect();
    for t in tables {
        entries.extend(entries_from_table(t));
    }
    entries.sort_by_key(|e| e.span.start_line);
    // A notice printed above the minutes it attaches announces the next meeting
    // (its date and place); the minutes' own header follows their title, and wins
    // when it names a chair.
    if let Some(title_line) = title_at.map(|t| view.span(t, t).start_line) {
        let chaired_below = entries.iter().any(|e| e.field == Field::Chair && e.span.start_line > title_line);
        if chaired_below {
            entries.sort_by_key(|e| e.span.start_line < title_line);
        }
    }
    let mut meeting = Meeting::default();
    for e in &entries {
        let used = fill(&mut meeting, e);
        if used != Used::Nothing {
            for &i in &e.lines {
                view.claim(i);
            }
        }
        if let (Used::LinesAndNextParagraph, Some(i)) = (used, e.next_para_line) {
            view.claim(i);
        }
    }
    meeting
}

/// Fills what the labelled header left out from the running sentence, when no
/// label named the chair (`… <name>-এর সভাপতিত্বে <date> তারিখ … সভা অনুষ্ঠিত হয়`).
pub(crate) fn fill_from_sentence(meeting: &mut Meeting, view: &View<'_>) {
    if meeting.chair.is_some() {
        return;
    }
    let Some(s) = sentence::read(view) else { return };
    meeting.chair = s.chair;
    meeting.date = meeting.date.take().or(s.date);
    meeting.time = meeting.time.take().or(s.time);
    meeting.venue = meeting.venue.take().or(s.venue);
}

fn entries_from_lines<'a>(view: &mut View<'a>, stop_before: usize) -> Vec<Entry<'a>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < stop_before.min(view.len()) {
        if view.is_claimed(i) {
            i += 1;
            continue;
        }
        let on_line = labels_on_line(view.text(i));
        let Some((&l, before)) = on_line.split_last() else {
            i += 1;
            continue;
        };
        // A label alone on its line heads the block only at the start of its paragraph
        // or under another label: `সভাপতি` under a signatory's name is a role in a
        // signature block.
        let under_text = i > 0 && view.same_para(i - 1, i) && label_of(view.text(i - 1)).is_none();
        if l.value.trim().is_empty() && before.is_empty() && under_text {
            i += 1;
            continue;
        }
        // `তারিখ: … সময়: …`: every label but the last has only its part of the line.
        for b in before {
            out.push(Entry {
                field: b.field,
                value: b.value.to_string(),
                span: view.span(i, i),
                continuation: Vec::new(),
                next_para: None,
                lines: vec![i],
                next_para_line: None,
            });
        }
        let mut continuation = Vec::new();
        let mut j = i + 1;
        while j < view.len()
            && view.same_para(i, j)
            && !view.is_claimed(j)
            && label_of(view.text(j)).is_none()
        {
            continuation.push((view.text(j), view.span(j, j)));
            j += 1;
        }
        let next_para_line = (j < view.len()
            && !view.same_para(i, j)
            && !view.is_claimed(j)
            && !view.table_between(i, j)
            && label_of(view.text(j)).is_none())
        .then_some(j);
        out.push(Entry {
            field: l.field,
            value: l.value.to_string(),
            span: view.span(i, i),
            continuation,
            next_para: next_para_line.map(|k| (view.text(k), view.span(k, k))),
            lines: (i..j).collect(),
            next_para_line,
        });
        i = j;
    }
    out
}

/// A header printed as a table: the first cell a label, the rest its value
/// (a `:` cell between them is a separator). A row with an empty first cell
/// continues the value above. A table is a header table only when two or more
/// of its rows are label rows.
fn entries_from_table(table: &Table) -> Vec<Entry<'static>> {
    let mut out: Vec<Entry<'static>> = Vec::new();
    for row in table.header.iter().chain(table.rows.iter()) {
        let mut texts: Vec<&str> = row.cells.iter().map(|c| c.text.trim()).collect();
        // `| ১। | সভাপতি | : | … |`: a serial column before the label column, when
        // a separator marks the label (a decision table's serial and topic are no header).
        if texts.len() > 2 && is_serial(texts[0]) && separated_label_cells(texts[1], texts[2]) {
            texts.remove(0);
        }
        let Some((first, rest)) = texts.split_first() else { continue };
        let rest: Vec<&str> = rest
            .iter()
            .copied()
            .filter(|c| !c.is_empty() && !c.chars().all(crate::text::is_separator))
            .collect();
        match label_of(first) {
            Some(l) => {
                let mut value = l.value.trim_start_matches([':', 'ঃ', ' ']).to_string();
                for r in &rest {
                    if value.is_empty() {
                        // `সভাপতি          : …` read as space-aligned columns: the
                        // separator opens the value cell.
                        value.push_str(r.trim_start_matches([':', 'ঃ', '-', ' ']));
                        continue;
                    }
                    value.push(' ');
                    value.push_str(r);
                }
                out.push(Entry {
                    field: l.field,
                    value,
                    span: row.span,
                    continuation: Vec::new(),
                    next_para: None,
                    lines: Vec::new(),
                    next_para_line: None,
                });
            }
            None if first.is_empty() && !rest.is_empty() => {
                if let Some(prev) = out.last_mut() {
                    // A designation printed in the row under the chair's name.
                    prev.value = format!("{}\n{}", prev.value, rest.join(" "));
                }
            }
            None => {}
        }
    }
    if out.len() >= 2 { out } else { entries_across(table) }
}

/// A header printed across the page: one row of labels (`সভাপতি | তারিখ | সময় |
/// স্থান`) over one row of their values, read column by column. The values row
/// must be the table's last: a table of many rows under such labels is a schedule,
/// not the meeting's header.
fn entries_across(table: &Table) -> Vec<Entry<'static>> {
    let rows: Vec<&sabha_doc::Row> = table.header.iter().chain(table.rows.iter()).collect();
    let Some((labels, values)) =
        rows.len().checked_sub(2).and_then(|k| Some((rows.get(k)?, rows.get(k + 1)?)))
    else {
        return Vec::new();
    };
    let fields: Vec<Option<Field>> = labels.cells.iter().map(|c| label_alone(&c.text)).collect();
    let filled = labels.cells.iter().filter(|c| !c.text.trim().is_empty()).count();
    if fields.iter().flatten().count() < 2 || fields.iter().flatten().count() != filled {
        return Vec::new();
    }
    fields
        .iter()
        .zip(&values.cells)
        .filter_map(|(field, cell)| {
            let value = cell.text.trim();
            Some(Entry {
                field: (*field)?,
                value: (!value.is_empty()).then(|| value.to_string())?,
                span: values.span,
                continuation: Vec::new(),
                next_para: None,
                lines: Vec::new(),
                next_para_line: None,
            })
        })
        .collect()
}

/// The field of a cell that holds a label and nothing else (`সভাপতি`, `তারিখ:`).
fn label_alone(cell: &str) -> Option<Field> {
    let l = label_of(cell.trim())?;
    l.value.trim_matches([':', 'ঃ', ' ', '-']).is_empty().then_some(l.field)
}

/// A label cell followed by its separator, in the cell or in the next one.
fn separated_label_cells(label: &str, next: &str) -> bool {
    let separator_cell = !next.is_empty() && next.chars().all(crate::text::is_separator);
    labelled(label).is_some_and(|(_, separated)| separated || separator_cell)
}

/// A cell that holds only a serial number (`১`, `১।`, `(২)`, `ক)`).
fn is_serial(cell: &str) -> bool {
    let digits_only = !cell.is_empty() && cell.chars().all(|c| crate::text::is_digit(c) || c == '.');
    digits_only || crate::numbering::leading(cell).is_some_and(|m| m.text_start >= cell.len())
}

fn fill(meeting: &mut Meeting, e: &Entry<'_>) -> Used {
    let next_used = |v: &str| {
        if e.value.trim().is_empty() && e.continuation.is_empty() && !v.is_empty() {
            Used::LinesAndNextParagraph
        } else {
            Used::Lines
        }
    };
    match e.field {
        Field::Chair if meeting.chair.is_none() => {
            let (chair, used_next) = chair(e);
            meeting.chair = chair;
            match (meeting.chair.is_some(), used_next) {
                (false, _) => Used::Nothing,
                (true, true) => Used::LinesAndNextParagraph,
                (true, false) => Used::Lines,
            }
        }
        Field::Date if meeting.date.is_none() => {
            let v = value_or_next(e);
            meeting.date = date(&v, e.span);
            if meeting.date.is_some() { next_used(&v) } else { Used::Nothing }
        }
        Field::Time if meeting.time.is_none() => {
            let v = value_or_next(e);
            meeting.time = time(&v, e.span);
            if meeting.time.is_some() { next_used(&v) } else { Used::Nothing }
        }
        Field::DateTime if meeting.date.is_none() || meeting.time.is_none() => {
            let v = value_or_next(e);
            let (d, t) = date_and_time(&v, e.span);
            let found = d.is_some() || t.is_some();
            if meeting.date.is_none() {
                meeting.date = d;
            }
            if meeting.time.is_none() {
                meeting.time = t;
            }
            if found { next_used(&v) } else { Used::Nothing }
        }
        Field::Venue if meeting.venue.is_none() => {
            // A venue may wrap over the lines of its paragraph.
            let mut v = e.value.clone();
            for (c, _) in &e.continuation {
                v.push(' ');
                v.push_str(c);
            }
            let v = if v.trim().is_empty() { value_or_next(e) } else { v };
            meeting.venue = non_empty_value(&v);
            if meeting.venue.is_some() { next_used(&v) } else { Used::Nothing }
        }
        Field::Attendance if meeting.attendance.is_none() => {
            // `উপস্থিত সদস্যবৃন্দ:` over a numbered list of names: the list is no value.
            let v =
                Some(value_or_next(e)).filter(|v| crate::numbering::leading(v).is_none()).unwrap_or_default();
            meeting.attendance = non_empty_value(&v);
            // A label alone still belongs to the header (a list may follow it).
            if meeting.attendance.is_some() { next_used(&v) } else { Used::Lines }
        }
        _ => Used::Nothing,
    }
}

/// A header value: trailing `।` / `,` dropped, and the parentheses of a value
/// wholly in parentheses (`(তালিকা সংযুক্ত)`).
fn non_empty_value(v: &str) -> Option<String> {
    let v = header_value(crate::text::strip_enclosing_parens(&header_value(v)));
    (!v.is_empty()).then_some(v)
}

/// The value on the label's line, or, for a label standing alone, the next line.
fn value_or_next(e: &Entry<'_>) -> String {
    if !e.value.trim().is_empty() {
        return e.value.clone();
    }
    e.continuation.first().or(e.next_para.as_ref()).map(|(t, _)| t.to_string()).unwrap_or_default()
}

/// The chair: the value split into name and designation; a designation missing
/// on the label's line is looked for on the next line of the paragraph, or as
/// the next paragraph when that paragraph is a designation (seed 004).
fn chair(e: &Entry<'_>) -> (Option<Person>, bool) {
    let mut used_next = false;
    let mut rest = e.continuation.iter().map(|(t, _)| *t);
    let first = if !e.value.trim().is_empty() {
        e.value.as_str()
    } else if let Some(t) = rest.next() {
        t
    } else if let Some((t, _)) = e.next_para {
        used_next = true;
        t
    } else {
        return (None, false);
    };
    // A header table's row under the chair's name holds the designation
    // (`সভাপতি | : | জনাব ক` over `| | জেলা ও দায়রা জজ, …`): the rows stay apart.
    let (first, below) = match first.split_once('\n') {
        Some((name_row, rows_below)) => (name_row, Some(rows_below)),
        None => (first, None),
    };
    let mut nd = person::split(first);
    if let (None, Some(rows_below)) = (&nd.designation, below) {
        nd.designation = non_empty_value(&rows_below.replace('\n', " "));
    }
    if nd.designation.is_none() {
        let more: Vec<&str> = rest.collect();
        if !more.is_empty() {
            nd.designation = non_empty_value(&more.join(" "));
        } else if let Some((next, _)) =
            e.next_para.filter(|(t, _)| !used_next && lexicon::starts_with_designation(t))
        {
            nd.designation = non_empty_value(next);
            used_next = true;
        }
    }
    if nd.name.is_none() && nd.designation.is_none() {
        return (None, false);
    }
    // `সভাপতি` alone over `উপজেলা নারী ও শিশু নির্যাতন প্রতিরোধ কমিটি`: the role
    // line of a signature block, naming the body chaired, not a chair's name.
    let bare_label = e.value.trim().is_empty();
    if bare_label && nd.designation.is_none() && nd.name.as_deref().is_some_and(names_a_body) {
        return (None, false);
    }
    (Some(Person { name: nd.name, designation: nd.designation, span: Some(e.span) }), used_next)
}

/// The text names a committee or an office, not a person.
fn names_a_body(text: &str) -> bool {
    words(text).iter().any(|w| w.starts_with("কমিটি") || lexicon::is_office_word(w))
}

/// The meeting date: the value as printed (trailing `।` dropped) when it holds one
/// date; the Gregorian date's own words when it holds dates in both calendars, or
/// beside a Hijri date (`১৪ রমজান ১৪৪৫ হিজরি, ২৫ মার্চ ২০২৪ খ্রিস্টাব্দ`), which
/// is not read.
pub(crate) fn date(value: &str, span: Span) -> Option<DateValue> {
    let found = values::dates(value);
    let chosen = pick_date(&found)?;
    let one_date = found.len() == 1 && !names_hijri_date(value);
    let raw = if one_date { header_value(value) } else { header_value(&chosen.raw) };
    date_value(chosen, raw, span)
}

/// A value that holds a date of the Hijri calendar (`… হিজরি`, `… হিঃ`).
fn names_hijri_date(value: &str) -> bool {
    value
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '।'))
        .any(|w| matches!(w.trim_end_matches('.'), "হিজরি" | "হিজরী" | "হিঃ" | "হি:" | "হিজরি সন" | "AH"))
}

fn pick_date(found: &[FoundDate]) -> Option<&FoundDate> {
    let dated = || found.iter().filter(|d| d.iso.is_some());
    dated().find(|d| d.calendar == Calendar::Gregorian).or_else(|| dated().next())
}

pub(crate) fn date_value(found: &FoundDate, raw: String, span: Span) -> Option<DateValue> {
    let iso = found.iso.clone()?;
    Some(DateValue { raw, iso, calendar: found.calendar, span: Some(span) })
}

fn time(value: &str, span: Span) -> Option<TimeValue> {
    let found = values::times(value);
    let t = found.first()?;
    let raw = if found.len() == 1 { header_value(value) } else { header_value(&t.raw) };
    Some(TimeValue { raw, hh_mm: t.hh_mm.clone(), span: Some(span) })
}

/// `সভার তারিখ ও সময়: ১৭ অক্টোবর ২০২৩, বেলা ১১.০০ ঘটিকা`: the words before the time
/// are the date, the time's words the time.
fn date_and_time(value: &str, span: Span) -> (Option<DateValue>, Option<TimeValue>) {
    let times = values::times(value);
    let Some(t) = times.first() else { return (date(value, span), None) };
    let (before, after) = (value.get(..t.start).unwrap_or(""), value.get(t.start..).unwrap_or(""));
    let before_trimmed = before.trim_end_matches([',', ' ', '।', ';']);
    let d =
        if values::dates(before_trimmed).is_empty() { date(value, span) } else { date(before_trimmed, span) };
    let tv = TimeValue { raw: header_value(after), hh_mm: t.hh_mm.clone(), span: Some(span) };
    (d, Some(tv))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn meeting(text: &str) -> Meeting {
        let d = doc(text);
        let mut v = View::new(&d);
        let n = v.len();
        read(&mut v, n, None)
    }

    fn chair_of(text: &str) -> (Option<String>, Option<String>) {
        let c = meeting(text).chair.expect("a chair");
        (c.name, c.designation)
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn label_forms() {
        for line in
            ["সভাপতি : জনাব ক খ", "সভাপতিঃ জনাব ক খ", "সভাপতি: জনাব ক খ", "সভাপতি জনাব ক খ", "সভাপতি:- জনাব ক খ"]
        {
            assert_eq!(label_of(line), Some(Labelled { field: Field::Chair, value: "জনাব ক খ" }), "{line}");
        }
        assert_eq!(label_of("সভাপতি সকলকে স্বাগত জানিয়ে সভার কার্যক্রম আরম্ভ করেন।"), None);
        assert_eq!(label_of("উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়।"), None);
        assert_eq!(label_of("উপস্থিত সদস্যগণের স্বাক্ষর"), None);
        assert_eq!(label_of("সভাপতিত্বে সভা"), None);
        assert_eq!(label_of("স্থানঃ উপজেলা সমবায় কার্যালয়").map(|l| l.field), Some(Field::Venue));
        assert_eq!(label_of("সভার তারিখ ও সময়: ক").map(|l| l.field), Some(Field::DateTime));
    }

    #[test]
    fn present_and_the_group_present_is_an_attendance_label() {
        for line in [
            "উপস্থিত পরিচালকবৃন্দ: পরিশিষ্ট-'ক'",
            "উপস্থিত বোর্ড সদস্যবৃন্দ ঃ পরিশিষ্ট-'ক'",
            "উপস্থিত কাউন্সিলরগণ:- পরিশিষ্ট-'ক'",
        ] {
            assert_eq!(
                label_of(line),
                Some(Labelled { field: Field::Attendance, value: "পরিশিষ্ট-'ক'" }),
                "{line}"
            );
        }
        // Narrative, and a group of more than two words, are not labels.
        assert_eq!(label_of("উপস্থিত সদস্যগণকে স্বাগত জানিয়ে সভাপতি বলেন: কাজ শুরু হোক"), None);
        assert_eq!(label_of("উপস্থিত সকল বিভাগীয় কর্মকর্তাবৃন্দ: ক"), None);
        // The line does not run into the venue above it.
        let m = meeting("স্থান: মিলের বোর্ড কক্ষ\nউপস্থিত পরিচালকবৃন্দ: পরিশিষ্ট-'ক'");
        assert_eq!(m.venue, s("মিলের বোর্ড কক্ষ"));
        assert_eq!(m.attendance, s("পরিশিষ্ট-'ক'"));
    }

    #[test]
    fn a_signature_role_line_over_the_committee_is_no_chair() {
        let m = meeting("স্বাক্ষরিত/-\nতাহমিনা খাতুন\nসভাপতি\nউপজেলা নারী ও শিশু নির্যাতন প্রতিরোধ কমিটি");
        assert!(m.chair.is_none(), "{:?}", m.chair);
        assert!(names_a_body("জেলা প্রশাসকের কার্যালয়") && !names_a_body("জনাব রেহানা পারভীন"));
    }

    #[test]
    fn a_designation_in_the_header_table_row_under_the_name() {
        let m = meeting(
            "সভাপতি\t: জনাব মোঃ আনোয়ার হোসেন মজুমদার\n\t  জেলা ও দায়রা জজ, সুনামগঞ্জ ও চেয়ারম্যান, জেলা লিগ্যাল এইড কমিটি।\nতারিখ\t: ২৬ ডিসেম্বর ২০২৪ খ্রিষ্টাব্দ\nস্থান\t: সম্মেলন কক্ষ",
        );
        let chair = m.chair.expect("a chair");
        assert_eq!(chair.name, s("জনাব মোঃ আনোয়ার হোসেন মজুমদার"));
        assert_eq!(chair.designation, s("জেলা ও দায়রা জজ, সুনামগঞ্জ ও চেয়ারম্যান, জেলা লিগ্যাল এইড কমিটি"));
    }

    #[test]
    fn numbered_label_lines() {
        for line in [
            "১। সভাপতি : জনাব ক খ",
            "২. সভাপতি: জনাব ক খ",
            "(৩) সভাপতি : জনাব ক খ",
            "ক) সভাপতি : জনাব ক খ",
            "১.১ সভাপতি : জনাব ক খ",
            "(i) সভাপতি: জনাব ক খ",
        ] {
            assert_eq!(label_of(line), Some(Labelled { field: Field::Chair, value: "জনাব ক খ" }), "{line}");
        }
        // Without a separator a numbered line is a sentence of the minutes.
        assert_eq!(label_of("১। সভাপতি সকলকে স্বাগত জানান"), None);
        assert_eq!(label_of("২। স্থান নির্বাচন করতে হবে"), None);
        let m = meeting(
            "১। সভাপতি : জনাব ক খ, উপজেলা নির্বাহী অফিসার\n২। তারিখ : ১৮ সেপ্টেম্বর ২০২৪ খ্রিঃ\n৩। সময় : সকাল ১০.৩০ ঘটিকা\n৪। স্থান : সভাকক্ষ",
        );
        assert_eq!(m.chair.and_then(|c| c.designation), s("উপজেলা নির্বাহী অফিসার"));
        assert_eq!(m.date.map(|d| d.iso), s("2024-09-18"));
        assert_eq!(m.time.map(|t| t.hh_mm), s("10:30"));
        assert_eq!(m.venue, s("সভাকক্ষ"));
    }

    #[test]
    fn a_header_table_with_a_serial_column() {
        let m = meeting("|১।|সভাপতি|:|জনাব ক খ, জেলা প্রশাসক|\n|২।|তারিখ|:|১৪/১১/২০২৪|\n|৩|স্থান|:|সম্মেলন কক্ষ|");
        assert_eq!(m.chair.and_then(|c| c.designation), s("জেলা প্রশাসক"));
        assert_eq!(m.date.map(|d| d.iso), s("2024-11-14"));
        assert_eq!(m.venue, s("সম্মেলন কক্ষ"));
        assert!(is_serial("(২)") && is_serial("১") && !is_serial("সভাপতি") && !is_serial("১। সভাপতি"));
        // A decision table's serial and topic columns are no header.
        let m = meeting("|১|স্থান নির্বাচন|মাঠ নির্বাচন করা হবে|\n|২|সভাপতি মনোনয়ন|সভাপতি মনোনীত হলেন|");
        assert_eq!((m.venue, m.chair), (None, None));
    }

    #[test]
    fn bilingual_and_english_labels() {
        let chair = Some(Labelled { field: Field::Chair, value: "জনাব ক খ" });
        for line in [
            "Chairperson / সভাপতি: জনাব ক খ",
            "সভাপতি / Chair: জনাব ক খ",
            "Chair: জনাব ক খ",
            "Chairperson/সভাপতি : জনাব ক খ",
        ] {
            assert_eq!(label_of(line), chair, "{line}");
        }
        assert_eq!(label_of("Venue / স্থান: সভাকক্ষ").map(|l| l.value), Some("সভাকক্ষ"));
        assert_eq!(
            label_of("Date of Meeting: ১৪/১১/২০২৪").map(|l| (l.field, l.value)),
            Some((Field::Date, "১৪/১১/২০২৪"))
        );
        assert_eq!(label_of("Meeting Venue: সভাকক্ষ").map(|l| l.field), Some(Field::Venue));
        // English words without a separator, and a label of another field after `/`.
        assert_eq!(label_of("Chair of the committee"), None);
        assert_eq!(label_of("Date / স্থান: সভাকক্ষ").map(|l| l.field), None);
        let m =
            meeting("Date / তারিখ: ১৪ নভেম্বর ২০২৪ খ্রিঃ\nTime / সময়: সকাল ১১.০০ ঘটিকা\nVenue: এনইসি সম্মেলন কক্ষ");
        assert_eq!(
            m.date.map(|d| (d.raw, d.iso)),
            Some(("১৪ নভেম্বর ২০২৪ খ্রিঃ".to_string(), "2024-11-14".to_string()))
        );
        assert_eq!(m.time.map(|t| t.hh_mm), s("11:00"));
        assert_eq!(m.venue, s("এনইসি সম্মেলন কক্ষ"));
    }

    #[test]
    fn bilingual_labels_in_a_header_table() {
        let m = meeting(
            "|Chairperson / সভাপতি|:|জনাব ক খ, অতিরিক্ত সচিব|\n|Date / তারিখ|:|১৪/১১/২০২৪|\n|স্থান / Venue|:|সম্মেলন কক্ষ|",
        );
        assert_eq!(m.chair.and_then(|c| c.name), s("জনাব ক খ"));
        assert_eq!(m.date.map(|d| d.iso), s("2024-11-14"));
        assert_eq!(m.venue, s("সম্মেলন কক্ষ"));
    }

    #[test]
    fn a_header_table_across_the_page_reads_column_by_column() {
        let m = meeting(
            "|সভাপতি|তারিখ|সময়|স্থান|উপস্থিতি|\n|জনাব ক খ, জেলা প্রশাসক, দিনাজপুর|০৩ মার্চ ২০২৫|বেলা ১২.০০ ঘটিকা|সম্মেলন কক্ষ|পরিশিষ্ট-ক|",
        );
        let c = m.chair.unwrap();
        assert_eq!((c.name, c.designation), (s("জনাব ক খ"), s("জেলা প্রশাসক, দিনাজপুর")));
        assert_eq!(m.date.map(|d| d.iso), s("2025-03-03"));
        assert_eq!(m.time.map(|t| t.hh_mm), s("12:00"));
        assert_eq!(m.venue, s("সম্মেলন কক্ষ"));
        assert_eq!(m.attendance, s("পরিশিষ্ট-ক"));
        // A schedule under such labels (many rows), or labels beside other columns,
        // is no header.
        let schedule = meeting("|তারিখ|সময়|স্থান|\n|০৩/০৩/২০২৫|১০.০০|কক্ষ ১|\n|০৪/০৩/২০২৫|১১.০০|কক্ষ ২|");
        assert!(schedule.date.is_none() && schedule.venue.is_none());
        let mixed = meeting("|তারিখ|সময়|কার্যক্রম|\n|০৩/০৩/২০২৫|১০.০০|উদ্বোধন|");
        assert!(mixed.date.is_none());
    }

    #[test]
    fn chair_on_one_line_split_by_vocabulary() {
        assert_eq!(
            chair_of("সভাপতি ড. দেওয়ান মুহাম্মদ হামায়ুন কবীর বিভাগীয় কমিশনার\nস্থান সম্মেলন কক্ষ"),
            (s("ড. দেওয়ান মুহাম্মদ হামায়ুন কবীর"), s("বিভাগীয় কমিশনার"))
        );
    }

    #[test]
    fn chair_with_designation_on_the_next_line() {
        let m = meeting(
            "সভাপতি ড. মো: হুমায়ুন কবীর\nবিভাগীয় কমিশনার\nস্থান বিভাগীয় কমিশনার, রাজশাহীর সম্মেলন কক্ষ\nউপস্থিতি পরিশিষ্ট ক",
        );
        let c = m.chair.unwrap();
        assert_eq!((c.name, c.designation), (s("ড. মো: হুমায়ুন কবীর"), s("বিভাগীয় কমিশনার")));
        assert_eq!(m.venue, s("বিভাগীয় কমিশনার, রাজশাহীর সম্মেলন কক্ষ"));
        assert_eq!(m.attendance, s("পরিশিষ্ট ক"));
    }

    #[test]
    fn chair_with_designation_in_the_next_paragraph() {
        let text = "আহবায়ক: জনাব মোহাম্মদ মনির হোসেন\n\n \n\nউপজেলা সমবায় অফিসার, চাটখিল, নোয়াখালী\n\nস্থানঃ উপজেলা সমবায় কার্যালয়, চাটখিল, নোয়াখালী।";
        let m = meeting(text);
        let c = m.chair.unwrap();
        assert_eq!(c.name, s("জনাব মোহাম্মদ মনির হোসেন"));
        assert_eq!(c.designation, s("উপজেলা সমবায় অফিসার, চাটখিল, নোয়াখালী"));
        assert_eq!(m.venue, s("উপজেলা সমবায় কার্যালয়, চাটখিল, নোয়াখালী"));
    }

    #[test]
    fn label_and_value_on_separate_lines() {
        let m = meeting("সভাপতি\nজনাব মোঃ আবদুল করিম\nজেলা প্রশাসক, কুমিল্লা\n\nস্থান\nজেলা প্রশাসকের সম্মেলন কক্ষ");
        let c = m.chair.unwrap();
        assert_eq!((c.name, c.designation), (s("জনাব মোঃ আবদুল করিম"), s("জেলা প্রশাসক, কুমিল্লা")));
        assert_eq!(m.venue, s("জেলা প্রশাসকের সম্মেলন কক্ষ"));
    }

    #[test]
    fn chair_split_at_the_comma_and_trailing_dari_dropped() {
        let m = meeting(
            "সভাপতি : মোঃ আশরাফুল ইসলাম, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর।\nস্থান : জেলা প্রশাসকের সম্মেলন কক্ষ, নাটোর।\nউপস্থিত সদস্যবৃন্দ : পরিশিষ্ট “ক” দুষ্টব্য।",
        );
        let c = m.chair.unwrap();
        assert_eq!(c.name, s("মোঃ আশরাফুল ইসলাম"));
        assert_eq!(c.designation, s("অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর"));
        assert_eq!(m.venue, s("জেলা প্রশাসকের সম্মেলন কক্ষ, নাটোর"));
        assert_eq!(m.attendance, s("পরিশিষ্ট “ক” দুষ্টব্য"));
    }

    #[test]
    fn two_column_header_table() {
        let m = meeting("|সভাপতি|:|জনাব মোঃ আবদুল করিম, জেলা প্রশাসক|\n|স্থান|:|সম্মেলন কক্ষ|\n|উপস্থিতি|:|পরিশিষ্ট-ক|");
        let c = m.chair.unwrap();
        assert_eq!((c.name, c.designation), (s("জনাব মোঃ আবদুল করিম"), s("জেলা প্রশাসক")));
        assert_eq!(m.venue, s("সম্মেলন কক্ষ"));
        assert_eq!(m.attendance, s("পরিশিষ্ট-ক"));
    }

    #[test]
    fn two_labels_on_one_line() {
        let m =
            meeting("সভাপতি: জনাব ক খ, জেলা প্রশাসক\nতারিখ: ১২/০৫/২০২৪ খ্রিঃ সময়: সকাল ১০.৩০ ঘটিকা\nস্থান: সম্মেলন কক্ষ");
        assert_eq!(
            m.date.map(|d| (d.raw, d.iso)),
            Some(("১২/০৫/২০২৪ খ্রিঃ".to_string(), "2024-05-12".to_string()))
        );
        assert_eq!(m.time.map(|t| t.hh_mm), s("10:30"));
        assert_eq!(m.venue, s("সম্মেলন কক্ষ"));
    }

    #[test]
    fn a_hijri_date_beside_the_gregorian_one_is_left_out() {
        let m = meeting("সভাপতি: জনাব ক খ\nতারিখ : ১৪ রমজান ১৪৪৫ হিজরি, ২৫ মার্চ ২০২৪ খ্রিস্টাব্দ\nস্থান: অফিস কক্ষ");
        assert_eq!(
            m.date.map(|d| (d.raw, d.iso)),
            Some(("২৫ মার্চ ২০২৪ খ্রিস্টাব্দ".to_string(), "2024-03-25".to_string()))
        );
        assert!(!names_hijri_date("২৫ মার্চ ২০২৪ খ্রিস্টাব্দ"));
        assert!(names_hijri_date("১৪ রমজান ১৪৪৫ হিঃ"));
    }

    #[test]
    fn attendance_over_a_list_of_names_is_no_value() {
        let m = meeting("সভাপতি: জনাব ক খ\n\nউপস্থিত সদস্যবৃন্দ:\n১। জনাব গ ঘ, উপসচিব\n২। জনাব ঙ চ, সহকারী সচিব");
        assert_eq!(m.attendance, None);
    }

    #[test]
    fn a_role_line_in_a_signature_block_is_no_label() {
        let m = meeting("(মোঃ হাবিবুর রহমান) ২০/০৩/২০২৪\nসভাপতি\nচরফ্যাশন কৃষক বহুমুখী সমবায় সমিতি লিঃ");
        assert_eq!(m.chair, None);
    }

    #[test]
    fn narrative_is_not_a_header() {
        let m = meeting("সভাপতি সকলকে স্বাগত জানিয়ে সভার কার্যক্রম আরম্ভ করেন।\n\nস্থান পরিবর্তন করা হয়েছে।");
        assert_eq!(m, Meeting::default());
    }

    #[test]
    fn first_chair_wins() {
        let m = meeting("সভাপতি : জনাব ক খ\n\nসভাপতি : জনাব গ ঘ");
        assert_eq!(m.chair.unwrap().name, s("জনাব ক খ"));
    }
}
