#!/usr/bin/env bash
# Runs runtime/py's value-model benchmarks and the same loops under CPython
# in one go and prints ns/op side by side with CPython/Go ratios.
# Usage: bash runtime/py/testdata/bench_compare.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(python3 testdata/bench_cpython.py)
go=$(go test -run '^$' -bench 'IntAdd|DictSetGet' -benchtime 2000000x -count 3 . | awk '/^Benchmark/ {n=$1; sub(/-[0-9]+$/, "", n); sub(/^Benchmark/, "", n); if (!(n in best) || $3 < best[n]) best[n]=$3} END {for (n in best) print n, best[n]}')
printf '%-24s %10s %10s %8s\n' benchmark go_ns cpython_ns ratio
while read -r name ns; do
  base=${name%Dynamic}; base=${base%Native}
  cp=$(awk -v k="$base" '$1 == k {print $2}' <<<"$py")
  ratio=$(awk -v a="$cp" -v b="$ns" 'BEGIN {printf "%.1fx", a / b}')
  printf '%-24s %10s %10s %8s\n' "$name" "$ns" "$cp" "$ratio"
done < <(sort <<<"$go")
echo "CPython for-loop overhead per iteration (subtracted): $(awk '$1 == "LoopOverhead" {print $2}' <<<"$py") ns"
