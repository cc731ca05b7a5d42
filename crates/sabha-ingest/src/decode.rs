//! Bytes to text: byte-order marks, UTF-16 without a BOM, UTF-8, and legacy
//! encodings through `encoding_rs` (guessed by `chardetng` when nothing declares
//! one).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::IngestError;
use crate::bytes::any_byte;

/// Text decoded from bytes.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    /// The encoding's name, lower case (`utf-8`, `utf-16le`, `windows-1252`, …).
    pub encoding: String,
    /// Byte sequences that were not valid in that encoding (each became U+FFFD).
    pub invalid_sequences: usize,
}

/// Decodes `bytes`. `declared` gives the encoding the document names itself (an
/// HTML `<meta charset>`), looked for only when no byte-order mark and no UTF-8
/// decides (they win over it).
pub(crate) fn decode(
    bytes: &[u8],
    declared: impl FnOnce() -> Option<&'static Encoding>,
) -> Result<Decoded, IngestError> {
    let decoded = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        with(encoding, bytes.get(bom_len..).unwrap_or_default())
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        with(encoding, bytes)
    } else if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        Decoded { text: text.to_string(), encoding: "utf-8".into(), invalid_sequences: 0 }
    } else if mostly_utf8(bytes) {
        with(UTF_8, bytes)
    } else {
        with(declared().filter(|e| *e != UTF_8).unwrap_or_else(|| guess_legacy(bytes)), bytes)
    };
    reject_binary(&decoded)?;
    Ok(decoded)
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let invalid_sequences = if had_errors { text.chars().filter(|&c| c == '\u{FFFD}').count() } else { 0 };
    Decoded { text: text.into_owned(), encoding: encoding.name().to_ascii_lowercase(), invalid_sequences }
}

/// UTF-16 without a byte-order mark, when the byte pattern leaves no doubt: nearly
/// every code unit is a plausible character (Latin, Bengali, punctuation) in one byte
/// order and few are in the other.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(1 << 16) & !1).unwrap_or_default();
    let units = sample.len() / 2;
    if units < 2 {
        return None;
    }
    // A byte order is sure when at most 5% of its units are implausible: stop
    // counting once neither can be (UTF-8 text gets there within a few lines).
    let too_many = |implausible: usize| implausible * 100 > units * 5;
    let (mut le_implausible, mut be_implausible) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        let &[first, second] = pair else { continue };
        le_implausible += usize::from(!plausible_unit(u16::from_le_bytes([first, second])));
        be_implausible += usize::from(!plausible_unit(u16::from_be_bytes([first, second])));
        if too_many(le_implausible) && too_many(be_implausible) {
            return None;
        }
    }
    let (le, be) = (units - le_implausible, units - be_implausible);
    let sure = |n: usize| n * 100 >= units * 95;
    let unlikely = |n: usize| n * 100 <= units * 50;
    if sure(le) && unlikely(be) {
        Some(UTF_16LE)
    } else if sure(be) && unlikely(le) {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn plausible_unit(unit: u16) -> bool {
    matches!(unit,
        0x09 | 0x0A | 0x0C | 0x0D
        | 0x20..=0x7E
        | 0xA0..=0x24F
        | 0x0980..=0x09FF
        | 0x2000..=0x206F
        | 0x20A0..=0x20CF
        | 0x25CC
        | 0xFEFF)
}

/// UTF-8 with a few damaged sequences: keep it UTF-8 (the damage becomes U+FFFD)
/// rather than reading every Bengali letter as Latin-1 mojibake.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid_multibyte >= 16 && invalid * 20 <= valid_multibyte
}

