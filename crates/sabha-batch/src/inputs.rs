//! The inputs of a run, as one sorted list of documents.
//!
//! Command-line paths are sorted and de-duplicated; directories are walked
//! lazily, one directory listing at a time, in an order that equals the byte
//! order of the full paths (a directory sorts as its name followed by `/`, so
//! `a.txt` comes before `a/b.txt`, as `.` < `/`); a `.zip` archive is replaced by
//! its members, right after its own path. Memory grows with the depth of the
//! tree and the size of one directory, never with the number of documents.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::fs;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::archive::{self, Member};
use crate::document::io_failure;
use crate::{Failure, Limits, Options, kind};

/// Files, directories and `.zip` archives to convert.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    roots: Vec<Root>,
}

#[derive(Clone, Debug)]
struct Root {
    path: PathBuf,
    kind: RootKind,
}

#[derive(Clone, Debug)]
enum RootKind {
    Dir,
    File,
    Unusable(Failure),
}

impl Inputs {
    /// The inputs, sorted by path; a path given twice, or inside a directory also
    /// given, is taken once.
    pub fn new(paths: impl IntoIterator<Item = PathBuf>) -> Inputs {
        let mut roots: Vec<Root> = paths.into_iter().map(Root::resolve).collect();
        roots.sort_by_cached_key(Root::key);
        let mut kept: Vec<Root> = Vec::with_capacity(roots.len());
        let mut enclosing_dir: Option<Vec<u8>> = None;
        for root in roots {
            let key = root.key();
            if enclosing_dir.as_ref().is_some_and(|dir| key.starts_with(dir)) {
                continue;
            }
            if kept.last().is_some_and(|last| last.path == root.path) {
                continue;
            }
            if matches!(root.kind, RootKind::Dir) {
                enclosing_dir = Some(key);
            }
            kept.push(root);
        }
        Inputs { roots: kept }
    }

    pub fn is_empty(&self) -> bool {
        self.roots.is_empty()
    }

    /// How many documents a run over these inputs gives (after `options.shard`),
    /// found by walking without converting: for a progress bar's total.
    pub fn count_documents(&self, options: &Options) -> u64 {
        let mut n = 0;
        let mut items = self.items(&options.limits);
        let mut position = 0;
        while items.next().is_some() {
            if options.shard.is_none_or(|s| s.takes(position)) {
                n += 1;
            }
            position += 1;
        }
        n
    }

    /// Every document in sorted order, with the entries skipped on the way.
    pub(crate) fn items<'a>(&'a self, limits: &'a Limits) -> Items<'a> {
        Items {
            roots: self.roots.iter(),
            dirs: Vec::new(),
            queue: VecDeque::new(),
            limits,
            skipped: Skipped::default(),
        }
    }
}

impl Root {
    fn resolve(path: PathBuf) -> Root {
        let kind = match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => RootKind::Dir,
            Ok(meta) if meta.is_file() => RootKind::File,
            Ok(_) => RootKind::Unusable(Failure::new(kind::UNREADABLE, "not a regular file")),
            Err(err) => RootKind::Unusable(io_failure(&err)),
        };
        Root { path, kind }
    }

    /// The sort key: the path's bytes, with `/` after a directory.
    fn key(&self) -> Vec<u8> {
        let mut key = path_bytes(&self.path);
        if matches!(self.kind, RootKind::Dir) && !key.ends_with(b"/") {
            key.push(b'/');
        }
        key
    }
}

fn path_bytes(path: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec()
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().replace('\\', "/").into_bytes()
    }
}

/// Entries a directory walk (or an archive listing) passed over: not documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Names starting with `.` (a hidden directory counts once).
    pub hidden: u64,
    /// Office lock files, `~$…`.
    pub lock_files: u64,
    /// `.json` / `.jsonl` files: expected or produced records, not documents.
    pub records: u64,
    /// Sockets, devices, symbolic links to directories (not followed) or to nothing.
    pub other: u64,
}

