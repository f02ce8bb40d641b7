// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's record of who runs a batch (resubmission_runners): one runner per batch, kept
// alive by its heartbeat, taken over when it falls silent or, on this host, when its process
// is gone.
#include "resubmission/resubmissionjournal.h"

#include "environment/databaseconnection.h"

#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace {
// Whether a process on this host still runs (unknown elsewhere: then only the heartbeat counts).
bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true;
#endif
}
} // namespace

ResubmissionJournal::ClaimResult ResubmissionJournal::claimBatch(const QString &batchId, const Claim &me, int leaseMs,
                                                                 Claim *holder)
{
    QSqlDatabase db = m_db->database();
    QSqlQuery q(db);
    // Exclusive: two runners that claim at the same moment are served one after the other.
    if (!Sql::beginExclusive(db, u"claim "_s + batchId, &m_lastError))
        return ClaimResult::Error;
    auto fail = [&](const QSqlQuery &failed) {
        m_lastError = failed.lastError().text();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return ClaimResult::Error;
    };
    q.prepare(u"SELECT runner, who, host, pid, heartbeat FROM resubmission_runners WHERE batch_id = ?"_s);
    q.addBindValue(batchId);
    if (!q.exec())
        return fail(q);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (q.next() && q.value(0).toString() != me.runner) {
        const Claim other {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                           QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC)};
        const bool gone = other.host == me.host && !processAlive(other.pid);
        if (!gone && now - q.value(4).toLongLong() < leaseMs) {
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            if (holder)
                *holder = other;
            m_lastError.clear();
            return ClaimResult::Held;
        }
    }
    q.finish();
    QSqlQuery take(db);
    take.prepare(u"INSERT INTO resubmission_runners (batch_id, runner, who, host, pid, heartbeat) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (batch_id) DO UPDATE SET runner = excluded.runner, who = excluded.who, host = excluded.host, "
                 "pid = excluded.pid, heartbeat = excluded.heartbeat"_s);
    for (const QVariant &v : {QVariant(batchId), QVariant(me.runner), QVariant(me.who), QVariant(me.host),
                              QVariant(me.pid), QVariant(now)})
        take.addBindValue(v);
    if (!take.exec())
        return fail(take);
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s))
        return fail(commit);
    m_lastError.clear();
    return ClaimResult::Claimed;
}

bool ResubmissionJournal::renewClaim(const QString &batchId, const QString &runner)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE resubmission_runners SET heartbeat = ? WHERE batch_id = ? AND runner = ?"_s);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(batchId);
    q.addBindValue(runner);
    q.exec();
    m_lostClaim = false;
    if (!check(q))
        return false;
    if (q.numRowsAffected() != 1) {
        m_lostClaim = true;
        m_lastError = tr("another runner has taken this batch over");
        return false;
    }
    return true;
}

void ResubmissionJournal::releaseBatch(const QString &batchId, const QString &runner)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"DELETE FROM resubmission_runners WHERE batch_id = ? AND runner = ?"_s);
    q.addBindValue(batchId);
    q.addBindValue(runner);
    q.exec();
    check(q);
}
