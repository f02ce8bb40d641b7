// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;
class QSqlQuery;

// The few places where SQLite and PostgreSQL speak differently, named once, so that the
// stores write one statement for both engines.
enum class SqlDialect { Sqlite, Postgres };

namespace Sql {
SqlDialect dialectOf(const QSqlDatabase &db);
// The schema as the migrations write it (SQLite's types) in the engine's words: on PostgreSQL
// integers are 64-bit, row ids are identities, blobs are bytea and text compares byte by byte
// (COLLATE "C", as SQLite does, so both sort and page the same).
QString ddl(SqlDialect dialect, const QString &statement);
// ASCII case-insensitive LIKE (SQLite's LIKE; PostgreSQL's ILIKE).
QString like(SqlDialect dialect);
// "the blob `column` contains the UTF-8 of the bound text" (one ? placeholder).
QString blobContains(SqlDialect dialect, const QString &column);
// A column that keeps insertion order for tables without a key of their own.
QString insertionOrder(SqlDialect dialect);
// Starts a transaction that only one process at a time is in for `what` (SQLite: BEGIN
// IMMEDIATE, the database's write lock; PostgreSQL: a transaction-level advisory lock).
bool beginExclusive(const QSqlDatabase &db, const QString &what, QString *error);
// -1 when it cannot be read.
int tableExists(QSqlQuery &q, SqlDialect dialect, const QString &table);
bool hasColumn(QSqlQuery &q, SqlDialect dialect, const QString &table, const QString &column);
} // namespace Sql
