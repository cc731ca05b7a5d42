//! The record: the JSON contract for one minutes document.
//!
//! One input document (a file, or one member of an archive) becomes one
//! [`Record`]; batch runs write one record per line (JSON Lines). The field names
//! are fixed by `spec/record.md` and may gain siblings, never change meaning.
//!
//! Conventions the types encode: an absent scalar is `null` (an `Option`), an
//! absent list is `[]` (an empty `Vec`), and every item taken from a place in the
//! text carries its [`Span`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use sabha_doc::{Source, Span, Warning};

/// The contract version this crate writes.
pub const SCHEMA_VERSION: &str = "1";

/// The JSON Schema (draft 2020-12) of a [`Record`], derived from these types.
///
/// An `ok` record must have every contract field; an `error` record has
/// `source` and `error`. Fields may gain siblings (the contract allows it), so
/// objects accept properties beyond those listed.
///
/// ```
/// let schema = sabha_record::json_schema();
/// assert_eq!(schema["title"], "Record");
/// assert!(schema["properties"]["decisions"].is_object());
/// ```
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Record)).unwrap_or_default();
    let ok_fields = [
        "title",
        "issuer",
        "meeting",
        "decisions",
        "memo",
        "issued",
        "signatories",
        "distribution",
        "attendees",
        "tables",
        "warnings",
    ];
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "description".into(),
            "One minutes document read by sabha: the JSON contract of spec/record.md (schema_version 1)."
                .into(),
        );
        obj.insert(
            "allOf".into(),
            serde_json::json!([
                {
                    "if": {"properties": {"status": {"const": "ok"}}},
                    "then": {"required": ok_fields}
                },
                {
                    "if": {"properties": {"status": {"const": "error"}}},
                    "then": {"required": ["error"]}
                }
            ]),
        );
    }
    schema
}

/// One document's record: either `ok` with every extracted field, or `error`
/// with only `source` and `error`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Record {
    pub schema_version: String,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<RecordError>,
    pub source: Source,
    /// Present when `status` is `ok`; flattened so the fields sit at the top level.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<Minutes>,
}

impl Record {
    pub fn ok(source: Source, minutes: Minutes) -> Record {
        Record {
            schema_version: SCHEMA_VERSION.to_string(),
            status: Status::Ok,
            error: None,
            source,
            minutes: Some(minutes),
        }
    }

    pub fn error(source: Source, kind: impl Into<String>, message: impl Into<String>) -> Record {
        Record {
            schema_version: SCHEMA_VERSION.to_string(),
            status: Status::Error,
            error: Some(RecordError { kind: kind.into(), message: message.into() }),
            source,
            minutes: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    Error,
}

/// Why a document could not be read: a stable `kind` (`empty`, `unsupported_format`,
/// `corrupt`, `too_large`, `ocr_unavailable`, `panic`, …) and a message for people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RecordError {
    pub kind: String,
    pub message: String,
}

/// Everything read from a document that could be read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Minutes {
    pub title: Option<String>,
    pub issuer: Vec<String>,
    pub meeting: Meeting,
    pub decisions: Vec<Decision>,
    pub memo: Option<Memo>,
    pub issued: Vec<DateValue>,
    pub signatories: Vec<Person>,
    pub distribution: Vec<String>,
    pub attendees: Vec<Attendee>,
    pub tables: Vec<TableRecord>,
    pub warnings: Vec<Warning>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Meeting {
    pub chair: Option<Person>,
    pub date: Option<DateValue>,
    pub time: Option<TimeValue>,
    pub venue: Option<String>,
    pub attendance: Option<String>,
}

/// A person: a chair or a signatory. `name` is `null` when the document gives
/// only the post (`সভাপতি: জেলা প্রশাসক, নাটোর`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    pub name: Option<String>,
    pub designation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// `calendar` of a [`DateValue`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Calendar {
    Gregorian,
    /// বঙ্গাব্দ, the Bangladesh revised calendar.
    Bangla,
}

