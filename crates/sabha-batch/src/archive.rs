//! Zip archives, read in place: every member is a document labelled
//! `archive.zip!dir/file.pdf`, decompressed in memory by the worker that converts
//! it. Nothing is ever written to disk, so a member named `../../etc/passwd`
//! cannot touch the file system; such names get an `unsafe_path` record unread.
//!
//! Protections: a member is refused unread when its declared size is over the
//! input limit, its compression ratio is bomb-like, or the archive's members
//! together pass the archive limit; reading stops one byte past the declared
//! size, so a header that lies gains nothing. A zip inside a zip is opened (one
//! level deep). An archive whose directory is damaged or cut off gets a
//! `corrupt_archive` record, and the members still found in what is left of it
//! (by their local headers) are converted all the same.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::Arc;

use zip::ZipArchive;
use zip::result::ZipError;

use crate::document::io_failure;
use crate::inputs::{Item, Origin, SkipReason, Skipped, Work, is_zip_name, skip_reason};
use crate::reader::{Counting, SharedReader};
use crate::{Failure, Limits, kind};

/// An open archive, shared by the workers converting its members.
pub(crate) struct Archive {
    reader: SharedReader,
    /// The central directory, when it could be read.
    index: Option<ZipArchive<SharedReader>>,
}

/// Where a member's data starts.
#[derive(Clone, Copy, Debug)]
enum Locator {
    /// Its position in the central directory.
    Index(usize),
    /// The offset of its local header (archives with a damaged directory).
    Local(u64),
}

/// A member to convert.
pub(crate) struct Member {
    archive: Arc<Archive>,
    at: Locator,
    /// The decompressed size the archive declares (already checked against the limits).
    pub(crate) size: u64,
}

/// What the archive says about a member, before reading it.
#[derive(Clone, Debug)]
struct Entry {
    name: String,
    at: Locator,
    size: u64,
    compressed: u64,
    encrypted: bool,
    is_dir: bool,
}

struct Listing {
    index: Option<ZipArchive<SharedReader>>,
    entries: Vec<Entry>,
    /// Why the directory could not be read, when members were recovered without it.
    damage: Option<String>,
}

/// Queues the documents of the archive at `path`.
pub(crate) fn expand_file(
    label: String,
    path: &Path,
    limits: &Limits,
    out: &mut VecDeque<Item>,
    skipped: &mut Skipped,
) {
    match File::open(path).and_then(SharedReader::file) {
        Ok(reader) => {
            let origin = || Origin::File(path.to_path_buf());
            let mut used = 0;
            let mut expansion = Expansion { limits, out, skipped, used: &mut used };
            expansion.expand(label, reader, &origin, false);
        }
        Err(err) => out.push_back(Item::failed(label, io_failure(&err), Origin::Unread(0))),
    }
}

struct Expansion<'a> {
    limits: &'a Limits,
    out: &'a mut VecDeque<Item>,
    skipped: &'a mut Skipped,
    /// Declared bytes of the members taken so far, nested archives included.
    used: &'a mut u64,
}

