//! Ruled tables: pandoc / reStructuredText *grid* tables and the box-drawing
//! tables text exports and some Bangla word processors write. One reader serves
//! both; only the border alphabet differs.
//!
//! ```text
//! +------+----------------------+      ┌──────┬──────────────────────┐
//! | ক্রম  | সিদ্ধান্ত              |      │ ক্রম  │ সিদ্ধান্ত              │
//! +======+======================+      ├──────┼──────────────────────┤
//! | ১    | মেরামত কাজ সম্পন্ন      |      │ ১    │ মেরামত কাজ সম্পন্ন      │
//! |      | করতে হবে।             |      │      │ করতে হবে।             │
//! +------+----------------------+      └──────┴──────────────────────┘
//! ```
//!
//! A *border* is a line of junctions (`+`, `┌ ┬ ┐ ├ ┼ ┤ └ ┴ ┘` and their heavy and
//! double forms `┏ ╋ ╔ ╬ ╠ ╣ ╚ ╩ ╝ …`) and horizontals (`-`, `=`, `─`, `━`, `═`),
//! starting and ending with a junction; a *wall line* starts and ends with a wall
//! (`|`, `│`, `┃`, `║`). A block is a run of border and wall lines from a border
//! to the last border; walls and junctions of the two alphabets may be mixed.
//!
//! Rows: in an ASCII grid (pandoc) a row is every wall line between two borders,
//! and the rows above a `+===+` border are the header. In a box-drawn table the
//! header is the row above the first inner rule; when the body has rules between
//! its rows a row is the lines between two rules, otherwise (rules only under the
//! header, or none at all) every wall line is a row. A cell's text is its pieces
//! on a row's lines joined with a space, so a sentence (or a deadline such as
//! `৩০ সেপ্টেম্বর` / `২০২৪`) wrapped inside the cell reads whole again. Cells are
//! A *partial rule* (`│ ১    ├──────┤`) rules some columns only: the cell of an
//! open column is merged down over it, its text joined and its `row_span` grown,
//! and the row below lists it as covered (an empty cell once laid out), as HTML's
//! `rowspan` does. A box-drawn table with a single body row under a single rule is read as one
//! ruled only under its header (the rules cannot tell a wrapped row from a row
//! per line). Cells are
//! split on the walls rather than on the border's junction columns: Bengali text
//! padded by an editor rarely lines up with them, the walls still do.
//!
//! Minimum evidence: a border line, a row, and a closing border.

use sabha_doc::Span;

use crate::pipe::split_cells;
use crate::raw::{RawCell, RawRow, RawTable, claim, line_number};
use crate::text::clean_cell_text;

pub(crate) fn find(lines: &[&str], first_line: u32, claimed: &mut [bool]) -> Vec<RawTable> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if claimed[i] || border(lines[i]).is_none() {
            i += 1;
            continue;
        }
        let end = block_end(lines, claimed, i);
        // A block without rows holds none in any part of it either: skip it whole
        // (no rescans of a long run of border lines).
        if let Some(table) = read_block(&lines[i..end], line_number(first_line, i)) {
            claim(claimed, &table, first_line);
            tables.push(table);
        }
        i = end.max(i + 1);
    }
    tables
}

/// What a border line separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Border {
    /// `+-----+-----+`, `├─────┼─────┤`: between rows (or the frame).
    Row,
    /// `+=====+=====+`: under a pandoc header.
    Header,
}

fn is_junction(c: char) -> bool {
    // `+` and every box-drawing character that joins lines (corners, tees,
    // crosses) in the light, heavy, double and mixed weights: U+250C…U+254B
    // and U+2552…U+256C.
    c == '+' || matches!(c, '\u{250C}'..='\u{254B}' | '\u{2552}'..='\u{256C}')
}

