// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;
class SqliteConnection;

// The resubmission journal, kept in the replication environment. Every item is written
// before anything is sent, and every attempt (with its own message id) before it starts, so
// that a crash leaves a record of what may have gone out: items found in "sending" at start
// become "unknown" and are reconciled against the message log before anything is sent again.
class ResubmissionJournal
{
    Q_DECLARE_TR_FUNCTIONS(ResubmissionJournal)
public:
    enum class State { Pending, Sending, Accepted, Retrying, Failed, Unknown, Skipped };

    struct Item
    {
        qint64 id = 0;
        QString batchId;
        QString sourceMessageId; // the failed message being resubmitted
        QString documentName;
        QString documentId;
        QString fromLogicalId;
        QString toLogicalId;
        State state = State::Pending;
        QString reason;
        int attempts = 0;
        QByteArray payload;
        QDateTime updated;
        QString nextMessageId; // shown in the preview and used by the first attempt; "" after
    };
    struct Batch
    {
        QString id;
        QString label;
        QDateTime created;
        QHash<State, int> counts;
    };

    explicit ResubmissionJournal(const QString &databasePath);
    ~ResubmissionJournal();
    bool open(QString *error);

    // Records a whole batch as pending in one transaction; returns the batch id.
    std::optional<QString> addBatch(const QString &label, const QList<Item> &items, QString *error);
    // Reads: an empty answer may mean that the journal could not be read; lastError() says.
    QList<Item> items(const QString &batchId, std::optional<State> state = std::nullopt, int limit = -1) const;
    std::optional<Item> item(qint64 id) const;
    QList<Batch> batches() const;
    QHash<State, int> counts(const QString &batchId) const;

    // An attempt: its message id is journalled (and the item marked sending) before it starts.
    // Writes return false when the journal could not record them (lastError() says why):
    // whoever sends must then stop, because what it does next would go unrecorded.
    bool beginAttempt(qint64 itemId, const QString &messageId);
    bool setState(qint64 itemId, State state, const QString &reason = {});
    QStringList attemptMessageIds(qint64 itemId) const;
    QDateTime lastAttemptStarted(qint64 itemId) const;
    // Earlier accepted resubmissions of the same DocumentID (any batch): the duplicate guard.
    QList<Item> acceptedFor(const QString &documentName, const QString &documentId) const;
    // After a crash: what was "sending" becomes "unknown". Returns how many, or -1 on failure.
    int markInterruptedAsUnknown();
    // Why the last read or write failed; empty after one that succeeded.
    QString lastError() const { return m_lastError; }

    static QString stateName(State state);

private:
    bool check(const QSqlQuery &query) const;

    std::unique_ptr<SqliteConnection> m_db;
    mutable QString m_lastError;
};
