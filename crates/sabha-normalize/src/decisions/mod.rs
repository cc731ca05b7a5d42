//! Decisions in every form minutes print them: rows of decision tables
//! ([`table`]), and decisions written as text ([`narrative`]). Both give
//! [`Draft`]s; [`read`] puts them in document order, numbers them and finds
//! their deadlines.

mod deadlines;
pub(crate) mod narrative;
mod parties;
mod table;

use sabha_doc::Span;
use sabha_record::Decision;

use crate::view::View;

/// A decision before it has its place in the document's order and its deadlines.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Draft {
    pub label: Option<String>,
    pub topic: Option<String>,
    pub discussion: Option<String>,
    pub decision: String,
    pub responsible: Vec<String>,
    /// The text of a `সময়সীমা` cell or line given with the decision.
    pub limit_text: Option<String>,
    pub span: Span,
}

/// Every decision, in document order, numbered from 1. `reference` is the
/// meeting date (or the issue date) as `YYYY-MM-DD`, for deadlines printed
/// without a year. Lines read are claimed.
pub(crate) fn read(view: &mut View<'_>, reference: Option<&str>) -> Vec<Decision> {
    let (mut drafts, _) = table::read(view);
    drafts.extend(narrative::read(view));
    drafts.retain(|d| !d.decision.is_empty());
    drafts.sort_by_key(|d| (d.span.start_line, d.span.end_line));
    drafts
        .into_iter()
        .enumerate()
        .map(|(k, d)| {
            let mut found = deadlines::find(&d.decision, reference);
            if let Some(limit) = &d.limit_text {
                for l in deadlines::in_limit(limit, reference) {
                    if !found.iter().any(|f| f.iso == l.iso && f.raw == l.raw) {
                        found.push(l);
                    }
                }
            }
            for f in &mut found {
                f.span = Some(d.span);
            }
            Decision {
                index: k as u32 + 1,
                label: d.label,
                topic: d.topic,
                discussion: d.discussion,
                decision: d.decision,
                responsible: d.responsible,
                deadlines: found,
                span: d.span,
            }
        })
        .collect()
}
