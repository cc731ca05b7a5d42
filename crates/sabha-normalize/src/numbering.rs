//! List markers — `১।`, `১)`, `১.`, `(১)`, `০১.`, `ক)`, `(খ)`, `গ.`, `(i)`, `ii.`,
//! `(অ)`, `আ)` — at the
//! start of a line, sub-numbers (`২.১`, `৩.০`) that number the items of a
//! section, and in-text numbering (`১। … ২। …`) inside a cell or a line.

use crate::text::is_digit;

/// What a marker counts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Bengali or ASCII digits.
    Number,
    /// Bengali consonants in alphabetical order: ক খ গ ঘ …
    Letter,
    /// Roman numerals, small or capital: `(i)`, `ii.`, `(IV)`.
    Roman,
    /// Bengali vowel letters in alphabetical order: `(অ)`, `(আ)`, `ই)` …
    Vowel,
}

/// A sub-number at the start of a line: `২.১ …` is item 1 of section ২, `৩.০ …`
/// the heading of section ৩ itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SubNumber {
    /// As printed, without trailing punctuation: `২.১`, `১.২.৩`.
    pub label: String,
    /// Everything before the last part: `২` for `২.১`, `১.২` for `১.২.৩`.
    pub parent: String,
    /// The last part's value (0 for `৩.০`, the section's own heading).
    pub ordinal: u32,
    /// Byte offset where the text after the number starts.
    pub text_start: usize,
}

/// Reads a sub-number (`২.১`, `৩.০`, `১.২.৩`, also `২.১)` / `২.১।`) at the start of
/// `text`, followed by white space.
pub(crate) fn sub_number(text: &str) -> Option<SubNumber> {
    let t = text.trim_start();
    let offset = text.len() - t.len();
    let label: String = t.chars().take_while(|c| is_digit(*c) || *c == '.').collect();
    let label = label.trim_end_matches('.');
    let parts: Vec<&str> = label.split('.').collect();
    if parts.len() < 2 || parts.len() > 4 || parts.iter().any(|p| p.is_empty() || p.chars().count() > 3) {
        return None;
    }
    let rest = t.get(label.len()..)?;
    let rest = rest.strip_prefix(['.', ')', '।', ':']).unwrap_or(rest);
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let (parent, last) = label.rsplit_once('.')?;
    let ordinal = last.chars().filter_map(digit_value).fold(0, |n, d| n * 10 + d);
    let text_start = offset + (t.len() - rest.trim_start().len());
    Some(SubNumber { label: label.to_string(), parent: parent.to_string(), ordinal, text_start })
}

/// A list marker at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    /// The label as printed, without brackets or punctuation: `১`, `০১`, `ক`.
    pub label: String,
    pub kind: Kind,
    /// Position in its sequence (1 for `১` and `ক`).
    pub ordinal: u32,
    /// Byte offset where the item's text starts (after the marker and spaces).
    pub text_start: usize,
}

/// Consonants in the order lettered lists use them.
const LETTERS: &[char] = &[
    'ক', 'খ', 'গ', 'ঘ', 'ঙ', 'চ', 'ছ', 'জ', 'ঝ', 'ঞ', 'ট', 'ঠ', 'ড', 'ঢ', 'ণ', 'ত', 'থ', 'দ', 'ধ', 'ন', 'প',
    'ফ', 'ব', 'ভ', 'ম', 'য', 'র', 'ল', 'শ', 'ষ', 'স', 'হ',
];

/// Vowel letters in the order lettered lists use them.
const VOWELS: &[char] = &['অ', 'আ', 'ই', 'ঈ', 'উ', 'ঊ', 'ঋ', 'এ', 'ঐ', 'ও', 'ঔ'];

/// The value of a Roman numeral up to 39, written in one case (`iv`, `XII`).
fn roman_value(s: &str) -> Option<u32> {
    let lower = s.to_ascii_lowercase();
    if s.is_empty() || (s != lower && s != s.to_ascii_uppercase()) {
        return None;
    }
    let tens = lower.chars().take_while(|c| *c == 'x').count();
    let units = lower.get(tens..)?;
    const UNITS: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let unit = UNITS.iter().position(|u| *u == units)?;
    let value = tens as u32 * 10 + unit as u32;
    (tens <= 3 && value > 0).then_some(value)
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '০'..='৯' => Some(c as u32 - '০' as u32),
        _ => None,
    }
}

