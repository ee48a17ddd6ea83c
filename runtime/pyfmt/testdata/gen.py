#!/usr/bin/env python3
"""Writes the golden files of package pyfmt by asking CPython 3.11.

Run from runtime/pyfmt:  python3 testdata/gen.py
Every expected output in testdata/*.jsonl comes from this script; nothing is
typed by hand. Each line is a JSON object: the operation, its inputs, and
either "out" (the result) or "err" ("ExcClass: message").
"""
import gzip
import io
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
    except (ValueError, OverflowError, TypeError, MemoryError) as e:
        return {"err": "%s: %s" % (type(e).__name__, e)}


def open_out(name):
    """Opens testdata/name for text output, gzipped (reproducibly: no
    timestamp in the header) when the name ends in .gz."""
    path = "testdata/" + name
    if not name.endswith(".gz"):
        return open(path, "w", encoding="utf-8", newline="\n")
    raw = gzip.GzipFile(path, mode="wb", compresslevel=9, mtime=0)
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")


def write(name, rows):
    """Writes JSON lines, gzipped when the name ends in .gz."""
    with open_out(name) as fh:
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
    """Writes a gzipped tab-separated table.

    Each cell is the body of a JSON string literal (without the quotes), so
    tabs and newlines inside values are escaped; errors are "!Class: message".
    """
    def enc(cell):
        return json.dumps(cell, ensure_ascii=False)[1:-1]

    with open_out(name) as fh:
        fh.write("\t".join(map(enc, header)) + "\n")
        for row in rows:
            fh.write("\t".join(map(enc, row)) + "\n")


def cell(fn):
    r = outcome(fn)
    return r["out"] if "out" in r else "!" + r["err"]


FLOAT_PERCENTS = ["%.3f", "%e", "%g", "%#.0f", "%+010.2f", "%-12.4e", "% G", "%#g", "%.12G", "%08.3F"]
ROUND_DIGITS = [None, 0, 1, 2, 5, 15, -1, -3, -20, 300, -300]


def round_cell(f, n):
    r = outcome(lambda: round(f, n) if n is not None else round(f))
    if "err" in r:
        return "!" + r["err"]
    return repr(r["out"])


def gen_floats():
    rng = random.Random(SEED)
    floats = SPECIAL_FLOATS + random_floats(rng, 10000)
    header = (["bits", "repr"] + ["fmt:" + s for s in FLOAT_SPECS] + ["pct:" + p for p in FLOAT_PERCENTS]
              + ["round:" + str(n) for n in ROUND_DIGITS])
    rows = []
    for f in floats:
        rows.append([bits(f), repr(f)]
                    + [cell(lambda: format(f, spec)) for spec in FLOAT_SPECS]
                    + [cell(lambda: pct % f) for pct in FLOAT_PERCENTS]
                    + [round_cell(f, n) for n in ROUND_DIGITS])
    write_table("floats.tsv.gz", header, rows)


INT_SPECS = [
    "d", "x", "X", "#x", "#o", "b", "#b", ",", "_", "_x", "_b", "#_X", "+d", " d", ">12", "<12",
    "^12", "=+12", "012", "0=12,", "*^20,", "020_x", "#020b", "n", "c", "e", ".3e", "f", "%", ".2f",
    "g", "+#o", "-", "z", ".2", "#010x", "08,", "_o", "#_b", "x^+#15_x", "G", ",.1f",
]
INT_PERCENTS = ["%d", "%5d", "%-8x", "%#o", "%+.5d", "%#010X", "% d", "%x", "%.3x", "%#.4o", "%-+6i", "%010u", "%#x", "%e", "%c"]


def random_ints(rng, n):
    special = [0, 1, -1, 7, -7, 10, 255, -255, 1000, -1000, 1234567, 2**31, -2**31, 2**63 - 1, -2**63,
               2**63, -2**63 - 1, 2**64, 10**18, 10**19, 65, 0x10ffff, 0x110000, 10**60, -(2**200)]
    out = list(special)
    while len(out) < n:
        kind = rng.randrange(4)
        if kind == 0:
            v = rng.randrange(-1000, 1000)
        elif kind == 1:
            v = rng.randrange(-2**63, 2**63)
        elif kind == 2:
            v = rng.getrandbits(rng.randrange(1, 300)) * rng.choice([1, -1])
        else:
            v = rng.randrange(10**rng.randrange(1, 30))
        out.append(v)
    return out


