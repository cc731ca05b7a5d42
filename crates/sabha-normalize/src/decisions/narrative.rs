//! Decisions written as text rather than in a table:
//!
//! - a `সিদ্ধান্ত:` paragraph (seed 002), its lead-in removed;
//! - resolutions that number themselves — `সিদ্ধান্ত নং-৪১২/০১: …`, `প্রস্তাব নং-০৪(ক): …`
//!   — labelled with their number as printed;
//! - a proposal the meeting adopted: a paragraph that names the proposer and the
//!   seconder and says `… সর্বসম্মতিক্রমে গৃহীত হয়।` is itself the decision;
//! - lettered, numbered or sub-numbered items after `সিদ্ধান্ত` / `সিদ্ধান্তসমূহ` or after a
//!   sentence that announces them (`… নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:`), ending at the first
//!   paragraph that is not an item (seed 003). In minutes written in sections
//!   (`১.০ সূচনা`, `২.০ আলোচনা` with `২.১ …`, `৩.০ … সিদ্ধান্তসমূহ গৃহীত হয়:`) only the
//!   items of the section that announces decisions are decisions, up to the next
//!   section;
//! - unnumbered paragraphs after such a sentence, or under a plural label alone on its
//!   line (`সিদ্ধান্তসমূহ:`): each paragraph that ends as a sentence is a decision, up to
//!   the closing sentence or the first paragraph that is no sentence (a signature);
//! - agenda by agenda: a heading — `আলোচ্যসূচি-১: <topic>`, `বিষয় নং-০২: <topic>`, a
//!   numbered markdown heading or bold line (`## ২. <topic>`), or a numbered line a
//!   decision follows — then its discussion (`আলোচনা: …` or plain paragraphs), then its
//!   decisions: `সিদ্ধান্ত: …`, items, resolutions, adopted proposals, or items numbered
//!   under the heading's number (`২.১`, `২.২`) with no `সিদ্ধান্ত` label in the section.
//!   Each decision takes the heading's number (unless it has its own), its topic and
//!   its discussion.
//!
//! A responsibility line (`বাস্তবায়নে: …`, `দায়িত্ব: …`) after a decision names its
//! parties. Paragraphs without such labels give no decisions: a notice or a letter gets
//! none invented.

use sabha_doc::Span;

use super::Draft;
use super::parties::{parties, responsibility};
use crate::numbering::{self, Kind};
use crate::text::{after_label, clean, is_digit, words};
use crate::view::View;

