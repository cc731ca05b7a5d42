use super::{CmdResult, not_implemented};

pub fn run() -> CmdResult {
    not_implemented("sabha schema")
}
