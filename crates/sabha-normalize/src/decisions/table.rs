//! Decisions from decision tables: one decision per data row, cells mapped by
//! column role (serial, topic, discussion, decision, responsible) in whatever
//! order the table prints them. A header-less table right after a decision
//! table, with as many columns, continues it (a table broken by a page).

use sabha_doc::{ColumnRole, Row, Table};

use super::Draft;
use super::parties::parties;
use crate::grid::Grid;
use crate::numbering;
use crate::text::{after_label, clean, is_digit};
use crate::values;
use crate::view::View;

/// Where each field sits in a decision table's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Layout {
    serial: Option<usize>,
    topic: Option<usize>,
    discussion: Option<usize>,
    decision: usize,
    responsible: Option<usize>,
    deadline: Option<usize>,
    width: usize,
}

impl Layout {
    /// The layout of a table that has a decision column.
    pub(crate) fn of(grid: &Grid<'_>) -> Option<Layout> {
        let decision = decision_column(grid)?;
        let discussion = grid.column(ColumnRole::Discussion);
        // A first column of codes or numbers under an unrecognised header
        // (`সূচক নং`) holds the labels …
        let serial = grid.column(ColumnRole::Serial).or_else(|| {
            let labels =
                grid.rows.iter().filter_map(|r| r.cells.first()).filter(|c| !c.text.trim().is_empty());
            let mut labels = labels.peekable();
            (grid.is_unknown(0) && labels.peek().is_some() && labels.all(|c| is_label_like(&c.text)))
                .then_some(0)
        });
        // … and the unrecognised column right after them, before the discussion
        // or the decision, the topics (`কার্যক্রম`).
        let topic = grid.column(ColumnRole::Topic).or_else(|| {
            let next = serial.map_or(0, |s| s + 1);
            let before = discussion.unwrap_or(decision);
            (serial.is_some() && next < before && grid.is_unknown(next)).then_some(next)
        });
        Some(Layout {
            serial,
            topic,
            discussion,
            decision,
            responsible: grid.column(ColumnRole::Responsible),
            deadline: grid.column(ColumnRole::Deadline),
            width: grid.roles.len(),
        })
    }
}

/// The column of the decisions taken at this meeting. A table that follows up
/// earlier decisions prints `বিগত সভার সিদ্ধান্ত` (and its progress) before
/// `বর্তমান সভার সিদ্ধান্ত`: the earlier decision was not taken here. A table whose
/// only decision column is an earlier meeting's is a progress review: none.
fn decision_column(grid: &Grid<'_>) -> Option<usize> {
    let mut decisions =
        grid.roles.iter().enumerate().filter(|(_, r)| **r == ColumnRole::Decision).map(|(i, _)| i);
    let first = decisions.next()?;
    let of_earlier_meeting = |i: usize| grid.headers.get(i).is_some_and(|h| speaks_of_earlier_meeting(h));
    if !of_earlier_meeting(first) {
        return Some(first);
    }
    decisions.find(|&i| !of_earlier_meeting(i))
}

/// A header about an earlier meeting: `বিগত সভার সিদ্ধান্ত`, `গত সভার সিদ্ধান্ত`,
/// `পূর্ববর্তী সভার সিদ্ধান্ত`, `Previous decision`.
fn speaks_of_earlier_meeting(header: &str) -> bool {
    const EARLIER: &[&str] = &["বিগত", "গত", "পূর্ববর্তী", "পূর্বের", "পূর্বতন", "previous", "last"];
    header.split_whitespace().any(|w| EARLIER.contains(&w.to_lowercase().as_str()))
}

/// The most words a paragraph between a table and its continuation may have (a
/// page number, `চলমান পাতা-২`).
const MAX_WORDS_BETWEEN: usize = 4;

