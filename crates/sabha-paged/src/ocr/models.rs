//! Which Tesseract models read a page, and which Debian package holds each.
//!
//! The default reading combines three models: `ben` (Bengali), `Bengali` (the
//! Bengali *script* model, trained on every language written in the script, with
//! a larger network) and `eng` (minutes quote English names, addresses and
//! e-mail). Tesseract picks, word by word, the model that reads it best. On the
//! scanned seeds the script model cuts the words missing from 7.2% to 5.9% and
//! raises the record's fields from 0.860 to 0.874 (`scripts/ocr_fidelity.py`).
//!
//! The script model is an improvement, not a requirement: a machine with only
//! `tesseract-ocr-ben` installed still reads scans, with `ben+eng`, and the `ocr`
//! warning says which package would read them better.
//!
//! ```
//! use sabha_paged::ocr::models::usable_languages;
//!
//! let installed = vec!["ben".to_string(), "eng".to_string()];
//! let choice = usable_languages("ben+Bengali+eng", Some(&installed));
//! assert_eq!(choice.languages, "ben+eng");
//! assert_eq!(choice.left_out, vec!["Bengali".to_string()]);
//! ```

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use crate::process::{ToolLimits, run_tool_with_env};

/// The models sabha reads scans with when they are installed.
pub const DEFAULT_LANGUAGES: &str = "ben+Bengali+eng";

/// Models that improve a reading but are not needed for it.
const OPTIONAL: &[&str] = &["Bengali"];

/// The models a reading will use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageChoice {
    /// `+`-separated, as Tesseract's `-l` takes them.
    pub languages: String,
    /// Optional models that were asked for but are not installed.
    pub left_out: Vec<String>,
}

/// The models of `wanted` (`+`-separated) that can be used, given the installed
/// ones (`None` when they could not be listed). A required model is kept even
/// when it is missing, so that Tesseract's own error names it; an optional one
/// is left out when it is not installed, or when nothing could be listed. A
/// script model installed under `script/` is named that way.
pub fn usable_languages(wanted: &str, installed: Option<&[String]>) -> LanguageChoice {
    let mut languages = Vec::new();
    let mut left_out = Vec::new();
    for model in wanted.split('+').filter(|m| !m.is_empty()) {
        let bare = model.trim_start_matches("script/");
        if !OPTIONAL.contains(&bare) {
            languages.push(model.to_string());
            continue;
        }
        let found = installed.and_then(|list| {
            list.iter().find(|l| l.as_str() == bare || l.trim_start_matches("script/") == bare)
        });
        match found {
            Some(name) => languages.push(name.clone()),
            None => left_out.push(bare.to_string()),
        }
    }
    LanguageChoice { languages: languages.join("+"), left_out }
}

/// The Debian package that installs a Tesseract model: `ben` is in
/// `tesseract-ocr-ben`, the script model `Bengali` in `tesseract-ocr-script-beng`.
pub fn debian_package(model: &str) -> String {
    let bare = model.trim_start_matches("script/");
    let script = match bare {
        "Bengali" => Some("beng"),
        "Latin" => Some("latn"),
        "Devanagari" => Some("deva"),
        "Arabic" => Some("arab"),
        _ => None,
    };
    match script {
        Some(code) => format!("tesseract-ocr-script-{code}"),
        None => format!("tesseract-ocr-{}", bare.to_lowercase()),
    }
}

/// The models installed for a `tesseract` program (`tesseract --list-langs`),
/// asked once per program and process; `None` when the program cannot list them.
pub fn installed_models(tesseract: &Path, timeout: Duration) -> Option<Vec<String>> {
    static KNOWN: Mutex<Vec<(PathBuf, Option<Vec<String>>)>> = Mutex::new(Vec::new());
    if let Ok(known) = KNOWN.lock() {
        if let Some((_, models)) = known.iter().find(|(p, _)| p == tesseract) {
            return models.clone();
        }
    }
    let models = list_models(tesseract, timeout);
    if let Ok(mut known) = KNOWN.lock() {
        known.push((tesseract.to_path_buf(), models.clone()));
    }
    models
}

fn list_models(tesseract: &Path, timeout: Duration) -> Option<Vec<String>> {
    let limits = ToolLimits { timeout, max_stdout: 64 * 1024 };
    let output = run_tool_with_env(tesseract, ["--list-langs"], &[], limits).ok()?;
    if !output.status.success() {
        return None;
    }
    Some(parse_list_langs(&String::from_utf8_lossy(&output.stdout)))
}

/// The model names in `tesseract --list-langs` output (after its heading line).
fn parse_list_langs(output: &str) -> Vec<String> {
    output
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("List of available languages"))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_installed_script_model_is_used() {
        let installed = names(&["Bengali", "ben", "eng", "osd"]);
        let choice = usable_languages(DEFAULT_LANGUAGES, Some(&installed));
        assert_eq!(choice.languages, "ben+Bengali+eng");
        assert!(choice.left_out.is_empty());
    }

    #[test]
    fn a_script_model_under_script_keeps_its_folder() {
        let installed = names(&["ben", "eng", "script/Bengali"]);
        assert_eq!(usable_languages(DEFAULT_LANGUAGES, Some(&installed)).languages, "ben+script/Bengali+eng");
    }

    #[test]
    fn a_missing_optional_model_is_left_out_and_named() {
        let installed = names(&["ben", "eng"]);
        let choice = usable_languages(DEFAULT_LANGUAGES, Some(&installed));
        assert_eq!(choice.languages, "ben+eng");
        assert_eq!(choice.left_out, names(&["Bengali"]));
    }

    #[test]
    fn a_missing_required_model_is_kept_for_tesseract_to_report() {
        let installed = names(&["eng"]);
        assert_eq!(usable_languages("ben+eng", Some(&installed)).languages, "ben+eng");
    }

    #[test]
    fn optional_models_are_left_out_when_nothing_could_be_listed() {
        let choice = usable_languages(DEFAULT_LANGUAGES, None);
        assert_eq!(choice.languages, "ben+eng");
        assert_eq!(choice.left_out, names(&["Bengali"]));
    }

    #[test]
    fn packages_are_named_for_language_and_script_models() {
        assert_eq!(debian_package("ben"), "tesseract-ocr-ben");
        assert_eq!(debian_package("Bengali"), "tesseract-ocr-script-beng");
        assert_eq!(debian_package("script/Bengali"), "tesseract-ocr-script-beng");
    }

    #[test]
    fn list_langs_output_is_read_without_its_heading() {
        let out = "List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (4):\nBengali\nben\neng\nosd\n";
        assert_eq!(parse_list_langs(out), names(&["Bengali", "ben", "eng", "osd"]));
    }
}
