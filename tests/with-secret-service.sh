#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring: a real
# Secret Service for keychain tests, isolated from the person's own keyring.
set -euo pipefail
if [ -z "${IONWB_IN_SECRET_SESSION:-}" ]; then
  export IONWB_IN_SECRET_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
export HOME=$(mktemp -d)          # a fresh keyring directory each run
export XDG_DATA_HOME=$HOME/.local/share
export XDG_RUNTIME_DIR=$HOME/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
# The login keyring is created and unlocked with this throw-away password.
eval "$(printf 'ionwb-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
"$@"
