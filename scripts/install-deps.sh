#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything ION Workbench needs to build, run and test on Debian 12 or 13.
# Idempotent: packages already present are left alone.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev qt6-charts-dev libqt6sql6-sqlite qt6-qpa-plugins
  libssl-dev libgl-dev
  # tests: a real Secret Service, an X server for screenshots, metadata validators
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  desktop-file-utils appstream fonts-dejavu-core libqt6svg6 libxml2-utils
)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# A fresh machine may have no package lists yet: the checks below need them.
if ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
  $SUDO apt-get update -qq
fi
has_candidate() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [0-9]'; }
# KSyntaxHighlighting for Qt 6 exists from Debian 13 on; optional elsewhere.
if has_candidate libkf6syntaxhighlighting-dev; then
  packages+=(libkf6syntaxhighlighting-dev)
fi
# Qt Charts needs Qt OpenGL's CMake files: their own package on Debian 12, in qt6-base-dev on 13.
if has_candidate libqt6opengl6-dev; then
  packages+=(libqt6opengl6-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
