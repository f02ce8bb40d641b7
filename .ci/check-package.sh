#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# In an empty Debian tree: installs the .deb with apt (so its dependencies alone must make it
# work), then runs the installed program: version, a headless command, the MIME type, and the
# window in smoke mode. Only Xvfb and the MIME query tools are added, as a desktop would have.
# Usage: check-package.sh DIR_WITH_DEB_AND_IONAPI
set -euo pipefail
dir=${1:?dir}
deb=$(ls "$dir"/ion-workbench_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  xvfb xauth xdg-utils libfile-mimeinfo-perl >/dev/null
command -v ion-workbench
ion-workbench --version
ion-workbench ionapi show "$dir/cloud.ionapi"
cp "$dir/cloud.ionapi" /tmp/x.ionapi
type=$(xdg-mime query filetype /tmp/x.ionapi)
echo "xdg-mime query filetype x.ionapi: $type"
[ "$type" = "application/x-ionapi+json" ]
xvfb-run -a -s "-screen 0 1600x1000x24" ion-workbench --demo --smoke --smoke-screenshot "$dir/smoke-installed.png"
