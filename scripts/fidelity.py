#!/usr/bin/env python3
"""Text fidelity of `sabha text` on the real-format renders of the seed minutes.

For every file in fixtures/corpus (DOCX, PDF, Tesseract .txt) it runs `sabha text FILE`
and compares the result with the seed text the file was made from (fixtures/seeds/NNN.txt):

- CER: character error rate over Bengali characters. Both texts are reduced to their
  Bengali characters (U+0980-U+09FF, in order; spaces, punctuation, Latin letters and
  markup dropped), and CER = Levenshtein distance / length of the seed's sequence. Reading
  order counts: a table read column by column instead of row by row costs characters.
- missing: the share of the seed's Bengali words (maximal runs of Bengali characters) that
  the output lacks, as a multiset, order ignored.

Both sides are NFC with Assamese ৰ/ৱ read as র/ব (the contract's clean-up), so the
measure is about what ingestion loses, not about normal forms.

Usage:
    cargo build --release && python3 scripts/fidelity.py
    python3 scripts/fidelity.py --sabha target/debug/sabha --baseline   # also pdftotext

Goals (issue 3): DOCX CER < 0.01; PDF CER < 0.05 with < 1% of words missing.
Only the standard library is needed.
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENGALI = re.compile("[\u0980-\u09ff]+")


def normalize(text):
    text = unicodedata.normalize("NFC", text)
    return text.replace("\u09f0", "\u09b0").replace("\u09f1", "\u09ac")


def bengali_chars(text):
    return "".join(BENGALI.findall(normalize(text)))


def bengali_words(text):
    return BENGALI.findall(normalize(text))


def levenshtein(a, b):
    """Myers/Hyyrö bit-parallel edit distance; Python integers are the bit vectors."""
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq = collections.defaultdict(int)
    for i, c in enumerate(b):
        peq[c] |= 1 << i
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for c in a:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


def measure(seed_text, out_text):
    seed_chars, out_chars = bengali_chars(seed_text), bengali_chars(out_text)
    cer = levenshtein(seed_chars, out_chars) / max(1, len(seed_chars))
    seed_words = collections.Counter(bengali_words(seed_text))
    out_words = collections.Counter(bengali_words(out_text))
    missing = sum((seed_words - out_words).values()) / max(1, sum(seed_words.values()))
    return cer, missing, len(seed_chars)


def find_sabha(given):
    if given:
        return given
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    for profile in ("release", "debug"):
        candidate = target / profile / "sabha"
        if candidate.exists():
            return str(candidate)
    sys.exit("sabha binary not found: run `cargo build --release` or pass --sabha PATH")


def kind_of(path):
    name = path.name
    if name.endswith(".tesseract.txt"):
        return "ocr-txt"
    return path.suffix.lstrip(".")


def run_sabha(sabha, path):
    started = time.monotonic()
    proc = subprocess.run([sabha, "text", str(path)], capture_output=True, timeout=600)
    elapsed = time.monotonic() - started
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip()
        kind = re.search(r"\[([a-z_]+)\]\s*$", err)
        return None, (kind.group(1) if kind else err[:60]), elapsed
    return proc.stdout.decode("utf-8", "replace"), None, elapsed


def run_pdftotext(path):
    if not shutil.which("pdftotext"):
        return None
    proc = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=600)
    return proc.stdout.decode("utf-8", "replace") if proc.returncode == 0 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sabha", help="path of the sabha binary (default: target/{release,debug}/sabha)")
    parser.add_argument("--corpus", default=str(ROOT / "fixtures/corpus"))
    parser.add_argument("--seeds", default=str(ROOT / "fixtures/seeds"))
    parser.add_argument("--baseline", action="store_true", help="also measure plain pdftotext on the PDFs")
    args = parser.parse_args()
    sabha = find_sabha(args.sabha)
    corpus, seeds = Path(args.corpus), Path(args.seeds)

    rows, per_kind = [], collections.defaultdict(list)
    for path in sorted(corpus.iterdir()):
        kind = kind_of(path)
        if kind not in ("docx", "pdf", "ocr-txt"):
            continue
        seed = seeds / (path.name.split(".")[0] + ".txt")
        if not seed.exists():
            continue
        seed_text = seed.read_text(encoding="utf-8")
        out, error, elapsed = run_sabha(sabha, path)
        if out is None:
            rows.append((path.name, kind, "sabha", None, None, None, elapsed, error))
            per_kind[kind].append(None)
        else:
            cer, missing, chars = measure(seed_text, out)
            rows.append((path.name, kind, "sabha", chars, cer, missing, elapsed, ""))
            per_kind[kind].append((cer, missing))
        if args.baseline and kind == "pdf":
            text = run_pdftotext(path)
            if text is not None:
                cer, missing, chars = measure(seed_text, text)
                rows.append((path.name, kind, "pdftotext", chars, cer, missing, 0.0, ""))
                per_kind["pdf (pdftotext)"].append((cer, missing))

    print(f"{'file':28} {'kind':8} {'reader':10} {'bn chars':>8} {'CER':>7} {'missing':>8} {'seconds':>7}  note")
    for name, kind, reader, chars, cer, missing, elapsed, note in rows:
        if cer is None:
            print(f"{name:28} {kind:8} {reader:10} {'-':>8} {'-':>7} {'-':>8} {elapsed:7.2f}  error: {note}")
        else:
            print(f"{name:28} {kind:8} {reader:10} {chars:8d} {cer:7.4f} {missing:8.2%} {elapsed:7.2f}  {note}")
    print()
    print(f"{'mean over':28} {'files':>5} {'CER':>7} {'missing':>8} {'errors':>6}")
    for kind, results in sorted(per_kind.items()):
        ok = [r for r in results if r is not None]
        errors = len(results) - len(ok)
        if ok:
            cer = sum(r[0] for r in ok) / len(ok)
            missing = sum(r[1] for r in ok) / len(ok)
            print(f"{kind:28} {len(results):5d} {cer:7.4f} {missing:8.2%} {errors:6d}")
        else:
            print(f"{kind:28} {len(results):5d} {'-':>7} {'-':>8} {errors:6d}")


if __name__ == "__main__":
    main()
