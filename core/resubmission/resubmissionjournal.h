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
class DatabaseConnection;

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
        QString createdBy;  // "anna@host": who journalled it
        QString appVersion; // with which workbench
    };

    explicit ResubmissionJournal(const QString &databasePath);
    ~ResubmissionJournal();
    bool open(QString *error);

    // Records a whole batch as pending in one transaction; returns the batch id.
    std::optional<QString> addBatch(const QString &label, const QList<Item> &items, QString *error);
    // Reads: an empty answer may mean that the journal could not be read; lastError() says.
    QList<Item> items(const QString &batchId, std::optional<State> state = std::nullopt, int limit = -1) const;
    // The same items' ids only, in journal order: no payload is read or decompressed.
    QList<qint64> itemIds(const QString &batchId, std::optional<State> state = std::nullopt) const;
    // Every item's state, without payloads (what a runner counts from).
    QHash<qint64, State> itemStates(const QString &batchId) const;
    std::optional<Item> item(qint64 id) const;
    QList<Batch> batches() const;
    std::optional<Batch> batch(const QString &batchId) const;
    // Tells teammates' open windows that the journal changed (a team environment only).
    void announceChange() const;
    QHash<State, int> counts(const QString &batchId) const;

    // One runner per batch (a window or a process, here or on a teammate's machine).
    struct Claim
    {
        QString runner; // an id per run
        QString who;    // "anna@host (process 4711)", for the person who is refused
        QString host;
        qint64 pid = 0;
        QDateTime heartbeat;
    };
    enum class ClaimResult { Claimed, Held, Error };
    // Takes the batch for `me` unless another runner holds it and is alive: its heartbeat is
    // younger than `leaseMs` and, when it runs on this host, its process still exists (so a
    // killed runner's batch is taken over at once). `holder` gets the other runner when Held.
    ClaimResult claimBatch(const QString &batchId, const Claim &me, int leaseMs, Claim *holder);
    bool renewClaim(const QString &batchId, const QString &runner); // false when lost, or on error
    void releaseBatch(const QString &batchId, const QString &runner);

    // Writes return false when the journal could not record them (lastError() says why):
    // whoever sends must then stop, because what it does next would go unrecorded.
    // An attempt: its message id is journalled (and the item marked sending) before it starts;
    // with a runner, only while that runner still holds the item's batch, in the same
    // transaction, so that a runner that lost its claim cannot send.
    bool beginAttempt(qint64 itemId, const QString &messageId, const QString &runner = {});
    bool setState(qint64 itemId, State state, const QString &reason = {});
    // Attempts started and states changed, in one transaction (one commit): a runner's group
    // commit. The changes are written first, then the attempts, each checked as above.
    struct AttemptStart
    {
        qint64 itemId = 0;
        QString messageId;
    };
    struct StateChange
    {
        qint64 itemId = 0;
        State state = State::Pending;
        QString reason;
    };
    bool commitGroup(const QList<AttemptStart> &starts, const QList<StateChange> &changes, const QString &runner = {});
    QStringList attemptMessageIds(qint64 itemId) const;
    QDateTime lastAttemptStarted(qint64 itemId) const;
    // Earlier accepted resubmissions of the same DocumentID (any batch): the duplicate guard.
    QList<Item> acceptedFor(const QString &documentName, const QString &documentId) const;
    // After a crash: what was "sending" in the batch becomes "unknown". Returns how many, or -1
    // on failure.
    int markInterruptedAsUnknown(const QString &batchId);
    // Why the last read or write failed; empty after one that succeeded.
    QString lastError() const { return m_lastError; }
    // Whether it failed because another runner holds the batch now (not a broken journal).
    bool lostClaim() const { return m_lostClaim; }

    static QString stateName(State state);

private:
    bool check(const QSqlQuery &query) const;
    bool writeAttempt(qint64 itemId, const QString &messageId, const QString &runner); // in a transaction
    bool writeState(qint64 itemId, State state, const QString &reason);
    QList<Batch> readBatches(const QString &batchId) const; // all when empty

    std::unique_ptr<DatabaseConnection> m_db;
    mutable QString m_lastError;
    bool m_lostClaim = false;
};
