#!/usr/bin/env python3
"""Regenerates the golden outputs of runtime/py's differential tests.

The Python snippet of every case lives next to its Go implementation in
runtime/py/*_test.go, as {"name", `python code`, func() {...}}. This script
extracts the snippets, runs each one under CPython and records what it
prints; an exception that escapes is recorded as a last line
"!<traceback's last line>". It also writes numbers.json: seeded random
floats and ints with CPython's repr and format() results.

Run from anywhere:  python3 runtime/py/testdata/gen_golden.py
"""
import contextlib
import glob
import io
import json
import math
import os
import random
import re
import struct
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)
CASE_RE = re.compile(r'\{"([A-Za-z0-9_]+)",\s*`([^`]*)`', re.S)


def run_case(code):
    out = io.StringIO()
    sys.stdin = io.StringIO("")
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(code, "<case>", "exec"), {"__name__": "__main__"})
        except BaseException as e:  # noqa: BLE001 - record every escape
            last = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
            print("!" + last)
    return out.getvalue()



def run_exit_case(code):
    """Runs code as a script; returns its stdout, stderr and exit status
    with the temporary directory's path replaced by /TMP."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "prog.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(code)
        p = subprocess.run([sys.executable, path], capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=d)
        return {"stdout": p.stdout, "stderr": p.stderr.replace(d, "/TMP"), "rc": p.returncode}


def cases():
    seen = {}
    for path in sorted(glob.glob(os.path.join(PKG, "*_test.go"))):
        with open(path, encoding="utf-8") as f:
            for name, code in CASE_RE.findall(f.read()):
                if name in seen:
                    sys.exit(f"duplicate case {name}")
                seen[name] = code
    return seen


FLOAT_SPECS = ["", ".3f", ".10e", "g", ".2g", ".17g", "e", ",.2f", "12.4E", "%", "+.1f", "_.3f", "<15", "^+20.6e", "#.0f", "010.3f", "G", ".0e"]
INT_SPECS = ["", "d", ",", "_", "x", "#X", "o", "#b", "_x", "+08d", "^30,", "e", ".3f", "c", "%", "n", "=+12d", ".2e"]


def numbers():
    rnd = random.Random(20261124)
    floats, ints = [], []
    for i in range(5000):
        kind = i % 5
        if kind == 0:
            f = rnd.random()
        elif kind == 1:
            f = rnd.uniform(-1e6, 1e6)
        elif kind == 2:
            f = struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0]
            if math.isnan(f):
                f = float("nan")
        elif kind == 3:
            f = round(rnd.uniform(-1000, 1000), rnd.randrange(0, 6))
        else:
            f = rnd.random() * 10.0 ** rnd.randrange(-30, 30)
        spec = FLOAT_SPECS[i % len(FLOAT_SPECS)]
        floats.append({"bits": struct.unpack("<Q", struct.pack("<d", f))[0], "repr": repr(f),
                       "spec": spec, "format": format(f, spec),
                       "round2": repr(round(f, 2)) if math.isfinite(f) else "",
                       "str_int": str(int(f)) if math.isfinite(f) and abs(f) < 1e300 else ""})
    for i in range(5000):
        bits = rnd.choice([8, 31, 63, 64, 65, 100, 200])
        n = rnd.getrandbits(bits) * rnd.choice([1, -1])
        spec = INT_SPECS[i % len(INT_SPECS)]
        if spec == "c":
            n = abs(n) % 0x110000
            if 0xD800 <= n <= 0xDFFF:
                n = 65
        try:
            formatted = format(n, spec)
        except (ValueError, OverflowError) as e:
            formatted = "!" + type(e).__name__ + ": " + str(e)
        m = rnd.getrandbits(40) + 1
        ints.append({"int": str(n), "repr": repr(n), "spec": spec, "format": formatted,
                     "hex": hex(n), "floordiv": str(n // m), "mod": str(n % m), "div": str(m), "float": repr(float(n))})
    return {"floats": floats, "ints": ints}


def main():
    all_cases = cases()
    golden = {name: run_case(code) for name, code in all_cases.items() if not name.startswith("exit_")}
    exits = {name: run_exit_case(code) for name, code in all_cases.items() if name.startswith("exit_")}
    with open(os.path.join(HERE, "exits.json"), "w", encoding="utf-8") as f:
        json.dump(exits, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "golden.json"), "w", encoding="utf-8") as f:
        json.dump(golden, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "numbers.json"), "w", encoding="utf-8") as f:
        json.dump(numbers(), f, indent=0, ensure_ascii=False)
        f.write("\n")
    print(f"{len(golden)} cases, {len(exits)} exit cases, python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
