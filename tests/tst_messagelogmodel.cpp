// SPDX-License-Identifier: GPL-3.0-or-later
// The message-log table model over a replicated store: pages as the view scrolls, filters,
// free text, checked signal by signal with QAbstractItemModelTester.
#include "demodata.h"
#include "messagelogmodel.h"
#include "messagelogstore.h"

#include <QAbstractItemModelTester>
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
};

QTEST_GUILESS_MAIN(TestMessageLogModel)
#include "tst_messagelogmodel.moc"
