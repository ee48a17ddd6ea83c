#!/bin/sh
# Records CPython's output of the scripts the tests of this package replay.
set -e
cd "$(dirname "$0")"
python3 surface.py > surface.golden 2>&1
