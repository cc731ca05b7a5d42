//! Bad input never panics or hangs: empty, not a PDF, truncated, byte-mutated
//! PDFs, a missing, hanging or crashing poppler — each a typed error.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sabha_paged::{PagedError, PagedOptions, read_pdf};

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)).unwrap()
}

fn kind(result: Result<sabha_paged::PagedText, PagedError>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(e) => e.kind(),
    }
}

#[test]
fn empty_input() {
    assert_eq!(kind(read_pdf(b"", &PagedOptions::default())), "empty_input");
}

#[test]
fn a_text_file_named_pdf_is_not_a_pdf() {
    let seed = fixture("fixtures/seeds/000.txt");
    assert_eq!(kind(read_pdf(&seed, &PagedOptions::default())), "not_pdf");
}

#[test]
fn a_docx_is_not_a_pdf() {
    let docx = fixture("fixtures/corpus/000.noto.docx");
    assert_eq!(kind(read_pdf(&docx, &PagedOptions::default())), "not_pdf");
}

#[test]
fn truncated_pdfs_are_truncated() {
    let pdf = fixture("fixtures/corpus/001.noto.pdf");
    for keep in [10, 1000, pdf.len() / 2, pdf.len() - 100] {
        let cut = pdf.get(..keep).unwrap();
        assert_eq!(kind(read_pdf(cut, &PagedOptions::default())), "pdf_truncated", "kept {keep} bytes");
    }
}

#[test]
fn a_header_and_an_end_with_garbage_between_is_corrupt() {
    let bytes = b"%PDF-1.7\n\x00\x01\x02 not objects at all \xff\xfe\n%%EOF\n";
    assert_eq!(kind(read_pdf(bytes, &PagedOptions::default())), "pdf_corrupt");
}

/// A small deterministic generator (xorshift) so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Mutates bytes: overwrite, delete or duplicate a few random spans.
fn mutate(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len());
        let len = 1 + rng.below(16);
        match rng.below(3) {
            0 => {
                for b in out.iter_mut().skip(at).take(len) {
                    *b = rng.next() as u8;
                }
            }
            1 => {
                let end = (at + len).min(out.len());
                out.drain(at..end);
            }
            _ => {
                let end = (at + len).min(out.len());
                let copy: Vec<u8> = out.get(at..end).unwrap_or_default().to_vec();
                let to = rng.below(out.len());
                out.splice(to..to, copy);
            }
        }
    }
    out
}

/// Hundreds of byte-mutated PDFs: each reads or fails with a known kind; none
/// panics (a panic fails the test) and none hangs (poppler runs under a limit).
#[test]
fn mutated_pdfs_give_typed_results() {
    let options = PagedOptions { timeout: Duration::from_secs(20), ..PagedOptions::default() };
    let known = [
        "ok",
        "not_pdf",
        "pdf_truncated",
        "pdf_corrupt",
        "pdf_encrypted",
        "needs_ocr",
        "tool_output_unreadable",
        "pdf_too_complex",
    ];
    let sources = [fixture("fixtures/pdf/english_helvetica.pdf"), fixture("fixtures/pdf/memo_lohit.pdf")];
    let mut rng = Rng(0x5eed_5abd_a000_0001);
    let mut seen = std::collections::BTreeMap::new();
    for round in 0..300 {
        let source = sources.get(round % sources.len()).unwrap();
        let bytes = mutate(source, &mut rng);
        let k = kind(read_pdf(&bytes, &options));
        assert!(known.contains(&k), "round {round}: unexpected kind {k}");
        *seen.entry(k).or_insert(0) += 1;
    }
    // The mutations must exercise both paths, or the test tests nothing.
    assert!(seen.get("ok").copied().unwrap_or(0) > 0, "{seen:?}");
    assert!(seen.len() > 1, "{seen:?}");
}

#[test]
fn a_missing_poppler_names_the_package() {
    let options =
        PagedOptions { pdftotext: PathBuf::from("/nonexistent/bin/pdftotext"), ..PagedOptions::default() };
    let err = read_pdf(&fixture("fixtures/pdf/english_helvetica.pdf"), &options).unwrap_err();
    assert_eq!(err.kind(), "pdf_tools_unavailable");
    assert!(err.to_string().contains("poppler-utils"), "{err}");
}

#[cfg(unix)]
fn fake_tool(dir: &Path, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("pdftotext");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn a_hanging_poppler_is_stopped_at_the_time_limit() {
    let dir = tempfile::tempdir().unwrap();
    let options = PagedOptions {
        pdftotext: fake_tool(dir.path(), "exec sleep 30"),
        timeout: Duration::from_millis(300),
        ..PagedOptions::default()
    };
    let err = read_pdf(&fixture("fixtures/pdf/english_helvetica.pdf"), &options).unwrap_err();
    assert_eq!(err.kind(), "timeout");
}

#[cfg(unix)]
#[test]
fn a_crashing_poppler_is_a_corrupt_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let options =
        PagedOptions { pdftotext: fake_tool(dir.path(), "kill -SEGV $$"), ..PagedOptions::default() };
    let err = read_pdf(&fixture("fixtures/pdf/english_helvetica.pdf"), &options).unwrap_err();
    assert_eq!(err.kind(), "pdf_corrupt");
    assert!(err.to_string().contains("crashed"), "{err}");
}

#[cfg(unix)]
#[test]
fn garbage_from_poppler_is_unreadable_output() {
    let dir = tempfile::tempdir().unwrap();
    let options = PagedOptions {
        pdftotext: fake_tool(dir.path(), "printf '<doc><page><word xMin=\"1\">x</wo'"),
        ..PagedOptions::default()
    };
    let err = read_pdf(&fixture("fixtures/pdf/english_helvetica.pdf"), &options).unwrap_err();
    assert_eq!(err.kind(), "tool_output_unreadable");
}
