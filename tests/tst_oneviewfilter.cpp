// SPDX-License-Identifier: GPL-3.0-or-later
// The message-log filter grammar: what parses, what does not and why, and the SQL it becomes.
#include "messagelog/oneviewfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOneViewFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nestingAndSizeAreBounded()
    {
        QString error;
        const QString deep = QString(25'000, u'(') + u"status eq 'ERROR'"_s + QString(25'000, u')');
        QVERIFY(!OneViewFilter::parse(deep, &error));
        QVERIFY2(error.contains(u"nested deeper than 64"_s), qPrintable(error));
        QStringList many;
        for (int i = 0; i < 20'000; ++i)
            many << u"status eq '%1'"_s.arg(i);
        QVERIFY(!OneViewFilter::parse(many.join(u" or "_s), &error));
        QVERIFY2(error.contains(u"more than 1000 conditions"_s), qPrintable(error));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");
        QTest::addRow("the documented example")
            << u"(document_type eq 'Sync.SupplierPartyMaster') and message_date range [2025-12-16T02:00:00.000Z, 2025-12-17T02:00:00.000Z]"_s
            << u"(document_type = ? AND message_date BETWEEN ? AND ?)"_s
            << QVariantList {u"Sync.SupplierPartyMaster"_s, qint64(1765850400000), qint64(1765936800000)};
        QTest::addRow("or binds looser than and")
            << u"(status eq 'Error') and (direction eq inbound) or (status eq 'Warning')"_s
            << u"((status = ? AND direction = ?) OR status = ?)"_s
            << QVariantList {u"Error"_s, u"inbound"_s, u"Warning"_s};
        QTest::addRow("parentheses group") << u"(status eq a) and ((direction eq x) or (direction eq y))"_s
                                           << u"(status = ? AND (direction = ? OR direction = ?))"_s
                                           << QVariantList {u"a"_s, u"x"_s, u"y"_s};
        QTest::addRow("comparison ops") << u"message_date ge 2025-01-01T00:00:00.000Z and message_date lt 2025-01-02T00:00:00.000Z"_s
                                        << u"(message_date >= ? AND message_date < ?)"_s
                                        << QVariantList {qint64(1735689600000), qint64(1735776000000)};
        QTest::addRow("quote inside a value") << u"(document_id eq 'O''Brien')"_s << u"document_id = ?"_s
                                              << QVariantList {u"O'Brien"_s};
        QTest::addRow("an injection attempt stays a value")
            << u"(message_id eq '1; DROP TABLE messages; --')"_s << u"message_id = ?"_s
            << QVariantList {u"1; DROP TABLE messages; --"_s};
        QTest::addRow("empty filter matches everything") << QString() << u"1 = 1"_s << QVariantList();
    }
    void parses()
    {
        QFETCH(QString, filter);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);
        QString error;
        const auto f = OneViewFilter::parse(filter, &error);
        QVERIFY2(f, qPrintable(error));
        QVariantList actual;
        QCOMPARE(f->toSql(&actual), sql);
        QCOMPARE(actual, bindings);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("says");
        QTest::addRow("unknown field") << u"(colour eq red)"_s << u"unknown field \"colour\""_s;
        QTest::addRow("unknown operator") << u"(status like 'x')"_s << u"unknown operator \"like\""_s;
        QTest::addRow("missing parenthesis") << u"(status eq x"_s << u"\")\" is missing"_s;
        QTest::addRow("unterminated quote") << u"(status eq 'x)"_s << u"not closed"_s;
        QTest::addRow("range without brackets") << u"message_date range 1, 2"_s << u"[from, to]"_s;
        QTest::addRow("dangling and") << u"(status eq x) and"_s << u"field name is expected"_s;
        QTest::addRow("trailing junk") << u"(status eq x) garbage"_s << u"unexpected"_s;
        QTest::addRow("column injection") << u"(status) = 1 or (1 eq 1)"_s << u"operator"_s;
    }
    void rejects()
    {
        QFETCH(QString, filter);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!OneViewFilter::parse(filter, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void buildersRoundTrip()
    {
        const QString text = OneViewFilter::allOf(
            {OneViewFilter::condition(u"status"_s, OneViewFilter::Op::Eq, u"it's"_s),
             OneViewFilter::range(u"message_date"_s,
                                  OneViewFilter::timestamp(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)),
                                  OneViewFilter::timestamp(QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC)))});
        QCOMPARE(text, u"(status eq 'it''s') and (message_date range [2026-01-01T00:00:00.000Z, 2026-01-02T00:00:00.000Z])"_s);
        QString error;
        const auto f = OneViewFilter::parse(text, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->root().children.size(), 2);
        QCOMPARE(f->root().children[0]->values, QStringList {u"it's"_s});
    }
};

QTEST_GUILESS_MAIN(TestOneViewFilter)
#include "tst_oneviewfilter.moc"
