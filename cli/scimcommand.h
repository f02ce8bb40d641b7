// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// ion-workbench scim check --url URL --user ID --password-file FILE [--bearer|--basic] [--rate N] [--json]
// Runs the SCIM conformance run; exit 0 only when nothing failed, 1 when a check failed,
// 2 on bad arguments. The password is read from a file so it never shows in a process list.
namespace ScimCommand {
int check(const QStringList &arguments);
}
