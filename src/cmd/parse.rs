//! `sabha parse FILE`: one document's record, pretty-printed.

use std::path::Path;
use std::process::ExitCode;

use sabha_batch::Options;
use sabha_record::Status;

use super::CmdResult;
use crate::OcrArg;

/// Exit 0 for an `ok` record, 2 for an `error` record (still printed), 1 when the
/// path cannot be read at all.
pub fn run(file: &Path, ocr: OcrArg) -> CmdResult {
    sabha_batch::capture_document_panics();
    let mut options = Options::default();
    options.ingest.ocr = ocr.into();
    let record = sabha_batch::convert_file(file, &options)
        .map_err(|err| format!("cannot read {}: {err}", file.display()))?;
    println!("{}", serde_json::to_string_pretty(&record)?);
    Ok(if record.status == Status::Ok { ExitCode::SUCCESS } else { ExitCode::from(2) })
}
