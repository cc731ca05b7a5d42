//! Tokens and their JSON form (the `sabha tokens` output of `spec/cli.md`).

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::calendar::Date;
use crate::clock::Time;

/// One thing found in the text: what it is, where it is, and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte offset of the first byte in the text.
    pub start: usize,
    /// Byte offset just past the last byte (exclusive).
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
}

/// The kind of a token, with its value.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// A quantity in digits (`৫০,০০০`, `২৩.৪৪`) or words (`পঞ্চাশ হাজার`).
    Number(f64),
    /// `১ম`, `২১তম`, `২৬শ`, `প্রথম`, `একাদশ`, `এগারোতম`.
    Ordinal(u64),
    /// `১০০%`, `২৩.৪৪ %`, `শতভাগ`: the number written.
    Percent(f64),
    /// An amount in taka: `৫০,০০০/- টাকা`, `(পঞ্চাশ হাজার) টাকা`.
    Money(f64),
    Date(Date),
    Time(Time),
    /// `২০২৩-২০২৪ অর্থ বছর`: July of `start_year` to June of `end_year`.
    FiscalYear {
        start_year: i32,
        end_year: i32,
    },
    MemoNumber(MemoNumber),
    /// A Bangladeshi telephone number: its digits, ASCII, country code included when written.
    Phone(String),
    Email,
    Url,
    /// `[১.১.১]`: the code in ASCII digits, `1.1.1`.
    Indicator(String),
}

/// A memo or file number (স্মারক নম্বর), e.g. `০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮`.
///
/// The Secretariat Instructions 2014 layout has eight segments: ministry (2), office
/// (2), geo code (4), branch (3), subject (2), file (3), year (2), serial; the 2024
/// layout has more digits. Any dotted digit groups are accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoNumber {
    /// ASCII digits with the separators as written, OCR spaces removed:
    /// `05.43.0000.017.02.001.23.278`, or `…16-73` with a `-` serial.
    pub number: String,
    /// The digit groups in order, ASCII: `["05", "43", "0000", …]`.
    pub segments: Vec<String>,
}

impl TokenKind {
    /// The kind's name in the JSON output.
    pub fn name(&self) -> &'static str {
        match self {
            TokenKind::Number(_) => "number",
            TokenKind::Ordinal(_) => "ordinal",
            TokenKind::Percent(_) => "percent",
            TokenKind::Money(_) => "money",
            TokenKind::Date(_) => "date",
            TokenKind::Time(_) => "time",
            TokenKind::FiscalYear { .. } => "fiscal_year",
            TokenKind::MemoNumber(_) => "memo_number",
            TokenKind::Phone(_) => "phone",
            TokenKind::Email => "email",
            TokenKind::Url => "url",
            TokenKind::Indicator(_) => "indicator",
        }
    }

    /// The numeric value of a number, ordinal, percent or money token.
    pub fn value(&self) -> Option<f64> {
        match self {
            TokenKind::Number(v) | TokenKind::Percent(v) | TokenKind::Money(v) => Some(*v),
            TokenKind::Ordinal(v) => Some(*v as f64),
            _ => None,
        }
    }
}

impl Token {
    /// The token's text.
    pub fn raw<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// A view that serializes as the JSON object `sabha tokens` prints.
    pub fn json<'a>(&'a self, text: &'a str) -> TokenJson<'a> {
        TokenJson { token: self, text }
    }
}

/// `{"kind": K, "raw": "...", "line": N, "start": B, "end": B, ...value fields}`.
///
/// ```
/// let text = "সভার তারিখ ১৭ অক্টোবর ২০২৩";
/// let tokens = sabha_tokens::tokenize(text);
/// let json = serde_json::to_string(&tokens[0].json(text)).unwrap();
/// assert_eq!(json, r#"{"kind":"date","raw":"১৭ অক্টোবর ২০২৩","line":1,"start":29,"end":70,"iso":"2023-10-17","calendar":"gregorian","precision":"day"}"#);
/// ```
pub struct TokenJson<'a> {
    token: &'a Token,
    text: &'a str,
}

/// A JSON number: an integer when the value is whole, as documents write it.
struct JsonNumber(f64);

impl Serialize for JsonNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.0e15 { s.serialize_i64(v as i64) } else { s.serialize_f64(v) }
    }
}

impl Serialize for TokenJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.token;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("kind", t.kind.name())?;
        map.serialize_entry("raw", t.raw(self.text))?;
        map.serialize_entry("line", &t.line)?;
        map.serialize_entry("start", &t.start)?;
        map.serialize_entry("end", &t.end)?;
        match &t.kind {
            TokenKind::Number(v) | TokenKind::Percent(v) => map.serialize_entry("value", &JsonNumber(*v))?,
            TokenKind::Ordinal(v) => map.serialize_entry("value", v)?,
            TokenKind::Money(v) => {
                map.serialize_entry("value", &JsonNumber(*v))?;
                map.serialize_entry("currency", "BDT")?;
            }
            TokenKind::Date(d) => {
                map.serialize_entry("iso", &d.iso())?;
                map.serialize_entry("calendar", d.calendar.as_str())?;
                map.serialize_entry("precision", d.precision().as_str())?;
                if let Some(b) = d.bangla {
                    map.serialize_entry("bangla", &b.iso())?;
                    map.serialize_entry("rule", b.rule().as_str())?;
                }
                if let Some(name) = d.month_read_by_closeness {
                    map.serialize_entry("month_read_by_closeness", name)?;
                }
            }
            TokenKind::Time(time) => map.serialize_entry("hh_mm", &time.hh_mm())?,
            TokenKind::FiscalYear { start_year, end_year } => {
                map.serialize_entry("start_year", start_year)?;
                map.serialize_entry("end_year", end_year)?;
            }
            TokenKind::MemoNumber(memo) => {
                map.serialize_entry("number", &memo.number)?;
                map.serialize_entry("segments", &memo.segments)?;
            }
            TokenKind::Phone(number) => map.serialize_entry("number", number)?,
            TokenKind::Indicator(code) => map.serialize_entry("code", code)?,
            TokenKind::Email | TokenKind::Url => {}
        }
        map.end()
    }
}