/// A date as the document writes it (`raw`) and the Gregorian day it names (`iso`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DateValue {
    pub raw: String,
    /// `YYYY-MM-DD`; `YYYY-MM` for a month-year date.
    pub iso: String,
    pub calendar: Calendar,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A time limit a decision sets: a date (`আগামী ০৮ সেপ্টেম্বর, ২০২২ এর মধ্যে` →
/// `raw` `০৮ সেপ্টেম্বর, ২০২২`, `iso` `2022-09-08`), or a period counted from the
/// meeting (`১৫ দিনের মধ্যে`), which keeps its words in `raw` and has `iso` and
/// `calendar` `null` and the period in `within`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Deadline {
    pub raw: String,
    /// `YYYY-MM-DD` (`YYYY-MM` for a month); `null` for a period, or for a day and
    /// month whose year the document does not let us know.
    pub iso: Option<String>,
    pub calendar: Option<Calendar>,
    /// The period of a relative limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A period of time: `১৫ দিন` is `{"amount": 15, "unit": "day"}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Period {
    pub amount: f64,
    pub unit: PeriodUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PeriodUnit {
    /// `২৪ ঘণ্টার মধ্যে`.
    Hour,
    Day,
    WorkingDay,
    Week,
    Month,
    Year,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimeValue {
    pub raw: String,
    /// 24-hour `HH:MM`.
    pub hh_mm: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Decision {
    /// 1-based position in the document.
    pub index: u32,
    pub label: Option<String>,
    pub topic: Option<String>,
    pub discussion: Option<String>,
    pub decision: String,
    pub responsible: Vec<String>,
    pub deadlines: Vec<Deadline>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Memo {
    /// As printed, white space folded.
    pub raw: String,
    /// ASCII digits, no white space.
    pub number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Attendee {
    /// `null` for a row that gives only a post (`প্রতিনিধি, জেলা প্রশাসক`).
    pub name: Option<String>,
    pub designation: Option<String>,
    /// ASCII digits, spaces and hyphens removed.
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Committee role (আহবায়ক, সদস্য, …) where the table gives one.
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A table as the record gives it: header rows and body rows of cell texts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TableRecord {
    pub span: Span,
    pub header: Vec<Vec<String>>,
    pub rows: Vec<Vec<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use sabha_doc::Format;

    fn source() -> Source {
        Source {
            path: "a.txt".into(),
            sha256: "00".into(),
            format: Format::Text,
            encoding: "utf-8".into(),
            bytes: 0,
            pages: None,
        }
    }

    #[test]
    fn error_record_has_only_source_and_error() {
        let v = serde_json::to_value(Record::error(source(), "empty", "the file is empty")).unwrap();
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["error", "schema_version", "source", "status"]);
        assert_eq!(v["status"], "error");
        assert_eq!(v["error"]["kind"], "empty");
    }

    #[test]
    fn schema_describes_every_contract_field() {
        let schema = json_schema();
        let props = schema["properties"].as_object().unwrap();
        for field in [
            "schema_version",
            "status",
            "error",
            "source",
            "title",
            "issuer",
            "meeting",
            "decisions",
            "memo",
            "issued",
            "signatories",
            "distribution",
            "attendees",
            "tables",
            "warnings",
        ] {
            assert!(props.contains_key(field), "schema lacks {field}");
        }
        assert_eq!(schema["allOf"][0]["then"]["required"][3], "decisions");
    }

    #[test]
    fn ok_record_puts_fields_at_top_level_with_nulls_and_empty_lists() {
        let v = serde_json::to_value(Record::ok(source(), Minutes::default())).unwrap();
        assert_eq!(v["status"], "ok");
        assert!(v["title"].is_null());
        assert!(v["memo"].is_null());
        assert_eq!(v["decisions"], serde_json::json!([]));
        assert!(v["meeting"]["chair"].is_null());
        assert!(v.get("error").is_none());
    }
}
