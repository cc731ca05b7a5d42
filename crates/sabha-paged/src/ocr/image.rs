//! What OCR needs to know about an image before Tesseract reads it: how many
//! pages a TIFF holds (Tesseract reads them all in one run, whose time limit
//! grows with the page count).

/// Image file directories followed at most (a hostile file may chain thousands).
const MAX_PAGES: u32 = 10_000;

/// The number of pages (image file directories) of a classic TIFF; `None` when
/// the bytes are not a TIFF or the chain is unreadable. A loop in the chain ends
/// the count.
pub fn tiff_page_count(bytes: &[u8]) -> Option<u32> {
    let little = match bytes.get(..4)? {
        [b'I', b'I', 42, 0] => true,
        [b'M', b'M', 0, 42] => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b: [u8; 2] = bytes.get(at..at.checked_add(2)?)?.try_into().ok()?;
        Some(if little { u16::from_le_bytes(b) } else { u16::from_be_bytes(b) })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b: [u8; 4] = bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
        Some(if little { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) })
    };
    let mut offset = u32_at(4)? as usize;
    let mut pages = 0u32;
    let mut seen = std::collections::HashSet::new();
    while offset != 0 && pages < MAX_PAGES && seen.insert(offset) {
        let entries = usize::from(u16_at(offset)?);
        pages += 1;
        let next_at = offset.checked_add(2)?.checked_add(entries.checked_mul(12)?)?;
        match u32_at(next_at) {
            Some(next) => offset = next as usize,
            None => break,
        }
    }
    (pages > 0).then_some(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A little-endian TIFF whose IFDs (no entries) sit at `offsets`, chained.
    fn tiff(offsets: &[u32], next_of_last: u32) -> Vec<u8> {
        let mut bytes = vec![b'I', b'I', 42, 0];
        bytes.extend(offsets.first().copied().unwrap_or(0).to_le_bytes());
        let end = offsets.iter().max().copied().unwrap_or(0) as usize + 6;
        bytes.resize(end.max(8), 0);
        for (i, &at) in offsets.iter().enumerate() {
            let at = at as usize;
            bytes[at..at + 2].copy_from_slice(&0u16.to_le_bytes());
            let next = offsets.get(i + 1).copied().unwrap_or(next_of_last);
            bytes[at + 2..at + 6].copy_from_slice(&next.to_le_bytes());
        }
        bytes
    }

    #[test]
    fn counts_chained_directories() {
        assert_eq!(tiff_page_count(&tiff(&[8], 0)), Some(1));
        assert_eq!(tiff_page_count(&tiff(&[8, 20, 40], 0)), Some(3));
    }

    #[test]
    fn a_loop_in_the_chain_ends_the_count() {
        assert_eq!(tiff_page_count(&tiff(&[8, 20], 8)), Some(2));
    }

    #[test]
    fn not_a_tiff_or_cut_short() {
        assert_eq!(tiff_page_count(b"\x89PNG\r\n\x1a\n"), None);
        assert_eq!(tiff_page_count(b"II*\0"), None);
        assert_eq!(tiff_page_count(b"II*\0\xff\xff\xff\x7f"), None);
    }

    #[test]
    fn big_endian_is_read() {
        let mut bytes = vec![b'M', b'M', 0, 42, 0, 0, 0, 8];
        bytes.extend([0, 0, 0, 0, 0, 0]);
        assert_eq!(tiff_page_count(&bytes), Some(1));
    }
}
