//! Column roles from header words.
//!
//! Headers are matched on their words after punctuation is dropped, in a fixed
//! order, so that compound headers land where a reader would put them:
//! `আলোচনার বিষয়` is a topic (checked before discussion), `সিদ্ধান্ত বাস্তবায়নকারী`
//! is the responsible party (checked before decision), `আলোচনা ও সিদ্ধান্ত` is a
//! decision column (it holds the decision), `কমিটিতে পদবী` is a committee role
//! (checked before designation).

use sabha_doc::ColumnRole;

/// The role of a column from its header text; [`ColumnRole::Unknown`] when no
/// rule applies.
///
/// ```
/// use sabha_doc::ColumnRole;
/// use sabha_tables::column_role;
/// assert_eq!(column_role("ক্রঃ নং"), ColumnRole::Serial);
/// assert_eq!(column_role("আলোচনার বিষয়"), ColumnRole::Topic);
/// assert_eq!(column_role("আলোচনা"), ColumnRole::Discussion);
/// assert_eq!(column_role("বাস্তবায়নকারী কর্তৃপক্ষ"), ColumnRole::Responsible);
/// assert_eq!(column_role("মোবাইল ও ই-মেইল নম্বর"), ColumnRole::PhoneEmail);
/// assert_eq!(column_role("কর্মসম্পাদন সূচক"), ColumnRole::Unknown);
/// ```
pub fn column_role(header: &str) -> ColumnRole {
    let words = header_words(header);
    if words.is_empty() {
        return ColumnRole::Unknown;
    }
    let compact: String = words.concat();
    RULES.iter().find(|(_, rule)| rule(&words, &compact)).map_or(ColumnRole::Unknown, |(role, _)| *role)
}

type Rule = fn(&[String], &str) -> bool;

/// Checked in this order; the first that matches gives the role.
const RULES: &[(ColumnRole, Rule)] = &[
    (ColumnRole::Serial, is_serial),
    (ColumnRole::CommitteeRole, is_committee_role),
    (ColumnRole::NameDesignation, is_name_designation),
    (ColumnRole::Name, is_person_name),
    (ColumnRole::Designation, is_designation),
    (ColumnRole::PhoneEmail, |w, c| is_phone(w, c) && is_email(w, c)),
    (ColumnRole::Phone, is_phone),
    (ColumnRole::Email, is_email),
    (ColumnRole::Signature, is_signature),
    (ColumnRole::Deadline, is_deadline),
    (ColumnRole::Responsible, is_responsible),
    (ColumnRole::Decision, is_decision),
    (ColumnRole::Topic, is_topic),
    (ColumnRole::Discussion, is_discussion),
    (ColumnRole::Remarks, is_remarks),
];

/// Lower-case words with punctuation removed. The visarga `ঃ` ends Bengali
/// abbreviations (`ক্রঃ`) the way `.` does, so it goes too.
fn header_words(header: &str) -> Vec<String> {
    header
        .split(|c: char| c.is_whitespace() || is_header_punct(c))
        .map(|w| w.trim_end_matches('ঃ').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_header_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ':'
            | ';'
            | '/'
            | '\\'
            | '('
            | ')'
            | '['
            | ']'
            | '-'
            | '–'
            | '—'
            | '।'
            | '*'
            | '\''
            | '"'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '?'
            | '&'
            | '#'
            | '_'
    )
}

fn any_word(words: &[String], pred: impl Fn(&str) -> bool) -> bool {
    words.iter().any(|w| pred(w))
}

/// What an item-number column may number (`এজেন্ডা নং`, `আলোচ্যসূচি নং`,
/// `সিদ্ধান্ত নং`, `Agenda No.`): the column gives each row its label.
const NUMBERED_ITEMS: &[&str] = &["এজেন্ডা", "আলোচ্যসূচি", "আলোচ্যসূচী", "বিষয়", "সিদ্ধান্ত", "agenda", "item"];

