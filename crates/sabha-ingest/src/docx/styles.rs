//! `word/styles.xml`: which paragraph styles are headings, which are bold, which
//! font each style (and the document default) uses, and which styles number their
//! paragraphs (`List Number`: the list numbering lives in the style, not in the
//! paragraph).

use std::collections::HashMap;

use quick_xml::events::Event;

use super::xml::{attr, local, reader, toggle};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Style {
    heading: Option<u8>,
    bold: Option<bool>,
    font: Option<String>,
    based_on: Option<String>,
    /// The list (`numId`) and level a style's `w:numPr` numbers its paragraphs with.
    num_id: Option<String>,
    num_level: Option<usize>,
}

/// The styles of a document.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    styles: HashMap<String, Style>,
    default_font: Option<String>,
    default_paragraph: Option<String>,
}

/// `basedOn` chains longer than this are cut (and loops broken).
const MAX_CHAIN: usize = 16;

impl Styles {
    /// Reads `styles.xml`; what cannot be read is left out.
    pub fn parse(xml: &str) -> Styles {
        let mut styles = Styles::default();
        let mut reader = reader(xml);
        let mut current: Option<(String, Style)> = None;
        let (mut in_rpr, mut in_ppr, mut in_defaults) = (false, false, false);
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) => {
                    match e.local_name().as_ref() {
                        "style" => {
                            if let Some((id, style)) = current.take() {
                                styles.styles.insert(id, style);
                            }
                        }
                        "rPr" => in_rpr = false,
                        "pPr" => in_ppr = false,
                        "rPrDefault" => in_defaults = false,
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            match local(&e).as_str() {
                "style" if !empty => {
                    let id = attr(&e, "styleId").unwrap_or_default();
                    let is_paragraph = attr(&e, "type").is_none_or(|t| t == "paragraph");
                    if is_paragraph && attr(&e, "default").is_some_and(|d| d == "1" || d == "true") {
                        styles.default_paragraph = Some(id.clone());
                    }
                    current = Some((id, Style::default()));
                }
                "rPrDefault" if !empty => in_defaults = true,
                "rPr" if !empty => in_rpr = true,
                "pPr" if !empty => in_ppr = current.is_some(),
                "numId" if in_ppr => {
                    if let Some((_, style)) = current.as_mut() {
                        style.num_id = attr(&e, "val");
                    }
                }
                "ilvl" if in_ppr => {
                    if let Some((_, style)) = current.as_mut() {
                        style.num_level = attr(&e, "val").and_then(|v| v.parse().ok());
                    }
                }
                "name" => {
                    if let (Some((_, style)), Some(name)) = (current.as_mut(), attr(&e, "val")) {
                        style.heading = style.heading.or(heading_of_name(&name));
                    }
                }
                "basedOn" => {
                    if let Some((_, style)) = current.as_mut() {
                        style.based_on = attr(&e, "val");
                    }
                }
                "outlineLvl" => {
                    if let (Some((_, style)), Some(level)) = (current.as_mut(), attr(&e, "val")) {
                        style.heading =
                            level.parse::<u8>().ok().filter(|l| *l < 6).map(|l| l + 1).or(style.heading);
                    }
                }
                "b" | "bCs" if in_rpr => {
                    if let Some((_, style)) = current.as_mut() {
                        style.bold = Some(style.bold.unwrap_or(false) || toggle(&e));
                    }
                }
                "rFonts" if in_rpr => {
                    let font = attr(&e, "ascii").or_else(|| attr(&e, "hAnsi"));
                    if let Some((_, style)) = current.as_mut() {
                        style.font = font.or(style.font.take());
                    } else if in_defaults {
                        styles.default_font = font;
                    }
                }
                _ => {}
            }
        }
        styles
    }

