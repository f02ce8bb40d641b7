// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resubmission/resubmissionjournal.h"

#include <QObject>
#include <QTimer>

#include <functional>

// A runner's journal writes of one turn of the event loop, committed together (one transaction,
// one fsync instead of one per write): the attempts about to start and the answers taken. A send
// starts only once its attempt is committed; an answer is reported once committed. A crash before
// the commit loses nothing and sends nothing twice: an attempt not committed was not sent, and an
// item whose answer was not committed is still "sending", which the next run asks the message log
// about before it sends anything.
class JournalGroupCommit : public QObject
{
    Q_OBJECT
public:
    using Committed = std::function<void()>;
    explicit JournalGroupCommit(ResubmissionJournal *journal, QObject *parent = nullptr);

    // Journals an attempt of `itemId` as `messageId` under `runner`'s claim; `send` runs after the commit.
    void start(qint64 itemId, const QString &messageId, const QString &runner, Committed send);
    void change(qint64 itemId, ResubmissionJournal::State state, const QString &reason, Committed reported);
    bool isPending() const { return !m_starts.isEmpty() || !m_changes.isEmpty(); }
    // Forgets the attempts not yet committed (a run that stops sends nothing new); their items.
    QList<qint64> dropStarts();

Q_SIGNALS:
    // After a commit and its callbacks.
    void committed();
    // The journal refused the group (journal->lastError(), lostClaim()): nothing of it was written,
    // and the items whose attempts were to start were not sent.
    void failed(const QList<qint64> &notStarted);

private:
    void commit();

    ResubmissionJournal *m_journal;
    QTimer m_turn;
    QString m_runner;
    QList<ResubmissionJournal::AttemptStart> m_starts;
    QList<Committed> m_sends;
    QList<ResubmissionJournal::StateChange> m_changes;
    QList<Committed> m_reports;
};
