#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes (once) an untouched `debootstrap --variant=minbase` tree of a Debian release and keeps it
# only as a tarball: every CI run extracts it fresh, so nothing installed by hand or by an earlier
# run can hide a missing install step.
# Usage: pristine-base.sh RELEASE   (prints the tarball's path)
set -euo pipefail
release=${1:?release, e.g. bookworm}
cache=${ION_CI_CACHE:-/var/cache/ion-workbench}
tarball="$cache/base-$release.tar"
mkdir -p "$cache"
exec 8>"$tarball.lock"
flock 8
if [ ! -s "$tarball" ]; then
  if ! command -v debootstrap >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >&2
  fi
  # The mirror the host's apt already uses; no host name is written here.
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  tmp=$(mktemp -d "$cache/debootstrap-$release.XXXXXX")
  debootstrap --variant=minbase "$release" "$tmp" ${mirror:+"$mirror"} >&2
  rm -f "$tmp"/var/cache/apt/archives/*.deb
  tar -C "$tmp" --numeric-owner -cf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$tmp"
fi
echo "$tarball"
