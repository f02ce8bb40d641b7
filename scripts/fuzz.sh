#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets (`fuzz` preset: clang, libFuzzer, address and undefined-behaviour
# sanitizers) and runs each for FUZZ_SECONDS (default 30). Fails on any crash, leak, input
# slower than 1 s or memory over 1 GB; the input that did it is kept under build/fuzz/findings/
# and belongs in tests/data/fuzz/<target>/ once fixed, where the test suite replays it.
#   FUZZ_SECONDS=300 bash scripts/fuzz.sh            every target, 5 minutes each
#   bash scripts/fuzz.sh fuzz_bod fuzz_flowfilter    only these
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/install-deps.sh" --fuzz
cd "$here"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
build="$here/build/fuzz"
seconds=${FUZZ_SECONDS:-30}
mkdir -p "$build/findings"
failed=()
ran=0
while IFS='|' read -r target dict inputs; do
  [ -n "$target" ] || continue
  if [ $# -gt 0 ] && [[ " $* " != *" $target "* ]]; then continue; fi
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  # shellcheck disable=SC2086 # the inputs are a list of folders
  if "$build/fuzz/$target" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
       -print_final_stats=1 -artifact_prefix="$build/findings/$target-" ${dict:+-dict="$dict"} \
       "$corpus" $inputs >"$build/$target.log" 2>&1; then
    echo "$target: clean ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$target.log" | grep -o '[0-9]*$') runs in ${seconds} s, corpus $(ls "$corpus" | wc -l))"
  else
    echo "$target: FAILED"; tail -n 40 "$build/$target.log"; failed+=("$target")
  fi
  ran=$((ran + 1))
done < "$build/fuzz-targets.txt"
[ "$ran" -gt 0 ] || { echo "fuzz.sh: no target ran"; exit 1; }
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: ${#failed[@]} of $ran targets found something: ${failed[*]}; inputs in $build/findings/"
  exit 1
fi
echo "fuzz.sh: $ran targets ran clean for ${seconds} s each"