impl Skipped {
    pub fn total(&self) -> u64 {
        self.hidden + self.lock_files + self.records + self.other
    }

    pub(crate) fn count(&mut self, reason: SkipReason) {
        match reason {
            SkipReason::Hidden => self.hidden += 1,
            SkipReason::LockFile => self.lock_files += 1,
            SkipReason::Records => self.records += 1,
            SkipReason::Other => self.other += 1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SkipReason {
    Hidden,
    LockFile,
    Records,
    Other,
}

/// Why a directory entry named `name` is not a document, if it is not.
pub(crate) fn skip_reason(name: &str, is_dir: bool) -> Option<SkipReason> {
    if name.starts_with('.') {
        return Some(SkipReason::Hidden);
    }
    if is_dir {
        return None;
    }
    if name.starts_with("~$") {
        return Some(SkipReason::LockFile);
    }
    let ext = name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    matches!(ext.as_deref(), Some("json" | "jsonl")).then_some(SkipReason::Records)
}

/// Whether a file is opened as a zip archive: by its name, as a `.docx` is a zip
/// too and must stay a document.
pub(crate) fn is_zip_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("zip"))
}

/// Reads a list of paths, one per line (`--files-from`). Blank lines are ignored;
/// a trailing `\r` is dropped.
pub fn read_path_list(reader: impl BufRead) -> io::Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    for line in reader.split(b'\n') {
        let mut line = line?;
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        paths.push(path_from_bytes(line));
    }
    Ok(paths)
}

fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    #[cfg(unix)]
    {
        PathBuf::from(<OsString as std::os::unix::ffi::OsStringExt>::from_vec(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// One document of the run, in sorted order.
pub(crate) struct Item {
    pub label: String,
    pub work: Work,
}

pub(crate) enum Work {
    File(PathBuf),
    Member(Member),
    /// Known to fail before any reading: the record says why.
    Failed {
        failure: Failure,
        origin: Origin,
    },
}

/// What an error record's `source` is computed from.
pub(crate) enum Origin {
    File(PathBuf),
    Memory(Arc<[u8]>),
    /// Nothing was read; the size the archive declares, or 0.
    Unread(u64),
}

impl Item {
    pub(crate) fn failed(label: String, failure: Failure, origin: Origin) -> Item {
        Item { label, work: Work::Failed { failure, origin } }
    }
}

/// The walk: an iterator over [`Item`]s in sorted order.
pub(crate) struct Items<'a> {
    roots: std::slice::Iter<'a, Root>,
    /// Directories being walked, innermost last.
    dirs: Vec<Dir>,
    /// Items already found but not yet handed out (an archive's members).
    queue: VecDeque<Item>,
    limits: &'a Limits,
    pub(crate) skipped: Skipped,
}

struct Dir {
    path: PathBuf,
    /// Entries not yet visited, sorted in reverse so the next is `pop`ped.
    entries: Vec<DirEntry>,
}

struct DirEntry {
    key: Vec<u8>,
    name: OsString,
    is_dir: bool,
}

impl Iterator for Items<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if let Some(dir) = self.dirs.last_mut() {
                match dir.entries.pop() {
                    Some(entry) => {
                        let path = dir.path.join(&entry.name);
                        if entry.is_dir {
                            self.enter(path);
                        } else {
                            self.file(path);
                        }
                    }
                    None => {
                        self.dirs.pop();
                    }
                }
                continue;
            }
            let root = self.roots.next()?;
            match &root.kind {
                RootKind::Dir => self.enter(root.path.clone()),
                RootKind::File => self.file(root.path.clone()),
                RootKind::Unusable(failure) => {
                    let label = root.path.to_string_lossy().into_owned();
                    return Some(Item::failed(label, failure.clone(), Origin::Unread(0)));
                }
            }
        }
    }
}

