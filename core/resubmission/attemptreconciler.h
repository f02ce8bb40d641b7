// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class MessageLookup;
class ResubmissionJournal;

// Finds out whether ION received an item whose answer was lost (a timeout, a 5xx, a crash with
// the request on the wire): asks the message log for every message id the journal holds for
// the item's attempts, and answers only when it is sure. While the log cannot be asked, it asks
// again later; while the last attempt is younger than the in-flight grace, "not in the log"
// means "look again when it can no longer arrive". It never guesses: a guess could send twice.
class AttemptReconciler : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Received,      // ION logged one of its attempts: it must not be sent again
        NotReceived,   // no attempt was logged and none can still arrive: sending again is safe
        JournalFailed, // the attempts' ids could not be read: nothing can be decided
    };
    using Callback = std::function<void(Verdict verdict, const QString &foundMessageId)>;

    AttemptReconciler(ResubmissionJournal *journal, MessageLookup *lookup, QObject *parent = nullptr);
    void setInFlightGraceMs(int ms) { m_graceMs = ms; }
    void setRetryDelayMs(int ms) { m_retryMs = ms; }

    // `done` runs once, when the answer is sure.
    void reconcile(qint64 itemId, Callback done);
    bool isBusy() const { return !m_waiting.isEmpty(); }

private:
    void ask(qint64 itemId);
    void answer(qint64 itemId, Verdict verdict, const QString &found = {});

    ResubmissionJournal *m_journal;
    MessageLookup *m_lookup;
    int m_graceMs = 90'000;
    int m_retryMs = 1'000;
    QHash<qint64, Callback> m_waiting;
};
