// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logexport.h"
#include "resubmission/duplicateguard.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class MessageLogStore;
class MessageLookup;
class OAuthSession;
class ResubmissionJournal;

// What a resubmission will send, prepared the same way for the window and the command line:
// each candidate with its payload (the environment's copy, or fetched from the tenant's log),
// the message id its first attempt will carry, and the duplicate guard's verdict. A new batch
// is journalled only when no earlier one is unfinished (its documents could be in both).
class ResubmissionPlan : public QObject
{
    Q_OBJECT
public:
    struct Candidate
    {
        LogMessage message;
        QByteArray payload;
        QString plannedMessageId;
        GuardVerdict verdict;
        bool send = true; // follows the verdict until a person decides
    };

    // `store` and `session` may be null for candidates that bring their payloads (files).
    ResubmissionPlan(ResubmissionJournal *journal, MessageLogStore *store, OAuthSession *session, const QUrl &serviceUrl,
                     QObject *parent = nullptr);
    ~ResubmissionPlan() override;

    // Batches an earlier run left unfinished, oldest first.
    QStringList unfinishedBatches() const;

    // Completes the payloads, plans the message ids and asks the guard; candidateChanged() for
    // each verdict, ready() once every candidate is known.
    void prepare(const QList<LogExport::Entry> &entries);
    // Asks the guard again (after an earlier batch was finished, say).
    void recheck();
    const QList<Candidate> &candidates() const { return m_candidates; }
    bool isReady() const { return m_pending == 0 && m_prepared; }
    void setSend(int index, bool send);
    // Sends what the guard held back as well (--force).
    void sendAll();

    // Journals the candidates to send as one batch from `fromLogicalId`. Refused (nullopt,
    // with the reason) while an earlier batch is unfinished or the plan is not ready.
    std::optional<QString> journal(const QString &label, const QString &fromLogicalId, QString *error);

Q_SIGNALS:
    void candidateChanged(int index);
    void ready();

private:
    void checkAll();

    ResubmissionJournal *m_journal;
    MessageLogStore *m_store;
    QPointer<OAuthSession> m_session;
    QUrl m_serviceUrl;
    MessageLookup *m_lookup = nullptr;
    QList<Candidate> m_candidates;
    int m_pending = 0;
    int m_generation = 0; // verdicts of an older check are dropped
    bool m_prepared = false;
};