impl Items<'_> {
    fn file(&mut self, path: PathBuf) {
        let label = path.to_string_lossy().into_owned();
        if is_zip_name(&label) {
            archive::expand_file(label, &path, self.limits, &mut self.queue, &mut self.skipped);
        } else {
            self.queue.push_back(Item { label, work: Work::File(path) });
        }
    }

    fn enter(&mut self, path: PathBuf) {
        match self.list(&path) {
            Ok(mut entries) => {
                entries.sort_unstable_by(|a, b| b.key.cmp(&a.key));
                self.dirs.push(Dir { path, entries });
            }
            Err(err) => {
                let label = path.to_string_lossy().into_owned();
                let failure = Failure::new(kind::UNREADABLE, format!("cannot list the directory: {err}"));
                self.queue.push_back(Item::failed(label, failure, Origin::Unread(0)));
            }
        }
    }

    /// A directory's documents and subdirectories; skipped entries are counted.
    fn list(&mut self, path: &Path) -> io::Result<Vec<DirEntry>> {
        let mut entries = Vec::new();
        for entry in fs::read_dir(path)? {
            let entry = entry?;
            let name = entry.file_name();
            let Some(is_dir) = entry_is_dir(&entry) else {
                self.skipped.count(SkipReason::Other);
                continue;
            };
            if let Some(reason) = skip_reason(&name.to_string_lossy(), is_dir) {
                self.skipped.count(reason);
                continue;
            }
            let mut key = path_bytes(Path::new(&name));
            if is_dir {
                key.push(b'/');
            }
            entries.push(DirEntry { key, name, is_dir });
        }
        Ok(entries)
    }
}

