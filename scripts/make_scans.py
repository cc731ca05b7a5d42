#!/usr/bin/env python3
"""Makes the scanned fixtures under fixtures/scans/ from the seed renders in
fixtures/corpus/*.noto.pdf: page images as a scanner or a phone would give them, wrapped as
image-only PDFs (no text layer, no fonts) or kept as images.

    python3 scripts/make_scans.py [--fixtures fixtures] [--out fixtures/scans] [--only NAME]

Needs poppler's `pdftoppm` and Pillow (its PDF writer embeds a JPEG page as is
(DCTDecode) and a bilevel page as CCITT Group 4: a pure image PDF, as scanners
write them). The output is deterministic (fixed noise seed).

Each variant renders the PDF with `pdftoppm -gray` at its resolution, then:
- rotation: a scan fed slightly askew (degrees, counter-clockwise positive);
- blur and noise: scanner optics and sensor noise (Gaussian, sigma in grey levels);
- bilevel: thresholded to black and white, as fax-like archive scanners store pages;
- JPEG quality: compression artefacts.
File names start with the seed number so that fixtures/tools/score.py matches
them to fixtures/gold/NNN.json; `page-NNN-P.*` (one page of a document) and
`mixed-*.pdf` match no gold file on purpose.

`mixed-003-p1text-p2scan.pdf` joins page 1 of 003.noto.pdf (a text layer) with a
scan of its page 2 (poppler's pdfseparate and pdfunite): a PDF in which only some
pages need OCR.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

from PIL import Image, ImageChops, ImageFilter

# name, source PDF, pages (None: all), dpi, rotation, noise sigma, blur radius, bilevel, jpeg quality
VARIANTS = [
    # Clean scans: greyscale 200 dpi, JPEG, straight (at 150 dpi or in black and
    # white the text reads about as well, but tables come apart more often).
    ("000.scan.pdf", "corpus/000.noto.pdf", None, 200, 0.0, 0, 0.0, False, 50),
    ("001.scan.pdf", "corpus/001.noto.pdf", None, 200, 0.0, 0, 0.0, False, 50),
    ("002.scan.pdf", "corpus/002.noto.pdf", None, 200, 0.0, 0, 0.0, False, 50),
    ("003.scan.pdf", "corpus/003.noto.pdf", None, 200, 0.0, 0, 0.0, False, 50),
    ("004.scan.pdf", "corpus/004.noto.pdf", None, 200, 0.0, 0, 0.0, False, 50),
    # Degraded: greyscale 150 dpi, askew, noisy, blurred, hard JPEG compression.
    ("001.noisy.pdf", "corpus/001.noto.pdf", None, 150, 1.5, 14, 0.7, False, 35),
    # A fax-like archive scan: 200 dpi black and white, askew, speckled.
    ("003.fax.pdf", "corpus/003.noto.pdf", None, 200, -1.0, 10, 0.5, True, None),
    # A multi-page black-and-white TIFF straight from a scanner.
    ("004.scan.tif", "corpus/004.noto.pdf", None, 300, 0.5, 0, 0.0, True, None),
    # Single pages as images: a photo-like greyscale JPEG of a table page, a PNG.
    ("page-000-2.jpg", "corpus/000.noto.pdf", [2], 150, 1.0, 8, 0.6, False, 55),
    ("page-003-1.png", "corpus/003.noto.pdf", [1], 300, 0.0, 0, 0.0, True, None),
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


def make_mixed(fixtures, out):
    """Page 1 with its text layer, page 2 scanned."""
    path = os.path.join(out, "mixed-003-p1text-p2scan.pdf")
    with tempfile.TemporaryDirectory() as workdir:
        corpus = os.path.join(fixtures, "corpus", "003.noto.pdf")
        text_page = os.path.join(workdir, "text.pdf")
        subprocess.run(["pdfseparate", "-f", "1", "-l", "1", corpus, text_page], check=True)
        scanned = os.path.join(workdir, "scan.pdf")
        save([degrade(im, 0.0, 0, 0.0, True, None) for im in render(corpus, 200, [2], workdir)], scanned, 200, None)
        subprocess.run(["pdfunite", text_page, scanned, path], check=True)
    print(f"{path}: 2 page(s), {os.path.getsize(path) // 1024} KiB")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fixtures", default="fixtures")
    ap.add_argument("--out", default="fixtures/scans")
    ap.add_argument("--only", help="make only the variants whose name contains this")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name, source, pages, dpi, rotation, sigma, blur, bilevel, quality in VARIANTS:
        if args.only and args.only not in name:
            continue
        rng = random.Random(f"sabha-scan-{name}")
        pdf = os.path.join(args.fixtures, source)
        with tempfile.TemporaryDirectory() as workdir:
            images = [degrade(im, rotation, sigma, blur, bilevel, rng) for im in render(pdf, dpi, pages, workdir)]
        path = os.path.join(args.out, name)
        save(images, path, dpi, quality)
        print(f"{path}: {len(images)} page(s), {os.path.getsize(path) // 1024} KiB")
    if not args.only or args.only in "mixed":
        make_mixed(args.fixtures, args.out)


if __name__ == "__main__":
    main()
