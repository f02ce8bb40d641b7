// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Headless message-log commands:
//   ion-workbench log replicate (--ionapi FILE | --connection NAME) [--batch-size N]
//   ion-workbench log search    (--ionapi FILE | --connection NAME) [--filter F] [--limit N] [--json]
//   ion-workbench journal       (--ionapi FILE | --connection NAME) [--batch ID] [--json]
namespace LogCommands {
int replicate(const QStringList &arguments);
int search(const QStringList &arguments);
int journal(const QStringList &arguments);
}
