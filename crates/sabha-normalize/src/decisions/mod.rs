//! Decisions in every form minutes print them: rows of decision tables
//! ([`table`]), agenda items as label–value tables ([`vertical`]), and decisions written as text ([`narrative`]). Both give
//! [`Draft`]s; [`read`] puts them in document order, numbers them and finds
//! their deadlines.

mod deadlines;
pub(crate) mod narrative;
mod parties;
mod table;
pub(crate) mod vertical;

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
    drafts.extend(vertical::read(view));
    drafts.extend(narrative::read(view));
    drafts.iter_mut().for_each(take_responsibility_note);
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

/// `… করতে হবে। (বাস্তবায়নে: …)`: a note at the end of the decision names its
/// parties (unless a responsible cell or line already did) and is not part of its
/// text.
fn take_responsibility_note(d: &mut Draft) {
    let Some((before, note)) = parties::trailing_note(&d.decision) else { return };
    let (before, named) = (before.to_string(), parties::parties(note));
    if d.responsible.is_empty() {
        d.responsible = named;
    }
    d.decision = before;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testdoc::doc;

    fn decisions(text: &str) -> Vec<Decision> {
        let d = doc(text);
        let mut v = View::new(&d);
        read(&mut v, Some("2024-06-05"))
    }

    #[test]
    fn a_note_at_the_end_names_the_parties_and_leaves_the_text() {
        let got = decisions(
            "সিদ্ধান্ত: তালিকা ২০ জুন ২০২৪ তারিখের মধ্যে প্রেরণ করতে হবে। (দায়িত্ব: ১। পরিচালক (অর্থ) ২। হিসাবরক্ষক)",
        );
        assert_eq!(got[0].decision, "তালিকা ২০ জুন ২০২৪ তারিখের মধ্যে প্রেরণ করতে হবে।");
        assert_eq!(got[0].responsible, ["পরিচালক (অর্থ)", "হিসাবরক্ষক"]);
        assert_eq!(got[0].deadlines[0].iso.as_deref(), Some("2024-06-20"));
    }

    #[test]
    fn a_responsible_cell_wins_over_a_note() {
        let got = decisions("|@decision:সিদ্ধান্ত|@responsible:দায়িত্ব|\n|কাজ করতে হবে। (দায়িত্ব: খ)|ক দপ্তর|");
        assert_eq!(
            (got[0].decision.as_str(), got[0].responsible.clone()),
            ("কাজ করতে হবে।", vec!["ক দপ্তর".to_string()])
        );
    }
}
