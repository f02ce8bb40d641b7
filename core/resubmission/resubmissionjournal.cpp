// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/resubmissionjournal.h"

#include "common/actor.h"
#include "environment/databaseconnection.h"
#include "environment/environmentmigrations.h"
#include "environment/environmentnotifier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString itemColumns = u"id, batch_id, source_message_id, document_name, document_id, from_logical_id, "
                            "to_logical_id, state, reason, attempts, payload, updated, next_message_id"_s;

ResubmissionJournal::Item fromQuery(const QSqlQuery &q)
{
    ResubmissionJournal::Item i;
    i.id = q.value(0).toLongLong();
    i.batchId = q.value(1).toString();
    i.sourceMessageId = q.value(2).toString();
    i.documentName = q.value(3).toString();
    i.documentId = q.value(4).toString();
    i.fromLogicalId = q.value(5).toString();
    i.toLogicalId = q.value(6).toString();
    i.state = ResubmissionJournal::State(q.value(7).toInt());
    i.reason = q.value(8).toString();
    i.attempts = q.value(9).toInt();
    i.payload = qUncompress(q.value(10).toByteArray());
    i.updated = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    i.nextMessageId = q.value(12).toString();
    return i;
}

} // namespace

QString ResubmissionJournal::stateName(State state)
{
    switch (state) {
    case State::Pending: return tr("pending");
    case State::Sending: return tr("sending");
    case State::Accepted: return tr("accepted");
    case State::Retrying: return tr("retrying");
    case State::Failed: return tr("failed");
    case State::Unknown: return tr("unknown");
    case State::Skipped: return tr("skipped");
    }
    return {};
}

ResubmissionJournal::ResubmissionJournal(const QString &databasePath)
    : m_db(std::make_unique<DatabaseConnection>(databasePath))
{
}

ResubmissionJournal::~ResubmissionJournal() = default;

bool ResubmissionJournal::check(const QSqlQuery &query) const
{
    if (query.lastError().isValid()) {
        m_lastError = query.lastError().text();
        return false;
    }
    m_lastError.clear();
    return true;
}

bool ResubmissionJournal::open(QString *error)
{
    if (!m_db->open(error))
        return false;
    if (m_db->dialect() == SqlDialect::Sqlite) {
        QSqlQuery(m_db->database()).exec(u"PRAGMA journal_mode = WAL"_s);
        // FULL: a committed state change survives even a power cut, not only a crash of the app
        // (PostgreSQL's default, synchronous_commit = on, already does).
        QSqlQuery(m_db->database()).exec(u"PRAGMA synchronous = FULL"_s);
    }
    // The tables are the environment's schema, made and upgraded in one place.
    return EnvironmentMigrations::upgrade(m_db->database(), error);
}

