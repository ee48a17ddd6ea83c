"""Regenerate the golden files of the differential suite from CPython.

Usage: python3 testdata/regen.py [PROGRAM.py ...]

For every testdata/programs/**/NAME.py (or the files given), run it with the
python3 running this script, from the program's directory, with stdin
closed, and write NAME.golden beside it in txtar format:

    -- stdout --      everything the program printed
    -- exit --        its exit status
    -- stderr --      the last line it wrote to stderr (empty when none)

Golden files are only ever written by this script. A program whose output
depends on wall-clock time or randomness does not belong in the suite.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 120


def programs(args):
    if args:
        return [os.path.abspath(a) for a in args]
    found = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, "programs")):
        found += [os.path.join(dirpath, f) for f in files if f.endswith(".py")]
    return sorted(found)


def golden(path):
    proc = subprocess.run(
        [sys.executable, os.path.basename(path)],
        cwd=os.path.dirname(path), stdin=subprocess.DEVNULL,
        capture_output=True, timeout=TIMEOUT,
        env=dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8"),
    )
    stderr = proc.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
    out = proc.stdout.decode("utf-8", "replace")
    if out and not out.endswith("\n"):
        out += "\n"
    return ("-- stdout --\n" + out +
            "-- exit --\n%d\n" % proc.returncode +
            "-- stderr --\n" + (stderr[-1] + "\n" if stderr[-1] else ""))


def main():
    for path in programs(sys.argv[1:]):
        text = golden(path)
        dest = path[:-3] + ".golden"
        old = open(dest, encoding="utf-8").read() if os.path.exists(dest) else None
        if text != old:
            with open(dest, "w", encoding="utf-8") as f:
                f.write(text)
            print("wrote", os.path.relpath(dest, ROOT))


if __name__ == "__main__":
    main()