fn is_serial(_: &[String], compact: &str) -> bool {
    let item_number = ["নং", "নম্বর", "no"]
        .iter()
        .filter_map(|number| compact.strip_suffix(number))
        .any(|item| NUMBERED_ITEMS.contains(&item));
    item_number
        || matches!(
            compact,
            "ক্রম"
                | "ক্রমিক"
                | "ক্র"
                | "ক্রনং"
                | "ক্রমনং"
                | "ক্রমিকনং"
                | "ক্রমিকনম্বর"
                | "ক্রমনম্বর"
                | "ক্রনম্বর"
                | "নং"
                | "sl"
                | "slno"
                | "sno"
                | "sn"
                | "serial"
                | "serialno"
                | "no"
        )
}

fn is_designation_word(w: &str) -> bool {
    w.starts_with("পদবি") || w.starts_with("পদবী") || w == "পদ" || w == "designation"
}

fn is_committee_role(words: &[String], _: &str) -> bool {
    let committee = any_word(words, |w| w.starts_with("কমিটি") || w == "committee");
    let role = any_word(words, |w| {
        is_designation_word(w)
            || w.starts_with("দায়িত্ব")
            || w.starts_with("ভূমিকা")
            || w == "role"
            || w == "অবস্থান"
    });
    committee && role
}

fn is_name_word(w: &str) -> bool {
    w == "নাম" || w == "name"
}

fn is_name_designation(words: &[String], _: &str) -> bool {
    any_word(words, is_name_word) && any_word(words, is_designation_word)
}

/// Words that may stand with `নাম` in a header of people: `কর্মকর্তার নাম`,
/// `সদস্যের নাম`. `প্রকল্পের নাম` (a project's name) is not a person's.
const PERSON_QUALIFIERS: &[&str] = &[
    "কর্মকর্তার",
    "কর্মকর্তাগণের",
    "কর্মকর্তা",
    "সদস্যের",
    "সদস্যগণের",
    "সদস্য",
    "অংশগ্রহণকারীর",
    "অংশগ্রহণকারীগণের",
    "প্রতিনিধির",
    "ব্যক্তির",
    "উপস্থিত",
    "কর্মচারীর",
    "অতিথির",
    "প্রশিক্ষণার্থীর",
    "ও",
    "এবং",
    "জনাব",
    "officer",
    "member",
    "participant",
    "full",
    "of",
    "the",
];

fn is_person_name(words: &[String], _: &str) -> bool {
    any_word(words, is_name_word)
        && words.iter().all(|w| is_name_word(w) || PERSON_QUALIFIERS.contains(&w.as_str()))
}

fn is_designation(words: &[String], _: &str) -> bool {
    any_word(words, is_designation_word)
}

fn is_phone(words: &[String], _: &str) -> bool {
    any_word(words, |w| {
        w.starts_with("মোবাইল")
            || w.starts_with("ফোন")
            || w.starts_with("টেলিফোন")
            || matches!(w, "phone" | "mobile" | "cell" | "telephone" | "tel" | "contact" | "যোগাযোগ")
    })
}

fn is_email(words: &[String], compact: &str) -> bool {
    compact.contains("ইমেইল")
        || compact.contains("ইমেল")
        || compact.contains("email")
        || any_word(words, |w| w == "মেইল" || w == "mail")
}

fn is_signature(words: &[String], _: &str) -> bool {
    any_word(words, |w| w.starts_with("স্বাক্ষর") || w == "signature" || w == "sign")
}

fn is_implementation_word(w: &str) -> bool {
    w.starts_with("বাস্তবায়ন")
}

fn is_deadline(words: &[String], compact: &str) -> bool {
    compact.contains("সময়সীমা")
        || compact.contains("deadline")
        || compact.contains("timeline")
        || compact.contains("নির্ধারিতসময়")
        || (any_word(words, is_implementation_word)
            && any_word(words, |w| w.starts_with("সময়") || w.starts_with("তারিখ") || w == "কাল" || w == "মেয়াদ"))
}

