//! Splits a person's line — `ড. দেওয়ান মুহাম্মদ হামায়ুন কবীর বিভাগীয় কমিশনার`,
//! `মোঃ আশরাফুল ইসলাম, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর।` — into the name
//! and the designation.
//!
//! The designation starts at the first comma after the name, or where the
//! designation vocabulary ([`crate::lexicon`]) starts, whichever comes first; a
//! designation in parentheses after the name (`জনাব ক খ (অতিরিক্ত সচিব, উন্নয়ন)`)
//! loses them. A post printed before the name (`উপাচার্য অধ্যাপক ড. …`, `সমিতির
//! সভাপতি জনাব …`) ends where the name's honorific starts. Honorifics (`জনাব`,
//! `ড.`, `মোঃ`) belong to the name and are kept as printed.

use crate::lexicon;
use crate::text::{clean, header_value, strip_enclosing_parens, trim_end_chars};

/// A name and a designation, either of which may be missing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct NameDesignation {
    pub name: Option<String>,
    pub designation: Option<String>,
}

/// Splits `text` where the designation begins.
pub(crate) fn split(text: &str) -> NameDesignation {
    let text = clean(text);
    let text = strip_enclosing_parens(trim_end_chars(&text, &['।', ',', ';']));
    if let Some(nd) = designation_in_parentheses(text) {
        return nd;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return NameDesignation::default();
    }
    if let Some(nd) = post_before_honorific(&words) {
        return nd;
    }
    let honorifics = words.iter().take_while(|w| lexicon::is_honorific(w)).count();
    // With an honorific, at least one name word follows before a designation.
    let from = if honorifics > 0 { (honorifics + 1).min(words.len()) } else { 0 };
    let by_vocabulary = lexicon::designation_start(&words, from);
    let by_comma = first_comma_after(&words, from.max(1));
    let at = match (by_vocabulary, by_comma) {
        (Some(v), Some(c)) => Some(v.min(c)),
        (v, c) => v.or(c),
    };
    match at {
        Some(0) => designation_first(&words),
        Some(at) => {
            NameDesignation { name: join_name(&words[..at]), designation: join_designation(&words[at..]) }
        }
        None => NameDesignation { name: join_name(&words), designation: None },
    }
}

/// `জনাব মোহাম্মদ শহীদুল হক (অতিরিক্ত সচিব, নগর উন্নয়ন অনুবিভাগ)`: a name, then its
/// designation wholly in parentheses.
fn designation_in_parentheses(text: &str) -> Option<NameDesignation> {
    let body = text.strip_suffix(')')?;
    // The `(` that opens the final group.
    let mut depth = 0usize;
    let open = body.char_indices().rev().find_map(|(i, c)| match c {
        ')' => {
            depth += 1;
            None
        }
        '(' if depth == 0 => Some(i),
        '(' => {
            depth -= 1;
            None
        }
        _ => None,
    })?;
    let (name, inner) = (body.get(..open)?.trim(), body.get(open + 1..)?.trim());
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let name_is_a_name = !name_words.is_empty() && lexicon::designation_start(&name_words, 0).is_none();
    (name_is_a_name && lexicon::starts_with_designation(inner))
        .then(|| NameDesignation { name: join_name(&name_words), designation: join_designation(&[inner]) })
}

/// `সমিতির সভাপতি জনাব মোঃ হাবিবুর রহমান`: a post (with a title word) before the
/// first honorific, which starts the name.
fn post_before_honorific(words: &[&str]) -> Option<NameDesignation> {
    let h = words.iter().position(|w| lexicon::is_honorific(w) && !lexicon::is_title(w))?;
    let post = words.get(..h)?;
    // `প্রকৌশলী মোঃ …`: a title that is also an honorific heads the name, unless a
    // qualifier makes it a post (`নির্বাহী প্রকৌশলী জনাব …`).
    let has_title = post.iter().enumerate().any(|(k, w)| {
        lexicon::is_title(w)
            && (!lexicon::is_honorific(w)
                || k > 0 && post.get(k - 1).is_some_and(|q| lexicon::is_qualifier(q)))
    });
    let no_comma = !post.iter().any(|w| w.ends_with(','));
    (h > 0 && has_title && no_comma)
        .then(|| NameDesignation { name: join_name(&words[h..]), designation: join_designation(post) })
}

/// The index of the word after the first word (at or after `from - 1`) that ends
/// in a comma: where a `name, designation` line splits.
fn first_comma_after(words: &[&str], from: usize) -> Option<usize> {
    let start = from.saturating_sub(1);
    (start..words.len().saturating_sub(1)).find(|&i| words[i].ends_with(',')).map(|i| i + 1)
}

/// `জেলা প্রশাসক জনাব মোঃ আবদুল করিম`: the post printed before the name, which
/// starts at the first honorific after it.
fn designation_first(words: &[&str]) -> NameDesignation {
    match words.iter().position(|w| lexicon::is_honorific(w)) {
        Some(h) if h > 0 => {
            NameDesignation { name: join_name(&words[h..]), designation: join_designation(&words[..h]) }
        }
        _ => NameDesignation { name: None, designation: join_designation(words) },
    }
}

fn join_name(words: &[&str]) -> Option<String> {
    let joined = words.join(" ");
    let name = strip_enclosing_parens(trim_end_chars(&joined, &[',', '।', ';', ':'])).to_string();
    (!name.is_empty()).then_some(name)
}

