#!/usr/bin/env python3
"""Accuracy of `sabha tokens --per-line` on vector files in the form of fixtures/vectors
(one JSON object per line: `input`, `expect` with `iso`, `hh_mm` or `kind` + `value`),
with the rule of tests/tokens_vectors.rs: a line is met when its array holds a token of
the expected kind with the expected value. For the larger sets that
scripts/tokens_extra_vectors.py writes:

    python3 scripts/tokens_vectors_check.py target/release/sabha OUT_DIR/*.jsonl
"""
import json
import subprocess
import sys


def meets(token, expect):
    if "iso" in expect:
        return token.get("kind") == "date" and token.get("iso") == expect["iso"]
    if "hh_mm" in expect:
        return token.get("kind") == "time" and token.get("hh_mm") == expect["hh_mm"]
    want, got = expect.get("value"), token.get("value")
    if want is None or got is None:
        return False
    return token.get("kind") == expect.get("kind") and abs(want - got) < 1e-9 * max(abs(want), 1.0)


def check(sabha, path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    text = "".join(row["input"] + "\n" for row in rows)
    out = subprocess.run([sabha, "tokens", "--per-line"], input=text.encode(), capture_output=True, check=True)
    arrays = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(arrays) == len(rows), f"{path}: {len(arrays)} arrays for {len(rows)} lines"
    met = sum(any(meets(t, row["expect"]) for t in tokens) for row, tokens in zip(rows, arrays))
    print(f"{path}: {met}/{len(rows)} = {100 * met / len(rows):.2f}%")
    return met, len(rows)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    for path in sys.argv[2:]:
        check(sys.argv[1], path)


if __name__ == "__main__":
    main()
