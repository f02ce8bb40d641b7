// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logmessage.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class OneViewFilter;
class SqliteConnection;

// The sandbox's message log in SQLite, indexed for the searches the OneView API offers,
// so that it answers in milliseconds at a million messages. Payloads are kept compressed.
class MessageStore
{
public:
    explicit MessageStore(const QString &path = QStringLiteral(":memory:"));
    ~MessageStore();
    bool open(QString *error);

    // Adds messages in one transaction; `payloads` and `events` line up with `messages`.
    bool insert(const QList<LogMessage> &messages, const QList<QByteArray> &payloads,
                const QList<QList<LogEvent>> &events, QString *error);
    void addEvent(const QString &messageId, const LogEvent &event);
    void update(const LogMessage &message);

    struct Page
    {
        qint64 numFound = 0;
        QList<LogMessage> records;
    };
    // sort: "message_date:desc" and the like; page counts from 1.
    std::optional<Page> search(const OneViewFilter &filter, int page, int records, const QString &sort, QString *error) const;
    std::optional<QHash<QString, qint64>> facet(const OneViewFilter &filter, const QString &field, QString *error) const;
    std::optional<LogMessage> message(const QString &messageId) const;
    std::optional<QByteArray> payload(const QString &messageId) const;
    QList<LogEvent> events(const QString &messageId) const;
    qint64 count() const;

    // What targets received, by DocumentID: the sandbox's proof of "exactly once".
    void recordReceipt(const QString &documentId, const QString &messageId, const QString &target);
    struct Receipts
    {
        qint64 total = 0;
        qint64 distinctDocuments = 0;
        QHash<QString, qint64> duplicates; // DocumentID -> times received, only where > 1
    };
    Receipts receipts() const;

private:
    std::unique_ptr<SqliteConnection> m_db;
};
