// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct ReplicationEnvironment;

// The tables inside one environment's database.
namespace EnvironmentSchema {
bool create(const ReplicationEnvironment &environment, QString *error);
bool verify(const QString &databasePath, QString *error);
}
