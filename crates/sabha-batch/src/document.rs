//! One document to one record: the size limit, ingestion and the normalizer,
//! with any panic caught at the document boundary. Whatever happens, the answer
//! is a [`Record`]; an error record still describes its input in `source`.

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, Read};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Once;

use sabha_doc::Source;
use sabha_record::Record;
use sha2::{Digest, Sha256};

use crate::{Failure, Limits, Options, kind, sniff};

/// Converts one document's bytes. `label` is recorded as `source.path`.
///
/// Never fails and never panics: a document that cannot be read gives an
/// `error` record whose `error.kind` says why.
///
/// ```
/// let options = sabha_batch::Options::default();
/// let record = sabha_batch::convert_document("empty.txt", b"", &options);
/// assert_eq!(record.error.unwrap().kind, "empty");
/// assert_eq!(record.source.path, "empty.txt");
/// ```
pub fn convert_document(label: &str, bytes: &[u8], options: &Options) -> Record {
    if let Some(failure) = too_large(bytes.len() as u64, &options.limits) {
        return failure_record(source_of(label, bytes), failure);
    }
    match guarded(|| read_minutes(label, bytes, options)) {
        Ok(Ok(record)) => record,
        Ok(Err(failure)) | Err(failure) => failure_record(source_of(label, bytes), failure),
    }
}

/// Converts the document at `path`, labelled with the path as given.
///
/// An `Err` only when the file cannot be read at all (missing, a directory, no
/// permission): there is no document to give a record for. A file over the size
/// limit gives a `too_large` record.
pub fn convert_file(path: &Path, options: &Options) -> io::Result<Record> {
    let label = path.to_string_lossy();
    match read_file(path, &options.limits) {
        Ok(bytes) => Ok(convert_document(&label, &bytes, options)),
        Err(FileError::TooLarge(failure)) => Ok(failure_record(file_source(&label, path)?, failure)),
        Err(FileError::Io(err)) => Err(err),
    }
}

/// [`convert_file`] for a batch: an unreadable file is an error record too.
pub(crate) fn convert_path(label: &str, path: &Path, options: &Options) -> Record {
    match read_file(path, &options.limits) {
        Ok(bytes) => convert_document(label, &bytes, options),
        Err(FileError::TooLarge(failure)) => {
            let source = file_source(label, path).unwrap_or_else(|_| unread_source(label, 0));
            failure_record(source, failure)
        }
        Err(FileError::Io(err)) => failure_record(unread_source(label, 0), io_failure(&err)),
    }
}

fn read_minutes(label: &str, bytes: &[u8], options: &Options) -> Result<Record, Failure> {
    let document = sabha_ingest::ingest(bytes, label, &options.ingest)
        .map_err(|err| Failure::new(err.kind(), err.to_string()))?;
    let minutes = sabha_normalize::normalize(&document);
    Ok(Record::ok(document.source, minutes))
}

pub(crate) fn failure_record(source: Source, failure: Failure) -> Record {
    Record::error(source, failure.kind, failure.message)
}

pub(crate) fn too_large(bytes: u64, limits: &Limits) -> Option<Failure> {
    (bytes > limits.max_input_bytes).then(|| {
        Failure::new(
            kind::TOO_LARGE,
            format!(
                "the document is {bytes} bytes, over the limit of {} bytes (--max-input-size)",
                limits.max_input_bytes
            ),
        )
    })
}

pub(crate) fn io_failure(err: &io::Error) -> Failure {
    match err.kind() {
        io::ErrorKind::NotFound => Failure::new(kind::NOT_FOUND, "no such file or directory"),
        _ => Failure::new(kind::UNREADABLE, format!("cannot read: {err}")),
    }
}

enum FileError {
    TooLarge(Failure),
    Io(io::Error),
}

/// Reads a regular file, refusing one over the size limit before reading it.
fn read_file(path: &Path, limits: &Limits) -> Result<Vec<u8>, FileError> {
    let file = File::open(path).map_err(FileError::Io)?;
    let meta = file.metadata().map_err(FileError::Io)?;
    if !meta.is_file() {
        return Err(FileError::Io(io::Error::other("not a regular file")));
    }
    if let Some(failure) = too_large(meta.len(), limits) {
        return Err(FileError::TooLarge(failure));
    }
    // The file may grow between the size check and the read: read one byte past
    // the limit so that growth is caught too.
    let capacity = usize::try_from(meta.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(limits.max_input_bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(FileError::Io)?;
    match too_large(bytes.len() as u64, limits) {
        Some(failure) => Err(FileError::TooLarge(failure)),
        None => Ok(bytes),
    }
}

/// The source of a document whose bytes are in hand.
pub(crate) fn source_of(label: &str, bytes: &[u8]) -> Source {
    let head = bytes.get(..sniff::HEAD).unwrap_or(bytes);
    source(label, hex(&Sha256::digest(bytes)), head, bytes.len() as u64)
}

/// The source of a file not read into memory (too large): hashed as a stream.
pub(crate) fn file_source(label: &str, path: &Path) -> io::Result<Source> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut head = Vec::new();
    let mut total = 0u64;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        let Some(chunk) = buf.get(..n).filter(|c| !c.is_empty()) else { break };
        if head.len() < sniff::HEAD {
            head.extend_from_slice(chunk.get(..sniff::HEAD - head.len()).unwrap_or(chunk));
        }
        hasher.update(chunk);
        total += n as u64;
    }
    Ok(source(label, hex(&hasher.finalize()), &head, total))
}

