//! The PDF text layer through poppler's `pdftotext -bbox-layout`.
//!
//! poppler reads `/ActualText` spans and ToUnicode maps correctly for Bengali
//! (pre-base vowel signs, split vowels and conjuncts come out in logical order),
//! which the pure-Rust `pdf-extract` 0.12 does not (issue 3 measured it losing most
//! Bengali words and panicking on mutated files), so it is not used at all.
//! `pdftotext` runs in a child process with a time limit, which also keeps a crash
//! inside poppler away from sabha.

use std::path::Path;
use std::time::Duration;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use tempfile::NamedTempFile;

use crate::PagedError;
use crate::process::{ToolLimits, ToolOutput, run_tool};
use crate::words::{BBox, PageSelection, PageSource, PageWords, Word, WordBreaks};

/// `pdftotext` output above this size is refused (a pathological page).
const MAX_OUTPUT: usize = 512 * 1024 * 1024;

/// A PDF held in a temporary file for poppler, checked to look like a whole PDF.
pub struct PdfFile {
    file: NamedTempFile,
}

impl PdfFile {
    /// Checks the bytes look like a complete PDF and writes them to a temporary file.
    pub fn new(bytes: &[u8]) -> Result<PdfFile, PagedError> {
        check_pdf_envelope(bytes)?;
        let mut file = tempfile::Builder::new().prefix("sabha-").suffix(".pdf").tempfile()?;
        std::io::Write::write_all(&mut file, bytes)?;
        std::io::Write::flush(&mut file)?;
        Ok(PdfFile { file })
    }

    pub fn path(&self) -> &Path {
        self.file.path()
    }
}

/// The cheap checks done before any tool runs: not empty, a `%PDF-` header in the
/// first kilobyte (the format allows junk before it), and an `%%EOF` marker near the
/// end (its absence means the file was cut off).
pub fn check_pdf_envelope(bytes: &[u8]) -> Result<(), PagedError> {
    if bytes.is_empty() {
        return Err(PagedError::Empty);
    }
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or(bytes);
    if find(head, b"%PDF-").is_none() {
        return Err(PagedError::NotPdf);
    }
    let tail = bytes.get(bytes.len().saturating_sub(4096)..).unwrap_or(bytes);
    if find(tail, b"%%EOF").is_none() {
        return Err(PagedError::Truncated);
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The text layer of one PDF, read by `pdftotext`.
pub struct PopplerText<'a> {
    pdf: &'a PdfFile,
    pdftotext: &'a Path,
    timeout: Duration,
}

/// The words of the pages poppler read, and what it complained about on the way.
pub struct PopplerPages {
    pub pages: Vec<PageWords>,
    /// poppler's first complaint when it had to repair the file but could read it.
    pub repaired: Option<String>,
}

impl<'a> PopplerText<'a> {
    pub fn new(pdf: &'a PdfFile, pdftotext: &'a Path, timeout: Duration) -> PopplerText<'a> {
        PopplerText { pdf, pdftotext, timeout }
    }

    /// Reads the selected pages, keeping poppler's repair notice.
    pub fn read(&self, which: PageSelection<'_>) -> Result<PopplerPages, PagedError> {
        let mut args: Vec<std::ffi::OsString> = vec!["-bbox-layout".into(), "-enc".into(), "UTF-8".into()];
        let wanted = match which {
            PageSelection::All => None,
            PageSelection::Only(numbers) => {
                let (Some(first), Some(last)) = (numbers.iter().min(), numbers.iter().max()) else {
                    return Ok(PopplerPages { pages: Vec::new(), repaired: None });
                };
                args.extend(["-f".into(), first.to_string().into(), "-l".into(), last.to_string().into()]);
                Some((numbers, *first))
            }
        };
        args.push(self.pdf.path().as_os_str().to_owned());
        args.push("-".into());

        let limits = ToolLimits { timeout: self.timeout, max_stdout: MAX_OUTPUT };
        let output = run_tool(self.pdftotext, &args, limits)?;
        check_exit(&output)?;
        let xhtml = String::from_utf8_lossy(&output.stdout);
        let mut pages = parse_bbox_xhtml(&xhtml)?;
        if let Some((numbers, first)) = wanted {
            for page in &mut pages {
                page.number += first - 1;
            }
            pages.retain(|p| numbers.contains(&p.number));
        }
        Ok(PopplerPages { pages, repaired: repair_notice(&output.stderr) })
    }
}

impl PageSource for PopplerText<'_> {
    fn name(&self) -> &'static str {
        "poppler"
    }

    fn pages(&self, which: PageSelection<'_>) -> Result<Vec<PageWords>, PagedError> {
        Ok(self.read(which)?.pages)
    }
}

/// Maps pdftotext's exit status (0 ok, 1 cannot open, 3 permissions) and stderr to
/// a typed error.
fn check_exit(output: &ToolOutput) -> Result<(), PagedError> {
    if output.status.success() {
        return Ok(());
    }
    let detail = first_lines(&output.stderr, 3);
    let lower = output.stderr.to_ascii_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        return Err(PagedError::Encrypted { detail });
    }
    match output.status.code() {
        Some(3) => Err(PagedError::Encrypted { detail }),
        Some(_) => Err(PagedError::Corrupt { detail }),
        None => Err(PagedError::Corrupt { detail: format!("pdftotext crashed on it ({})", output.status) }),
    }
}

fn first_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(n).collect();
    if lines.is_empty() { "pdftotext could not read it".to_string() } else { lines.join("; ") }
}

