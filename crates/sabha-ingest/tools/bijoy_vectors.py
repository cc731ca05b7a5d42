#!/usr/bin/env python3
"""Comparison vectors for the Bijoy -> Unicode converter, from independent converters.

Inputs:
  - Bijoy words made by the Rust crate poriborton (Unicode -> Bijoy) from Tesseract's
    Bengali word list (`examples/bijoy_samples.rs`), with the Unicode they came from;
  - HAND: lines typed the way Bangladeshi offices type Bijoy (reph after the vowel sign,
    Í and — for subjoined ta, quotes Ò Ó), with no known source.
Each input is converted by the three PyPI converters bijoy2unicode 0.1.1,
bijoytounicode 1.1.1 and unicodeconverter 0.1.0b12. `expect` is the NFC text that at
least two of them agree on (null when they all differ); `source` is poriborton's input,
`source_confirmed` says whether one of the PyPI converters reads the input back to it.

    python3 -m venv /tmp/bijoy-venv
    /tmp/bijoy-venv/bin/pip install bijoy2unicode==0.1.1 bijoytounicode==1.1.1 unicodeconverter==0.1.0b12
    cargo run -p sabha-ingest --example bijoy_samples -- /tmp/tess/ben.words 60 > /tmp/bijoy_samples.jsonl
    /tmp/bijoy-venv/bin/python crates/sabha-ingest/tools/bijoy_vectors.py /tmp/bijoy_samples.jsonl \
        > fixtures/ingest/bijoy/vectors.jsonl
"""

import collections
import json
import sys
import unicodedata

import bijoytounicode
from bijoy2unicode import converter as b2u_converter
from unicodeconverter.converter import convert_bijoy_to_unicode

HAND = [
    "MYcÖRvZš¿x evsjv‡`k miKvi",
    "‡Rjv cÖkvm‡Ki Kvh©vjq",
    "Dc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq",
    "mfvi Kvh©weeiYx",
    "mfvcwZ : ‡gvt Avkivdzj Bmjvg",
    "Dcw¯’wZ : cwiwkó ÒKÓ `ªóe¨",
    "we¯ÍvwiZ Av‡jvPbv‡šÍ wbgœiƒc wm×všÍ M„nxZ nq|",
    "ev¯Íevqb : mswkøó mKj `ß‡ii cÖavb",
    "AšÍf©y³ Kiv n‡e|",
    "¯§viK b¤^i",
    "cÖ‡qvRbxq e¨e¯’v MÖnY Ki‡Z n‡e|",
    "Dbœqb cwiKíbv",
    "ZË¡veav‡b",
    "Aby‡iva Kiv n‡jv",
    "‡KŠkj I ˆbwZKZv",
    "c„ôv",
    "Kg©KZ©v I Kg©Pvix‡`i",
    "mfvq Dcw¯’Z m`m¨e„›`",
    "Av‡jvP¨ welq",
    "Avi †Kvb Av‡jvP¨ welq bv _vKvq mfvcwZ mK‡ji cÖwZ ab¨ev` Rvwb‡q mfvi mgvwß †NvlYv K‡ib|",
    "D™¢vebx D‡`¨vM",
    "B-MfY©¨vÝ",
    "mnKvix Kwgkbvi (f~wg)",
    "evwl©K Kg©m¤úv`b Pzw³",
    "RbcÖkvmb gš¿Yvjq",
    "weZiY (‡R¨ôZvi µgvbymv‡i bq) :",
    "m`q AeMwZi Rb¨",
    "Zvs 05/09/2022 wLªt",
    "ZvwiL : 21 fv`ª 1429 e½vã",
    "‡cŠimfv",
]


def nfc(text):
    return unicodedata.normalize("NFC", text) if text is not None else None


def run_all(bijoy):
    outputs = {}
    converters = {
        "bijoy2unicode": lambda s: b2u_converter.Unicode().convertBijoyToUnicode(s),
        "bijoytounicode": bijoytounicode.bijoy2unicode,
        "unicodeconverter": convert_bijoy_to_unicode,
    }
    for name, convert in converters.items():
        try:
            outputs[name] = nfc(convert(bijoy))
        except Exception:  # the converters crash on some inputs (a reph at the end)
            outputs[name] = None
    return outputs


def majority(outputs):
    votes = collections.Counter(v for v in outputs.values() if v is not None)
    if not votes:
        return None
    text, count = votes.most_common(1)[0]
    return text if count >= 2 else None


def main():
    inputs = []
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                inputs.append((row["bijoy"], nfc(row["unicode"]), "poriborton"))
    inputs += [(line, None, "hand") for line in HAND]
    for bijoy, source, origin in inputs:
        outputs = run_all(bijoy)
        # poriborton drops characters it has no glyph for (ত্প, ণ্ন, Assamese ৰ): its source
        # only counts when some PyPI converter reads the input back to it.
        confirmed = source is not None and source in outputs.values()
        row = {
            "input": bijoy,
            "source": source,
            "source_confirmed": confirmed,
            "origin": origin,
            "expect": majority(outputs),
            "outputs": outputs,
        }
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
