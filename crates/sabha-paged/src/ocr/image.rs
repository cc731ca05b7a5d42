//! Page images given as files (PNG, JPEG, TIFF incl. multi-page): how many pages
//! a TIFF holds, and each page decoded to grey ([`PageImages`]) so that it goes
//! through the same steps as a rendered PDF page (straightening, ruling lines).
//! A format or colour layout not decoded here is left to Tesseract, which reads
//! the file as it is.

use std::io::Cursor;

use tiff::ColorType;
use tiff::decoder::{Decoder, DecodingResult};

use super::ruling::Gray;

/// The largest page decoded, in pixels a side (1.2 m at 600 dpi) and in all.
const MAX_SIDE: u32 = 30_000;
const MAX_PIXELS: u64 = 250_000_000;

/// The pages of an image file, decoded to grey one at a time.
pub struct PageImages<'a> {
    source: Source<'a>,
}

enum Source<'a> {
    /// A TIFF, whose decoder remembers where each page starts (moving to a page
    /// walks the chain of pages only once over the whole file).
    Tiff(Box<Decoder<Cursor<&'a [u8]>>>),
    /// A PNG or JPEG: one page.
    Single(&'a [u8]),
}

impl<'a> PageImages<'a> {
    /// The pages of `bytes`, or `None` when this is no image decoded here (the
    /// file then goes to Tesseract as it is).
    pub fn open(bytes: &'a [u8]) -> Option<PageImages<'a>> {
        if tiff_page_count(bytes).is_some() {
            let mut decoder = Decoder::new(Cursor::new(bytes)).ok()?;
            let known = decoder.colortype().is_ok_and(known_layout);
            return known.then(|| PageImages { source: Source::Tiff(Box::new(decoder)) });
        }
        let format = image::guess_format(bytes).ok()?;
        matches!(format, image::ImageFormat::Png | image::ImageFormat::Jpeg)
            .then_some(PageImages { source: Source::Single(bytes) })
    }

    /// Page `number` (1-based) in grey, and its resolution (dots per inch) when
    /// the file gives a plausible one; `None` when it cannot be decoded.
    pub fn page(&mut self, number: u32) -> Option<(Gray, Option<u32>)> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        match &mut self.source {
            Source::Tiff(decoder) => {
                decoder.seek_to_image(index).ok()?;
                let (width, height) = decoder.dimensions().ok()?;
                check_size(width, height)?;
                let dpi = tiff_dpi(decoder);
                let color = decoder.colortype().ok()?;
                let data = decoder.read_image().ok()?;
                Some((gray_of(color, data, width as usize, height as usize)?, dpi))
            }
            Source::Single(bytes) => (index == 0)
                .then(|| Some((decode_single(bytes)?, png_dpi(bytes).or_else(|| jfif_dpi(bytes)))))
                .flatten(),
        }
    }
}

/// Resolutions Tesseract is told: a document scanner's (200–600 dpi, and up to
/// 1200). Others are left for Tesseract to estimate from the type size: 0 or
/// 1 for "unknown", and low ones of photos or reduced copies, where the
/// estimate reads better (a 150-dpi JPEG of a seed page: Bengali-character
/// error rate 0.26 estimated against 0.40 told; a 300-dpi TIFF page left to
/// estimate was taken for 589 dpi, error rate 0.22 against 0.08 told).
const PLAUSIBLE_DPI: std::ops::RangeInclusive<f64> = 200.0..=1200.0;

fn plausible(dpi: f64) -> Option<u32> {
    PLAUSIBLE_DPI.contains(&dpi).then(|| dpi.round() as u32)
}

/// A TIFF page's XResolution, per inch or per centimetre (ResolutionUnit).
fn tiff_dpi(decoder: &mut Decoder<Cursor<&[u8]>>) -> Option<u32> {
    let per_unit = match decoder.find_tag(tiff::tags::Tag::XResolution).ok()?? {
        tiff::decoder::ifd::Value::Rational(n, d) if d > 0 => f64::from(n) / f64::from(d),
        _ => return None,
    };
    let unit = decoder.find_tag_unsigned::<u16>(tiff::tags::Tag::ResolutionUnit).ok().flatten().unwrap_or(2);
    plausible(if unit == 3 { per_unit * 2.54 } else { per_unit })
}

/// A PNG's resolution from its `pHYs` chunk (pixels per metre).
fn png_dpi(bytes: &[u8]) -> Option<u32> {
    let mut at: usize = 8;
    while let Some(header) = bytes.get(at..at.checked_add(8)?) {
        let len = u32::from_be_bytes(header.get(..4)?.try_into().ok()?) as usize;
        let data = at + 8;
        match header.get(4..8)? {
            b"pHYs" => {
                let chunk = bytes.get(data..data.checked_add(9)?)?;
                let per_metre = u32::from_be_bytes(chunk.get(..4)?.try_into().ok()?);
                return (chunk.get(8) == Some(&1))
                    .then(|| plausible(f64::from(per_metre) * 0.0254))
                    .flatten();
            }
            b"IDAT" | b"IEND" => return None,
            _ => at = data.checked_add(len)?.checked_add(4)?,
        }
    }
    None
}

/// A JPEG's resolution from its JFIF header (dots per inch or per centimetre).
fn jfif_dpi(bytes: &[u8]) -> Option<u32> {
    let app0 = bytes.get(..18)?;
    if app0.get(..4)? != [0xFF, 0xD8, 0xFF, 0xE0] || app0.get(6..11)? != b"JFIF\0" {
        return None;
    }
    let density = f64::from(u16::from_be_bytes([*app0.get(14)?, *app0.get(15)?]));
    match app0.get(13)? {
        1 => plausible(density),
        2 => plausible(density * 2.54),
        _ => None,
    }
}

fn check_size(width: u32, height: u32) -> Option<()> {
    (width <= MAX_SIDE && height <= MAX_SIDE && u64::from(width) * u64::from(height) <= MAX_PIXELS)
        .then_some(())
}

/// A PNG or JPEG in grey, within the size limits.
fn decode_single(bytes: &[u8]) -> Option<Gray> {
    let mut reader = image::ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok()?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(4 * MAX_PIXELS);
    reader.limits(limits);
    let luma = reader.decode().ok()?.into_luma8();
    let (width, height) = (luma.width(), luma.height());
    check_size(width, height)?;
    Some(Gray { width: width as usize, height: height as usize, pixels: luma.into_raw() })
}

/// The TIFF layouts [`gray_of`] decodes.
fn known_layout(color: ColorType) -> bool {
    matches!(color, ColorType::Gray(1 | 2 | 4 | 8 | 16) | ColorType::RGB(8) | ColorType::RGBA(8))
}

/// A decoded TIFF page in grey: bilevel and grey of 1–16 bits, RGB and RGBA of
/// 8 bits (the layouts scanners write); `None` for others.
fn gray_of(color: ColorType, data: DecodingResult, width: usize, height: usize) -> Option<Gray> {
    let luma = |p: &[u8]| {
        let [r, g, b] = [p.first(), p.get(1), p.get(2)].map(|c| u32::from(c.copied().unwrap_or(0)));
        ((299 * r + 587 * g + 114 * b) / 1000) as u8
    };
    if !known_layout(color) {
        return None;
    }
    let pixels: Vec<u8> = match (color, data) {
        (ColorType::Gray(8), DecodingResult::U8(v)) => v,
        (ColorType::Gray(16), DecodingResult::U16(v)) => v.iter().map(|p| (p >> 8) as u8).collect(),
        (ColorType::Gray(bits @ (1 | 2 | 4)), DecodingResult::U8(v)) => unpack(&v, width, height, bits),
        (ColorType::RGB(8), DecodingResult::U8(v)) => v.chunks_exact(3).map(luma).collect(),
        (ColorType::RGBA(8), DecodingResult::U8(v)) => v.chunks_exact(4).map(luma).collect(),
        _ => return None,
    };
    let count = width.checked_mul(height)?;
    (pixels.len() >= count).then(|| Gray {
        width,
        height,
        pixels: pixels.get(..count).unwrap_or_default().to_vec(),
    })
}

/// Grey samples of `bits` bits packed into bytes, each row starting on a byte,
/// spread to 0–255.
fn unpack(packed: &[u8], width: usize, height: usize, bits: u8) -> Vec<u8> {
    let bits = usize::from(bits);
    let row_bytes = (width * bits).div_ceil(8);
    let top = (1u32 << bits) - 1;
    let mut out = Vec::with_capacity(width * height);
    for row in packed.chunks(row_bytes.max(1)).take(height) {
        for x in 0..width {
            let at = x * bits;
            let byte = u32::from(row.get(at / 8).copied().unwrap_or(0));
            let value = (byte >> (8 - bits - at % 8)) & top;
            out.push((value * 255 / top) as u8);
        }
    }
    out
}

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

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/../../fixtures/scans/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn every_page_of_a_multi_page_bilevel_tiff_is_decoded() {
        let bytes = fixture("004.scan.tif");
        let mut pages = PageImages::open(&bytes).expect("a Group 4 TIFF is decoded here");
        for number in [1, 2, 4, 3] {
            let (page, dpi) = pages.page(number).unwrap_or_else(|| panic!("page {number}"));
            assert_eq!(dpi, Some(300));
            assert_eq!((page.width, page.height), (2481, 3508));
            let white = page.pixels.iter().filter(|&&p| p == 255).count();
            let black = page.pixels.iter().filter(|&&p| p == 0).count();
            assert_eq!(white + black, page.pixels.len(), "bilevel stays black and white");
            assert!(white > 10 * black && black > 1000, "black text on white paper: {white} {black}");
        }
        assert!(pages.page(5).is_none());
        assert!(pages.page(0).is_none());
    }

    #[test]
    fn png_and_jpeg_pages_are_decoded_to_grey() {
        for (name, resolution) in [("page-003-1.png", Some(300)), ("page-000-2.jpg", None)] {
            let bytes = fixture(name);
            let mut pages = PageImages::open(&bytes).unwrap();
            let (page, dpi) = pages.page(1).unwrap();
            assert_eq!(dpi, resolution, "{name}: 150 dpi is left to Tesseract to estimate");
            assert_eq!(page.pixels.len(), page.width * page.height);
            assert!(page.width > 1000, "{name}");
            assert!(pages.page(2).is_none(), "one page");
        }
    }

    #[test]
    fn other_bytes_are_left_to_tesseract() {
        assert!(PageImages::open(b"GIF89a\x01\x00").is_none());
        assert!(PageImages::open(b"").is_none());
        let mut cut = fixture("page-003-1.png");
        cut.truncate(200);
        let mut pages = PageImages::open(&cut).expect("the signature is a PNG's");
        assert!(pages.page(1).is_none(), "but the image is cut short");
    }

    #[test]
    fn an_implausible_or_missing_resolution_is_left_out() {
        let jfif = |units: u8, density: u16| {
            let mut b = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
            b.extend(b"JFIF\0\x01\x01");
            b.push(units);
            b.extend(density.to_be_bytes());
            b.extend(density.to_be_bytes());
            b
        };
        assert_eq!(jfif_dpi(&jfif(1, 400)), Some(400));
        assert_eq!(jfif_dpi(&jfif(2, 118)), Some(300), "per centimetre");
        assert_eq!(jfif_dpi(&jfif(0, 1)), None, "an aspect ratio only");
        assert_eq!(jfif_dpi(&jfif(1, 1)), None);
        assert_eq!(jfif_dpi(b"\xFF\xD8"), None);
        assert_eq!(png_dpi(b"\x89PNG\r\n\x1a\n\0\0\0\x09pHY"), None, "cut short");
        assert_eq!(png_dpi(b"\x89PNG\r\n\x1a\n\xff\xff\xff\xffIHDR"), None, "a chunk longer than the file");
    }

    #[test]
    fn packed_samples_spread_to_grey() {
        assert_eq!(unpack(&[0b1010_0000], 3, 1, 1), [255, 0, 255]);
        // Rows start on a byte: two rows of three 1-bit samples.
        assert_eq!(unpack(&[0b1110_0000, 0b0000_0000], 3, 2, 1), [255, 255, 255, 0, 0, 0]);
        assert_eq!(unpack(&[0b1100_0100], 2, 1, 4), [204, 68]);
        assert_eq!(unpack(&[], 2, 1, 1), Vec::<u8>::new(), "no data, no pixels");
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
