//! Reading a two-column `label | value` table: a meeting's header block.

use sabha_doc::{Span, Table};

use crate::shape::is_separator;

/// One `label | value` row of a key/value table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyValue {
    /// The label, without a trailing `:` / `ঃ` (`সভার তারিখ`).
    pub key: String,
    /// The value, without a leading `:` / `ঃ`; empty when the row gives none.
    pub value: String,
    pub span: Span,
}

/// The rows of a key/value table: a header-less table of two columns
/// (`সভাপতি | ড. …`, 000 and 003) or of three whose middle column holds only
/// separators (`সভাপতি | : | মোঃ …`, 001). `None` for any other table.
///
/// ```
/// use sabha_tables::{find_tables, key_values};
/// let lines = ["সভাপতি\t:\tমোঃ আশরাফুল ইসলাম", "স্থান\t:\tসম্মেলন কক্ষ"];
/// let tables = find_tables(&lines, 5);
/// let pairs = key_values(&tables[0]).unwrap();
/// assert_eq!((pairs[1].key.as_str(), pairs[1].value.as_str()), ("স্থান", "সম্মেলন কক্ষ"));
/// assert_eq!(pairs[1].span.start_line, 6);
/// ```
pub fn key_values(table: &Table) -> Option<Vec<KeyValue>> {
    if !table.header.is_empty() || table.rows.is_empty() {
        return None;
    }
    let value_column = match table.columns.len() {
        2 => 1,
        3 if table.rows.iter().all(|r| r.cells.get(1).is_none_or(|c| is_separator(&c.text))) => 2,
        _ => return None,
    };
    table
        .rows
        .iter()
        .map(|row| {
            let key = row.cells.first()?.text.trim_end_matches([':', 'ঃ', ' ']).to_string();
            if key.is_empty() {
                return None;
            }
            let value =
                row.cells.get(value_column).map_or("", |c| c.text.trim_start_matches([':', 'ঃ', ' ']));
            Some(KeyValue { key, value: value.to_string(), span: row.span })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find_in_text;

    fn first_table(text: &str) -> Table {
        find_in_text(text).remove(0)
    }

    #[test]
    fn two_columns_with_separators_in_the_cells() {
        let pairs = key_values(&first_table("সময়ঃ\tবেলা ১১.০০ ঘটিকা\nস্থান :\t: সম্মেলন কক্ষ")).unwrap();
        assert_eq!(pairs[0].key, "সময়");
        assert_eq!(pairs[1].key, "স্থান");
        assert_eq!(pairs[1].value, "সম্মেলন কক্ষ");
    }

    #[test]
    fn a_missing_value_is_empty() {
        let pairs = key_values(&first_table("সভাপতি\tজনাব ক\nতারিখ\t\nস্থান\tকক্ষ")).unwrap();
        assert_eq!(pairs[1].value, "");
    }

    #[test]
    fn tables_with_a_header_are_not_key_values() {
        assert!(key_values(&first_table("ক্রম\tবিষয়\tসিদ্ধান্ত\n১\tক\tখ\n২\tগ\tঘ")).is_none());
        assert!(key_values(&first_table("জেলা\tউপজেলা\tইউনিয়ন\tওয়ার্ড\nক\tখ\tগ\tঘ\nঙ\tচ\tছ\tজ")).is_none());
    }
}
