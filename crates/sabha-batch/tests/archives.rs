//! Zip archives through a whole run: members in place, damage, bombs, unsafe names.

use std::io::{Cursor, Write};
use std::path::Path;

use sabha_batch::{Inputs, Limits, Options, kind};
use serde_json::Value;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

fn zip_bytes(members: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in members {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn stored(members: &[(&str, &[u8])]) -> Vec<u8> {
    zip_bytes(members, CompressionMethod::Stored)
}

/// Runs a batch and returns `(label, error kind or "ok")` per record.
fn convert(inputs: &[&Path], options: &Options) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let inputs = Inputs::new(inputs.iter().map(|p| p.to_path_buf()));
    sabha_batch::run(&inputs, options, &mut out, None, |_| {}).unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap();
            let kind = v["error"]["kind"].as_str().unwrap_or("ok").to_string();
            (v["source"]["path"].as_str().unwrap().to_string(), kind)
        })
        .collect()
}

/// The kind ingestion itself gives these bytes: what a member's record must carry.
fn ingest_kind(bytes: &[u8]) -> String {
    match sabha_ingest::ingest(bytes, "x", &Default::default()) {
        Ok(_) => "ok".into(),
        Err(err) => err.kind().into(),
    }
}

fn strip(records: Vec<(String, String)>, dir: &Path) -> Vec<(String, String)> {
    let prefix = format!("{}/", dir.display());
    records.into_iter().map(|(l, k)| (l.strip_prefix(&prefix).unwrap_or(&l).to_string(), k)).collect()
}

#[test]
fn members_are_documents_labelled_after_their_archive_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    let text = "সভার কার্যবিবরণী".as_bytes();
    let zip = stored(&[("b/২০২৩.txt", text), ("a.txt", b""), ("dir/", b""), ("~$lock.docx", b"x")]);
    std::fs::write(dir.path().join("office.zip"), zip).unwrap();
    std::fs::write(dir.path().join("office.zip.txt"), text).unwrap();
    let got = strip(convert(&[dir.path()], &Options::default()), dir.path());
    let expected = [
        ("office.zip!a.txt", "empty".to_string()),
        ("office.zip!b/২০২৩.txt", ingest_kind(text)),
        ("office.zip.txt", ingest_kind(text)),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(l, k)| (l.to_string(), k.clone())).collect();
    assert_eq!(got, expected);
}

#[test]
fn a_bad_member_among_good_ones_is_one_corrupt_record() {
    let dir = tempfile::tempdir().unwrap();
    let bad_content = b"THIS MEMBER WILL BE DAMAGED";
    let mut zip = stored(&[("1.txt", b"one"), ("2.txt", bad_content), ("3.txt", b"three")]);
    let at = zip.windows(bad_content.len()).position(|w| w == bad_content).unwrap();
    zip[at] ^= 0xFF; // the checksum no longer matches
    let path = dir.path().join("batch.zip");
    std::fs::write(&path, zip).unwrap();
    let got = strip(convert(&[&path], &Options::default()), dir.path());
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], ("batch.zip!1.txt".into(), ingest_kind(b"one")));
    assert_eq!(got[1], ("batch.zip!2.txt".into(), kind::CORRUPT.into()));
    assert_eq!(got[2], ("batch.zip!3.txt".into(), ingest_kind(b"three")));
}

#[test]
fn a_truncated_zip_keeps_the_members_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let third = vec![b'x'; 4000];
    let zip = stored(&[("1.txt", b"one"), ("2.txt", b"two"), ("3.txt", &third)]);
    let cut = zip.windows(third.len()).position(|w| w == third.as_slice()).unwrap() + 100;
    let path = dir.path().join("cut.zip");
    std::fs::write(&path, &zip[..cut]).unwrap();
    let got = strip(convert(&[&path], &Options::default()), dir.path());
    let kinds: Vec<(&str, &str)> = got.iter().map(|(l, k)| (l.as_str(), k.as_str())).collect();
    assert_eq!(
        kinds,
        [
            ("cut.zip", kind::CORRUPT_ARCHIVE),
            ("cut.zip!1.txt", ingest_kind(b"one").as_str()),
            ("cut.zip!2.txt", ingest_kind(b"two").as_str()),
            ("cut.zip!3.txt", kind::CORRUPT),
        ]
    );
}

#[test]
fn a_zip_cut_before_its_first_member_is_one_corrupt_archive_record() {
    let dir = tempfile::tempdir().unwrap();
    let zip = stored(&[("1.txt", b"one")]);
    let path = dir.path().join("stub.zip");
    std::fs::write(&path, &zip[..10]).unwrap();
    let not_zip = dir.path().join("text.zip");
    std::fs::write(&not_zip, "এটি জিপ নয়").unwrap();
    let got = strip(convert(&[dir.path()], &Options::default()), dir.path());
    assert_eq!(
        got,
        [
            ("stub.zip".into(), kind::CORRUPT_ARCHIVE.into()),
            ("text.zip".into(), kind::CORRUPT_ARCHIVE.into())
        ]
    );
}

#[test]
fn unsafe_member_names_are_never_read_or_written() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("in");
    std::fs::create_dir(&inner).unwrap();
    let zip = stored(&[("../../evil.txt", b"x"), ("/etc/evil.txt", b"x"), ("ok.txt", b"fine")]);
    std::fs::write(inner.join("slip.zip"), zip).unwrap();
    let got = strip(convert(&[&inner], &Options::default()), &inner);
    assert_eq!(
        got,
        [
            ("slip.zip!../../evil.txt".into(), kind::UNSAFE_PATH.into()),
            ("slip.zip!/etc/evil.txt".into(), kind::UNSAFE_PATH.into()),
            ("slip.zip!ok.txt".into(), ingest_kind(b"fine")),
        ]
    );
    assert!(!dir.path().join("evil.txt").exists());
    assert!(!dir.path().parent().unwrap().join("evil.txt").exists());
}

