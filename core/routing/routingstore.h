// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/tenantrouting.h"

#include <optional>

// The routing model of a connection's tenant, kept in its replication environment (SQLite)
// next to the log it explains: read from the sandbox, imported from JSON or edited in the app.
namespace RoutingStore {
std::optional<TenantRouting> load(const QString &databasePath, QString *error);
bool save(const QString &databasePath, const TenantRouting &routing, QString *error);
}
