#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a pristine Debian tree: the release's untouched minbase tarball extracted
# fresh, the source copied in, nothing else. Downloaded .deb files are cached between runs
# (apt still installs every one of them); nothing installed survives the run.
# Usage: in-pristine.sh RELEASE SOURCE_DIR OUT_DIR COMMAND
#   SOURCE_DIR is copied to /work/src, OUT_DIR is bound to /work/out (artifacts go both ways).
set -euo pipefail
release=${1:?release}
src=$(cd "${2:?source dir}" && pwd)
mkdir -p "${3:?out dir}"
out=$(cd "$3" && pwd)
command=${4:?command}
here=$(cd "$(dirname "$0")" && pwd)
cache=${ION_CI_CACHE:-/var/cache/ion-workbench}

tarball=$(bash "$here/pristine-base.sh" "$release")
debs="$cache/debs-$release"
mkdir -p "$debs/partial"
root=$(mktemp -d "${TMPDIR:-/var/tmp}/ion-ci-$release.XXXXXX")

mounts=()
cleanup() {
  local i
  for (( i=${#mounts[@]}-1; i>=0; i-- )); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
  [ -n "${ION_CI_KEEP:-}" ] || rm -rf --one-file-system "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM # so that a killed run still unmounts and removes its tree
bind() { mkdir -p "$2"; mount "${@:3}" "$1" "$2"; mounts+=("$2"); }

tar -C "$root" --numeric-owner -xf "$tarball"
# It becomes /: other users (the tests' PostgreSQL runs as postgres) must get through. After tar,
# which gives it the mode the base was made in (mktemp's 0700).
chmod 755 "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Packages start no services in the tree (PostgreSQL's would outlive it); tests start their own.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
bind proc "$root/proc" -t proc
bind sys "$root/sys" -t sysfs
bind /dev "$root/dev" --bind
bind /dev/pts "$root/dev/pts" --bind
bind "$debs" "$root/var/cache/apt/archives" --bind
bind "$out" "$root/work/out" --bind
mkdir -p "$root/work/src"
tar -C "$src" --exclude=./build --exclude='./build-*' -cf - . | tar -C "$root/work/src" -xf -

echo "== pristine $release ($(du -sh "$tarball" | cut -f1) base, extracted at $root): $command"
chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 CI="${CI:-}" ION_FAULT_SEED="${ION_FAULT_SEED:-}" \
  bash -c "cd /work/src && $command"
