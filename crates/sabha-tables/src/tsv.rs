//! Tab-separated tables.
//!
//! A *tab row* is a non-blank record holding a tab; its cells are the text between
//! tabs (so `\t\t\t৩\t৪` has three empty cells first). A record is one line,
//! except where Excel's "Text (Tab delimited)" export quoted a cell holding a line
//! break: a field that opens with `"` (at the line start or right after a tab) and
//! closes with a `"` before a tab or the line end, over two or more lines, is one
//! cell whose lines are joined with a space, and `""` inside it is one `"`. A
//! quote anywhere else, or one that does not close that way within
//! [`MAX_QUOTED_LINES`] lines before a blank line, is ordinary text, so a
//! quotation mark never swallows lines. A one-line field keeps its quotes unless
//! it holds a doubled `""` (Excel quoted it for that).
//!
//! A block is a run of tab rows; blank lines and rule lines (`-----`) between them
//! stay inside it (000 prints a blank line between rows, 003 between a page's rows
//! and the repeated header). A block is split before a row that is a new strong
//! header.
//!
//! Minimum evidence: at least two rows with two or more non-empty cells, and
//! not a numbered list (two columns of which the first holds only list markers)
//! nor tab layout (an interior column empty in every row and at most two used
//! columns: two signatures pushed apart with tabs). A single line with a tab is
//! never a table.

use std::ops::Range;

use sabha_doc::Span;

use crate::raw::{RawCell, RawRow, RawTable, claim, line_number};
use crate::shape::{self, GridRow, KeyValueShape};
use crate::text::{is_blank, is_rule_text, is_serial_like};

/// A quoted cell may run over at most this many lines (keeps a stray quote's
/// search, and so the reader, linear).
pub(crate) const MAX_QUOTED_LINES: usize = 16;

pub(crate) fn find(lines: &[&str], first_line: u32, claimed: &mut [bool]) -> Vec<RawTable> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(first) = (!claimed[i]).then(|| record_at(lines, claimed, i)).flatten() else {
            i += 1;
            continue;
        };
        let mut records = block_records(lines, claimed, first);
        let last = records.last().map_or(i, |r| r.end);
        trim_padded_lines(&mut records);
        let rows: Vec<TabRow> = records.into_iter().map(|record| TabRow::read(record, first_line)).collect();
        for segment in split_at_new_tables(&rows) {
            if let Some(table) = accept(&rows[segment]) {
                claim(claimed, &table, first_line);
                tables.push(table);
            }
        }
        i = last + 1;
    }
    tables
}

/// One row of a tab table: its fields and the lines (`start..=end`) it takes.
struct Record {
    start: usize,
    end: usize,
    fields: Vec<String>,
}

/// The tab row starting at line `start`, if one does (a non-blank record of two
/// or more fields).
fn record_at(lines: &[&str], claimed: &[bool], start: usize) -> Option<Record> {
    let line = *lines.get(start)?;
    if is_blank(line) || !(line.contains('\t') || line.starts_with('"')) {
        return None;
    }
    let record = read_record(lines, claimed, start);
    (record.fields.len() >= 2).then_some(record)
}

/// Reads the fields of the record starting at line `start`.
fn read_record(lines: &[&str], claimed: &[bool], start: usize) -> Record {
    let mut fields = Vec::new();
    let (mut index, mut rest) = (start, lines.get(start).copied().unwrap_or(""));
    loop {
        let quoted = rest.strip_prefix('"').and_then(|after| quoted_field(lines, claimed, index, after));
        let after_field = match quoted {
            Some(field) => {
                fields.push(field.text);
                index = field.end;
                field.rest
            }
            None => {
                let cut = rest.find('\t').unwrap_or(rest.len());
                fields.push(rest[..cut].to_string());
                &rest[cut..]
            }
        };
        match after_field.strip_prefix('\t') {
            Some(next) => rest = next,
            None => break,
        }
    }
    Record { start, end: index, fields }
}

