#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The package's MIME definition builds a database in which *.ionapi is the type the .desktop
# file names. Usage: checkmimetype.sh MIME_XML DESKTOP_FILE
set -eu
xml=$1 desktop=$2
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
mkdir -p "$db/packages"
cp "$xml" "$db/packages/ion-workbench.xml"
update-mime-database "$db" >/dev/null 2>&1 || { echo "update-mime-database refused $xml"; exit 1; }
type=$(awk -F: '$3 == "*.ionapi" {print $2}' "$db/globs2")
[ -n "$type" ] || { echo "no glob *.ionapi in the built database"; exit 1; }
grep -q "^MimeType=.*$type;" "$desktop" || { echo "the .desktop file does not name $type"; exit 1; }
echo "*.ionapi is $type, which the .desktop file opens"
