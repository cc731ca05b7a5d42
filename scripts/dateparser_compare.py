#!/usr/bin/env python3
"""Side-by-side: dateparser's search_dates(languages=['bn']) against `sabha tokens`
on the five seed minutes, in the same run: speed, and how many of the seeds' dates each
finds.

    pip install dateparser
    cargo build --release
    python3 scripts/dateparser_compare.py [target/release/sabha]

The seeds' true dates were listed by hand (TRUE_DATES below: every date the documents
write, with the Gregorian day or month it names). A tool "finds" a true date when it
returns that day (for a month-year date: a date in that month) for that seed; extra
results that name no true date are counted as false.
"""
import collections
import datetime as dt
import json
import os
import subprocess
import sys
import time

import dateparser
from dateparser.search import search_dates

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = [os.path.join(ROOT, "fixtures", "seeds", f"00{i}.txt") for i in range(5)]
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "sabha")

# Every date in the seeds, as the document means it ("YYYY-MM" for a month-year).
TRUE_DATES = {
    "000.txt": ["2023-10-17", "2023-06-19", "2023-06-19", "2023-06-19", "2023-10-25",
                "2023-10-25", "2023-10-25", "2023-10-26"],
    "001.txt": ["2019-05", "2019-05-28", "2019-06-03", "2019-05-28", "2019-05-28"],
    "002.txt": ["2021-12-27", "2022-03-16", "2022-04-14", "2022-05-05", "2021-12-01",
                "2022-02-25", "2022-03-04", "2022-03-25", "2021-12-30", "2022-01-13",
                "2022-01-20", "2021-08-30", "2021-09-15", "2021-09-30", "2021-08-25",
                "2021-09-26", "2021-12-06", "2021-09-27", "2021-11-20", "2021-09-23",
                "2021-12-27", "2022-01-13", "2022-01-20", "2022-01-27", "2022-01",
                "2022-01-13", "2022-05-30", "2022-06-30", "2022-05-30", "2021-12-27",
                "2021-12-27"],
    "003.txt": ["2022-08-28", "2023-05-04", "2022-06-29", "2022-09-08", "2022-09-05",
                "2022-09-05", "2022-08-28", "2022-08-28", "2022-08-28", "2022-08-28",
                "2022-06-28"],
    "004.txt": ["2024-09", "2024-07-29"],
}


def score(found, truth):
    """(true dates found, false results): each result may meet one true date."""
    left = collections.Counter(truth)
    hits = false = 0
    for iso in found:
        key = iso if iso in left and left[iso] > 0 else iso[:7] if left.get(iso[:7], 0) > 0 else None
        if key:
            left[key] -= 1
            hits += 1
        else:
            false += 1
    return hits, false


def run_dateparser(text):
    # Warm-up done by the caller; settings as the vectors README used for parse().
    results = search_dates(text, languages=["bn"], settings={"DATE_ORDER": "DMY"}) or []
    return [d.date().isoformat() for _, d in results]


def run_sabha(path):
    out = subprocess.run([BINARY, "tokens", path], capture_output=True, check=True).stdout.decode()
    tokens = [json.loads(line) for line in out.splitlines()]
    return [t["iso"] for t in tokens if t["kind"] == "date"]


def sabha_throughput(texts, repeat):
    """MB/s of the release binary on the joined seeds repeated `repeat` times (one
    process, so start-up is negligible)."""
    big = "\n".join(texts) * repeat
    path = "/tmp/sabha-dateparser-compare.txt"
    with open(path, "w") as f:
        f.write(big)
    start = time.perf_counter()
    subprocess.run([BINARY, "tokens", path], stdout=subprocess.DEVNULL, check=True)
    seconds = time.perf_counter() - start
    return len(big.encode()) / seconds / 1e6, len(big.encode())


def main():
    texts = [open(p, encoding="utf-8").read() for p in SEEDS]
    total_bytes = sum(len(t.encode()) for t in texts)
    search_dates("১৭ অক্টোবর ২০২৩", languages=["bn"])  # load dateparser's data first

    print(f"dateparser {dateparser.__version__}; seeds: {total_bytes} bytes\n")
    print(f"{'seed':8} {'true':>5} {'dateparser':>12} {'false':>6} {'sabha':>7} {'false':>6}")
    totals = collections.Counter()
    dp_seconds = 0.0
    for path, text in zip(SEEDS, texts):
        name = os.path.basename(path)
        truth = TRUE_DATES[name]
        start = time.perf_counter()
        dp = run_dateparser(text)
        dp_seconds += time.perf_counter() - start
        dp_hits, dp_false = score(dp, truth)
        sb_hits, sb_false = score(run_sabha(path), truth)
        totals.update(true=len(truth), dp=dp_hits, dp_false=dp_false, sb=sb_hits, sb_false=sb_false)
        print(f"{name:8} {len(truth):>5} {dp_hits:>12} {dp_false:>6} {sb_hits:>7} {sb_false:>6}")
    print(f"{'all':8} {totals['true']:>5} {totals['dp']:>12} {totals['dp_false']:>6} {totals['sb']:>7} {totals['sb_false']:>6}\n")

    dp_mbs = total_bytes / dp_seconds / 1e6
    sb_mbs, sb_bytes = sabha_throughput(texts, 200)
    print(f"dateparser search_dates: {dp_seconds:.3f} s for the seeds = {dp_mbs:.4f} MB/s")
    print(f"sabha tokens (release, {sb_bytes / 1e6:.1f} MB, all tokens, JSON out): {sb_mbs:.1f} MB/s")
    print(f"speed ratio: sabha is {sb_mbs / dp_mbs:,.0f}x faster")


if __name__ == "__main__":
    main()
