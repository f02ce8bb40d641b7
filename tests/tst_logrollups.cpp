// SPDX-License-Identifier: GPL-3.0-or-later
// The rollups answer every search made of shape fields exactly as counting the rows does, on SQLite
// and on PostgreSQL (a throwaway cluster), after inserts, replication's refreshes, single updates
// and deletes; searches on other fields still go to the rows.
#include "demodata.h"
#include "messagelog/logrollups.h"
#include "messagelog/logtimeline.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "postgrescluster.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The oracle: the same questions asked of the rows, written out here on purpose.
QHash<QString, qint64> rowFacet(const MessageLogStore &store, const OneViewFilter &filter, const QString &field)
{
    QVariantList bindings;
    QSqlQuery q(store.database());
    q.prepare(u"SELECT %1, COUNT(*) FROM messages WHERE %2 GROUP BY %1"_s.arg(field, filter.toSql(&bindings)));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

QMap<qint64, QPair<qint64, qint64>> rowHours(const MessageLogStore &store, const OneViewFilter &filter)
{
    QVariantList bindings;
    QSqlQuery q(store.database());
    q.prepare(u"SELECT message_date / 3600000, COUNT(*), SUM(CASE WHEN exception_type IN ('Error', 'No Route', "
              "'Size Over Limit') THEN 1 ELSE 0 END) FROM messages WHERE %1 GROUP BY 1"_s.arg(filter.toSql(&bindings)));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    QMap<qint64, QPair<qint64, qint64>> hours;
    while (q.next())
        hours.insert(q.value(0).toLongLong() * 3600000, {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return hours;
}

QMap<qint64, QPair<qint64, qint64>> rollupHours(const QList<LogTimeline::Bucket> &buckets)
{
    QMap<qint64, QPair<qint64, qint64>> hours;
    for (const LogTimeline::Bucket &b : buckets)
        hours.insert(b.start.toMSecsSinceEpoch(), {b.messages, b.errors});
    return hours;
}

const QStringList filters {
    QString(),
    u"(from_logical_id eq 'lid://infor.m3.m3be') or (to_logical_id eq 'lid://infor.m3.m3be')"_s,
    u"(exception_type eq 'Error')"_s,
    u"(exception_type eq '')"_s,
    u"(document_type eq 'Sync.SupplierPartyMaster') and (direction eq 'inbound')"_s,
    u"(status ge 'c') and ((exception_type eq 'No Route') or (exception_type eq 'Filtered Out'))"_s,
    u"(to_logical_id gt 'lid://infor.fsm')"_s,
};
} // namespace

class TestLogRollups : public QObject
{
    Q_OBJECT

    PostgresCluster m_cluster;
    QTemporaryDir m_dir;

    // Every filter: the rollups' counts and timeline equal the rows'.
    void compare(const MessageLogStore &store)
    {
        QString error;
        for (const QString &text : filters) {
            const auto filter = OneViewFilter::parse(text, &error);
            QVERIFY2(filter && LogRollups::answers(*filter), qPrintable(text));
            const auto summary = LogTimeline::summarize(store, *filter, [] { return true; });
            QVERIFY(summary.complete);
            QHash<QString, qint64> expected = rowFacet(store, *filter, u"exception_type"_s);
            QCOMPARE(summary.outcomes, expected);
            QCOMPARE(rollupHours(summary.hours), rowHours(store, *filter));
            for (const QString &field : LogRollups::shapeFields())
                QCOMPARE(store.facet(*filter, field, &error).value_or(QHash<QString, qint64>()), rowFacet(store, *filter, field));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }

    void rollupsCountAsTheRowsDo_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("SQLite") << m_dir.filePath(u"log.sqlite"_s);
        QTest::newRow("PostgreSQL") << m_cluster.createDatabase(u"rollups"_s);
    }
    void rollupsCountAsTheRowsDo()
    {
        QFETCH(QString, location);
        MessageLogStore store(location);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        DemoData::Options o;
        o.messages = 4000;
        o.payloads = false;
        o.days = 3;
        o.end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        QVERIFY2(DemoData::generate(&store, o, &error), qPrintable(error));
        compare(store);

        // Replication's refresh: every tenth message changes its outcome and receiver; one is new.
        auto page = store.search(*OneViewFilter::parse({}, &error), 1, 4000, u"message_date:asc"_s, &error);
        QVERIFY(page);
        QList<LogMessage> refreshed;
        for (qsizetype i = 0; i < page->records.size(); i += 10) {
            LogMessage m = page->records[i];
            m.status = u"completed"_s;
            m.exceptionType = i % 20 ? u"Error"_s : QString();
            m.toLogicalId = u"lid://infor.ims.elsewhere"_s;
            refreshed << m;
        }
        LogMessage fresh = page->records.first();
        fresh.messageId = u"new-one"_s;
        fresh.messageDate = fresh.messageDate.addDays(-40); // a day of its own
        refreshed << fresh;
        QVERIFY2(store.upsert(refreshed, &error), qPrintable(error));
        compare(store);

        // The sandbox's single updates, and deletes.
        LogMessage one = page->records[5];
        one.exceptionType = u"No Route"_s;
        QVERIFY(store.update(one));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"DELETE FROM messages WHERE message_id IN (SELECT message_id FROM messages ORDER BY message_id LIMIT 300)"_s));
        compare(store);
        QVERIFY(q.exec(u"DELETE FROM messages"_s));
        const auto none = store.facet(*OneViewFilter::parse({}, &error), u"document_type"_s, &error);
        QVERIFY(none && none->isEmpty());
        QVERIFY(LogTimeline::perHour(store, *OneViewFilter::parse({}, &error), &error).isEmpty());
    }

    void otherFieldsAreCountedFromTheRows()
    {
        QString error;
        for (const QString &text : {u"(message_id eq 'x')"_s, u"(document_id eq 'PO-1') or (status eq 'x')"_s,
                                     u"message_date range [2026-10-20T00:00:00.000Z, 2026-10-21T00:00:00.000Z]"_s}) {
            const auto filter = OneViewFilter::parse(text, &error);
            QVERIFY2(filter, qPrintable(error));
            QVERIFY(!LogRollups::answers(*filter));
        }
        QVERIFY(LogRollups::answers(*OneViewFilter::parse(u"(direction eq 'inbound')"_s, &error)));
    }
};

QTEST_GUILESS_MAIN(TestLogRollups)
#include "tst_logrollups.moc"