impl Expansion<'_> {
    /// Queues the members of the archive `reader` reads, sorted by name.
    fn expand(&mut self, label: String, reader: SharedReader, origin: &dyn Fn() -> Origin, nested: bool) {
        let listing = match list(&reader) {
            Ok(listing) => listing,
            Err(why) => {
                let failure =
                    Failure::new(kind::CORRUPT_ARCHIVE, format!("not a readable zip archive: {why}"));
                self.out.push_back(Item::failed(label, failure, origin()));
                return;
            }
        };
        if let Some(damage) = &listing.damage {
            let failure = Failure::new(
                kind::CORRUPT_ARCHIVE,
                format!(
                    "the archive's directory cannot be read ({damage}); {} members were found \
                     in what is left of it and are converted on their own",
                    listing.entries.len()
                ),
            );
            self.out.push_back(Item::failed(label.clone(), failure, origin()));
        }
        let mut entries = listing.entries;
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let archive = Arc::new(Archive { reader, index: listing.index });
        for entry in entries {
            self.member(&label, &archive, entry, nested);
        }
    }

    fn member(&mut self, archive_label: &str, archive: &Arc<Archive>, entry: Entry, nested: bool) {
        if entry.is_dir {
            return;
        }
        let label = format!("{archive_label}!{}", entry.name);
        let unread = |failure: Failure| Item::failed(label.clone(), failure, Origin::Unread(entry.size));
        if is_unsafe_name(&entry.name) {
            let failure = Failure::new(
                kind::UNSAFE_PATH,
                "the member's name leaves the archive (`..` or an absolute path); it was not read",
            );
            self.out.push_back(unread(failure));
            return;
        }
        if let Some(reason) = member_skip_reason(&entry.name) {
            self.skipped.count(reason);
            return;
        }
        if let Some(failure) = self.refusal(&entry) {
            self.out.push_back(unread(failure));
            return;
        }
        let member = Member { archive: Arc::clone(archive), at: entry.at, size: entry.size };
        if !is_zip_name(&entry.name) {
            self.out.push_back(Item { label, work: Work::Member(member) });
        } else if nested {
            let failure = Failure::new(
                kind::ARCHIVE_TOO_DEEP,
                "a zip inside a zip inside a zip: archives are opened one level deep",
            );
            self.out.push_back(unread(failure));
        } else {
            match member.read() {
                Ok(bytes) => {
                    let bytes: Arc<[u8]> = bytes.into();
                    let origin = || Origin::Memory(Arc::clone(&bytes));
                    self.expand(label, SharedReader::memory(Arc::clone(&bytes)), &origin, true);
                }
                Err(failure) => self.out.push_back(unread(failure)),
            }
        }
    }

    /// Why a member is refused unread: encrypted, too large, or bomb-like.
    fn refusal(&mut self, entry: &Entry) -> Option<Failure> {
        let limits = self.limits;
        if entry.encrypted {
            return Some(Failure::new(kind::ENCRYPTED, "the member is password-protected"));
        }
        if let Some(failure) = crate::document::too_large(entry.size, limits) {
            return Some(failure);
        }
        if entry.size >= Limits::RATIO_FLOOR
            && entry.size > entry.compressed.saturating_mul(limits.max_compression_ratio)
        {
            return Some(Failure::new(
                kind::ZIP_BOMB,
                format!(
                    "{} compressed bytes would expand to {} (more than {}:1, --max-compression-ratio)",
                    entry.compressed, entry.size, limits.max_compression_ratio
                ),
            ));
        }
        let used = self.used.saturating_add(entry.size);
        if used > limits.max_archive_bytes {
            return Some(Failure::new(
                kind::ZIP_BOMB,
                format!(
                    "the archive's members together pass {} bytes (--max-archive-size)",
                    limits.max_archive_bytes
                ),
            ));
        }
        *self.used = used;
        None
    }
}

/// A member name that would leave the archive if extracted: absolute, a drive
/// letter, a `..` component, or a NUL byte.
pub(crate) fn is_unsafe_name(name: &str) -> bool {
    let mut chars = name.chars();
    let drive = matches!((chars.next(), chars.next()), (Some(c), Some(':')) if c.is_ascii_alphabetic());
    name.starts_with(['/', '\\'])
        || drive
        || name.contains('\0')
        || name.split(['/', '\\']).any(|part| part == "..")
}

/// Members are filtered like directory entries: any hidden folder on the way
/// (`__MACOSX/._x`, `.git/…`), lock files and records.
fn member_skip_reason(name: &str) -> Option<SkipReason> {
    let parts: Vec<&str> = name.split(['/', '\\']).filter(|p| !p.is_empty() && *p != ".").collect();
    let (last, dirs) = parts.split_last()?;
    dirs.iter().find_map(|dir| skip_reason(dir, true)).or_else(|| skip_reason(last, false))
}

/// The archive's members: from the central directory, else from the local
/// headers that are left.
fn list(reader: &SharedReader) -> Result<Listing, String> {
    match ZipArchive::new(reader.clone()) {
        Ok(index) => {
            let entries = (0..index.len())
                .filter_map(|i| {
                    let e = index.by_index_data(i).ok()?;
                    Some(Entry {
                        name: e.name().map(|n| n.into_owned()).unwrap_or_else(|_| lossy(e.name_raw())),
                        at: Locator::Index(i),
                        size: e.size(),
                        compressed: e.compressed_size(),
                        encrypted: e.encrypted(),
                        is_dir: e.is_dir(),
                    })
                })
                .collect();
            Ok(Listing { index: Some(index), entries, damage: None })
        }
        Err(err) => {
            let (entries, tail) = scan_local_headers(reader);
            if entries.is_empty() {
                return Err(err.to_string());
            }
            let damage = match tail {
                Some(tail) => format!("{err}; after the last member found: {tail}"),
                None => err.to_string(),
            };
            Ok(Listing { index: None, entries, damage: Some(damage) })
        }
    }
}

