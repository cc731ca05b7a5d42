//! Plain text and markdown-ish exports: the document's own lines, one for one.
//!
//! The text keeps every line where it was (so spans point at the original lines):
//! line endings become `\n` and each line is cleaned ([`Normalizer`]); nothing else is
//! rewritten. Blocks: tables found by `sabha_tables::find_tables` over those lines,
//! and the other non-blank lines grouped into paragraphs (consecutive lines), each
//! line's words stripped of markup ([`crate::markup::line_words`]).

use sabha_doc::{Block, Line, Paragraph, Table};

use crate::markup::line_words;
use crate::normalize::Normalizer;

pub(crate) struct TextDocument {
    pub text: String,
    pub blocks: Vec<Block>,
    pub markdown: bool,
}

/// Splits text into lines at `\n`, `\r\n`, a lone `\r`, U+2028 and U+2029. A final
/// line break does not start another line.
pub(crate) fn split_lines(text: &str) -> (Vec<&str>, bool) {
    let ends_with_break = text.ends_with(['\n', '\r', '\u{2028}', '\u{2029}']);
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some((at, len)) = next_break(rest) {
        lines.push(rest.get(..at).unwrap_or_default());
        rest = rest.get(at + len..).unwrap_or_default();
    }
    if !rest.is_empty() {
        lines.push(rest);
    }
    (lines, ends_with_break)
}

/// The byte offset and length of the first line break in `text`. Scans bytes, not
/// characters: U+2028 and U+2029 are the only breaks of more than one byte
/// (`E2 80 A8`, `E2 80 A9`).
fn next_break(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    loop {
        let at = from + memchr::memchr3(b'\n', b'\r', 0xE2, bytes.get(from..)?)?;
        let tail = bytes.get(at..).unwrap_or_default();
        if tail.starts_with(b"\r\n") {
            return Some((at, 2));
        }
        if tail.starts_with("\u{2028}".as_bytes()) || tail.starts_with("\u{2029}".as_bytes()) {
            return Some((at, 3));
        }
        if !tail.starts_with(&[0xE2]) {
            return Some((at, 1));
        }
        from = at + 1;
    }
}

/// Reads decoded text.
pub(crate) fn read_text(
    decoded: &str,
    normalizer_for: impl FnOnce(&[&str]) -> Normalizer,
) -> (TextDocument, Normalizer) {
    let (raw_lines, ends_with_break) = split_lines(decoded);
    let mut normalizer = normalizer_for(&raw_lines);
    // The clean lines go straight into the text, one `\n` after each but the last;
    // `bounds` says where each one is.
    let mut text = String::with_capacity(decoded.len() + 1);
    let mut bounds = Vec::with_capacity(raw_lines.len());
    for (i, raw) in raw_lines.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(&normalizer.line(raw, u32::try_from(i + 1).ok()));
        bounds.push(start..text.len());
    }
    if ends_with_break && !raw_lines.is_empty() {
        text.push('\n');
    }
    let lines: Vec<&str> = bounds.into_iter().map(|range| text.get(range).unwrap_or_default()).collect();
    let markdown = looks_like_markdown(&lines);
    let blocks = blocks_of_lines(&lines);
    (TextDocument { text, blocks, markdown }, normalizer)
}

/// Tables over the lines, and the rest as paragraphs, in line order.
pub(crate) fn blocks_of_lines(lines: &[&str]) -> Vec<Block> {
    let tables = usable_tables(sabha_tables::find_tables(lines, 1), lines.len());
    let mut blocks: Vec<Block> = Vec::new();
    let mut tables = tables.into_iter().peekable();
    let mut current: Vec<Line> = Vec::new();
    for (number, line) in (1u32..).zip(lines) {
        if let Some(table) = tables.next_if(|t| t.span.start_line == number) {
            push_paragraph(&mut blocks, &mut current);
            blocks.push(Block::Table(table));
        }
        let in_table =
            blocks.last().is_some_and(|b| matches!(b, Block::Table(t) if t.span.end_line >= number));
        if in_table {
            continue;
        }
        let words = line_words(line);
        if words.text.is_empty() {
            push_paragraph(&mut blocks, &mut current);
            continue;
        }
        current.push(Line { number, text: words.text, heading: words.heading, bold: words.bold });
    }
    push_paragraph(&mut blocks, &mut current);
    blocks
}

