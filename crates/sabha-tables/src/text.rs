//! Cell text: markup removed, entities decoded, white space folded; and the small
//! word-shape tests (numbers, serials, sentences) the table rules are built on.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// The words of a cell as the record gives them: HTML tags removed (a block tag
/// such as `<p>` or `<br>` becomes a space, an inline tag such as `<b>` nothing),
/// markdown `**` removed, HTML entities decoded, white space folded to single
/// spaces and trimmed.
///
/// ```
/// use sabha_tables::clean_cell_text;
/// assert_eq!(clean_cell_text("<p>৮. ওয়েবপোর্টাল</p><p>হালনাগাদ</p>"), "৮. ওয়েবপোর্টাল হালনাগাদ");
/// assert_eq!(clean_cell_text(" **ক্রম** "), "ক্রম");
/// assert_eq!(clean_cell_text("A&amp;B&nbsp;&lt;C&gt;"), "A&B <C>");
/// ```
pub fn clean_cell_text(raw: &str) -> String {
    let without_tags = if raw.contains('<') { Cow::Owned(strip_tags(raw)) } else { Cow::Borrowed(raw) };
    let without_bold =
        if without_tags.contains("**") { Cow::Owned(without_tags.replace("**", "")) } else { without_tags };
    let (decoded, changed) = decode_entities(&without_bold);
    let folded = fold_whitespace(&decoded);
    if changed { folded.nfc().collect() } else { folded }
}

/// Every run of white space folded to one space; trimmed: the form of cell texts
/// and of `sabha_doc::Line::text`.
///
/// ```
/// assert_eq!(sabha_tables::fold_whitespace("  ক \t খ\u{00A0}গ\n "), "ক খ গ");
/// ```
pub fn fold_whitespace(text: &str) -> String {
    // Where U+0020 is the only white space (no control byte, no lead byte of
    // U+0085, U+00A0, U+1680, U+2000…U+205F or U+3000), words split at spaces
    // (a memchr), and a text without a double, leading or trailing space is
    // folded already.
    if !any_byte(text.as_bytes(), |b| (b < 0x20) | (b == 0xC2) | (b.wrapping_sub(0xE1) < 3)) {
        if !text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  ") {
            return text.to_string();
        }
        return join_words(text.split(' ').filter(|word| !word.is_empty()), text.len());
    }
    join_words(text.split_whitespace(), text.len())
}

fn join_words<'a>(words: impl Iterator<Item = &'a str>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    for word in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether any byte of `bytes` passes `test`. Each chunk is looked at whole (no
/// early exit inside it) so that the loop vectorizes: about ten times faster than
/// `Iterator::any` on a line of Bengali. `test` should be branch-free (`&`, `|`).
pub(crate) fn any_byte(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    bytes.chunks(32).any(|chunk| chunk.iter().fold(false, |found, &b| found | test(b)))
}

/// Tags whose boundary separates words (a new paragraph, line, cell or item).
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "dl",
    "pre",
];

