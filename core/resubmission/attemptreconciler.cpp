// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/attemptreconciler.h"

#include "common/logging.h"
#include "messagelog/messagelookup.h"
#include "resubmission/resubmissionjournal.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <climits>

AttemptReconciler::AttemptReconciler(ResubmissionJournal *journal, MessageLookup *lookup, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_lookup(lookup)
{
}

void AttemptReconciler::reconcile(qint64 itemId, Callback done)
{
    m_waiting.insert(itemId, std::move(done));
    ask(itemId);
}

void AttemptReconciler::answer(qint64 itemId, Verdict verdict, const QString &found)
{
    const Callback done = m_waiting.take(itemId);
    if (done)
        done(verdict, found);
}

void AttemptReconciler::ask(qint64 itemId)
{
    const QStringList ids = m_journal->attemptMessageIds(itemId);
    if (!m_journal->lastError().isEmpty()) {
        answer(itemId, Verdict::JournalFailed); // without the ids the log cannot be asked
        return;
    }
    QPointer<AttemptReconciler> self(this);
    auto askAgainIn = [self, itemId](int ms) {
        QTimer::singleShot(ms, self, [self, itemId] {
            if (self && self->m_waiting.contains(itemId))
                self->ask(itemId);
        });
    };
    m_lookup->findMessageIds(ids, [self, itemId, askAgainIn](const HttpOutcome &o, const QList<LogMessage> &found) {
        if (!self)
            return;
        if (!o.ok()) {
            qCInfo(lcIms) << "reconciliation of item" << itemId << "failed:" << o.describe();
            askAgainIn(self->m_retryMs);
            return;
        }
        if (!found.isEmpty()) {
            self->answer(itemId, Verdict::Received, found.first().messageId);
            return;
        }
        const QDateTime started = self->m_journal->lastAttemptStarted(itemId);
        if (!self->m_journal->lastError().isEmpty()) {
            self->answer(itemId, Verdict::JournalFailed);
            return;
        }
        const qint64 age = started.isValid() ? started.msecsTo(QDateTime::currentDateTimeUtc()) : LLONG_MAX;
        if (age < self->m_graceMs) {
            askAgainIn(int(self->m_graceMs - age) + 50); // it may still be on its way to ION
            return;
        }
        self->answer(itemId, Verdict::NotReceived);
    });
}
