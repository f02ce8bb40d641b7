// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/databaselocation.h"
#include "environment/sqldialect.h"

#include <QSqlDatabase>
#include <QString>

// One named QSqlDatabase connection for the lifetime of this object, to a SQLite file or a
// PostgreSQL database (see DatabaseLocation): Qt keeps connections in a global registry, so each
// owner gets a unique name and removes it when done. Connections belong to the thread that
// opens them: each store and worker makes its own.
class DatabaseConnection
{
public:
    explicit DatabaseConnection(const QString &location);
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    // False with a reason that says what to do (for PostgreSQL: unreachable, authentication, …).
    bool open(QString *error);
    QSqlDatabase database() const;
    SqlDialect dialect() const;
    const DatabaseLocation &location() const { return m_location; }
    // Runs statements separated by ';' in one transaction.
    bool exec(const QString &script, QString *error);

    // The password for a PostgreSQL location (by its displayName()), held in this process only
    // (read from the keychain). Without one libpq's own ~/.pgpass and PGPASSWORD apply.
    static void setPassword(const QString &displayName, const QString &password);

private:
    QString m_name;
    DatabaseLocation m_location;
    QString m_locationError;
};
