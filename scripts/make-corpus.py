#!/usr/bin/env python3
"""Builds a synthetic archive of minutes for benchmarking `sabha convert`.

The seeds (fixtures/seeds) and their renders (fixtures/corpus) are replicated with
variations, the way a real archive mixes them: mostly text exports with other
dates, numbers and districts, some re-encoded (UTF-16, BOM, CRLF); Word and PDF
files; zip archives of text members sent by field offices; and some broken
documents (truncated PDFs and Word files, random bytes, empty files, a zip member
with a bad checksum). `--mix text` keeps to text exports (and empty or binary files). Hidden files and Office lock files are sprinkled in too;
they are skipped by sabha and not counted.

The corpus holds exactly --count documents (zip members count one each), in
folders office-NN/YYYY of at most 1,000 entries, and is the same for the same
--seed.

    python3 scripts/make-corpus.py --count 10000 --out /tmp/corpus
"""

import argparse
import io
import os
import random
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
DISTRICTS = ["রাজশাহী", "ঢাকা", "চট্টগ্রাম", "খুলনা", "সিলেট", "বরিশাল", "রংপুর",
             "ময়মনসিংহ", "নাটোর", "বগুড়া", "পাবনা", "কুষ্টিয়া", "যশোর", "দিনাজপুর"]
PER_FOLDER = 1000
ZIP_MEMBERS = 25


def load_sources():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/corpus").glob("*.tesseract.txt"))]
    docx = [p.read_bytes() for p in sorted((ROOT / "fixtures/corpus").glob("*.docx"))]
    pdf = [p.read_bytes() for p in sorted((ROOT / "fixtures/corpus").glob("*.pdf"))]
    if not texts or not docx or not pdf:
        sys.exit("fixtures/seeds and fixtures/corpus are needed")
    return texts, docx, pdf


def vary_text(rng, text):
    """Other digits here and there, another district; the layout stays."""
    chars = list(text)
    for i, c in enumerate(chars):
        if c in BENGALI_DIGITS and rng.random() < 0.08:
            chars[i] = rng.choice(BENGALI_DIGITS)
    text = "".join(chars)
    for district in DISTRICTS:
        if district in text:
            text = text.replace(district, rng.choice(DISTRICTS))
            break
    return text


def encode_text(rng, text):
    roll = rng.random()
    if roll < 0.05:
        return b"\xff\xfe" + text.encode("utf-16-le"), ".txt"
    if roll < 0.10:
        return b"\xef\xbb\xbf" + text.encode("utf-8"), ".txt"
    if roll < 0.15:
        return text.replace("\n", "\r\n").encode("utf-8"), ".txt"
    return text.encode("utf-8"), ".txt" if roll < 0.9 else ".md"


def broken(rng, docx, pdf, text_only):
    """A document that cannot be read, of one of the usual kinds."""
    kind = rng.choice([2, 3]) if text_only else rng.randrange(5)
    if kind == 0:
        data = rng.choice(pdf)
        return data[: len(data) // 3], ".pdf"
    if kind == 1:
        data = rng.choice(docx)
        return data[: len(data) // 2], ".docx"
    if kind == 2:
        return rng.randbytes(rng.randrange(512, 8192)), ".bin"
    if kind == 3:
        return b"", ".txt"
    return "এটি পিডিএফ নয়".encode("utf-8"), ".pdf"


def zip_of_texts(rng, texts, members, bad_member):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for m in range(members):
            data, ext = encode_text(rng, vary_text(rng, rng.choice(texts)))
            z.writestr(f"{m // 10:02d}/minutes-{m:03d}{ext}", data)
    data = bytearray(buf.getvalue())
    if bad_member:
        # Flip a byte inside the first member's compressed data: its checksum fails.
        data[60] ^= 0xFF
    return bytes(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help="documents in the corpus")
    parser.add_argument("--out", type=Path, required=True, help="folder to create")
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--mix", choices=["mixed", "text"], default="mixed",
                        help="text: text exports only (with some empty and binary files)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    text_only = args.mix == "text"
    texts, docx, pdf = load_sources()
    args.out.mkdir(parents=True, exist_ok=True)

    made = entries = total_bytes = 0
    folder = None
    while made < args.count:
        if entries % PER_FOLDER == 0:
            n = entries // PER_FOLDER
            folder = args.out / f"office-{n // 10:02d}" / str(2014 + n % 10)
            folder.mkdir(parents=True, exist_ok=True)
        name = f"{made:07d}"
        roll = rng.random()
        left = args.count - made
        if roll < 0.01 and left >= ZIP_MEMBERS:
            data, ext, docs = zip_of_texts(rng, texts, ZIP_MEMBERS, rng.random() < 0.2), ".zip", ZIP_MEMBERS
        elif roll < 0.05:
            (data, ext), docs = broken(rng, docx, pdf, text_only), 1
        elif roll < 0.08 and not text_only:
            data, ext, docs = rng.choice(docx), ".docx", 1
        elif roll < 0.10 and not text_only:
            data, ext, docs = rng.choice(pdf), ".pdf", 1
        else:
            (data, ext), docs = encode_text(rng, vary_text(rng, rng.choice(texts))), 1
        (folder / (name + ext)).write_bytes(data)
        total_bytes += len(data)
        made += docs
        entries += 1
        if rng.random() < 0.003:
            (folder / f"~${name}.docx").write_bytes(b"lock")
            (folder / f".{name}.swp").write_bytes(b"swap")
    print(f"{made} documents, {total_bytes / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
