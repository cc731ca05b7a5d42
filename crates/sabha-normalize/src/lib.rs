//! Reads minutes — a [`Document`] of paragraphs and tables — into the record's
//! fields: the meeting, every decision with who must do it and by when, the memo
//! number, issue dates, signatories, distribution and attendees.
//!
//! ```
//! use sabha_doc::{Block, Document, Format, Line, Paragraph, Source};
//!
//! let lines = ["জেলা ইনোভেশন কমিটির সভার কার্যবিবরণী", "সভাপতি : মোঃ আশরাফুল ইসলাম, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর।"];
//! let blocks = lines
//!     .iter()
//!     .enumerate()
//!     .map(|(i, t)| Block::Paragraph(Paragraph {
//!         lines: vec![Line { number: 2 * i as u32 + 1, text: t.to_string(), heading: 0, bold: false }],
//!     }))
//!     .collect();
//! let source = Source { path: "a.txt".into(), sha256: String::new(), format: Format::Text,
//!                       encoding: "utf-8".into(), bytes: 0, pages: None };
//! let document = Document { source, text: lines.join("\n\n"), blocks, pages: vec![], warnings: vec![] };
//!
//! let minutes = sabha_normalize::normalize(&document);
//! assert_eq!(minutes.title.as_deref(), Some("জেলা ইনোভেশন কমিটির সভার কার্যবিবরণী"));
//! let chair = minutes.meeting.chair.unwrap();
//! assert_eq!(chair.name.as_deref(), Some("মোঃ আশরাফুল ইসলাম"));
//! assert_eq!(chair.designation.as_deref(), Some("অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর"));
//! assert!(minutes.decisions.is_empty()); // nothing invented
//! ```
//!
//! The work is done by small readers, each owning one group of fields and
//! claiming the lines it reads so that no other reader reads them again. They
//! run in this order, most distinctive first:
//!
//! 1. `memo`: the memo number and the issue dates next to it;
//! 2. `distribution`: the lists under বিতরণ / অনুলিপি;
//! 3. `title`: the title and the letterhead (`issuer`), and what the document is:
//!    minutes, or a notice, order, circular or letter, which records no meeting or
//!    decisions of its own;
//! 4. `header`: chair, date, time, venue, attendance — from labelled lines and
//!    tables, or from the sentence that says who chaired the meeting when and where;
//! 5. `decisions`: decision tables, `সিদ্ধান্ত` paragraphs and items, numbered
//!    resolutions and adopted proposals, agenda headings with their discussion and
//!    decisions, sectioned minutes, with responsible parties and deadlines;
//! 6. `signatories`: signature blocks among the lines left, and blocks laid out
//!    side by side as a table;
//! 7. `attendees`: attendance and member tables;
//! 8. `warnings`: what looked wrong in the document.
//!
//! Every number, date and time is read by `sabha-tokens` (through `values`).
//! Text values are NFC with white space folded; nothing is guessed: what the
//! document does not give is `null` or `[]`.

mod attendees;
mod decisions;
mod distribution;
mod grid;
mod header;
mod lexicon;
mod memo;
mod numbering;
mod person;
mod signatories;
mod text;
mod title;
mod values;
mod view;
mod warnings;

use sabha_doc::Document;
use sabha_record::{Minutes, TableRecord};