    /// The styles from `id` (else the default paragraph style) up its `basedOn` chain.
    fn chain<'a>(&'a self, id: Option<&str>) -> impl Iterator<Item = &'a Style> + use<'a> {
        let first = match id {
            Some(id) => self.styles.get(id),
            None => self.default_paragraph.as_deref().and_then(|d| self.styles.get(d)),
        };
        std::iter::successors(first, move |style| style.based_on.as_deref().and_then(|b| self.styles.get(b)))
            .take(MAX_CHAIN)
    }

    /// The heading level a paragraph style gives (0 for body text).
    pub fn heading(&self, id: Option<&str>) -> u8 {
        self.chain(id).find_map(|s| s.heading).unwrap_or(0)
    }

    /// Whether a style makes its text bold.
    pub fn bold(&self, id: Option<&str>) -> Option<bool> {
        id?;
        self.chain(id).find_map(|s| s.bold)
    }

    /// The list and level a paragraph style numbers its paragraphs with (`List
    /// Number`), from the style or the styles it is based on.
    pub fn numbering(&self, id: Option<&str>) -> Option<(&str, usize)> {
        id?;
        let style = self.chain(id).find(|s| s.num_id.is_some())?;
        Some((style.num_id.as_deref()?, style.num_level.unwrap_or(0)))
    }

    /// The font a style sets, else the document default.
    pub fn font(&self, id: Option<&str>) -> Option<&str> {
        self.chain(id).find_map(|s| s.font.as_deref()).or(self.default_font.as_deref())
    }

    /// The font a character style sets, without the document default.
    pub fn own_font(&self, id: &str) -> Option<&str> {
        self.chain(Some(id)).find_map(|s| s.font.as_deref())
    }
}

/// `heading 1` … `heading 6`, `Title`.
fn heading_of_name(name: &str) -> Option<u8> {
    let name = name.to_ascii_lowercase();
    if name == "title" {
        return Some(1);
    }
    let level = name.strip_prefix("heading")?.trim().parse::<u8>().ok()?;
    (1..=6).contains(&level).then_some(level)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:styles xmlns:w="w">
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="SutonnyMJ" w:hAnsi="SutonnyMJ"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>
        <w:rPr><w:b/><w:rFonts w:ascii="Nikosh"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/><w:basedOn w:val="Heading3"/>
        <w:rPr><w:b w:val="0"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="x"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>
      <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>
        <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="ListNumber2"><w:basedOn w:val="ListNumber"/>
        <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Plain"><w:basedOn w:val="Normal"/></w:style>
    </w:styles>"#;

    #[test]
    fn headings_bold_and_fonts_follow_based_on() {
        let s = Styles::parse(XML);
        assert_eq!(s.heading(Some("Heading3")), 3);
        assert_eq!(s.heading(Some("Mine")), 3);
        assert_eq!(s.heading(Some("Outline")), 2);
        assert_eq!(s.heading(None), 0);
        assert_eq!(s.bold(Some("Heading3")), Some(true));
        assert_eq!(s.bold(Some("Mine")), Some(false));
        assert_eq!(s.bold(None), None);
        assert_eq!(s.font(Some("Mine")), Some("Nikosh"));
        assert_eq!(s.font(Some("Normal")), Some("SutonnyMJ"));
        assert_eq!(s.font(None), Some("SutonnyMJ"));
        assert_eq!(s.heading(Some("Loop")), 0);
        assert_eq!(s.heading(Some("Missing")), 0);
    }

    #[test]
    fn list_styles_number_their_paragraphs() {
        let s = Styles::parse(XML);
        assert_eq!(s.numbering(Some("ListNumber")), Some(("3", 0)));
        assert_eq!(s.numbering(Some("ListNumber2")), Some(("3", 1)));
        assert_eq!(s.numbering(Some("Plain")), None);
        assert_eq!(s.numbering(None), None);
    }

    #[test]
    fn broken_xml_keeps_what_was_read() {
        let s =
            Styles::parse("<w:styles><w:style w:styleId=\"H\"><w:name w:val=\"heading 2\"/></w:style><w:sty");
        assert_eq!(s.heading(Some("H")), 2);
    }
}
