//! Tesseract's hOCR output -> [`OcrPage`]s.
//!
//! hOCR (XHTML) is read rather than Tesseract's TSV because it also gives each
//! line's baseline and type size, measured by Tesseract over the whole line,
//! which the layout needs to give OCR words type boxes like a text layer's
//! (`boxes::type_boxes`), and the ruling lines it found
//! (`ocr_separator`). The elements read:
//!
//! ```text
//! <div class='ocr_page' title='…; bbox 0 0 2481 3508; ppageno 0'>
//!   <div class='ocr_separator' title='bbox 276 926 2159 930'/>
//!   <span class='ocr_line' title='bbox 302 336 915 388; baseline 0.002 -6; x_size 60.4; x_descenders 12.4'>
//!     <span class='ocrx_word' title='bbox 302 336 545 388; x_wconf 92'>গণপ্রজাতন্ত্রী</span>
//! ```
//! (`ocr_header`, `ocr_caption` and `ocr_textfloat` are lines too.) Everything
//! else is ignored.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::model::{Baseline, OcrLine, OcrPage, OcrWord};
use crate::PagedError;
use crate::poppler::resolve_entity;
use crate::words::BBox;

/// The element a start tag opens, as far as the reader cares.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Element {
    Page,
    Line,
    Word,
    Other,
}