/// poppler prints `Syntax Error`/`Syntax Warning` lines when it repairs a damaged
/// file it can still read.
fn repair_notice(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("Syntax Error") || l.starts_with("Internal Error"))
        .map(str::to_string)
}

/// Parses `pdftotext -bbox-layout` XHTML: `<page width height>` elements holding
/// `<word xMin yMin xMax yMax>text</word>` (inside flow/block/line elements, which
/// are ignored: the layout step groups words itself). Pages are numbered from 1 in
/// the order they appear.
pub fn parse_bbox_xhtml(xhtml: &str) -> Result<Vec<PageWords>, PagedError> {
    let mut reader = Reader::from_str(xhtml);
    reader.config_mut().check_end_names = false;
    let mut pages: Vec<PageWords> = Vec::new();
    let mut word: Option<(Option<BBox>, String)> = None;
    loop {
        let event = reader.read_event().map_err(|e| PagedError::BadToolOutput {
            tool: "pdftotext".into(),
            detail: format!("at byte {}: {e}", reader.buffer_position()),
        })?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "page" => {
                let number = u32::try_from(pages.len() + 1).unwrap_or(u32::MAX);
                pages.push(PageWords {
                    number,
                    width: attr_f32(&e, "width").unwrap_or(0.0),
                    height: attr_f32(&e, "height").unwrap_or(0.0),
                    words: Vec::new(),
                    word_breaks: WordBreaks::Geometric,
                });
            }
            Event::Start(e) if e.local_name().as_ref() == "word" => {
                word = Some((word_bbox(&e), String::new()));
            }
            Event::Text(t) => {
                if let Some((_, text)) = word.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::CData(t) => {
                if let Some((_, text)) = word.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, text)) = word.as_mut() {
                    text.push_str(&resolve_entity(&r));
                }
            }
            Event::End(e) if e.local_name().as_ref() == "word" => {
                if let (Some((Some(bbox), text)), Some(page)) = (word.take(), pages.last_mut()) {
                    if !text.trim().is_empty() {
                        page.words.push(Word::new(text, bbox));
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(pages)
}

fn word_bbox(e: &BytesStart<'_>) -> Option<BBox> {
    BBox::from_corners(attr_f32(e, "xMin")?, attr_f32(e, "yMin")?, attr_f32(e, "xMax")?, attr_f32(e, "yMax")?)
}

fn attr_f32(e: &BytesStart<'_>, name: &str) -> Option<f32> {
    let attr = e.attributes().flatten().find(|a| a.key.local_name().as_ref() == name)?;
    attr.value.trim().parse().ok()
}

/// The text of an entity reference (`amp`, `#x9CD`, …); an unknown one is kept as
/// written so no text is lost.
fn resolve_entity(name: &str) -> String {
    match name {
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "quot" => "\"".into(),
        "apos" => "'".into(),
        _ => {
            let code = name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()));
            match code.and_then(char::from_u32) {
                Some(c) => c.to_string(),
                None => format!("&{name};"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">
<head><title></title></head>
<body>
<doc>
  <page width="595.303937" height="841.889764">
    <flow><block xMin="72.1" yMin="80.6" xMax="219.2" yMax="96.2"><line xMin="72.1" yMin="80.6" xMax="219.2" yMax="96.2">
      <word xMin="72.100000" yMin="80.600764" xMax="130.552000" yMax="96.200764">গণপ্রজাতন্ত্রী</word>
      <word xMin="133.744000" yMin="80.600764" xMax="180.824000" yMax="96.200764">A&amp;B &lt;x&gt; &#x9CD;</word>
      <word xMin="bad" yMin="80.6" xMax="190" yMax="96.2">lost</word>
    </line></block></flow>
  </page>
  <page width="595.3" height="841.8">
  </page>
</doc>
</body>
</html>"#;

    #[test]
    fn parses_pages_and_words_with_entities() {
        let pages = parse_bbox_xhtml(SAMPLE).unwrap();
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].number, 1);
        assert_eq!(pages[1].number, 2);
        assert!((pages[0].width - 595.3).abs() < 0.01);
        let texts: Vec<&str> = pages[0].words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["গণপ্রজাতন্ত্রী", "A&B <x> \u{9CD}"]);
        assert!((pages[0].words[0].bbox.x1 - 130.552).abs() < 0.001);
        assert!(pages[1].words.is_empty());
    }

    #[test]
    fn broken_markup_is_an_error_not_a_panic() {
        let err = parse_bbox_xhtml("<doc><page><word xMin=\"1\" yMin=\"1\" xMax=\"2\" yMax=\"2\">x</wo")
            .unwrap_err();
        assert_eq!(err.kind(), "tool_output_unreadable");
    }

    #[test]
    fn envelope_checks() {
        assert_eq!(check_pdf_envelope(b"").unwrap_err().kind(), "empty_input");
        assert_eq!(check_pdf_envelope(b"hello world").unwrap_err().kind(), "not_pdf");
        assert_eq!(check_pdf_envelope(b"%PDF-1.4\n1 0 obj").unwrap_err().kind(), "pdf_truncated");
        assert!(check_pdf_envelope(b"junk%PDF-1.4\n...\n%%EOF\n").is_ok());
    }

    #[test]
    fn unknown_entities_are_kept_as_written() {
        assert_eq!(resolve_entity("nbsp"), "&nbsp;");
        assert_eq!(resolve_entity("#2437"), "\u{985}");
        assert_eq!(resolve_entity("#xD800"), "&#xD800;");
    }
}
