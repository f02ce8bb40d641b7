// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/environmentmigrations.h"

#include "environment/sqldialect.h"
#include "messagelog/logrollups.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EnvironmentMigrations", text);
}

bool run(QSqlQuery &q, const QString &statement, QString *error)
{
    if (q.exec(statement))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// The statements are written in SQLite's words; Sql::ddl says them in the engine's.
bool runAll(QSqlQuery &q, SqlDialect d, const QString &script, QString *error)
{
    for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty() && !run(q, Sql::ddl(d, statement), error))
            return false;
    }
    return true;
}

// Releases before versions were kept made these tables on first use ("IF NOT EXISTS" here
// takes them over as they are); the statements are those the releases ran.
using Step = std::function<bool(QSqlQuery &, SqlDialect, QString *)>;
const QList<Step> &steps()
{
    static const QList<Step> all {
        // 1: what provisioning writes.
        [](QSqlQuery &q, SqlDialect d, QString *e) {
            return runAll(q, d, u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                             "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s, e);
        },
        // 2: the replicated message log.
        [](QSqlQuery &q, SqlDialect d, QString *e) {
            return runAll(q, d,
                u"CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE,"
                " document_type TEXT, direction TEXT, status TEXT, exception_type TEXT, from_logical_id TEXT,"
                " to_logical_id TEXT, document_id TEXT, accounting_entity TEXT, location TEXT, error_code TEXT,"
                " error_text TEXT, message_date INTEGER NOT NULL, size INTEGER, payload BLOB);"
                "CREATE INDEX IF NOT EXISTS messages_date ON messages (message_date);"
                "CREATE INDEX IF NOT EXISTS messages_status ON messages (status, message_date);"
                "CREATE INDEX IF NOT EXISTS messages_exception ON messages (exception_type, message_date);"
                "CREATE INDEX IF NOT EXISTS messages_type ON messages (document_type, message_date);"
                "CREATE INDEX IF NOT EXISTS messages_from ON messages (from_logical_id, message_date);"
                "CREATE INDEX IF NOT EXISTS messages_to ON messages (to_logical_id, message_date);"
                "CREATE INDEX IF NOT EXISTS messages_document ON messages (document_id);"
                "CREATE TABLE IF NOT EXISTS events (message_id TEXT NOT NULL, time INTEGER NOT NULL, event TEXT, detail TEXT);"
                "CREATE INDEX IF NOT EXISTS events_message ON events (message_id)"_s, e);
        },
        // 3: the resubmission journal as first released.
        [](QSqlQuery &q, SqlDialect d, QString *e) {
            return runAll(q, d,
                u"CREATE TABLE IF NOT EXISTS resubmission_batches (id TEXT PRIMARY KEY, label TEXT, created INTEGER);"
                "CREATE TABLE IF NOT EXISTS resubmission_items (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id TEXT NOT NULL,"
                " source_message_id TEXT, document_name TEXT NOT NULL, document_id TEXT, from_logical_id TEXT NOT NULL,"
                " to_logical_id TEXT, state INTEGER NOT NULL, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0,"
                " payload BLOB NOT NULL, updated INTEGER NOT NULL);"
                "CREATE INDEX IF NOT EXISTS resubmission_items_batch ON resubmission_items (batch_id, state);"
                "CREATE INDEX IF NOT EXISTS resubmission_items_document ON resubmission_items (document_name, document_id);"
                "CREATE TABLE IF NOT EXISTS resubmission_attempts (item_id INTEGER NOT NULL, message_id TEXT NOT NULL UNIQUE,"
                " started INTEGER NOT NULL);"
                "CREATE INDEX IF NOT EXISTS resubmission_attempts_item ON resubmission_attempts (item_id)"_s, e);
        },
        // 4: the message id each item's first attempt will carry (planned in the preview).
        [](QSqlQuery &q, SqlDialect d, QString *e) {
            return Sql::hasColumn(q, d, u"resubmission_items"_s, u"next_message_id"_s)
                   || runAll(q, d, u"ALTER TABLE resubmission_items ADD COLUMN next_message_id TEXT"_s, e);
        },
        // 5: one runner per batch.
        [](QSqlQuery &q, SqlDialect d, QString *e) {
            return runAll(q, d, u"CREATE TABLE IF NOT EXISTS resubmission_runners (batch_id TEXT PRIMARY KEY, runner TEXT NOT NULL,"
                          " who TEXT, host TEXT, pid INTEGER, heartbeat INTEGER NOT NULL)"_s, e);
        },
        // 6: the tenant's routing model, kept for diagnosis.
        [](QSqlQuery &q, SqlDialect d, QString *e) {
            return runAll(q, d, u"CREATE TABLE IF NOT EXISTS tenant_routing (id INTEGER PRIMARY KEY CHECK (id = 1),"
                          " json TEXT NOT NULL, updated INTEGER NOT NULL)"_s, e);
        },
        // 7: who did what, for teams: each batch's author and version, and each replication.
        [](QSqlQuery &q, SqlDialect d, QString *e) {
            return (Sql::hasColumn(q, d, u"resubmission_batches"_s, u"created_by"_s)
                    || runAll(q, d, u"ALTER TABLE resubmission_batches ADD COLUMN created_by TEXT;"
                                    "ALTER TABLE resubmission_batches ADD COLUMN app_version TEXT"_s, e))
                && runAll(q, d, u"CREATE TABLE IF NOT EXISTS replication_runs (id INTEGER PRIMARY KEY, who TEXT NOT NULL,"
                                " app_version TEXT, started INTEGER NOT NULL, finished INTEGER, messages INTEGER, ok INTEGER)"_s, e);
        },
        // 8: payloads in a table of their own, so that a scan of the log never drags them.
        [](QSqlQuery &q, SqlDialect d, QString *e) {
            return runAll(q, d, u"CREATE TABLE IF NOT EXISTS payloads (message_id TEXT PRIMARY KEY, payload BLOB NOT NULL)"_s, e)
                && (!Sql::hasColumn(q, d, u"messages"_s, u"payload"_s)
                    || runAll(q, d, u"INSERT INTO payloads (message_id, payload) SELECT message_id, payload FROM messages"
                                    " WHERE payload IS NOT NULL;"
                                    "ALTER TABLE messages DROP COLUMN payload"_s, e));
        },
        // 9: counts per hour and shape, kept as messages are stored (the counts and timeline of a search).
        [](QSqlQuery &q, SqlDialect d, QString *e) { return LogRollups::install(q, d, e); },
    };
    return all;
}

int readVersion(QSqlQuery &q, SqlDialect d)
{
    const int exists = Sql::tableExists(q, d, u"schema_version"_s);
    if (exists <= 0)
        return exists;
    if (!q.exec(u"SELECT max(version) FROM schema_version"_s) || !q.next())
        return -1;
    const int version = q.value(0).toInt(); // NULL (an empty table) reads as 0
    q.finish(); // see Sql::tableExists
    return version;
}
} // namespace

