#!/usr/bin/env python3
"""Measures OCR text fidelity of scanned fixtures against the seed texts.

    python3 scripts/ocr_fidelity.py [--sabha target/release/sabha] [--raw] [FILE ...]

For every scan (default: fixtures/scans/*) it compares against a reference:
fixtures/seeds/NNN.txt for `NNN.*` (the seed number leading the name), the text
layer of page P of fixtures/corpus/NNN.noto.pdf for `page-NNN-P.*`, and the text
layer of pages 1-2 of fixtures/corpus/NNN.noto.pdf for `mixed-NNN-*` (two pages
of that seed); other files are skipped:

- CER: the Bengali-character error rate, Levenshtein distance over the Bengali
  characters (U+0980-U+09FF, NFC) in reading order divided by the reference's
  count (text layers are read by `pdftotext`, which gets every Bengali character
  of these files right).
- missing: the share of the reference's words absent from the output (order
  ignored; punctuation trimmed from word ends).

Both sides have Assamese ৰ/ৱ folded to র/ব, as sabha's ingestion does for every
format (one seed spells চৰ্চার).

Columns: `sabha` is `sabha text FILE` (sabha's OCR, clean-up, layout and
ingestion clean-up); `--raw` adds plain `tesseract -l ben+eng` on 300-dpi renders
(pdftoppm) or on the image itself, pages concatenated, as a baseline. The same
metric definitions as crates/sabha-paged/examples/pdf_fidelity.rs.
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter

SEEDS = "fixtures/seeds"
CORPUS = "fixtures/corpus"


def seed_words_text(seed):
    """The seed's words without markup: headings, emphasis, tags, list dashes,
    table pipes and separator rows."""
    out = []
    for line in seed.splitlines():
        t = line.strip()
        if t and all(c in "-|: \t" for c in t):
            continue
        t = t.lstrip("#").lstrip()
        if t.startswith("- "):
            t = t[2:]
        t = re.sub(r"<[^>]+>", " ", t).replace("**", "").replace("|", " ").replace("\t", " ")
        out.append(t)
    return "\n".join(out)


def fold(text):
    return unicodedata.normalize("NFC", text).replace("\u09f0", "\u09b0").replace("\u09f1", "\u09ac")


def bengali(text):
    return [c for c in fold(text) if "\u0980" <= c <= "\u09ff"]


def levenshtein(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a):
        diagonal, row[0] = row[0], i + 1
        for j, cb in enumerate(b):
            substitution = diagonal + (ca != cb)
            diagonal = row[j + 1]
            row[j + 1] = min(substitution, row[j] + 1, row[j + 1] + 1)
    return row[len(b)]


def words(text):
    out = []
    for w in fold(text).split():
        w = w.strip("".join(c for c in set(w) if not (c.isalnum() or "\u0980" <= c <= "\u09ff")))
        if w:
            out.append(w)
    return out


def words_missing(reference, hypothesis):
    available = Counter(words(hypothesis))
    ref = words(reference)
    missing = 0
    for w in ref:
        if available[w] > 0:
            available[w] -= 1
        else:
            missing += 1
    return missing / max(len(ref), 1)


def text_layer(pdf, first=None, last=None):
    pages = ["-f", first, "-l", last or first] if first else []
    return subprocess.run(["pdftotext", *pages, pdf, "-"], capture_output=True, text=True, check=True).stdout


def reference_for(path):
    """The text a scan should read as (see the module documentation)."""
    name = os.path.basename(path)
    page = re.match(r"page-(\d{3})-(\d+)", name)
    if page:
        return text_layer(os.path.join(CORPUS, f"{page.group(1)}.noto.pdf"), page.group(2))
    mixed = re.match(r"mixed-(\d{3})-", name)
    if mixed:
        return text_layer(os.path.join(CORPUS, f"{mixed.group(1)}.noto.pdf"), "1", "2")
    seed = re.match(r"(\d{3})[._]", name)
    if seed:
        return seed_words_text(open(os.path.join(SEEDS, seed.group(1) + ".txt"), encoding="utf-8").read())
    return None


def sabha_text(binary, path):
    out = subprocess.run([binary, "text", path], capture_output=True, text=True)
    if out.returncode != 0:
        print(f"  {path}: sabha text failed: {out.stderr.strip()[:200]}", file=sys.stderr)
    return out.stdout


def raw_tesseract(path):
    with tempfile.TemporaryDirectory() as tmp:
        if path.lower().endswith(".pdf"):
            subprocess.run(["pdftoppm", "-r", "300", "-gray", path, os.path.join(tmp, "p")], check=True)
            images = sorted(os.path.join(tmp, f) for f in os.listdir(tmp))
        else:
            images = [path]
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        texts = []
        for image in images:
            dpi = ["--dpi", "300"] if image.endswith(".pgm") else []
            out = subprocess.run(["tesseract", image, "-", *dpi, "-l", "ben+eng"], capture_output=True,
                                 text=True, env=env)
            texts.append(out.stdout)
        return "\n".join(texts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sabha", default="target/release/sabha")
    ap.add_argument("--raw", action="store_true", help="also measure plain tesseract")
    ap.add_argument("--dump", help="write each sabha text to this directory")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob("fixtures/scans/*"))
    files = [f for f in files if reference_for(f) is not None]
    header = f"{'file':<24} {'CER':>8} {'missing':>8}"
    if a.raw:
        header += f"   {'raw CER':>8} {'raw miss':>8}"
    print(header + f" {'seconds':>8}")
    sums = Counter()
    for path in files:
        started = time.monotonic()
        ours = sabha_text(a.sabha, path)
        seconds = time.monotonic() - started
        if a.dump:
            os.makedirs(a.dump, exist_ok=True)
            open(os.path.join(a.dump, os.path.basename(path) + ".txt"), "w", encoding="utf-8").write(ours)
        reference = reference_for(path)
        cer = levenshtein(bengali(reference), bengali(ours)) / max(len(bengali(reference)), 1)
        miss = words_missing(reference, ours)
        row = f"{os.path.basename(path):<24} {cer:>8.4f} {miss * 100:>7.2f}%"
        sums["cer"] += cer
        sums["miss"] += miss
        if a.raw:
            raw = raw_tesseract(path)
            raw_cer = levenshtein(bengali(reference), bengali(raw)) / max(len(bengali(reference)), 1)
            raw_miss = words_missing(reference, raw)
            row += f"   {raw_cer:>8.4f} {raw_miss * 100:>7.2f}%"
            sums["raw_cer"] += raw_cer
            sums["raw_miss"] += raw_miss
        print(row + f" {seconds:>8.1f}", flush=True)
    n = max(len(files), 1)
    row = f"{'mean':<24} {sums['cer'] / n:>8.4f} {sums['miss'] / n * 100:>7.2f}%"
    if a.raw:
        row += f"   {sums['raw_cer'] / n:>8.4f} {sums['raw_miss'] / n * 100:>7.2f}%"
    print(row)


if __name__ == "__main__":
    main()