std::optional<QString> ResubmissionJournal::addBatch(const QString &label, const QList<Item> &items, QString *error)
{
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = m_db->database();
    db.transaction();
    QSqlQuery b(db);
    b.prepare(u"INSERT INTO resubmission_batches (id, label, created, created_by, app_version) VALUES (?, ?, ?, ?, ?)"_s);
    b.addBindValue(batchId);
    b.addBindValue(label);
    b.addBindValue(now);
    b.addBindValue(Actor::name());
    b.addBindValue(Actor::appVersion());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO resubmission_items (batch_id, source_message_id, document_name, document_id, from_logical_id,"
              " to_logical_id, state, payload, updated, next_message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bool ok = b.exec();
    for (const Item &i : items) {
        if (!ok)
            break;
        for (const QVariant &v : {QVariant(batchId), QVariant(i.sourceMessageId), QVariant(i.documentName),
                                  QVariant(i.documentId), QVariant(i.fromLogicalId), QVariant(i.toLogicalId),
                                  QVariant(int(State::Pending)), QVariant(qCompress(i.payload)), QVariant(now),
                                  i.nextMessageId.isEmpty() ? QVariant() : QVariant(i.nextMessageId)})
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        if (error)
            *error = q.lastError().text() + b.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    announceChange();
    return batchId;
}

QList<ResubmissionJournal::Item> ResubmissionJournal::items(const QString &batchId, std::optional<State> state, int limit) const
{
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    // No LIMIT for "all" (PostgreSQL refuses SQLite's LIMIT -1).
    q.prepare(u"SELECT %1 FROM resubmission_items WHERE batch_id = ? %2 ORDER BY id %3"_s.arg(
        itemColumns, state ? u"AND state = ?"_s : QString(), limit < 0 ? QString() : u"LIMIT ?"_s));
    q.addBindValue(batchId);
    if (state)
        q.addBindValue(int(*state));
    if (limit >= 0)
        q.addBindValue(limit);
    QList<Item> list;
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    return check(q) ? list : QList<Item>();
}

QList<qint64> ResubmissionJournal::itemIds(const QString &batchId, std::optional<State> state) const
{
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM resubmission_items WHERE batch_id = ? %1 ORDER BY id"_s.arg(state ? u"AND state = ?"_s : QString()));
    q.addBindValue(batchId);
    if (state)
        q.addBindValue(int(*state));
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return check(q) ? ids : QList<qint64>();
}

QHash<qint64, ResubmissionJournal::State> ResubmissionJournal::itemStates(const QString &batchId) const
{
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, state FROM resubmission_items WHERE batch_id = ?"_s);
    q.addBindValue(batchId);
    QHash<qint64, State> states;
    if (q.exec()) {
        while (q.next())
            states.insert(q.value(0).toLongLong(), State(q.value(1).toInt()));
    }
    return check(q) ? states : QHash<qint64, State>();
}

std::optional<ResubmissionJournal::Item> ResubmissionJournal::item(qint64 id) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT %1 FROM resubmission_items WHERE id = ?"_s.arg(itemColumns));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        m_lastError.clear();
        return fromQuery(q);
    }
    if (check(q))
        m_lastError = tr("item %1 is not in the journal").arg(id);
    return std::nullopt;
}

QList<ResubmissionJournal::Batch> ResubmissionJournal::batches() const
{
    return readBatches(QString());
}

void ResubmissionJournal::announceChange() const
{
    EnvironmentNotifier::announce(m_db->database(), EnvironmentNotifier::Journal);
}

std::optional<ResubmissionJournal::Batch> ResubmissionJournal::batch(const QString &batchId) const
{
    const QList<Batch> found = readBatches(batchId);
    return found.isEmpty() ? std::nullopt : std::optional<Batch>(found.first());
}

QList<ResubmissionJournal::Batch> ResubmissionJournal::readBatches(const QString &batchId) const
{
    QList<Batch> list;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT id, label, created, created_by, app_version FROM resubmission_batches %1 ORDER BY created DESC"_s.arg(
        batchId.isEmpty() ? QString() : u"WHERE id = ?"_s));
    if (!batchId.isEmpty())
        q.addBindValue(batchId);
    q.exec();
    while (q.next()) {
        Batch b;
        b.id = q.value(0).toString();
        b.label = q.value(1).toString();
        b.created = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        b.createdBy = q.value(3).toString();
        b.appVersion = q.value(4).toString();
        list.append(b);
    }
    check(q);
    for (Batch &b : list)
        b.counts = counts(b.id);
    return list;
}

QHash<ResubmissionJournal::State, int> ResubmissionJournal::counts(const QString &batchId) const
{
    QHash<State, int> counts;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT state, COUNT(*) FROM resubmission_items WHERE batch_id = ? GROUP BY state"_s);
    q.addBindValue(batchId);
    q.exec();
    while (q.next())
        counts.insert(State(q.value(0).toInt()), q.value(1).toInt());
    check(q);
    return counts;
}