/// A quoted field Excel wrote, read from just after its opening quote (`after`,
/// on line `index`): its text, the line it closes on and what follows the
/// closing quote there (empty or starting with a tab).
struct QuotedField<'a> {
    text: String,
    end: usize,
    rest: &'a str,
}

fn quoted_field<'a>(
    lines: &[&'a str],
    claimed: &[bool],
    index: usize,
    after: &'a str,
) -> Option<QuotedField<'a>> {
    let mut text = String::new();
    let mut doubled = false;
    let mut line = after;
    for end in index..index.saturating_add(MAX_QUOTED_LINES) {
        if end > index {
            let next = *lines.get(end)?;
            if claimed.get(end).copied().unwrap_or(true) || is_blank(next) {
                return None;
            }
            text.push('\n');
            line = next;
        }
        let mut from = 0;
        while let Some(at) = line[from..].find('"').map(|k| from + k) {
            text.push_str(&line[from..at]);
            let tail = &line[at + 1..];
            if let Some(after_pair) = tail.strip_prefix('"') {
                text.push('"');
                doubled = true;
                from = line.len() - after_pair.len();
            } else if tail.is_empty() || tail.starts_with('\t') {
                // Excel quotes a one-line cell only for a quote inside it.
                return (end > index || doubled).then_some(QuotedField { text, end, rest: tail });
            } else {
                return None;
            }
        }
        text.push_str(&line[from..]);
    }
    None
}

/// The records of the block starting with `first`: tab rows, with blank and rule
/// lines between them.
fn block_records(lines: &[&str], claimed: &[bool], first: Record) -> Vec<Record> {
    let mut j = first.end + 1;
    let mut records = vec![first];
    while j < lines.len() && !claimed[j] {
        if let Some(record) = record_at(lines, claimed, j) {
            j = record.end + 1;
            records.push(record);
        } else if is_blank(lines[j]) || is_rule_text(lines[j]) {
            j += 1;
        } else if is_group_row(lines, claimed, j) {
            records.push(Record { start: j, end: j, fields: vec![lines[j].to_string()] });
            j += 1;
        } else {
            break;
        }
    }
    records
}

/// A sheet saved by Excel pads every line to the table's width with tabs, so the
/// title and the sentences above and below the table come as records with text in
/// their first field only (`… সভার কার্যবিবরণী\t\t\t\t`). At the edges of a block
/// they are lines of text, not rows; inside it they are group rows and stay.
fn trim_padded_lines(records: &mut Vec<Record>) {
    let padded = |r: &Record| {
        let mut filled = r.fields.iter().enumerate().filter(|(_, f)| !is_blank(f));
        match (filled.next(), filled.next()) {
            (Some((0, text)), None) => !is_serial_like(text),
            (None, _) => true,
            _ => false,
        }
    };
    let keep_to = records.iter().rposition(|r| !padded(r)).map_or(0, |k| k + 1);
    records.truncate(keep_to);
    let keep_from = records.iter().position(|r| !padded(r)).unwrap_or(records.len());
    records.drain(..keep_from);
}

/// The most words a group row (`খ. খাদ্য মজুদ পরিস্থিতি`) may have.
const MAX_GROUP_WORDS: usize = 10;

/// Line `j` names a group of the rows below it (`খ. খাদ্য মজুদ পরিস্থিতি`,
/// `২. সড়ক ও জনপথ`), typed without the trailing tabs of the rows around it:
/// a short numbered line, not a sentence, with a tab row right after it. It stays
/// inside the table as a one-cell row instead of ending it.
fn is_group_row(lines: &[&str], claimed: &[bool], j: usize) -> bool {
    let Some(line) = lines.get(j).map(|l| l.trim()) else { return false };
    let mut words = line.split_whitespace();
    let numbered = words.next().is_some_and(|w| is_serial_like(w) && w.chars().count() > 1);
    let word_count = line.split_whitespace().count();
    numbered
        && (2..=MAX_GROUP_WORDS).contains(&word_count)
        && !line.ends_with(['।', '.', ':', 'ঃ'])
        && record_at(lines, claimed, j + 1).is_some_and(|r| r.fields.len() >= 3)
}

