// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class ResubmissionJournal;

// A run's hold on its batch: one runner per batch, whether the others are windows, processes
// or teammates. The claim is kept alive by a heartbeat; a runner that another has taken the
// batch from (after it fell silent for longer than the lease) learns it at its next heartbeat
// or attempt, and stops.
class BatchClaim : public QObject
{
    Q_OBJECT
public:
    explicit BatchClaim(ResubmissionJournal *journal, QObject *parent = nullptr);
    ~BatchClaim() override; // releases: the next runner may start at once

    enum class Result { Claimed, Held, Error };
    // `why` says who holds the batch (Held) or what the journal answered (Error).
    Result take(const QString &batchId, int leaseMs, QString *why);
    void release();
    QString runnerId() const { return m_runner; } // empty when nothing is held

Q_SIGNALS:
    // The claim could not be renewed: another runner holds the batch now, or the journal
    // failed (journalFailed).
    void lost(const QString &reason, bool journalFailed);

private:
    void renew();

    ResubmissionJournal *m_journal;
    QString m_batchId;
    QString m_runner;
    QTimer m_heartbeat;
};
