// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class SecretStore;

// The password of a team environment's PostgreSQL user, kept in the OS keychain beside the
// connections' secrets (never in settings, a URL or a command line) and handed to this process's
// database connections. Without one, libpq's ~/.pgpass and PGPASSWORD apply.
namespace EnvironmentPasswords {
QString keychainKey(const QString &location);
// Keeps it for this process at once, and in the keychain (`done` with an error text, empty when kept).
void save(SecretStore *secrets, const QString &location, const QString &password,
          const std::function<void(const QString &error)> &done);
// Reads it from the keychain into this process before a connection opens; a SQLite location
// or no keychain entry is not an error (then libpq looks for itself).
void load(SecretStore *secrets, const QString &location, const std::function<void()> &done);
} // namespace EnvironmentPasswords
