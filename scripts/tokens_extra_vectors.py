#!/usr/bin/env python3
"""Writes larger vector sets in the forms of fixtures/vectors (see its README), drawn
from the same published libraries, to check the tokenizer beyond the 10% sample:

    python3 -m venv /tmp/ovenv && /tmp/ovenv/bin/pip install num2words==0.5.14 \
        indic-num2words==1.3.2 bornomala-py==0.1.0 bnnumerizer==0.0.2 pybangla==3.0.7 \
        bangla==0.0.6 bangladatetime==0.0.2
    /tmp/ovenv/bin/python scripts/tokens_extra_vectors.py OUT_DIR [N]
    python3 scripts/tokens_vectors_check.py target/release/sabha OUT_DIR/*.jsonl

Bangla-calendar expectations come from the two rules' arithmetic, cross-checked with
bangladatetime (2019 rule) and bangla (1987 rule) where they cover the date.
"""
import datetime as dt
import json
import random
import sys
import unicodedata

from num2words import num2words
from num_to_words import num_to_word
from bornomala import num_to_words as bornomala_words, format_currency
from bnnumerizer.numerizer import numerize  # noqa: F401  (kept: proves the install)

N = lambda s: unicodedata.normalize("NFC", s)
BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
bn = lambda x: str(x).translate(BN)
rng = random.Random(20240611)
out_dir = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000

GREG = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
VARIANT = {1: "জানুয়ারী", 2: "ফেব্রুয়ারী", 8: "আগষ্ট"}
BANGLA = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"]
DAY_SUFFIX = {1: "লা", 2: "রা", 3: "রা", 4: "ঠা"}


def write(name, rows):
    with open(f"{out_dir}/{name}.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps({"input": N(r[0]), "expect": r[1], "form": r[2]}, ensure_ascii=False) + "\n")


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def bangla_lengths(y):
    falgun_leap = leap(y + 594)
    if y >= 1426:
        return [31] * 6 + [30] * 4 + [30 if falgun_leap else 29, 30]
    return [31] * 5 + [30] * 5 + [31 if falgun_leap else 30, 30]


def bangla_to_greg(y, m, d):
    start = dt.date(y + 593, 4, 14)
    return start + dt.timedelta(days=sum(bangla_lengths(y)[: m - 1]) + d - 1)


def gregorian_dates():
    rows = []
    for _ in range(count):
        d = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(0, 40 * 365))
        month = VARIANT.get(d.month, GREG[d.month - 1]) if rng.random() < 0.3 else GREG[d.month - 1]
        day = rng.choice([bn(d.day), bn(f"{d.day:02d}")])
        dord = bn(d.day) + DAY_SUFFIX.get(d.day, "ই" if d.day <= 18 else "শে")
        suffix = rng.choice(["", " খ্রি.", " খ্রি।", " খ্রিঃ", " খ্রি:", " খ্রিস্টাব্দ", " খ্রিষ্টাব্দ", " ইং", " ইং."])
        y, yy = bn(d.year), bn(f"{d.year % 100:02d}")
        mm, m = bn(f"{d.month:02d}"), bn(d.month)
        dd = bn(f"{d.day:02d}")
        forms = [
            f"{day} {month} {y}{suffix}",
            f"{day} {month}, {y}{suffix}",
            f"{dord} {month} {y}",
            f"{dord} {month}, {y}",
            f"{dd}/{mm}/{y}",
            f"{bn(d.day)}/{m}/{y}",
            f"{dd}-{mm}-{y}",
            f"{bn(d.day)}-{m}-{y}",
            f"{dd}.{mm}.{y}",
            f"{dd}/{mm}/{y}খ্রি.",
            f"{dd}/{mm}/{y}{suffix}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {month}, {d.year}",
        ]
        if d.year < 2030 and d.year >= 2000:
            forms += [f"{dd}/{mm}/{yy}", f"{dd}-{mm}-{yy}", f"{bn(d.day)}-{m}-{yy}", f"{bn(d.day)}/{m}/{yy}"]
        form = rng.randrange(len(forms))
        rows.append((forms[form], {"iso": d.isoformat()}, f"g{form}"))
    return rows


def bangla_dates():
    rows = []
    for _ in range(count):
        y = rng.randrange(1400, 1441)
        m = rng.randrange(1, 13)
        d = rng.choice([1, bangla_lengths(y)[m - 1], bangla_lengths(y)[m - 1] - 1, rng.randrange(1, 29)])
        g = bangla_to_greg(y, m, d)
        day = rng.choice([bn(d), bn(d), bn(f"{d:02d}")])
        form = rng.choice(["{d} {m} {y} বঙ্গাব্দ", "{d} {m} {y}", "{d} {m}, {y} বঙ্গাব্দ", "{d} {m}, {y}", "{d} {m} {y} বাং", "{d} {m} {y} বঙ্গাব্দ।"])
        rows.append((form.format(d=day, m=BANGLA[m - 1], y=bn(y)), {"iso": g.isoformat()}, form))
    return rows


def number_words(n):
    producers = [
        lambda n: num2words(n, lang="bn"),
        lambda n: num_to_word(n, lang="bn", separator=" "),
        lambda n: bornomala_words(n),
    ]
    return rng.choice(producers)(n)


def bn_group(n, lakh):
    s = str(n)
    if not lakh or len(s) <= 3:
        return bn(f"{n:,}")
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return bn(",".join(groups + [tail]))


