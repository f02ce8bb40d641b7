// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/messagelogstore.h"

#include "common/logging.h"
#include "environment/environmentmigrations.h"
#include "environment/databaseconnection.h"
#include "messagelog/batchinsert.h"
#include "messagelog/logrollups.h"
#include "messagelog/oneviewfilter.h"
#include "messagelog/replicationruns.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString columns = u"message_id, document_type, direction, status, exception_type, from_logical_id, "
                        "to_logical_id, document_id, accounting_entity, location, error_code, error_text, "
                        "message_date, size"_s;
const QString selectColumns = columns + u", id"_s;

LogMessage fromQuery(const QSqlQuery &q)
{
    LogMessage m;
    m.messageId = q.value(0).toString();
    m.documentType = q.value(1).toString();
    m.direction = q.value(2).toString();
    m.status = q.value(3).toString();
    m.exceptionType = q.value(4).toString();
    m.fromLogicalId = q.value(5).toString();
    m.toLogicalId = q.value(6).toString();
    m.documentId = q.value(7).toString();
    m.accountingEntity = q.value(8).toString();
    m.location = q.value(9).toString();
    m.errorCode = q.value(10).toString();
    m.errorText = q.value(11).toString();
    m.messageDate = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    m.size = q.value(13).toLongLong();
    m.rowId = q.value(14).toLongLong();
    return m;
}

QVariantList messageValues(const LogMessage &m)
{
    QVariantList values;
    values.reserve(15);
    for (const QString &v : {m.messageId, m.documentType, m.direction, m.status, m.exceptionType, m.fromLogicalId,
                             m.toLogicalId, m.documentId, m.accountingEntity, m.location, m.errorCode, m.errorText})
        values << (v.isNull() ? u""_s : v); // '' rather than NULL, so that "eq ''" finds it
    values << m.messageDate.toMSecsSinceEpoch() << m.size;
    return values;
}
} // namespace

QJsonObject LogMessage::toJson() const
{
    return {{u"message_id"_s, messageId},         {u"document_type"_s, documentType},
            {u"direction"_s, direction},          {u"status"_s, status},
            {u"exception_type"_s, exceptionType}, {u"from_logical_id"_s, fromLogicalId},
            {u"to_logical_id"_s, toLogicalId},    {u"document_id"_s, documentId},
            {u"accounting_entity"_s, accountingEntity}, {u"location"_s, location},
            {u"error_code"_s, errorCode},         {u"error_text"_s, errorText},
            {u"message_date"_s, messageDate.toUTC().toString(Qt::ISODateWithMs)}, {u"size"_s, size}};
}

LogMessage LogMessage::fromJson(const QJsonObject &o)
{
    LogMessage m;
    auto str = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    m.messageId = str("message_id");
    m.documentType = str("document_type");
    m.direction = str("direction");
    m.status = str("status");
    m.exceptionType = str("exception_type");
    m.fromLogicalId = str("from_logical_id");
    m.toLogicalId = str("to_logical_id");
    m.documentId = str("document_id");
    m.accountingEntity = str("accounting_entity");
    m.location = str("location");
    m.errorCode = str("error_code");
    m.errorText = str("error_text");
    m.messageDate = QDateTime::fromString(str("message_date"), Qt::ISODateWithMs);
    m.size = o.value(u"size"_s).toInteger();
    return m;
}

MessageLogStore::MessageLogStore(const QString &path)
    : m_db(std::make_unique<DatabaseConnection>(path))
{
}

MessageLogStore::~MessageLogStore() = default; // the runs first: they let go of the lock on the connection

ReplicationRuns *MessageLogStore::replicationRuns()
{
    if (!m_runs)
        m_runs = std::make_unique<ReplicationRuns>(m_db->database());
    return m_runs.get();
}

bool MessageLogStore::open(QString *error)
{
    if (!m_db->open(error))
        return false;
    if (m_db->dialect() == SqlDialect::Sqlite) {
        QSqlQuery(m_db->database()).exec(u"PRAGMA journal_mode = WAL"_s);
        QSqlQuery(m_db->database()).exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    // The tables are the environment's schema, made and upgraded in one place.
    return EnvironmentMigrations::upgrade(m_db->database(), error);
}

bool MessageLogStore::insert(const QList<LogMessage> &messages, const QList<QByteArray> &payloads,
                          const QList<QList<LogEvent>> &events, QString *error)
{
    QSqlDatabase db = m_db->database();
    db.transaction();
    BatchInsert rows(db, u"INSERT INTO messages (%1)"_s.arg(columns), 14);
    BatchInsert payloadRows(db, u"INSERT INTO payloads (message_id, payload)"_s, 2);
    BatchInsert eventRows(db, u"INSERT INTO events (message_id, time, event, detail)"_s, 4);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        rows.add(messageValues(messages[i]));
        if (!payloads.value(i).isEmpty())
            payloadRows.add({messages[i].messageId, qCompress(payloads[i])});
        for (const LogEvent &ev : events.value(i))
            eventRows.add({messages[i].messageId, ev.time.toMSecsSinceEpoch(), ev.event, ev.detail});
    }
    if (!rows.finish(error) || !payloadRows.finish(error) || !eventRows.finish(error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

namespace {
bool checked(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcEnvironment) << "the message log could not" << what << ":" << q.lastError().text();
    return false;
}
} // namespace

bool MessageLogStore::addEvent(const QString &messageId, const LogEvent &ev)
{
    QSqlQuery e(m_db->database());
    e.prepare(u"INSERT INTO events (message_id, time, event, detail) VALUES (?, ?, ?, ?)"_s);
    e.addBindValue(messageId);
    e.addBindValue(ev.time.toMSecsSinceEpoch());
    e.addBindValue(ev.event);
    e.addBindValue(ev.detail);
    return checked(e, "record an event");
}

bool MessageLogStore::update(const LogMessage &m)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE messages SET status = ?, exception_type = ?, error_code = ?, error_text = ?, to_logical_id = ? "
              "WHERE message_id = ?"_s);
    for (const QString &v : {m.status, m.exceptionType, m.errorCode, m.errorText, m.toLogicalId, m.messageId})
        q.addBindValue(v.isNull() ? u""_s : v);
    return checked(q, "update a message");
}

