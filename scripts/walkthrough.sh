#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The walk through every page, menu and dialog at 1024x700 and 1600x970, in English and German,
# checked for cut text and saved to docs/screenshots/walkthrough/<language>/<size>/.
# Usage: scripts/walkthrough.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dev}
out=$here/docs/screenshots/walkthrough
rm -rf "$out"
for language in en de; do
  IONWB_TEST_LANGUAGE=$language IONWB_WALKTHROUGH_DIR=$out QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$build/tests/tst_walkthrough"
done
