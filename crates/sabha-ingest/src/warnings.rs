//! Warnings about the document, gathered while reading it.
//!
//! The codes are listed in the crate documentation.

use std::collections::BTreeMap;

use sabha_doc::{Span, Warning};

/// At most this many warnings of one code carry their own line; the rest are counted.
const PER_CODE: usize = 20;

#[derive(Debug, Default)]
pub(crate) struct Warnings {
    list: Vec<Warning>,
    counts: BTreeMap<&'static str, usize>,
}

impl Warnings {
    pub fn add(&mut self, code: &'static str, message: impl Into<String>, line: Option<u32>) {
        let count = self.counts.entry(code).or_default();
        *count += 1;
        if *count <= PER_CODE {
            self.list.push(Warning::new(code, message, line.map(Span::line)));
        }
    }

    /// Adds `"{count} {what}"` when `count` is not zero.
    pub fn add_count(&mut self, code: &'static str, count: usize, what: &str, line: Option<u32>) {
        if count > 0 {
            self.add(code, format!("{count} {what}"), line);
        }
    }

    /// Adds a warning from elsewhere (the PDF reader) as it is.
    pub fn pass_through(&mut self, warning: Warning) {
        self.list.push(warning);
    }

    pub fn finish(mut self) -> Vec<Warning> {
        for (code, count) in self.counts {
            if count > PER_CODE {
                let more = count - PER_CODE;
                self.list.push(Warning::new(code, format!("and {more} more like the above"), None));
            }
        }
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floods_are_summarised() {
        let mut w = Warnings::default();
        for n in 0..25 {
            w.add("x", "m", Some(n));
        }
        w.add("y", "m", None);
        let list = w.finish();
        assert_eq!(list.len(), PER_CODE + 2);
        assert_eq!(list.last().map(|w| w.message.as_str()), Some("and 5 more like the above"));
    }
}
