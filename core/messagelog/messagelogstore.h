// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"
#include "messagelog/logorder.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class OneViewFilter;
class ReplicationRuns;
class QSqlDatabase;
class DatabaseConnection;

// An ION message log in SQLite, indexed for the searches the OneView API offers, so that it
// answers in milliseconds at a million messages; payloads compressed. The sandbox keeps its
// log in one, and the workbench replicates a tenant's log into one in each environment.
class MessageLogStore
{
public:
    explicit MessageLogStore(const QString &path = QStringLiteral(":memory:"));
    ~MessageLogStore();
    bool open(QString *error);

    // Adds messages in one transaction; `payloads` and `events` line up with `messages`.
    bool insert(const QList<LogMessage> &messages, const QList<QByteArray> &payloads,
                const QList<QList<LogEvent>> &events, QString *error);
    // Writes report failure (false, with a warning in the log): the caller decides what it means.
    bool addEvent(const QString &messageId, const LogEvent &event);
    bool update(const LogMessage &message);

    struct Page
    {
        qint64 numFound = 0;
        QList<LogMessage> records;
    };
    // sort: "message_date:desc" and the like; page counts from 1.
    std::optional<Page> search(const OneViewFilter &filter, int page, int records, const QString &sort, QString *error) const;
    std::optional<QHash<QString, qint64>> facet(const OneViewFilter &filter, const QString &field, QString *error) const;
    std::optional<LogMessage> message(const QString &messageId) const;
    QList<LogMessage> messagesByRowId(const QList<qint64> &rowIds) const; // in no particular order
    // How many match, counting no further than `cap` (cap + 1 means "more than cap").
    qint64 countUpTo(const OneViewFilter &filter, qint64 cap, QString *error) const;
    // The next `limit` messages after `after` in `order` (keyset paging); `text` matches ids,
    // logical ids, error text and cached payloads.
    QList<LogMessage> pageAfter(const OneViewFilter &filter, const QString &text, const LogOrder &order,
                                const LogMessage *after, int limit, QString *error) const;
    // Rows of the newest-first probe (see pageAfter).
    static constexpr int ProbeRows = 20'000;
    std::optional<QByteArray> payload(const QString &messageId) const;
    QList<LogEvent> events(const QString &messageId) const;
    qint64 count() const;

    QSqlDatabase database() const; // for tables of its own next to the log
    // Replication: insert or refresh messages as the source reports them; payloads stay.
    bool upsert(const QList<LogMessage> &messages, QString *error);
    bool setPayload(const QString &messageId, const QByteArray &payload);
    QDateTime latestMessageDate() const;
    // Who replicates it and when; one replication at a time in a team's environment.
    ReplicationRuns *replicationRuns();

private:
    // Whether SQLite's plan for `sql` sorts all matching rows before the first one comes.
    bool sortsEverything(const QString &sql, const QVariantList &bindings) const;

    std::unique_ptr<DatabaseConnection> m_db;
    std::unique_ptr<ReplicationRuns> m_runs;
};