/// A tab row, read once: its cells as the table will keep them, and laid out
/// for the shape tests.
struct TabRow {
    start: usize,
    end: usize,
    raw: RawRow,
    grid: GridRow,
}

impl TabRow {
    fn read(record: Record, first_line: u32) -> TabRow {
        let span = Span {
            start_line: line_number(first_line, record.start),
            end_line: line_number(first_line, record.end),
        };
        let cells = record.fields.iter().map(|cell| RawCell::from_markup(cell, span)).collect();
        let raw = RawRow { cells, span, header: false };
        let grid = shape::grid_row(&raw);
        TabRow { start: record.start, end: record.end, raw, grid }
    }

    fn width(&self) -> usize {
        self.grid.row.cells.len()
    }
}

/// Splits a block where a new table starts: before a row that is a strong
/// header different from the first row of the table so far (a repeated header
/// stays: it is dropped later), and at a blank line where the width changes and
/// either side is a key/value block (a meeting's header block standing over
/// another). A width change alone does not split: 000's last row is one cell
/// short, after a blank line. Gives the row ranges of the tables.
fn split_at_new_tables(rows: &[TabRow]) -> Vec<Range<usize>> {
    let mut segments = Vec::new();
    let mut segment_start = 0;
    let mut shape_so_far = KeyValueShape::default();
    let mut width_so_far = 0;
    for (position, row) in rows.iter().enumerate() {
        if position > segment_start {
            let first = &rows[segment_start].grid;
            let after_gap = row.start > rows[position - 1].end + 1;
            let new_header = shape::is_strong_header(&row.grid) && !shape::same_texts(first, &row.grid);
            let key_value_edge = after_gap && {
                let (group_shape, group_width) = group_shape(&rows[position..]);
                group_width != width_so_far && (shape_so_far.holds() || group_shape.holds())
            };
            if new_header || key_value_edge {
                segments.push(segment_start..position);
                segment_start = position;
                shape_so_far = KeyValueShape::default();
                width_so_far = 0;
            }
        }
        width_so_far = width_so_far.max(row.width());
        shape_so_far.add(&row.grid);
    }
    segments.push(segment_start..rows.len());
    segments
}

/// The key/value shape and width of the rows from `rows[0]` up to the next
/// blank line.
fn group_shape(rows: &[TabRow]) -> (KeyValueShape, usize) {
    let mut shape = KeyValueShape::default();
    let mut width = 0;
    for (k, row) in rows.iter().enumerate() {
        if k > 0 && row.start != rows[k - 1].end + 1 {
            break;
        }
        width = width.max(row.width());
        shape.add(&row.grid);
    }
    (shape, width)
}

fn accept(rows: &[TabRow]) -> Option<RawTable> {
    let span = rows.first()?.raw.span.to(rows.last()?.raw.span);
    let grid: Vec<GridRow> =
        rows.iter().map(|r| r.grid.clone()).filter(|g| !shape::is_rule_or_empty(g)).collect();
    if !shape::has_table_evidence(&grid) {
        return None;
    }
    Some(RawTable { span, rows: rows.iter().map(|r| r.raw.clone()).collect(), explicit_header: false })
}

#[cfg(test)]
mod tests {
    use crate::find_in_text as find;

    #[test]
    fn a_single_line_with_a_tab_is_not_a_table() {
        assert!(find("সভাপতি\tজনাব ক\n\nসভায় আলোচনা হয়।").is_empty());
    }

    #[test]
    fn indented_paragraphs_are_not_a_table() {
        assert!(find("\tসভায় আলোচনা হয়।\n\tসিদ্ধান্ত গৃহীত হয়।\n\tসভা শেষ হয়।").is_empty());
    }

    #[test]
    fn tab_spaced_signatures_are_not_a_table() {
        assert!(find("(মোঃ ক)\t\t\t(মোঃ খ)\nসচিব\t\t\tউপসচিব\nঢাকা\t\t\tঢাকা").is_empty());
    }

