//! One line of text through every clean-up step: Bijoy conversion, repair of Bijoy
//! fragments, Unicode clean-up. Used by every format, so a line of a text file, a
//! DOCX paragraph and a PDF line are treated alike.

use std::borrow::Cow;

use crate::bijoy::{self, Prior};
use crate::clean::clean_line;
use crate::warnings::Warnings;

pub(crate) struct Normalizer {
    prior: Prior,
    pub warnings: Warnings,
    /// Lines (or cells) converted from Bijoy by their looks.
    pub bijoy_lines: usize,
    controls: usize,
}

impl Normalizer {
    /// A normalizer for a document whose raw lines are `lines` (they set the prior for
    /// lines with little evidence of their own).
    pub fn for_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Normalizer {
        Normalizer {
            prior: bijoy::document_prior(lines),
            warnings: Warnings::default(),
            bijoy_lines: 0,
            controls: 0,
        }
    }

    /// The clean form of `raw` (one line, no `\n`), which is line `number` of the
    /// document when known. Borrowed when the line needs no change (most lines).
    pub fn line<'a>(&mut self, raw: &'a str, number: Option<u32>) -> Cow<'a, str> {
        let converted = bijoy::convert_line(raw, self.prior);
        if converted.is_some() {
            self.bijoy_lines += 1;
        }
        let text = converted.as_deref().unwrap_or(raw);
        let repaired = bijoy::repair_line(text);
        if let Some(repairs) = &repaired {
            for (before, after) in &repairs.repaired {
                let message = format!("Bijoy fragment repaired: `{before}` read as `{after}`");
                self.warnings.add("bijoy_fragment_repaired", message, number);
            }
            for word in &repairs.hybrid {
                let message = format!("`{word}` holds glyph codes of a subset font; left as printed");
                self.warnings.add("hybrid_font_text", message, number);
            }
        }
        let text = repaired.as_ref().map_or(text, |r| r.text.as_str());
        let (clean, changes) = clean_line(text);
        let warnings = &mut self.warnings;
        warnings.add_count(
            "assamese_letters_mapped",
            changes.assamese,
            "Assamese letter(s) ৰ/ৱ read as র/ব",
            number,
        );
        let what = "private-use character(s): the font's text mapping may be broken";
        warnings.add_count("private_use_characters", changes.private_use, what, number);
        self.controls += changes.controls;
        match clean {
            // Nothing changed the line since `raw`.
            Cow::Borrowed(_) if converted.is_none() && repaired.is_none() => Cow::Borrowed(raw),
            clean => Cow::Owned(clean.into_owned()),
        }
    }

    /// The document-level warnings, and all warnings gathered.
    pub fn finish(mut self) -> (Warnings, usize) {
        let warnings = &mut self.warnings;
        warnings.add_count("control_characters_removed", self.controls, "control character(s) removed", None);
        let what = "line(s) converted from the Bijoy (SutonnyMJ) encoding to Unicode";
        warnings.add_count("bijoy_converted", self.bijoy_lines, what, None);
        (self.warnings, self.bijoy_lines)
    }
}
