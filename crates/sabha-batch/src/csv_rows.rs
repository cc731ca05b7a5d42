//! `--csv`: every decision as one row, for Excel. UTF-8 with a byte-order mark
//! (without it Excel reads UTF-8 Bengali as mojibake), quoted by the `csv` crate.

use sabha_record::{Deadline, Record};

/// The columns, in order (fixed by `spec/cli.md`).
pub const CSV_COLUMNS: [&str; 7] =
    ["path", "meeting_date", "label", "topic", "decision", "responsible", "deadlines"];

/// What joins several parties or deadlines in one cell.
const JOIN: &str = " | ";

/// One row per decision of an `ok` record, in [`CSV_COLUMNS`] order; none for an
/// error record. Absent values are empty cells.
pub fn decision_rows(record: &Record) -> Vec<[String; 7]> {
    let Some(minutes) = &record.minutes else { return Vec::new() };
    let meeting_date = minutes.meeting.date.as_ref().map(|d| d.iso.clone()).unwrap_or_default();
    minutes
        .decisions
        .iter()
        .map(|d| {
            [
                record.source.path.clone(),
                meeting_date.clone(),
                d.label.clone().unwrap_or_default(),
                d.topic.clone().unwrap_or_default(),
                d.decision.clone(),
                d.responsible.join(JOIN),
                iso_dates(&d.deadlines),
            ]
        })
        .collect()
}

/// The deadlines that name a day, as ISO dates; a relative limit (`১৫ দিনের মধ্যে`)
/// has no date to give.
fn iso_dates(deadlines: &[Deadline]) -> String {
    deadlines.iter().filter_map(|d| d.iso.as_deref()).collect::<Vec<_>>().join(JOIN)
}

/// The start of the file: the byte-order mark and the header row.
pub(crate) fn header() -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    out.extend(encode(&[CSV_COLUMNS.map(String::from)]));
    out
}

/// A record's rows, encoded: what a worker hands the writer.
pub(crate) fn encoded_rows(record: &Record) -> Vec<u8> {
    encode(&decision_rows(record))
}

fn encode(rows: &[[String; 7]]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
    for row in rows {
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(row);
    }
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sabha_doc::{Format, Source, Span};
    use sabha_record::{Calendar, DateValue, Decision, Minutes};

    fn date(iso: &str) -> DateValue {
        DateValue { raw: iso.into(), iso: iso.into(), calendar: Calendar::Gregorian, span: None }
    }

    fn deadline(iso: Option<&str>) -> Deadline {
        Deadline {
            raw: iso.unwrap_or("১৫ দিনের মধ্যে").into(),
            iso: iso.map(String::from),
            calendar: iso.map(|_| Calendar::Gregorian),
            within: None,
            span: None,
        }
    }

    fn record_with_decisions() -> Record {
        let source = Source {
            path: "a.zip!২০২৩/সভা.docx".into(),
            sha256: "00".into(),
            format: Format::Docx,
            encoding: "utf-8".into(),
            bytes: 1,
            pages: None,
        };
        let mut minutes = Minutes::default();
        minutes.meeting.date = Some(date("2023-10-17"));
        minutes.decisions = vec![
            Decision {
                index: 1,
                label: Some("১".into()),
                topic: Some("বিষয়, \"উদ্ধৃতি\" সহ".into()),
                discussion: None,
                decision: "প্রথম লাইন\nদ্বিতীয় লাইন।".into(),
                responsible: vec!["জেলা প্রশাসক".into(), "উপজেলা নির্বাহী অফিসার".into()],
                deadlines: vec![deadline(Some("2023-11-01")), deadline(None), deadline(Some("2023-12-31"))],
                span: Span::line(3),
            },
            Decision {
                index: 2,
                label: None,
                topic: None,
                discussion: None,
                decision: "সিদ্ধান্ত।".into(),
                responsible: vec![],
                deadlines: vec![],
                span: Span::line(4),
            },
        ];
        Record::ok(source, minutes)
    }

    #[test]
    fn one_row_per_decision_with_joined_parties_and_deadlines() {
        let rows = decision_rows(&record_with_decisions());
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][0], "a.zip!২০২৩/সভা.docx");
        assert_eq!(rows[0][1], "2023-10-17");
        assert_eq!(rows[0][5], "জেলা প্রশাসক | উপজেলা নির্বাহী অফিসার");
        assert_eq!(rows[0][6], "2023-11-01 | 2023-12-31");
        assert_eq!(rows[1][2..4], ["", ""]);
    }

    #[test]
    fn encoded_rows_round_trip_through_a_csv_reader() {
        let mut bytes = header();
        assert!(bytes.starts_with("\u{feff}path,meeting_date,".as_bytes()));
        bytes.extend(encoded_rows(&record_with_decisions()));
        let text = String::from_utf8(bytes).unwrap();
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        assert_eq!(reader.headers().unwrap(), CSV_COLUMNS.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][3], "বিষয়, \"উদ্ধৃতি\" সহ");
        assert_eq!(&rows[0][4], "প্রথম লাইন\nদ্বিতীয় লাইন।");
    }

    #[test]
    fn error_records_give_no_rows() {
        let record = Record::error(record_with_decisions().source, "corrupt", "bad");
        assert!(decision_rows(&record).is_empty());
        assert!(encoded_rows(&record).is_empty());
    }
}