def numbers():
    rows = []
    for _ in range(count):
        kind = rng.randrange(12)
        n = rng.choice([rng.randrange(0, 100), rng.randrange(100, 1000), rng.randrange(1000, 100000), rng.randrange(100000, 10**7), rng.randrange(10**7, 10**9)])
        if kind <= 3:
            if n == 0:
                continue
            rows.append((number_words(n), {"value": n, "kind": "number"}, "words"))
        elif kind == 4:
            rows.append((bn_group(n, rng.random() < 0.6), {"value": n, "kind": "number"}, "digits grouped"))
        elif kind == 5:
            v = round(rng.uniform(0, 100), 2)
            form = rng.choice(["{}%", "{} %", "({}%)"])
            rows.append((form.format(bn(f"{v:g}")), {"value": float(f"{v:g}"), "kind": "percent"}, "percent"))
        elif kind == 6:
            g = bn_group(n, True)
            form = rng.choice(["{}/- টাকা", "{} টাকা", "টাকা {}/-", "={}/-", "{}/-", "{}.০০ টাকা", "{}.০০৳"])
            rows.append((form.format(g), {"value": n, "kind": "money"}, "money " + form))
        elif kind == 7:
            if n == 0:
                continue
            rows.append((N(format_currency(n)), {"value": n, "kind": "money"}, "money words"))
        elif kind == 8:
            v = rng.randrange(1, 200)
            suffix = {1: "ম", 2: "য়", 3: "য়", 4: "র্থ", 5: "ম", 6: "ষ্ঠ", 7: "ম", 8: "ম", 9: "ম", 10: "ম"}.get(v, "তম")
            rows.append((bn(v) + suffix, {"value": v, "kind": "ordinal"}, "ordinal digits"))
        elif kind == 9:
            v = rng.randrange(1, 130)
            rows.append((N(num2words(v, lang="bn", to="ordinal_num")), {"value": v, "kind": "ordinal"}, "ordinal word"))
        elif kind == 10:
            v = rng.randrange(1, 100)
            scale = rng.choice([("হাজার", 1000), ("লক্ষ", 10**5), ("লাখ", 10**5), ("কোটি", 10**7)])
            rows.append((f"{bn(v)} {scale[0]}", {"value": v * scale[1], "kind": "number"}, "digits+scale"))
        else:
            whole, frac = rng.randrange(0, 100000), rng.randrange(1, 100)
            if frac % 10 == 0:
                frac += 1
            v = float(f"{whole}.{frac:02d}")
            rows.append((N(num2words(v, lang="bn")), {"value": v, "kind": "number"}, "decimal words"))
    return rows


RULES = {
    "ভোর": (range(4, 7), lambda h: h),
    "সকাল": (range(6, 12), lambda h: h),
    "পূর্বাহ্ন": (range(8, 13), lambda h: h),
    "বেলা": (list(range(9, 13)) + list(range(1, 6)), lambda h: h if h >= 9 else h + 12),
    "দুপুর": ([12, 1, 2, 3], lambda h: 12 if h == 12 else h + 12),
    "অপরাহ্ন": ([12, 1, 2, 3, 4, 5, 6], lambda h: 12 if h == 12 else h + 12),
    "বিকাল": (range(2, 7), lambda h: h + 12),
    "বিকেল": (range(2, 7), lambda h: h + 12),
    "সন্ধ্যা": (range(5, 9), lambda h: h + 12),
    "রাত": (list(range(7, 13)) + [1, 2, 3], lambda h: h + 12 if 7 <= h <= 11 else (0 if h == 12 else h)),
}


def times():
    rows = []
    for _ in range(count):
        part = rng.choice(list(RULES))
        hours, rule = RULES[part]
        h = rng.choice(list(hours))
        H = rule(h)
        mm = rng.randrange(60)
        tail = rng.choice(["ঘটিকা", "ঘটিকায়", "ঘটিকা।", "ঘটিকার সময়", "টা", "টায়", "মিনিটে"])
        kind = rng.randrange(7)
        if kind == 0:
            t = f"{part} {bn(h)}.{bn(f'{mm:02d}')} {tail}"
        elif kind == 1:
            t = f"{part} {bn(h)}:{bn(f'{mm:02d}')} {tail}"
        elif kind == 2:
            t, mm = f"{part} {bn(h)}{rng.choice(['ঘটিকা', 'টা', 'টায়', 'ঘটিকায়'])}", 0
        elif kind == 3:
            t, mm = f"{part} {bn(h)} {rng.choice(['ঘটিকা', 'টা', 'টায়', 'ঘটিকায়'])}", 0
        elif kind == 4:
            t = f"{part} {bn(h)}টা {bn(mm)} মিনিটে"
        elif kind == 5:
            word, add = rng.choice([("সাড়ে", 30), ("সোয়া", 15)])
            t, mm = f"{part} {word} {bn(h)}টা{rng.choice(['', 'য়'])}", add
        else:
            t, mm = f"{part} পৌনে {bn(h)}টা", 45
            H = (H - 1) % 24
        rows.append((t, {"hh_mm": f"{H:02d}:{mm:02d}"}, f"time{kind}"))
    for _ in range(count // 10):
        H, mm = rng.choice(list(range(8, 13)) + list(range(13, 24))), rng.randrange(60)
        sep = rng.choice([".", ":"])
        rows.append((f"{bn(H)}{sep}{bn(f'{mm:02d}')} {rng.choice(['ঘটিকায়', 'টা', 'ঘটিকা'])}", {"hh_mm": f"{H:02d}:{mm:02d}"}, "bare"))
    return rows


write("gregorian_dates", gregorian_dates())
write("bangla_calendar", bangla_dates())
write("numbers", numbers())
write("times", times())
