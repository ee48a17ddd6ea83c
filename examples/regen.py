"""Regenerate the golden outputs of the examples from CPython.

Usage: python3 examples/regen.py [EXAMPLE.py ...]

For every examples/*.py (or the files given) it runs the differential
suite's generator, testdata/regen.py, which writes NAME.golden beside the
script: its stdout, exit status and last stderr line under the python3
running this script.
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    scripts = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.py")))
    scripts = [s for s in scripts if os.path.basename(s) != "regen.py"]
    regen = os.path.join(HERE, "..", "testdata", "regen.py")
    subprocess.run([sys.executable, regen] + scripts, check=True)


if __name__ == "__main__":
    main()
