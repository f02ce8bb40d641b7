#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and runs every test (benchmarks excluded: label "benchmark").
# BUILD_DIR overrides the build folder; BUILD_TYPE the CMake build type (default Debug).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/install-deps.sh"
build=${BUILD_DIR:-$here/build/ci}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Debug}" -DCMAKE_CXX_FLAGS="-Wall -Wextra" ${CMAKE_ARGS:-}
cmake --build "$build" --parallel
cd "$build"
ctest --output-on-failure --label-exclude benchmark --parallel 2 --timeout 300
