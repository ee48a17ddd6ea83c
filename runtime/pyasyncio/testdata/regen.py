"""Regenerate the golden outputs of the pyasyncio API scenarios from CPython.

Usage: python3 runtime/pyasyncio/testdata/regen.py

Every api/NAME.py is run with the python3 running this script (3.11) and
its stdout is written to api/NAME.golden. The Go test api_test.go replays
each scenario against the Python surface of runtime/pyasyncio and compares
its output with the golden file; golden files are only written here.
stub/ is on the path for modules CPython lacks here (uvloop: see
stub/uvloop.py).
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("the goldens are CPython 3.11's: run this with python3.11")
    for path in sorted(glob.glob(os.path.join(HERE, "api", "*.py"))):
        proc = subprocess.run(
            [sys.executable, path], capture_output=True, text=True, timeout=60,
            env=dict(os.environ, PYTHONHASHSEED="0",
                     PYTHONPATH=os.path.join(HERE, "stub")))
        if proc.returncode != 0:
            sys.exit("%s failed:\n%s" % (path, proc.stderr))
        golden = path[:-3] + ".golden"
        old = open(golden).read() if os.path.exists(golden) else None
        if proc.stdout != old:
            with open(golden, "w") as f:
                f.write(proc.stdout)
            print("wrote", os.path.relpath(golden, HERE))


if __name__ == "__main__":
    main()