/// Removes HTML tags and comments. Only `<` followed by an ASCII letter, `/` or `!`
/// opens a tag, so `a < b` and `<১>` stay text.
fn strip_tags(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        match tag_len(after) {
            Some((len, name)) => {
                if BLOCK_TAGS.contains(&name.as_str()) {
                    out.push(' ');
                }
                rest = &after[len..];
            }
            None => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// If `text` starts with a tag or comment, its byte length and lower-case name.
pub(crate) fn tag_len(text: &str) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'<') {
        return None;
    }
    if let Some(comment) = text.strip_prefix("<!--") {
        let end = comment.find("-->")?;
        return Some((4 + end + 3, String::from("!--")));
    }
    let name_start = match bytes.get(1) {
        Some(b'/') => 2,
        Some(b'!') => 2,
        Some(c) if c.is_ascii_alphabetic() => 1,
        _ => return None,
    };
    let name: String = text[name_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if name.is_empty() {
        return None;
    }
    let close = text.find('>')?;
    // A '<' before the '>' means this was not a tag but text such as "a <b <c>".
    if text[1..close].contains('<') {
        return None;
    }
    Some((close + 1, name))
}

/// Decodes `&name;`, `&#NNN;` and `&#xHH;`. Unknown or malformed references stay
/// as written. The flag says whether anything was decoded.
fn decode_entities(text: &str) -> (Cow<'_, str>, bool) {
    if !text.contains('&') {
        return (Cow::Borrowed(text), false);
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        match decode_one(after) {
            Some((len, decoded)) => {
                out.push(decoded);
                changed = true;
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    (Cow::Owned(out), changed)
}

/// Decodes the character reference at the start of `text` (which starts with `&`).
fn decode_one(text: &str) -> Option<(usize, char)> {
    // References are short; do not look far for the ';'.
    let semi = text.char_indices().take(12).find(|&(_, c)| c == ';')?.0;
    let body = &text[1..semi];
    let decoded = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        if code == 0 {
            return None;
        }
        char::from_u32(code)?
    } else {
        named_entity(body)?
    };
    Some((semi + 1, decoded))
}

fn named_entity(name: &str) -> Option<char> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "times" => '×',
        "divide" => '÷',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        "shy" => '\u{ad}',
        _ => return None,
    };
    Some(c)
}

/// The value of an ASCII or Bengali digit.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '০'..='৯' => Some(c as u32 - '০' as u32),
        _ => None,
    }
}

/// A whole number written in ASCII or Bengali digits, optionally in brackets:
/// `৩`, `(৩)`, `[12]`. Too many digits to be a column number gives `None`.
pub(crate) fn number_value(text: &str) -> Option<u32> {
    let inner = strip_brackets(text.trim());
    if inner.is_empty() || inner.chars().count() > 4 {
        return None;
    }
    inner.chars().try_fold(0u32, |acc, c| Some(acc * 10 + digit_value(c)?))
}

fn strip_brackets(text: &str) -> &str {
    for (open, close) in [('(', ')'), ('[', ']'), ('{', '}')] {
        if let Some(inner) = text.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            return inner.trim();
        }
    }
    text
}

/// Punctuation that may follow a serial number or list label.
const LABEL_END: &[char] = &['.', ')', '।', ':', 'ঃ', '-'];

/// A serial number or list label standing alone: `১`, `১.`, `১০)`, `(৩)`, `[১.১.১]`,
/// `০১।`, `ক)`, `খ.`, `a)`.
pub(crate) fn is_serial_like(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > 14 {
        return false;
    }
    let unbracketed = strip_brackets(t);
    let core = unbracketed.trim_end_matches(LABEL_END).trim();
    if core.is_empty() {
        return false;
    }
    if is_dotted_number(core) {
        return true;
    }
    // A single letter is a label only with punctuation: `ক)`, `(খ)`, `a.`.
    let punctuated = core.len() != t.len();
    let mut chars = core.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => punctuated && is_label_letter(c),
        _ => false,
    }
}

/// `১`, `১.২`, `১.২.৩`: groups of at most three digits joined by `.` (a group of
/// four is a year, so `১২.০৫.২০২২` is a date, not a serial).
fn is_dotted_number(text: &str) -> bool {
    !text.is_empty()
        && text.split('.').all(|part| {
            let n = part.chars().count();
            (1..=3).contains(&n) && part.chars().all(|c| digit_value(c).is_some())
        })
}

/// A Bengali consonant or vowel letter, or an ASCII letter, used as a list label.
fn is_label_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{0985}'..='\u{09B9}').contains(&c)
}

/// A list marker as distribution lists print it: a serial label or a bullet.
pub(crate) fn is_list_marker(text: &str) -> bool {
    let t = text.trim();
    is_serial_like(t) || matches!(t, "-" | "•" | "*" | "–" | "◦" | "▪" | "○" | "●")
}

