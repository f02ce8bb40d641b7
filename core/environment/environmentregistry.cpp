// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/environmentregistry.h"

#include "common/logging.h"
#include "environment/environmentdatabase.h"
#include "environment/databaseconnection.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
ReplicationEnvironment fromQuery(const QSqlQuery &q)
{
    ReplicationEnvironment e;
    e.id = q.value(0).toString();
    e.name = q.value(1).toString();
    e.erp = q.value(2).toString();
    e.region = q.value(3).toString();
    e.databasePath = q.value(4).toString();
    e.connection = q.value(5).toString();
    e.isDefault = q.value(6).toBool();
    e.retired = q.value(7).toBool();
    e.created = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return e;
}
const QString selectColumns = u"SELECT id, name, erp, region, path, connection, is_default, retired, created "
                              "FROM environments "_s;
} // namespace

EnvironmentRegistry::EnvironmentRegistry(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
}

EnvironmentRegistry::~EnvironmentRegistry() = default;

bool EnvironmentRegistry::open(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(m_directory);
        return false;
    }
    m_db = std::make_unique<DatabaseConnection>(QDir(m_directory).filePath(u"registry.sqlite"_s));
    if (!m_db->open(error))
        return false;
    return m_db->exec(u"CREATE TABLE IF NOT EXISTS environments ("
                      " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, erp TEXT NOT NULL, region TEXT NOT NULL,"
                      " path TEXT NOT NULL, connection TEXT UNIQUE, is_default INTEGER NOT NULL DEFAULT 0,"
                      " retired INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL)"_s,
                      error);
}

QList<ReplicationEnvironment> EnvironmentRegistry::environments() const
{
    QList<ReplicationEnvironment> list;
    QSqlQuery q(m_db->database());
    q.exec(selectColumns + u"ORDER BY is_default DESC, name"_s);
    while (q.next())
        list << fromQuery(q);
    return list;
}

std::optional<ReplicationEnvironment> EnvironmentRegistry::environment(const QString &id) const
{
    QSqlQuery q(m_db->database());
    q.prepare(selectColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<ReplicationEnvironment> EnvironmentRegistry::environmentFor(const QString &connection) const
{
    QSqlQuery q(m_db->database());
    q.prepare(selectColumns + u"WHERE connection = ?"_s);
    q.addBindValue(connection);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<ReplicationEnvironment> EnvironmentRegistry::preselected() const
{
    for (const ReplicationEnvironment &e : environments()) {
        if (!e.isAssigned())
            return e;
    }
    return std::nullopt;
}

bool EnvironmentRegistry::nameExists(const QString &name) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT 1 FROM environments WHERE lower(name) = lower(?)"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}

bool EnvironmentRegistry::ensureDefault(QString *error)
{
    QSqlQuery q(m_db->database());
    if (q.exec(u"SELECT 1 FROM environments WHERE is_default = 1"_s) && q.next())
        return true;
    ReplicationEnvironment e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.name = tr("Default");
    e.erp = ReplicationEnvironment::defaultErp();
    e.region = ReplicationEnvironment::defaultRegion();
    e.databasePath = QDir(m_directory).filePath(u"default.sqlite"_s);
    e.isDefault = true;
    e.created = QDateTime::currentDateTimeUtc();
    if (!EnvironmentDatabase::create(e, error))
        return false;
    return add(e, error);
}

bool EnvironmentRegistry::add(const ReplicationEnvironment &e, QString *error)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO environments (id, name, erp, region, path, connection, is_default, retired, created) "
              "VALUES (?, ?, ?, ?, ?, NULL, ?, 0, ?)"_s);
    for (const QVariant &v : {QVariant(e.id), QVariant(e.name), QVariant(e.erp), QVariant(e.region),
                              QVariant(e.databasePath), QVariant(e.isDefault ? 1 : 0),
                              QVariant(e.created.toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = nameExists(e.name) ? tr("An environment named \"%1\" exists already.").arg(e.name)
                                        : q.lastError().text();
        return false;
    }
    qCInfo(lcEnvironment) << "registered environment" << e.name;
    Q_EMIT changed();
    return true;
}

bool EnvironmentRegistry::assign(const QString &id, const QString &connection, QString *error)
{
    const auto env = environment(id);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!env)
        return fail(tr("The replication environment no longer exists."));
    if (env->connection == connection)
        return true;
    if (env->isAssigned())
        return fail(tr("The environment \"%1\" belongs to the connection \"%2\"; an environment is never shared "
                       "or reassigned. Provision a new one.")
                        .arg(env->name, env->connection));
    if (const auto current = environmentFor(connection))
        return fail(tr("The connection \"%1\" already has the environment \"%2\".").arg(connection, current->name));
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE environments SET connection = ? WHERE id = ? AND connection IS NULL"_s);
    q.addBindValue(connection);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(tr("Could not assign the environment: %1").arg(q.lastError().text()));
    Q_EMIT changed();
    return true;
}

bool EnvironmentRegistry::setErp(const QString &id, const QString &erp, QString *error)
{
    const auto env = environment(id);
    if (!env || env->isAssigned()) {
        if (error)
            *error = tr("The ERP can only be set on an environment that no connection uses yet.");
        return false;
    }
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE environments SET erp = ? WHERE id = ?"_s);
    q.addBindValue(erp);
    q.addBindValue(id);
    const bool ok = q.exec();
    Q_EMIT changed();
    return ok;
}

bool EnvironmentRegistry::retire(const QString &connection)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE environments SET retired = 1 WHERE connection = ?"_s);
    q.addBindValue(connection);
    if (!q.exec()) {
        // Not retired means it could be handed to a new connection of the same name: say so.
        qCWarning(lcEnvironment) << "an environment could not be retired:" << q.lastError().text();
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool EnvironmentRegistry::rename(const QString &from, const QString &to, QString *error)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE environments SET connection = ? WHERE connection = ?"_s);
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    Q_EMIT changed();
    return true;
}
