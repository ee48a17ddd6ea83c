#!/usr/bin/env python3
"""Regenerates runtime/pymod's golden outputs (golden.json).

Each case lives in runtime/pymod/*_test.go as {"name", `python code`,
func() {...}}; this script runs the snippet under CPython and records what
it prints, with an escaping exception recorded as a last line "!<the
traceback's last line>".

Run: python3 runtime/pymod/testdata/gen_golden.py
"""
import contextlib
import glob
import io
import json
import os
import re
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)
CASE_RE = re.compile(r'\{"([A-Za-z0-9_]+)",\s*`([^`]*)`', re.S)


def run_case(code):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(code, "<case>", "exec"), {"__name__": "__main__"})
        except BaseException as e:  # noqa: BLE001 - record every escape
            print("!" + traceback.format_exception_only(type(e), e)[-1].rstrip("\n"))
    return out.getvalue()


def main():
    golden = {}
    for path in sorted(glob.glob(os.path.join(PKG, "*_test.go"))):
        with open(path, encoding="utf-8") as f:
            for name, code in CASE_RE.findall(f.read()):
                if name in golden:
                    sys.exit(f"duplicate case {name}")
                golden[name] = run_case(code)
    with open(os.path.join(HERE, "golden.json"), "w", encoding="utf-8") as f:
        json.dump(golden, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print(f"{len(golden)} cases")


if __name__ == "__main__":
    main()
