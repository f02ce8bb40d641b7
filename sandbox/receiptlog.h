// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// What the sandbox's target applications received, by DocumentID: the proof, after a fault
// test, that every document arrived exactly once. Kept next to the message log.
class ReceiptLog
{
public:
    explicit ReceiptLog(const QSqlDatabase &database);
    bool open();
    void record(const QString &documentId, const QString &messageId, const QString &target);

    struct Summary
    {
        qint64 total = 0;
        qint64 distinctDocuments = 0;
        QHash<QString, qint64> duplicates; // DocumentID -> times received, only where > 1
    };
    Summary summary() const;

private:
    QSqlDatabase m_db;
};
