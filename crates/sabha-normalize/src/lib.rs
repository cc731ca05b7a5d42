//! Reads minutes — a [`Document`] of paragraphs and tables — into the record's
//! fields: the meeting, every decision with who must do it and by when, the memo
//! number, issue dates, signatories, distribution and attendees.
//!
//! (Being built: see issue 5.)

mod header;
mod lexicon;
mod person;
mod text;
mod values;
mod view;

use sabha_doc::Document;
use sabha_record::Minutes;

/// Reads the minutes in `document`. Never fails: what is absent is `null` or `[]`.
pub fn normalize(document: &Document) -> Minutes {
    let mut view = view::View::new(document);
    let n = view.len();
    let meeting = header::read(&mut view, n);
    Minutes { meeting, ..Minutes::default() }
}
