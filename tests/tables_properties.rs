//! Property tests of the table extractor.
//!
//! - Round trip: a random grid (a header of known column names, body cells of
//!   ordinary words, some empty, some long enough to wrap) is rendered as tab
//!   rows, a markdown pipe table, a pandoc grid table, a box-drawing table, an
//!   Excel tab-delimited export with quoted multi-line cells, HTML and
//!   space-aligned columns, between two
//!   prose paragraphs; `find_tables` must give back exactly one table with the
//!   same header and body cells, spanning exactly the rendered lines.
//! - Any text: no panic, tables in order and disjoint, every span inside the
//!   input; the same for grids with arbitrary spans.
//! - Large and hostile inputs (unclosed HTML, box rules without rows, a cell
//!   merged down a whole box table, quotes that never close, thousands of nested tables, huge
//!   aligned regions, one enormous line) finish: the work is linear, so these
//!   take milliseconds; a quadratic step would make them run for minutes.

use proptest::prelude::*;
use sabha_doc::{GridCell, GridTable, Table};
use sabha_tables::{find_tables, table_from_grid};

/// Column names the extractor knows, so the header is recognised as one.
const HEADERS: &[&str] = &[
    "ক্রম",
    "আলোচ্য বিষয়",
    "আলোচনা",
    "সিদ্ধান্ত",
    "বাস্তবায়নকারী",
    "মন্তব্য",
    "নাম",
    "পদবি",
    "মোবাইল নম্বর",
    "ই-মেইল",
    "স্বাক্ষর",
    "কমিটিতে পদবী",
];

/// Ordinary words: none is a column name, a serial or a bare number.
const WORDS: &[&str] = &[
    "জেলা",
    "উপজেলা",
    "প্রশাসক",
    "সভা",
    "ইনোভেশন",
    "কর্মশালা",
    "আয়োজন",
    "করতে",
    "হবে।",
    "প্রকল্প",
    "অফিস",
    "ডিজিটাল",
    "সেবা",
    "চালু",
    "e-Nothi",
    "ICT",
    "২০২৪",
    "৮০%",
    "(সকল)",
    "রাজশাহী",
    "নাটোর",
    "তথ্য",
    "বাতায়ন",
    "হালনাগাদ",
    "পৌরসভা",
    "কৃষি",
    "স্বাস্থ্য",
    "শিক্ষা",
    "সমাজসেবা",
    "মৎস্য",
    "কমিশনার",
    "সহকারী",
    "অতিরিক্ত",
    "প্রধান",
    "দপ্তর",
    "১৬/০৩/২০২২",
];

#[derive(Clone, Debug)]
struct Grid {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn words(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), min..=max).prop_map(|w| w.join(" "))
}

/// A body row: the first cell one or two words (it starts a row when the text
/// is aligned with spaces), at least one more non-empty cell, the rest words or
/// empty.
fn body_row(columns: usize) -> impl Strategy<Value = Vec<String>> {
    let rest = prop::collection::vec(prop_oneof![1 => Just(String::new()), 4 => words(1, 9)], columns - 1);
    (words(1, 2), rest, 1..columns, words(1, 3)).prop_map(|(first, mut rest, filled, word)| {
        if rest.iter().all(String::is_empty) {
            rest[filled - 1] = word;
        }
        std::iter::once(first).chain(rest).collect()
    })
}

fn grid() -> impl Strategy<Value = Grid> {
    (2usize..=6)
        .prop_flat_map(|columns| {
            let header = prop::sample::subsequence(HEADERS, columns).prop_shuffle();
            (header, prop::collection::vec(body_row(columns), 1..8))
        })
        .prop_map(|(header, rows)| Grid { header: header.into_iter().map(String::from).collect(), rows })
}

const BEFORE: &str = "সভায় নিম্নোক্ত সিদ্ধান্ত গৃহীত হয়:";
const AFTER: &str = "পরিশেষে সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।";

/// The rendered table's lines, framed by prose; returns the text and the span
/// (first and last line) the table takes.
fn framed(table_lines: Vec<String>) -> (String, (u32, u32)) {
    let n = table_lines.len() as u32;
    let mut lines = vec![BEFORE.to_string(), String::new()];
    lines.extend(table_lines);
    lines.extend([String::new(), AFTER.to_string()]);
    (lines.join("\n"), (3, 2 + n))
}

