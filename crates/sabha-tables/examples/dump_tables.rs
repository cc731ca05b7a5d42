//! Prints the tables `find_tables` finds in a text file, as JSON lines.
//!
//! `cargo run -p sabha-tables --example dump_tables -- fixtures/seeds/000.txt`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_tables FILE");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let lines: Vec<&str> = text.lines().collect();
    for table in sabha_tables::find_tables(&lines, 1) {
        match serde_json::to_string(&table) {
            Ok(json) => println!("{json}"),
            Err(e) => eprintln!("{e}"),
        }
    }
    ExitCode::SUCCESS
}