/// The serial at the start of a cell whose serial and first words ran together:
/// `৮. ওয়েবপোর্টাল হালনাগাদ` gives (`৮`, `ওয়েবপোর্টাল হালনাগাদ`), `[১.১.১] সেবা`
/// gives (`১.১.১`, `সেবা`). The serial needs its punctuation (`.`, `)`, `।`) or
/// brackets so that a cell starting with a year or a count (`২০২৩ সালের`,
/// `৫ টি`) is not split.
pub(crate) fn split_leading_serial(text: &str) -> Option<(String, String)> {
    let (head, rest) = text.trim_start().split_once(' ')?;
    let rest = rest.trim();
    if rest.is_empty() {
        return None;
    }
    let bracketed = [('[', ']'), ('(', ')')]
        .iter()
        .find_map(|&(open, close)| head.strip_prefix(open).and_then(|h| h.strip_suffix(close)));
    let core = match bracketed {
        Some(inner) => inner,
        None => {
            let core = head.trim_end_matches(['.', ')', '।']);
            if core.len() == head.len() {
                return None;
            }
            core.trim_start_matches('(')
        }
    };
    is_dotted_number(core).then(|| (core.to_string(), rest.to_string()))
}

/// A cell that reads as running text rather than a label: it ends a sentence or
/// is long.
pub(crate) fn is_sentence_like(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('।') || t.ends_with('?') || t.ends_with('!') || has_more_words(t, 10)
}

/// A cell short enough to be a header or a label: at most `max_words` words and
/// 60 characters.
pub(crate) fn is_short(text: &str, max_words: usize) -> bool {
    !has_more_words(text, max_words) && text.chars().nth(60).is_none()
}

/// More than `n` words; reads no further than it must (cells run to pages).
fn has_more_words(text: &str, n: usize) -> bool {
    text.split_whitespace().nth(n).is_some()
}

/// A cell that holds a quantity rather than words: a number, a percentage, a
/// date such as `১৬/০৩/২০২২`, an amount.
pub(crate) fn is_numeric_like(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return false;
    }
    let mut digits = 0usize;
    let mut others = 0usize;
    for c in t.chars() {
        if digit_value(c).is_some() {
            digits += 1;
        } else if !matches!(c, '.' | ',' | '/' | '-' | '%' | ' ' | ':' | '(' | ')' | '৳' | '+') {
            others += 1;
        }
    }
    digits > 0 && others <= 2 && digits >= others
}

/// A rule cell: only dashes, equals signs, underscores and the like (`-----`,
/// `:---:`, `===`). A single `-` is not a rule; tables print it for "none".
pub(crate) fn is_rule_text(text: &str) -> bool {
    let t = text.trim();
    let rule_chars = t.chars().filter(|c| matches!(c, '-' | '=' | '_' | '—' | '–' | '~' | '━' | '─')).count();
    rule_chars >= 2
        && t.chars().all(|c| matches!(c, '-' | '=' | '_' | '—' | '–' | '~' | '━' | '─' | ':' | '+' | ' '))
}

/// The title of a section row inside a table: a letter or Roman label and a few
/// words that end no sentence — `(ক) বিনিয়োগ প্রকল্প`, `খ. মানবসম্পদ উন্নয়ন খাত`,
/// `II. Development`. Such a row names the rows below it; it holds no data.
pub(crate) fn is_section_title(text: &str) -> bool {
    let t = text.trim();
    let Some((label, rest)) = t.split_once(' ') else { return false };
    let rest = rest.trim();
    let words = rest.split_whitespace().count();
    is_section_label(label)
        && (1..=8).contains(&words)
        && !is_sentence_like(rest)
        && !rest.ends_with(['.', ','])
}