    #[test]
    fn a_numbered_group_line_between_rows_stays_inside_the_table() {
        let text =
            "ক্রম\tবিষয়\tসিদ্ধান্ত\nক. আমন সংগ্রহ\n১\tধান\tসংগ্রহ করতে হবে।\nখ. খাদ্য মজুদ\n২\tচাল\tমজুদ রাখতে হবে।";
        let tables = find(text);
        assert_eq!(tables.len(), 1);
        assert_eq!(
            texts(&tables[0]),
            [
                vec!["ক. আমন সংগ্রহ"],
                vec!["১", "ধান", "সংগ্রহ করতে হবে।"],
                vec!["খ. খাদ্য মজুদ"],
                vec!["২", "চাল", "মজুদ রাখতে হবে।"]
            ]
        );
        // A numbered sentence, or a heading over a narrow table, ends it.
        for between in ["২. সভায় আলোচনা হয়।", "খ. মজুদ"] {
            let text = format!("ক্রম\tবিষয়\tসিদ্ধান্ত\n১\tধান\tক।\n{between}\n২\tচাল");
            assert_eq!(find(&text)[0].rows.len(), 1, "{between}");
        }
    }

    #[test]
    fn lines_padded_with_tabs_around_a_table_are_text() {
        let text = "জেলা কৃষি ঋণ কমিটির সভার কার্যবিবরণী\t\t\t\nক্রম\tবিষয়\tসিদ্ধান্ত\tদায়িত্ব\nক. ঋণ বিতরণ\t\t\t\n১\tঋণ\tবিতরণ করতে হবে।\tব্যাংক\n২\tআদায়\tআদায় করতে হবে।\tব্যাংক\nসভা শেষ হয়।\t\t\t";
        let tables = find(text);
        assert_eq!(tables.len(), 1);
        assert_eq!((tables[0].span.start_line, tables[0].span.end_line), (2, 5));
        assert_eq!(tables[0].rows.len(), 3);
    }

    #[test]
    fn a_numbered_list_is_not_a_table() {
        assert!(find("১।\tমন্ত্রিপরিষদ সচিব\n২।\tসচিব, অর্থ বিভাগ\n৩।\tজেলা প্রশাসক").is_empty());
    }

    #[test]
    fn a_new_header_starts_a_new_table() {
        let tables = find("ক্রম\tবিষয়\tসিদ্ধান্ত\n১\tক\tখ\nক্রম\tনাম\tপদবি\tস্বাক্ষর\n১\tগ\tঘ\t");
        assert_eq!(tables.len(), 2);
        assert_eq!((tables[1].span.start_line, tables[1].span.end_line), (3, 4));
    }

    #[test]
    fn blank_lines_and_rules_stay_inside_a_table() {
        let tables = find("ক্রম\tবিষয়\tসিদ্ধান্ত\n\n১\tক\tখ\n------\n২\tগ\tঘ\n\nপরিশেষে সভা শেষ হয়।");
        assert_eq!(tables.len(), 1);
        assert_eq!((tables[0].span.start_line, tables[0].span.end_line), (1, 5));
        assert_eq!(tables[0].rows.len(), 2);
    }

    #[test]
    fn a_key_value_block_over_a_table_is_split_off() {
        let tables = find("সভাপতি\tজনাব ক\nস্থান\tসম্মেলন কক্ষ\n\nজেলা\tপুরুষ\tমহিলা\nরাজশাহী\t১২০\t৯৮\nনাটোর\t৮৭\t৯০");
        assert_eq!(tables.len(), 2);
        assert!(tables[0].header.is_empty());
        assert_eq!(tables[1].header.len(), 1);
    }

