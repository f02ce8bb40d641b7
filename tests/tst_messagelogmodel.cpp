// SPDX-License-Identifier: GPL-3.0-or-later
// The message-log table model over a replicated store: pages as the view scrolls, filters,
// free text, checked signal by signal with QAbstractItemModelTester.
#include "demodata.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/messagelogstore.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMessageLogModel : public QObject
{
    Q_OBJECT
private:
    MessageLogStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(m_store.open(&error));
        DemoData::Options o;
        o.messages = 3000;
        o.seed = 5;
        o.end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(DemoData::generate(&m_store, o, &error));
    }

    void pagesAsTheViewScrolls()
    {
        MessageLogModel model;
        QAbstractItemModelTester check(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);
        QVERIFY(model.rowCount() >= MessageLogModel::PageSize); // the tester itself may fetch more
        QCOMPARE(model.rowCount() % MessageLogModel::PageSize, 0);
        QCOMPARE(model.totalCount(), 3000);
        QStringList seen;
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 3000);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.messageAt(row).messageDate <= model.messageAt(row - 1).messageDate);
            seen << model.messageAt(row).messageId;
        }
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 2999);
    }

    void rowsScrolledPastAreReadAgainById()
    {
        // More pages than the model keeps: the first pages are read again, the same rows in the same order.
        MessageLogStore store;
        QString error;
        QVERIFY(store.open(&error));
        DemoData::Options o;
        o.messages = (LogRowCache::KeptPages + 5) * MessageLogModel::PageSize;
        o.payloads = false;
        o.seed = 9;
        o.end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(DemoData::generate(&store, o, &error));
        MessageLogModel model;
        model.setStore(&store);
        const QList<LogMessage> expected = store.pageAfter(OneViewFilter(), {}, model.order(), nullptr, 300, &error);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), o.messages);
        for (int row = 0; row < 300; ++row) {
            const LogMessage m = model.messageAt(row);
            QCOMPARE(m.messageId, expected[row].messageId);
            QCOMPARE(m.errorText, expected[row].errorText);
            QCOMPARE(model.data(model.index(row, MessageLogModel::MessageIdColumn)).toString(), expected[row].messageId);
        }
        // A row deleted since it was listed shows empty rather than another message.
        QSqlQuery(store.database()).exec(u"DELETE FROM messages WHERE message_id = '%1'"_s.arg(expected[250].messageId));
        for (int row = model.rowCount() - 1; row >= 2 * MessageLogModel::PageSize; row -= MessageLogModel::PageSize)
            model.messageAt(row); // pushes the early pages out
        QCOMPARE(model.messageAt(250).messageId, QString());
        QCOMPARE(model.messageAt(251).messageId, expected[251].messageId);
    }

    void filterAndFreeText()
    {
        MessageLogModel model;
        QAbstractItemModelTester check(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);
        QString error;
        const auto errors = OneViewFilter::parse(u"(exception_type eq Error)"_s, &error);
        model.setQuery(*errors, {});
        QVERIFY(model.totalCount() > 0 && model.totalCount() < 3000);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, MessageLogModel::StatusColumn).data().toString(), u"Error"_s);
        const QString documentId = model.messageAt(0).documentId;
        model.setQuery(*OneViewFilter::parse({}, &error), documentId);
        QVERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.messageAt(row).documentId, documentId);
        // Payload text is found once the payload is cached.
        const QString id = model.messageAt(0).messageId;
        m_store.setPayload(id, "<SyncX><Marker>needle-4711</Marker></SyncX>");
        model.setQuery(*OneViewFilter::parse({}, &error), u"needle-4711"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MessageLogModel::MessageIdColumn).data().toString(), id);
        QCOMPARE(*m_store.payload(id), QByteArray("<SyncX><Marker>needle-4711</Marker></SyncX>"));
    }

    void sortedByEverySortableColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int column = 0; column < MessageLogModel::ColumnCount; ++column) {
            if (!MessageLogModel::isSortable(column))
                continue;
            for (const bool descending : {false, true})
                QTest::addRow("column %d %s", column, descending ? "desc" : "asc") << column << descending;
        }
    }

    void sortedByEverySortableColumn()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        MessageLogModel model;
        QAbstractItemModelTester check(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        // Every message once, in order across page boundaries (the keyset is the last row).
        QCOMPARE(model.rowCount(), 3000);
        QSet<QString> ids;
        auto key = [&](int row) {
            const LogMessage &m = model.messageAt(row);
            const QHash<int, QString> stored {{MessageLogModel::StatusColumn, m.exceptionType},
                                              {MessageLogModel::DocumentColumn, m.documentType},
                                              {MessageLogModel::FromColumn, m.fromLogicalId},
                                              {MessageLogModel::ToColumn, m.toLogicalId},
                                              {MessageLogModel::DocumentIdColumn, m.documentId},
                                              {MessageLogModel::MessageIdColumn, m.messageId}};
            const QString value = stored.value(column);
            return std::tuple(value, m.messageDate, m.rowId);
        };
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.messageAt(row).messageId);
            if (row > 0)
                QVERIFY2(descending ? key(row) < key(row - 1) : key(row - 1) < key(row), qPrintable(u"row %1"_s.arg(row)));
        }
        QCOMPARE(ids.size(), 3000);
        QVERIFY(!MessageLogModel::isSortable(MessageLogModel::SizeColumn));
    }

    void aRareMatchBeyondTheNewestRowsIsFound()
    {
        // More rows than the newest-first probe looks at, and the only match is the oldest.
        MessageLogStore store;
        QString error;
        QVERIFY(store.open(&error));
        QList<LogMessage> messages;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < MessageLogStore::ProbeRows + 2 * MessageLogModel::PageSize + 10; ++i) {
            LogMessage m;
            m.messageId = u"m%1"_s.arg(i);
            m.fromLogicalId = i == 0 ? u"lid://infor.rare.one"_s : u"lid://infor.busy.one"_s;
            m.toLogicalId = u"lid://infor.ims.workbench"_s;
            m.messageDate = start.addSecs(i);
            messages << m;
        }
        QVERIFY(store.insert(messages, {}, {}, &error));
        MessageLogModel model;
        model.setStore(&store);
        const auto rare = OneViewFilter::parse(
            u"(from_logical_id eq 'lid://infor.rare.one') or (to_logical_id eq 'lid://infor.rare.one')"_s, &error);
        model.setQuery(*rare, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.messageAt(0).messageId, u"m0"_s);
        // And the busy one (an OR, which SQLite would sort whole) pages past the probe without
        // gaps and in order.
        const auto busy = OneViewFilter::parse(
            u"(from_logical_id eq 'lid://infor.busy.one') or (to_logical_id eq 'lid://infor.busy.one')"_s, &error);
        model.setQuery(*busy, {});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), messages.size() - 1);
        QCOMPARE(model.messageAt(model.rowCount() - 1).messageId, u"m1"_s);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.messageAt(row).messageDate < model.messageAt(row - 1).messageDate);
        // Counting stops at the cap.
        QCOMPARE(store.countUpTo(*busy, 1000, &error), 1001);
        QCOMPARE(store.countUpTo(*rare, 1000, &error), 1);
    }
};

QTEST_GUILESS_MAIN(TestMessageLogModel)
#include "tst_messagelogmodel.moc"
