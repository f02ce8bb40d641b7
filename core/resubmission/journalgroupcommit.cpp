// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/journalgroupcommit.h"

JournalGroupCommit::JournalGroupCommit(ResubmissionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_turn.setSingleShot(true);
    m_turn.setInterval(0); // when the event loop has taken what has arrived
    connect(&m_turn, &QTimer::timeout, this, &JournalGroupCommit::commit);
}

void JournalGroupCommit::start(qint64 itemId, const QString &messageId, const QString &runner, Committed send)
{
    m_runner = runner;
    m_starts.append({itemId, messageId});
    m_sends.append(std::move(send));
    m_turn.start();
}

void JournalGroupCommit::change(qint64 itemId, ResubmissionJournal::State state, const QString &reason, Committed reported)
{
    m_changes.append({itemId, state, reason});
    m_reports.append(std::move(reported));
    m_turn.start();
}

QList<qint64> JournalGroupCommit::dropStarts()
{
    QList<qint64> items;
    for (const auto &s : std::as_const(m_starts))
        items << s.itemId;
    m_starts.clear();
    m_sends.clear();
    if (!isPending())
        m_turn.stop();
    return items;
}

void JournalGroupCommit::commit()
{
    const auto starts = std::exchange(m_starts, {});
    const auto changes = std::exchange(m_changes, {});
    const auto sends = std::exchange(m_sends, {});
    const auto reports = std::exchange(m_reports, {});
    if (starts.isEmpty() && changes.isEmpty())
        return;
    if (!m_journal->commitGroup(starts, changes, m_runner)) {
        QList<qint64> notStarted;
        for (const auto &s : starts)
            notStarted << s.itemId;
        Q_EMIT failed(notStarted);
        return;
    }
    for (const Committed &report : reports)
        report();
    for (const Committed &send : sends)
        send();
    Q_EMIT committed();
}