/// Every decision of every decision table, with the tables' block indices.
pub(crate) fn read(view: &View<'_>) -> (Vec<Draft>, Vec<usize>) {
    let mut used = Vec::new();
    // The rows of the decision table being read, across its continuations: the
    // first row of a continuation may finish the last row before the break.
    let mut rows_read: Vec<RowText> = Vec::new();
    let mut previous: Option<(usize, Layout)> = None;
    for &(block, table) in &view.tables {
        // A label–value table is one agenda item, read down (`vertical`), not
        // across — nor the continuation of a table read across before it.
        if super::vertical::is_agenda_table(table) {
            previous = None;
            continue;
        }
        let grid = Grid::of(table);
        let (layout, rows): (Layout, Vec<&Row>) = match Layout::of(&grid) {
            Some(l) => (l, grid.rows.iter().collect()),
            None => match previous {
                // A continuation's header row, if any, is data.
                Some((prev_block, l)) if continues(view, table, prev_block, block, l) => {
                    (l, table.header.iter().chain(table.rows.iter()).collect())
                }
                _ => {
                    previous = None;
                    continue;
                }
            },
        };
        used.push(block);
        let rows_are_the_grids = rows.len() == grid.rows.len();
        for (r, row) in rows.iter().enumerate() {
            let spanned = |c: usize| if rows_are_the_grids { grid.spanned_from_above(r, c) } else { None };
            match (read_row(row, &layout, spanned), rows_read.last_mut()) {
                // A complete decision above and one of its own: a new decision under a
                // topic merged down (a Word or HTML table exported to text), not the rest
                // of a row broken by a page.
                (Some(RowRead::Continues(more)), Some(last))
                    if last.is_complete() && more.decision.is_some() =>
                {
                    let merged = more.under(last);
                    rows_read.push(merged);
                }
                (Some(RowRead::Continues(more)), Some(last)) => last.append(more),
                (Some(RowRead::Continues(first) | RowRead::Starts(first)), _) => rows_read.push(first),
                (None, _) => {}
            }
        }
        previous = Some((block, layout));
    }
    (rows_read.into_iter().filter_map(RowText::into_draft).collect(), used)
}

/// `table` (block `block`) continues the decision table at `prev_block`: it has no
/// role of its own, as many columns, and nothing but a page mark between them.
fn continues(view: &View<'_>, table: &Table, prev_block: usize, block: usize, layout: Layout) -> bool {
    let roles_unknown = table.columns.iter().all(|c| c.role == ColumnRole::Unknown);
    let same_width =
        table.columns.len() == layout.width || table.rows.iter().any(|r| r.cells.len() == layout.width);
    let between_is_small = view
        .lines
        .iter()
        .filter(|l| l.block > prev_block && l.block < block)
        .all(|l| crate::text::words(l.text()).len() <= MAX_WORDS_BETWEEN);
    let no_table_between = !view.tables.iter().any(|(b, _)| *b > prev_block && *b < block);
    roles_unknown && same_width && between_is_small && no_table_between
}

/// The texts a row gives for each field, before they make a decision.
#[derive(Debug, Default)]
struct RowText {
    label: Option<String>,
    topic: Option<String>,
    discussion: Option<String>,
    decision: Option<String>,
    responsible: Option<String>,
    limit: Option<String>,
    span: Option<sabha_doc::Span>,
}

/// What a row is: the start of a decision, or the continuation of the one above.
enum RowRead {
    Starts(RowText),
    Continues(RowText),
}

impl RowText {
    /// A row broken over a page or wrapped by the layout: its texts continue the
    /// row above, field by field.
    fn append(&mut self, more: RowText) {
        for (mine, theirs) in [
            (&mut self.topic, more.topic),
            (&mut self.discussion, more.discussion),
            (&mut self.decision, more.decision),
            (&mut self.responsible, more.responsible),
            (&mut self.limit, more.limit),
        ] {
            match (mine.as_mut(), theirs) {
                (Some(m), Some(t)) => {
                    m.push(' ');
                    m.push_str(&t);
                }
                (None, t) => *mine = t,
                (Some(_), None) => {}
            }
        }
        self.span = match (self.span, more.span) {
            (Some(a), Some(b)) => Some(a.to(b)),
            (a, b) => a.or(b),
        };
    }