/// The most likely legacy encoding. Bijoy text is Windows-1252 by construction: when
/// the guess is any single-byte Latin encoding, Windows-1252 is taken so that Bijoy
/// glyphs keep their code points.
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let (as_1252, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    if crate::bijoy::looks_like_bijoy(&as_1252) {
        return WINDOWS_1252;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // Valid UTF-8 never gets here.
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    let latin = ["windows-1250", "windows-1252", "windows-1254", "windows-1257", "ISO-8859-2", "ISO-8859-4"];
    if latin.contains(&guess.name()) { WINDOWS_1252 } else { guess }
}

/// Text that is mostly control characters or lost bytes is not text.
fn reject_binary(decoded: &Decoded) -> Result<(), IngestError> {
    // Junk needs a control byte, or the lead byte of a C1 control (`C2 80`–`C2 9F`)
    // or of U+FFFD (`EF BF BD`): most text has none of them, and is settled here.
    let may_hold_junk = |b: u8| {
        (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C)
            | (b == 0x7F)
            | (b == 0xC2)
            | (b == 0xEF)
    };
    if !any_byte(decoded.text.as_bytes(), may_hold_junk) {
        return Ok(());
    }
    let (mut total, mut junk) = (0usize, 0usize);
    for c in decoded.text.chars().take(1 << 16) {
        total += 1;
        if c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}')) {
            junk += 1;
        }
    }
    if total > 0 && junk * 100 > total * 5 {
        return Err(IngestError::Binary(format!(
            "{junk} of the first {total} characters are control characters or invalid bytes"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy as _;

    fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("সভা\n".as_bytes(), || None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("সভা\n", "utf-8"));
        let d = decode("\u{FEFF}সভা".as_bytes(), || None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("সভা", "utf-8"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(utf16("সভার তারিখ: ১৭ অক্টোবর", false));
        let d = decode(&bytes, || None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("সভার তারিখ: ১৭ অক্টোবর", "utf-16le"));
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(utf16("সভা", true));
        assert_eq!(decode(&bytes, || None).unwrap().encoding, "utf-16be");
    }

    #[test]
    fn utf16_without_bom_in_both_byte_orders() {
        for text in ["সভার কার্যবিবরণী", "Minutes of the meeting, 2023", "সভাপতি: Dr. X (ICT)"]
        {
            let d = decode(&utf16(text, false), || None).unwrap();
            assert_eq!((d.text.as_str(), d.encoding.as_str()), (text, "utf-16le"), "{text}");
            let d = decode(&utf16(text, true), || None).unwrap();
            assert_eq!((d.text.as_str(), d.encoding.as_str()), (text, "utf-16be"), "{text}");
        }
    }

    #[test]
    fn ascii_is_not_taken_for_utf16() {
        assert_eq!(decode(b"plain text file", || None).unwrap().encoding, "utf-8");
    }

    #[test]
    fn legacy_bytes_decode_as_windows_1252() {
        let bytes = b"evsjv\x87`k miKvi \x87Kvb Kv\x87R";
        let d = decode(bytes, || None).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("evsjv‡`k"));
    }

    #[test]
    fn declared_encoding_is_used_for_legacy_bytes() {
        let d = decode(b"caf\xe9 cr\xe8me", || Some(encoding_rs::WINDOWS_1252)).unwrap();
        assert_eq!(d.text, "café crème");
    }

    #[test]
    fn damaged_utf8_stays_utf8() {
        let mut bytes = "সভার কার্যবিবরণী সভাপতি ".repeat(3).into_bytes();
        bytes.push(0xFF);
        bytes.extend("স্থান".as_bytes());
        let d = decode(&bytes, || None).unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.invalid_sequences, 1);
        assert!(d.text.ends_with("\u{FFFD}স্থান"));
    }

    proptest::proptest! {
        /// The SIMD validator accepts exactly what the standard library does
        /// (cut-off sequences, surrogates, overlong forms, bytes past U+10FFFF).
        #[test]
        fn utf8_validation_agrees_with_std(pieces in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(vec!["ক", "া", "a", "\u{10FFFF}", "—", "\u{FFFD}"]).prop_map(|s| s.as_bytes().to_vec()),
                proptest::collection::vec(proptest::num::u8::ANY, 1..4),
            ],
            0..40,
        )) {
            let bytes = pieces.concat();
            proptest::prop_assert_eq!(simdutf8::basic::from_utf8(&bytes).is_ok(), std::str::from_utf8(&bytes).is_ok());
        }
    }

    #[test]
    fn replacement_characters_and_c1_controls_are_junk_too() {
        for junk in ["\u{FFFD}", "\u{0085}", "\u{009F}"] {
            let text = format!("সভা {}", junk.repeat(40));
            assert!(matches!(decode(text.as_bytes(), || None), Err(IngestError::Binary(_))), "{junk:?}");
        }
        let fine = format!("সভা\u{00A0}কার্যবিবরণী\u{FEFF}{}", "ক".repeat(40));
        assert!(decode(fine.as_bytes(), || None).is_ok());
    }

    #[test]
    fn binary_junk_is_rejected() {
        let junk: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 32) as u8).collect();
        assert!(matches!(decode(&junk, || None), Err(IngestError::Binary(_))));
    }
}
