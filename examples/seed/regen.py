"""Regenerate the golden outputs of the seed's programs from CPython.

Usage: python3 examples/seed/regen.py

Runs testdata/regen.py on every examples/seed/NN_*.py. 02_uvloop needs the
uvloop package: its golden is made with Debian's /usr/bin/python3 when that
interpreter can import uvloop (apt install python3-uvloop), else skipped
with a message. 04_wait gets no golden: CPython 3.11 rejects its bare
coroutines, and asyncgen runs it as Python 3.8 did (see seed_test.go).
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REGEN = os.path.join(HERE, "..", "..", "testdata", "regen.py")


def main():
    scripts = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.py")))
    plain = [s for s in scripts if not s.endswith(("02_uvloop.py", "04_wait.py"))]
    subprocess.run([sys.executable, REGEN] + plain, check=True)
    uvloop_py = "/usr/bin/python3"
    ok = subprocess.run([uvloop_py, "-c", "import uvloop"], capture_output=True).returncode == 0
    if ok:
        subprocess.run([uvloop_py, REGEN, os.path.join(HERE, "02_uvloop.py")], check=True)
    else:
        print("02_uvloop: no uvloop for /usr/bin/python3; golden left as it is", file=sys.stderr)


if __name__ == "__main__":
    main()
