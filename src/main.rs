//! `sabha`: Bengali government meeting minutes (কার্যবিবরণী) to structured JSON.
//!
//! This binary only parses arguments and writes output; every rule lives in the
//! crates under `crates/`. The command surface is fixed by `spec/cli.md`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod cmd;

#[derive(Parser)]
#[command(name = "sabha", version, about = "Bengali meeting minutes (কার্যবিবরণী) to structured JSON")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Convert files, directories (recursive) and .zip archives to JSON Lines, one record per document.
    Convert(ConvertArgs),
    /// Print one document's record as pretty-printed JSON.
    Parse {
        file: PathBuf,
        /// OCR for scanned pages.
        #[arg(long, value_enum, default_value_t = OcrArg::Auto)]
        ocr: OcrArg,
    },
    /// Print the ingested, cleaned text that record spans refer to.
    Text {
        file: PathBuf,
        /// OCR for scanned pages.
        #[arg(long, value_enum, default_value_t = OcrArg::Auto)]
        ocr: OcrArg,
    },
    /// Print the tokens found in a text (a file, or `-` / nothing for standard input), as JSON.
    Tokens {
        file: Option<PathBuf>,
        /// Treat each input line as its own text and print one JSON array per line.
        #[arg(long)]
        per_line: bool,
    },
    /// Print the JSON Schema of the record.
    Schema,
}

#[derive(clap::Args)]
pub struct ConvertArgs {
    /// Files, directories and .zip archives.
    pub inputs: Vec<PathBuf>,
    /// Where the JSON Lines go (default: standard output).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Also write every decision as one CSV row (UTF-8 with BOM, for Excel).
    #[arg(long)]
    pub csv: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Read input paths, one per line, from FILE or `-` (standard input).
    #[arg(long, value_name = "FILE|-")]
    pub files_from: Option<PathBuf>,
    /// Process only shard K of N (0-based) of the sorted inputs.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// OCR for scanned pages.
    #[arg(long, value_enum, default_value_t = OcrArg::Auto)]
    pub ocr: OcrArg,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
    /// Largest document read, a file or a decompressed archive member (e.g. 64M; default 256M).
    #[arg(long, value_name = "SIZE", value_parser = cmd::convert::parse_size)]
    pub max_input_size: Option<u64>,
    /// Most that one archive's members may decompress to together (default 64G).
    #[arg(long, value_name = "SIZE", value_parser = cmd::convert::parse_size)]
    pub max_archive_size: Option<u64>,
    /// Largest decompressed/compressed ratio of an archive member of 1M or more (default 100).
    #[arg(long, value_name = "RATIO")]
    pub max_compression_ratio: Option<u64>,
    /// Seconds allowed for reading one paged document (PDF, scan) (default 120).
    #[arg(long, value_name = "SECONDS")]
    pub time_budget: Option<u64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OcrArg {
    Auto,
    Always,
    Never,
}

impl From<OcrArg> for sabha_ingest::OcrMode {
    fn from(arg: OcrArg) -> Self {
        match arg {
            OcrArg::Auto => sabha_ingest::OcrMode::Auto,
            OcrArg::Always => sabha_ingest::OcrMode::Always,
            OcrArg::Never => sabha_ingest::OcrMode::Never,
        }
    }
}

fn main() -> ExitCode {
    // clap's own usage errors exit with 2, which the spec reserves for documents that
    // failed; a command that could not run at all exits with 1.
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() { ExitCode::from(1) } else { ExitCode::SUCCESS };
        }
    };
    let result = match cli.command {
        Command::Convert(args) => cmd::convert::run(args),
        Command::Parse { file, ocr } => cmd::parse::run(&file, ocr),
        Command::Text { file, ocr } => cmd::text::run(&file, ocr),
        Command::Tokens { file, per_line } => cmd::tokens::run(file.as_deref(), per_line),
        Command::Schema => cmd::schema::run(),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("sabha: {err}");
            ExitCode::from(1)
        }
    }
}