    /// The row's decision ends a sentence (`… করতে হবে।`): what follows is not its rest.
    fn is_complete(&self) -> bool {
        self.decision.as_deref().is_some_and(|d| d.trim_end().ends_with(['।', '?', '!']))
    }

    /// This row under `above`, whose topic and discussion cells were merged down over it.
    fn under(mut self, above: &RowText) -> RowText {
        if self.topic.is_none() {
            self.topic.clone_from(&above.topic);
        }
        if self.discussion.is_none() {
            self.discussion.clone_from(&above.discussion);
        }
        self
    }

    fn into_draft(self) -> Option<Draft> {
        let decision = clean(&self.decision?);
        Some(Draft {
            label: self.label,
            topic: self.topic.map(|t| clean(&t)),
            discussion: self.discussion.map(|d| clean(&d)),
            decision,
            responsible: self.responsible.map(|r| parties(&r)).unwrap_or_default(),
            limit_text: self.limit,
            span: self.span?,
        })
    }
}

/// One row's texts; `None` for rows that hold none (column numbers, rules,
/// empty rows). A cell merged down from above (`rowspan`) holds the text of the
/// cell it continues. In a table with serials, a row without one continues the
/// row above (a row broken by a page or wrapped by the layout); so does a row
/// without a topic in a table without serials.
fn read_row<'a>(row: &Row, layout: &Layout, spanned: impl Fn(usize) -> Option<&'a str>) -> Option<RowRead> {
    let cells = cells_of(row, layout);
    if is_column_number_row(&cells) || is_total_row(&cells) || is_group_row(&cells, layout) {
        return None;
    }
    let cell = |i: Option<usize>| -> Option<String> {
        let i = i?;
        let own = cells.get(i).map(|c| c.trim()).filter(|c| !c.is_empty());
        own.or_else(|| spanned(i)).map(String::from)
    };
    let mut text = RowText {
        topic: cell(layout.topic),
        discussion: cell(layout.discussion),
        decision: cell(Some(layout.decision)),
        responsible: cell(layout.responsible),
        limit: cell(layout.deadline),
        span: Some(row.span),
        ..RowText::default()
    };
    match (layout.serial, cell(layout.serial)) {
        (Some(_), None) => return Some(RowRead::Continues(text)),
        (_, Some(serial)) => {
            let (l, rest) = serial_and_rest(&serial);
            text.label = l;
            if text.topic.is_none() {
                text.topic = rest;
            }
        }
        // Without a serial column the topic starts a row (with its indicator
        // code, `[১.১.১] …`); a row with an empty topic continues the one above.
        (None, None) if layout.topic.is_some() && text.topic.is_none() => {
            return Some(RowRead::Continues(text));
        }
        // Without a serial column the topic may carry the number (`১. গত সভার
        // কার্যবিবরণী`) or an indicator code (`[১.১.১] …`).
        (None, None) => {
            let numbered = text.topic.as_deref().and_then(|t| {
                let m = numbering::leading(t).filter(|m| m.kind == numbering::Kind::Number)?;
                let rest = t.get(m.text_start..).map(str::trim).filter(|r| !r.is_empty())?;
                Some((m.label, Some(rest.to_string())))
            });
            if let Some((code, rest)) =
                numbered.or_else(|| text.topic.as_deref().and_then(indicator_and_rest))
            {
                text.label = Some(code);
                text.topic = rest;
            }
        }
    }
    if text.discussion.is_none() {
        if let Some((discussion, decision)) = text.decision.as_deref().and_then(discussion_and_decision) {
            (text.discussion, text.decision) = (discussion, decision);
        }
    }
    // A section row (`ক. উন্নয়ন`), a title row or a row that only discusses has
    // no decision.
    text.decision.as_ref()?;
    Some(RowRead::Starts(text))
}