/// Reads a list marker at the start of `text`.
pub(crate) fn leading(text: &str) -> Option<Marker> {
    let t = text.trim_start();
    let offset = text.len() - t.len();
    let (open, body) = match t.strip_prefix('(') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let (label, kind, ordinal, after) = label_at(body)?;
    // What closes the marker: `)` after an opening `(`; else `।`, `)`, `.`, `:`, `-`
    // (optionally after one space, as in `১ ।`).
    let mut rest = after;
    let closer_ok = |c: char| matches!(c, '।' | ')' | '.' | ':' | 'ঃ' | '-' | '–');
    if open {
        rest = rest.strip_prefix(')')?;
    } else {
        let r = rest.strip_prefix(' ').filter(|r| r.starts_with('।')).unwrap_or(rest);
        let c = r.chars().next()?;
        if !closer_ok(c) {
            return None;
        }
        // `i.` and `ii)` are markers only with a bracket or a full stop (`vi-` is no
        // marker); a vowel letter only with a bracket: `এ. কে. এম.` is a name's initials.
        let closes = match kind {
            Kind::Roman => matches!(c, ')' | '.'),
            Kind::Vowel => c == ')',
            _ => true,
        };
        if !closes {
            return None;
        }
        // `ড.` is the honorific "Dr.", not the letter item ড.
        if kind == Kind::Letter && c == '.' && label == "ড" {
            return None;
        }
        rest = &r[c.len_utf8()..];
        // `১.১` is a number with decimals or a sub-item, not `১.` followed by text.
        if rest.chars().next().is_some_and(is_digit) {
            return None;
        }
    }
    // The text starts after spaces; a marker glued to a word (`১)জেলা`) is fine,
    // but `ক.` glued to a word is an abbreviation (`এ.কে.এম.`), not a marker.
    let spaced = rest.starts_with(char::is_whitespace) || rest.is_empty();
    if kind != Kind::Number && !open && !spaced {
        return None;
    }
    let rest_trimmed = rest.trim_start();
    let text_start = offset + (t.len() - rest_trimmed.len());
    Some(Marker { label, kind, ordinal, text_start })
}

/// A run of up to three digits, or one list letter, at the start of `s`.
fn label_at(s: &str) -> Option<(String, Kind, u32, &str)> {
    let digits: String = s.chars().take_while(|c| is_digit(*c)).collect();
    if !digits.is_empty() {
        if digits.chars().count() > 3 {
            return None;
        }
        let ordinal = digits.chars().filter_map(digit_value).fold(0, |n, d| n * 10 + d);
        return Some((digits.clone(), Kind::Number, ordinal, &s[digits.len()..]));
    }
    let roman: String = s.chars().take_while(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X')).collect();
    if let Some(value) = roman_value(&roman) {
        let after = &s[roman.len()..];
        if !after.chars().next().is_some_and(|c| c.is_ascii_alphanumeric()) {
            return Some((roman, Kind::Roman, value, after));
        }
    }
    let c = s.chars().next()?;
    let after = &s[c.len_utf8()..];
    // A letter followed by a vowel sign or another letter is a word (`কমিটি`).
    if after.chars().next().is_some_and(crate::text::is_word_char) {
        return None;
    }
    if let Some(pos) = LETTERS.iter().position(|l| *l == c) {
        return Some((c.to_string(), Kind::Letter, pos as u32 + 1, after));
    }
    let pos = VOWELS.iter().position(|l| *l == c)?;
    Some((c.to_string(), Kind::Vowel, pos as u32 + 1, after))
}

/// Splits `text` on in-text numbering that starts at its beginning and counts up
/// from 1 (`১। জেলা প্রশাসক ২। পুলিশ সুপার`). Without such numbering the whole
/// text is one item. Markers are only recognised after white space, so `ঢাকা-১২০৭।`
/// and `সিপি-৩` never split.
pub(crate) fn split_numbered(text: &str) -> Vec<(Option<String>, &str)> {
    match leading(text) {
        Some(first) if first.ordinal == 1 => split_from(text, &first),
        _ => vec![(None, text.trim())],
    }
}

/// Splits an item that starts with `first` where the next markers of its sequence
/// follow in the same text (`১। ক<br>২। খ<br>৩। গ` printed as one line).
pub(crate) fn split_from<'a>(text: &'a str, first: &Marker) -> Vec<(Option<String>, &'a str)> {
    let mut items: Vec<(Option<String>, usize, usize)> = Vec::new(); // (label, text start, marker start)
    items.push((Some(first.label.clone()), first.text_start, 0));
    let mut expected = first.ordinal + 1;
    let mut search = first.text_start;
    while let Some((marker_at, m)) = next_marker(text, search, first.kind, expected) {
        items.push((Some(m.label.clone()), marker_at + m.text_start, marker_at));
        search = marker_at + m.text_start;
        expected += 1;
    }
    let mut out = Vec::with_capacity(items.len());
    for k in 0..items.len() {
        let start = items[k].1;
        let end = items.get(k + 1).map_or(text.len(), |n| n.2);
        let piece = text.get(start..end).unwrap_or("").trim();
        out.push((items[k].0.clone(), piece));
    }
    out
}

