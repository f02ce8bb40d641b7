// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/environmentdatabase.h"

#include "environment/environmentmigrations.h"
#include "environment/postgresproblem.h"
#include "environment/replicationenvironment.h"
#include "environment/databaseconnection.h"
#include "messagelog/messagelogstore.h"
#include "resubmission/resubmissionjournal.h"
#include "routing/routingstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EnvironmentDatabase", text);
}
} // namespace

EnvironmentDatabase::EnvironmentDatabase(const QString &path)
    : m_path(path)
    , m_db(std::make_unique<DatabaseConnection>(path))
{
}

EnvironmentDatabase::~EnvironmentDatabase() = default;

bool EnvironmentDatabase::open(QString *error)
{
    return m_db->open(error) && EnvironmentMigrations::upgrade(m_db->database(), error);
}

int EnvironmentDatabase::schemaVersion() const
{
    return EnvironmentMigrations::version(m_db->database());
}

std::unique_ptr<MessageLogStore> EnvironmentDatabase::openLogStore(QString *error) const
{
    auto store = std::make_unique<MessageLogStore>(m_path);
    return store->open(error) ? std::move(store) : nullptr;
}

std::unique_ptr<ResubmissionJournal> EnvironmentDatabase::openJournal(QString *error) const
{
    auto journal = std::make_unique<ResubmissionJournal>(m_path);
    return journal->open(error) ? std::move(journal) : nullptr;
}

std::optional<TenantRouting> EnvironmentDatabase::routing(QString *error) const
{
    return RoutingStore::load(m_path, error);
}

bool EnvironmentDatabase::saveRouting(const TenantRouting &routing, QString *error) const
{
    return RoutingStore::save(m_path, routing, error);
}

bool EnvironmentDatabase::create(const ReplicationEnvironment &e, QString *error)
{
    EnvironmentDatabase database(e.databasePath);
    DatabaseConnection &db = *database.m_db;
    if (!db.open(error))
        return false;
    if (db.dialect() == SqlDialect::Sqlite)
        QSqlQuery(db.database()).exec(u"PRAGMA journal_mode = WAL"_s); // not allowed inside a transaction
    else if (!checkServer(db, e.id, error))
        return false;
    if (!EnvironmentMigrations::upgrade(db.database(), error))
        return false;
    QSqlQuery q(db.database());
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    const QList<QPair<QString, QString>> meta {{u"id"_s, e.id}, {u"name"_s, e.name}, {u"erp"_s, e.erp},
                                               {u"region"_s, e.region}};
    for (const auto &[k, v] : meta) {
        q.addBindValue(k);
        q.addBindValue(v);
        if (!q.exec()) {
            if (error)
                *error = tr("Could not write the environment's metadata.");
            return false;
        }
    }
    return true;
}

bool EnvironmentDatabase::checkServer(DatabaseConnection &db, const QString &environmentId, QString *error)
{
    using Kind = PostgresProblem::Kind;
    auto fail = [&](Kind kind, const QString &detail) {
        if (error)
            *error = PostgresProblem::explain(kind, db.location(), detail);
        return false;
    };
    QSqlQuery q(db.database());
    if (!q.exec(u"SELECT current_setting('server_version_num')::int, current_setting('server_version')"_s) || !q.next())
        return fail(Kind::Other, q.lastError().text());
    if (q.value(0).toInt() < PostgresProblem::MinimumServerVersion)
        return fail(Kind::TooOld, q.value(1).toString());
    if (Sql::tableExists(q, SqlDialect::Postgres, u"meta"_s) == 1) {
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'id'"_s))
            return fail(Kind::Other, q.lastError().text());
        if (q.next() && q.value(0).toString() != environmentId) {
            QSqlQuery name(db.database());
            name.exec(u"SELECT value FROM meta WHERE key = 'name'"_s);
            return fail(Kind::OtherEnvironment, name.next() ? name.value(0).toString() : q.value(0).toString());
        }
    } else if (Sql::tableExists(q, SqlDialect::Postgres, u"messages"_s) == 1) {
        return fail(Kind::OtherEnvironment, tr("tables of another program"));
    }
    if (!q.exec(u"SELECT has_schema_privilege(current_schema(), 'CREATE')"_s) || !q.next())
        return fail(Kind::Other, q.lastError().text());
    if (!q.value(0).toBool())
        return fail(Kind::NoCreate, {});
    return true;
}

bool EnvironmentDatabase::verify(const QString &path, QString *error)
{
    DatabaseConnection db(path);
    if (!db.open(error))
        return false;
    QSqlQuery q(db.database());
    if (db.dialect() == SqlDialect::Sqlite
        && (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok"_s)) {
        if (error)
            *error = tr("The new database failed its integrity check.");
        return false;
    }
    if (EnvironmentMigrations::version(db.database()) != EnvironmentMigrations::CurrentVersion) {
        if (error)
            *error = tr("The new database does not have the current schema.");
        return false;
    }
    return true;
}

std::optional<ReplicationEnvironment> EnvironmentDatabase::readEnvironment(const QString &path, QString *error)
{
    DatabaseConnection db(path);
    if (!db.open(error))
        return std::nullopt;
    QSqlQuery q(db.database());
    ReplicationEnvironment e;
    e.databasePath = path;
    if (Sql::tableExists(q, db.dialect(), u"meta"_s) == 1 && q.exec(u"SELECT key, value FROM meta"_s)) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
            if (key == u"id"_s)
                e.id = value;
            else if (key == u"name"_s)
                e.name = value;
            else if (key == u"erp"_s)
                e.erp = value;
            else if (key == u"region"_s)
                e.region = value;
        }
    }
    if (e.id.isEmpty()) {
        if (error)
            *error = tr("%1 holds no environment yet: provision one there first (without \"join\").")
                         .arg(db.location().displayName());
        return std::nullopt;
    }
    e.created = QDateTime::currentDateTimeUtc();
    return e;
}
