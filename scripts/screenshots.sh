#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots from the real windows under Xvfb, in a throw-away profile.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (writes docs/screenshots/*.png)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dev}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
export XDG_CONFIG_HOME=$profile/config XDG_DATA_HOME=$profile/data LANGUAGE=en LC_ALL=C.UTF-8
xvfb-run -a -s "-screen 0 1280x900x24" \
  dbus-run-session -- "$build/app/ion-workbench" --screenshots "$here/docs/screenshots"
