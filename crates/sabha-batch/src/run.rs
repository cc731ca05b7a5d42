//! The run: documents converted on a rayon pool, records written in input order.
//!
//! The walk hands documents out in sorted order and at most `window` records may
//! be in flight or waiting (converted, but behind a slower one) at any time; when
//! the window is full the walk waits for the oldest record to be written. So
//! memory is bounded by the window, not by the number of documents, and the
//! output is the same bytes whatever the number of threads.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use sabha_record::{Record, Status};

use crate::document::{
    convert_document, convert_path, failure_record, file_source, guarded, source_of, unread_source,
};
use crate::inputs::{Inputs, Item, Items, Origin, Skipped, Work};
use crate::{Failure, Options, Shard, csv_rows, kind};

/// Counts so far, handed to the progress callback after every record written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub done: u64,
    pub ok: u64,
    pub errors: u64,
    /// Input bytes of the documents done.
    pub bytes: u64,
    /// Pages of the paged documents done (PDFs and scans), for a progress display:
    /// in a batch of scans pages, not documents, measure the work.
    pub pages: u64,
}

/// What a run did.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub ok: u64,
    pub errors: u64,
    /// Input bytes of all documents.
    pub bytes: u64,
    /// Entries passed over: not documents (of the whole walk, whatever the shard).
    pub skipped: Skipped,
    pub elapsed: Duration,
}

impl Summary {
    pub fn documents(&self) -> u64 {
        self.ok + self.errors
    }

    pub fn documents_per_second(&self) -> f64 {
        self.documents() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// The one-line summary `sabha convert` prints on standard error:
    /// `12 documents: 10 ok, 2 errors in 0.41 s (29 documents/s, 0.6 MB/s); 3 skipped`.
    pub fn line(&self) -> String {
        let seconds = self.elapsed.as_secs_f64();
        let megabytes_per_second = self.bytes as f64 / 1e6 / seconds.max(1e-9);
        let mut line = format!(
            "{} documents: {} ok, {} errors in {seconds:.2} s ({:.0} documents/s, {megabytes_per_second:.1} MB/s)",
            self.documents(),
            self.ok,
            self.errors,
            self.documents_per_second(),
        );
        let skipped = self.skipped;
        if skipped.total() > 0 {
            line.push_str(&format!(
                "; {} skipped (hidden {}, lock files {}, JSON {}, other {})",
                skipped.total(),
                skipped.hidden,
                skipped.lock_files,
                skipped.records,
                skipped.other
            ));
        }
        line
    }
}

/// Why a run stopped before its end.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("cannot write the output: {0}")]
    Output(#[source] io::Error),
    #[error("cannot start the worker threads: {0}")]
    Threads(#[from] rayon::ThreadPoolBuildError),
}

/// Converts every document of `inputs`, writing one JSON line per document to
/// `output` (and, with `csv`, a byte-order mark, the header and one row per
/// decision), in sorted input order. `progress` is called after each record.
///
/// Documents that fail are error records, not errors: `Err` means the output
/// could not be written or no thread could be started.
pub fn run(
    inputs: &Inputs,
    options: &Options,
    output: &mut dyn Write,
    mut csv: Option<&mut dyn Write>,
    mut progress: impl FnMut(&Tally),
) -> Result<Summary, BatchError> {
    let start = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .thread_name(|i| format!("sabha-worker-{i}"))
        .build()?;
    let window = options.window.unwrap_or(64 * pool.current_num_threads()).max(1) as u64;
    if let Some(csv) = csv.as_mut() {
        csv.write_all(&csv_rows::header()).map_err(BatchError::Output)?;
    }
    let shared = Arc::new(options.clone());
    let with_csv = csv.is_some();
    let (sender, receiver) = mpsc::channel::<(u64, Converted)>();
    let mut documents =
        ShardItems { items: inputs.items(&options.limits), shard: options.shard, position: 0 };
    let mut waiting: BTreeMap<u64, Converted> = BTreeMap::new();
    let (mut sent, mut written, mut exhausted) = (0u64, 0u64, false);
    let mut tally = Tally::default();
    loop {
        while !exhausted && sent - written < window {
            match documents.next() {
                Some(item) => {
                    let (sender, options, seq) = (sender.clone(), Arc::clone(&shared), sent);
                    pool.spawn(move || {
                        let _ = sender.send((seq, convert_item(item, &options, with_csv)));
                    });
                    sent += 1;
                }
                None => exhausted = true,
            }
        }
        if written == sent {
            break;
        }
        // Every spawned job sends exactly once and this thread holds a sender, so
        // `recv` only returns once a record has arrived.
        let Ok((seq, converted)) = receiver.recv() else { break };
        waiting.insert(seq, converted);
        while let Some(next) = waiting.remove(&written) {
            output.write_all(&next.json).map_err(BatchError::Output)?;
            if let Some(csv) = csv.as_mut() {
                csv.write_all(&next.csv).map_err(BatchError::Output)?;
            }
            written += 1;
            tally.done += 1;
            tally.bytes += next.bytes;
            tally.pages += next.pages;
            if next.ok {
                tally.ok += 1;
            } else {
                tally.errors += 1;
            }
            progress(&tally);
        }
    }
    output.flush().map_err(BatchError::Output)?;
    if let Some(csv) = csv.as_mut() {
        csv.flush().map_err(BatchError::Output)?;
    }
    Ok(Summary {
        ok: tally.ok,
        errors: tally.errors,
        bytes: tally.bytes,
        skipped: documents.items.skipped,
        elapsed: start.elapsed(),
    })
}

/// The documents of one shard: positions count every document of the walk.
struct ShardItems<'a> {
    items: Items<'a>,
    shard: Option<Shard>,
    position: u64,
}

impl Iterator for ShardItems<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let item = self.items.next()?;
            let position = self.position;
            self.position += 1;
            if self.shard.is_none_or(|s| s.takes(position)) {
                return Some(item);
            }
        }
    }
}