fn render_tab(grid: &Grid, blank_between: bool) -> Vec<String> {
    let mut lines = vec![grid.header.join("\t")];
    for row in &grid.rows {
        if blank_between {
            lines.push(String::new());
        }
        lines.push(row.join("\t"));
    }
    lines
}

fn render_pipe(grid: &Grid, rule: bool) -> Vec<String> {
    let line = |cells: &[String]| format!("| {} |", cells.join(" | "));
    let mut lines = vec![line(&grid.header)];
    if rule {
        lines.push(format!("|{}|", vec![":---"; grid.header.len()].join("|")));
    }
    lines.extend(grid.rows.iter().map(|r| line(r)));
    lines
}

/// A pandoc grid table: each cell's words wrapped `per_line` to a line, walls `|`,
/// the header under a `+===+` border.
fn render_grid(grid: &Grid, per_line: usize) -> Vec<String> {
    let wrap = |cell: &String| -> Vec<String> {
        let words: Vec<&str> = cell.split(' ').filter(|w| !w.is_empty()).collect();
        words.chunks(per_line).map(|c| c.join(" ")).collect()
    };
    let border = |c: char| format!("+{}+", vec![c.to_string().repeat(8); grid.header.len()].join("+"));
    let row = |cells: &[String]| -> Vec<String> {
        let wrapped: Vec<Vec<String>> = cells.iter().map(wrap).collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
        (0..height)
            .map(|k| {
                let pieces: Vec<&str> = wrapped.iter().map(|w| w.get(k).map_or("", String::as_str)).collect();
                format!("| {} |", pieces.join(" | "))
            })
            .collect()
    };
    let mut lines = vec![border('-')];
    lines.extend(row(&grid.header));
    lines.push(border('='));
    for r in &grid.rows {
        lines.extend(row(r));
        lines.push(border('-'));
    }
    lines
}

/// A box-drawing table in one of three styles: `0` light rules between every
/// row, cells wrapped `per_line` words to a line, with `|` walls in the body;
/// `1` double lines ruled only under the header, one line per row; `2` heavy
/// rules between every row with a double rule under the header.
fn render_box(grid: &Grid, per_line: usize, style: u8) -> Vec<String> {
    let columns = grid.header.len();
    let rule = |left: char, mid: char, right: char, line: char| {
        format!("{left}{}{right}", vec![line.to_string().repeat(8); columns].join(&mid.to_string()))
    };
    let per_line = if style == 1 { usize::MAX } else { per_line };
    let (outer, inner) = match style {
        0 => ('│', '|'),
        1 => ('║', '║'),
        _ => ('┃', '┃'),
    };
    let wrap = |cell: &String| -> Vec<String> {
        let words: Vec<&str> = cell.split(' ').filter(|w| !w.is_empty()).collect();
        words.chunks(per_line).map(|c| c.join(" ")).collect()
    };
    let row = |cells: &[String], wall: char| -> Vec<String> {
        let wrapped: Vec<Vec<String>> = cells.iter().map(wrap).collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
        (0..height)
            .map(|k| {
                let pieces: Vec<&str> = wrapped.iter().map(|w| w.get(k).map_or("", String::as_str)).collect();
                format!("{outer} {} {outer}", pieces.join(&format!(" {wall} ")))
            })
            .collect()
    };
    let (top, under_header, between, bottom) = match style {
        0 => (
            rule('┌', '┬', '┐', '─'),
            rule('├', '┼', '┤', '─'),
            rule('├', '┼', '┤', '─'),
            rule('└', '┴', '┘', '─'),
        ),
        1 => (rule('╔', '╦', '╗', '═'), rule('╠', '╬', '╣', '═'), String::new(), rule('╚', '╩', '╝', '═')),
        _ => (
            rule('┏', '┳', '┓', '━'),
            rule('╞', '╪', '╡', '═'),
            rule('┣', '╋', '┫', '━'),
            rule('┗', '┻', '┛', '━'),
        ),
    };
    let mut lines = vec![top];
    lines.extend(row(&grid.header, inner));
    lines.push(under_header);
    for (i, r) in grid.rows.iter().enumerate() {
        if i > 0 && !between.is_empty() {
            lines.push(between.clone());
        }
        lines.extend(row(r, inner));
    }
    lines.push(bottom);
    lines
}