#[test]
fn nested_zips_open_one_level_deep() {
    let dir = tempfile::tempdir().unwrap();
    let deepest = stored(&[("x.txt", b"x")]);
    let inner = stored(&[("a.txt", b"a"), ("deeper.zip", &deepest)]);
    let outer = zip_bytes(&[("inner.zip", &inner), ("z.txt", b"z")], CompressionMethod::Deflated);
    let path = dir.path().join("outer.zip");
    std::fs::write(&path, outer).unwrap();
    let got = strip(convert(&[&path], &Options::default()), dir.path());
    let labels: Vec<&str> = got.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, ["outer.zip!inner.zip!a.txt", "outer.zip!inner.zip!deeper.zip", "outer.zip!z.txt"]);
    assert_eq!(got[1].1, kind::ARCHIVE_TOO_DEEP);
}

#[test]
fn bomb_like_members_are_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let zeros = vec![0u8; 4 << 20];
    let zip = zip_bytes(&[("bomb.txt", &zeros), ("small.txt", b"small")], CompressionMethod::Deflated);
    let path = dir.path().join("bomb.zip");
    std::fs::write(&path, zip).unwrap();
    let got = strip(convert(&[&path], &Options::default()), dir.path());
    assert_eq!(got[0], ("bomb.zip!bomb.txt".into(), kind::ZIP_BOMB.into()));
    assert_eq!(got[1].0, "bomb.zip!small.txt");

    // The same member is fine when the ratio limit allows it, and too large when
    // the input limit does not.
    let lenient = Options {
        limits: Limits { max_compression_ratio: 1_000_000, ..Limits::default() },
        ..Options::default()
    };
    assert_eq!(convert(&[&path], &lenient)[0].1, ingest_kind(&zeros));
    let small =
        Options { limits: Limits { max_input_bytes: 1 << 20, ..Limits::default() }, ..Options::default() };
    assert_eq!(convert(&[&path], &small)[0].1, kind::TOO_LARGE);
}

#[test]
fn the_archive_total_limit_refuses_members_past_it() {
    let dir = tempfile::tempdir().unwrap();
    let kb = vec![b'a'; 1024];
    let zip = stored(&[("1.txt", &kb), ("2.txt", &kb), ("3.txt", &kb)]);
    let path = dir.path().join("big.zip");
    std::fs::write(&path, zip).unwrap();
    let options =
        Options { limits: Limits { max_archive_bytes: 2048, ..Limits::default() }, ..Options::default() };
    let kinds: Vec<String> = convert(&[&path], &options).into_iter().map(|(_, k)| k).collect();
    assert_eq!(kinds, [ingest_kind(&kb), ingest_kind(&kb), kind::ZIP_BOMB.to_string()]);
}

#[test]
fn encrypted_members_get_an_encrypted_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut zip = stored(&[("secret.txt", b"secret")]);
    // Set the "encrypted" flag in the local and the central header.
    for signature in [&b"PK\x03\x04"[..], b"PK\x01\x02"] {
        let at = zip.windows(4).position(|w| w == signature).unwrap();
        let flags = at + if signature[2] == 3 { 6 } else { 8 };
        zip[flags] |= 1;
    }
    let path = dir.path().join("locked.zip");
    std::fs::write(&path, zip).unwrap();
    let got = strip(convert(&[&path], &Options::default()), dir.path());
    assert_eq!(got, [("locked.zip!secret.txt".into(), kind::ENCRYPTED.into())]);
}

#[test]
fn member_records_describe_the_member_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let zip = zip_bytes(&[("a.txt", b"")], CompressionMethod::Deflated);
    let path = dir.path().join("one.zip");
    std::fs::write(&path, zip).unwrap();
    let mut out = Vec::new();
    sabha_batch::run(&Inputs::new([path]), &Options::default(), &mut out, None, |_| {}).unwrap();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["source"]["bytes"], 0);
    assert_eq!(v["source"]["sha256"], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert_eq!(v.as_object().unwrap().len(), 4, "an error record has source and error only: {v}");
}

mod damaged {
    use super::*;
    use proptest::prelude::*;

    fn sample_zip() -> Vec<u8> {
        let text = "সিদ্ধান্ত: আগামী ০৮ সেপ্টেম্বর, ২০২২ এর মধ্যে".repeat(20);
        zip_bytes(
            &[("a.txt", text.as_bytes()), ("b/c.txt", b"c"), ("d.txt", text.as_bytes())],
            CompressionMethod::Deflated,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever the damage (bytes flipped, the end cut off), a run finishes and
        /// gives at least one well-formed record, and never more than one per member
        /// plus one for the archive.
        #[test]
        fn damaged_zips_never_stop_a_run(
            flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
            keep in 0.0f64..=1.0,
        ) {
            let mut zip = sample_zip();
            for (at, byte) in flips {
                let i = at.index(zip.len());
                zip[i] ^= byte;
            }
            zip.truncate((zip.len() as f64 * keep) as usize);
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("damaged.zip");
            std::fs::write(&path, &zip).unwrap();
            let got = convert(&[&path], &Options::default());
            prop_assert!(!got.is_empty() && got.len() <= 4, "{got:?}");
        }
    }
}