/// `(ক)`, `ক)`, `ক.`, `(iv)`, `IV.`: a letter or Roman section label with its
/// punctuation.
fn is_section_label(label: &str) -> bool {
    let core = match label.strip_prefix('(') {
        Some(inner) => match inner.strip_suffix(')') {
            Some(core) => core,
            None => return false,
        },
        None => match label.strip_suffix([')', '.', '।', ':', 'ঃ']) {
            Some(core) => core,
            None => return false,
        },
    };
    let mut chars = core.chars();
    let single_letter = match (chars.next(), chars.next()) {
        // `ড.` is the honorific "Dr.", not the section ড.
        (Some(c), None) => ('\u{0995}'..='\u{09B9}').contains(&c) && label != "ড.",
        _ => false,
    };
    let roman = !core.is_empty()
        && core.chars().count() <= 4
        && (core.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            || core.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    single_letter || roman
}

/// The label of a total row: `মোট`, `সর্বমোট =`, `মোটঃ`, `Total`, `Grand Total`.
/// Every word must be a total word, so a topic that starts with `মোট` is none.
pub fn is_total_label(text: &str) -> bool {
    let mut words = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '=' | ':' | 'ঃ' | '-' | '(' | ')' | '*')))
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(|w| TOTAL_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Words that make up the label of a total row.
const TOTAL_WORDS: &[&str] =
    &["মোট", "সর্বমোট", "উপমোট", "উপ-মোট", "সর্বসাকুল্যে", "total", "grand", "subtotal", "sub-total"];

/// A line that is empty or only white space (including form feeds).
pub(crate) fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// A line a page break leaves between two halves of a table: a page number
/// (`২`, `- ২ -`, `পৃষ্ঠা ২`, `Page 2 of 5`, `২/৫`).
pub fn is_page_furniture(line: &str) -> bool {
    let t = line.trim().trim_matches(|c: char| c == '-' || c == '–' || c == '—').trim();
    if t.is_empty() || t.len() > 60 {
        return false;
    }
    let lower = t.to_lowercase();
    let rest = ["পৃষ্ঠা", "পৃষ্ঠাঃ", "পৃঃ", "পাতা", "page", "pg."]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim_start_matches([':', '-', ' ', '#']);
    let mut groups = 0;
    for part in rest.split(|c: char| c == '/' || c.is_whitespace()).filter(|p| !p.is_empty()) {
        if part.chars().all(|c| digit_value(c).is_some()) && part.chars().count() <= 4 {
            groups += 1;
        } else if !matches!(part, "of" | "এর") {
            return false;
        }
    }
    (1..=2).contains(&groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The fast paths give what splitting at every kind of white space gives.
        #[test]
        fn folding_agrees_with_split_whitespace(indices in proptest::collection::vec(0..12usize, 0..24)) {
            const ALPHABET: [&str; 12] =
                [" ", "  ", "\t", "\n", "\u{00A0}", "\u{2003}", "\u{3000}", "—", "a", "ক", "\u{0085}", "\u{001F}"];
            let text: String = indices.iter().filter_map(|&i| ALPHABET.get(i).copied()).collect();
            let expected = text.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(fold_whitespace(&text), expected);
        }
    }

    #[test]
    fn block_tags_become_spaces_inline_tags_vanish() {
        assert_eq!(clean_cell_text("<p>ক</p><p>খ</p>"), "ক খ");
        assert_eq!(clean_cell_text("ক<br/>খ"), "ক খ");
        assert_eq!(clean_cell_text("<b>ক</b>খ"), "কখ");
        assert_eq!(clean_cell_text("<td colspan=\"2\">ক</td>"), "ক");
        assert_eq!(clean_cell_text("ক<!-- note -->খ"), "কখ");
    }

    #[test]
    fn text_that_only_looks_like_a_tag_stays() {
        assert_eq!(clean_cell_text("a < b"), "a < b");
        assert_eq!(clean_cell_text("<১>"), "<১>");
        assert_eq!(clean_cell_text("x <5% y"), "x <5% y");
        assert_eq!(clean_cell_text("<p unterminated"), "<p unterminated");
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(clean_cell_text("&amp;lt;"), "&lt;");
        assert_eq!(clean_cell_text("&#2453;&#x9be;"), "কা");
        assert_eq!(clean_cell_text("&bogus; &#0; &#xZZ; &"), "&bogus; &#0; &#xZZ; &");
        assert_eq!(clean_cell_text("ক&nbsp;&nbsp;খ"), "ক খ");
    }

    #[test]
    fn bold_marks_and_white_space_go() {
        assert_eq!(clean_cell_text("  **ক্রম**\t নং \n"), "ক্রম নং");
    }

    #[test]
    fn serial_shapes() {
        for s in ["১", "১.", "১০)", "(৩)", "[১.১.১]", "০১।", "ক)", "(খ)", "a.", "12"]
        {
            assert!(is_serial_like(s), "{s}");
        }
        for s in ["ক", "ক্রম", "২৮-০৮-২২ তারিখ", "", ".", "আলোচনা", "১ম", "২০২৩", "১২.০৫.২০২২"]
        {
            assert!(!is_serial_like(s), "{s}");
        }
    }

    #[test]
    fn leading_serial_needs_its_punctuation() {
        assert_eq!(split_leading_serial("৮. ওয়েবপোর্টাল হালনাগাদ"), Some(("৮".into(), "ওয়েবপোর্টাল হালনাগাদ".into())));
        assert_eq!(split_leading_serial("১০) কমিটি"), Some(("১০".into(), "কমিটি".into())));
        assert_eq!(split_leading_serial("২০২৩ সালের"), None);
        assert_eq!(split_leading_serial("৮."), None);
        assert_eq!(split_leading_serial("ক. বিষয়"), None);
        assert_eq!(split_leading_serial("[১.১.১] সেবা সহজিকরণ"), Some(("১.১.১".into(), "সেবা সহজিকরণ".into())));
        assert_eq!(split_leading_serial("(২) সভা"), Some(("২".into(), "সভা".into())));
        assert_eq!(split_leading_serial("[ক] সভা"), None);
    }

    #[test]
    fn number_values() {
        assert_eq!(number_value("৩"), Some(3));
        assert_eq!(number_value("(১০)"), Some(10));
        assert_eq!(number_value("12"), Some(12));
        assert_eq!(number_value("১."), None);
        assert_eq!(number_value("১২৩৪৫"), None);
    }

    #[test]
    fn rules_and_furniture() {
        assert!(is_rule_text("-------"));
        assert!(is_rule_text(":---:"));
        assert!(!is_rule_text("-"));
        assert!(!is_rule_text("২০-২১"));
        assert!(is_page_furniture("- ২ -"));
        assert!(is_page_furniture("পৃষ্ঠা ২"));
        assert!(is_page_furniture("Page 2 of 5"));
        assert!(is_page_furniture("২/৫"));
        assert!(!is_page_furniture("২ টি সভা"));
        assert!(!is_page_furniture(""));
        assert!(is_page_furniture("পৃষ্ঠা ২ এর ৩"));
        assert!(is_page_furniture("\u{c}Page 2 of 4"));
    }

    #[test]
    fn section_titles_and_total_labels() {
        for t in [
            "(ক) বিনিয়োগ প্রকল্প",
            "খ. মানবসম্পদ উন্নয়ন খাত",
            "(গ) ২০২৩-২৪ অর্থবছরের প্রকল্প",
            "II. Development projects",
        ] {
            assert!(is_section_title(t), "{t}");
        }
        for t in ["(খ) তালিকা প্রেরণ করতে হবে।", "ক খ গ", "১. প্রকল্প", "(কমিটি) গঠন", "ড. মোঃ করিম"]
        {
            assert!(!is_section_title(t), "{t}");
        }
        for t in ["মোট =", "সর্বমোট", "মোটঃ", "Total", "Grand Total:"] {
            assert!(is_total_label(t), "{t}");
        }
        for t in ["মোটামুটি ভালো", "মোট বরাদ্দের বিপরীতে ব্যয় হয়েছে", ""]
        {
            assert!(!is_total_label(t), "{t}");
        }
    }

    #[test]
    fn numeric_cells() {
        assert!(is_numeric_like("১৬/০৩/২০২২"));
        assert!(is_numeric_like("৮০%"));
        assert!(is_numeric_like("৫০,০০০/-"));
        assert!(!is_numeric_like("তারিখ"));
        assert!(!is_numeric_like("২য় সভা অনুষ্ঠিত"));
    }
}
