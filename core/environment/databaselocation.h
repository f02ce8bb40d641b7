// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Where an environment's database lives: a SQLite file on this computer, or a database on a
// PostgreSQL server that a team shares. Written as a path or as
// postgresql://user@host:port/database?sslmode=verify-full; the text is what the environment
// registry keeps and what --store takes. A password never belongs in it: it comes from the
// keychain, ~/.pgpass or PGPASSWORD.
struct DatabaseLocation
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // libpq's: disable, prefer, require, verify-ca, verify-full (empty: libpq's default)

    bool isPostgres() const { return kind == Kind::Postgres; }
    // The canonical text: the path, or the URL without a password.
    QString toString() const;
    // "user@host:port/database" for messages and the keychain.
    QString displayName() const;

    static bool looksLikeUrl(const QString &text);
    // A path is taken as it is; a URL is checked (scheme, host, database, no password, a known
    // sslmode), with the reason when it is wrong.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    static DatabaseLocation postgres(const QString &host, int port, const QString &database, const QString &user,
                                     const QString &sslMode);
    static QStringList sslModes();
};