/// Walks the local headers from the start of the archive, as a streaming reader
/// would, until the central directory or the first damage.
fn scan_local_headers(reader: &SharedReader) -> (Vec<Entry>, Option<String>) {
    let mut stream = Counting::new(BufReader::new(reader.at(0)), 0);
    let mut entries = Vec::new();
    loop {
        let offset = stream.count;
        match zip::read::read_zipfile_from_stream(&mut stream) {
            Ok(Some(file)) => entries.push(Entry {
                name: file.name().map(|n| n.into_owned()).unwrap_or_else(|_| lossy(file.name_raw())),
                at: Locator::Local(offset),
                size: file.size(),
                compressed: file.compressed_size(),
                encrypted: file.encrypted(),
                is_dir: file.is_dir(),
            }),
            Ok(None) => return (entries, None),
            Err(err) => return (entries, Some(err.to_string())),
        }
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

impl Member {
    /// The member's bytes, decompressed; never more than its declared size.
    pub(crate) fn read(&self) -> Result<Vec<u8>, Failure> {
        match self.at {
            Locator::Index(i) => {
                let mut index = self
                    .archive
                    .index
                    .clone()
                    .ok_or_else(|| Failure::new(kind::CORRUPT, "the archive's directory is gone"))?;
                let file = index.by_index(i).map_err(zip_failure)?;
                read_declared(file, self.size)
            }
            Locator::Local(offset) => {
                let mut stream = BufReader::new(self.archive.reader.at(offset));
                match zip::read::read_zipfile_from_stream(&mut stream) {
                    Ok(Some(file)) => read_declared(file, self.size),
                    Ok(None) => Err(Failure::new(kind::CORRUPT, "the member's header is gone")),
                    Err(err) => Err(zip_failure(err)),
                }
            }
        }
    }
}

/// Reads exactly `declared` bytes: more is a lying header (a bomb), fewer is damage.
fn read_declared(reader: impl Read, declared: u64) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::with_capacity(usize::try_from(declared.min(1 << 20)).unwrap_or(0));
    reader.take(declared.saturating_add(1)).read_to_end(&mut bytes).map_err(|err| read_failure(&err))?;
    let got = bytes.len() as u64;
    if got > declared {
        return Err(Failure::new(
            kind::ZIP_BOMB,
            format!("the member decompresses to more than the {declared} bytes its header declares"),
        ));
    }
    if got < declared {
        return Err(Failure::new(
            kind::CORRUPT,
            format!("the member ends after {got} of the {declared} bytes its header declares"),
        ));
    }
    Ok(bytes)
}

fn read_failure(err: &io::Error) -> Failure {
    match err.kind() {
        io::ErrorKind::UnexpectedEof => {
            Failure::new(kind::CORRUPT, "the member is cut off (truncated archive)")
        }
        _ => Failure::new(kind::CORRUPT, format!("the member's data is damaged: {err}")),
    }
}

fn zip_failure(err: ZipError) -> Failure {
    match err {
        ZipError::Io(err) => read_failure(&err),
        ZipError::UnsupportedArchive(what) if what == ZipError::PASSWORD_REQUIRED => {
            Failure::new(kind::ENCRYPTED, "the member is password-protected")
        }
        ZipError::InvalidPassword => Failure::new(kind::ENCRYPTED, "the member is password-protected"),
        ZipError::UnsupportedArchive(what) => Failure::new(kind::UNSUPPORTED_FORMAT, what),
        ZipError::CompressionMethodNotSupported(method) => Failure::new(
            kind::UNSUPPORTED_FORMAT,
            format!("compression method {method} is not supported (only stored and deflate)"),
        ),
        other => Failure::new(kind::CORRUPT, format!("the member cannot be read: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_names_are_recognised() {
        for name in
            ["../x.txt", "a/../../x", "/etc/passwd", "\\\\server\\x", "C:\\x.txt", "c:x", "a\\..\\b", "a\0b"]
        {
            assert!(is_unsafe_name(name), "{name:?}");
        }
        for name in ["a/b.txt", "..a/b", "a../b", "সভা/২০২৩.docx", "a/./b"] {
            assert!(!is_unsafe_name(name), "{name:?}");
        }
    }

    #[test]
    fn members_in_hidden_folders_are_skipped() {
        assert_eq!(member_skip_reason("__MACOSX/._a.docx"), Some(SkipReason::Hidden));
        assert_eq!(member_skip_reason(".git/config"), Some(SkipReason::Hidden));
        assert_eq!(member_skip_reason("2023/~$a.docx"), Some(SkipReason::LockFile));
        assert_eq!(member_skip_reason("./2023/a.docx"), None);
        assert_eq!(member_skip_reason("gold/a.json"), Some(SkipReason::Records));
    }

    #[test]
    fn reading_stops_at_the_declared_size() {
        assert_eq!(read_declared(&b"abc"[..], 3).unwrap(), b"abc");
        assert_eq!(read_declared(&b"abcd"[..], 3).unwrap_err().kind, kind::ZIP_BOMB);
        assert_eq!(read_declared(&b"ab"[..], 3).unwrap_err().kind, kind::CORRUPT);
    }

    #[test]
    fn zip_errors_map_to_stable_kinds() {
        let eof = io::Error::new(io::ErrorKind::UnexpectedEof, "eof");
        assert_eq!(zip_failure(ZipError::Io(eof)).kind, kind::CORRUPT);
        assert_eq!(
            zip_failure(ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED)).kind,
            kind::ENCRYPTED
        );
        assert_eq!(zip_failure(ZipError::CompressionMethodNotSupported(12)).kind, kind::UNSUPPORTED_FORMAT);
        assert_eq!(zip_failure(ZipError::InvalidArchive("x".into())).kind, kind::CORRUPT);
    }
}
