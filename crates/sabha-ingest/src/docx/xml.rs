//! Small helpers over quick-xml for WordprocessingML.

use quick_xml::Reader;
use quick_xml::events::BytesStart;

/// A forgiving reader: Word files from many producers have unmatched end tags.
pub(crate) fn reader(xml: &str) -> Reader<&[u8]> {
    let mut reader = Reader::from_str(xml);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    config.allow_dangling_amp = true;
    reader
}

/// The local name of an element (`w:p` -> `p`).
pub(crate) fn local(e: &BytesStart<'_>) -> String {
    e.local_name().as_ref().to_string()
}

/// The value of the attribute with local name `name` (`w:val` -> `val`).
pub(crate) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find(|a| a.key.local_name().as_ref() == name).map(|a| {
        let raw: &str = a.value.as_ref();
        quick_xml::escape::unescape(raw).map_or_else(|_| raw.to_string(), |v| v.into_owned())
    })
}

/// An on/off property (`<w:b/>`, `<w:b w:val="0"/>`).
pub(crate) fn toggle(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off" | "none"))
}

/// A small number attribute.
pub(crate) fn number(e: &BytesStart<'_>, name: &str) -> Option<u32> {
    attr(e, name)?.trim().parse().ok()
}

/// The text of a character or entity reference inside text (`&amp;`, `&#2453;`).
pub(crate) fn reference(name: &str) -> Option<String> {
    if let Some(number) = name.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(value).map(String::from);
    }
    quick_xml::escape::resolve_predefined_entity(name).map(String::from)
}
