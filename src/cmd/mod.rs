//! One module per subcommand: read arguments, call a crate, write output.

pub mod convert;
pub mod parse;
pub mod schema;
pub mod text;
pub mod tokens;

/// An error that stops a command before it could run (exit status 1).
pub type CmdResult = Result<std::process::ExitCode, Box<dyn std::error::Error>>;