fn is_horizontal(c: char) -> bool {
    matches!(c, '-' | '=' | '─' | '━' | '═' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍')
}

fn is_wall(c: char) -> bool {
    matches!(c, '|' | '│' | '┃' | '║' | '┆' | '┇' | '┊' | '┋' | '╎' | '╏')
}

/// `+---+---+`, `+===+===+`, `+:--+--:+`, `┌───┬───┐`, `╠═══╬═══╣`: a border line
/// (a junction at each end, runs of horizontals between them).
fn border(line: &str) -> Option<Border> {
    let t = line.trim();
    let mut chars = t.chars();
    let (first, last) = (chars.next()?, chars.next_back()?);
    if !is_junction(first) || !is_junction(last) {
        return None;
    }
    let mut has_rule = false;
    for c in chars.chain([first, last]) {
        if is_horizontal(c) {
            has_rule = true;
        } else if !(is_junction(c) || c == ':') {
            return None;
        }
    }
    if !has_rule {
        None
    } else if t.contains('=') {
        Some(Border::Header)
    } else {
        Some(Border::Row)
    }
}

fn is_wall_line(line: &str) -> bool {
    let t = line.trim();
    let mut chars = t.chars();
    matches!((chars.next(), chars.next_back()), (Some(a), Some(b)) if is_wall(a) && is_wall(b))
}

/// `│ ১    ├──────┤`: a rule under some columns only, the others holding a cell
/// merged down over it. Gives, per column, whether the line rules it (a cell of
/// two or more horizontals); `None` for any other line. A cell of one dash
/// (`│ - │`) is text, and the line must hold a junction where a rule meets a wall.
fn partial_rule(line: &str) -> Option<Vec<bool>> {
    let t = line.trim();
    let mut chars = t.chars();
    let (first, last) = (chars.next()?, chars.next_back()?);
    let edge = |c: char| is_wall(c) || is_junction(c);
    if !edge(first) || !edge(last) || !chars.any(is_junction) || border(line).is_some() {
        return None;
    }
    let inner = t.get(first.len_utf8()..t.len() - last.len_utf8())?;
    let ruled: Vec<bool> = inner
        .split(edge)
        .map(|cell| {
            let cell = cell.trim();
            cell.chars().filter(|&c| is_horizontal(c)).count() >= 2
                && cell.chars().all(|c| is_horizontal(c) || c == ':')
        })
        .collect();
    ruled.contains(&true).then_some(ruled)
}

/// The end (exclusive) of the run of border and wall lines starting at `start`.
fn block_end(lines: &[&str], claimed: &[bool], start: usize) -> usize {
    let mut end = start;
    while end < lines.len()
        && !claimed[end]
        && (border(lines[end]).is_some() || is_wall_line(lines[end]) || partial_rule(lines[end]).is_some())
    {
        end += 1;
    }
    end
}

/// The wall lines between two borders, with their indices in the block.
type Segment<'a> = Vec<(usize, &'a str)>;

/// The rows of a ruled block, from its first border to its last.
fn read_block(lines: &[&str], first_number: u32) -> Option<RawTable> {
    let last_border = lines.iter().rposition(|l| border(l).is_some())?;
    let lines = lines.get(..=last_border)?;
    let mut segments: Vec<Segment> = Vec::new();
    let mut rules: Vec<(usize, &str)> = Vec::new();
    // Per rule, the columns it leaves open (merged down over it), with the
    // text a merged cell shows on the rule line itself.
    let mut open_columns: Vec<Vec<(usize, String)>> = Vec::new();
    let mut pending = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let partial = if border(line).is_some() { Some(Vec::new()) } else { partial_rule(line) };
        match partial {
            None => pending.push((i, *line)),
            Some(ruled) => {
                open_columns.push(merged_pieces(line, &ruled));
                rules.push((i, *line));
                segments.push(std::mem::take(&mut pending));
            }
        }
    }
    // `segments[k]` is the lines above rule `k`; `segments[0]` is empty (the block
    // starts with a border).
    let box_drawn = rules.iter().any(|(_, l)| !l.is_ascii())
        || segments
            .iter()
            .flatten()
            .any(|(_, l)| l.trim_start().chars().next().is_some_and(|c| !c.is_ascii()));
    let layout = if box_drawn { box_layout(&rules) } else { grid_layout(&rules) };
    let mut rows: Vec<PiecedRow> = Vec::new();
    // The row whose cell each column currently continues (for merged cells).
    let mut owners: Vec<Option<usize>> = Vec::new();
    for (k, segment) in segments.iter().enumerate() {
        let header = layout.header_rule.is_some_and(|h| k <= h);
        let open_above = k.checked_sub(1).and_then(|r| open_columns.get(r)).map_or(&[][..], Vec::as_slice);
        if layout.line_per_row && !header {
            rows.extend(
                segment.iter().filter_map(|line| PiecedRow::read(std::slice::from_ref(line), first_number)),
            );
        } else if let Some(mut row) = PiecedRow::read(segment, first_number) {
            row.header = header;
            for (column, text) in open_above {
                if let Some(owner) = owners.get(*column).copied().flatten().and_then(|o| rows.get_mut(o)) {
                    owner.continue_cell(*column, text, &mut row);
                }
            }
            rows.push(row);
        }
        let index = rows.len().saturating_sub(1);
        for (column, _) in rows.last().map(|r| r.columns.iter().enumerate()).into_iter().flatten() {
            if owners.len() <= column {
                owners.resize(column + 1, None);
            }
            if !rows.last().is_some_and(|r| r.covered.get(column).copied().unwrap_or(false)) {
                owners[column] = Some(index);
            }
        }
    }
    let rows: Vec<RawRow> = rows.into_iter().map(PiecedRow::into_raw).collect();
    if rows.is_empty() {
        return None;
    }
    let span = Span { start_line: first_number, end_line: line_number(first_number, lines.len() - 1) };
    Some(RawTable { span, rows, explicit_header: layout.header_rule.is_some() })
}

