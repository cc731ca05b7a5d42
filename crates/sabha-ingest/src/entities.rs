//! HTML character references: `&#2453;`, `&#x995;` and the named entities that
//! documents actually use. An unknown name is left as written.

use std::borrow::Cow;

/// Replaces character references in `text`.
pub(crate) fn decode_entities(text: &str) -> Cow<'_, str> {
    rewrite_at(text, '&', |tail| reference(tail).map(|(decoded, len)| (Cow::Owned(decoded), len)))
}

/// Rewrites `text` at each `marker`: `parse` gets the text from the marker on and
/// returns the replacement and how many bytes it replaces, or `None` to keep the
/// marker as it is.
pub(crate) fn rewrite_at<'t>(
    text: &'t str,
    marker: char,
    parse: impl Fn(&str) -> Option<(Cow<'static, str>, usize)>,
) -> Cow<'t, str> {
    if !text.contains(marker) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(marker) {
        out.push_str(rest.get(..at).unwrap_or_default());
        let tail = rest.get(at..).unwrap_or_default();
        let (replacement, len) = parse(tail).unwrap_or((Cow::Owned(marker.to_string()), marker.len_utf8()));
        out.push_str(&replacement);
        rest = tail.get(len.max(1)..).unwrap_or_default();
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The reference at the start of `text` (which starts with `&`): its text and length.
fn reference(text: &str) -> Option<(String, usize)> {
    let body = text.get(1..)?;
    let end = body.find(';').filter(|&e| e <= 32)?;
    let name = body.get(..end)?;
    let decoded = match name.strip_prefix('#') {
        Some(number) => numeric(number)?.to_string(),
        None => named(name)?.to_string(),
    };
    Some((decoded, end + 2))
}

fn numeric(number: &str) -> Option<char> {
    let value = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    // Windows-1252 code points written as numbers (`&#150;`), as old Word HTML does.
    let value = match value {
        0x80..=0x9F => {
            let byte = [value as u8];
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(&byte)
                .0
                .chars()
                .next()
                .map_or(value, u32::from)
        }
        v => v,
    };
    char::from_u32(value).filter(|&c| c != '\0')
}

fn named(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => "\u{A0}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "thinsp" => "\u{2009}",
        "shy" => "\u{AD}",
        "zwj" => "\u{200D}",
        "zwnj" => "\u{200C}",
        "lrm" => "\u{200E}",
        "rlm" => "\u{200F}",
        "ndash" => "–",
        "mdash" => "—",
        "hellip" => "…",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "bull" => "•",
        "middot" => "·",
        "deg" => "°",
        "plusmn" => "±",
        "times" => "×",
        "divide" => "÷",
        "minus" => "−",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "sup2" => "²",
        "sup3" => "³",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "sect" => "§",
        "para" => "¶",
        "laquo" => "«",
        "raquo" => "»",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "dagger" => "†",
        "Dagger" => "‡",
        "permil" => "‰",
        "prime" => "′",
        "Prime" => "″",
        "larr" => "←",
        "rarr" => "→",
        "check" | "checkmark" => "✓",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(decode_entities("a &amp; b &lt;c&gt;"), "a & b <c>");
        assert_eq!(decode_entities("&#2453;&#x9BE;"), "কা");
        assert_eq!(decode_entities("&#150;&nbsp;"), "–\u{A0}");
        assert_eq!(decode_entities("AT&T; &unknown; & &#0; &"), "AT&T; &unknown; & &#0; &");
    }
}
