//! `sabha tokens [FILE|-] [--per-line]`: the tokens of a text as JSON.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use super::CmdResult;

pub fn run(file: Option<&Path>, per_line: bool) -> CmdResult {
    let text = read_input(file)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if per_line {
        write_per_line(&text, &mut out)?;
    } else {
        write_tokens(&text, &mut out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The text of FILE, or of standard input for `-` or no FILE. Bytes that are not
/// UTF-8 are replaced (and said so), since offsets must refer to a text.
fn read_input(file: Option<&Path>) -> io::Result<String> {
    let bytes = match file {
        Some(path) if path != Path::new("-") => std::fs::read(path)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?,
        _ => {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes)?;
            bytes
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            eprintln!("sabha: the input is not valid UTF-8; invalid bytes were replaced by U+FFFD");
            Ok(String::from_utf8_lossy(err.as_bytes()).into_owned())
        }
    }
}

/// One JSON object per token, one per line.
fn write_tokens(text: &str, out: &mut impl Write) -> io::Result<()> {
    for token in sabha_tokens::tokenize(text) {
        serde_json::to_writer(&mut *out, &token.json(text))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// One JSON array per input line, each line tokenized as a text of its own.
fn write_per_line(text: &str, out: &mut impl Write) -> io::Result<()> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Ok(());
    }
    for line in body.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let tokens = sabha_tokens::tokenize(line);
        let views: Vec<_> = tokens.iter().map(|t| t.json(line)).collect();
        serde_json::to_writer(&mut *out, &views)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
