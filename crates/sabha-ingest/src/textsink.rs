//! Gathers the text of a paragraph or a table cell from the pieces a structured
//! reader (HTML, DOCX) finds: runs of text with their font, and line breaks.
//!
//! Runs in a Bijoy font (SutonnyMJ, …) are converted to Unicode here, where the font
//! is still known; adjacent Bijoy runs are converted together because Word splits
//! runs anywhere, even between a pre-base vowel sign and its consonant.

use crate::bijoy::bijoy_to_unicode;

/// Whether a font family is a Bijoy (ASCII-encoded) Bengali font: the SutonnyMJ
/// family and its siblings end in `MJ`. `…OMJ` fonts (SutonnyOMJ) are the Unicode
/// OpenType versions.
pub(crate) fn is_bijoy_font(family: &str) -> bool {
    let first = family.split(',').next().unwrap_or_default();
    let mut name: String =
        first.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    for style in ["regular", "bold", "italic", "light", "normal"] {
        if let Some(stripped) = name.strip_suffix(style) {
            name = stripped.to_string();
        }
    }
    name.ends_with("mj") && !name.ends_with("omj")
}

#[derive(Debug, Default)]
struct Segment {
    text: String,
    bijoy: bool,
}

/// The lines of one paragraph or cell.
#[derive(Debug, Default)]
pub(crate) struct TextSink {
    lines: Vec<String>,
    current: Vec<Segment>,
    /// Non-space characters seen, and how many of them were bold.
    chars: usize,
    bold_chars: usize,
    /// Runs converted from a Bijoy font.
    pub bijoy_runs: usize,
}

impl TextSink {
    pub fn push(&mut self, text: &str, bijoy: bool, bold: bool) {
        if text.is_empty() {
            return;
        }
        let visible = text.chars().filter(|c| !c.is_whitespace()).count();
        self.chars += visible;
        if bold {
            self.bold_chars += visible;
        }
        match self.current.last_mut() {
            Some(last) if last.bijoy == bijoy => last.text.push_str(text),
            _ => self.current.push(Segment { text: text.to_string(), bijoy }),
        }
    }

    pub fn line_break(&mut self) {
        let line = self.take_current();
        self.lines.push(line);
    }

    /// Ends the current line unless it is empty (a block boundary inside a cell).
    pub fn soft_break(&mut self) {
        if self.current.iter().any(|s| !s.text.trim().is_empty()) {
            self.line_break();
        } else {
            self.current.clear();
        }
    }

    fn take_current(&mut self) -> String {
        let mut line = String::new();
        for segment in self.current.drain(..) {
            if segment.bijoy && segment.text.chars().any(|c| !c.is_whitespace()) {
                self.bijoy_runs += 1;
                line.push_str(&bijoy_to_unicode(&segment.text));
            } else {
                line.push_str(&segment.text);
            }
        }
        line
    }

    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// Every visible character was bold.
    pub fn all_bold(&self) -> bool {
        self.chars > 0 && self.bold_chars == self.chars
    }

    /// The lines, trimmed, without leading and trailing empty ones. Leaves the sink
    /// empty.
    pub fn take_lines(&mut self) -> Vec<String> {
        let last = self.take_current();
        self.lines.push(last);
        let mut lines: Vec<String> = self.lines.drain(..).map(|l| l.trim().to_string()).collect();
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        let first = lines.iter().position(|l| !l.is_empty()).unwrap_or(lines.len());
        lines.drain(..first);
        self.chars = 0;
        self.bold_chars = 0;
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bijoy_font_names() {
        for name in ["SutonnyMJ", "'SutonnyMJ', serif", "Sutonny MJ Bold", "NikoshMJ", "SulekhaMJ"] {
            assert!(is_bijoy_font(name), "{name}");
        }
        for name in ["SutonnyOMJ", "Nikosh", "Kalpurush", "Times New Roman", "Noto Sans Bengali", ""] {
            assert!(!is_bijoy_font(name), "{name}");
        }
    }

    #[test]
    fn runs_split_inside_a_cluster_are_converted_together() {
        let mut sink = TextSink::default();
        sink.push("‡", true, false);
        sink.push("Kvb", true, false);
        sink.push(" Word", false, false);
        sink.line_break();
        sink.push("mfv", true, true);
        assert_eq!(sink.take_lines(), vec!["কোন Word".to_string(), "সভা".to_string()]);
        assert_eq!(sink.bijoy_runs, 2);
    }

    #[test]
    fn bold_and_blank_lines() {
        let mut sink = TextSink::default();
        sink.line_break();
        sink.push("  ক  ", false, true);
        sink.line_break();
        assert!(sink.all_bold());
        assert_eq!(sink.take_lines(), vec!["ক".to_string()]);
        assert!(sink.is_empty());
    }
}