def gen_ints():
    rng = random.Random(SEED + 1)
    header = (["value", "hex", "oct", "bin"] + ["fmt:" + s for s in INT_SPECS]
              + ["pct:" + p for p in INT_PERCENTS])
    rows = []
    for v in random_ints(rng, 3000):
        rows.append([hex(v), hex(v), oct(v), bin(v)]
                    + [cell(lambda: format(v, spec)) for spec in INT_SPECS]
                    + [cell(lambda: pct % v) for pct in INT_PERCENTS])
    write_table("ints.tsv.gz", header, rows)


STRS = ["", "a", "abc", "hello world", "café", "日本語テキスト", "🙂🙃", "tab\there", "x" * 30]
STR_SPECS = ["", "<10", ">10", "^11", "*^9", ".2", "10.3", "é>8", "0>5", "05", ",", "+", "#", "=5", "z",
             "x", "d", "_", ".0", "🙂^7", "s", "^", "<", "-", " ", "abc", ".", "10", "3"]
STR_PERCENTS = ["%s", "%10s", "%-10s", "%.2s", "%5.1s", "%-6.3s", "%+s", "%05s", "%#s", "% s", "%r", "%-8r", "%.4r", "%a", "%12a"]


def gen_strs():
    rows = []
    for v in STRS:
        for spec in STR_SPECS:
            rows.append(dict(op="format", v=v, spec=spec, **outcome(lambda: format(v, spec))))
        for pct in STR_PERCENTS:
            conv = {"s": str, "r": repr, "a": ascii}[pct[-1]]
            rows.append(dict(op="percent", v=conv(v), spec=pct, **outcome(lambda: pct % v)))
    for code in [65, 0x263a, 0x1F642, 0, 0x110000, -1]:
        for pct in ["%c", "%5c", "%-5c", "%.0c", "%05c"]:
            rows.append(dict(op="percent-char", code=code, spec=pct, **outcome(lambda: pct % code)))
    write("strs.jsonl", rows)


MISC = [
    ("int", "abc"), ("float", "abc"), ("str", "abc"), ("float", "x"), ("int", "."), ("int", ".2"),
    ("int", "z"), ("str", "+"), ("str", "z"), ("str", "#"), ("str", "="), ("int", ",_"), ("int", "_,"),
    ("int", ",n"), ("int", "_c"), ("int", "+c"), ("int", "#c"), ("int", "99999999999999999999"),
    ("float", ".99999999999999999999"), ("float", "\x01"), ("int", "é"), ("float", ".2147483648f"),
    ("str", "\x7f"), ("int", ",x"), ("int", "_s"), ("str", "=5"), ("float", ",_"), ("float", "_n"),
    ("float", ",c"), ("float", "#"), ("float", "z"), ("float", "c"), ("float", "d"), ("bool", "x"),
    ("bool", ""), ("bool", "d"), ("bool", "s"), ("bool", "^7"), ("int", "ss"), ("str", ".5.5"),
    ("int", "<<<"), ("int", "0<5"), ("float", "0^9"), ("str", "0^9"), ("int", "\x00<5"),
    ("float", ".0e"), ("int", ",X"), ("int", "_%"), ("float", "=^"), ("int", "=12,"), ("int", "< 8"),
    ("float", "99999999999999"), ("str", "9223372036854775807"), ("int", "9223372036854775808"),
    ("str", "٣"), ("float", ".١f"), ("int", "x>+#20_x"), ("str", "🙂<5"),
]
MISC_VALUES = {"int": -42, "float": -2.5, "str": "abc", "bool": True}


def gen_misc():
    rows = []
    for typ, spec in MISC:
        v = MISC_VALUES[typ]
        rows.append(dict(type=typ, spec=spec, **outcome(lambda: format(v, spec))))
    # The 4300-digit limit of int/str conversions (sys.get_int_max_str_digits()).
    for v in [10**4299, -10**4300]:
        for spec in ["", "d", "n", ",", "x", ">5"]:
            rows.append(dict(type="int", value=hex(v), spec=spec, **outcome(lambda: format(v, spec))))
        for pct in ["%d", "%5i", "%x"]:
            rows.append(dict(type="int", value=hex(v), percent=pct, **outcome(lambda: pct % v)))
    write("misc.jsonl", rows)


