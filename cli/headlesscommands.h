// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Commands for scripts and support, run without a window:
//   ion-workbench ionapi show FILE [--json]
//   ion-workbench test-connection FILE [--json] [--trust-cert PEM] [--timeout S] [--client-auth M]
//   ion-workbench bod inspect FILE [--json]
namespace HeadlessCommands {
// True when the arguments name a headless command (so no QApplication is needed).
bool isHeadless(const QStringList &arguments);
// One line per command, for --help.
QString usage();
// Runs it; returns the process exit code.
int run(const QStringList &arguments);
}
