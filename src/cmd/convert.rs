//! `sabha convert`: files, directories and zip archives to JSON Lines (and CSV).

use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sabha_batch::{Inputs, Limits, Options, Shard, Tally};
use sabha_ingest::IngestOptions;

use super::CmdResult;
use crate::ConvertArgs;

pub fn run(args: ConvertArgs) -> CmdResult {
    sabha_batch::capture_document_panics();
    let options = options(&args)?;
    let inputs = Arc::new(inputs(&args)?);
    let mut output = open_output(args.output.as_deref())?;
    let mut csv = args.csv.as_deref().map(create).transpose()?;
    let bar =
        (!args.quiet && io::stderr().is_terminal()).then(|| progress_bar(Arc::clone(&inputs), &options));
    let summary = sabha_batch::run(
        &inputs,
        &options,
        &mut output,
        csv.as_mut().map(|w| w as &mut dyn Write),
        |tally| {
            if let Some(bar) = &bar {
                show(bar, tally);
            }
        },
    )?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    if !args.quiet {
        eprintln!("sabha: {}", summary.line());
    }
    Ok(if summary.errors > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

fn options(args: &ConvertArgs) -> Result<Options, Box<dyn std::error::Error>> {
    let shard = args.shard.as_deref().map(str::parse::<Shard>).transpose()?;
    if args.jobs == Some(0) {
        return Err("--jobs must be at least 1".into());
    }
    if args.max_compression_ratio == Some(0) {
        return Err("--max-compression-ratio must be at least 1".into());
    }
    let defaults = Options::default();
    if args.time_budget == Some(0) {
        return Err("--time-budget must be at least 1 second".into());
    }
    let time_budget = args.time_budget.map(Duration::from_secs).or(defaults.ingest.time_budget);
    let limits = Limits {
        max_input_bytes: args.max_input_size.unwrap_or(defaults.limits.max_input_bytes),
        max_archive_bytes: args.max_archive_size.unwrap_or(defaults.limits.max_archive_bytes),
        max_compression_ratio: args.max_compression_ratio.unwrap_or(defaults.limits.max_compression_ratio),
    };
    // Set field by field: ingestion's options may gain fields of their own.
    let mut ingest: IngestOptions = defaults.ingest.clone();
    ingest.ocr = args.ocr.into();
    ingest.time_budget = time_budget;
    ingest.max_bytes = limits.max_input_bytes;
    Ok(Options { ingest, limits, jobs: args.jobs, shard, window: None })
}

fn inputs(args: &ConvertArgs) -> Result<Inputs, Box<dyn std::error::Error>> {
    let mut paths = args.inputs.clone();
    match args.files_from.as_deref() {
        Some(list) if list == Path::new("-") => {
            paths.extend(sabha_batch::read_path_list(io::stdin().lock())?)
        }
        Some(list) => {
            let file = File::open(list).map_err(|err| format!("cannot read {}: {err}", list.display()))?;
            paths.extend(sabha_batch::read_path_list(BufReader::new(file))?);
        }
        None if paths.is_empty() => {
            return Err(
                "nothing to convert: give files, directories or .zip archives, or --files-from".into()
            );
        }
        None => {}
    }
    Ok(Inputs::new(paths))
}

fn open_output(path: Option<&Path>) -> Result<Box<dyn Write>, Box<dyn std::error::Error>> {
    Ok(match path {
        Some(path) => Box::new(create(path)?),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    })
}

fn create(path: &Path) -> Result<BufWriter<File>, Box<dyn std::error::Error>> {
    let file = File::create(path).map_err(|err| format!("cannot create {}: {err}", path.display()))?;
    Ok(BufWriter::with_capacity(1 << 16, file))
}

/// A bar on standard error; its total (for the time left) comes from a walk on a
/// side thread, so converting starts at once.
fn progress_bar(inputs: Arc<Inputs>, options: &Options) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(style("{spinner} {pos} documents  {msg}"));
    bar.enable_steady_tick(Duration::from_millis(200));
    let (counter, options) = (bar.clone(), options.clone());
    std::thread::spawn(move || {
        let total = inputs.count_documents(&options);
        counter.set_length(total);
        counter.set_style(style("{bar:20} {pos}/{len}  {msg}  {eta} left"));
    });
    bar
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

fn show(bar: &ProgressBar, tally: &Tally) {
    bar.set_position(tally.done);
    let pages = if tally.pages > 0 { format!("  {} pages", tally.pages) } else { String::new() };
    bar.set_message(format!("{:.0}/s{pages}  {} errors", bar.per_sec(), tally.errors));
}

/// A size with an optional binary suffix: `1048576`, `64K`, `256M`, `2G`, `1T`.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim().trim_end_matches(['b', 'B']).trim_end_matches(['i']);
    let (digits, shift) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let shift = match c.to_ascii_uppercase() {
                'K' => 10,
                'M' => 20,
                'G' => 30,
                'T' => 40,
                _ => return Err(format!("unknown size unit in `{text}` (use K, M, G or T)")),
            };
            (&t[..i], shift)
        }
        _ => (t, 0),
    };
    let n: u64 = digits.trim().parse().map_err(|_| format!("not a size: `{text}` (for example 256M)"))?;
    n.checked_mul(1 << shift).ok_or_else(|| format!("size too large: `{text}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("256m"), Ok(256 << 20));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert_eq!(parse_size("1 TB"), Ok(1 << 40));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("99999999999T").is_err());
    }
}