fn join_designation(words: &[&str]) -> Option<String> {
    let d = header_value(&words.join(" "));
    let d = d.trim_start_matches([',', ' ']).to_string();
    (!d.is_empty()).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nd(name: Option<&str>, designation: Option<&str>) -> NameDesignation {
        NameDesignation { name: name.map(String::from), designation: designation.map(String::from) }
    }

    #[test]
    fn splits_before_the_designation_vocabulary() {
        assert_eq!(
            split("ড. দেওয়ান মুহাম্মদ হামায়ুন কবীর বিভাগীয় কমিশনার"),
            nd(Some("ড. দেওয়ান মুহাম্মদ হামায়ুন কবীর"), Some("বিভাগীয় কমিশনার"))
        );
        assert_eq!(
            split("ডঃ আবু শাহীন মোঃ আসাদুজ্জামান যুগ্মসচিব (সিপি অধিশাখা) ও চিফ ইনোভেশন অফিসার"),
            nd(Some("ডঃ আবু শাহীন মোঃ আসাদুজ্জামান"), Some("যুগ্মসচিব (সিপি অধিশাখা) ও চিফ ইনোভেশন অফিসার"))
        );
        assert_eq!(
            split("জনাব অপু রানী নাথ সহকারী পরিদর্শক উপজেলা সমবায় কার্যালয় চাটখিল, নোয়াখালী।"),
            nd(Some("জনাব অপু রানী নাথ"), Some("সহকারী পরিদর্শক উপজেলা সমবায় কার্যালয় চাটখিল, নোয়াখালী"))
        );
    }

    #[test]
    fn splits_at_the_first_comma() {
        assert_eq!(
            split("মোঃ আশরাফুল ইসলাম, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর।"),
            nd(Some("মোঃ আশরাফুল ইসলাম"), Some("অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর"))
        );
        assert_eq!(
            split("জনাব রহিম উদ্দিন, ডেপুটি গভর্নর, বাংলাদেশ ব্যাংক"),
            nd(Some("জনাব রহিম উদ্দিন"), Some("ডেপুটি গভর্নর, বাংলাদেশ ব্যাংক"))
        );
        assert_eq!(split("মো: এনামুল হক উপসচিব, প্রোগ্রাম-১"), nd(Some("মো: এনামুল হক"), Some("উপসচিব, প্রোগ্রাম-১")));
    }

    #[test]
    fn acronym_designations() {
        assert_eq!(
            split("মো: আর্জুন ইমরান সিএসসিও সেক্টর-২ সফটওয়্যার"),
            nd(Some("মো: আর্জুন ইমরান"), Some("সিএসসিও সেক্টর-২ সফটওয়্যার"))
        );
    }

    #[test]
    fn a_name_alone_or_a_post_alone() {
        assert_eq!(split("জনাব মোহাম্মদ মনির হোসেন"), nd(Some("জনাব মোহাম্মদ মনির হোসেন"), None));
        assert_eq!(split("জেলা প্রশাসক, নাটোর"), nd(None, Some("জেলা প্রশাসক, নাটোর")));
        assert_eq!(split("জেলা প্রশাসক জনাব মোঃ আবদুল করিম"), nd(Some("জনাব মোঃ আবদুল করিম"), Some("জেলা প্রশাসক")));
        assert_eq!(split("(মোঃ আশরাফুল ইসলাম)"), nd(Some("মোঃ আশরাফুল ইসলাম"), None));
        assert_eq!(split("  "), NameDesignation::default());
    }

    #[test]
    fn a_designation_in_parentheses_after_the_name() {
        assert_eq!(
            split("জনাব মোহাম্মদ শহীদুল হক (অতিরিক্ত সচিব, নগর উন্নয়ন অনুবিভাগ)"),
            nd(Some("জনাব মোহাম্মদ শহীদুল হক"), Some("অতিরিক্ত সচিব, নগর উন্নয়ন অনুবিভাগ"))
        );
        assert_eq!(
            split("মোছাঃ শাহনাজ পারভীন (জেলা শিক্ষা অফিসার, ফেনী)"),
            nd(Some("মোছাঃ শাহনাজ পারভীন"), Some("জেলা শিক্ষা অফিসার, ফেনী"))
        );
        // A post with a parenthesized part is not a name with a designation.
        assert_eq!(split("অতিরিক্ত জেলা প্রশাসক (সার্বিক)"), nd(None, Some("অতিরিক্ত জেলা প্রশাসক (সার্বিক)")));
    }

    #[test]
    fn a_post_before_the_name() {
        assert_eq!(split("উপাচার্য অধ্যাপক ড. মোঃ আবদুল হাকিম"), nd(Some("অধ্যাপক ড. মোঃ আবদুল হাকিম"), Some("উপাচার্য")));
        assert_eq!(
            split("প্রকৌশলী মোঃ আশরাফুজ্জামান, নির্বাহী প্রকৌশলী, এলজিইডি"),
            nd(Some("প্রকৌশলী মোঃ আশরাফুজ্জামান"), Some("নির্বাহী প্রকৌশলী, এলজিইডি"))
        );
        assert_eq!(split("নির্বাহী প্রকৌশলী জনাব মোঃ করিম"), nd(Some("জনাব মোঃ করিম"), Some("নির্বাহী প্রকৌশলী")));
        assert_eq!(
            split("সমিতির সভাপতি জনাব মোঃ হাবিবুর রহমান"),
            nd(Some("জনাব মোঃ হাবিবুর রহমান"), Some("সমিতির সভাপতি"))
        );
    }

    #[test]
    fn a_name_without_honorific_then_the_post() {
        assert_eq!(
            split("মাহবুবুর রহমান উপজেলা নির্বাহী অফিসার"),
            nd(Some("মাহবুবুর রহমান"), Some("উপজেলা নির্বাহী অফিসার"))
        );
    }
}
