//! Agenda items printed one table each, as label–value rows down two columns:
//!
//! ```text
//! | বিষয়       | হোল্ডিং ট্যাক্স আদায়            |
//! | আলোচনা     | কর নির্ধারক জানান, …          |
//! | সিদ্ধান্ত    | ক্যাম্প সম্পন্ন করতে হবে।       |
//! | বাস্তবায়নে  | ১। কর নির্ধারক ২। কর আদায়কারী |
//! ```
//!
//! Such a table is one decision: the row labels are the column names a decision
//! table would have (`বিষয়` topic, `আলোচনা` discussion, `সিদ্ধান্ত` decision,
//! `বাস্তবায়নে` / `দায়িত্ব` responsible, `ক্রম` label, `সময়সীমা` deadline).

use sabha_doc::{ColumnRole, Row, Table};

use super::Draft;
use super::parties::parties;
use crate::text::clean;
use crate::view::View;

/// The most words of a row label (`বাস্তবায়নকারী কর্তৃপক্ষ`, `আলোচ্য বিষয়`); a longer
/// first cell is text, not a label.
const MAX_LABEL_WORDS: usize = 3;

/// The fewest labelled rows of an agenda table: its decision and one more.
const MIN_LABELLED_ROWS: usize = 2;

/// One decision for every two-column agenda table.
pub(crate) fn read(view: &View<'_>) -> Vec<Draft> {
    view.tables.iter().filter_map(|(_, table)| draft(table)).collect()
}

/// A table of `label | value` rows that holds a decision row and one more
/// decision field (topic, discussion, responsible, serial, deadline).
pub(crate) fn is_agenda_table(table: &Table) -> bool {
    fields(table).is_some()
}

/// Every row of `table` as (role of its label, its value, the label as printed),
/// when the table is an agenda table.
fn fields(table: &Table) -> Option<Vec<(ColumnRole, &str, &str)>> {
    let rows: Vec<&Row> =
        table.header.iter().chain(&table.rows).skip(usize::from(title(table).is_some())).collect();
    let two_columns = rows.iter().all(|r| r.cells.iter().skip(2).all(|c| c.text.trim().is_empty()));
    if !two_columns {
        return None;
    }
    let labelled: Vec<(ColumnRole, &str, &str)> = rows
        .iter()
        .filter_map(|r| {
            let label = r.cells.first()?.text.trim().trim_end_matches([':', 'ঃ']);
            let value = r.cells.get(1).map_or("", |c| c.text.as_str());
            let (words, _) = numbered_label(label);
            let short = crate::text::words(words).len() <= MAX_LABEL_WORDS;
            Some((if short { sabha_tables::column_role(words) } else { ColumnRole::Unknown }, value, label))
        })
        .collect();
    let is_field = |role: &ColumnRole| {
        matches!(
            role,
            ColumnRole::Serial
                | ColumnRole::Topic
                | ColumnRole::Discussion
                | ColumnRole::Decision
                | ColumnRole::Responsible
                | ColumnRole::Deadline
                | ColumnRole::Remarks
        )
    };
    let known = labelled.iter().filter(|(role, _, _)| is_field(role)).count();
    let decided =
        labelled.iter().any(|(role, value, _)| *role == ColumnRole::Decision && !value.trim().is_empty());
    // Every row labelled: a table whose first column holds anything else is not
    // one agenda item.
    let every_row_labelled = known >= MIN_LABELLED_ROWS && known == labelled.len();
    // A header that names a decision column makes a decision table read across —
    // unless every row, the first too, is a label and its value (`বিষয় | বিগত সভার
    // সিদ্ধান্ত বাস্তবায়ন` heads nothing: it is the item's topic).
    let read_across = table.column(ColumnRole::Decision).is_some()
        && !(every_row_labelled && labelled.len() > MIN_LABELLED_ROWS);
    (decided && every_row_labelled && !read_across).then_some(labelled)
}

/// A first row across the table that heads the item (`আলোচ্যসূচি-১: বিগত সভার
/// কার্যবিবরণী দৃঢ়ীকরণ` in a merged cell): its number and topic.
fn title(table: &Table) -> Option<(Option<String>, Option<String>)> {
    let first = table.header.iter().chain(&table.rows).next()?;
    let mut texts = first.cells.iter().map(|c| c.text.trim()).filter(|t| !t.is_empty());
    let (text, None) = (texts.next()?, texts.next()) else { return None };
    super::narrative::agenda_heading(text)
}

/// `আলোচ্যসূচি-১`, `বিষয় নং ২`: the label's words and the number printed after them.
fn numbered_label(label: &str) -> (&str, Option<&str>) {
    let words = label.trim_end_matches(|c: char| crate::text::is_digit(c));
    let number = &label[words.len()..];
    let words = words.trim_end_matches([' ', '-', '–', '.', ':', 'ঃ']);
    let words = words.strip_suffix("নং").unwrap_or(words).trim_end_matches([' ', '-', '–', '.']);
    if number.is_empty() || words.is_empty() { (label, None) } else { (words, Some(number)) }
}