/// The source of a document never read: an archive member refused unread (too
/// large, a zip bomb, an unsafe name) or a path that could not be opened.
/// `sha256` is empty because there are no bytes to hash; `bytes` is the size
/// the archive declares, or 0.
pub(crate) fn unread_source(label: &str, bytes: u64) -> Source {
    let mut source = source(label, String::new(), b"", bytes);
    source.encoding = "unknown".into();
    source
}

fn source(label: &str, sha256: String, head: &[u8], bytes: u64) -> Source {
    Source {
        path: label.to_string(),
        sha256,
        format: sniff::format(head, label),
        encoding: sniff::encoding(head).to_string(),
        bytes,
        pages: None,
    }
}

fn hex(digest: &[u8]) -> String {
    let mut out = String::with_capacity(digest.len() * 2);
    for byte in digest {
        let _ = write!(out, "{byte:02x}");
    }
    out
}

thread_local! {
    /// This thread is inside [`guarded`]: a panic here is a document's, not sabha's.
    static IN_DOCUMENT: Cell<bool> = const { Cell::new(false) };
    /// Where the last document panic happened, noted by the hook.
    static PANIC_PLACE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps panics caught at a document boundary off standard error: the record
/// says what happened (with the source location). Other panics print as usual.
/// Call once at program start; later calls do nothing.
pub fn capture_document_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if IN_DOCUMENT.get() {
                PANIC_PLACE.set(info.location().map(ToString::to_string));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into a `panic` failure.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, Failure> {
    PANIC_PLACE.set(None);
    let outer = IN_DOCUMENT.replace(true);
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    IN_DOCUMENT.set(outer);
    result.map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string());
        // Dropping a payload can itself panic; that must not escape either.
        let _ = panic::catch_unwind(AssertUnwindSafe(move || drop(payload)));
        let place = PANIC_PLACE.take().map(|p| format!(" at {p}")).unwrap_or_default();
        Failure::new(
            kind::PANIC,
            format!("a parser failed unexpectedly on this document and was stopped: {what}{place}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guarded_turns_a_panic_into_a_panic_failure_with_its_message() {
        capture_document_panics();
        let failure = guarded(|| -> u8 { panic!("boom {}", 7) }).unwrap_err();
        assert_eq!(failure.kind, kind::PANIC);
        assert!(failure.message.contains("boom 7"), "{}", failure.message);
        assert!(failure.message.contains("document.rs"), "location noted: {}", failure.message);
        assert_eq!(guarded(|| 5).unwrap(), 5);
        assert!(!IN_DOCUMENT.get());
    }

    #[test]
    fn oversize_documents_are_refused_before_ingestion() {
        let options =
            Options { limits: Limits { max_input_bytes: 4, ..Limits::default() }, ..Options::default() };
        let record = convert_document("big.txt", b"12345", &options);
        assert_eq!(record.error.unwrap().kind, kind::TOO_LARGE);
        assert_eq!(record.source.bytes, 5);
        assert_eq!(record.source.sha256.len(), 64);
    }

    #[test]
    fn error_sources_describe_the_bytes() {
        let source = source_of("a.zip!x.pdf", b"%PDF-1.4 \x00\x01");
        assert_eq!(source.path, "a.zip!x.pdf");
        assert_eq!(source.format, sabha_doc::Format::Pdf);
        assert_eq!(source.bytes, 11);
        // sha256("") is well known; check the hex encoding against it.
        assert_eq!(
            source_of("e", b"").sha256,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn a_streamed_hash_equals_the_in_memory_hash() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        let streamed = file_source("big.txt", &path).unwrap();
        assert_eq!(streamed, source_of("big.txt", &bytes));
    }

    #[test]
    fn unreadable_paths_are_io_errors_for_parse_and_records_for_batches() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.txt");
        let options = Options::default();
        assert!(convert_file(&missing, &options).is_err());
        assert!(convert_file(dir.path(), &options).is_err());
        let record = convert_path("missing.txt", &missing, &options);
        assert_eq!(record.error.unwrap().kind, kind::NOT_FOUND);
        let record = convert_path("dir", dir.path(), &options);
        assert_eq!(record.error.unwrap().kind, kind::UNREADABLE);
    }

    #[test]
    fn a_file_over_the_limit_gets_a_record_with_its_real_hash() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, b"0123456789").unwrap();
        let options =
            Options { limits: Limits { max_input_bytes: 4, ..Limits::default() }, ..Options::default() };
        let record = convert_file(&path, &options).unwrap();
        assert_eq!(record.error.as_ref().unwrap().kind, kind::TOO_LARGE);
        assert_eq!(record.source.sha256, source_of("x", b"0123456789").sha256);
        assert_eq!(record.source.bytes, 10);
    }
}