/// Tables in line order, inside the text and not overlapping one another.
fn usable_tables(mut tables: Vec<Table>, line_count: usize) -> Vec<Table> {
    let last_line = u32::try_from(line_count).unwrap_or(u32::MAX);
    tables.retain(|t| {
        t.span.start_line >= 1 && t.span.start_line <= t.span.end_line && t.span.end_line <= last_line
    });
    tables.sort_by_key(|t| t.span.start_line);
    let mut kept: Vec<Table> = Vec::with_capacity(tables.len());
    for table in tables {
        if kept.last().is_none_or(|k| k.span.end_line < table.span.start_line) {
            kept.push(table);
        }
    }
    kept
}

fn push_paragraph(blocks: &mut Vec<Block>, lines: &mut Vec<Line>) {
    if !lines.is_empty() {
        blocks.push(Block::Paragraph(Paragraph { lines: std::mem::take(lines) }));
    }
}

/// Markdown evidence: an ATX heading, a whole-line `**…**`, or a pipe table.
pub(crate) fn looks_like_markdown(lines: &[&str]) -> bool {
    let mut pipe_rows = 0;
    for line in lines {
        let t = line.trim();
        let heading = t.len() > 2 && t.starts_with('#') && {
            let level = t.bytes().take_while(|&b| b == b'#').count();
            level <= 6 && t.as_bytes().get(level) == Some(&b' ')
        };
        let bold = t.len() > 4 && t.starts_with("**") && t.ends_with("**");
        let separator =
            t.starts_with('|') && t.contains("---") && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
        if heading || bold || separator {
            return true;
        }
        if t.len() > 1 && t.starts_with('|') && t.ends_with('|') {
            pipe_rows += 1;
        }
    }
    pipe_rows >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> TextDocument {
        read_text(text, |lines| Normalizer::for_lines(lines.iter().copied())).0
    }

    #[test]
    fn line_endings() {
        assert_eq!(split_lines("a\r\nb\rc\nd"), (vec!["a", "b", "c", "d"], false));
        assert_eq!(split_lines("a\n\nb\n"), (vec!["a", "", "b"], true));
        assert_eq!(split_lines("a\u{2028}b"), (vec!["a", "b"], false));
        assert_eq!(split_lines("—a\u{2029}\u{2026}\r"), (vec!["—a", "\u{2026}"], true));
        assert_eq!(split_lines(""), (vec![], false));
    }

    proptest::proptest! {
        /// The byte scan finds the same breaks as a search for the break characters.
        #[test]
        fn splitting_agrees_with_a_character_search(
            indices in proptest::collection::vec(0..8usize, 0..32)
        ) {
            const ALPHABET: [&str; 8] = ["a", "\n", "\r", "\u{2028}", "\u{2029}", "—", "…", "ক"];
            let text: String = indices.iter().filter_map(|&i| ALPHABET.get(i).copied()).collect();
            let mut expected = Vec::new();
            let mut rest = text.as_str();
            while let Some(at) = rest.find(['\n', '\r', '\u{2028}', '\u{2029}']) {
                expected.push(&rest[..at]);
                let tail = &rest[at..];
                let len = if tail.starts_with("\r\n") { 2 } else { tail.chars().next().map_or(1, char::len_utf8) };
                rest = &tail[len..];
            }
            if !rest.is_empty() {
                expected.push(rest);
            }
            proptest::prop_assert_eq!(split_lines(&text).0, expected);
        }
    }

    #[test]
    fn lines_are_kept_one_for_one() {
        let doc = read("\r\n\r\nশিরোনাম  \r\nসভাপতি\tক\r\n\r\n- ১) খ\r\n");
        assert_eq!(doc.text, "\n\nশিরোনাম  \nসভাপতি\tক\n\n- ১) খ\n");
    }

    #[test]
    fn paragraphs_are_runs_of_non_blank_lines() {
        let doc = read("### শিরোনাম\n\nক\n**খ**\n \n<p></p>\n- গ\n");
        let lines: Vec<Vec<(u32, String, u8, bool)>> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => {
                    p.lines.iter().map(|l| (l.number, l.text.clone(), l.heading, l.bold)).collect()
                }
                Block::Table(_) => vec![],
            })
            .collect();
        assert_eq!(
            lines,
            vec![
                vec![(1, "শিরোনাম".to_string(), 3, false)],
                vec![(3, "ক".to_string(), 0, false), (4, "খ".to_string(), 0, true)],
                vec![(7, "গ".to_string(), 0, false)],
            ]
        );
        assert!(doc.markdown);
    }

    #[test]
    fn markdown_evidence() {
        let lines = |s: &'static str| s.lines().collect::<Vec<_>>();
        assert!(looks_like_markdown(&lines("| a | b |\n|---|---|")));
        assert!(looks_like_markdown(&lines("### x")));
        assert!(!looks_like_markdown(&lines("সভাপতি\t:\tক\n#হ্যাশ\n০২। সভায়")));
    }
}
