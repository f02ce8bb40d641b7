// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Headless flow diagnostics:
//   ion-workbench flow test --bod FILE --filter 'CONDITION' [--json]
//     exit 0 the BOD passes, 1 it is filtered out, 2 a bad condition or file
//   ion-workbench flow diagnose --routing FILE --bod FILE [--from LID] [--to LID] [--json]
//     exit 0 it arrives, 1 it does not, 2 a bad routing file or BOD file
namespace FlowCommands {
int test(const QStringList &arguments);
int diagnose(const QStringList &arguments);
}
