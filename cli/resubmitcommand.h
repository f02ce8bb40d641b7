// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// ion-workbench resubmit (--ionapi FILE | --connection NAME)
//     (--filter F | --files DIR | --resume) [--force] [--concurrency N] [--rate N] [--json]
// Journals the selection as a batch, skips documents already resubmitted and accepted (unless
// --force), sends the rest; --resume finishes what an interrupted run left. Exit code 0 when
// nothing is left failed or pending, 1 otherwise, 2 on bad input.
namespace ResubmitCommand {
int run(const QStringList &arguments);
}