bool ResubmissionJournal::writeAttempt(qint64 itemId, const QString &messageId, const QString &runner)
{
    QSqlDatabase db = m_db->database();
    if (!runner.isEmpty()) {
        QSqlQuery claim(db);
        claim.prepare(u"UPDATE resubmission_runners SET heartbeat = ? WHERE runner = ? AND batch_id = "
                      "(SELECT batch_id FROM resubmission_items WHERE id = ?)"_s);
        claim.addBindValue(QDateTime::currentMSecsSinceEpoch());
        claim.addBindValue(runner);
        claim.addBindValue(itemId);
        if (!claim.exec() || claim.numRowsAffected() != 1) {
            m_lostClaim = !claim.lastError().isValid();
            m_lastError = m_lostClaim ? tr("another runner has taken this batch over") : claim.lastError().text();
            return false;
        }
    }
    QSqlQuery a(db);
    a.prepare(u"INSERT INTO resubmission_attempts (item_id, message_id, started) VALUES (?, ?, ?)"_s);
    a.addBindValue(itemId);
    a.addBindValue(messageId);
    a.addBindValue(QDateTime::currentMSecsSinceEpoch());
    QSqlQuery u(db);
    // The planned id is used once: a later attempt gets a new one.
    u.prepare(u"UPDATE resubmission_items SET state = ?, attempts = attempts + 1, updated = ?, next_message_id = NULL "
              "WHERE id = ?"_s);
    u.addBindValue(int(State::Sending));
    u.addBindValue(QDateTime::currentMSecsSinceEpoch());
    u.addBindValue(itemId);
    if (!a.exec() || !u.exec() || u.numRowsAffected() != 1) {
        m_lastError = a.lastError().isValid() ? a.lastError().text()
            : u.lastError().isValid()         ? u.lastError().text()
                                              : tr("item %1 is not in the journal").arg(itemId);
        return false;
    }
    return true;
}

bool ResubmissionJournal::writeState(qint64 itemId, State state, const QString &reason)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE resubmission_items SET state = ?, reason = ?, updated = ? WHERE id = ?"_s);
    q.addBindValue(int(state));
    q.addBindValue(reason.isNull() ? u""_s : reason);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(itemId);
    q.exec();
    if (!check(q))
        return false;
    if (q.numRowsAffected() != 1) {
        m_lastError = tr("item %1 is not in the journal").arg(itemId);
        return false;
    }
    return true;
}

bool ResubmissionJournal::commitGroup(const QList<AttemptStart> &starts, const QList<StateChange> &changes,
                                      const QString &runner)
{
    QSqlDatabase db = m_db->database();
    m_lostClaim = false;
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    bool ok = true;
    for (qsizetype i = 0; ok && i < changes.size(); ++i)
        ok = writeState(changes[i].itemId, changes[i].state, changes[i].reason);
    for (qsizetype i = 0; ok && i < starts.size(); ++i)
        ok = writeAttempt(starts[i].itemId, starts[i].messageId, runner);
    if (ok && !db.commit()) {
        m_lastError = db.lastError().text();
        ok = false;
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    m_lastError.clear();
    return true;
}

bool ResubmissionJournal::beginAttempt(qint64 itemId, const QString &messageId, const QString &runner)
{
    return commitGroup({{itemId, messageId}}, {}, runner);
}

bool ResubmissionJournal::setState(qint64 itemId, State state, const QString &reason)
{
    return writeState(itemId, state, reason);
}

QStringList ResubmissionJournal::attemptMessageIds(qint64 itemId) const
{
    QStringList ids;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT message_id FROM resubmission_attempts WHERE item_id = ? ORDER BY started"_s);
    q.addBindValue(itemId);
    q.exec();
    while (q.next())
        ids << q.value(0).toString();
    return check(q) ? ids : QStringList();
}

QDateTime ResubmissionJournal::lastAttemptStarted(qint64 itemId) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT MAX(started) FROM resubmission_attempts WHERE item_id = ?"_s);
    q.addBindValue(itemId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    check(q);
    return {};
}

QList<ResubmissionJournal::Item> ResubmissionJournal::acceptedFor(const QString &documentName, const QString &documentId) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT %1 FROM resubmission_items WHERE document_name = ? AND document_id = ? AND state = ?"_s.arg(itemColumns));
    q.addBindValue(documentName);
    q.addBindValue(documentId);
    q.addBindValue(int(State::Accepted));
    QList<Item> list;
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    check(q);
    return list;
}

int ResubmissionJournal::markInterruptedAsUnknown(const QString &batchId)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE resubmission_items SET state = ?, reason = ?, updated = ? WHERE state = ? AND batch_id = ?"_s);
    q.addBindValue(int(State::Unknown));
    q.addBindValue(tr("interrupted while sending; checking the message log before sending again"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(int(State::Sending));
    q.addBindValue(batchId);
    q.exec();
    if (!check(q))
        return -1;
    return q.numRowsAffected();
}
