#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the fault test (real processes, faults, kills) N times, each with its own seed, and
# prints pass or fail per seed; the log of a failed run is kept. Builds the dev preset first.
#   bash scripts/soak.sh 20                          20 runs, random seeds
#   SEEDS="17 4242" bash scripts/soak.sh             these seeds
#   IONWB_FAULT_TEST_DOCUMENTS=2000 bash scripts/soak.sh 50   shorter runs
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-20}
bash "$here/scripts/install-deps.sh"
cd "$here"
cmake --preset dev >/dev/null
cmake --build --preset dev --target tst_faultresubmit ion-workbench ion-sandbox >/dev/null
logs="$here/build/dev/soak"
mkdir -p "$logs"
# Copies, so that a rebuild while the soak runs cannot swap a program under a run.
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
cp build/dev/tests/tst_faultresubmit build/dev/app/ion-workbench build/dev/sandbox/ion-sandbox "$bin/"
export ION_FAULT_WORKBENCH="$bin/ion-workbench" ION_FAULT_SANDBOX="$bin/ion-sandbox"
seeds=${SEEDS:-$(for _ in $(seq "$runs"); do echo $((RANDOM * 32768 + RANDOM + 1)); done)}
passed=0 failed=0
for seed in $seeds; do
  start=$(date +%s)
  if ION_FAULT_SEED=$seed QT_QPA_PLATFORM=offscreen QTEST_FUNCTION_TIMEOUT=840000 \
       timeout 900 "$bin/tst_faultresubmit" >"$logs/$seed.log" 2>&1; then
    passed=$((passed + 1)); echo "seed $seed: pass ($(( $(date +%s) - start )) s)"; rm -f "$logs/$seed.log"
  else
    failed=$((failed + 1)); echo "seed $seed: FAIL ($(( $(date +%s) - start )) s), log $logs/$seed.log"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
