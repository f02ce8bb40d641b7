// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptlog.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

ReceiptLog::ReceiptLog(const QSqlDatabase &database)
    : m_db(database)
{
}

bool ReceiptLog::open()
{
    return QSqlQuery(m_db).exec(u"CREATE TABLE IF NOT EXISTS receipts (document_id TEXT NOT NULL, "
                                "message_id TEXT NOT NULL, target TEXT NOT NULL, time INTEGER NOT NULL)"_s);
}

void ReceiptLog::record(const QString &documentId, const QString &messageId, const QString &target)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO receipts (document_id, message_id, target, time) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(documentId);
    q.addBindValue(messageId);
    q.addBindValue(target);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.exec();
}

ReceiptLog::Summary ReceiptLog::summary() const
{
    Summary r;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*), COUNT(DISTINCT document_id || '|' || target) FROM receipts"_s) && q.next()) {
        r.total = q.value(0).toLongLong();
        r.distinctDocuments = q.value(1).toLongLong();
    }
    q.exec(u"SELECT document_id, COUNT(*) FROM receipts GROUP BY document_id, target HAVING COUNT(*) > 1"_s);
    while (q.next())
        r.duplicates.insert(q.value(0).toString(), q.value(1).toLongLong());
    return r;
}
