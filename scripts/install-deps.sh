#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything ION Workbench needs to build, run and test on Debian 12 or 13.
#   install-deps.sh          build, run and test
#   install-deps.sh --fuzz   also clang with libFuzzer and the sanitizers (the `fuzz` preset)
# The package names are fixed per Debian release (read from /etc/os-release), never probed:
# a probe through a pipe once lied under pipefail and left packages out. Running it twice is a
# no-op: when every package is installed, apt is not even asked.
set -euo pipefail

fuzz=false
for arg in "$@"; do
  case "$arg" in
    --fuzz) fuzz=true ;;
    *) echo "install-deps.sh: unknown option $arg (known: --fuzz)" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake ninja-build pkg-config git file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev qt6-charts-dev libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
  qt6-translations-l10n # Qt's own strings (dialog buttons) in the person's language
  libssl-dev libgl-dev
  # tests: a real Secret Service, an X server for screenshots, metadata validators
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  desktop-file-utils appstream shared-mime-info xdg-utils fonts-dejavu-core libxml2-utils
  # team environments: Qt's PostgreSQL driver, and a server the tests start a throwaway cluster of
  libqt6sql6-psql postgresql
)

codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
case "$codename" in
  bookworm)
    # Qt Charts needs Qt OpenGL's CMake files, a package of their own on Debian 12.
    packages+=(libqt6opengl6-dev)
    $fuzz && packages+=(clang libclang-rt-14-dev)
    ;;
  trixie)
    # Qt 6.8: OpenGL's CMake files are in qt6-base-dev; KSyntaxHighlighting for Qt 6 exists;
    # the SVG icon and image plugins left libqt6svg6 for a package of their own.
    packages+=(libkf6syntaxhighlighting-dev qt6-svg-plugins)
    $fuzz && packages+=(clang libclang-rt-19-dev)
    ;;
  *)
    echo "install-deps.sh: Debian 12 (bookworm) and 13 (trixie) are supported; this is '${codename:-unknown}'." >&2
    echo "install-deps.sh: trying the Debian 13 package names." >&2
    packages+=(libkf6syntaxhighlighting-dev qt6-svg-plugins)
    $fuzz && packages+=(clang libclang-rt-dev)
    ;;
esac

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps.sh: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
