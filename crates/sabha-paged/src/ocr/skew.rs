//! A scan's skew, measured in the page image and taken out before OCR.
//!
//! Paper is never fed perfectly straight: a page scanned a degree or two off
//! has ruling lines that step sideways a pixel every few dozen, which the ruling
//! search ([`super::ruling`]) only follows up to about 0.7°, and text lines that
//! the layout has to follow across the page. So the skew is measured first, by
//! the projection profile: the page's ink is counted row by row along lines
//! tilted by each candidate angle; at the page's true skew the text lines and
//! rules fall into few rows and the white space between them into empty ones, so
//! the profile is sharpest (the sum of squared differences between neighbouring
//! rows is largest). A page more than [`MIN_SKEW`] off is rotated back.
//!
//! The measure works on a reduced copy of the page (one point per
//! [`REDUCED`]-th of its width), so that it costs a few milliseconds whatever the
//! resolution, and its result depends on the pixels alone (deterministic).

use super::ruling::Gray;

/// Skew is looked for within this many degrees either way (a scanner's feeder
/// or a careless photocopy; more is a photo, which needs perspective, not this).
pub const MAX_SKEW: f32 = 3.0;
/// A page less skewed than this (degrees) is left as scanned: Tesseract copes,
/// and each rotation softens the glyphs a little.
pub const MIN_SKEW: f32 = 0.2;
/// The coarse search steps by this many degrees, the fine one around the best
/// coarse angle by [`FINE_STEP`].
const COARSE_STEP: f32 = 0.1;
const FINE_STEP: f32 = 0.01;
/// The reduced copy is about this many points wide.
const REDUCED: usize = 1000;
/// A pixel darker than this is ink.
const INK: u8 = 140;
/// Fewer ink points than this say nothing about skew (a blank page).
const MIN_POINTS: usize = 200;

/// The skew of `image` in degrees, within ±[`MAX_SKEW`]: the angle of its text
/// lines and rules, positive when they fall to the right (image rows count
/// down). 0 for a page with too little ink to tell.
pub fn estimate_skew(image: &Gray) -> f32 {
    let (points, reduced_height) = ink_points(image);
    if points.len() < MIN_POINTS {
        return 0.0;
    }
    let sharpness = |degrees: f32| profile_sharpness(&points, reduced_height, degrees);
    let coarse = best_angle(0.0, (MAX_SKEW / COARSE_STEP).round() as i32, COARSE_STEP, sharpness);
    best_angle(coarse, (COARSE_STEP / FINE_STEP).round() as i32, FINE_STEP, sharpness)
}

/// The angle `centre + i·step` for `i` in `-steps..=steps` where `score` is
/// largest; of equals, the one nearest zero, so that a page with no lines stays
/// as it is.
fn best_angle(centre: f32, steps: i32, step: f32, score: impl Fn(f32) -> f64) -> f32 {
    let mut best = (f64::MIN, centre);
    for i in -steps..=steps {
        let angle = centre + step * i as f32;
        let s = score(angle);
        if s > best.0 || (s == best.0 && angle.abs() < best.1.abs()) {
            best = (s, angle);
        }
    }
    best.1.clamp(-MAX_SKEW, MAX_SKEW)
}

/// The ink of a reduced copy of `image`: one point per cell of the grid that
/// holds any ink, as (x, y) in cells, and the copy's height in cells.
fn ink_points(image: &Gray) -> (Vec<(f32, f32)>, usize) {
    let cell = image.width.div_ceil(REDUCED).max(1);
    let (columns, rows) = (image.width.div_ceil(cell), image.height.div_ceil(cell));
    let mut inked = vec![false; columns * rows];
    for (y, row) in image.pixels.chunks(image.width.max(1)).enumerate().take(image.height) {
        for (x, _) in row.iter().enumerate().filter(|(_, p)| **p < INK) {
            if let Some(c) = inked.get_mut((y / cell) * columns + x / cell) {
                *c = true;
            }
        }
    }
    let points = inked
        .iter()
        .enumerate()
        .filter(|(_, on)| **on)
        .map(|(i, _)| ((i % columns) as f32, (i / columns) as f32))
        .collect();
    (points, rows)
}

/// How sharply the points fall into rows along lines tilted by `degrees`: the
/// sum of squared differences between neighbouring rows' counts.
fn profile_sharpness(points: &[(f32, f32)], height: usize, degrees: f32) -> f64 {
    let slope = degrees.to_radians().tan();
    let width = points.iter().map(|p| p.0).fold(0.0, f32::max);
    // Rows along a tilted line start above the page (rising lines) or run below it.
    let reach = (width * MAX_SKEW.to_radians().tan()).ceil() as usize + 1;
    let mut rows = vec![0u32; height + 2 * reach + 1];
    for &(x, y) in points {
        let row = (y - x * slope).round() + reach as f32;
        if let Some(count) = rows.get_mut(row.max(0.0) as usize) {
            *count += 1;
        }
    }
    rows.windows(2).map(|w| (f64::from(w[1]) - f64::from(w[0])).powi(2)).sum()
}

