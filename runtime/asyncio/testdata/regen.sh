#!/usr/bin/env bash
# Regenerates the golden files of the ordering scenarios: each
# order/NN_name.py is run under CPython 3.11 (python3) and its stdout becomes
# order/NN_name.golden. Run from anywhere: runtime/asyncio/testdata/regen.sh
set -euo pipefail
cd "$(dirname "$0")/order"
PY=${PYTHON:-python3}
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' 
for f in [0-9][0-9]_*.py; do
  "$PY" "$f" > "${f%.py}.golden"
done