/// How a block's rules divide it.
struct Layout {
    /// The rule (index into the block's rules) under the header, when the rules
    /// say where the header ends.
    header_rule: Option<usize>,
    /// Every wall line of the body is a row of its own.
    line_per_row: bool,
}

/// Pandoc: rows between borders, the header above the `+===+` border.
fn grid_layout(rules: &[(usize, &str)]) -> Layout {
    let header_rule = rules.iter().position(|(_, l)| border(l) == Some(Border::Header));
    Layout { header_rule, line_per_row: false }
}

/// Box drawing: rules `0` and `last` are the frame. One inner rule closes the
/// header and leaves the body's lines one row each; several inner rules divide
/// rows, the first closing the header when it is drawn unlike the next one
/// (`╞═══╪` over `├───┼`); otherwise the header is inferred from its words.
fn box_layout(rules: &[(usize, &str)]) -> Layout {
    let inner = rules.get(1..rules.len().saturating_sub(1)).unwrap_or(&[]);
    match inner {
        [] => Layout { header_rule: None, line_per_row: true },
        [_] => Layout { header_rule: Some(1), line_per_row: true },
        [(_, first), (_, second), ..] => {
            let distinct = rule_weight(first) != rule_weight(second);
            Layout { header_rule: distinct.then_some(1), line_per_row: false }
        }
    }
}

/// The horizontal a rule is drawn with (`─`, `━`, `═`, `-`, `=`).
fn rule_weight(line: &str) -> Option<char> {
    line.chars().find(|&c| is_horizontal(c))
}

/// A row read from its wall lines: cell `k` is the `k`-th piece of every line.
/// A cell merged down from a row above is `covered` here and its pieces were
/// added to that row's cell (whose `row_span` grew).
struct PiecedRow {
    span: Span,
    header: bool,
    columns: Vec<Vec<String>>,
    row_spans: Vec<u16>,
    covered: Vec<bool>,
}

impl PiecedRow {
    /// The row the wall lines `pending` (index, text) make.
    fn read(pending: &[(usize, &str)], first_number: u32) -> Option<PiecedRow> {
        let (first, _) = *pending.first()?;
        let (last, _) = *pending.last()?;
        let span =
            Span { start_line: line_number(first_number, first), end_line: line_number(first_number, last) };
        let mut columns: Vec<Vec<String>> = Vec::new();
        for (_, line) in pending {
            for (k, cell) in split_cells(&ascii_walls(line)).into_iter().enumerate() {
                if columns.len() <= k {
                    columns.resize_with(k + 1, Vec::new);
                }
                let piece = cell.trim();
                if !piece.is_empty() {
                    columns[k].push(piece.to_string());
                }
            }
        }
        let width = columns.len();
        Some(PiecedRow {
            span,
            header: false,
            columns,
            row_spans: vec![1; width],
            covered: vec![false; width],
        })
    }

    /// Takes `below`'s cell in `column` (and the text `on_rule` the merged cell
    /// shows on the rule between them) into this row's cell in that column.
    fn continue_cell(&mut self, column: usize, on_rule: &str, below: &mut PiecedRow) {
        let (Some(cell), Some(span)) = (self.columns.get_mut(column), self.row_spans.get_mut(column)) else {
            return;
        };
        if !on_rule.is_empty() {
            cell.push(on_rule.to_string());
        }
        if let (Some(pieces), Some(covered)) = (below.columns.get_mut(column), below.covered.get_mut(column))
        {
            cell.append(pieces);
            *covered = true;
        }
        *span = span.saturating_add(1);
    }

    fn into_raw(self) -> RawRow {
        let span = self.span;
        let cells = self
            .columns
            .iter()
            .zip(&self.row_spans)
            .zip(&self.covered)
            .filter(|(_, covered)| !**covered)
            .map(|((pieces, &row_span), _)| {
                let mut cell = RawCell::new(clean_cell_text(&pieces.join(" ")), span);
                cell.row_span = row_span;
                cell
            })
            .collect();
        RawRow { cells, span, header: self.header }
    }
}

