//! The words of one line of a text export: markdown and HTML markup removed.

use std::borrow::Cow;

use sabha_tables::fold_whitespace;

use crate::entities::{decode_entities, rewrite_at};

/// A line's words and what its markup said about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Words {
    pub text: String,
    pub heading: u8,
    pub bold: bool,
}

/// Removes `#` heading marks, a whole-line `**…**`, other `**`, HTML tags, one list
/// marker (`- `, `* `, `+ `, `• `), a trailing `\` (a pandoc hard line break);
/// decodes character references; folds white space.
pub(crate) fn line_words(line: &str) -> Words {
    let text = strip_tags(line);
    let text = decode_entities(&text);
    let text = fold_whitespace(&text);
    let (heading, text) = heading(strip_hard_break(&text));
    let text = strip_list_marker(text);
    let (bold, text) = whole_line_bold(text);
    // The steps above only trim a folded text, so it is still folded unless `**`
    // comes out of its middle.
    let text = if text.contains("**") { fold_whitespace(&text.replace("**", "")) } else { text.to_string() };
    Words { text, heading, bold }
}

/// `সভাপতি: …\`: pandoc markdown ends a line with a backslash to break it there;
/// the mark is not text. An escaped backslash (`\\`) is text.
fn strip_hard_break(text: &str) -> &str {
    match text.strip_suffix('\\') {
        Some(rest) if !rest.ends_with('\\') => rest.trim_end(),
        _ => text,
    }
}

fn heading(text: &str) -> (u8, &str) {
    let level = text.bytes().take_while(|&b| b == b'#').count();
    let rest = text.get(level..).unwrap_or_default();
    if (1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' ')) {
        let rest = rest.trim();
        // A closing sequence of #s (`## Title ##`) is markup too.
        let rest = rest.trim_end_matches('#').trim_end();
        (level as u8, rest)
    } else {
        (0, text)
    }
}

fn strip_list_marker(text: &str) -> &str {
    for marker in ["- ", "* ", "+ ", "• "] {
        if let Some(rest) = text.strip_prefix(marker) {
            return rest.trim_start();
        }
    }
    text
}

fn whole_line_bold(text: &str) -> (bool, &str) {
    let inner = text.strip_prefix("**").and_then(|t| t.strip_suffix("**"));
    match inner {
        Some(inner) if !inner.trim().is_empty() && !inner.contains("**") => (true, inner.trim()),
        _ => (false, text),
    }
}

/// Removes HTML tags (`<p>`, `</td>`, `<br/>`, `<span style="…">`); a `<` that does
/// not open a tag stays.
pub(crate) fn strip_tags(line: &str) -> Cow<'_, str> {
    rewrite_at(line, '<', |tail| tag_len(tail).map(|len| (Cow::Borrowed(" "), len)))
}

/// Longer runs between `<` and `>` are not taken for tags.
const MAX_TAG: usize = 1024;

/// The byte length of a tag at the start of `text`, if one starts there.
fn tag_len(text: &str) -> Option<usize> {
    let body = text.get(1..)?;
    let name = body.strip_prefix('/').unwrap_or(body);
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) && !body.starts_with('!') {
        return None;
    }
    // Tags are short; looking further would make a line full of `<` quadratic.
    let mut end = body.len().min(MAX_TAG);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let window = body.get(..end)?;
    window.find('>').filter(|&e| !window.get(..e).unwrap_or_default().contains('<')).map(|e| e + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str, heading: u8, bold: bool) -> Words {
        Words { text: text.into(), heading, bold }
    }

    #[test]
    fn a_pandoc_hard_line_break_is_markup() {
        assert_eq!(line_words("সভার সময়: বিকাল ৩.০০ ঘটিকা\\"), w("সভার সময়: বিকাল ৩.০০ ঘটিকা", 0, false));
        assert_eq!(line_words("১। জেলা প্রশাসক, ঝিনাইদহ। \\ "), w("১। জেলা প্রশাসক, ঝিনাইদহ।", 0, false));
        assert_eq!(line_words("C:\\\\"), w("C:\\\\", 0, false));
    }

    #[test]
    fn headings_bold_and_lists() {
        assert_eq!(
            line_words("### বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী"),
            w("বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী", 3, false)
        );
        assert_eq!(line_words("**সংযোজনী ৫: অগ্রগতি**"), w("সংযোজনী ৫: অগ্রগতি", 0, true));
        assert_eq!(line_words("**সিদ্ধান্ত:** এ কার্যালয়ের"), w("সিদ্ধান্ত: এ কার্যালয়ের", 0, false));
        assert_eq!(line_words("- ১) মন্ত্রিপরিষদ সচিব"), w("১) মন্ত্রিপরিষদ সচিব", 0, false));
        assert_eq!(line_words("## **শিরোনাম** ##"), w("শিরোনাম", 2, true));
        assert_eq!(line_words("#হ্যাশট্যাগ"), w("#হ্যাশট্যাগ", 0, false));
        assert_eq!(line_words("-৯৯.৮৭%"), w("-৯৯.৮৭%", 0, false));
    }

    #[test]
    fn tags_entities_and_white_space() {
        assert_eq!(line_words("<p>৮. ওয়েবপোর্টাল   হালনাগাদ</p>").text, "৮. ওয়েবপোর্টাল হালনাগাদ");
        assert_eq!(line_words("ক<br/>খ &amp; গ").text, "ক খ & গ");
        assert_eq!(line_words("a < b and c>d").text, "a < b and c>d");
        assert_eq!(line_words("  \t ").text, "");
    }
}