/// `বাস্তবায়নকারী`, `বাস্তবায়নে`, `বাস্তবায়ন`, `দায়িত্ব`; but not a column of
/// implementation progress or status (`বাস্তবায়ন অগ্রগতি`, `বাস্তবায়নের হার`).
fn is_responsible(words: &[String], _: &str) -> bool {
    let party = any_word(words, |w| {
        is_implementation_word(w)
            || w.starts_with("দায়িত্ব")
            || matches!(w, "responsible" | "responsibility" | "implementer" | "implementing")
    });
    let progress = any_word(words, |w| {
        w.starts_with("অগ্রগতি") || w == "হার" || w.starts_with("অবস্থা") || w == "progress" || w == "status"
    });
    party && !progress
}

fn is_decision(words: &[String], _: &str) -> bool {
    any_word(words, |w| w.starts_with("সিদ্ধান্ত") || w.starts_with("decision"))
}

/// `বিষয়` and its plurals, but not the locative `বিষয়ে` ("about"), which runs
/// through ordinary sentences.
fn is_topic(words: &[String], compact: &str) -> bool {
    any_word(words, |w| {
        matches!(
            w,
            "বিষয়"
                | "বিষয়সমূহ"
                | "বিষয়াবলি"
                | "বিষয়াবলী"
                | "বিষয়াদি"
                | "বিষয়বস্তু"
                | "agenda"
                | "subject"
                | "topic"
                | "এজেন্ডা"
        )
    }) || compact.contains("আলোচ্যসূচি")
        || compact.contains("আলোচ্যসূচী")
}

fn is_discussion(words: &[String], _: &str) -> bool {
    any_word(words, |w| w.starts_with("আলোচনা") || w == "discussion" || w == "discussions")
}

fn is_remarks(words: &[String], _: &str) -> bool {
    any_word(words, |w| w.starts_with("মন্তব্য") || matches!(w, "remarks" | "remark" | "comments" | "comment"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColumnRole::*;

    #[test]
    fn the_variants_the_minutes_use() {
        let cases = [
            ("ক্রম", Serial),
            ("ক্রঃ", Serial),
            ("ক্রমিক নং", Serial),
            ("ক্র. নং", Serial),
            ("ক্রঃ নং", Serial),
            ("Sl. No.", Serial),
            ("এজেন্ডা নং", Serial),
            ("আলোচ্যসূচি নং", Serial),
            ("সিদ্ধান্ত নং", Serial),
            ("Agenda No.", Serial),
            ("এজেন্ডা", Topic),
            ("আলোচ্য বিষয়", Topic),
            ("আলোচনার বিষয়", Topic),
            ("বিষয়", Topic),
            ("আলোচনা", Discussion),
            ("সিদ্ধান্ত", Decision),
            ("সিদ্ধান্ত গ্রহণ", Decision),
            ("গৃহীত সিদ্ধান্ত", Decision),
            ("আলোচনা ও সিদ্ধান্ত", Decision),
            ("বাস্তবায়নকারী", Responsible),
            ("বাস্তবায়নকারী কর্তৃপক্ষ", Responsible),
            ("বাস্তবায়ন", Responsible),
            ("বাস্তবায়নে", Responsible),
            ("দায়িত্ব", Responsible),
            ("সিদ্ধান্ত বাস্তবায়নকারী", Responsible),
            ("বাস্তবায়ন অগ্রগতি", Unknown),
            ("বাস্তবায়নের সময়সীমা", Deadline),
            ("মন্তব্য", Remarks),
            ("নাম", Name),
            ("কর্মকর্তার নাম", Name),
            ("প্রকল্পের নাম", Unknown),
            ("পদবি", Designation),
            ("পদবী ও কর্মস্থল", Designation),
            ("নাম ও পদবী", NameDesignation),
            ("কর্মকর্তার নাম, পদবি ও কর্মস্থল", NameDesignation),
            ("কমিটিতে পদবী", CommitteeRole),
            ("মোবাইল নম্বর", Phone),
            ("ফোন", Phone),
            ("ই-মেইল", Email),
            ("মোবাইল ও ই-মেইল নম্বর", PhoneEmail),
            ("স্বাক্ষর", Signature),
            ("**স্বাক্ষর ও তারিখ**", Signature),
            ("অগ্রগতি", Unknown),
            ("", Unknown),
        ];
        for (header, role) in cases {
            assert_eq!(column_role(header), role, "{header}");
        }
    }
}