/// A row that names a group of the decisions below it (`ক. আমন সংগ্রহ`,
/// `২. খাদ্য মজুদ পরিস্থিতি`): one numbered text outside the decision column, every
/// other cell empty. It is no decision and continues none; the rows under it keep
/// their own labels and topics. (One in the serial column, or one cell spanning the
/// table, already gives no decision.)
fn is_group_row(cells: &[String], layout: &Layout) -> bool {
    let mut filled = cells.iter().enumerate().filter(|(_, c)| !c.trim().is_empty());
    let (Some((at, text)), None) = (filled.next(), filled.next()) else { return false };
    let text = text.trim().trim_matches('*').trim();
    let text_start = numbering::leading(text)
        .map(|m| m.text_start)
        .or_else(|| numbering::sub_number(text).map(|s| s.text_start));
    at != layout.decision
        && text_start.and_then(|k| text.get(k..)).is_some_and(|rest| !rest.trim().is_empty())
}

/// A total row (`মোট =`, `সর্বমোট`) in the first two cells: it sums the rows
/// above, so it is no decision and continues none.
fn is_total_row(cells: &[String]) -> bool {
    cells.iter().take(2).any(|c| sabha_tables::is_total_label(c))
}

/// A cell of a `আলোচনা ও সিদ্ধান্ত` column written `আলোচনাঃ … সিদ্ধান্তঃ …`: its
/// discussion and its decision (none when the cell only discusses). `None` for a
/// cell that does not start with the discussion label.
fn discussion_and_decision(cell: &str) -> Option<(Option<String>, Option<String>)> {
    let body = after_label(cell.trim(), "আলোচনা").filter(|lv| lv.separated)?.value;
    let non_empty = |t: &str| Some(clean(t)).filter(|c| !c.is_empty());
    Some(match super::narrative::inline_decision(body) {
        Some((discussion, decision)) => (non_empty(discussion), non_empty(decision)),
        None => (non_empty(body), None),
    })
}

/// The row's cell texts, one per column. A row one cell short whose first cell
/// holds the serial and the topic together (`৮. ওয়েবপোর্টাল হালনাগাদ`) is spread
/// over both columns.
fn cells_of(row: &Row, layout: &Layout) -> Vec<String> {
    let mut cells: Vec<String> = row.cells.iter().map(|c| c.text.clone()).collect();
    // One cell short, or padded with an empty last cell (a Word row of four cells
    // in a table of five).
    let short = cells.len() + 1 == layout.width
        || cells.len() == layout.width && cells.last().is_some_and(|c| c.trim().is_empty());
    if layout.serial == Some(0) && layout.topic == Some(1) && short {
        if let Some((Some(label), Some(rest))) = cells.first().map(|c| serial_and_rest(c)) {
            cells.splice(0..1, [label, rest]);
            cells.truncate(layout.width);
        }
    }
    cells
}

/// `১.` → (`১`, None); `৮. ওয়েবপোর্টাল হালনাগাদ` → (`৮`, `ওয়েবপোর্টাল হালনাগাদ`).
fn serial_and_rest(cell: &str) -> (Option<String>, Option<String>) {
    let t = cell.trim();
    if let Some(m) = numbering::leading(t) {
        let rest = t.get(m.text_start..).map(str::trim).filter(|r| !r.is_empty()).map(String::from);
        return (Some(m.label), rest);
    }
    if let Some((code, rest)) = indicator_and_rest(t) {
        return (Some(code), rest);
    }
    let bare = t.trim_matches(|c: char| matches!(c, '.' | '।' | ')' | '(' | ':' | 'ঃ' | ' ' | '[' | ']'));
    ((!bare.is_empty()).then(|| bare.to_string()), None)
}