INT_INPUTS = [
    ("0", 10), ("42", 10), ("-42", 10), ("  7  ", 10), ("+7", 10), ("1_000", 10), ("1__0", 10), ("_1", 10),
    ("1_", 10), ("", 10), (" ", 10), ("x", 10), ("0x1f", 16), ("0x_1f", 16), ("0x", 16), ("1f", 16),
    ("0b101", 0), ("0o17", 0), ("0x1F", 0), ("010", 0), ("000", 0), ("0_0", 0), ("00x", 0), ("12a", 0),
    ("0xg", 0), ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("0b", 2), ("0B11", 2), ("0o7", 8), ("0O_7", 8),
    ("٣٤", 10), ("\u00a012\u2003", 10), ("\x1c5", 10), ("1\x00", 10), ("9" * 30, 10), ("-0", 10),
    ("1.5", 10), ("1e5", 10), ("0x1f", 10), ("abc", 37), ("1", 1), ("7", -1), ("1" * 4301, 10), ("1" * 4300, 10),
    ("f" * 5000, 16), ("1" * 300 + "x", 10), ("'q'", 10), ("a'b\"c", 10), ("tab\t", 10), ("+ 1", 10),
    ("--1", 10), ("0_", 0), ("0__0", 0), ("1_0", 0), ("0b_1", 0), ("0b1_", 0), ("𝟗𝟖", 10),
]
FLOAT_INPUTS = [
    "0", "1.5", "-1.5", "  2.5  ", "1e10", "1E-5", ".5", "5.", ".", "e5", "1e", "1e+", "inf", "-inf", "+inf",
    "Infinity", "-iNfInItY", "nan", "-nan", "NaN", "infinit", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5",
    "1e1_0", "1e_10", "0x1p3", "1e500", "-1e500", "1e-500", "", " ", "abc", "١٫٥", "١٥", "\u00a01.5\u2003",
    "1.5x", "+-1", "1 2", "0.1", "2.675", "1e-320", "123456789012345678901234567890",
    "in_f", "1.5\x00", "'q'", "0" * 400 + "1", "1.7976931348623159e308",
]


PERCENT_CASES = [
    ("%s and %r", ("a", "b")), ("%*d|", (5, 42)), ("%-*.*f|", (10, 2, 3.14159)), ("%*s|", (-6, "ab")),
    ("%.*s|", (-1, "abc")), ("%.*f", (-2, 2.5)), ("%(x)s-%(y)05d", {"x": "X", "y": 7}), ("%5%", (1,)),
    ("%%", ()), ("%d %d", (1,)), ("%d", (1, 2)), ("%y", (1,)), ("%(a", {"a": 1}), ("a%", ()),
    ("100%% sure %c%c", (72, "i")), ("%x|%X|%#o", (255, 255, 8)), ("%ld %hi %Lf", (5, 6, 7.5)),
    ("%(a)%", {"a": 1}), ("%\u00e9", (1,)), ("%d", (3.99,)), ("%i", (-2.5,)), ("%x", (3.0,)),
    ("%c", ("ab",)), ("%c", (1114112,)), ("%e|%g|%f", (1, 10**20, 2)), ("%s|%r", (1.0, 1e16)),
    ("%(x)s %(x)r", {"x": "it's"}), ("%-5d|%05d|%+d|% d", (-3, -3, 3, 3)), ("%#x %#X", (0, -255)),
    ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)), ("%10.4s|", ("abcdefg",)), ("%a", ("caf\u00e9",)),
    ("%s", ([1, 2],)), ("%*d", ("5", 1)), ("%.1000000000000f", (1.0,)), ("%99999999999999999999d", (1,)),
    ("%(a)s %s", {"a": 1}), ("%s %(a)s", (1,)), ("%#.3g|%-#8.0e|", (1.0, 2.0)), ("%03c|%-3c|", (65, "B")),
    ("%99999999999999d", (1,)), ("%(a)s|%(b)-4s|", {"a": "x", "b": "y"}),
]


def typed(v):
    if isinstance(v, bool) or not isinstance(v, (int, float, str)):
        return ["other", repr(v)]
    return [{int: "int", float: "float", str: "str"}[type(v)], repr(v) if isinstance(v, float) else str(v)]