/// Excel's "Text (Tab delimited)": a cell of more than `per_line` words is
/// broken into lines and quoted; with `quote`, every quoted cell also holds a
/// quotation (`""…""`), which the grid's cell gets as `"…"`.
fn render_excel(grid: &mut Grid, per_line: usize, quote: bool) -> Vec<String> {
    let mut lines = vec![grid.header.join("\t")];
    for row in &mut grid.rows {
        let mut record = Vec::new();
        for cell in row.iter_mut() {
            let words: Vec<&str> = cell.split(' ').filter(|w| !w.is_empty()).collect();
            if words.len() <= per_line {
                record.push(cell.clone());
                continue;
            }
            let body = words.chunks(per_line).map(|c| c.join(" ")).collect::<Vec<_>>().join("\n");
            if quote {
                record.push(format!("\"{body} \"\"সোনার বাংলা\"\"\""));
                cell.push_str(" \"সোনার বাংলা\"");
            } else {
                record.push(format!("\"{body}\""));
            }
        }
        lines.extend(record.join("\t").split('\n').map(String::from));
    }
    lines
}

fn render_html(grid: &Grid, th: bool) -> Vec<String> {
    let tag = if th { "th" } else { "td" };
    let mut lines = vec!["<table border=\"1\">".to_string()];
    lines.push(format!(
        "<tr>{}</tr>",
        grid.header.iter().map(|h| format!("<{tag}>{h}</{tag}>")).collect::<String>()
    ));
    for row in &grid.rows {
        lines.push("<tr>".to_string());
        for cell in row {
            // A long cell spread over lines and paragraphs, as exporters write it.
            let words: Vec<&str> = cell.split(' ').collect();
            let (a, b) = words.split_at(words.len() / 2);
            lines.push(format!("  <td><p>{}</p>", a.join(" ")));
            lines.push(format!("  <p>{}</p></td>", b.join(" ")));
        }
        lines.push("</tr>".to_string());
    }
    lines.push("</table>".to_string());
    lines
}

/// Cells wrapped at three words, columns padded to their widest line plus
/// `gap` spaces, as `pdftotext -layout` prints them.
fn render_aligned(grid: &Grid, blank_between: bool, gap: usize) -> Vec<String> {
    let wrap = |cell: &str| -> Vec<String> {
        let words: Vec<&str> = cell.split(' ').filter(|w| !w.is_empty()).collect();
        words.chunks(3).map(|c| c.join(" ")).collect()
    };
    let all_rows: Vec<&Vec<String>> = std::iter::once(&grid.header).chain(&grid.rows).collect();
    let width =
        |c: usize| all_rows.iter().flat_map(|r| wrap(&r[c])).map(|l| l.chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..grid.header.len()).map(width).collect();
    let mut lines = Vec::new();
    for (i, row) in all_rows.iter().enumerate() {
        if blank_between && i > 0 {
            lines.push(String::new());
        }
        let wrapped: Vec<Vec<String>> = row.iter().map(|c| wrap(c)).collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        for k in 0..height {
            let mut line = String::new();
            for (c, cell) in wrapped.iter().enumerate() {
                let text = cell.get(k).map_or("", String::as_str);
                line.push_str(text);
                line.push_str(&" ".repeat(widths[c] - text.chars().count() + gap));
            }
            lines.push(line.trim_end().to_string());
        }
    }
    lines
}

fn assert_round_trip(grid: &Grid, table_lines: Vec<String>) -> Result<(), TestCaseError> {
    let (text, (start, end)) = framed(table_lines);
    let lines: Vec<&str> = text.lines().collect();
    let tables = find_tables(&lines, 1);
    prop_assert_eq!(tables.len(), 1, "{}", text);
    let t = &tables[0];
    prop_assert_eq!((t.span.start_line, t.span.end_line), (start, end), "{}", text);
    let header: Vec<Vec<&str>> =
        t.header.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
    prop_assert_eq!(header, vec![grid.header.iter().map(String::as_str).collect::<Vec<_>>()], "{}", text);
    let rows: Vec<Vec<&str>> =
        t.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
    let want: Vec<Vec<&str>> = grid.rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    prop_assert_eq!(rows, want, "{}", text);
    prop_assert!(t.rows.iter().all(|r| !r.ragged));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn tab_rows_round_trip(grid in grid(), blank_between in any::<bool>()) {
        assert_round_trip(&grid, render_tab(&grid, blank_between))?;
    }

    #[test]
    fn pipe_tables_round_trip(grid in grid(), rule in any::<bool>()) {
        assert_round_trip(&grid, render_pipe(&grid, rule))?;
    }

    #[test]
    fn grid_tables_round_trip(grid in grid(), per_line in 1usize..4) {
        assert_round_trip(&grid, render_grid(&grid, per_line))?;
    }

    #[test]
    fn box_tables_round_trip(grid in grid(), per_line in 1usize..4, style in 0u8..3) {
        // One body row under one rule reads as a table ruled only under its
        // header (a row per line): such a table is drawn without wrapping.
        let style = if grid.rows.len() == 1 { 1 } else { style };
        assert_round_trip(&grid, render_box(&grid, per_line, style))?;
    }

    #[test]
    fn excel_tab_exports_round_trip(mut grid in grid(), per_line in 1usize..4, quote in any::<bool>()) {
        let lines = render_excel(&mut grid, per_line, quote);
        assert_round_trip(&grid, lines)?;
    }

    #[test]
    fn html_tables_round_trip(grid in grid(), th in any::<bool>()) {
        assert_round_trip(&grid, render_html(&grid, th))?;
    }

    #[test]
    fn aligned_columns_round_trip(grid in grid(), blank_between in any::<bool>(), gap in 3usize..6) {
        assert_round_trip(&grid, render_aligned(&grid, blank_between, gap))?;
    }
}

