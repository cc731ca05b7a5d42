use super::{CmdResult, not_implemented};
use crate::ConvertArgs;

pub fn run(args: ConvertArgs) -> CmdResult {
    let _ = args;
    not_implemented("sabha convert")
}