/// `Some(true)` for a directory, `Some(false)` for a regular file (or a symbolic
/// link to one), `None` for anything else. Linked directories are not followed,
/// so a link cycle cannot trap the walk.
fn entry_is_dir(entry: &fs::DirEntry) -> Option<bool> {
    let file_type = entry.file_type().ok()?;
    if file_type.is_symlink() {
        return fs::metadata(entry.path()).ok().filter(fs::Metadata::is_file).map(|_| false);
    }
    if file_type.is_dir() {
        Some(true)
    } else if file_type.is_file() {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(inputs: &Inputs) -> Vec<String> {
        let limits = Limits::default();
        inputs.items(&limits).map(|item| item.label).collect()
    }

    fn touch(root: &Path, rel: &str) {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, rel).unwrap();
    }

    #[test]
    fn skip_reasons_follow_the_spec() {
        assert_eq!(skip_reason(".DS_Store", false), Some(SkipReason::Hidden));
        assert_eq!(skip_reason(".git", true), Some(SkipReason::Hidden));
        assert_eq!(skip_reason("~$সভা.docx", false), Some(SkipReason::LockFile));
        assert_eq!(skip_reason("000.JSON", false), Some(SkipReason::Records));
        assert_eq!(skip_reason("out.jsonl", false), Some(SkipReason::Records));
        assert_eq!(skip_reason("records.json", true), None);
        assert_eq!(skip_reason("minutes.json.txt", false), None);
        assert_eq!(skip_reason("সভা.docx", false), None);
    }

    #[test]
    fn zip_archives_are_known_by_name() {
        assert!(is_zip_name("a/b/Field Office.ZIP"));
        assert!(!is_zip_name("minutes.docx"));
        assert!(!is_zip_name("zip"));
    }

    #[test]
    fn walk_order_is_the_byte_order_of_full_paths() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["a/b.txt", "a.txt", "a-b/c.txt", "b/z.txt", "b/a/y.txt", "A.txt", "a/c/d.txt"] {
            touch(dir.path(), rel);
        }
        let root = dir.path().to_string_lossy().into_owned();
        let got: Vec<String> = labels(&Inputs::new([dir.path().to_path_buf()]))
            .into_iter()
            .map(|l| l.strip_prefix(&root).unwrap().to_string())
            .collect();
        let mut sorted = got.clone();
        sorted.sort();
        assert_eq!(got, sorted);
        assert_eq!(got.len(), 7);
        assert_eq!(got[0], "/A.txt");
    }

    #[test]
    fn hidden_lock_and_record_files_are_skipped_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["keep.txt", ".hidden.txt", ".git/config", "~$lock.docx", "gold/000.json", "out.jsonl"] {
            touch(dir.path(), rel);
        }
        let inputs = Inputs::new([dir.path().to_path_buf()]);
        let limits = Limits::default();
        let mut items = inputs.items(&limits);
        let found: Vec<String> = items.by_ref().map(|i| i.label).collect();
        assert_eq!(found.len(), 1);
        assert!(found[0].ends_with("keep.txt"));
        assert_eq!(items.skipped, Skipped { hidden: 2, lock_files: 1, records: 2, other: 0 });
        assert_eq!(items.skipped.total(), 5);
    }

    #[test]
    fn roots_are_sorted_and_taken_once() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "d/x.txt");
        touch(dir.path(), "d/y.txt");
        touch(dir.path(), "e.txt");
        let p = |rel: &str| dir.path().join(rel);
        let inputs = Inputs::new([p("e.txt"), p("d/x.txt"), p("d"), p("e.txt")]);
        let got = labels(&inputs);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].ends_with("x.txt") && got[2].ends_with("e.txt"));
    }

    #[test]
    fn missing_roots_become_failed_items_in_order() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "b.txt");
        let inputs = Inputs::new([dir.path().join("b.txt"), dir.path().join("a-missing.txt")]);
        let limits = Limits::default();
        let items: Vec<Item> = inputs.items(&limits).collect();
        assert_eq!(items.len(), 2);
        assert!(matches!(&items[0].work, Work::Failed { failure, .. } if failure.kind == kind::NOT_FOUND));
        assert!(matches!(items[1].work, Work::File(_)));
    }

    #[cfg(unix)]
    #[test]
    fn linked_files_are_followed_and_linked_directories_are_not() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "real/a.txt");
        std::os::unix::fs::symlink(dir.path().join("real"), dir.path().join("loop")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("real/a.txt"), dir.path().join("link.txt")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("nothing"), dir.path().join("broken.txt")).unwrap();
        let inputs = Inputs::new([dir.path().to_path_buf()]);
        let limits = Limits::default();
        let mut items = inputs.items(&limits);
        assert_eq!(items.by_ref().count(), 2);
        assert_eq!(items.skipped.other, 2);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]

        /// Whatever the tree, the walk gives every file once, in the byte order
        /// of the full paths.
        #[test]
        fn any_tree_walks_in_byte_order(
            paths in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec!["a", "a.b", "a-b", "ab", "A", "b", "ক", "a b", "a!b"]),
                    1..4,
                ),
                1..20,
            )
        ) {
            let dir = tempfile::tempdir().unwrap();
            let mut made: Vec<Vec<u8>> = Vec::new();
            for parts in paths {
                let rel = parts.join("/");
                let path = dir.path().join(&rel);
                // A name already used as a file cannot become a folder, and back.
                if fs::create_dir_all(path.parent().unwrap()).is_err() || path.is_dir() {
                    continue;
                }
                if fs::write(&path, b"x").is_ok() && !made.contains(&path_bytes(&path)) {
                    made.push(path_bytes(&path));
                }
            }
            let walked: Vec<Vec<u8>> = labels(&Inputs::new([dir.path().to_path_buf()]))
                .into_iter()
                .map(|l| l.into_bytes())
                .collect();
            made.sort();
            proptest::prop_assert_eq!(walked, made);
        }
    }

    #[test]
    fn path_lists_skip_blank_lines_and_carriage_returns() {
        let list = b"a.txt\r\n\n  \nb dir/c.pdf\n";
        let paths = read_path_list(&list[..]).unwrap();
        assert_eq!(paths, [PathBuf::from("a.txt"), PathBuf::from("b dir/c.pdf")]);
    }
}
