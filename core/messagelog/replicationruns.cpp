// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/replicationruns.h"

#include "common/actor.h"
#include "common/logging.h"
#include "environment/environmentnotifier.h"
#include "environment/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString lockKey = u"SELECT %1(hashtext('ion-workbench:replication'))"_s;

ReplicationRuns::Run fromQuery(const QSqlQuery &q)
{
    ReplicationRuns::Run r;
    r.who = q.value(0).toString();
    r.started = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    if (!q.value(2).isNull())
        r.finished = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    r.messages = q.value(3).toLongLong();
    r.ok = q.value(4).toInt() != 0;
    return r;
}
} // namespace

ReplicationRuns::ReplicationRuns(const QSqlDatabase &db)
    : m_db(db)
{
}

ReplicationRuns::~ReplicationRuns()
{
    if (isRunning())
        end(false, 0);
}

bool ReplicationRuns::begin(Run *holder, QString *error)
{
    if (isRunning())
        return true;
    QSqlQuery q(m_db);
    const bool postgres = Sql::dialectOf(m_db) == SqlDialect::Postgres;
    if (postgres) {
        if (!q.exec(lockKey.arg(u"pg_try_advisory_lock"_s)) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (!q.value(0).toBool()) {
            if (holder) {
                *holder = {};
                if (q.exec(u"SELECT who, started, finished, messages, ok FROM replication_runs WHERE finished IS NULL "
                           "ORDER BY started DESC LIMIT 1"_s) && q.next())
                    *holder = fromQuery(q);
            }
            return false;
        }
    }
    q.prepare(u"INSERT INTO replication_runs (who, app_version, started) VALUES (?, ?, ?) RETURNING id"_s);
    q.addBindValue(Actor::name());
    q.addBindValue(Actor::appVersion());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        if (postgres)
            QSqlQuery(m_db).exec(lockKey.arg(u"pg_advisory_unlock"_s));
        return false;
    }
    m_runId = q.value(0).toLongLong();
    return true;
}

void ReplicationRuns::end(bool ok, qint64 messages)
{
    if (!isRunning())
        return;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE replication_runs SET finished = ?, messages = ?, ok = ? WHERE id = ?"_s);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(messages);
    q.addBindValue(ok ? 1 : 0);
    q.addBindValue(m_runId);
    if (!q.exec())
        qCWarning(lcEnvironment) << "the end of a replication could not be recorded:" << q.lastError().text();
    m_runId = -1;
    if (Sql::dialectOf(m_db) == SqlDialect::Postgres) {
        // After a large load the planner's statistics are stale and the visibility map is empty
        // until autovacuum comes by: the log's searches choose their index from the one, and
        // count from the index alone with the other.
        if (messages >= 10'000)
            QSqlQuery(m_db).exec(u"VACUUM (ANALYZE) messages"_s);
        QSqlQuery(m_db).exec(lockKey.arg(u"pg_advisory_unlock"_s));
    }
    EnvironmentNotifier::announce(m_db, EnvironmentNotifier::Log);
}

std::optional<ReplicationRuns::Run> ReplicationRuns::last() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT who, started, finished, messages, ok FROM replication_runs WHERE finished IS NOT NULL "
               "ORDER BY finished DESC LIMIT 1"_s) && q.next())
        return fromQuery(q);
    return std::nullopt;
}
