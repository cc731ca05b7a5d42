//! `sabha schema`: the JSON Schema of the record.

use std::process::ExitCode;

use super::CmdResult;

pub fn run() -> CmdResult {
    println!("{}", serde_json::to_string_pretty(&sabha_record::json_schema())?);
    Ok(ExitCode::SUCCESS)
}
