//! `sabha text FILE`: the ingested, cleaned text that record spans refer to.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use sabha_ingest::{IngestError, IngestOptions, ingest};

use super::CmdResult;
use crate::OcrArg;

pub fn run(file: &Path, ocr: OcrArg) -> CmdResult {
    let options = IngestOptions { ocr: ocr.into(), ..IngestOptions::default() };
    let shown = file.display();
    let size = std::fs::metadata(file).map_err(|e| format!("{shown}: {e}"))?.len();
    let result = if size > options.max_bytes {
        // Refuse before reading a huge file into memory.
        Err(IngestError::TooLarge { what: "file", bytes: size, limit: options.max_bytes })
    } else {
        let bytes = std::fs::read(file).map_err(|e| format!("{shown}: {e}"))?;
        ingest(&bytes, &file.to_string_lossy(), &options)
    };
    match result {
        Ok(doc) => {
            let mut out = std::io::stdout().lock();
            match out.write_all(doc.text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => {}
                // `sabha text x | head` closes the pipe early; that is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                Err(e) => return Err(format!("writing the text: {e}").into()),
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            // The document could not be read: exit status 2, as `convert` does.
            eprintln!("sabha: {shown}: {err} [{}]", err.kind());
            Ok(ExitCode::from(2))
        }
    }
}
