#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots from the real windows (1280x800) under Xvfb, in a throw-away
# profile. Usage: scripts/screenshots.sh [BUILD_DIR] [en|de]
#   en (default) writes docs/screenshots/*.png, de writes docs/screenshots/de/*.png.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dev}
language=${2:-en}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
out=$here/docs/screenshots
locale=C.UTF-8
if [ "$language" = de ]; then
  out=$here/docs/screenshots/de
  locale=de_DE.UTF-8
fi
export XDG_CONFIG_HOME=$profile/config XDG_DATA_HOME=$profile/data LANGUAGE=$language LC_ALL=$locale LANG=$locale
xvfb-run -a -s "-screen 0 1280x900x24" \
  dbus-run-session -- "$build/app/ion-workbench" --screenshots "$out"