    fn texts(table: &sabha_doc::Table) -> Vec<Vec<&str>> {
        table.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    const EXCEL: &str = "ক্রম\tসিদ্ধান্ত\tবাস্তবায়নকারী\n\
                         ১\t\"সড়ক মেরামত\nকরতে হবে।\"\tনির্বাহী প্রকৌশলী\n\
                         ২\tতালিকা দিতে হবে।\t\"১। জেলা শিক্ষা অফিসার\n২। উপজেলা শিক্ষা অফিসার\n৩। প্রধান শিক্ষক\"\n\
                         ৩\t\"তিনি বলেন, \"\"সময়মতো\"\" কাজ\nশেষ করতে হবে।\"\t-";

    #[test]
    fn excel_quoted_cells_over_lines_are_one_cell() {
        let tables = find(EXCEL);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.header.len(), 1);
        assert_eq!(
            texts(t),
            [
                vec!["১", "সড়ক মেরামত করতে হবে।", "নির্বাহী প্রকৌশলী"],
                vec!["২", "তালিকা দিতে হবে।", "১। জেলা শিক্ষা অফিসার ২। উপজেলা শিক্ষা অফিসার ৩। প্রধান শিক্ষক"],
                vec!["৩", "তিনি বলেন, \"সময়মতো\" কাজ শেষ করতে হবে।", "-"],
            ]
        );
        let spans: Vec<(u32, u32)> = t.rows.iter().map(|r| (r.span.start_line, r.span.end_line)).collect();
        assert_eq!(spans, [(2, 3), (4, 6), (7, 8)]);
        assert_eq!((t.span.start_line, t.span.end_line), (1, 8));
    }

    #[test]
    fn a_quoted_first_cell_may_open_the_record() {
        let tables = find("নাম\tপদবি\n\"জনাব ক\n(অতিরিক্ত দায়িত্ব)\"\tসচিব\nজনাব খ\tউপসচিব");
        assert_eq!(texts(&tables[0]), [["জনাব ক (অতিরিক্ত দায়িত্ব)", "সচিব"], ["জনাব খ", "উপসচিব"]]);
    }

    #[test]
    fn one_line_quotes_stay_unless_doubled() {
        let tables = find("নাম\tমন্তব্য\nক\t\"চলমান\"\nখ\t\"মোঃ \"\"ক\"\" মিয়া\"");
        assert_eq!(texts(&tables[0]), [["ক", "\"চলমান\""], ["খ", "মোঃ \"ক\" মিয়া"]]);
    }

    #[test]
    fn a_quote_inside_text_does_not_swallow_lines() {
        let text = "ক্রম\tবিষয়\tসিদ্ধান্ত\n১\tস্লোগান \"ডিজিটাল\tক\n২\tবাংলাদেশ\" গড়া\tখ\n৩\tগ\tঘ";
        assert_eq!(find(text)[0].rows.len(), 3);
    }

    #[test]
    fn an_unclosed_quote_ends_at_a_blank_line() {
        let text = "ক্রম\tবিষয়\tসিদ্ধান্ত\n১\t\"উদ্ধৃতি শুরু\tক\n২\tখ\tগ\n\n৩\tঘ\tঙ";
        let rows: Vec<String> = find(text)[0].rows.iter().map(|r| r.cells[1].text.clone()).collect();
        assert_eq!(rows, ["\"উদ্ধৃতি শুরু", "খ", "ঘ"]);
    }

    #[test]
    fn a_quote_closed_before_other_text_is_ordinary_text() {
        let text = "ক্রম\tবিষয়\n১\t\"সোনার বাংলা\" গড়া\n২\tখ";
        assert_eq!(texts(&find(text)[0]), [["১", "\"সোনার বাংলা\" গড়া"], ["২", "খ"]]);
    }

    #[test]
    fn an_unclosed_quote_ends_after_a_bounded_number_of_lines() {
        let mut text = String::from("ক্রম\tবিষয়\n১\t\"খোলা উদ্ধৃতি\n");
        for _ in 0..40 {
            text.push_str("চলমান লাইন\n");
        }
        text.push_str("শেষ\"\tক\n");
        let tables = find(&text);
        assert_eq!(tables[0].rows.len(), 1);
        assert_eq!(tables[0].rows[0].cells[1].text, "\"খোলা উদ্ধৃতি");
    }
}