/// The columns a partial rule leaves open (`ruled[k]` false), with the text the
/// merged cell shows on the rule line. A full border leaves none open.
fn merged_pieces(line: &str, ruled: &[bool]) -> Vec<(usize, String)> {
    if ruled.is_empty() {
        return Vec::new();
    }
    let t = line.trim();
    let inner: String = t.chars().skip(1).take(t.chars().count().saturating_sub(2)).collect();
    inner
        .split(|c: char| is_wall(c) || is_junction(c))
        .enumerate()
        .filter(|(k, _)| !ruled.get(*k).copied().unwrap_or(true))
        .map(|(k, text)| (k, clean_cell_text(text)))
        .collect()
}

/// The line with every box-drawing wall written `|`, so that cells split as in a
/// pipe row.
fn ascii_walls(line: &str) -> String {
    line.chars().map(|c| if is_wall(c) { '|' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find_in_text as find;
    use sabha_doc::ColumnRole;

    const GRID: &str = "+------+---------------+--------------+\n\
                        | ক্রম | সিদ্ধান্ত       | সময়সীমা      |\n\
                        +======+===============+==============+\n\
                        | ৩.১  | মেরামত কাজ    | ৩০ সেপ্টেম্বর |\n\
                        |      | করতে হবে।     | ২০২৪         |\n\
                        +------+---------------+--------------+\n\
                        | ৩.২  | তালিকা দিতে   | চলমান        |\n\
                        |      | হবে।          |              |\n\
                        +------+---------------+--------------+";

    #[test]
    fn borders() {
        assert_eq!(border("+---+---+"), Some(Border::Row));
        assert_eq!(border("  +===+:==+ "), Some(Border::Header));
        assert_eq!(border("+ ক +"), None);
        assert_eq!(border("+++"), None);
        assert_eq!(border("-----"), None);
    }

    #[test]
    fn wrapped_cells_join_and_the_header_is_above_the_double_border() {
        let tables = find(GRID);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.header.len(), 1);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].cells[1].text, "মেরামত কাজ করতে হবে।");
        assert_eq!(t.rows[0].cells[2].text, "৩০ সেপ্টেম্বর ২০২৪");
        assert_eq!((t.rows[1].span.start_line, t.rows[1].span.end_line), (7, 8));
        assert_eq!(t.column(ColumnRole::Decision), Some(1));
        assert_eq!(t.column(ColumnRole::Deadline), Some(2));
        assert_eq!((t.span.start_line, t.span.end_line), (1, 9));
    }

    #[test]
    fn a_grid_without_header_border_still_gives_rows() {
        let text = "+---+---+\n| ক | খ |\n+---+---+\n| গ | ঘ |\n+---+---+";
        let tables = find(text);
        assert_eq!(tables.len(), 1);
        let cells: Vec<&str> = tables[0]
            .header
            .iter()
            .chain(&tables[0].rows)
            .flat_map(|r| &r.cells)
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(cells, ["ক", "খ", "গ", "ঘ"]);
    }

    #[test]
    fn many_border_lines_without_rows_are_no_table() {
        let text = "+---+---+\n".repeat(5000);
        assert!(find(&text).is_empty());
    }

    #[test]
    fn a_lone_border_is_no_table() {
        assert!(find("+------+\nসভা শেষ হয়।").is_empty());
    }

    const BOX: &str = "┌──────┬───────────────┬──────────────┐\n\
                       │ ক্রম │ সিদ্ধান্ত       │ সময়সীমা      │\n\
                       ├──────┼───────────────┼──────────────┤\n\
                       │ ৩.১  │ মেরামত কাজ    │ ৩০ সেপ্টেম্বর │\n\
                       │      │ করতে হবে।     │ ২০২৪         │\n\
                       ├──────┼───────────────┼──────────────┤\n\
                       │ ৩.২  │ তালিকা দিতে   │ চলমান        │\n\
                       │      │ হবে।          │              │\n\
                       └──────┴───────────────┴──────────────┘";

    fn texts(rows: &[sabha_doc::Row]) -> Vec<Vec<&str>> {
        rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn box_borders() {
        assert_eq!(border("┌───┬───┐"), Some(Border::Row));
        assert_eq!(border("╠═══╬═══╣"), Some(Border::Row));
        assert_eq!(border("┣━━━╋━━━┫"), Some(Border::Row));
        assert_eq!(border("+───+───+"), Some(Border::Row));
        assert_eq!(border("└┴┘"), None);
        assert_eq!(border("├ ক ┤"), None);
        assert!(is_wall_line("║ ক │ খ ║"));
        assert!(is_wall_line("│ ক | খ |"));
    }

    #[test]
    fn a_box_table_with_rules_between_rows_joins_wrapped_cells() {
        let tables = find(BOX);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(texts(&t.header), [["ক্রম", "সিদ্ধান্ত", "সময়সীমা"]]);
        assert_eq!(
            texts(&t.rows),
            [["৩.১", "মেরামত কাজ করতে হবে।", "৩০ সেপ্টেম্বর ২০২৪"], ["৩.২", "তালিকা দিতে হবে।", "চলমান"]]
        );
        assert_eq!((t.rows[1].span.start_line, t.rows[1].span.end_line), (7, 8));
        assert_eq!((t.span.start_line, t.span.end_line), (1, 9));
        assert_eq!(t.column(ColumnRole::Deadline), Some(2));
    }

    #[test]
    fn a_box_table_ruled_only_under_its_header_has_a_row_per_line() {
        let text = "╔════╦══════════╦════════╗\n\
                    ║ ক্রম ║ আলোচ্য   ║ মন্তব্য  ║\n\
                    ║     ║ বিষয়      ║        ║\n\
                    ╠════╬══════════╬════════╣\n\
                    ║ ১  ║ সড়ক      ║ চলমান  ║\n\
                    ║ ২  ║ বাজার     ║ -      ║\n\
                    ╚════╩══════════╩════════╝";
        let t = &find(text)[0];
        assert_eq!(texts(&t.header), [["ক্রম", "আলোচ্য বিষয়", "মন্তব্য"]]);
        assert_eq!(texts(&t.rows), [["১", "সড়ক", "চলমান"], ["২", "বাজার", "-"]]);
    }

    #[test]
    fn a_differently_drawn_first_rule_closes_the_header_and_mixed_walls_split() {
        let text =
            "┌───┬───┐\n│ নাম │ পদবি │\n╞═══╪═══╡\n| জনাব ক | সচিব |\n├───┼───┤\n│ জনাব খ │ উপসচিব │\n└───┴───┘";
        let t = &find(text)[0];
        assert_eq!(texts(&t.header), [["নাম", "পদবি"]]);
        assert_eq!(texts(&t.rows), [["জনাব ক", "সচিব"], ["জনাব খ", "উপসচিব"]]);
    }

    #[test]
    fn a_box_without_inner_rules_has_a_row_per_line() {
        let text = "┌───┬───┐\n│ ক্রম │ সিদ্ধান্ত │\n│ ১ │ সভা হবে। │\n│ ২ │ পত্র দিতে হবে। │\n└───┴───┘";
        let t = &find(text)[0];
        assert_eq!(t.header.len(), 1);
        assert_eq!(texts(&t.rows), [["১", "সভা হবে।"], ["২", "পত্র দিতে হবে।"]]);
    }

    #[test]
    fn many_box_rules_without_rows_are_no_table() {
        let text = "├───┼───┤\n".repeat(5000);
        assert!(find(&text).is_empty());
    }

    #[test]
    fn partial_rules() {
        assert_eq!(partial_rule("│ ১    ├──────┤"), Some(vec![false, true]));
        assert_eq!(partial_rule("├──────┤ চলমান │"), Some(vec![true, false]));
        assert_eq!(partial_rule("│ ১ │ - │"), None);
        assert_eq!(partial_rule("│ ক │ খ │"), None);
        assert_eq!(partial_rule("├───┼───┤"), None, "a full border");
    }

    #[test]
    fn a_cell_merged_over_a_partial_rule_spans_the_rows() {
        let text = "┌────┬──────────┬──────────────┐\n\
                    │ ক্রম │ সিদ্ধান্ত   │ বাস্তবায়নকারী  │\n\
                    ├────┼──────────┼──────────────┤\n\
                    │ ১  │ সভা হবে। │ উপজেলা       │\n\
                    ├────┼──────────┤ নির্বাহী      │\n\
                    │ ২  │ পত্র দিতে │ অফিসার       │\n\
                    │    │ হবে।     │              │\n\
                    ├────┼──────────┼──────────────┤\n\
                    │ ৩  │ প্রচার   │ তথ্য অফিসার   │\n\
                    └────┴──────────┴──────────────┘";
        let tables = find(text);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[0].cells[2].text, "উপজেলা নির্বাহী অফিসার");
        assert_eq!(t.rows[0].cells[2].row_span, 2);
        assert_eq!(t.rows[1].cells[1].text, "পত্র দিতে হবে।");
        assert_eq!(t.rows[1].cells[2].text, "");
        assert_eq!(t.filled_down()[1][2], "উপজেলা নির্বাহী অফিসার");
        assert_eq!(texts(&t.rows[2..]), [["৩", "প্রচার", "তথ্য অফিসার"]]);
    }
}
