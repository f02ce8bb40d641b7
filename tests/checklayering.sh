#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of docs/architecture.md: core/ and cli/ use no Widgets and no Gui and include
# nothing above them; widgets/ and sandbox/ include nothing of cli/ or app/.
# Usage: checklayering.sh SOURCE_DIR
set -eu
cd "$1"
status=0
headers_of() { for f in "$1"/*.h; do basename "$f"; done | sed 's/^/"/; s/$/"/'; }
forbid() { # folder pattern why
  found=$(grep -rnE "$2" "$1" --include='*.h' --include='*.cpp' || true)
  if [ -n "$found" ]; then
    echo "$1 must not $3:"; echo "$found"; status=1
  fi
}
gui='#include <(Qt(Widgets|Gui|Charts)/|Q(Widget|Application|GuiApplication|Icon|Color|Font|Pixmap|Painter|Image|Brush|Palette)>)'
forbid core "$gui" "use Widgets or Gui"
forbid cli "$gui" "use Widgets or Gui"
# folder: the folders whose headers it may not include
for rule in "core:cli widgets app sandbox" "cli:widgets app sandbox" "widgets:cli app sandbox" "sandbox:cli widgets app"; do
  folder=${rule%%:*}
  for above in ${rule#*:}; do
    for h in $(headers_of "$above"); do
      forbid "$folder" "#include $h" "include $above/ ($h)"
    done
  done
done
[ "$status" -eq 0 ] && echo "core/ and cli/ use no Widgets or Gui; no layer includes one above it"
exit "$status"
