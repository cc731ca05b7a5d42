use std::path::Path;

use super::{CmdResult, not_implemented};

pub fn run(file: Option<&Path>, per_line: bool) -> CmdResult {
    let _ = (file, per_line);
    not_implemented("sabha tokens")
}
