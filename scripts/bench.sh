#!/usr/bin/env bash
# Builds the release preset, runs every benchmark, and writes build/release/bench-results.json
# ({"figures": [{name, value, unit, baseline, baselineValue, ratio, goal, met}]}) and its table.
#   bash scripts/bench.sh                  # all of them (about 25 minutes on 2 cores)
#   bash scripts/bench.sh --readme         # and put the table into README.md
#   BENCHES="bench_bod" bash scripts/bench.sh   # some of them
# Exit status 1 when a figure missed its goal.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build build/release
out=build/release
lines="$out/bench-results.jsonl"
rm -f "$lines"
failed=0
export IONWB_BENCH_RESULTS="$PWD/$lines"
for bench in ${BENCHES:-bench_startup bench_replication bench_resubmit bench_bod bench_messagelog bench_teamstore}; do
  echo "== $bench"
  "$out/tests/benchmarks/$bench" || { echo "$bench exited with $?"; failed=1; }
done
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1024/1024}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || echo 6)"
args=("$lines" "$out/bench-results.json" --machine "$machine")
[[ "${1:-}" == "--readme" ]] && args+=(--readme README.md)
echo "== figures ($out/bench-results.json)"
"$out/tests/benchmarks/bench_report" "${args[@]}" || failed=1
exit "$failed"