def gen_percent():
    rows = []
    for fmt, args in PERCENT_CASES:
        if isinstance(args, dict):
            enc = {"mapping": {k: typed(v) for k, v in args.items()}}
        else:
            enc = {"args": [typed(v) for v in args]}
        rows.append(dict(format=fmt, **enc, **outcome(lambda: fmt % args)))
    write("percent.jsonl", rows)


def random_spec(rng):
    parts = []
    if rng.random() < 0.4:
        if rng.random() < 0.6:
            parts.append(rng.choice(" *0x\u00e9\U0001F642=<"))
        parts.append(rng.choice("<>^="))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.15:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.25:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randrange(0, 25)))
    if rng.random() < 0.25:
        parts.append(rng.choice([",", "_", ",_", "_,"]))
    if rng.random() < 0.4:
        parts.append("." + (str(rng.randrange(0, 20)) if rng.random() < 0.95 else ""))
    if rng.random() < 0.8:
        parts.append(rng.choice("bcdeEfFgGnosxX%") if rng.random() < 0.9 else rng.choice("aqrz?\u00e9"))
    return "".join(parts)


def gen_random_specs():
    rng = random.Random(SEED + 2)
    values = [0, 7, -7, 65, 1234567, -98765432109876543210, 2**70, 0.0, -0.0, 1.5, -1234.5678,
              1e-7, 123456789.125, 1e300, float("inf"), float("-inf"), float("nan"),
              "", "abc", "caf\u00e9", "longer string"]
    rows = []
    for _ in range(6000):
        spec = random_spec(rng)
        v = rng.choice(values)
        kind = {int: "int", float: "float", str: "str"}[type(v)]
        enc = bits(v) if kind == "float" else str(v)
        rows.append([kind, enc, spec, cell(lambda: format(v, spec))])
    write_table("specs.tsv.gz", ["type", "value", "spec", "out"], rows)


def random_percent(rng):
    parts = ["%"]
    for flag in rng.sample("-+ #0", rng.randrange(0, 4)):
        parts.append(flag)
    if rng.random() < 0.5:
        parts.append(str(rng.randrange(1, 20)))
    if rng.random() < 0.4:
        parts.append("." + str(rng.randrange(0, 15)))
    if rng.random() < 0.05:
        parts.append(rng.choice("hlL"))
    parts.append(rng.choice("diouxXeEfFgGcrsa") if rng.random() < 0.97 else rng.choice("%qz"))
    return "".join(parts)


def gen_random_percents():
    rng = random.Random(SEED + 3)
    values = [0, 7, -7, 65, 255, -98765432109876543210, 2**70, 0.0, -0.0, 1.5, -1234.5678, 1e-7,
              123456789.125, 1e300, float("inf"), float("nan"), "", "abc", "x", "it's"]
    rows = []
    for _ in range(4000):
        fmt = "[" + random_percent(rng) + "]"
        v = rng.choice(values)
        rows.append(dict(format=fmt, args=[typed(v)], **outcome(lambda: fmt % (v,))))
    write("percent_random.jsonl.gz", rows)


def random_number_text(rng):
    alphabet = ["0", "1", "7", "9", "_", "+", "-", ".", " ", "e", "E", "x", "o", "b", "B", "a", "f", "z",
                "i", "n", "inf", "nan", "infinity", "0x", "0o", "0b", "\t", "\u0663", "\u00a0", "\x1c", "\U0001D7D7"]
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))


def gen_parse():
    rows = []
    rng = random.Random(SEED + 4)
    for _ in range(3000):
        text, base = random_number_text(rng), rng.choice([0, 0, 10, 10, 2, 8, 16, 36])
        rows.append(dict(op="int", s=text, base=base, **outcome(lambda: str(int(text, base)))))
        text = random_number_text(rng)
        rows.append(dict(op="float", s=text, **outcome(lambda: repr(float(text)))))
    for text, base in INT_INPUTS:
        rows.append(dict(op="int", s=text, base=base, **outcome(lambda: str(int(text, base)))))
    for text in FLOAT_INPUTS:
        rows.append(dict(op="float", s=text, **outcome(lambda: repr(float(text)))))
    write("parse.jsonl.gz", rows)


if __name__ == "__main__":
    gen_floats()
    gen_ints()
    gen_strs()
    gen_misc()
    gen_parse()
    gen_percent()
    gen_random_specs()
    gen_random_percents()