/// `image` rotated about its centre so that lines at `degrees` of skew (as
/// [`estimate_skew`] measures it) come out level; the size stays, corners
/// brought in from outside are white. Bilinear, so rules stay continuous.
pub fn rotate(image: &Gray, degrees: f32) -> Gray {
    let (w, h) = (image.width, image.height);
    let (sin, cos) = degrees.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let mut pixels = vec![255u8; w * h];
    for (y, row) in pixels.chunks_mut(w.max(1)).enumerate() {
        let dy = y as f32 + 0.5 - cy;
        for (x, out) in row.iter_mut().enumerate() {
            let dx = x as f32 + 0.5 - cx;
            // Level line in the output ← line of slope `degrees` in the scan.
            let sx = cx + dx * cos - dy * sin - 0.5;
            let sy = cy + dx * sin + dy * cos - 0.5;
            *out = sample(image, sx, sy);
        }
    }
    Gray { width: w, height: h, pixels }
}

/// The bilinear grey at (x, y); white outside the image.
fn sample(image: &Gray, x: f32, y: f32) -> u8 {
    if !(x > -1.0 && y > -1.0 && x < image.width as f32 && y < image.height as f32) {
        return 255;
    }
    let (x0, y0) = (x.floor(), y.floor());
    let (fx, fy) = (x - x0, y - y0);
    let at = |xi: f32, yi: f32| -> f32 {
        if xi < 0.0 || yi < 0.0 {
            return 255.0;
        }
        let (xi, yi) = (xi as usize, yi as usize);
        if xi >= image.width {
            return 255.0;
        }
        image.pixels.get(yi * image.width + xi).map_or(255.0, |&p| f32::from(p))
    };
    let top = at(x0, y0) * (1.0 - fx) + at(x0 + 1.0, y0) * fx;
    let bottom = at(x0, y0 + 1.0) * (1.0 - fx) + at(x0 + 1.0, y0 + 1.0) * fx;
    (top * (1.0 - fy) + bottom * fy).round().clamp(0.0, 255.0) as u8
}

/// The page straightened when it is skewed by at least [`MIN_SKEW`], with the
/// skew measured (degrees); `None` when it is straight enough as it is.
pub fn straighten(image: &Gray) -> Option<(Gray, f32)> {
    let skew = estimate_skew(image);
    (skew.abs() >= MIN_SKEW).then(|| (rotate(image, skew), skew))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of text-like lines (dashes of ink with word gaps) and a ruled
    /// table, drawn level and then turned by `degrees`.
    fn page(degrees: f32) -> Gray {
        let (width, height) = (1240, 1754);
        let mut pixels = vec![255u8; width * height];
        let mut ink = |x: usize, y: usize| {
            if let Some(p) = pixels.get_mut(y * width + x) {
                *p = 0;
            }
        };
        for line in 0..30 {
            let top = 120 + line * 45;
            for word in 0..12 {
                let x0 = 100 + word * 85 + (line * 7) % 20;
                for x in x0..x0 + 60 {
                    for y in top..top + 14 {
                        if (x + y) % 3 != 0 {
                            ink(x, y);
                        }
                    }
                }
            }
        }
        for y in [1500, 1560, 1620] {
            for x in 100..1140 {
                ink(x, y);
                ink(x, y + 1);
            }
        }
        let level = Gray { width, height, pixels };
        rotate(&level, -degrees)
    }

    #[test]
    fn the_skew_of_a_turned_page_is_found() {
        for degrees in [0.0, 0.5, -1.0, 1.5, -2.3, 2.9] {
            let found = estimate_skew(&page(degrees));
            assert!((found - degrees).abs() <= 0.2, "turned by {degrees}°, found {found}°");
        }
    }

    #[test]
    fn a_straightened_page_measures_level() {
        let skewed = page(1.7);
        let (straight, skew) = straighten(&skewed).expect("1.7° is past the threshold");
        assert!((skew - 1.7).abs() <= 0.2, "{skew}");
        assert!(estimate_skew(&straight).abs() <= 0.2);
        assert!(straighten(&straight).is_none(), "a level page is left as it is");
    }

    #[test]
    fn a_blank_or_tiny_page_has_no_skew() {
        let blank = Gray { width: 300, height: 300, pixels: vec![255; 90_000] };
        assert_eq!(estimate_skew(&blank), 0.0);
        assert!(straighten(&blank).is_none());
        let empty = Gray { width: 0, height: 0, pixels: Vec::new() };
        assert_eq!(estimate_skew(&empty), 0.0);
        assert_eq!(rotate(&empty, 2.0), empty);
        let black = Gray { width: 50, height: 40, pixels: vec![0; 2000] };
        assert_eq!(estimate_skew(&black), 0.0, "uniform ink has no lines");
    }

    #[test]
    fn rotating_keeps_the_size_and_whitens_the_corners() {
        let black = Gray { width: 200, height: 100, pixels: vec![0; 20_000] };
        let turned = rotate(&black, 3.0);
        assert_eq!((turned.width, turned.height), (200, 100));
        assert_eq!(turned.pixels[0], 255, "a corner comes from outside");
        assert_eq!(turned.pixels[50 * 200 + 100], 0, "the centre stays");
        assert_eq!(rotate(&black, 0.0), black);
    }
}
