#!/usr/bin/env bash
# Regenerates the golden files of the ordering scenarios: each
# order/NN_name.py is run under CPython 3.11 (python3); its stdout becomes
# order/NN_name.golden and its stderr order/NN_name.stderr, with the
# script's absolute path written FILE and the standard library's folder
# written /usr/local/lib/python3.11 (the folder the runtime's reprs name).
# Run from anywhere:
# runtime/asyncio/testdata/regen.sh
set -euo pipefail
cd "$(dirname "$0")/order"
PY=${PYTHON:-python3}
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version'
LIB=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
for f in [0-9][0-9]_*.py; do
  n=${f%.py}
  "$PY" "$PWD/$f" > "$n.golden" 2> "$n.stderr.raw" || true
  sed -e "s#$PWD/$f#FILE#g" -e "s#$LIB#/usr/local/lib/python3.11#g" "$n.stderr.raw" > "$n.stderr"
  rm -f "$n.stderr.raw"
  [ -s "$n.stderr" ] || rm -f "$n.stderr"
done
