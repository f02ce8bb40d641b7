// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/environmentschema.h"

#include "environment/replicationenvironment.h"
#include "environment/sqliteconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool EnvironmentSchema::create(const ReplicationEnvironment &e, QString *error)
{
    SqliteConnection db(e.databasePath);
    if (!db.open(error))
        return false;
    QSqlQuery(db.database()).exec(u"PRAGMA journal_mode = WAL"_s); // not allowed inside a transaction
    if (!db.exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                 "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s,
                 error))
        return false;
    QSqlQuery q(db.database());
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    const QList<QPair<QString, QString>> meta {{u"id"_s, e.id}, {u"name"_s, e.name}, {u"erp"_s, e.erp},
                                               {u"region"_s, e.region}};
    for (const auto &[k, v] : meta) {
        q.addBindValue(k);
        q.addBindValue(v);
        if (!q.exec()) {
            if (error)
                *error = QCoreApplication::translate("EnvironmentSchema", "Could not write the environment's metadata.");
            return false;
        }
    }
    return db.exec(u"DELETE FROM schema_version; INSERT INTO schema_version VALUES (1)"_s, error);
}

bool EnvironmentSchema::verify(const QString &databasePath, QString *error)
{
    SqliteConnection db(databasePath);
    if (!db.open(error))
        return false;
    QSqlQuery q(db.database());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok"_s) {
        if (error)
            *error = QCoreApplication::translate("EnvironmentSchema", "The new database failed its integrity check.");
        return false;
    }
    if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next() || q.value(0).toInt() != 1) {
        if (error)
            *error = QCoreApplication::translate("EnvironmentSchema", "The new database has no schema version.");
        return false;
    }
    return true;
}