// --- any input ---------------------------------------------------------------

/// Every table inside the input, in order, not overlapping; rows inside tables.
fn assert_well_formed(tables: &[Table], first_line: u32, line_count: usize) -> Result<(), TestCaseError> {
    let last_line = first_line as usize + line_count.saturating_sub(1);
    let mut previous_end = 0u32;
    for t in tables {
        prop_assert!(t.span.start_line <= t.span.end_line);
        prop_assert!(t.span.start_line >= first_line && t.span.end_line as usize <= last_line);
        prop_assert!(previous_end == 0 || t.span.start_line > previous_end, "tables overlap");
        previous_end = t.span.end_line;
        for row in t.header.iter().chain(&t.rows) {
            prop_assert!(row.span.start_line >= t.span.start_line && row.span.end_line <= t.span.end_line);
            prop_assert!(row.ragged == (row.cells.len() != t.columns.len()));
        }
    }
    Ok(())
}

/// Pieces that exercise every reader and rule.
const TOKENS: &[&str] = &[
    "|",
    "\t",
    "  ",
    "   ",
    " ",
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td colspan=3>",
    "<th rowspan=9>",
    "<td>",
    "</td>",
    "<p>",
    "</p>",
    "<!--",
    "-->",
    "-----",
    "|---|",
    "+---+---+",
    "+===+",
    "┌───┬───┐",
    "├───┼───┤",
    "╚═╩═╝",
    "│",
    "│ ক ├───┤",
    "║",
    "\"",
    "\"\"",
    "+",
    ":--",
    "১",
    "২.",
    "৩",
    "(৪)",
    "[১.১]",
    "ক্রম",
    "সিদ্ধান্ত",
    "আলোচনা",
    "বাস্তবায়নকারী",
    "নাম ও পদবী",
    "সভাপতি",
    ":",
    "জেলা প্রশাসক",
    "word",
    "\u{c}",
    "&amp;",
    "&#x99;",
    "**",
    "৮. ওয়েবপোর্টাল",
    "- ২ -",
    "\u{a0}",
    "ক্",
    "\u{200c}",
];

fn token_line() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..12).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_read_without_panic(lines in prop::collection::vec("[\\PC\t\u{c}]{0,80}", 0..30), first_line in 1u32..5) {
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let tables = find_tables(&lines, first_line);
        assert_well_formed(&tables, first_line, lines.len())?;
    }

    #[test]
    fn table_like_noise_is_read_without_panic(lines in prop::collection::vec(token_line(), 0..40)) {
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let tables = find_tables(&lines, 1);
        assert_well_formed(&tables, 1, lines.len())?;
    }

    #[test]
    fn any_grid_is_laid_out_without_panic(
        rows in prop::collection::vec(
            prop::collection::vec((token_line(), 0u16..300, 0u16..300), 0..8),
            0..12,
        ),
        first_line in 1u32..100,
    ) {
        let grid = GridTable {
            rows: rows
                .into_iter()
                .map(|r| r.into_iter().map(|(text, col_span, row_span)| GridCell { text, col_span, row_span }).collect())
                .collect(),
        };
        let table = table_from_grid(&grid, first_line);
        prop_assert_eq!(table.span.start_line, first_line);
        for row in table.header.iter().chain(&table.rows) {
            prop_assert!(row.span.end_line <= table.span.end_line);
            prop_assert!(row.cells.len() <= 8 * 128, "spans are clamped");
        }
    }
}