std::optional<MessageLogStore::Page> MessageLogStore::search(const OneViewFilter &filter, int page, int records,
                                                        const QString &sort, QString *error) const
{
    QVariantList bindings;
    const QString where = filter.toSql(&bindings);
    const QStringList sortParts = sort.split(u':');
    const QString sortField = sortParts.value(0, u"message_date"_s);
    if (!OneViewFilter::fields().contains(sortField)) {
        if (error)
            *error = u"cannot sort by %1"_s.arg(sortField);
        return std::nullopt;
    }
    const bool descending = sortParts.value(1) != u"asc"_s;
    Page result;
    QSqlQuery count(m_db->database());
    count.prepare(u"SELECT COUNT(*) FROM messages WHERE "_s + where);
    for (const QVariant &v : bindings)
        count.addBindValue(v);
    if (!count.exec() || !count.next()) {
        if (error)
            *error = count.lastError().text();
        return std::nullopt;
    }
    result.numFound = count.value(0).toLongLong();
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    // id breaks ties so that paging is stable while equal dates exist.
    q.prepare(u"SELECT %1 FROM messages WHERE %2 ORDER BY %3 %4, id %4 LIMIT ? OFFSET ?"_s.arg(
        selectColumns, where, sortField, descending ? u"DESC"_s : u"ASC"_s));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    q.addBindValue(records);
    q.addBindValue(qint64(qMax(0, page - 1)) * records);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        result.records.append(fromQuery(q));
    return result;
}

