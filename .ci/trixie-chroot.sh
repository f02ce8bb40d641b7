#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and tests ION Workbench in a Debian 13 (trixie) chroot: Qt 6.8 with KF6 SyntaxHighlighting.
# Usage: trixie-chroot.sh SOURCE_DIR
# The chroot is cached in $TRIXIE_ROOT (default /var/cache/ion-workbench/trixie) and reused.
set -euo pipefail
src=$(cd "${1:?source dir}" && pwd)
root=${TRIXIE_ROOT:-/var/cache/ion-workbench/trixie}

# The mirror the host's apt already uses; no host name is hard-coded here.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)

if ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
fi
if [ ! -f "$root/.ion-workbench-complete" ]; then
  rm -rf "$root"
  mkdir -p "$(dirname "$root")"
  debootstrap --variant=minbase trixie "$root" ${mirror:+"$mirror"}
  touch "$root/.ion-workbench-complete"
fi

# One run at a time per chroot: a second run would unmount the first one's bind mounts.
exec 9>"$root.lock"
flock 9

unmount_all() {
  for m in "$root/work/src" "$root/dev/pts" "$root/dev" "$root/proc" "$root/sys"; do
    if mountpoint -q "$m"; then umount -l "$m" || true; fi
  done
}
# A run that was killed leaves its mounts behind; start from none.
unmount_all
trap unmount_all EXIT
mkdir -p "$root/work/src"
mount --bind "$src" "$root/work/src"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 CI="${CI:-}" \
  bash -c 'cd /work/src && bash scripts/install-deps.sh && BUILD_DIR=/work/build-trixie CMAKE_ARGS=-DIONWB_REQUIRE_KSYNTAXHIGHLIGHTING=ON bash scripts/run-tests.sh'