/// The next marker of `kind` with `ordinal` after white space, at or after `from`.
fn next_marker(text: &str, from: usize, kind: Kind, ordinal: u32) -> Option<(usize, Marker)> {
    let mut prev_space = false;
    for (i, c) in text.get(from..)?.char_indices() {
        let at = from + i;
        if prev_space {
            if let Some(m) = text.get(at..).and_then(leading) {
                if m.kind == kind && m.ordinal == ordinal {
                    return Some((at, m));
                }
            }
        }
        prev_space = c.is_whitespace();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(t: &str) -> Option<(String, u32, String)> {
        leading(t).map(|m| (m.label, m.ordinal, t[m.text_start..].to_string()))
    }

    #[test]
    fn every_marker_style() {
        for (t, label, ord) in [
            ("১। জেলা প্রশাসক", "১", 1),
            ("১) জেলা প্রশাসক", "১", 1),
            ("১. জেলা প্রশাসক", "১", 1),
            ("(১) জেলা প্রশাসক", "১", 1),
            ("০১. জেলা প্রশাসক", "০১", 1),
            ("১২। জেলা প্রশাসক", "১২", 12),
            ("১ । জেলা প্রশাসক", "১", 1),
            ("১)জেলা প্রশাসক", "১", 1),
            ("ক) জেলা প্রশাসক", "ক", 1),
            ("(খ) জেলা প্রশাসক", "খ", 2),
            ("গ. জেলা প্রশাসক", "গ", 3),
            ("3. জেলা প্রশাসক", "3", 3),
        ] {
            assert_eq!(lab(t), Some((label.to_string(), ord, "জেলা প্রশাসক".to_string())), "{t}");
        }
    }

    #[test]
    fn roman_numerals_and_vowel_letters() {
        for (t, label, ord) in [
            ("(i) জেলা প্রশাসক", "i", 1),
            ("(iv) জেলা প্রশাসক", "iv", 4),
            ("ix. জেলা প্রশাসক", "ix", 9),
            ("(XII) জেলা প্রশাসক", "XII", 12),
            ("ii) জেলা প্রশাসক", "ii", 2),
            ("(অ) জেলা প্রশাসক", "অ", 1),
            ("আ) জেলা প্রশাসক", "আ", 2),
            ("(ই) জেলা প্রশাসক", "ই", 3),
        ] {
            assert_eq!(lab(t), Some((label.to_string(), ord, "জেলা প্রশাসক".to_string())), "{t}");
        }
        assert_eq!(leading("(i) ক").map(|m| m.kind), Some(Kind::Roman));
        assert_eq!(leading("(অ) ক").map(|m| m.kind), Some(Kind::Vowel));
        // Mixed case, no numeral, a word, a vowel without bracket or full stop.
        for t in [
            "(iI) ক",
            "(iiii) ক",
            "in the",
            "vi-ক",
            "iv.ক",
            "এ সভায়",
            "আ- ক",
            "এ. এন. এম. মঈনুল ইসলাম",
            "আ. ক",
            "ই-নথি",
            "(আম) ক",
        ] {
            assert_eq!(leading(t), None, "{t}");
        }
        let parts = split_numbered("i. জেলা প্রশাসক ii. পুলিশ সুপার");
        assert_eq!(parts, vec![(Some("i".to_string()), "জেলা প্রশাসক"), (Some("ii".to_string()), "পুলিশ সুপার")]);
    }

    #[test]
    fn not_markers() {
        for t in ["১.১ উপজেলা", "২০২৩ সালে", "কমিটি", "এ.কে.এম. ফজলুল", "ক.খ", "সভা", "১৫৩৮", "ড. দেওয়ান"]
        {
            assert_eq!(leading(t), None, "{t}");
        }
    }

    #[test]
    fn splits_cells_numbered_from_one() {
        let parts = split_numbered("১। জেলা প্রশাসক (সকল), রাজশাহী বিভাগ ২। বিভাগীয় ইনোভেশন টিমের সদস্য।");
        assert_eq!(
            parts,
            vec![
                (Some("১".to_string()), "জেলা প্রশাসক (সকল), রাজশাহী বিভাগ"),
                (Some("২".to_string()), "বিভাগীয় ইনোভেশন টিমের সদস্য।")
            ]
        );
    }

    #[test]
    fn sub_numbers_and_section_headings() {
        let sub =
            |t: &str| sub_number(t).map(|s| (s.label, s.parent, s.ordinal, t[s.text_start..].to_string()));
        assert_eq!(sub("২.১ ড্রেন পরিষ্কার"), Some(("২.১".into(), "২".into(), 1, "ড্রেন পরিষ্কার".into())));
        assert_eq!(sub("৩.০ সিদ্ধান্তসমূহ:"), Some(("৩.০".into(), "৩".into(), 0, "সিদ্ধান্তসমূহ:".into())));
        assert_eq!(sub("১.২.৩. কাজ"), Some(("১.২.৩".into(), "১.২".into(), 3, "কাজ".into())));
        assert_eq!(sub("২.১) কাজ").map(|s| s.1), Some("২".into()));
        for t in ["১. কাজ", "২০.৫০% অর্জিত", "১২.০৩.২০২৪ তারিখে", "২.১কাজ", "সভা"]
        {
            assert_eq!(sub_number(t), None, "{t}");
        }
    }

    #[test]
    fn a_line_of_items_joined_by_line_breaks_splits_from_its_own_number() {
        let text = "৩। পরিচালক (সকল), পর্ষদ ৪। প্রধান নিরীক্ষক ৫। অফিস নথি";
        let first = leading(text).unwrap();
        let labels: Vec<_> = split_from(text, &first).into_iter().map(|(l, p)| (l.unwrap(), p)).collect();
        assert_eq!(
            labels,
            [
                ("৩".to_string(), "পরিচালক (সকল), পর্ষদ"),
                ("৪".to_string(), "প্রধান নিরীক্ষক"),
                ("৫".to_string(), "অফিস নথি")
            ]
        );
    }

    #[test]
    fn never_splits_without_numbering_from_one() {
        assert_eq!(
            split_numbered("সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর।"),
            vec![(None, "সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর।")]
        );
        assert_eq!(split_numbered("২। পুলিশ সুপার ৩। জেলা প্রশাসক"), vec![(None, "২। পুলিশ সুপার ৩। জেলা প্রশাসক")]);
        let one = split_numbered("১। সচিব, আগারগাঁও, ঢাকা-১২০৭। সিপি-৩ শাখা");
        assert_eq!(one.len(), 1);
    }
}
