// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/batchclaim.h"

#include "common/actor.h"
#include "resubmission/resubmissionjournal.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

BatchClaim::BatchClaim(ResubmissionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    connect(&m_heartbeat, &QTimer::timeout, this, &BatchClaim::renew);
}

BatchClaim::~BatchClaim()
{
    release();
}

BatchClaim::Result BatchClaim::take(const QString &batchId, int leaseMs, QString *why)
{
    release();
    ResubmissionJournal::Claim me;
    me.runner = QUuid::createUuid().toString(QUuid::WithoutBraces);
    me.host = QSysInfo::machineHostName();
    me.pid = QCoreApplication::applicationPid();
    me.who = tr("%1@%2 (process %3)").arg(Actor::account(), me.host).arg(me.pid);
    ResubmissionJournal::Claim holder;
    switch (m_journal->claimBatch(batchId, me, leaseMs, &holder)) {
    case ResubmissionJournal::ClaimResult::Claimed:
        m_batchId = batchId;
        m_runner = me.runner;
        m_heartbeat.start(qMax(100, leaseMs / 3));
        return Result::Claimed;
    case ResubmissionJournal::ClaimResult::Held:
        if (why)
            *why = tr("%1 is sending this batch (heard from %2 s ago)")
                       .arg(holder.who)
                       .arg(qMax<qint64>(0, holder.heartbeat.secsTo(QDateTime::currentDateTimeUtc())));
        return Result::Held;
    case ResubmissionJournal::ClaimResult::Error:
        if (why)
            *why = m_journal->lastError();
        return Result::Error;
    }
    return Result::Error;
}

void BatchClaim::release()
{
    m_heartbeat.stop();
    if (!m_runner.isEmpty())
        m_journal->releaseBatch(m_batchId, m_runner);
    m_runner.clear();
}

void BatchClaim::renew()
{
    if (m_runner.isEmpty() || m_journal->renewClaim(m_batchId, m_runner))
        return;
    m_heartbeat.stop();
    m_runner.clear(); // not ours any more: nothing to release
    Q_EMIT lost(m_journal->lastError(), !m_journal->lostClaim());
}
