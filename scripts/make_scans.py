#!/usr/bin/env python3
"""Makes the scanned fixtures under fixtures/scans/ from the seed renders in
fixtures/corpus/*.noto.pdf: page images as a scanner or a phone would give them,
wrapped as image-only PDFs (no text layer, no fonts) or kept as images.

    python3 scripts/make_scans.py [--corpus fixtures/corpus] [--out fixtures/scans]

Needs poppler's `pdftoppm` and Pillow (its PDF writer embeds a JPEG page as is
(DCTDecode) and a bilevel page as CCITT Group 4: a pure image PDF, as scanners
write them). The output is deterministic (fixed noise seed).

Each variant renders the PDF with `pdftoppm -gray` at its resolution, then:
- rotation: a scan fed slightly askew (degrees, counter-clockwise positive);
- blur and noise: scanner optics and sensor noise (Gaussian, sigma in grey levels);
- bilevel: thresholded to black and white, as fax-like archive scanners store pages;
- JPEG quality: compression artefacts.
File names start with the seed number so that fixtures/tools/score.py matches
them to fixtures/gold/NNN.json; `page-NNN-P.*` (one page of a document) match no
gold file on purpose.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

from PIL import Image, ImageChops, ImageFilter

# name, seed, pages (None: all), dpi, rotation, noise sigma, blur radius, bilevel, jpeg quality
VARIANTS = [
    # Clean scans: greyscale 200 dpi, moderate JPEG compression, straight.
    ("000.scan.pdf", "000", None, 200, 0.0, 0, 0.0, False, 60),
    ("001.scan.pdf", "001", None, 200, 0.0, 0, 0.0, False, 60),
    ("002.scan.pdf", "002", None, 200, 0.0, 0, 0.0, False, 60),
    ("003.scan.pdf", "003", None, 200, 0.0, 0, 0.0, False, 60),
    ("004.scan.pdf", "004", None, 200, 0.0, 0, 0.0, False, 60),
    # Degraded: askew, noisy, blurred, harder compression.
    ("001.noisy.pdf", "001", None, 200, 1.5, 14, 0.7, False, 40),
    # A fax-like bilevel archive scan, slightly askew.
    ("003.fax.pdf", "003", None, 300, -1.0, 10, 0.5, True, None),
    # A multi-page bilevel TIFF straight from a scanner.
    ("004.scan.tif", "004", None, 300, 0.5, 0, 0.0, True, None),
    # Single pages as images: a phone photo-like JPEG of a table page, a PNG.
    ("page-000-2.jpg", "000", [2], 200, 1.0, 8, 0.6, False, 55),
    ("page-003-1.png", "003", [1], 300, 0.0, 0, 0.0, True, None),
]


def render(pdf, dpi, pages, workdir):
    """Greyscale page images of the PDF, in page order."""
    prefix = os.path.join(workdir, "page")
    args = ["pdftoppm", "-gray", "-r", str(dpi)]
    if pages:
        args += ["-f", str(min(pages)), "-l", str(max(pages))]
    subprocess.run(args + [pdf, prefix], check=True)
    files = sorted(f for f in os.listdir(workdir) if f.startswith("page") and f.endswith(".pgm"))
    images = []
    for f in files:
        path = os.path.join(workdir, f)
        number = int(f.rsplit("-", 1)[1].split(".")[0])
        if pages is None or number in pages:
            with Image.open(path) as im:
                images.append(im.convert("L"))
        os.remove(path)
    return images


def degrade(im, rotation, sigma, blur, bilevel, rng):
    if rotation:
        im = im.rotate(rotation, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if sigma:
        # Pillow's noise generator draws from the C library's rand(); seed it per page
        # through a shuffle of a fixed noise tile so the output is reproducible.
        noise = gaussian_noise(im.size, sigma, rng)
        im = ImageChops.add(im, noise, scale=1.0, offset=-128)
    if bilevel:
        im = im.point(lambda p: 255 if p > 150 else 0).convert("1", dither=Image.Dither.NONE)
    return im


def gaussian_noise(size, sigma, rng):
    """A grey image centred on 128 with Gaussian noise, from a seeded generator: a
    256x256 tile of noise repeated with random offsets per row of tiles."""
    tile_side = 256
    values = bytes(max(0, min(255, int(round(128 + rng.gauss(0, sigma))))) for _ in range(tile_side * tile_side))
    tile = Image.frombytes("L", (tile_side, tile_side), values)
    out = Image.new("L", size, 128)
    for y in range(0, size[1], tile_side):
        shift = rng.randrange(tile_side)
        rolled = ImageChops.offset(tile, shift, rng.randrange(tile_side))
        for x in range(0, size[0], tile_side):
            out.paste(rolled, (x, y))
    return out


def save(images, path, dpi, quality):
    first, rest = images[0], images[1:]
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        options = {"resolution": dpi, "save_all": True, "append_images": rest}
        if quality is not None:
            options["quality"] = quality
        first.save(path, "PDF", **options)
    elif ext in (".tif", ".tiff"):
        compression = "group4" if first.mode == "1" else "tiff_lzw"
        first.save(path, "TIFF", save_all=True, append_images=rest, compression=compression, dpi=(dpi, dpi))
    elif ext in (".jpg", ".jpeg"):
        first.save(path, "JPEG", quality=quality or 75, dpi=(dpi, dpi))
    elif ext == ".png":
        first.save(path, "PNG", optimize=True, dpi=(dpi, dpi))
    else:
        sys.exit(f"unknown output type {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="fixtures/corpus")
    ap.add_argument("--out", default="fixtures/scans")
    ap.add_argument("--only", help="make only the variants whose name contains this")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name, seed, pages, dpi, rotation, sigma, blur, bilevel, quality in VARIANTS:
        if args.only and args.only not in name:
            continue
        rng = random.Random(f"sabha-scan-{name}")
        pdf = os.path.join(args.corpus, f"{seed}.noto.pdf")
        with tempfile.TemporaryDirectory() as workdir:
            images = [degrade(im, rotation, sigma, blur, bilevel, rng) for im in render(pdf, dpi, pages, workdir)]
        path = os.path.join(args.out, name)
        save(images, path, dpi, quality)
        print(f"{path}: {len(images)} page(s), {os.path.getsize(path) // 1024} KiB")


if __name__ == "__main__":
    main()
