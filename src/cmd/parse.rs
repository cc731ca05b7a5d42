use std::path::Path;

use super::{CmdResult, not_implemented};
use crate::OcrArg;

pub fn run(file: &Path, ocr: OcrArg) -> CmdResult {
    let _ = (file, ocr);
    not_implemented("sabha parse")
}
