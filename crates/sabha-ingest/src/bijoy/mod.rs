//! Legacy Bijoy (SutonnyMJ) text: detection, conversion to Unicode, and repair of
//! Bijoy fragments left inside Unicode text.

pub(crate) mod classes;
pub(crate) mod convert;
pub(crate) mod detect;
pub(crate) mod glyphs;
pub(crate) mod model;
pub(crate) mod repair;

pub(crate) use convert::bijoy_to_unicode;
pub(crate) use detect::{Prior, document_prior};
pub(crate) use repair::repair_line;

/// Whether some lines of `text` read as Bijoy.
pub(crate) fn looks_like_bijoy(text: &str) -> bool {
    text.lines().take(2000).any(|line| detect::LineEvidence::of(line).is_bijoy(Prior::default()))
}

/// Converts the Bijoy words of `line`, keeping English words, addresses and Unicode
/// text as they are. `None` when the line holds no Bijoy text.
pub(crate) fn convert_line(line: &str, prior: Prior) -> Option<String> {
    let ranges = detect::bijoy_ranges(line, prior);
    let pipe_row = is_pipe_table_row(line);
    if ranges.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(line.len() * 3);
    let mut done = 0;
    for range in ranges {
        out.push_str(line.get(done..range.start).unwrap_or_default());
        let bijoy = line.get(range.clone()).unwrap_or_default();
        if pipe_row {
            out.push_str(&convert_between_separators(bijoy));
        } else {
            out.push_str(&bijoy_to_unicode(bijoy));
        }
        done = range.end;
    }
    out.push_str(line.get(done..).unwrap_or_default());
    Some(out)
}

/// `|` is the danda in Bijoy, but in a pipe table a `|` standing alone between
/// spaces separates cells: convert the text between such separators only.
fn convert_between_separators(text: &str) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::with_capacity(text.len() * 3);
    let mut start = 0;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let alone = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_none_or(|&(_, c)| c.is_whitespace());
        if c == '|' && alone(i.checked_sub(1)) && alone(Some(i + 1)) {
            out.push_str(&bijoy_to_unicode(text.get(start..at).unwrap_or_default()));
            out.push('|');
            start = at + 1;
        }
    }
    out.push_str(&bijoy_to_unicode(text.get(start..).unwrap_or_default()));
    out
}

fn is_pipe_table_row(line: &str) -> bool {
    let line = line.trim();
    line.len() > 1 && line.starts_with('|') && line.ends_with('|')
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// Bengali digits written as ASCII: a Bijoy file cannot tell them apart.
    fn ascii_digits(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '০'..='৯' => char::from(b'0' + (c as u32 - '০' as u32) as u8),
                c => c,
            })
            .collect()
    }

    /// poriborton reads য় ড় ঢ় only in their precomposed form.
    fn precomposed(s: &str) -> String {
        s.replace("য\u{09BC}", "\u{09DF}").replace("ড\u{09BC}", "\u{09DC}").replace("ঢ\u{09BC}", "\u{09DD}")
    }

    #[test]
    fn seeds_survive_a_round_trip_through_poriborton() {
        let mut lines = 0;
        let mut wrong = Vec::new();
        for n in 0..5 {
            let path = format!("{}/../../fixtures/seeds/{n:03}.txt", env!("CARGO_MANIFEST_DIR"));
            let seed = std::fs::read_to_string(path).unwrap();
            // Ingestion maps Assamese ৰ to র before anything else looks at the text.
            let seed: String = seed.replace('ৰ', "র").nfc().collect();
            let bijoy: Vec<String> =
                seed.lines().map(|l| poriborton::bijoy2000::unicode_to_bijoy(&precomposed(l))).collect();
            let prior = document_prior(bijoy.iter().map(String::as_str));
            for (original, encoded) in seed.lines().zip(&bijoy) {
                let back = convert_line(encoded, prior).unwrap_or_else(|| encoded.clone());
                let back: String = back.nfc().collect();
                lines += 1;
                if ascii_digits(&back) != ascii_digits(original) {
                    wrong.push((original.to_string(), back));
                }
            }
        }
        for (a, b) in wrong.iter().take(40) {
            let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
            let near = |s: &str| s.chars().skip(at.saturating_sub(8)).take(20).collect::<String>();
            eprintln!("- {}\n+ {}\n", near(a), near(b));
        }
        eprintln!("{} of {lines} lines differ", wrong.len());
        assert!(wrong.is_empty());
    }
}
