//! Readers over an archive's bytes that many threads can share: each clone has
//! its own position over one open file (positioned reads) or one buffer, so
//! workers decompress different members of the same archive at once.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::sync::Arc;

#[derive(Clone, Debug)]
enum Backing {
    File(Arc<File>),
    Memory(Arc<[u8]>),
}

/// A cheap-to-clone `Read + Seek` over a file or an in-memory archive.
#[derive(Clone, Debug)]
pub(crate) struct SharedReader {
    backing: Backing,
    len: u64,
    pos: u64,
}

impl SharedReader {
    pub(crate) fn file(file: File) -> io::Result<SharedReader> {
        let len = file.metadata()?.len();
        Ok(SharedReader { backing: Backing::File(Arc::new(file)), len, pos: 0 })
    }

    pub(crate) fn memory(bytes: Arc<[u8]>) -> SharedReader {
        let len = bytes.len() as u64;
        SharedReader { backing: Backing::Memory(bytes), len, pos: 0 }
    }

    /// The same bytes, read from `offset`.
    pub(crate) fn at(&self, offset: u64) -> SharedReader {
        SharedReader { pos: offset, ..self.clone() }
    }
}

impl Read for SharedReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = match &self.backing {
            Backing::File(file) => read_at(file, buf, self.pos)?,
            Backing::Memory(bytes) => {
                let start = usize::try_from(self.pos).unwrap_or(usize::MAX).min(bytes.len());
                let rest = bytes.get(start..).unwrap_or_default();
                let n = rest.len().min(buf.len());
                buf[..n].copy_from_slice(&rest[..n]);
                n
            }
        };
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for SharedReader {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        match target {
            Some(n) => {
                self.pos = n;
                Ok(n)
            }
            None => Err(io::Error::new(io::ErrorKind::InvalidInput, "seek before the start")),
        }
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, offset)
}

#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, offset)
}

/// Counts the bytes read through it: the position in a stream that a buffered
/// reader beneath has read ahead of.
pub(crate) struct Counting<R> {
    inner: R,
    pub(crate) count: u64,
}

impl<R> Counting<R> {
    pub(crate) fn new(inner: R, start: u64) -> Counting<R> {
        Counting { inner, count: start }
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_reader_reads_and_seeks_like_a_cursor() {
        let mut r = SharedReader::memory(Arc::from(&b"hello world"[..]));
        r.seek(SeekFrom::Start(6)).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        assert_eq!(s, "world");
        assert_eq!(r.seek(SeekFrom::End(-5)).unwrap(), 6);
        assert!(r.seek(SeekFrom::Current(-7)).is_err());
        let mut past_end = r.at(100);
        assert_eq!(past_end.read(&mut [0; 4]).unwrap(), 0);
    }

    #[test]
    fn file_reader_clones_keep_their_own_positions() {
        let mut f = tempfile::tempfile().unwrap();
        std::io::Write::write_all(&mut f, b"0123456789").unwrap();
        let a = SharedReader::file(f).unwrap();
        let mut b = a.at(5);
        let mut buf = [0; 3];
        b.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"567");
        let mut a = a;
        a.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"012");
    }

    #[test]
    fn counting_reader_counts_from_its_start() {
        let mut c = Counting::new(&b"abcdef"[..], 10);
        c.read_exact(&mut [0; 4]).unwrap();
        assert_eq!(c.count, 14);
    }
}