/// What a stretch of text is, by the label it starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment<'a> {
    /// `আলোচ্যসূচি-১: গত সভার কার্যবিবরণী অনুমোদন`.
    Agenda {
        label: Option<String>,
        topic: &'a str,
    },
    Discussion(&'a str),
    /// `সিদ্ধান্ত: …`, with its own number where printed (`সিদ্ধান্ত নং-৩:`).
    Decision {
        label: Option<String>,
        text: &'a str,
    },
    /// `প্রস্তাব: …`: a decision when the meeting adopted it.
    Proposal(&'a str),
    Responsible(&'a str),
    /// `সময়সীমা: …`
    Limit(&'a str),
    /// `৩.০ …`: a top-level section of minutes written in sections.
    Section(&'a str),
    /// A sentence announcing the decisions that follow.
    LeadIn,
    /// `সভায় আর কোন আলোচ্য বিষয় না থাকায় … সমাপ্তি ঘোষণা করা হয়।`
    Closing,
    Plain(&'a str),
}

const AGENDA_LABELS: &[&str] =
    &["আলোচ্যসূচি", "আলোচ্য সূচি", "আলোচ্যসূচী", "আলোচ্য সূচী", "আলোচ্য বিষয়", "আলোচ্যবিষয়", "এজেন্ডা"];
/// Agenda labels that head an agenda item only with its number (`বিষয় নং-০২:`):
/// alone, `বিষয়:` is a letter's subject.
const NUMBERED_AGENDA_LABELS: &[&str] = &["বিষয়"];
const DECISION_LABELS: &[&str] = &[
    "গৃহীত সিদ্ধান্তসমূহ",
    "গৃহীত সিদ্ধান্ত",
    "সভার সিদ্ধান্তসমূহ",
    "সভার সিদ্ধান্ত",
    "সিদ্ধান্তসমূহ",
    "সিদ্ধান্ত সমূহ",
    "সিদ্ধান্তঃ",
    "সিদ্ধান্ত",
];
/// Words that start a resolution numbered by itself (`সিদ্ধান্ত নং-৩:`, `প্রস্তাব নং-২:`).
const RESOLUTION_WORDS: &[&str] = &["সিদ্ধান্ত", "প্রস্তাব"];
const PROPOSAL_LABELS: &[&str] = &["প্রস্তাব"];
const DISCUSSION_LABELS: &[&str] = &["বিস্তারিত আলোচনা", "সভার আলোচনা", "আলোচনা"];
const LIMIT_LABELS: &[&str] = &["বাস্তবায়নের সময়সীমা", "সময়সীমা"];

/// How an adopted proposal ends: `… প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।`
const ADOPTED: &[&str] = &["গৃহীত হয়", "গৃহীত হলো", "গৃহীত হল", "গৃহীত হয়েছে", "পাস হয়", "অনুমোদিত হয়"];

/// The most words of a `সিদ্ধান্ত:` that only says the proposal above was adopted.
const MAX_ADOPTION_WORDS: usize = 12;

/// Labels of the lines naming who moved and who seconded a proposal.
const MOVER_LABELS: &[&str] = &["প্রস্তাবক", "প্রস্তাবকারী", "সমর্থক", "সমর্থনকারী", "উত্থাপনকারী"];

/// Words of headings that name a part of the minutes rather than an agenda topic.
const PART_HEADINGS: &[&str] =
    &["সিদ্ধান্ত", "আলোচনা", "কার্যবিবরণী", "আলোচ্যসূচি", "উপস্থিত", "সংযোজনী", "পরিশিষ্ট", "সংযুক্তি"];

/// The most words an agenda heading's topic has.
const MAX_HEADING_WORDS: usize = 15;

/// The fewest words of a decision written as a paragraph of prose.
const MIN_PROSE_DECISION_WORDS: usize = 4;

/// How far ahead (in lines) a heading looks for the decisions of its section.
const SECTION_LOOKAHEAD: usize = 80;

/// The value after `label` when it is a label here: followed by a separator, or
/// standing alone on the line.
fn labelled<'a>(text: &'a str, labels: &[&str]) -> Option<&'a str> {
    labels.iter().find_map(|l| {
        after_label(text, l).filter(|lv| lv.separated || lv.value.is_empty()).map(|lv| lv.value)
    })
}

fn classify(text: &str) -> Segment<'_> {
    // `Decision / সিদ্ধান্ত: …`: the Bengali label is read.
    let t = crate::text::after_english_label(text.trim());
    if let Some(s) = numbering::sub_number(t).filter(|s| s.ordinal == 0) {
        return Segment::Section(t.get(s.text_start..).unwrap_or(""));
    }
    // `৩.১ আলোচ্য বিষয়: …`, `২। সিদ্ধান্ত: …`: a section number before a label
    // numbers what the label introduces.
    if let Some((number, rest)) = section_number(t) {
        match classify(rest) {
            Segment::Agenda { label: None, topic } => return Segment::Agenda { label: Some(number), topic },
            Segment::Decision { label: None, text } => {
                return Segment::Decision { label: Some(number), text };
            }
            _ => {}
        }
    }
    if let Some((label, text)) = resolution(t) {
        return Segment::Decision { label: Some(label), text };
    }
    if let Some(v) = labelled(t, DECISION_LABELS) {
        return Segment::Decision { label: None, text: v };
    }
    if let Some(v) = labelled(t, DISCUSSION_LABELS) {
        // `আলোচনা ও সিদ্ধান্ত:` announces both.
        return Segment::Discussion(v);
    }
    if let Some(v) = responsibility(t) {
        return Segment::Responsible(v);
    }
    if let Some(v) = labelled(t, LIMIT_LABELS) {
        return Segment::Limit(v);
    }
    if let Some(v) = labelled(t, PROPOSAL_LABELS) {
        return Segment::Proposal(v);
    }
    if let Some(a) = agenda(t) {
        return a;
    }
    if is_closing(t) {
        return Segment::Closing;
    }
    if is_lead_in(t) {
        return Segment::LeadIn;
    }
    Segment::Plain(t)
}

/// A list marker or a section number (`৩.১`) at the start of `t`, and the rest.
fn section_number(t: &str) -> Option<(String, &str)> {
    if let Some(m) = numbering::leading(t) {
        return Some((m.label, t.get(m.text_start..)?));
    }
    let number: String = t.chars().take_while(|c| is_digit(*c) || *c == '.').collect();
    let rest = t.get(number.len()..)?;
    let dotted = number.contains('.') && number.chars().next().is_some_and(is_digit);
    (dotted && rest.starts_with(' ')).then(|| (number.trim_end_matches('.').to_string(), rest.trim_start()))
}

/// `সিদ্ধান্ত নং-৪১২/০২(ক): …`, `সিদ্ধান্ত-১: …`, `সিদ্ধান্ত ২ঃ …`, `প্রস্তাব নং-০৩: …`: a
/// decision that numbers itself. The label is the number as printed, `/`, `.` and an
/// inner bracket (`(ক)`) included.
fn resolution(t: &str) -> Option<(String, &str)> {
    let rest = RESOLUTION_WORDS.iter().find_map(|w| t.strip_prefix(w))?;
    let rest = rest.trim_start_matches([' ', '-', '–']);
    // After `নং` a separator may stand before the number (`সিদ্ধান্ত নং: ৩`).
    let rest = match ["নম্বর", "নং"].iter().find_map(|w| rest.strip_prefix(w)) {
        Some(r) => r.trim_start_matches([' ', '-', '–', '.', ':', 'ঃ']),
        None => rest,
    };
    if !rest.chars().next().is_some_and(is_digit) {
        return None;
    }
    let printed: &str = {
        let end = rest
            .char_indices()
            .find(|&(_, c)| c.is_whitespace() || matches!(c, ':' | 'ঃ' | '।' | ','))
            .map_or(rest.len(), |(i, _)| i);
        rest.get(..end)?
    };
    if printed.chars().count() > 24 {
        return None;
    }
    // A bracket the number did not open, a dash or a dot closes it: `১)`, `২-`.
    let mut label = printed.trim_end_matches(['-', '–', '.']);
    let closed_by_mark = label.len() < printed.len()
        || label.ends_with(')') && label.matches(')').count() > label.matches('(').count();
    if label.ends_with(')') && label.matches(')').count() > label.matches('(').count() {
        label = &label[..label.len() - 1];
    }
    let after = rest.get(printed.len()..)?.trim_start();
    let text = match after.chars().next() {
        Some(c) if matches!(c, ':' | 'ঃ' | '।' | '-' | '–') => after[c.len_utf8()..].trim_start(),
        _ if closed_by_mark => after,
        _ => return None,
    };
    Some((label.to_string(), text))
}

/// `আলোচ্যসূচি-১: …`, `আলোচ্য বিষয় ২ : …`, `আলোচ্যসূচি নং-০৩ঃ …`, `আলোচ্য বিষয়: …`,
/// `বিষয় নং-০২: …`.
fn agenda(t: &str) -> Option<Segment<'_>> {
    let labels =
        AGENDA_LABELS.iter().map(|l| (l, false)).chain(NUMBERED_AGENDA_LABELS.iter().map(|l| (l, true)));
    for (l, needs_number) in labels {
        let Some(rest) = t.strip_prefix(l) else { continue };
        let rest = rest.trim_start_matches([' ', '-', '–', '#']);
        let rest = rest.strip_prefix("নং").unwrap_or(rest).trim_start_matches([' ', '-', '–', '.']);
        let digits: String = rest.chars().take_while(|c| is_digit(*c)).collect();
        if needs_number && digits.is_empty() {
            continue;
        }
        let after = rest[digits.len()..].trim_start();
        let Some(sep) = after.chars().next().filter(|c| matches!(c, ':' | 'ঃ' | '।' | ')' | '.' | '-' | '–'))
        else {
            if digits.is_empty() {
                continue;
            }
            return Some(Segment::Agenda { label: Some(digits), topic: after.trim() });
        };
        let topic = after[sep.len_utf8()..].trim();
        return Some(Segment::Agenda { label: (!digits.is_empty()).then_some(digits), topic });
    }
    None
}

/// An agenda heading line (`আলোচ্যসূচি-১: …`), which is never a title.
pub(crate) fn is_agenda_line(t: &str) -> bool {
    agenda(t.trim()).is_some()
}

/// The number and topic of an agenda heading (`আলোচ্যসূচি-১: <topic>`), either
/// possibly absent.
pub(crate) fn agenda_heading(t: &str) -> Option<(Option<String>, Option<String>)> {
    match agenda(t.trim())? {
        Segment::Agenda { label, topic } => Some((label, non_empty(topic))),
        _ => None,
    }
}

/// The closing sentence of minutes.
fn is_closing(t: &str) -> bool {
    ["সমাপ্তি ঘোষণা", "সভার সমাপ্তি", "ধন্যবাদ জানিয়ে", "আলোচ্য বিষয় না থাকায়", "আলোচনা না থাকায়"]
        .iter()
        .any(|p| t.contains(p))
}

/// `… নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:` — a sentence that announces decisions; also closed
/// by `।` when it says the decisions stand below (`… নিম্নোক্ত সিদ্ধান্তসমূহ গৃহীত হয়।`).
fn is_lead_in(t: &str) -> bool {
    let ends_open = t.ends_with(':') || t.ends_with('ঃ') || t.ends_with(":-") || t.ends_with("নিম্নরূপ");
    let points_below = t.ends_with('।') && BELOW.iter().any(|w| t.contains(w)) && t.contains("গৃহীত");
    (ends_open || points_below) && t.contains("সিদ্ধান্ত")
}

/// Words that say "as follows" / "stated below".
const BELOW: &[&str] = &["নিম্নরূপ", "নিম্নোক্ত", "নিম্নলিখিত", "নিম্নবর্ণিত", "নিম্নে বর্ণিত"];

/// `প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।`: a short line that only says a proposal was
/// adopted.
fn adopts_the_proposal(t: &str) -> bool {
    words(t).len() <= MAX_ADOPTION_WORDS && t.contains("প্রস্তাব") && ADOPTED.iter().any(|a| t.contains(a))
}

/// A proposal the meeting adopted: it names a seconder and says it was adopted
/// (`… প্রস্তাব করেন। … সমর্থন করেন। প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।`).
fn is_adopted_proposal(t: &str) -> bool {
    t.contains("প্রস্তাব") && t.contains("সমর্থন") && ADOPTED.iter().any(|a| t.contains(a))
}

/// Splits a line where a label follows the end of a sentence
/// (`আলোচনা: … করা হয়। সিদ্ধান্ত: … করতে হবে। বাস্তবায়নে: …`).
fn split_inline(text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    for (i, _) in text.match_indices("। ").chain(text.match_indices(". ")) {
        let start = i + if text[i..].starts_with('।') { '।'.len_utf8() + 1 } else { 2 };
        let Some(rest) = text.get(start..) else { continue };
        // `… করতে হবে। _বাস্তবায়নে: …_`: a label set in italics.
        let rest = rest.trim_start_matches(['_', '*']);
        let is_label = [DECISION_LABELS, super::parties::RESPONSIBLE_LABELS, LIMIT_LABELS, DISCUSSION_LABELS]
            .iter()
            .any(|ls| ls.iter().any(|l| after_label(rest, l).is_some_and(|lv| lv.separated)));
        // `৪। সিদ্ধান্ত: …`: the `।` of a list marker ends no sentence.
        let after_marker = section_number(text).is_some_and(|(_, rest)| text.len() - rest.len() >= start);
        if is_label && !after_marker {
            cuts.push(start);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    for (k, &c) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).copied().unwrap_or(text.len());
        let piece = text.get(c..end).unwrap_or("").trim();
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    out
}

/// The agenda item a decision belongs to.
#[derive(Debug, Default, Clone)]
struct Agenda {
    label: Option<String>,
    topic: Option<String>,
    discussion: Vec<String>,
    /// A discussion label was seen and no decision yet: plain lines continue it.
    discussing: bool,
    /// Decisions of this agenda item emitted so far.
    decided: bool,
}

impl Agenda {
    fn headed(label: Option<String>, topic: &str) -> Agenda {
        Agenda { label, topic: non_empty(topic), ..Agenda::default() }
    }
}

/// An item of a lettered, numbered, sub-numbered or bulleted list.
struct Item {
    /// `None` for a bullet.
    label: Option<String>,
    text: String,
    span: Span,
    /// A `দায়িত্ব:` line printed right after the item.
    responsible: Option<String>,
    /// The responsible came on a label line (`বাস্তবায়নঃ …`), not in a note in
    /// parentheses (`(বাস্তবায়নে: …)`), which belongs to the item it follows.
    responsible_on_label_line: bool,
}

/// Where an item stands in its list: its kind of numbering and its position.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Sequence {
    List(Kind),
    /// Sub-numbers under one parent number: `২.১`, `২.২` under `২`.
    Sub(String),
    /// Bullets (`- `, `• `, `➢ `): items without a label.
    Bullet,
}

/// Bullet characters a line may still start with (ingestion removes `- `, `* `,
/// `+ `, `• ` and keeps the line's raw text).
const BULLETS: &[char] =
    &['➢', '▪', '◆', '●', '○', '■', '□', '✓', '✔', '►', '▶', '⁃', '◦', '•', '-', '*', '+'];

/// The item marker at the start of a line (`t`, with `raw` as printed): label,
/// sequence, position, text start.
fn item_marker(t: &str, raw: &str) -> Option<(Option<String>, Sequence, u32, usize)> {
    if let Some(m) = numbering::leading(t) {
        return Some((Some(m.label), Sequence::List(m.kind), m.ordinal, m.text_start));
    }
    if let Some(s) = numbering::sub_number(t) {
        return Some((Some(s.label), Sequence::Sub(s.parent), s.ordinal, s.text_start));
    }
    let printed = raw.trim_start().trim_start_matches(['|', '>', ' ']);
    let bulleted = |x: &str| x.starts_with(BULLETS) && x.chars().nth(1).is_some_and(char::is_whitespace);
    if bulleted(t) {
        let rest = t.trim_start_matches(BULLETS).trim_start();
        return Some((None, Sequence::Bullet, 1, t.len() - rest.len()));
    }
    bulleted(printed).then_some((None, Sequence::Bullet, 1, 0))
}

/// The reading state: the agenda item decisions belong to, and the decisions the last
/// `সিদ্ধান্ত` produced (a `বাস্তবায়নে` line attaches to them).
struct Reader {
    out: Vec<Draft>,
    agenda: Option<Agenda>,
    last_group: std::ops::Range<usize>,
}

impl Reader {
    /// Starts a new agenda item (or, with `None`, leaves the last one).
    fn enter(&mut self, agenda: Option<Agenda>) {
        self.agenda = agenda;
        self.last_group = self.out.len()..self.out.len();
    }

    /// Adds decisions that belong to the current agenda item.
    fn decide(&mut self, drafts: impl IntoIterator<Item = Draft>) {
        let start = self.out.len();
        self.out.extend(drafts);
        self.last_group = start..self.out.len();
        if let Some(a) = self.agenda.as_mut() {
            a.decided = true;
            a.discussing = false;
        }
    }

    fn items(&mut self, items: Vec<Item>) {
        let agenda = self.agenda.clone();
        self.decide(items.into_iter().map(|it| draft_from_item(it, agenda.as_ref())));
    }
}

/// Reads every narrative decision among the lines not yet claimed.
pub(crate) fn read(view: &mut View<'_>) -> Vec<Draft> {
    let mut r = Reader { out: Vec::new(), agenda: None, last_group: 0..0 };
    let mut i = 0;
    while i < view.len() {
        if view.is_claimed(i) {
            i += 1;
            continue;
        }
        let mut next = i + 1;
        if let Some(a) = heading_agenda(view, i) {
            view.claim(i);
            r.enter(Some(a));
            i = next;
            continue;
        }
        if let Some(after) = inline_agenda(view, &mut r, i) {
            i = after;
            continue;
        }
        // Any other markdown heading (`### আলোচনা ও সিদ্ধান্ত`) starts another part.
        if view.lines.get(i).is_some_and(|l| l.line.heading > 0)
            && matches!(classify(view.text(i)), Segment::Plain(_))
        {
            r.enter(None);
        }
        for seg_text in split_inline(view.text(i)) {
            match classify(seg_text) {
                Segment::Agenda { label, topic } => {
                    view.claim(i);
                    r.enter(Some(Agenda::headed(label, topic)));
                }
                Segment::Discussion(t) => {
                    view.claim(i);
                    let a = r.agenda.get_or_insert_with(Agenda::default);
                    if a.decided {
                        *a = Agenda { label: a.label.clone(), topic: a.topic.clone(), ..Agenda::default() };
                    }
                    a.discussion.extend(non_empty(t));
                    a.discussing = true;
                }
                Segment::Decision { label: Some(label), text: topic }
                    if heads_its_block(view, i, seg_text) =>
                {
                    view.claim(i);
                    r.enter(Some(Agenda::headed(Some(label), topic)));
                }
                Segment::Decision { label, text: t } => {
                    view.claim(i);
                    let t_full = with_paragraph_rest(view, i, t, &mut next);
                    decision(view, &mut r, i, label, &t_full, &mut next);
                }
                Segment::Proposal(t) => {
                    let t_full = with_paragraph_rest(view, i, t, &mut next);
                    view.claim(i);
                    if is_adopted_proposal(&t_full) {
                        let d = draft(None, &t_full, view.span(i, next - 1), r.agenda.as_ref());
                        r.decide([d]);
                    } else if let Some(a) = r.agenda.as_mut() {
                        a.discussion.push(t_full);
                    }
                }
                Segment::Responsible(t) => {
                    if r.last_group.is_empty() {
                        continue;
                    }
                    view.claim(i);
                    let t = with_paragraph_rest(view, i, t, &mut next);
                    for d in &mut r.out[r.last_group.clone()] {
                        d.responsible = parties(&t);
                        d.span = d.span.to(view.span(i, next - 1));
                    }
                }
                Segment::Limit(t) => {
                    if r.last_group.is_empty() {
                        continue;
                    }
                    view.claim(i);
                    for d in &mut r.out[r.last_group.clone()] {
                        d.limit_text = Some(clean(t));
                    }
                }
                Segment::Section(t) => {
                    // A new section leaves the agenda item; its items are decisions only
                    // when it announces them.
                    view.claim(i);
                    r.enter(None);
                    let announces = match classify(t) {
                        Segment::LeadIn => true,
                        Segment::Decision { text, .. } => text.trim().is_empty() || ends_open(text),
                        _ => false,
                    };
                    if announces {
                        let items = read_items(view, i + 1);
                        next = after_items(view, &items, next);
                        r.items(items);
                    }
                }
                Segment::LeadIn => {
                    // `… আলোচনা ও সিদ্ধান্ত নিম্নরূপ:` over agenda paragraphs: they are read
                    // one by one, not as a list of decisions.
                    if inline_agenda_at(view, i + 1).is_some() {
                        continue;
                    }
                    let items = read_items(view, i + 1);
                    if items.is_empty() {
                        let agenda = r.agenda.clone();
                        let drafts = read_prose_decisions(view, i + 1, None, agenda.as_ref());
                        let Some(last) = drafts.last() else { continue };
                        view.claim(i);
                        next = view.first_at_or_after(last.span.end_line + 1).max(next);
                        r.decide(drafts);
                        continue;
                    }
                    view.claim(i);
                    next = after_items(view, &items, next);
                    r.items(items);
                }
                Segment::Closing => r.enter(None),
                Segment::Plain(t) => plain(view, &mut r, i, t, &mut next),
            }
        }
        i = next.max(i + 1);
    }
    r.out
}

/// A decision label and its text (`t_full`, the rest of its paragraph joined): the
/// decision itself, or the lead-in of the items or paragraph that follow.
fn decision(
    view: &mut View<'_>,
    r: &mut Reader,
    i: usize,
    label: Option<String>,
    t_full: &str,
    next: &mut usize,
) {
    // `সিদ্ধান্ত: প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।` under a proposal: the proposal,
    // already read, is the decision.
    if label.is_none() && adopts_the_proposal(t_full) && !r.last_group.is_empty() {
        return;
    }
    let lead_in = t_full.trim().is_empty() || ends_open(t_full);
    let items = if lead_in { read_items(view, *next) } else { Vec::new() };
    if !items.is_empty() {
        *next = after_items(view, &items, *next);
        r.items(items);
    } else if lead_in && t_full.trim().is_empty() && announces_several(view.text(i)) {
        // `সিদ্ধান্তসমূহ:` over unnumbered paragraphs: each is a decision.
        let agenda = r.agenda.clone();
        let drafts = read_prose_decisions(view, *next, label, agenda.as_ref());
        if let Some(last) = drafts.last() {
            *next = view.first_at_or_after(last.span.end_line + 1).max(*next);
        }
        r.decide(drafts);
    } else if lead_in && t_full.trim().is_empty() {
        if let Some((t2, span, after)) = next_paragraph(view, *next) {
            let d = draft(label, t2, span, r.agenda.as_ref());
            r.decide([d]);
            *next = after;
        }
    } else if let Some(parts) = inline_items(t_full) {
        let span = view.span(i, *next - 1);
        let agenda = r.agenda.clone();
        r.decide(parts.into_iter().map(|(l, p)| draft(Some(l), p, span, agenda.as_ref())));
    } else {
        let d = draft(label, t_full, view.span(i, *next - 1), r.agenda.as_ref());
        r.decide([d]);
    }
}

/// A plain line: an adopted proposal, the first of the items numbered under the
/// agenda item's number, discussion of the agenda item, or a numbered heading.
fn plain(view: &mut View<'_>, r: &mut Reader, i: usize, t: &str, next: &mut usize) {
    let starts_paragraph = i == 0 || !view.same_para(i - 1, i);
    if starts_paragraph {
        let paragraph = paragraph_text(view, i);
        let last = paragraph_end(view, i);
        if let Some(items) = lead_in_with_items(&paragraph) {
            view.claim_range(i, last);
            let (span, agenda) = (view.span(i, last), r.agenda.clone());
            r.decide(items.into_iter().map(|(l, p)| draft(Some(l), p, span, agenda.as_ref())));
            *next = last + 1;
            return;
        }
        // With its own `সিদ্ধান্ত: …` below, the proposal is the section's discussion.
        if is_adopted_proposal(&paragraph) && !own_decision_follows(view, last + 1) {
            view.claim_range(i, last);
            let d = draft(None, &paragraph, view.span(i, last), r.agenda.as_ref());
            r.decide([d]);
            *next = last + 1;
            return;
        }
    }
    if let Some(parent) = r.agenda.as_ref().and_then(|a| a.label.clone()) {
        let first_sub = numbering::sub_number(t).is_some_and(|s| s.parent == parent && s.ordinal == 1);
        if first_sub && !ahead(view, i + 1).labelled_decision {
            let items = read_items(view, i);
            *next = after_items(view, &items, *next);
            r.items(items);
            return;
        }
    }
    if let Some(a) = r.agenda.as_mut().filter(|a| a.discussing || (a.topic.is_some() && !a.decided)) {
        view.claim(i);
        a.discussion.push(t.to_string());
    } else if let Some(a) = numbered_heading(view, i) {
        view.claim(i);
        r.enter(Some(a));
    }
}

/// `০২। <topic>: <discussion> … সিদ্ধান্তঃ <decision>`: a numbered paragraph that
/// holds its agenda heading, its discussion and its decision inline. A paragraph
/// without a decision label is an agenda item with discussion only (a decision
/// paragraph may follow it). Returns the line after the paragraph.
fn inline_agenda(view: &mut View<'_>, r: &mut Reader, i: usize) -> Option<usize> {
    let (label, topic, first_body) = inline_agenda_at(view, i)?;
    let last = paragraph_end(view, i);
    let rest = (i + 1..=last).map(|k| view.text(k));
    let body = clean(&std::iter::once(first_body.as_str()).chain(rest).collect::<Vec<_>>().join(" "));
    // `২.১ কৃষি বিভাগ: …` (a department's report in a coordination meeting) heads an
    // agenda item only over its own decision: sub-numbered items after a discussion
    // (`২.১ পৌরসভা: … করতে হবে।`) are decisions.
    let decided_here = inline_decision(&body).is_some();
    let decided_below = || body.is_empty() && ahead(view, last + 1).labelled_decision;
    if label.contains('.') && !decided_here && !decided_below() {
        return None;
    }
    view.claim_range(i, last);
    let mut agenda = Agenda::headed(Some(label), &topic);
    let Some((discussion, decided)) = inline_decision(&body) else {
        // Its decision may follow as a paragraph of its own; without one in its
        // section, the lines below (a signature block) are not its discussion.
        agenda.discussion.extend(non_empty(&body));
        let decided_below = !is_closing(&body) && ahead(view, last + 1).labelled_decision;
        r.enter(decided_below.then_some(agenda));
        return Some(last + 1);
    };
    // `০২। <topic>: আলোচনাঃ … সিদ্ধান্তঃ …`: the discussion may carry its own label.
    agenda.discussion.extend(non_empty(labelled(discussion, DISCUSSION_LABELS).unwrap_or(discussion)));
    r.enter(Some(agenda));
    let mut pieces = split_inline(decided).into_iter();
    let mut d = draft(None, pieces.next().unwrap_or(""), view.span(i, last), r.agenda.as_ref());
    for piece in pieces {
        if let Segment::Responsible(t) = classify(piece) {
            d.responsible = parties(t);
        }
    }
    r.decide([d]);
    Some(last + 1)
}

/// The number, topic and rest of the first line when line `i` (or the first
/// unclaimed line from it) starts a numbered paragraph `০২। <topic>: <text>`
/// whose topic reads as a heading and whose text goes on on that line.
fn inline_agenda_at(view: &View<'_>, i: usize) -> Option<(String, String, String)> {
    let i = (i..view.len()).find(|&k| !view.is_claimed(k))?;
    if i > 0 && view.same_para(i - 1, i) && !view.is_claimed(i - 1) {
        return None;
    }
    let t = view.text(i);
    let (label, rest) = match numbering::leading(t).filter(|m| m.kind == Kind::Number) {
        Some(m) => (m.label, t.get(m.text_start..)?),
        None => numbering::sub_number(t).and_then(|s| Some((s.label, t.get(s.text_start..)?)))?,
    };
    // `৩.১ আলোচ্য বিষয়: …`, `২.২ সিদ্ধান্ত: …`: a label after the number, read as such.
    if !matches!(classify(rest), Segment::Plain(_)) {
        return None;
    }
    let at = heading_separator(rest).or_else(|| {
        // `২.১ উপজেলা কৃষি অফিস:` alone on its line, its report on the lines under it.
        let continues = view.same_para(i, i + 1) && !view.is_claimed(i + 1);
        let bare = rest.trim_end();
        (continues && bare.ends_with([':', 'ঃ']))
            .then(|| bare.len() - bare.chars().next_back().map_or(0, char::len_utf8))
    })?;
    let (topic, body) = (rest[..at].trim(), rest[at..].trim_start_matches([':', 'ঃ']).trim());
    let goes_on = !body.is_empty() || view.same_para(i, i + 1);
    (reads_as_heading(topic) && goes_on).then(|| (label, topic.to_string(), body.to_string()))
}

/// Where the colon after a heading stands: `:` or `ঃ` followed by a space. A
/// visarga inside a word (`ইতঃপূর্বে`, `পুনঃ`) or closing a short abbreviation
/// (`মোঃ`, `ডাঃ`) is no colon.
fn heading_separator(text: &str) -> Option<usize> {
    text.char_indices().find_map(|(at, c)| {
        let followed_by_space = text[at + c.len_utf8()..].starts_with(char::is_whitespace);
        let word = text[..at].rsplit(char::is_whitespace).next().unwrap_or("");
        let abbreviation = c == 'ঃ' && (word.chars().count() < 4 || crate::lexicon::is_honorific(word));
        (matches!(c, ':' | 'ঃ') && followed_by_space && !abbreviation).then_some(at)
    })
}

/// `… কোন সংশোধনী না থাকায় সিদ্ধান্তঃ গত সভার কার্যবিবরণী দৃঢ়ীকরণ করা হয়।`: the
/// discussion before a decision label written inside a paragraph, and the decision
/// after it (`None` without a label followed by text).
pub(super) fn inline_decision(body: &str) -> Option<(&str, &str)> {
    body.match_indices("সিদ্ধান্ত").find_map(|(at, _)| {
        let word_start = body[..at].chars().next_back().is_none_or(char::is_whitespace);
        let value = labelled(&body[at..], DECISION_LABELS).filter(|v| !v.trim().is_empty())?;
        word_start.then(|| (body[..at].trim(), value.trim()))
    })
}

/// A plural decision label (`সিদ্ধান্তসমূহ:`, `গৃহীত সিদ্ধান্তগুলো:`): more than one
/// decision follows.
fn announces_several(line: &str) -> bool {
    ["সিদ্ধান্তসমূহ", "সিদ্ধান্ত সমূহ", "সিদ্ধান্তসমুহ", "সিদ্ধান্তগুলো", "সিদ্ধান্তাবলি", "সিদ্ধান্তাবলী"]
        .iter()
        .any(|w| line.contains(w))
}

/// `… নিম্নরূপ সিদ্ধান্ত গৃহীত হয়: ক) … খ) …`: a sentence announcing decisions with
/// the items on its own line (or paragraph): the items.
fn lead_in_with_items(paragraph: &str) -> Option<Vec<(String, String)>> {
    let (at, colon) = paragraph.char_indices().find(|&(_, c)| matches!(c, ':' | 'ঃ'))?;
    let end = at + colon.len_utf8();
    let (lead, rest) = (paragraph.get(..end)?, paragraph.get(end..)?);
    if !rest.starts_with(' ') {
        return None;
    }
    let rest = rest.trim_start();
    let first_is_item = numbering::leading(rest).is_some();
    (is_lead_in(lead) && first_is_item).then(|| inline_items(rest)).flatten()
}

/// A decision text that announces what follows (`সিদ্ধান্তসমূহ:`).
fn ends_open(t: &str) -> bool {
    let t = t.trim_end();
    t.ends_with(':') || t.ends_with('ঃ')
}

/// The line after the last of `items` (or `next` when there are none).
fn after_items(view: &View<'_>, items: &[Item], next: usize) -> usize {
    items.last().map_or(next, |last| view.first_at_or_after(last.span.end_line + 1).max(next))
}

/// A markdown heading or a bold line that heads an agenda item:
/// `## ২. হোল্ডিং ট্যাক্স আদায়`, `**৩. পানি সরবরাহ:**`, or without a number
/// (`### বিবিধ`) when its section holds a decision and no table stands before it
/// (an appendix heading over a table is no agenda item).
fn heading_agenda(view: &View<'_>, i: usize) -> Option<Agenda> {
    let line = view.lines.get(i)?.line;
    if line.heading == 0 && !line.bold {
        return None;
    }
    let t = line.text.as_str();
    if let Some(m) = numbering::leading(t).filter(|m| m.kind == Kind::Number) {
        let topic = t.get(m.text_start..)?.trim().trim_end_matches([':', 'ঃ']).trim_end();
        return reads_as_heading(topic).then(|| Agenda::headed(Some(m.label), topic));
    }
    // `**আলোচনা ও সিদ্ধান্ত**`, `**পরিশিষ্ট-ক**`: headings of the minutes' parts, not topics.
    let part_of_minutes = PART_HEADINGS.iter().any(|p| t.contains(p));
    if !reads_as_heading(t) || part_of_minutes {
        return None;
    }
    let decision_at = ahead(view, i + 1).decision_at?;
    (!view.table_between(i, decision_at)).then(|| Agenda::headed(None, t))
}

/// A numbered line in plain text that heads an agenda item: it reads as a
/// heading, stands alone (not in a run of numbered lines) and its section holds
/// decisions (`১। গত সভার কার্যবিবরণী অনুমোদন` before `আলোচনা: …` / `সিদ্ধান্ত: …`).
fn numbered_heading(view: &View<'_>, i: usize) -> Option<Agenda> {
    let t = view.text(i);
    let m = numbering::leading(t).filter(|m| m.kind == Kind::Number)?;
    let topic = t.get(m.text_start..)?.trim();
    if words(topic).len() > MAX_HEADING_WORDS || crate::header::reads_as_sentence(topic) {
        return None;
    }
    let numbered = |k: usize| view.same_para(i, k) && numbering::leading(view.text(k)).is_some();
    if (i > 0 && numbered(i - 1)) || numbered(i + 1) {
        return None;
    }
    let next = (i + 1..view.len()).find(|&k| !view.is_claimed(k))?;
    if view.table_between(i, next) {
        return None;
    }
    let next_starts_labelled = split_inline(view.text(next))
        .first()
        .is_some_and(|s| matches!(classify(s), Segment::Discussion(_) | Segment::Decision { .. }));
    // Without a label right under it, the line must read as a heading and its
    // section hold decisions.
    let holds_decisions = || {
        let section = ahead(view, next);
        section.labelled_decision || section.sub_items_of.as_deref() == Some(m.label.as_str())
    };
    (next_starts_labelled || reads_as_heading(topic) && holds_decisions())
        .then(|| Agenda::headed(Some(m.label), topic))
}

/// Short, not a sentence, not a label line: `বিগত সভার কার্যবিবরণী নিশ্চিতকরণ`.
fn reads_as_heading(topic: &str) -> bool {
    let n = words(topic).len();
    let ends_open = topic.ends_with([':', 'ঃ', ';', ',', '।']);
    (1..=MAX_HEADING_WORDS).contains(&n)
        && !ends_open
        && !crate::header::reads_as_sentence(topic)
        && matches!(classify(topic), Segment::Plain(_))
}

/// A markdown heading or a bold line that reads as a heading (the next section's).
fn is_heading_line(view: &View<'_>, k: usize) -> bool {
    let Some(line) = view.lines.get(k).map(|l| l.line) else { return false };
    let t = line.text.as_str();
    let topic = numbering::leading(t).and_then(|m| t.get(m.text_start..)).unwrap_or(t);
    (line.heading > 0 || line.bold) && reads_as_heading(topic.trim().trim_end_matches([':', 'ঃ']).trim_end())
}

/// `৩. পানি সরবরাহ`: a numbered line that reads as the next agenda heading.
fn is_plain_numbered_heading(t: &str) -> bool {
    numbering::leading(t)
        .filter(|m| m.kind == Kind::Number)
        .and_then(|m| t.get(m.text_start..))
        .is_some_and(|topic| reads_as_heading(topic.trim()))
}

/// What the rest of an agenda section holds, from line `from` up to the next
/// heading, section or closing sentence.
#[derive(Debug, Default)]
struct Ahead {
    /// A `সিদ্ধান্ত` label, a sentence announcing decisions, or an adopted proposal.
    labelled_decision: bool,
    /// The line of that decision.
    decision_at: Option<usize>,
    /// The parent number of the first sub-numbered item (`২` for `২.১`).
    sub_items_of: Option<String>,
}

fn ahead(view: &View<'_>, from: usize) -> Ahead {
    let mut found = Ahead::default();
    for k in (from..view.len()).take(SECTION_LOOKAHEAD) {
        if view.is_claimed(k) {
            continue;
        }
        let t = view.text(k);
        if is_heading_line(view, k) || is_plain_numbered_heading(t) {
            break;
        }
        match split_inline(t).first().map(|s| classify(s)) {
            Some(Segment::Agenda { .. } | Segment::Section(_) | Segment::Closing) => break,
            Some(Segment::Decision { .. } | Segment::LeadIn) => found.labelled_decision = true,
            Some(Segment::Proposal(p)) if is_adopted_proposal(p) => found.labelled_decision = true,
            _ => {}
        }
        if found.sub_items_of.is_none() {
            found.sub_items_of = numbering::sub_number(t).filter(|s| s.ordinal == 1).map(|s| s.parent);
        }
        if found.labelled_decision {
            found.decision_at = Some(k);
            break;
        }
    }
    found
}

/// Resolution-book minutes (`প্রস্তাব নং-১: <topic>`, then `আলোচনা: …` and
/// `সিদ্ধান্ত: …`): a numbered proposal with a decision label of its own below it,
/// in its block, is the heading of that block, not its decision. Without one
/// (`প্রস্তাব নং-০১: … প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।`) the proposal is the
/// decision.
fn heads_its_block(view: &View<'_>, i: usize, line: &str) -> bool {
    let proposal = PROPOSAL_LABELS.iter().any(|w| line.trim_start().starts_with(w));
    proposal
        && (own_decision_follows(view, i + 1)
            || bare_decision_label_follows(view, i + 1)
            || discussion_label_follows(view, i + 1))
}

/// The next unclaimed line is an `আলোচনা:` label: the line above heads what is discussed.
fn discussion_label_follows(view: &View<'_>, from: usize) -> bool {
    (from..view.len())
        .find(|&k| !view.is_claimed(k))
        .is_some_and(|k| matches!(classify(view.text(k)), Segment::Discussion(_)))
}

/// A bare `সিদ্ধান্ত:` line (over the decision's paragraph or items) is the next
/// decision ahead in the section.
fn bare_decision_label_follows(view: &View<'_>, from: usize) -> bool {
    let Some(at) = ahead(view, from).decision_at else { return false };
    matches!(
        split_inline(view.text(at)).first().map(|s| classify(s)),
        Some(Segment::Decision { label: None, text }) if text.trim().is_empty()
    )
}

/// A `সিদ্ধান্ত: …` of substance (not only `প্রস্তাবটি … গৃহীত হয়।`) follows in the section.
fn own_decision_follows(view: &View<'_>, from: usize) -> bool {
    let Some(at) = ahead(view, from).decision_at else { return false };
    match split_inline(view.text(at)).first().map(|s| classify(s)) {
        Some(Segment::Decision { label: None, text }) => {
            !text.trim().is_empty() && !adopts_the_proposal(text)
        }
        _ => false,
    }
}

/// The lines of the paragraph that starts at `i`, joined.
fn paragraph_text(view: &View<'_>, i: usize) -> String {
    let last = paragraph_end(view, i);
    clean(&(i..=last).map(|k| view.text(k)).collect::<Vec<_>>().join(" "))
}

/// The last unclaimed line of the paragraph that line `i` starts.
fn paragraph_end(view: &View<'_>, i: usize) -> usize {
    let mut k = i;
    while k + 1 < view.len() && view.same_para(i, k + 1) && !view.is_claimed(k + 1) {
        k += 1;
    }
    k
}

/// The value of a label line joined with the rest of its paragraph (a decision
/// that wraps), stopping at label lines and list items; `next` moves past them.
fn with_paragraph_rest(view: &mut View<'_>, i: usize, first: &str, next: &mut usize) -> String {
    let mut text = first.trim().to_string();
    let mut k = i + 1;
    while k < view.len() && view.same_para(i, k) && !view.is_claimed(k) {
        let t = view.text(k);
        let mover = labelled(t, MOVER_LABELS).is_some();
        if item_marker(t, view.raw(k)).is_some() || !matches!(classify(t), Segment::Plain(_)) || mover {
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(t);
        view.claim(k);
        k += 1;
    }
    *next = (*next).max(k);
    text
}

/// The next unclaimed paragraph after a bare `সিদ্ধান্ত:` line, when it is
/// plain text: the decision. Returns its text, span and the line after it.
fn next_paragraph(view: &mut View<'_>, from: usize) -> Option<(String, Span, usize)> {
    if from >= view.len() || view.is_claimed(from) || (from > 0 && view.table_between(from - 1, from)) {
        return None;
    }
    if !matches!(classify(view.text(from)), Segment::Plain(_)) {
        return None;
    }
    let mut k = from;
    let mut parts = Vec::new();
    while k < view.len() && view.same_para(from, k) && !view.is_claimed(k) {
        parts.push(view.text(k));
        view.claim(k);
        k += 1;
    }
    Some((parts.join(" "), view.span(from, k - 1), k))
}

/// A lettered, numbered or sub-numbered list starting at line `start`: items in
/// sequence, a line without a marker continuing the item of its paragraph, a
/// responsibility line or note (`দায়িত্ব: …`, `(বাস্তবায়নে: …)`) naming the item's
/// parties. The list ends at the first paragraph that is not an item, a marker out
/// of sequence (a section `৪.০` too), a table or the closing sentence. Its lines
/// are claimed.
fn read_items(view: &mut View<'_>, start: usize) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut sequence: Option<(Sequence, u32)> = None;
    let mut k = start;
    while k < view.len() && !view.is_claimed(k) {
        if k > 0 && view.table_between(k - 1, k) {
            break;
        }
        let t = view.text(k);
        let marker = item_marker(t, view.raw(k)).filter(|(_, _, ordinal, _)| *ordinal > 0 && !is_closing(t));
        let in_sequence = |seq: &Sequence, ordinal: u32| match &sequence {
            None => true,
            Some((Sequence::Bullet, _)) => *seq == Sequence::Bullet,
            Some((s, prev)) => s == seq && ordinal == prev + 1,
        };
        match marker {
            Some((label, seq, ordinal, text_start)) if in_sequence(&seq, ordinal) => {
                sequence = Some((seq, ordinal));
                items.push(Item {
                    label,
                    text: t.get(text_start..).unwrap_or("").to_string(),
                    span: view.span(k, k),
                    responsible: None,
                    responsible_on_label_line: false,
                });
            }
            Some(_) => break,
            None if sequence.is_none() => break,
            None => {
                let Some(last) = items.last_mut() else { break };
                let note =
                    super::parties::trailing_note(t).filter(|(before, _)| before.is_empty()).map(|(_, n)| n);
                if let Some(r) = note.or_else(|| responsibility(t)) {
                    if last.responsible.is_some() {
                        break;
                    }
                    last.responsible = Some(r.to_string());
                    last.responsible_on_label_line = note.is_none();
                } else if view.same_para(k - 1, k) && matches!(classify(t), Segment::Plain(_)) {
                    last.text.push(' ');
                    last.text.push_str(t);
                } else {
                    break;
                }
                last.span = last.span.to(view.span(k, k));
            }
        }
        view.claim(k);
        k += 1;
    }
    share_block_responsibility(&mut items);
    items
}

/// Unnumbered decisions after a sentence that announces them (`… নিম্নরূপ সিদ্ধান্ত
/// গৃহীত হয়ঃ`): each paragraph from `start` on that reads as a sentence of its own
/// — plain text, no list marker, no heading, ending in `।` or in a responsibility
/// note — is one decision. They end at the closing sentence, a table, or the first
/// paragraph that is not such a sentence (a signature, a memo line, a heading).
/// A paragraph that only names the parties (`বাস্তবায়নে: …`, `(দায়িত্ব: …)`) gives
/// the decision above its responsible. Their lines are claimed.
fn read_prose_decisions(
    view: &mut View<'_>,
    start: usize,
    label: Option<String>,
    agenda: Option<&Agenda>,
) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut k = start;
    // The announcing sentence must end its paragraph.
    if k == 0 || view.same_para(k - 1, k) {
        return out;
    }
    while k < view.len() && !view.is_claimed(k) && !view.table_between(k - 1, k) {
        let last = paragraph_end(view, k);
        let text = paragraph_text(view, k);
        let span = view.span(k, last);
        if let Some(named) = parties_only(&text) {
            let Some(d) = out.last_mut().filter(|d| d.responsible.is_empty()) else { break };
            d.responsible = parties(named);
            d.span = d.span.to(span);
        } else if reads_as_prose_decision(view, k, &text) {
            out.push(draft(label.clone(), &text, span, agenda));
        } else {
            break;
        }
        view.claim_range(k, last);
        k = last + 1;
    }
    out
}

/// `বাস্তবায়নে: …` or `(দায়িত্ব: …)` standing alone: the parties it names.
fn parties_only(text: &str) -> Option<&str> {
    let note = super::parties::trailing_note(text).filter(|(before, _)| before.is_empty()).map(|(_, n)| n);
    note.or_else(|| responsibility(text)).filter(|n| !n.trim().is_empty())
}

/// A paragraph (first line `k`, joined text `text`) that can be a decision written
/// as prose.
fn reads_as_prose_decision(view: &View<'_>, k: usize, text: &str) -> bool {
    let heading = view.lines.get(k).is_some_and(|l| l.line.heading > 0);
    let sentence_end = text.ends_with(['।', '.']) || super::parties::trailing_note(text).is_some();
    !heading
        && sentence_end
        && words(text).len() >= MIN_PROSE_DECISION_WORDS
        && !is_closing(text)
        && !text.contains("ধন্যবাদ")
        && item_marker(view.text(k), view.raw(k)).is_none()
        && matches!(classify(view.text(k)), Segment::Plain(_))
}

/// One responsibility label line under the last item of a list and no parties
/// named with the others (`(ক) … (খ) … বাস্তবায়নঃ …`): the line names the parties
/// of the whole list, not of its last item alone.
fn share_block_responsibility(items: &mut [Item]) {
    let Some((last, others)) = items.split_last_mut() else { return };
    let Some(shared) = last.responsible.as_ref().filter(|_| last.responsible_on_label_line) else { return };
    let names_none = |i: &Item| i.responsible.is_none() && super::parties::trailing_note(&i.text).is_none();
    if !others.is_empty() && others.iter().all(names_none) {
        others.iter_mut().for_each(|i| i.responsible = Some(shared.clone()));
    }
}

/// `সিদ্ধান্ত: ক) … খ) …` on one line: the items.
fn inline_items(text: &str) -> Option<Vec<(String, String)>> {
    let parts = numbering::split_numbered(text);
    if parts.len() < 2 {
        return None;
    }
    Some(parts.into_iter().map(|(l, p)| (l.unwrap_or_default(), p.to_string())).collect())
}

fn draft_from_item(item: Item, agenda: Option<&Agenda>) -> Draft {
    // An item may carry its own `আলোচনা … সিদ্ধান্ত: …`, and its parties at its end
    // (`… করতে হবে। বাস্তবায়নে: …`).
    let mut pieces = split_inline(&item.text);
    let own_parties = match pieces.last().map(|p| classify(p)) {
        Some(Segment::Responsible(t)) if pieces.len() > 1 => Some(parties(t)),
        _ => None,
    };
    if own_parties.is_some() {
        pieces.pop();
    }
    let mut discussion = Vec::new();
    let mut decision = None;
    for p in &pieces {
        match classify(p) {
            Segment::Decision { text, .. } if decision.is_none() => decision = Some(text.to_string()),
            Segment::Discussion(t) => discussion.push(t.to_string()),
            _ if decision.is_none() && pieces.len() > 1 => discussion.push(p.to_string()),
            _ => {}
        }
    }
    let (text, own_discussion) = match decision {
        Some(d) if pieces.len() > 1 => (d, Some(clean(&discussion.join(" ")))),
        _ => (pieces.join(" "), None),
    };
    let mut d = draft(item.label.clone(), text, item.span, agenda);
    if let Some(own) = own_discussion.filter(|o| !o.is_empty()) {
        d.discussion = Some(own);
    }
    if let Some(named) = own_parties.filter(|p| !p.is_empty()) {
        d.responsible = named;
    } else if let Some(r) = &item.responsible {
        d.responsible = parties(r);
    }
    d
}

fn draft(label: Option<String>, text: impl AsRef<str>, span: Span, agenda: Option<&Agenda>) -> Draft {
    let discussion = agenda.map(|a| clean(&a.discussion.join(" "))).filter(|d| !d.is_empty());
    Draft {
        label: label.or_else(|| agenda.and_then(|a| a.label.clone())),
        topic: agenda.and_then(|a| a.topic.clone()),
        discussion,
        decision: clean(text.as_ref()),
        responsible: Vec::new(),
        limit_text: None,
        span,
    }
}

fn non_empty(t: &str) -> Option<String> {
    let c = clean(t);
    (!c.is_empty()).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn drafts(text: &str) -> Vec<Draft> {
        let d = doc(text);
        let mut v = View::new(&d);
        read(&mut v)
    }

    #[test]
    fn each_prose_paragraph_after_a_lead_in_is_a_decision() {
        let got = drafts(
            "সভাপতি সভার কাজ শুরু করেন।\n\nসভায় বিস্তারিত আলোচনার পর নিম্নরূপ সিদ্ধান্ত গৃহীত হয়ঃ\n\nতালিকা যাচাই করে জমা দিতে হবে। (দায়িত্ব: উপসহকারী কৃষি কর্মকর্তা)\n\nবীজ বিতরণের সময় ট্যাগ অফিসার উপস্থিত থাকবেন।\n(বাস্তবায়নে: ১। কৃষি অফিসার ২। চেয়ারম্যান)\n\nকমিউনিটি বীজতলা তৈরি করতে হবে।\n\nসভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সভার সমাপ্তি ঘোষণা করেন।\n\nস্বাক্ষরিত/-\nজনাব ক\nউপজেলা নির্বাহী অফিসার",
        );
        let texts: Vec<&str> = got.iter().map(|d| d.decision.as_str()).collect();
        assert_eq!(
            texts,
            [
                "তালিকা যাচাই করে জমা দিতে হবে। (দায়িত্ব: উপসহকারী কৃষি কর্মকর্তা)",
                "বীজ বিতরণের সময় ট্যাগ অফিসার উপস্থিত থাকবেন। (বাস্তবায়নে: ১। কৃষি অফিসার ২। চেয়ারম্যান)",
                "কমিউনিটি বীজতলা তৈরি করতে হবে।",
            ]
        );
        assert!(got.iter().all(|d| d.label.is_none() && d.discussion.is_none()));
    }

    #[test]
    fn a_responsibility_paragraph_names_the_prose_decision_above() {
        let got = drafts(
            "নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n\nসকল দপ্তর তথ্য প্রেরণ করবে।\n\n(বাস্তবায়নে: ১। ক দপ্তর ২। খ দপ্তর)\n\nই-নথি চালু করতে হবে।\n\nদায়িত্ব: আইসিটি শাখা",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].decision, "সকল দপ্তর তথ্য প্রেরণ করবে।");
        assert_eq!(got[0].responsible, ["ক দপ্তর", "খ দপ্তর"]);
        assert_eq!(got[1].responsible, ["আইসিটি শাখা"]);
    }

    #[test]
    fn prose_decisions_stop_at_what_is_not_a_sentence() {
        // No closing sentence: the signature block ends the decisions.
        let got = drafts(
            "অতঃপর নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n\nসকল দপ্তর তথ্য প্রেরণ করবে।\n\nস্বাক্ষরিত/-\nমোঃ করিম\nজেলা প্রশাসক",
        );
        assert_eq!(got.len(), 1);
        // Thanks end the decisions too (`… সকলকে ধন্যবাদ জানান।`).
        let got = drafts(
            "নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n\nসকল দপ্তর তথ্য প্রেরণ করবে।\n\nপরিশেষে সভাপতি উপস্থিত সকলকে ধন্যবাদ জানান।",
        );
        assert_eq!(got.len(), 1);
        // A lead-in inside a paragraph that goes on announces nothing here.
        assert!(drafts("নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\nসভা চলতে থাকে\n\nকাজ শেষ করতে হবে।").is_empty());
    }

    #[test]
    fn unnumbered_paragraphs_under_a_plural_decision_label() {
        let got = drafts(
            "সিদ্ধান্তসমূহ:\n\nসকল দপ্তর মাসিক প্রতিবেদন প্রেরণ করবে।\n\nই-নথির ব্যবহার বাড়াতে হবে। (দায়িত্ব: সকল দপ্তর)\n\nসভায় আর কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].decision, "ই-নথির ব্যবহার বাড়াতে হবে। (দায়িত্ব: সকল দপ্তর)");
        // The singular label keeps to the one paragraph under it.
        let got = drafts("সিদ্ধান্ত:\n\nসকল দপ্তর মাসিক প্রতিবেদন প্রেরণ করবে।\n\nসভায় আরও জানানো হয় যে কাজ চলছে।");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_lead_in_closed_by_a_full_stop_that_points_below() {
        let got = drafts(
            "বিস্তারিত আলোচনা শেষে সর্বসম্মতিক্রমে নিম্নলিখিত সিদ্ধান্তসমূহ গৃহীত হয়।\n\nসকল দপ্তর মাসিক প্রতিবেদন প্রেরণ করবে।\n\nসভায় আর কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].decision, "সকল দপ্তর মাসিক প্রতিবেদন প্রেরণ করবে।");
        // Without pointing below, a sentence about decisions announces none.
        assert!(drafts("গত সভার সিদ্ধান্ত গৃহীত হয়।\n\nসকল দপ্তর মাসিক প্রতিবেদন প্রেরণ করবে।").is_empty());
    }

    #[test]
    fn an_italic_responsibility_note_on_the_bullet_line() {
        let got = drafts("সিদ্ধান্তসমূহ:\n\n- ড্রেন পরিষ্কার করতে হবে। _বাস্তবায়নে: নির্বাহী প্রকৌশলী_\n- সভা হবে।");
        assert_eq!(got[0].decision, "ড্রেন পরিষ্কার করতে হবে।");
        assert_eq!(got[0].responsible, ["নির্বাহী প্রকৌশলী"]);
    }

    #[test]
    fn bullets_with_an_italic_responsibility_line() {
        let got = drafts(
            "সিদ্ধান্তসমূহ:\n\n- কিট মজুদের হিসাব প্রতি সপ্তাহে পাঠাতে হবে।\n  _বাস্তবায়নে: উপজেলা স্বাস্থ্য কর্মকর্তা (সকল)_\n- প্রশিক্ষণ সম্পন্ন করতে হবে।\n  *বাস্তবায়নে: ১। মেডিকেল অফিসার ২। প্রশিক্ষণ সমন্বয়কারী*",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].decision, "কিট মজুদের হিসাব প্রতি সপ্তাহে পাঠাতে হবে।");
        assert_eq!(got[0].responsible, ["উপজেলা স্বাস্থ্য কর্মকর্তা (সকল)"]);
        assert_eq!(got[1].responsible, ["মেডিকেল অফিসার", "প্রশিক্ষণ সমন্বয়কারী"]);
        assert_eq!(got[1].label, None);
    }

    #[test]
    fn a_single_decision_paragraph() {
        let got = drafts(
            "সভায় বিস্তারিত আলোচনা হয়। অতঃপর নিম্নবর্ণিত সিদ্ধান্ত সর্বসম্মতভাবে গৃহীত হয়:\n\nসিদ্ধান্ত: এ কার্যালয়ের কার্যক্রম সম্পন্ন করতে হবে।\n\nঅতঃপর সভার সমাপ্তি ঘোষণা করা হয়।",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].decision, "এ কার্যালয়ের কার্যক্রম সম্পন্ন করতে হবে।");
        assert_eq!(
            (got[0].label.clone(), got[0].topic.clone(), got[0].discussion.clone()),
            (None, None, None)
        );
        assert_eq!(got[0].span, Span::line(3));
    }

    #[test]
    fn numbered_paragraphs_with_the_decision_inline() {
        let got = drafts(
            "আলোচনা ও সিদ্ধান্ত নিম্নরূপ:\n\n০১। গত সভার কার্যবিবরণী: কার্যবিবরণী পাঠ করা হয়। কোন সংশোধনী না থাকায়\nসিদ্ধান্তঃ কার্যবিবরণী দৃঢ়ীকরণ করা হয়।\n\n০২। দুর্ঘটনার পরিসংখ্যান: ওসি জানান, ৯টি দুর্ঘটনা ঘটেছে।\n\n০৩। চালক প্রশিক্ষণ: প্রশিক্ষণ প্রয়োজন। সিদ্ধান্তঃ প্রশিক্ষণ দিতে হবে। বাস্তবায়নে: বিআরটিএ, নওগাঁ",
        );
        let read: Vec<_> = got
            .iter()
            .map(|d| (d.label.as_deref(), d.topic.as_deref(), d.discussion.as_deref(), d.decision.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                (
                    Some("০১"),
                    Some("গত সভার কার্যবিবরণী"),
                    Some("কার্যবিবরণী পাঠ করা হয়। কোন সংশোধনী না থাকায়"),
                    "কার্যবিবরণী দৃঢ়ীকরণ করা হয়।"
                ),
                (Some("০৩"), Some("চালক প্রশিক্ষণ"), Some("প্রশিক্ষণ প্রয়োজন।"), "প্রশিক্ষণ দিতে হবে।"),
            ]
        );
        assert_eq!(got[1].responsible, ["বিআরটিএ, নওগাঁ"]);
        assert_eq!(got[0].span, Span { start_line: 3, end_line: 4 });
        let labelled = drafts("০৪। মশক নিধন: আলোচনাঃ ডেঙ্গু বাড়ছে। সিদ্ধান্তঃ ওষুধ ছিটাতে হবে।");
        assert_eq!(labelled[0].discussion.as_deref(), Some("ডেঙ্গু বাড়ছে।"));
    }

    #[test]
    fn an_inline_agenda_paragraph_takes_the_decision_paragraph_below_only() {
        let got = drafts(
            "০১। বাজার মনিটরিং: বাজারদর নিয়ে আলোচনা হয়।\n\nসিদ্ধান্তঃ মনিটরিং জোরদার করতে হবে।\n\n০২। বিবিধ: বিশেষ কোন আলোচনা হয়নি।\n\n(মোঃ করিম)\nজেলা প্রশাসক",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].label.as_deref(), got[0].topic.as_deref(), got[0].discussion.as_deref()),
            (Some("০১"), Some("বাজার মনিটরিং"), Some("বাজারদর নিয়ে আলোচনা হয়।"))
        );
        let d = doc("০১। বিবিধ: বিশেষ কোন আলোচনা হয়নি।\n\n(মোঃ করিম)\nজেলা প্রশাসক");
        let mut v = View::new(&d);
        assert!(read(&mut v).is_empty());
        assert!(!v.is_claimed(2), "the signature block is not the item's discussion");
    }

    #[test]
    fn one_responsibility_line_under_a_lettered_block_is_shared() {
        let got = drafts(
            "আলোচ্য বিষয়-১ঃ বীজ বিতরণ\nকৃষি অফিসার বরাদ্দের কথা জানান।\nসিদ্ধান্তঃ\n(ক) তালিকা চূড়ান্ত করতে হবে।\n(খ) তথ্য যাচাই করতে হবে।\nবাস্তবায়নঃ ১) কৃষি অফিসার ২) উপসহকারী কৃষি কর্মকর্তা (সকল)",
        );
        assert_eq!(got.len(), 2);
        for d in &got {
            assert_eq!(d.responsible, ["কৃষি অফিসার", "উপসহকারী কৃষি কর্মকর্তা (সকল)"]);
            assert_eq!(d.topic.as_deref(), Some("বীজ বিতরণ"));
        }
        // A note in parentheses under the last item is that item's only.
        let got = drafts("সিদ্ধান্তঃ\n(ক) তালিকা চূড়ান্ত করতে হবে।\n(খ) তথ্য যাচাই করতে হবে।\n(বাস্তবায়নে: কৃষি অফিসার)");
        assert!(got[0].responsible.is_empty());
        assert_eq!(got[1].responsible, ["কৃষি অফিসার"]);
    }

    #[test]
    fn a_lead_in_with_its_items_on_the_same_line() {
        let got = drafts(
            "০৬। বিস্তারিত আলোচনা শেষে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়: ক) পত্র দিতে হবে। খ) তথ্য দিতে\nহবে।\n\n০৭। সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সভার সমাপ্তি ঘোষণা করেন।",
        );
        let read: Vec<_> = got.iter().map(|d| (d.label.as_deref(), d.decision.as_str())).collect();
        assert_eq!(read, [(Some("ক"), "পত্র দিতে হবে।"), (Some("খ"), "তথ্য দিতে হবে।")]);
        assert_eq!(lead_in_with_items("সভায় জানানো হয়: ক) খাদ্য মজুদ আছে। খ) দাম স্থিতিশীল।"), None);
    }

    #[test]
    fn a_heading_colon_is_followed_by_a_space_and_ends_no_abbreviation() {
        assert_eq!(heading_separator("বিবিধঃ আলোচনা"), Some("বিবিধ".len()));
        assert_eq!(heading_separator("সড়ক: আলোচনা"), Some("সড়ক".len()));
        assert_eq!(heading_separator("ইতঃপূর্বে বাস্তবায়িত ধারণা"), None);
        assert_eq!(heading_separator("জনাব মোঃ করিম জানান"), None);
        assert_eq!(inline_decision("আলোচনা হয়। সিদ্ধান্তঃ করতে হবে।"), Some(("আলোচনা হয়।", "করতে হবে।")));
        assert_eq!(inline_decision("সভা সিদ্ধান্ত গ্রহণ করে।"), None);
        assert_eq!(inline_decision("পূর্বসিদ্ধান্তঃ বহাল"), None);
    }

    #[test]
    fn lettered_items_after_the_heading_end_at_a_non_item() {
        let got = drafts(
            "০৬। বিস্তারিত আলোচনা শেষে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n\nসিদ্ধান্তসমূহ:\n\nক) পত্র দিতে হবে।\n\nখ) তথ্য সংগ্রহ করতে হবে।\nএবং ডেটাবেজ প্রস্তুত করতে হবে।\n\nগ) ব্যাংক তৈরী করতে হবে।\n\n০৭। সভায় আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।",
        );
        let labels: Vec<_> = got.iter().map(|d| d.label.clone().unwrap()).collect();
        assert_eq!(labels, ["ক", "খ", "গ"]);
        assert_eq!(got[1].decision, "তথ্য সংগ্রহ করতে হবে। এবং ডেটাবেজ প্রস্তুত করতে হবে।");
        assert_eq!(got[1].span, Span { start_line: 7, end_line: 8 });
        assert!(got.iter().all(|d| d.topic.is_none() && d.discussion.is_none()));
    }

    #[test]
    fn a_responsibility_line_after_each_item() {
        let got = drafts(
            "বিস্তারিত আলোচনা শেষে নিম্নোক্ত সিদ্ধান্তসমূহ গৃহীত হয়:\n\nক. ট্যাক্স আদায়কারী নিয়োগ করে\nআদায় করতে হবে।\nদায়িত্ব: ইউপি সচিব ও সংশ্লিষ্ট ওয়ার্ড সদস্য।\n\nখ. তালিকা প্রেরণ করতে হবে।\nদায়িত্ব: ১) ইউপি সচিব ২) মহিলা সদস্য (সকল)\n\nআর কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করেন।",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].decision, "ট্যাক্স আদায়কারী নিয়োগ করে আদায় করতে হবে।");
        assert_eq!(got[0].responsible, ["ইউপি সচিব ও সংশ্লিষ্ট ওয়ার্ড সদস্য"]);
        assert_eq!(got[1].responsible, ["ইউপি সচিব", "মহিলা সদস্য (সকল)"]);
    }

    #[test]
    fn numbered_items_after_a_lead_in_sentence() {
        let got = drafts(
            "সভায় নিম্নোক্ত সিদ্ধান্তসমূহ গৃহীত হয়:\n১. প্রথম কাজ করতে হবে।\n২. দ্বিতীয় কাজ করতে হবে।\n৪. ক্রম ভাঙা।\n\nসভাপতি সকলকে ধন্যবাদ জানান।",
        );
        assert_eq!(
            got.iter().map(|d| d.decision.as_str()).collect::<Vec<_>>(),
            ["প্রথম কাজ করতে হবে।", "দ্বিতীয় কাজ করতে হবে।"]
        );
    }

    #[test]
    fn the_closing_numbered_paragraph_is_no_decision() {
        let got = drafts("সিদ্ধান্তসমূহ:\n১। কাজ করতে হবে।\n২। সভায় আর কোন আলোচ্য বিষয় না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn agenda_by_agenda_narrative() {
        let got = drafts(
            "আলোচ্যসূচি-১: গত সভার কার্যবিবরণী অনুমোদন\nআলোচনা: কার্যবিবরণী পাঠ করা হয়।\nসিদ্ধান্তঃ কার্যবিবরণী দৃঢ়ীকরণ করা হলো।\nবাস্তবায়নে: ১। সদস্য সচিব ২। সকল সদস্য\n\nআলোচ্যসূচি-২: বিবিধ\nআলোচনা: বিভিন্ন বিষয়ে আলোচনা হয়।\nবিস্তারিত আলোচনার পর সবাই একমত হন।\nসিদ্ধান্তঃ আগামী সভায় উপস্থাপন করতে হবে।\nবাস্তবায়নে: সংশ্লিষ্ট সকল দপ্তর",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].label.as_deref(), Some("১"));
        assert_eq!(got[0].topic.as_deref(), Some("গত সভার কার্যবিবরণী অনুমোদন"));
        assert_eq!(got[0].discussion.as_deref(), Some("কার্যবিবরণী পাঠ করা হয়।"));
        assert_eq!(got[0].decision, "কার্যবিবরণী দৃঢ়ীকরণ করা হলো।");
        assert_eq!(got[0].responsible, ["সদস্য সচিব", "সকল সদস্য"]);
        assert_eq!(got[0].span, Span { start_line: 3, end_line: 4 });
        assert_eq!(got[1].label.as_deref(), Some("২"));
        assert_eq!(
            got[1].discussion.as_deref(),
            Some("বিভিন্ন বিষয়ে আলোচনা হয়। বিস্তারিত আলোচনার পর সবাই একমত হন।")
        );
        assert_eq!(got[1].responsible, ["সংশ্লিষ্ট সকল দপ্তর"]);
    }

    #[test]
    fn department_paragraphs_are_agenda_items() {
        // `২.১ <department>: <report> সিদ্ধান্ত: … বাস্তবায়নে: …`, the heading and the
        // report on one line or the heading alone on its line.
        let got = drafts(
            "২. বিভাগভিত্তিক অগ্রগতি পর্যালোচনা:\n\n২.১ কৃষি বিভাগ: কৃষি অফিসার জানান, বীজ বিতরণ করা হয়েছে।\nসিদ্ধান্ত: তালিকা প্রকাশ করতে হবে।\nবাস্তবায়নে: উপজেলা কৃষি অফিসার\n\n২.২ উপজেলা শিক্ষা অফিস:\nশিক্ষা অফিসার জানান, পরীক্ষার প্রস্তুতি চলছে।\nসিদ্ধান্ত: সময়সূচি চূড়ান্ত করতে হবে।\nবাস্তবায়নে: ১। উপজেলা শিক্ষা অফিসার ২। প্রধান শিক্ষক (সকল)",
        );
        let view: Vec<_> = got
            .iter()
            .map(|d| (d.label.as_deref(), d.topic.as_deref(), d.discussion.as_deref(), d.decision.as_str()))
            .collect();
        assert_eq!(
            view,
            [
                (
                    Some("২.১"),
                    Some("কৃষি বিভাগ"),
                    Some("কৃষি অফিসার জানান, বীজ বিতরণ করা হয়েছে।"),
                    "তালিকা প্রকাশ করতে হবে।"
                ),
                (
                    Some("২.২"),
                    Some("উপজেলা শিক্ষা অফিস"),
                    Some("শিক্ষা অফিসার জানান, পরীক্ষার প্রস্তুতি চলছে।"),
                    "সময়সূচি চূড়ান্ত করতে হবে।"
                ),
            ]
        );
        assert_eq!(got[0].responsible, ["উপজেলা কৃষি অফিসার"]);
        assert_eq!(got[1].responsible, ["উপজেলা শিক্ষা অফিসার", "প্রধান শিক্ষক (সকল)"]);
    }

    #[test]
    fn sub_numbered_items_without_a_decision_label_stay_decisions() {
        let got = drafts(
            "### ২. উপবৃত্তি বিতরণ\n\nশিক্ষা অফিসার জানান, বিতরণ চলমান।\n\n২.১ উপবৃত্তি বিতরণ: ৩০ এপ্রিল ২০২৪ এর মধ্যে শেষ করতে হবে।\n২.২ তালিকা যাচাই করতে হবে।\n\n### ৩. বিবিধ\n\nসিদ্ধান্ত: ভবন মেরামত করতে হবে।",
        );
        let labels: Vec<_> = got.iter().map(|d| d.label.as_deref().unwrap_or("-")).collect();
        assert_eq!(labels, ["২.১", "২.২", "৩"]);
        assert_eq!(got[0].topic.as_deref(), Some("উপবৃত্তি বিতরণ"));
        assert_eq!(got[0].decision, "উপবৃত্তি বিতরণ: ৩০ এপ্রিল ২০২৪ এর মধ্যে শেষ করতে হবে।");
    }

    #[test]
    fn section_numbers_before_agenda_and_decision_labels() {
        let got = drafts(
            "৩.১ আলোচ্য বিষয়: উন্নয়ন প্রকল্প\nআলোচনা: অগ্রগতি পর্যালোচনা করা হয়।\nসিদ্ধান্ত: কাজ শেষ করতে হবে।\n\n৪। সিদ্ধান্ত: পরবর্তী সভায় উপস্থাপন করতে হবে।",
        );
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].label.as_deref(), got[0].topic.as_deref()), (Some("৩.১"), Some("উন্নয়ন প্রকল্প")));
        assert_eq!(got[1].label.as_deref(), Some("৪"));
    }

    #[test]
    fn labels_inside_one_paragraph_line() {
        let got = drafts(
            "১। বিদ্যুৎ সরবরাহ\nআলোচনা: লোডশেডিং বেড়েছে। সিদ্ধান্ত: নিরবচ্ছিন্ন বিদ্যুৎ নিশ্চিত করতে হবে। বাস্তবায়নে: নির্বাহী প্রকৌশলী, পল্লী বিদ্যুৎ",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].label.as_deref(), Some("১"));
        assert_eq!(got[0].topic.as_deref(), Some("বিদ্যুৎ সরবরাহ"));
        assert_eq!(got[0].discussion.as_deref(), Some("লোডশেডিং বেড়েছে।"));
        assert_eq!(got[0].decision, "নিরবচ্ছিন্ন বিদ্যুৎ নিশ্চিত করতে হবে।");
        assert_eq!(got[0].responsible, ["নির্বাহী প্রকৌশলী, পল্লী বিদ্যুৎ"]);
    }

    #[test]
    fn headings_with_their_discussion_and_decisions() {
        let got = drafts(
            "### ১. গত সভার কার্যবিবরণী\n\nকার্যবিবরণী পাঠ করা হয়।\n\nসিদ্ধান্ত: অনুমোদন করা হলো।\n\n### বিবিধ\n\nসভায় বিবিধ বিষয়ে আলোচনা হয়।\n\nসিদ্ধান্ত: পরবর্তী সভা জুলাই মাসে হবে।\n\n### আলোচনা ও সিদ্ধান্ত\n\nসিদ্ধান্ত: কাজ করতে হবে।",
        );
        let view: Vec<_> =
            got.iter().map(|d| (d.label.as_deref(), d.topic.as_deref(), d.discussion.as_deref())).collect();
        assert_eq!(
            view,
            [
                (Some("১"), Some("গত সভার কার্যবিবরণী"), Some("কার্যবিবরণী পাঠ করা হয়।")),
                (None, Some("বিবিধ"), Some("সভায় বিবিধ বিষয়ে আলোচনা হয়।")),
                (None, None, None)
            ]
        );
    }

    #[test]
    fn sub_numbered_decisions_unless_a_label_follows() {
        let got = drafts(
            "### ২. উপবৃত্তি বিতরণ\n\nশিক্ষা অফিসার জানান, বিতরণ চলমান।\n\n২.১ বিতরণ ৩০ এপ্রিল ২০২৪ এর মধ্যে শেষ করতে হবে।\n২.২ তালিকা যাচাই করতে হবে। (দায়িত্ব: শিক্ষা অফিসার)\n\n### ৩. বিবিধ\n\n৩.১ সদস্য সচিব জানান, ভবন জরাজীর্ণ।\n\nসিদ্ধান্ত: ভবন মেরামত করতে হবে।",
        );
        let labels: Vec<_> = got.iter().map(|d| d.label.as_deref().unwrap_or("-")).collect();
        assert_eq!(labels, ["২.১", "২.২", "৩"]);
        assert_eq!(got[0].topic.as_deref(), Some("উপবৃত্তি বিতরণ"));
        assert_eq!(got[2].discussion.as_deref(), Some("৩.১ সদস্য সচিব জানান, ভবন জরাজীর্ণ।"));
    }

    #[test]
    fn sectioned_minutes_take_only_the_announced_items() {
        let got = drafts(
            "১.০ সূচনা\nসভাপতি সভার কাজ শুরু করেন।\n\n২.০ আলোচনা\n২.১ প্রকৌশলী জানান, কাজ চলছে।\n২.২ পরিচালক বলেন, বিল বাকি।\n\n৩.০ সভায় নিম্নোক্ত সিদ্ধান্তসমূহ গৃহীত হয়:\n৩.১ কাজ শেষ করতে হবে।\n৩.২ বিল পরিশোধ করতে হবে।\n\n৪.০ সভায় আর কোন আলোচ্য বিষয় না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।",
        );
        let view: Vec<_> =
            got.iter().map(|d| (d.label.as_deref(), d.topic.as_deref(), d.decision.as_str())).collect();
        assert_eq!(
            view,
            [(Some("৩.১"), None, "কাজ শেষ করতে হবে।"), (Some("৩.২"), None, "বিল পরিশোধ করতে হবে।")]
        );
    }

    #[test]
    fn resolutions_and_adopted_proposals() {
        let got = drafts(
            "বিষয় নং-০২: বাজেট অনুমোদন\nকোষাধ্যক্ষ বাজেট উপস্থাপন করেন।\n\nজনাব ক বাজেট অনুমোদনের প্রস্তাব করেন। জনাব খ প্রস্তাবটি সমর্থন করেন। প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।\n\nবিষয় নং-০৩: বিবিধ\nসিদ্ধান্ত নং-৪১২/০৩(ক): গুদাম মেরামত করতে হবে।\n\nপ্রস্তাব নং-০৪: সদস্য ভর্তি করা হোক।\nপ্রস্তাবক: জনাব গ\nসমর্থক: জনাব ঘ\nসিদ্ধান্ত: প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।",
        );
        let view: Vec<_> =
            got.iter().map(|d| (d.label.as_deref(), d.topic.as_deref(), d.decision.as_str())).collect();
        assert_eq!(
            view,
            [
                (
                    Some("০২"),
                    Some("বাজেট অনুমোদন"),
                    "জনাব ক বাজেট অনুমোদনের প্রস্তাব করেন। জনাব খ প্রস্তাবটি সমর্থন করেন। প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।"
                ),
                (Some("৪১২/০৩(ক)"), Some("বিবিধ"), "গুদাম মেরামত করতে হবে।"),
                (Some("০৪"), Some("বিবিধ"), "সদস্য ভর্তি করা হোক।"),
            ]
        );
        assert_eq!(got[0].discussion.as_deref(), Some("কোষাধ্যক্ষ বাজেট উপস্থাপন করেন।"));
        assert_eq!(resolution("সিদ্ধান্ত ১) কাজ"), Some(("১".to_string(), "কাজ")));
        assert_eq!(resolution("সিদ্ধান্তসমূহ: ১। কাজ"), None);
        assert_eq!(resolution("প্রস্তাবটি গৃহীত হয়।"), None);
        assert_eq!(resolution("সিদ্ধান্ত ২০২৪ সালে নেওয়া হয়।"), None);
    }

    #[test]
    fn a_numbered_proposal_over_its_own_discussion_and_decision_is_a_heading() {
        let got = drafts(
            "প্রস্তাব নং-১: বিগত সভার কার্যবিবরণী অনুমোদন\nআলোচনা: প্রধান শিক্ষক কার্যবিবরণী পাঠ করেন।\nসিদ্ধান্ত: কার্যবিবরণী অনুমোদিত হলো।\n\nপ্রস্তাব নং-২: বিবিধ\nআলোচনা: কোন আলোচনা হয়নি।\n\nপ্রস্তাব নং-৩: ভবন মেরামত\nসিদ্ধান্ত:\nভবন ৩০ দিনের মধ্যে মেরামত করা হবে।",
        );
        let got: Vec<_> = got
            .iter()
            .map(|d| (d.label.as_deref(), d.topic.as_deref(), d.discussion.as_deref(), d.decision.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("১"),
                    Some("বিগত সভার কার্যবিবরণী অনুমোদন"),
                    Some("প্রধান শিক্ষক কার্যবিবরণী পাঠ করেন।"),
                    "কার্যবিবরণী অনুমোদিত হলো।"
                ),
                (Some("৩"), Some("ভবন মেরামত"), None, "ভবন ৩০ দিনের মধ্যে মেরামত করা হবে।"),
            ]
        );
        // Adopted in its own words, or only adopted by the label below: the proposal decides.
        let got =
            drafts("প্রস্তাব নং-০৪: সদস্য ভর্তি করা হোক।\nপ্রস্তাবক: জনাব গ\nসিদ্ধান্ত: প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।");
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].label.as_deref(), got[0].decision.as_str()), (Some("০৪"), "সদস্য ভর্তি করা হোক।"));
    }

    #[test]
    fn bilingual_discussion_decision_and_responsibility_labels() {
        let got = drafts(
            "Agenda / আলোচ্য বিষয়-১: বন্দর সংযোগ সড়ক\nDiscussion / আলোচনা: নকশা চূড়ান্ত হয়নি।\nDecision / সিদ্ধান্ত: নকশা ৩০ দিনের মধ্যে চূড়ান্ত করতে হবে।\nAction by / বাস্তবায়নে: প্রকল্প পরিচালক",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].topic.as_deref(), Some("বন্দর সংযোগ সড়ক"));
        assert_eq!(got[0].discussion.as_deref(), Some("নকশা চূড়ান্ত হয়নি।"));
        assert_eq!(got[0].decision, "নকশা ৩০ দিনের মধ্যে চূড়ান্ত করতে হবে।");
        assert_eq!(got[0].responsible, ["প্রকল্প পরিচালক"]);
    }

    #[test]
    fn a_proposal_with_its_own_decision_below_is_discussion() {
        let got = drafts(
            "বিষয় নং-০১: গুদাম মেরামত\n\nজনাব ক মেরামতের প্রস্তাব করেন। জনাব খ সমর্থন করেন। প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।\n\nসিদ্ধান্ত: গুদাম মেরামতে ৫০,০০০/- টাকা ব্যয় করা হবে।",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].decision, "গুদাম মেরামতে ৫০,০০০/- টাকা ব্যয় করা হবে।");
        assert!(got[0].discussion.as_deref().is_some_and(|d| d.contains("সমর্থন")));
    }

    #[test]
    fn bulleted_decisions_after_a_lead_in() {
        let got = drafts(
            "সভায় নিম্নোক্ত সিদ্ধান্তসমূহ গৃহীত হয়:\n- প্রথম কাজ করতে হবে।\n- দ্বিতীয় কাজ করতে হবে।\n\nসভাপতি সকলকে ধন্যবাদ জানান।",
        );
        assert_eq!(
            got.iter().map(|d| (d.label.clone(), d.decision.as_str())).collect::<Vec<_>>(),
            [(None, "প্রথম কাজ করতে হবে।"), (None, "দ্বিতীয় কাজ করতে হবে।")]
        );
    }

    #[test]
    fn bare_heading_then_a_plain_paragraph() {
        let got =
            drafts("সিদ্ধান্ত:\n\nসকল দপ্তর নিয়মিত প্রতিবেদন পাঠাবে।\n\nঅন্য কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].decision, "সকল দপ্তর নিয়মিত প্রতিবেদন পাঠাবে।");
    }

    #[test]
    fn inline_numbered_decisions() {
        let got = drafts("সিদ্ধান্ত: ১) প্রথম কাজ। ২) দ্বিতীয় কাজ।");
        assert_eq!(
            got.iter().map(|d| (d.label.clone().unwrap(), d.decision.clone())).collect::<Vec<_>>(),
            [("১".to_string(), "প্রথম কাজ।".to_string()), ("২".to_string(), "দ্বিতীয় কাজ।".to_string())]
        );
    }

    #[test]
    fn a_notice_gets_no_decisions() {
        let got = drafts(
            "সভার নোটিশ\n\nআলোচ্যসূচি:\n১। গত সভার কার্যবিবরণী অনুমোদন\n২। বিবিধ\n\nসভায় যথাসময়ে উপস্থিত থাকার জন্য অনুরোধ করা হলো।",
        );
        assert!(got.is_empty());
        let got = drafts(
            "বিষয়: সভার সিদ্ধান্ত বাস্তবায়ন প্রসঙ্গে।\n\nউপর্যুক্ত বিষয়ের প্রেক্ষিতে জানানো যাচ্ছে যে, গত সভার সিদ্ধান্ত অনুযায়ী কাজ সম্পন্ন করতে হবে।",
        );
        assert!(got.is_empty());
    }

    #[test]
    fn narrative_sentences_with_the_word_decision_are_no_labels() {
        assert_eq!(classify("সিদ্ধান্ত গৃহীত হয়।"), Segment::Plain("সিদ্ধান্ত গৃহীত হয়।"));
        assert_eq!(classify("আলোচনা করা হয়।"), Segment::Plain("আলোচনা করা হয়।"));
    }
}