/// A record, serialized by the worker so the writing thread only copies bytes.
struct Converted {
    json: Vec<u8>,
    csv: Vec<u8>,
    ok: bool,
    bytes: u64,
    pages: u64,
}

fn convert_item(item: Item, options: &Options, with_csv: bool) -> Converted {
    let Item { label, work } = item;
    // Conversion already guards ingestion; this guard covers reading and
    // decompression too, so no panic can reach the pool (which would abort).
    let record = guarded(|| record_for(&label, work, options))
        .unwrap_or_else(|failure| failure_record(unread_source(&label, 0), failure));
    let mut json = serde_json::to_vec(&record).unwrap_or_else(|err| {
        let failure = Failure::new(kind::PANIC, format!("the record could not be serialized: {err}"));
        serde_json::to_vec(&failure_record(unread_source(&label, 0), failure)).unwrap_or_default()
    });
    json.push(b'\n');
    Converted {
        json,
        csv: if with_csv { csv_rows::encoded_rows(&record) } else { Vec::new() },
        ok: record.status == Status::Ok,
        bytes: record.source.bytes,
        pages: record.source.pages.map_or(0, u64::from),
    }
}

fn record_for(label: &str, work: Work, options: &Options) -> Record {
    match work {
        Work::File(path) => convert_path(label, &path, options),
        Work::Member(member) => match member.read() {
            Ok(bytes) => convert_document(label, &bytes, options),
            Err(failure) => failure_record(unread_source(label, member.size), failure),
        },
        Work::Failed { failure, origin } => {
            let source = match origin {
                Origin::File(path) => file_source(label, &path).unwrap_or_else(|_| unread_source(label, 0)),
                Origin::Memory(bytes) => source_of(label, &bytes),
                Origin::Unread(bytes) => unread_source(label, bytes),
            };
            failure_record(source, failure)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line_names_every_count() {
        let summary = Summary {
            ok: 10,
            errors: 2,
            bytes: 2_000_000,
            skipped: Skipped { hidden: 1, lock_files: 1, records: 1, other: 0 },
            elapsed: Duration::from_secs(2),
        };
        assert_eq!(
            summary.line(),
            "12 documents: 10 ok, 2 errors in 2.00 s (6 documents/s, 1.0 MB/s); \
             3 skipped (hidden 1, lock files 1, JSON 1, other 0)"
        );
        let quiet = Summary { skipped: Skipped::default(), ..summary };
        assert!(!quiet.line().contains("skipped"));
    }
}
