// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Who does something in a shared environment, as teammates are told: the account this process
// runs as, on which computer, with which version of the workbench.
namespace Actor {
// From the system, since a process started by a script or a service often has no USER.
QString account();
QString host();
QString appVersion();
// "anna@host"
QString name();
} // namespace Actor