// --- large and hostile inputs ------------------------------------------------

fn run(text: &str) -> Vec<Table> {
    let lines: Vec<&str> = text.lines().collect();
    find_tables(&lines, 1)
}

#[test]
fn long_tab_table_with_blank_lines_and_changing_widths() {
    let mut text = String::from("ক্রম\tআলোচ্য বিষয়\tসিদ্ধান্ত\n");
    for i in 0..20_000 {
        let cells = vec!["কোষ"; 2 + i % 5];
        text.push_str(&cells.join("\t"));
        text.push_str(if i % 3 == 0 { "\n\n" } else { "\n" });
    }
    let tables = run(&text);
    assert_eq!(tables.iter().map(|t| t.rows.len()).sum::<usize>(), 20_000);
}

#[test]
fn alternating_key_value_and_wider_blocks() {
    let mut text = String::new();
    for i in 0..5_000 {
        text.push_str(if i % 2 == 0 {
            "সভাপতি\tজনাব ক\nস্থান\tকক্ষ\n\n"
        } else {
            "ক\tখ\tগ\tঘ\n১\t২\tকোষ\tকোষ\n\n"
        });
    }
    assert!(!run(&text).is_empty());
}

#[test]
fn many_pipe_tables_each_continuing_the_last() {
    let mut text = String::from("| ক্রম | বিষয় | সিদ্ধান্ত |\n|---|---|---|\n");
    for _ in 0..10_000 {
        text.push_str("| ১ | কোষ | কোষ |\n\n| | | |\n|---|---|---|\n");
    }
    let tables = run(&text);
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].rows.len(), 10_000);
}

#[test]
fn unclosed_and_deeply_nested_html() {
    let mut text = String::new();
    for _ in 0..10_000 {
        text.push_str("<table><tr><td colspan=65535 rowspan=65535>ক</td><td>খ\n");
    }
    text.push_str(&"<tr><td>x<td>y\n".repeat(20_000));
    text.push_str(&"<table\n".repeat(5_000));
    assert!(run(&text).len() <= 1);
}

#[test]
fn huge_aligned_region_with_wandering_columns() {
    let mut text = String::new();
    for i in 0..30_000 {
        let pad = " ".repeat(2 + (i * 7) % 40);
        text.push_str(&format!("কোষ{pad}কোষ কোষ{}কোষ\n", " ".repeat(2 + (i * 3) % 25)));
        if i % 4 == 0 {
            text.push('\n');
        }
    }
    let tables = run(&text);
    assert_well_formed_plain(&tables);
}

#[test]
fn one_enormous_line() {
    let line = "ক  খ  ".repeat(200_000);
    let text = format!("{line}\n{line}\n{line}\n");
    assert_well_formed_plain(&run(&text));
}

#[test]
fn box_and_excel_hostile_sizes() {
    // Thousands of box rules and wall lines, a cell merged down over 20 000
    // partial rules, wall lines with no closing border, then lines that each
    // open a quote that never closes.
    let mut text = "┌───┬───┐\n".to_string();
    text.push_str(&"│ ক │ খ │\n├───┼───┤\n".repeat(20_000));
    text.push_str("┌───┬───┐\n");
    text.push_str(&"│ ক │ খ │\n│ গ ├───┤\n".repeat(20_000));
    text.push_str("└───┴───┘\n");
    text.push_str(&"║ ক ║ খ\n".repeat(20_000));
    text.push_str(&"\"ক\tখ\n".repeat(50_000));
    text.push_str(&"১\t\"ক\"\"খ\tগ\n".repeat(50_000));
    let tables = run(&text);
    assert_well_formed_plain(&tables);
    assert!(tables.iter().map(|t| t.rows.len()).sum::<usize>() >= 20_000);
}

#[test]
fn grid_with_every_cell_spanning_everything() {
    let cell = GridCell { text: "ক".into(), col_span: u16::MAX, row_span: u16::MAX };
    let grid = GridTable { rows: vec![vec![cell; 50]; 2_000] };
    let table = table_from_grid(&grid, 1);
    assert_eq!(table.span.end_line, 2_000);
}

fn assert_well_formed_plain(tables: &[Table]) {
    for pair in tables.windows(2) {
        assert!(pair[0].span.end_line < pair[1].span.start_line);
    }
}