static_assert(EnvironmentMigrations::CurrentVersion > 0);

int EnvironmentMigrations::version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return readVersion(q, Sql::dialectOf(db));
}

bool EnvironmentMigrations::upgrade(const QSqlDatabase &db, QString *error)
{
    Q_ASSERT(steps().size() == CurrentVersion);
    QSqlQuery q(db);
    const SqlDialect d = Sql::dialectOf(db);
    int at = readVersion(q, d);
    if (at == CurrentVersion)
        return true; // the common case, without taking the write lock
    for (int step = 0; step <= CurrentVersion; ++step) {
        // The version is read again under the lock: another process may have upgraded meanwhile.
        if (!Sql::beginExclusive(db, u"migrations"_s, error))
            return false;
        at = readVersion(q, d);
        QString why;
        bool ok = at >= 0;
        if (!ok) {
            why = tr("its schema version cannot be read");
        } else if (at > CurrentVersion) {
            ok = false;
            why = tr("it was made by a newer ION Workbench (schema version %1; this one reads up to %2). Update the "
                     "workbench to open it.").arg(at).arg(CurrentVersion);
        } else if (at < CurrentVersion) {
            ok = steps().at(at)(q, d, &why)
                 && run(q, u"DELETE FROM schema_version"_s, &why)
                 && run(q, u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(at + 1), &why);
            if (!ok)
                why = tr("upgrading it to schema version %1 failed: %2").arg(at + 1).arg(why);
        }
        q.finish();
        if (!ok || at == CurrentVersion) {
            q.exec(ok ? u"COMMIT"_s : u"ROLLBACK"_s);
            if (!ok && error)
                *error = tr("The environment's database cannot be used: %1").arg(why);
            return ok;
        }
        if (!run(q, u"COMMIT"_s, error)) {
            q.exec(u"ROLLBACK"_s);
            return false;
        }
    }
    return false; // not reached: each turn applies one step or returns
}