std::optional<QHash<QString, qint64>> MessageLogStore::facet(const OneViewFilter &filter, const QString &field,
                                                          QString *error) const
{
    if (!OneViewFilter::fields().contains(field) || field == u"message_date"_s) {
        if (error)
            *error = u"no facets for %1"_s.arg(field);
        return std::nullopt;
    }
    QVariantList bindings;
    const QString where = filter.toSql(&bindings);
    QSqlQuery q(m_db->database());
    q.prepare(LogRollups::answers(filter) && LogRollups::shapeFields().contains(field)
                  ? LogRollups::facetSql(field, where)
                  : u"SELECT %1, COUNT(*) FROM messages WHERE %2 GROUP BY %1"_s.arg(field, where));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

qint64 MessageLogStore::countUpTo(const OneViewFilter &filter, qint64 cap, QString *error) const
{
    QVariantList bindings;
    const QString where = filter.toSql(&bindings);
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT COUNT(*) FROM (SELECT 1 FROM messages WHERE %1 LIMIT %2) AS capped"_s.arg(where).arg(cap + 1));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

std::optional<LogMessage> MessageLogStore::message(const QString &messageId) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT %1 FROM messages WHERE message_id = ?"_s.arg(selectColumns));
    q.addBindValue(messageId);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<LogMessage> MessageLogStore::messagesByRowId(const QList<qint64> &rowIds) const
{
    QList<LogMessage> list;
    if (rowIds.isEmpty())
        return list;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM messages WHERE id IN (%2)"_s.arg(selectColumns, QStringList(rowIds.size(), u"?"_s).join(u", "_s)));
    for (const qint64 id : rowIds)
        q.addBindValue(id);
    if (!checked(q, "read messages"))
        return list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

std::optional<QByteArray> MessageLogStore::payload(const QString &messageId) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT payload FROM payloads WHERE message_id = ?"_s);
    q.addBindValue(messageId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    // Cached payloads are plain XML; bulk-inserted ones are compressed (qCompress starts with a
    // four-byte length, which for anything under 1 GB never begins with '<').
    const QByteArray blob = q.value(0).toByteArray();
    return blob.startsWith('<') || blob.startsWith("\xEF\xBB\xBF") ? blob : qUncompress(blob);
}

QList<LogEvent> MessageLogStore::events(const QString &messageId) const
{
    QList<LogEvent> list;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT time, event, detail FROM events WHERE message_id = ? ORDER BY time, %1"_s.arg(Sql::insertionOrder(m_db->dialect())));
    q.addBindValue(messageId);
    if (!checked(q, "read the events"))
        return list;
    while (q.next())
        list.append({QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toString(),
                     q.value(2).toString()});
    return list;
}

qint64 MessageLogStore::count() const
{
    QSqlQuery q(m_db->database());
    return q.exec(u"SELECT COUNT(*) FROM messages"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

QSqlDatabase MessageLogStore::database() const
{
    return m_db->database();
}

bool MessageLogStore::upsert(const QList<LogMessage> &messages, QString *error)
{
    QSqlDatabase db = m_db->database();
    db.transaction();
    // ON CONFLICT keeps the row (and its cached payload) and refreshes what can change.
    BatchInsert rows(db, u"INSERT INTO messages (%1)"_s.arg(columns), 14,
                     u"ON CONFLICT(message_id) DO UPDATE SET status = excluded.status, exception_type = excluded.exception_type, "
                     "to_logical_id = excluded.to_logical_id, error_code = excluded.error_code, error_text = excluded.error_text"_s);
    // A statement may not touch a row twice (PostgreSQL): a message listed twice counts once, as last reported.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < messages.size(); ++i)
        last.insert(messages[i].messageId, i);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (last.value(messages[i].messageId) == i)
            rows.add(messageValues(messages[i]));
    }
    if (!rows.finish(error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool MessageLogStore::setPayload(const QString &messageId, const QByteArray &payload)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO payloads (message_id, payload) VALUES (?, ?) "
              "ON CONFLICT (message_id) DO UPDATE SET payload = excluded.payload"_s);
    q.addBindValue(messageId);
    q.addBindValue(payload); // uncompressed, so that free-text search can look inside
    return checked(q, "keep a payload");
}

QDateTime MessageLogStore::latestMessageDate() const
{
    QSqlQuery q(m_db->database());
    if (q.exec(u"SELECT MAX(message_date) FROM messages"_s) && q.next() && !q.value(0).isNull())
        return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    return {};
}

QList<LogMessage> MessageLogStore::pageAfter(const OneViewFilter &filter, const QString &text, const LogOrder &order,
                                             const LogMessage *after, int limit, QString *error) const
{
    QVariantList matchBindings;
    QString match = filter.toSql(&matchBindings);
    if (!text.isEmpty()) {
        // Free text: the ids, logical ids and error text, and payloads already fetched.
        const QString like = Sql::like(m_db->dialect());
        match += u" AND (message_id %1 ? OR document_id %1 ? OR error_text %1 ? OR from_logical_id %1 ? "
                 "OR to_logical_id %1 ? OR EXISTS (SELECT 1 FROM payloads p WHERE p.message_id = messages.message_id AND %2))"_s
                     .arg(like, Sql::blobContains(m_db->dialect(), u"p.payload"_s));
        const QString pattern = u'%' + text + u'%';
        matchBindings << pattern << pattern << pattern << pattern << pattern << text;
    }
    QVariantList keysetBindings;
    const QString keyset = after ? order.after(*after, &keysetBindings) : u"1 = 1"_s;
    auto run = [&](const QString &sql, const QVariantList &bindings) {
        QSqlQuery q(m_db->database());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : bindings)
            q.addBindValue(v);
        QList<LogMessage> list;
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return list;
        }
        while (q.next())
            list.append(fromQuery(q));
        return list;
    };
    const QString planned = u"SELECT %1 FROM messages WHERE (%2) AND %3 ORDER BY %4 LIMIT ?"_s.arg(selectColumns, match, keyset,
                                                                                              order.orderBy());
    const QVariantList plannedBindings = matchBindings + keysetBindings + QVariantList {limit};
    if (m_db->dialect() == SqlDialect::Sqlite && order.isNewestFirst() && sortsEverything(planned, plannedBindings)) {
        // SQLite would collect and sort every match (an OR over two indexes does that). A filter
        // that matches often (a busy logical id) is answered far faster by walking the date
        // index and testing each row; try that on a bounded number of rows, then fall back.
        const QList<LogMessage> probed = run(
            // The inner rows come in date order and the outer query streams them: it stops at
            // `limit` hits without sorting (no ORDER BY out here, on purpose).
            u"SELECT %1 FROM (SELECT %1, (%2) AS hit FROM messages INDEXED BY messages_date WHERE %3 "
            "ORDER BY %4 LIMIT %5) WHERE hit LIMIT ?"_s.arg(selectColumns, match, keyset, order.orderBy())
                .arg(ProbeRows),
            matchBindings + keysetBindings + QVariantList {limit});
        if (probed.size() >= limit)
            return probed;
    }
    return run(planned, plannedBindings);
}

bool MessageLogStore::sortsEverything(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return false;
    while (q.next()) {
        if (q.value(3).toString().contains(u"TEMP B-TREE FOR ORDER BY"_s))
            return true;
    }
    return false;
}
