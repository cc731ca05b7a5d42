//! `word/numbering.xml`: the numbers and letters Word prints before list paragraphs.
//! They are not in the paragraph text, yet minutes number their decisions (`১।`, `ক)`)
//! and recipients this way, so they are rendered here.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::xml::{attr, local, number, reader};
use crate::textsink::is_bijoy_font;

const LEVELS: usize = 9;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Level {
    start: u32,
    format: String,
    /// A custom format's sample (`০১, ০২, ০৩, ...`).
    custom: Option<String>,
    text: String,
    bijoy_font: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// numId -> (abstractNumId, start overrides per level)
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    counters: HashMap<String, [Option<u32>; LEVELS]>,
}

/// A list marker: its text and whether it is drawn in a Bijoy font.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    pub text: String,
    pub bijoy_font: bool,
}

impl Numbering {
    /// Reads `numbering.xml`; what cannot be read is left out.
    pub fn parse(xml: &str) -> Numbering {
        let mut numbering = Numbering::default();
        let mut reader = reader(xml);
        let mut abstract_id: Option<String> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut num: Option<(String, String, HashMap<usize, u32>)> = None;
        let mut override_level: Option<usize> = None;
        loop {
            let e = match reader.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) => e,
                Ok(Event::End(e)) => {
                    match e.local_name().as_ref() {
                        "lvl" => {
                            if let (Some(id), Some((ilvl, lvl))) = (abstract_id.as_ref(), level.take()) {
                                let levels = numbering.abstracts.entry(id.clone()).or_default();
                                if levels.len() <= ilvl {
                                    levels.resize(ilvl + 1, Level::default());
                                }
                                if let Some(slot) = levels.get_mut(ilvl) {
                                    *slot = lvl;
                                }
                            }
                        }
                        "abstractNum" => abstract_id = None,
                        "num" => {
                            if let Some((id, abs, overrides)) = num.take() {
                                numbering.nums.insert(id, (abs, overrides));
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            match local(&e).as_str() {
                "abstractNum" => abstract_id = attr(&e, "abstractNumId"),
                "lvl" if abstract_id.is_some() => {
                    let ilvl = number(&e, "ilvl").map_or(0, |l| l as usize);
                    if ilvl < LEVELS {
                        level =
                            Some((ilvl, Level { start: 1, format: "decimal".into(), ..Level::default() }));
                    }
                }
                "start" => {
                    if let Some((_, lvl)) = level.as_mut() {
                        lvl.start = number(&e, "val").unwrap_or(1);
                    }
                }
                "numFmt" => {
                    if let Some((_, lvl)) = level.as_mut() {
                        lvl.format = attr(&e, "val").unwrap_or_default();
                        lvl.custom = attr(&e, "format");
                    }
                }
                "lvlText" => {
                    if let Some((_, lvl)) = level.as_mut() {
                        lvl.text = attr(&e, "val").unwrap_or_default();
                    }
                }
                "rFonts" => {
                    if let Some((_, lvl)) = level.as_mut() {
                        let font = attr(&e, "ascii").or_else(|| attr(&e, "hAnsi")).unwrap_or_default();
                        lvl.bijoy_font = is_bijoy_font(&font);
                    }
                }
                "num" => {
                    if let Some(id) = attr(&e, "numId") {
                        num = Some((id, String::new(), HashMap::new()));
                    }
                }
                "abstractNumId" => {
                    if let (Some((_, abs, _)), Some(value)) = (num.as_mut(), attr(&e, "val")) {
                        *abs = value;
                    }
                }
                "lvlOverride" => override_level = number(&e, "ilvl").map(|l| l as usize),
                "startOverride" => {
                    if let (Some((_, _, overrides)), Some(l), Some(v)) =
                        (num.as_mut(), override_level, number(&e, "val"))
                    {
                        overrides.insert(l, v);
                    }
                }
                _ => {}
            }
        }
        numbering
    }

    /// The marker of the next paragraph in list `num_id` at level `ilvl`, counting it.
    pub fn next_marker(&mut self, num_id: &str, ilvl: usize) -> Option<Marker> {
        let (abstract_id, overrides) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let level = levels.get(ilvl)?;
        let counters = self.counters.entry(num_id.to_string()).or_insert([None; LEVELS]);
        let start_of = |l: usize| overrides.get(&l).copied().or(levels.get(l).map(|x| x.start)).unwrap_or(1);
        let current = counters.get(ilvl).copied().flatten().map_or(start_of(ilvl), |n| n.saturating_add(1));
        if let Some(slot) = counters.get_mut(ilvl) {
            *slot = Some(current);
        }
        for deeper in counters.iter_mut().skip(ilvl + 1) {
            *deeper = None;
        }
        let mut text = level.text.clone();
        for (l, lvl) in levels.iter().enumerate().take(ilvl + 1) {
            let value = counters.get(l).copied().flatten().unwrap_or_else(|| start_of(l));
            text = text
                .replace(&format!("%{}", l + 1), &format_number(value, &lvl.format, lvl.custom.as_deref()));
        }
        let text = text.trim().to_string();
        if level.format == "bullet" || level.format == "none" || text.is_empty() {
            return None;
        }
        Some(Marker { text, bijoy_font: level.bijoy_font })
    }
}

fn format_number(n: u32, format: &str, custom: Option<&str>) -> String {
    match format {
        "lowerLetter" => letters(n).to_ascii_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => roman(n).to_ascii_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" => format!("{n:02}"),
        "hindiNumbers" => bengali_digits(&n.to_string(), '\u{0966}'),
        "custom" => custom_number(n, custom.unwrap_or_default()),
        _ => n.to_string(),
    }
}

/// Word's custom formats give a sample such as `০১, ০২, ০৩, ...` or `১, ২, ৩, ...`.
fn custom_number(n: u32, sample: &str) -> String {
    let first = sample.split(',').next().unwrap_or_default().trim();
    let width = first.chars().count().min(8);
    let plain = format!("{n:0width$}");
    if first.chars().any(|c| ('০'..='৯').contains(&c)) { bengali_digits(&plain, '০') } else { plain }
}

fn bengali_digits(ascii: &str, zero: char) -> String {
    ascii.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32(zero as u32 + d)).unwrap_or(c)).collect()
}

/// a, b, … z, aa, bb, … (Word's letter numbering).
fn letters(n: u32) -> String {
    let n = n.max(1) - 1;
    let letter = char::from(b'A' + (n % 26) as u8);
    std::iter::repeat_n(letter, (n / 26 + 1).min(32) as usize).collect()
}

fn roman(mut n: u32) -> String {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    n = n.min(3999);
    let mut out = String::new();
    for (value, digits) in DIGITS {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1।"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:numFmt w:val="custom" w:format="০১, ০২, ০৩, ..."/><w:lvlText w:val="%1."/>
          <w:rPr><w:rFonts w:ascii="SutonnyMJ"/></w:rPr></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>
      <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
      <w:num w:numId="8"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
    </w:numbering>"#;

    fn text(m: Option<Marker>) -> Option<String> {
        m.map(|m| m.text)
    }

    #[test]
    fn levels_count_and_reset() {
        let mut n = Numbering::parse(XML);
        assert_eq!(text(n.next_marker("5", 0)).as_deref(), Some("1।"));
        assert_eq!(text(n.next_marker("5", 1)).as_deref(), Some("1.a)"));
        assert_eq!(text(n.next_marker("5", 1)).as_deref(), Some("1.b)"));
        assert_eq!(text(n.next_marker("5", 0)).as_deref(), Some("2।"));
        assert_eq!(text(n.next_marker("5", 1)).as_deref(), Some("2.a)"));
        assert_eq!(text(n.next_marker("8", 0)).as_deref(), Some("4।"));
    }

    #[test]
    fn custom_bullet_and_unknown_lists() {
        let mut n = Numbering::parse(XML);
        assert_eq!(n.next_marker("6", 0), Some(Marker { text: "০১.".into(), bijoy_font: true }));
        assert_eq!(n.next_marker("7", 0), None);
        assert_eq!(n.next_marker("99", 0), None);
        assert_eq!(n.next_marker("5", 8), None);
    }

    #[test]
    fn number_formats() {
        assert_eq!(letters(27), "AA");
        assert_eq!(roman(1994), "MCMXCIV");
        assert_eq!(format_number(7, "decimalZero", None), "07");
    }
}
