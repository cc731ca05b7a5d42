//! Converts whole archives of minutes: walks files, directories and zip archives,
//! runs every document through ingestion and the normalizer in parallel, and
//! streams one record per document in input order.
//!
//! Three promises shape the crate:
//!
//! - **Every document is accounted for.** One input document (a file, or one member
//!   of a zip archive) gives exactly one [`Record`]; a document that cannot be read
//!   — missing, corrupt, too large, a zip bomb, a panic inside a parser — gives a
//!   `status: "error"` record with a stable [`kind`], and the run goes on.
//! - **Deterministic order.** Documents are taken in the byte order of their paths,
//!   archive members right after their archive (`archive.zip!dir/file.pdf`), so the
//!   same inputs give byte-identical output whatever the number of threads, and
//!   `--shard K/N` ([`Shard`]) splits that one list across machines.
//! - **Flat memory.** Directories are walked lazily and records leave through a
//!   bounded reorder window, so a run over a million documents holds a few hundred
//!   records at most.
//!
//! ```no_run
//! use sabha_batch::{Inputs, Options};
//!
//! let inputs = Inputs::new(["archive/".into(), "field-office.zip".into()]);
//! let mut out = std::io::stdout().lock();
//! let summary = sabha_batch::run(&inputs, &Options::default(), &mut out, None, |_| {})?;
//! eprintln!("{}", summary.line());
//! # Ok::<(), sabha_batch::BatchError>(())
//! ```
//!
//! One document on its own goes through [`convert_document`] (bytes in hand) or
//! [`convert_file`] (a path), which is what `sabha parse` prints.

mod archive;
mod csv_rows;
mod document;
mod inputs;
mod reader;
mod run;
mod shard;
mod sniff;

use std::time::Duration;

use sabha_ingest::IngestOptions;

pub use csv_rows::{CSV_COLUMNS, decision_rows};
pub use document::{capture_document_panics, convert_document, convert_file};
pub use inputs::{Inputs, Skipped, read_path_list};
pub use run::{BatchError, Summary, Tally, run};
pub use sabha_record::Record;
pub use shard::{Shard, ShardError};

/// The stable `error.kind` values this crate writes. Ingestion adds its own
/// (`empty`, `unsupported_format`, `corrupt`, …): see `IngestError::kind`.
pub mod kind {
    /// The input path does not exist.
    pub const NOT_FOUND: &str = "not_found";
    /// The input exists but could not be read (permissions, not a regular file, I/O error).
    pub const UNREADABLE: &str = "unreadable";
    /// The document is larger than [`Limits::max_input_bytes`](crate::Limits::max_input_bytes).
    pub const TOO_LARGE: &str = "too_large";
    /// An archive member's data is damaged (bad checksum, truncated, undecodable).
    pub const CORRUPT: &str = "corrupt";
    /// A zip archive whose directory cannot be read; members found in what is left
    /// of it still get their own records.
    pub const CORRUPT_ARCHIVE: &str = "corrupt_archive";
    /// A member that would decompress past the ratio or total-size limits, or past
    /// the size its own header declares.
    pub const ZIP_BOMB: &str = "zip_bomb";
    /// A password-protected archive member.
    pub const ENCRYPTED: &str = "encrypted";
    /// A member name with `..` or an absolute path: never read.
    pub const UNSAFE_PATH: &str = "unsafe_path";
    /// A zip inside a zip inside a zip: archives are opened one level deep only.
    pub const ARCHIVE_TOO_DEEP: &str = "archive_too_deep";
    /// A member stored with a compression method sabha does not read.
    pub const UNSUPPORTED_FORMAT: &str = "unsupported_format";
    /// A parser panicked on this document; the panic was caught at the document boundary.
    pub const PANIC: &str = "panic";
}

/// Size limits that protect a run from hostile or broken inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest document read, in bytes (a file, or an archive member once
    /// decompressed). Larger ones get a `too_large` record without being read.
    pub max_input_bytes: u64,
    /// The most an archive's members may decompress to, all together.
    pub max_archive_bytes: u64,
    /// The largest decompressed/compressed ratio accepted for a member of at least
    /// [`Limits::RATIO_FLOOR`] bytes.
    pub max_compression_ratio: u64,
}

impl Limits {
    /// Members smaller than this are never called bombs, whatever their ratio: a
    /// small file of spaces compresses a thousandfold and harms nobody.
    pub const RATIO_FLOOR: u64 = 1 << 20;
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_input_bytes: 256 << 20, max_archive_bytes: 64 << 30, max_compression_ratio: 100 }
    }
}

/// The default per-document time budget for paged documents (PDF, scans).
pub const DEFAULT_TIME_BUDGET: Duration = Duration::from_secs(120);

/// How to run a batch.
#[derive(Clone, Debug)]
pub struct Options {
    /// Passed to ingestion for every document (OCR mode, time budget).
    pub ingest: IngestOptions,
    pub limits: Limits,
    /// Worker threads; `None` or `Some(0)`: one per core.
    pub jobs: Option<usize>,
    /// Process only this shard of the sorted documents.
    pub shard: Option<Shard>,
    /// Records that may wait for a slower one ahead of them before the run pauses
    /// to let it finish; `None`: 64 per worker thread.
    pub window: Option<usize>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ingest: IngestOptions { time_budget: Some(DEFAULT_TIME_BUDGET), ..IngestOptions::default() },
            limits: Limits::default(),
            jobs: None,
            shard: None,
            window: None,
        }
    }
}

/// Why one document could not be read: the `error` of its record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Failure {
    pub kind: &'static str,
    pub message: String,
}

impl Failure {
    pub(crate) fn new(kind: &'static str, message: impl Into<String>) -> Failure {
        Failure { kind, message: message.into() }
    }
}
