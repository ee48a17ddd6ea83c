#!/usr/bin/env python3
"""Writes the golden files of package pyfmt by asking CPython 3.11.

Run from runtime/pyfmt:  python3 testdata/gen.py
Every expected output in testdata/*.jsonl comes from this script; nothing is
typed by hand. Each line is a JSON object: the operation, its inputs, and
either "out" (the result) or "err" ("ExcClass: message").
"""
import gzip
import json
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "golden files must come from CPython 3.11"

SEED = 20261124


def bits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def outcome(fn):
    try:
        return {"out": fn()}
    except (ValueError, OverflowError, TypeError) as e:
        return {"err": "%s: %s" % (type(e).__name__, e)}


def write(name, rows):
    with open("testdata/" + name, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def random_floats(rng, n):
    out = []
    while len(out) < n:
        kind = rng.randrange(7)
        if kind == 0:  # uniform bit patterns
            f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        elif kind == 1:  # round decimals
            f = round(rng.uniform(-1e6, 1e6), rng.randrange(0, 7))
        elif kind == 2:  # short decimals parsed from text
            f = float("%d.%0*d" % (rng.randrange(-99999, 99999), 3, rng.randrange(1000)))
        elif kind == 3:  # tiny and huge exponents
            f = rng.random() * 10.0 ** rng.randint(-320, 308)
            if rng.random() < 0.5:
                f = -f
        elif kind == 4:  # decimal halfway cases
            f = (rng.randrange(-10**6, 10**6) + 0.5) / 10 ** rng.randrange(0, 5)
        elif kind == 5:  # integral floats around the fixed/exponent switch
            f = float(rng.randrange(10**rng.randrange(1, 19)))
        else:  # subnormals and near-limits
            f = struct.unpack("<d", struct.pack("<Q", rng.choice(
                [rng.randrange(1, 1 << 52), (0x7fe << 52) | rng.getrandbits(52),
                 (rng.randrange(1, 0x7ff) << 52)])))[0]
        out.append(f)
    return out


FLOAT_SPECS = [
    "", ".3f", "e", ".10g", ",", "_", "%", ">20.5", "+.2e", "g", ".0f", ".0e",
    "#.0f", "#g", ".17g", ".3", "020,.2f", "z.1f", "^30", "*<25.4E", "=+15",
    " .5G", "n", ".20e", ".30f", "#", "#.3", "F", ".1%", "0=12.3f", ",.2f",
    "_.4f", "z", "+", "08.3", ".25", ".0", "#.0e", "-^12g", "010", ",g",
    "z.3g", ".0%", "#.2%", "x<+12,.1f", ".16", ".1g", "#.5g", "G",
]

SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 9999999999999998.0,
    1e-4, 1e-5, 0.00012345, 123456789.0, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, 2e16 + 8, 0.125, 0.375, 1.25, 1234.5, 0.05, -0.0004,
    float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2 / 3, 1 / 3,
    100.0, 1e100, 123.456, 0.001, 9.5, 99.5, 999.9999, 0.9999995,
]


def write_table(name, header, rows):
    """Writes a gzipped tab-separated table; errors are "!Class: message"."""
    with gzip.open("testdata/" + name, "wt", encoding="utf-8", compresslevel=9, newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            for cell in row:
                assert "\t" not in cell and "\n" not in cell, cell
            fh.write("\t".join(row) + "\n")


def cell(fn):
    r = outcome(fn)
    return r["out"] if "out" in r else "!" + r["err"]


def gen_floats():
    rng = random.Random(SEED)
    floats = SPECIAL_FLOATS + random_floats(rng, 10000)
    rows = []
    for f in floats:
        rows.append([bits(f), repr(f)] + [cell(lambda: format(f, spec)) for spec in FLOAT_SPECS])
    write_table("floats.tsv.gz", ["bits", "repr"] + FLOAT_SPECS, rows)


if __name__ == "__main__":
    gen_floats()