/// `[১.১.১] সেবা সহজিকরণ` → (`১.১.১`, `সেবা সহজিকরণ`).
fn indicator_and_rest(cell: &str) -> Option<(String, Option<String>)> {
    let t = cell.trim();
    let found = values::indicators(t);
    let code = found.first().filter(|f| f.start == 0)?;
    let label = code.raw.trim_start_matches('[').trim_end_matches(']').trim().to_string();
    let rest = t.get(code.end..).map(str::trim).filter(|r| !r.is_empty()).map(String::from);
    Some((label, rest))
}

/// A serial or an indicator code: `১`, `১.২`, `০১।`, `[১.১.১]`, `ক)`.
fn is_label_like(cell: &str) -> bool {
    let t = cell.trim();
    let bare = t.trim_matches(|c: char| matches!(c, '.' | '।' | ')' | '(' | ':' | 'ঃ' | '[' | ']'));
    !bare.is_empty() && bare.chars().count() <= 12 && bare.chars().all(|c| is_digit(c) || c == '.')
}

/// `১ ২ ৩ ৪ ৫`, `_ _ _ ৩ ৪`, `--- -- ---`: column numbers and rules, no content.
fn is_column_number_row(cells: &[String]) -> bool {
    let filled: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    filled.iter().all(|c| {
        c.chars().all(|ch| matches!(ch, '-' | '_' | '–' | '—' | '=' | '.' | ' '))
            || c.chars().count() <= 2 && c.chars().all(is_digit)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn drafts(text: &str) -> Vec<Draft> {
        let d = doc(text);
        let v = View::new(&d);
        read(&v).0
    }

    #[test]
    fn rows_by_role_in_any_order() {
        let got = drafts(
            "|@serial:ক্রঃ|@topic:আলোচনার বিষয়|@discussion:আলোচনা|@decision:সিদ্ধান্ত|@responsible:বাস্তবায়নকারী|\n|১|২|৩|৪|৫|\n|১.|গত সভার কার্যবিবরণী|আলোচনা হয়।|দৃঢ়ীকরণ করা হয়।|১। জেলা প্রশাসক ২। পুলিশ সুপার।|\n|২.|সেবা|আলোচনা|সেবা দিতে হবে।|সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর।|",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].label.as_deref(), Some("১"));
        assert_eq!(got[0].topic.as_deref(), Some("গত সভার কার্যবিবরণী"));
        assert_eq!(got[0].discussion.as_deref(), Some("আলোচনা হয়।"));
        assert_eq!(got[0].decision, "দৃঢ়ীকরণ করা হয়।");
        assert_eq!(got[0].responsible, ["জেলা প্রশাসক", "পুলিশ সুপার"]);
        assert_eq!(got[1].responsible, ["সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর"]);
        assert_eq!(got[1].span, sabha_doc::Span::line(4));
        let reordered = drafts("|@decision:সিদ্ধান্ত|@serial:ক্রম|@responsible:দায়িত্ব|\n|কাজ করতে হবে।|১|ক দপ্তর|");
        assert_eq!(
            (reordered[0].label.as_deref(), reordered[0].decision.as_str()),
            (Some("১"), "কাজ করতে হবে।")
        );
        assert_eq!(reordered[0].topic, None);
        assert_eq!(reordered[0].discussion, None);
    }

    #[test]
    fn serial_and_topic_glued_in_a_short_row() {
        let got = drafts(
            "|@serial:ক্রঃ|@topic:বিষয়|@discussion:আলোচনা|@decision:সিদ্ধান্ত|@responsible:বাস্তবায়নকারী|\n|৮. ওয়েবপোর্টাল হালনাগাদ|আলোচনা|হালনাগাদ করতে হবে।|১। জেলা প্রশাসক|",
        );
        assert_eq!(got[0].label.as_deref(), Some("৮"));
        assert_eq!(got[0].topic.as_deref(), Some("ওয়েবপোর্টাল হালনাগাদ"));
        assert_eq!(got[0].decision, "হালনাগাদ করতে হবে।");
    }

    #[test]
    fn serial_and_topic_glued_in_a_padded_row() {
        let got = drafts(
            "|@serial:ক্রঃ|@topic:বিষয়|@discussion:আলোচনা|@decision:সিদ্ধান্ত|@responsible:বাস্তবায়নকারী|\n|৮. ওয়েবপোর্টাল হালনাগাদ|আলোচনা|হালনাগাদ করতে হবে।|১। জেলা প্রশাসক||",
        );
        assert_eq!((got[0].label.as_deref(), got[0].decision.as_str()), (Some("৮"), "হালনাগাদ করতে হবে।"));
        assert_eq!(got[0].responsible, ["জেলা প্রশাসক"]);
    }

    #[test]
    fn the_decision_of_this_meeting_not_of_the_last() {
        let got = drafts(
            "|@serial:ক্রম|@topic:বিষয়|@decision:বিগত সভার সিদ্ধান্ত|অগ্রগতি|@decision:বর্তমান সভার সিদ্ধান্ত|\n|১.|জরিপ|জরিপ করতে হবে।|৩টি সম্পন্ন।|অবশিষ্ট জরিপ শেষ করতে হবে।|",
        );
        assert_eq!(got[0].decision, "অবশিষ্ট জরিপ শেষ করতে হবে।");
        assert!(speaks_of_earlier_meeting("গত সভার সিদ্ধান্ত"));
        assert!(speaks_of_earlier_meeting("Previous decision"));
        assert!(!speaks_of_earlier_meeting("গৃহীত সিদ্ধান্ত"));
        // A review of the last meeting's decisions took none of its own.
        let only_earlier =
            drafts("|@serial:ক্রম|@decision:বিগত সভার সিদ্ধান্ত|অগ্রগতি|\n|১.|জরিপ করতে হবে।|সম্পন্ন|");
        assert!(only_earlier.is_empty(), "{only_earlier:?}");
    }

    #[test]
    fn a_discussion_and_decision_cell_is_split_on_its_labels() {
        let got = drafts(
            "|@serial:ক্রম|@topic:বিষয়|@decision:আলোচনা ও সিদ্ধান্ত|@responsible:বাস্তবায়নে|\n|১|ড্রেন|আলোচনাঃ ড্রেন ভরাট হয়েছে। সিদ্ধান্তঃ ড্রেন পরিষ্কার করতে হবে।|প্রকৌশলী|\n|২|মশক|আলোচনাঃ ডেঙ্গু নিয়ে আলোচনা হয়।|—|\n|৩|কর|কর আদায় করতে হবে।|কর নির্ধারক|",
        );
        let read: Vec<_> =
            got.iter().map(|d| (d.label.as_deref(), d.discussion.as_deref(), d.decision.as_str())).collect();
        assert_eq!(
            read,
            [
                (Some("১"), Some("ড্রেন ভরাট হয়েছে।"), "ড্রেন পরিষ্কার করতে হবে।"),
                (Some("৩"), None, "কর আদায় করতে হবে।"),
            ]
        );
    }

    #[test]
    fn group_rows_between_decisions_are_skipped_and_continue_none() {
        // The group's name in the serial column, in the topic column (bold), or in a
        // cell spanning the table: the rows under it keep their own labels and topics.
        let got = drafts(
            "|@serial:ক্রম|@topic:আলোচ্য বিষয়|@discussion:আলোচনা|@decision:সিদ্ধান্ত|@responsible:বাস্তবায়নে|\n|ক. আমন সংগ্রহ|||||\n|১|ধান সংগ্রহ|লক্ষ্য অর্জিত হয়নি।|ধান সংগ্রহ জোরদার করতে হবে।|খাদ্য নিয়ন্ত্রক|\n||**খ. খাদ্য মজুদ পরিস্থিতি**||||\n|২|এলএসডি মজুদ|মজুদ পর্যাপ্ত।|মান পরীক্ষা করতে হবে।|ভারপ্রাপ্ত কর্মকর্তা|\n|২. গুদাম|\n|৩|মেরামত|ছাদ নষ্ট।|মেরামত করতে হবে।|প্রকৌশলী|",
        );
        let view: Vec<_> =
            got.iter().map(|d| (d.label.as_deref(), d.topic.as_deref(), d.decision.as_str())).collect();
        assert_eq!(
            view,
            [
                (Some("১"), Some("ধান সংগ্রহ"), "ধান সংগ্রহ জোরদার করতে হবে।"),
                (Some("২"), Some("এলএসডি মজুদ"), "মান পরীক্ষা করতে হবে।"),
                (Some("৩"), Some("মেরামত"), "মেরামত করতে হবে।"),
            ]
        );
        // A row that only continues a wrapped topic is no group row.
        let cells = |v: &[&str]| v.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let layout = Layout {
            serial: Some(0),
            topic: Some(1),
            discussion: None,
            decision: 2,
            responsible: None,
            deadline: None,
            width: 3,
        };
        assert!(is_group_row(&cells(&["", "খ. ত্রাণ মজুদ", ""]), &layout));
        assert!(!is_group_row(&cells(&["", "কর্মপ্রক্রিয়ার উন্নয়ন", ""]), &layout));
        assert!(!is_group_row(&cells(&["", "", "২. মেরামত করতে হবে।"]), &layout));
    }

    #[test]
    fn a_total_row_is_no_decision_and_continues_none() {
        let got = drafts(
            "|@serial:ক্রম|@topic:প্রকল্প|@decision:সিদ্ধান্ত|\n|১.|রাস্তা নির্মাণ|অনুমোদন করা হলো।|\n||মোট =||\n|সর্বমোট||অনুমোদিত ব্যয়|",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].topic.as_deref(), Some("রাস্তা নির্মাণ"));
        assert_eq!(got[0].decision, "অনুমোদন করা হলো।");
    }

    #[test]
    fn a_row_without_serial_continues_the_row_above() {
        let got = drafts(
            "|@serial:ক্রম|@topic:বিষয়|@decision:সিদ্ধান্ত|@responsible:বাস্তবায়নকারী|\n|২|দাপ্তরিক অভ্যন্তরীণ|কর্মপ্রক্রিয়ার|সংশ্লিষ্ট দপ্তর প্রধান|\n||কর্মপ্রক্রিয়ার উন্নয়ন|উন্নয়ন করতে হবে।|(সকল), নাটোর।|\n|৩|সেবা|সেবা দিতে হবে।|ক|",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].topic.as_deref(), Some("দাপ্তরিক অভ্যন্তরীণ কর্মপ্রক্রিয়ার উন্নয়ন"));
        assert_eq!(got[0].decision, "কর্মপ্রক্রিয়ার উন্নয়ন করতে হবে।");
        assert_eq!(got[0].responsible, ["সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর"]);
        assert_eq!(got[0].span, sabha_doc::Span { start_line: 2, end_line: 3 });
    }

    #[test]
    fn a_number_at_the_head_of_the_topic_is_the_label() {
        let got = drafts(
            "|@topic:আলোচ্য বিষয়|@decision:সিদ্ধান্ত|\n|১. গত সভার কার্যবিবরণী|অনুমোদিত হলো।|\n|২। বিবিধ|সভা হবে।|",
        );
        let view: Vec<_> = got.iter().map(|d| (d.label.as_deref(), d.topic.as_deref())).collect();
        assert_eq!(view, [(Some("১"), Some("গত সভার কার্যবিবরণী")), (Some("২"), Some("বিবিধ"))]);
    }

    #[test]
    fn rows_under_a_topic_merged_down_are_decisions_of_their_own() {
        let got = drafts(
            "|@topic:আলোচ্য বিষয়|@decision:সিদ্ধান্ত|@responsible:দায়িত্ব|\n|ঋণ আদায়|খেলাপি ঋণ আদায় করতে হবে।|পরিচালক (ঋণ)|\n||মামলা দায়ের করতে হবে।|আইন কর্মকর্তা|\n|প্রশিক্ষণ|প্রশিক্ষণ দিতে হবে।|পরিচালক|",
        );
        let view: Vec<_> = got.iter().map(|d| (d.topic.as_deref(), d.decision.as_str())).collect();
        assert_eq!(
            view,
            [
                (Some("ঋণ আদায়"), "খেলাপি ঋণ আদায় করতে হবে।"),
                (Some("ঋণ আদায়"), "মামলা দায়ের করতে হবে।"),
                (Some("প্রশিক্ষণ"), "প্রশিক্ষণ দিতে হবে।")
            ]
        );
        assert_eq!(got[1].responsible, ["আইন কর্মকর্তা"]);
    }

    #[test]
    fn continuation_table_and_status_responsible() {
        let got = drafts(
            "|@topic:আলোচ্য বিষয়|@discussion:আলোচনা|@decision:সিদ্ধান্ত গ্রহণ|@responsible:বাস্তবায়ন|\n|ক|খ|গ।|কমিটি|\n\n|ঘ|ঙ|চ।|বাস্তবায়িত|\n|ছ|জ|ঝ।|কমিটি|",
        );
        assert_eq!(got.len(), 3);
        assert!(got[1].responsible.is_empty());
        assert_eq!(got[2].decision, "ঝ।");
    }

    #[test]
    fn a_table_without_decision_column_gives_nothing() {
        assert!(drafts("|@serial:ক্রম|@unknown:কার্যক্রম|@unknown:অগ্রগতি|\n|১|ক|খ|").is_empty());
        // …and does not continue an earlier decision table when text stands between.
        let got = drafts(
            "|@decision:সিদ্ধান্ত|@responsible:দায়িত্ব|\n|ক।|খ|\n\nসভায় বিস্তারিত আলোচনা হয় এবং সবাই একমত হন।\n\n|গ।|ঘ|",
        );
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn codes_under_an_unknown_header_are_labels_and_the_next_column_topics() {
        let got = drafts(
            "|@unknown:সূচক নং|@unknown:কার্যক্রম|@discussion:আলোচনা|@decision:সিদ্ধান্ত|@responsible:দায়িত্ব|\n|১.১|সভা আয়োজন|আলোচনা|সভা করতে হবে।|চলমান|",
        );
        assert_eq!(got[0].label.as_deref(), Some("১.১"));
        assert_eq!(got[0].topic.as_deref(), Some("সভা আয়োজন"));
        assert!(got[0].responsible.is_empty());
        let got =
            drafts("|@unknown:বিষয়বস্তু|@discussion:আলোচনা|@decision:সিদ্ধান্ত|\n|সভা আয়োজন|আলোচনা|সভা করতে হবে।|");
        assert_eq!((got[0].label.clone(), got[0].topic.clone()), (None, None));
    }

    #[test]
    fn a_deadline_column_gives_the_row_its_limit() {
        let got = drafts("|@serial:ক্রম|@decision:সিদ্ধান্ত|@deadline:সময়সীমা|\n|১|কাজ।|৩০ জুন ২০২৪|");
        assert_eq!(got[0].limit_text.as_deref(), Some("৩০ জুন ২০২৪"));
    }

    #[test]
    fn column_number_and_rule_rows_are_skipped() {
        for cells in [vec!["১", "২", "৩"], vec!["", "", "৩"], vec!["---", "--", "-"]] {
            let cells: Vec<String> = cells.into_iter().map(String::from).collect();
            assert!(is_column_number_row(&cells));
        }
        assert!(!is_column_number_row(&["১".to_string(), "সভা".to_string()]));
    }
}