/// Parses hOCR. Elements with unreadable titles are skipped (their words are
/// kept, without a box they cannot be placed, so they are dropped); markup that
/// is not XML is an error.
pub fn parse_hocr(hocr: &str) -> Result<Vec<OcrPage>, PagedError> {
    let mut reader = Reader::from_str(hocr);
    reader.config_mut().check_end_names = false;
    let mut pages: Vec<OcrPage> = Vec::new();
    let mut open: Vec<Element> = Vec::new();
    let mut word: Option<(Option<BBox>, f32, String)> = None;
    loop {
        let event = reader.read_event().map_err(|e| PagedError::BadToolOutput {
            tool: "tesseract".into(),
            detail: format!("hOCR at byte {}: {e}", reader.buffer_position()),
        })?;
        match event {
            Event::Start(e) => {
                let element = start_element(&e, &mut pages);
                if element == Element::Word {
                    let title = title_of(&e);
                    word = Some((bbox_of(&title), confidence_of(&title), String::new()));
                }
                open.push(element);
            }
            Event::Empty(e) => {
                start_element(&e, &mut pages);
            }
            Event::Text(t) => {
                if let Some((_, _, text)) = word.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::CData(t) => {
                if let Some((_, _, text)) = word.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, _, text)) = word.as_mut() {
                    text.push_str(&resolve_entity(&r));
                }
            }
            Event::End(_) => {
                let closed = open.pop();
                let finished = if closed == Some(Element::Word) { word.take() } else { None };
                push_word(&mut pages, finished);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    for page in &mut pages {
        page.lines.retain(|l| !l.words.is_empty());
    }
    Ok(pages)
}

/// Handles a start (or empty) tag: a page or a line begins, a separator is
/// recorded. Returns what the element is.
fn start_element(e: &BytesStart<'_>, pages: &mut Vec<OcrPage>) -> Element {
    let class = attribute(e, "class").unwrap_or_default();
    match class.as_str() {
        "ocr_page" => {
            let title = title_of(e);
            let (width, height) = bbox_of(&title).map_or((0.0, 0.0), |b| (b.x1, b.y1));
            let number = title_numbers(&title, "ppageno")
                .first()
                .and_then(|&n| (n >= 0.0 && n < f32::from(u16::MAX)).then_some(n as u32 + 1))
                .unwrap_or_else(|| u32::try_from(pages.len() + 1).unwrap_or(u32::MAX));
            pages.push(OcrPage { number, width, height, ..OcrPage::default() });
            Element::Page
        }
        "ocr_separator" => {
            if let (Some(page), Some(rule)) = (pages.last_mut(), bbox_of(&title_of(e))) {
                page.rules.push(rule);
            }
            Element::Other
        }
        "ocr_line" | "ocr_header" | "ocr_caption" | "ocr_textfloat" => {
            let baseline = baseline_of(&title_of(e));
            current_page(pages).lines.push(OcrLine { words: Vec::new(), baseline });
            Element::Line
        }
        "ocrx_word" => Element::Word,
        _ => Element::Other,
    }
}

/// The last page, started if a line or word came before any page.
fn current_page(pages: &mut Vec<OcrPage>) -> &mut OcrPage {
    if pages.is_empty() {
        pages.push(OcrPage { number: 1, ..OcrPage::default() });
    }
    let last = pages.len() - 1;
    &mut pages[last]
}

/// Adds a finished word (its box, confidence and text) to the current line; a
/// word without a box or text is dropped.
fn push_word(pages: &mut Vec<OcrPage>, finished: Option<(Option<BBox>, f32, String)>) {
    let Some((Some(bbox), confidence, text)) = finished else { return };
    let word = OcrWord { text: text.trim().to_string(), bbox, confidence };
    if word.text.is_empty() {
        return;
    }
    let page = current_page(pages);
    if page.lines.is_empty() {
        page.lines.push(OcrLine::default());
    }
    if let Some(line) = page.lines.last_mut() {
        line.words.push(word);
    }
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    // Class names and titles hold no entities worth resolving.
    let attr = e.attributes().flatten().find(|a| a.key.local_name().as_ref() == name)?;
    Some(attr.value.into_owned())
}

fn title_of(e: &BytesStart<'_>) -> String {
    attribute(e, "title").unwrap_or_default()
}

/// The numbers after `key` in an hOCR title (`bbox 1 2 3 4; x_wconf 92`).
fn title_numbers(title: &str, key: &str) -> Vec<f32> {
    title
        .split(';')
        .map(str::trim)
        .find_map(|part| {
            let mut words = part.split_whitespace();
            (words.next() == Some(key)).then(|| words.filter_map(|w| w.parse::<f32>().ok()).collect())
        })
        .unwrap_or_default()
}

fn bbox_of(title: &str) -> Option<BBox> {
    match title_numbers(title, "bbox").as_slice() {
        [x0, y0, x1, y1] => BBox::from_corners(*x0, *y0, *x1, *y1),
        _ => None,
    }
}

fn confidence_of(title: &str) -> f32 {
    title_numbers(title, "x_wconf")
        .first()
        .copied()
        .filter(|c| c.is_finite())
        .unwrap_or(0.0)
        .clamp(0.0, 100.0)
}

/// A line's baseline: hOCR gives the slope and the offset from the bottom-left
/// corner of the line's box.
fn baseline_of(title: &str) -> Option<Baseline> {
    let bbox = bbox_of(title)?;
    let (slope, offset) = match title_numbers(title, "baseline").as_slice() {
        [slope, offset] => (*slope, *offset),
        _ => return None,
    };
    let size = title_numbers(title, "x_size").first().copied()?;
    let descenders = title_numbers(title, "x_descenders").first().copied().unwrap_or(0.0);
    let values = [slope, offset, size, descenders];
    (values.iter().all(|v| v.is_finite()) && size > 0.0 && slope.abs() < 1.0).then_some(Baseline {
        x0: bbox.x0,
        y_at_x0: bbox.y1 + offset,
        slope,
        size,
        descenders: descenders.clamp(0.0, size),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <body>
  <div class='ocr_page' id='page_1' title='image "s000-1.pgm"; bbox 0 0 2481 3509; ppageno 0; scan_res 300 300'>
   <div class='ocr_carea' id='block_1_1' title="bbox 300 336 915 810">
    <p class='ocr_par' id='par_1_1' lang='ben' title="bbox 300 336 915 592">
     <span class='ocr_line' id='line_1_1' title="bbox 302 336 915 388; baseline 0.002 -6; x_size 60.4; x_descenders 12.4; x_ascenders 13">
      <span class='ocrx_word' id='word_1_1' title='bbox 302 336 545 388; x_wconf 92'>গণপ্রজাতন্ত্রী</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 556 348 754 384; x_wconf 95'><strong>A&amp;B</strong></span>
      <span class='ocrx_word' id='word_1_3' title='bbox 760 348 770 384; x_wconf 95'> </span>
     </span>
     <span class='ocr_header' id='line_1_2' title="bbox 300 543 477 592; baseline x; x_size 61">
      <span class='ocrx_word' id='word_1_4' title='bbox 300 543 477 592; x_wconf 96'>রাজশাহী</span>
      <span class='ocrx_word' id='word_1_5' title='no box; x_wconf 96'>lost</span>
     </span>
    </p>
   </div>
   <div class='ocr_separator' id='block_1_3' title="bbox 276 926 2159 930"></div>
  </div>
  <div class='ocr_page' id='page_2' title='bbox 0 0 1000 800; ppageno 1'>
   <span class='ocr_line' title="bbox 10 10 100 40; baseline 0 -5; x_size 30; x_descenders 6">
    <span class='ocrx_word' title='bbox 10 10 50 40; x_wconf 130'>x</span>
   </span>
  </div>
 </body>
</html>"#;

    #[test]
    fn pages_lines_words_baselines_and_rules() {
        let pages = parse_hocr(SAMPLE).unwrap();
        assert_eq!(pages.len(), 2);
        let first = &pages[0];
        assert_eq!((first.number, first.width, first.height), (1, 2481.0, 3509.0));
        let lines: Vec<Vec<&str>> =
            first.lines.iter().map(|l| l.words.iter().map(|w| w.text.as_str()).collect()).collect();
        assert_eq!(lines, [vec!["গণপ্রজাতন্ত্রী", "A&B"], vec!["রাজশাহী"]]);
        let w = &first.lines[0].words[1];
        assert_eq!(w.bbox, BBox { x0: 556.0, y0: 348.0, x1: 754.0, y1: 384.0 });
        assert_eq!(w.confidence, 95.0);
        let b = first.lines[0].baseline.unwrap();
        assert_eq!((b.x0, b.y_at_x0, b.size, b.descenders), (302.0, 382.0, 60.4, 12.4));
        assert!((b.y_at(802.0) - 383.0).abs() < 1e-3);
        assert_eq!(first.lines[1].baseline, None, "an unreadable baseline is no baseline");
        assert_eq!(first.rules, [BBox { x0: 276.0, y0: 926.0, x1: 2159.0, y1: 930.0 }]);
        assert_eq!(pages[1].number, 2);
        assert_eq!(pages[1].lines[0].words[0].confidence, 100.0, "clamped");
    }

    #[test]
    fn empty_output_has_no_pages() {
        assert!(parse_hocr("").unwrap().is_empty());
        assert!(parse_hocr("<html><body></body></html>").unwrap().is_empty());
    }

    #[test]
    fn broken_markup_is_an_error_not_a_panic() {
        let err = parse_hocr("<div class='ocr_page'><span class='ocrx_word' title='bbox 1 1 2 2'>x</sp")
            .unwrap_err();
        assert_eq!(err.kind(), "tool_output_unreadable");
    }

    #[test]
    fn a_word_before_any_page_or_line_starts_them() {
        let pages = parse_hocr("<span class='ocrx_word' title='bbox 0 0 5 5; x_wconf 90'>ক</span>").unwrap();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].lines[0].words[0].text, "ক");
    }

    #[test]
    fn title_numbers_are_read_by_key() {
        let title = "bbox 1 2 3 4; baseline 0.01 -3; x_size 20";
        assert_eq!(title_numbers(title, "baseline"), [0.01, -3.0]);
        assert_eq!(title_numbers(title, "x_wconf"), Vec::<f32>::new());
        assert_eq!(confidence_of("x_wconf NaN"), 0.0);
    }
}