fn draft(table: &Table) -> Option<Draft> {
    let fields = fields(table)?;
    let value = |role: ColumnRole| {
        let parts: Vec<&str> = fields
            .iter()
            .filter(|(r, v, _)| *r == role && !v.trim().is_empty())
            .map(|(_, v, _)| *v)
            .collect();
        (!parts.is_empty()).then(|| clean(&parts.join(" ")))
    };
    // `আলোচ্যসূচি-২ | <topic>`: the number in the topic's label is the item's label.
    let numbered_topic =
        fields.iter().filter(|(r, _, _)| *r == ColumnRole::Topic).find_map(|(_, _, l)| numbered_label(l).1);
    let (title_label, title_topic) = title(table).unwrap_or_default();
    Some(Draft {
        label: value(ColumnRole::Serial).or_else(|| numbered_topic.map(str::to_string)).or(title_label),
        topic: value(ColumnRole::Topic).or(title_topic),
        discussion: value(ColumnRole::Discussion),
        decision: value(ColumnRole::Decision)?,
        responsible: value(ColumnRole::Responsible).map(|r| parties(&r)).unwrap_or_default(),
        limit_text: value(ColumnRole::Deadline),
        span: table.span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn drafts(text: &str) -> Vec<Draft> {
        read(&View::new(&doc(text)))
    }

    #[test]
    fn each_label_value_table_is_one_decision() {
        let got = drafts(
            "|বিষয়|হোল্ডিং ট্যাক্স আদায়|\n|আলোচনা|আদায়ের হার ৪১%।|\n|সিদ্ধান্ত|ক্যাম্প করতে হবে।|\n|বাস্তবায়নে|১। কর নির্ধারক ২। কর আদায়কারী|\n\nমাঝের অনুচ্ছেদ।\n\n|বিষয়|জলাবদ্ধতা|\n|সিদ্ধান্ত|ড্রেন পরিষ্কার করতে হবে।|\n|সময়সীমা|৭ দিনের মধ্যে|",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].topic.as_deref(), Some("হোল্ডিং ট্যাক্স আদায়"));
        assert_eq!(got[0].discussion.as_deref(), Some("আদায়ের হার ৪১%।"));
        assert_eq!(got[0].decision, "ক্যাম্প করতে হবে।");
        assert_eq!(got[0].responsible, ["কর নির্ধারক", "কর আদায়কারী"]);
        assert_eq!(got[1].limit_text.as_deref(), Some("৭ দিনের মধ্যে"));
        assert_eq!(got[1].discussion, None);
    }

    #[test]
    fn a_numbered_agenda_label_gives_the_label() {
        let got = drafts(
            "|আলোচ্যসূচি-২|হোল্ডিং ট্যাক্স আদায়|\n|আলোচনা|আদায় কম।|\n|সিদ্ধান্ত|ক্যাম্প করতে হবে।|\n|দায়িত্বপ্রাপ্ত কর্মকর্তা|কর নির্ধারক|",
        );
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].label.as_deref(), got[0].topic.as_deref()), (Some("২"), Some("হোল্ডিং ট্যাক্স আদায়")));
        assert_eq!(got[0].responsible, ["কর নির্ধারক"]);
        let got = drafts("|ক্রমিক নং|০৩|\n|আলোচ্য বিষয়|বিবিধ|\n|সিদ্ধান্ত|সভা হবে।|");
        assert_eq!((got[0].label.as_deref(), got[0].topic.as_deref()), (Some("০৩"), Some("বিবিধ")));
        assert_eq!(numbered_label("বিষয় নং-০২"), ("বিষয়", Some("০২")));
        // The heading in a merged first row.
        let got = drafts("|আলোচ্যসূচি-৩: জলাবদ্ধতা নিরসন||\n|আলোচনা|ড্রেন বন্ধ।|\n|সিদ্ধান্ত|পরিষ্কার করতে হবে।|");
        assert_eq!((got[0].label.as_deref(), got[0].topic.as_deref()), (Some("৩"), Some("জলাবদ্ধতা নিরসন")));
        assert_eq!(numbered_label("সিদ্ধান্ত"), ("সিদ্ধান্ত", None));
    }

    #[test]
    fn a_header_table_or_a_horizontal_table_is_no_agenda_item() {
        assert!(drafts("|সভাপতি|জনাব ক|\n|তারিখ|১২ আগস্ট ২০২৪|\n|স্থান|সম্মেলন কক্ষ|").is_empty());
        assert!(drafts("|ক্রম|সিদ্ধান্ত|\n|১|সভা হবে।|\n|২|পত্র দিতে হবে।|").is_empty());
        // A decision row among unlabelled rows.
        assert!(drafts("|বিষয়|ক|\n|সিদ্ধান্ত|খ করতে হবে।|\n|জনাব গ|সদস্য|").is_empty());
        // A decision table read across, its header naming the columns.
        assert!(drafts("|@decision:সিদ্ধান্ত|@responsible:দায়িত্ব|\n|কাজ করতে হবে।|ক দপ্তর|").is_empty());
    }
}