/// Reads the minutes in `document`. Never fails: what is absent is `null` or `[]`.
pub fn normalize(document: &Document) -> Minutes {
    let mut view = view::View::new(document);

    let memo_block = memo::read(&mut view);
    let distribution = distribution::read(&mut view);
    let (title, kind) = title::read_title(&mut view);
    let minutes = kind == title::DocumentKind::Minutes;
    let title_at =
        title.as_ref().and_then(|_| (0..view.len()).find(|&i| view.is_claimed(i) && title_line(&view, i)));
    let issuer = title::read_issuer(&mut view, title_at);
    let n = view.len();
    let mut meeting = header::read(&mut view, n, title_at);
    if minutes {
        header::fill_from_sentence(&mut meeting, &view);
    } else if meeting.time.is_none() && meeting.venue.is_none() {
        // A notice's `তারিখ:` with no time or place is the notice's own date, not a
        // meeting's: only an announced meeting (x12) has a meeting block.
        meeting = sabha_record::Meeting::default();
    }

    let reference = meeting
        .date
        .as_ref()
        .map(|d| d.iso.clone())
        .or_else(|| memo_block.issued.first().map(|d| d.iso.clone()))
        .filter(|iso| iso.len() == 10);
    // A notice, an order or a circular records no decisions of its own, even where it
    // quotes a meeting's (`মন্ত্রিসভা-বৈঠকে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়: ১। …`).
    let decisions = if minutes { decisions::read(&mut view, reference.as_deref()) } else { Vec::new() };
    let signatories = signatories::read(&mut view, 0);
    let attendees = attendees::read(&view.tables);
    let tables = view.tables.iter().map(|(_, t)| table_record(t)).collect();

    let mut warnings = document.warnings.clone();
    warnings.extend(memo_block.warnings);
    warnings.extend(warnings::meeting_month_closeness(&meeting));
    warnings.extend(warnings::meeting_after_issue(&meeting, &memo_block.issued));
    warnings.extend(warnings::percentages(&view));
    warnings.extend(warnings::ragged_rows(&view.tables));

    let mut minutes = Minutes {
        title,
        issuer,
        meeting,
        decisions,
        memo: memo_block.memo,
        issued: memo_block.issued,
        signatories,
        distribution,
        attendees,
        tables,
        warnings,
    };
    nfc_everywhere(&mut minutes);
    minutes
}

/// Every extracted text value in Unicode NFC (a no-op on ingested text, which
/// is NFC; a document built by other means is composed here).
fn nfc_everywhere(m: &mut Minutes) {
    let opt = |s: &mut Option<String>| s.iter_mut().for_each(text::nfc);
    opt(&mut m.title);
    m.issuer.iter_mut().for_each(text::nfc);
    let meeting = &mut m.meeting;
    if let Some(chair) = meeting.chair.as_mut() {
        opt(&mut chair.name);
        opt(&mut chair.designation);
    }
    meeting.date.iter_mut().for_each(|d| text::nfc(&mut d.raw));
    meeting.time.iter_mut().for_each(|t| text::nfc(&mut t.raw));
    opt(&mut meeting.venue);
    opt(&mut meeting.attendance);
    for d in &mut m.decisions {
        opt(&mut d.label);
        opt(&mut d.topic);
        opt(&mut d.discussion);
        text::nfc(&mut d.decision);
        d.responsible.iter_mut().for_each(text::nfc);
        d.deadlines.iter_mut().for_each(|x| text::nfc(&mut x.raw));
    }
    m.memo.iter_mut().for_each(|x| text::nfc(&mut x.raw));
    m.issued.iter_mut().for_each(|x| text::nfc(&mut x.raw));
    for p in &mut m.signatories {
        opt(&mut p.name);
        opt(&mut p.designation);
    }
    m.distribution.iter_mut().for_each(text::nfc);
    for a in &mut m.attendees {
        opt(&mut a.name);
        opt(&mut a.designation);
        opt(&mut a.role);
    }
    // `tables` hold the ingested cell texts as they are (NFC from ingestion).
}

/// Line `i` is (part of) the title, for finding the letterhead above it.
fn title_line(view: &view::View<'_>, i: usize) -> bool {
    let t = view.text(i);
    t.contains("বিবরণ") || t.contains("বিবরন")
}

fn table_record(t: &sabha_doc::Table) -> TableRecord {
    let texts = |rows: &[sabha_doc::Row]| -> Vec<Vec<String>> {
        rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect()
    };
    TableRecord { span: t.span, header: texts(&t.header), rows: texts(&t.rows) }
}
