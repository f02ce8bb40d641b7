// SPDX-License-Identifier: GPL-3.0-or-later
// Document-flow filters: the text form, its errors, and evaluation as ION does it (whole
// message, any repetition, a missing path never matches).
#include "bod/parsinglimits.h"
#include "routing/flowfilter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray order()
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/flow/purchase-order.xml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("test data missing");
    return f.readAll();
}

FlowFilter::Result run(const QString &text)
{
    QString error;
    const auto f = FlowFilter::parse(text, &error);
    if (!f)
        qFatal("%s: %s", qPrintable(text), qPrintable(error));
    return f->evaluate(order());
}
} // namespace

class TestFlowFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Found by a mutation run: 25,000 nested parentheses crashed flow test, the Filter Tester
    // and the sandbox (recursion without a limit). Now a parse error that says so.
    void nestingAndSizeAreBounded()
    {
        QString error;
        const QString deep = QString(25'000, u'(') + u"DataArea/x = 1"_s + QString(25'000, u')');
        QVERIFY(!FlowFilter::parse(deep, &error));
        QVERIFY2(error.contains(u"nested deeper than 64"_s), qPrintable(error));
        const QString ok = QString(64, u'(') + u"DataArea/x = 1"_s + QString(64, u')');
        QVERIFY2(FlowFilter::parse(ok, &error), qPrintable(error));
        QStringList many;
        for (int i = 0; i < 100'000; ++i)
            many << u"DataArea/x = %1"_s.arg(i);
        QVERIFY(!FlowFilter::parse(many.join(u" and "_s), &error));
        QVERIFY2(error.contains(u"more than 1000 conditions"_s), qPrintable(error));
    }

    void evaluates_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("passes");
        QTest::newRow("equals") << u"DataArea/PurchaseOrder/PurchaseOrderHeader/Status/Code = 'Open'"_s << true;
        QTest::newRow("from the root") << u"ProcessPurchaseOrder/DataArea/PurchaseOrder/PurchaseOrderHeader/Status/Code eq Open"_s << true;
        QTest::newRow("not equals") << u"DataArea/PurchaseOrder/PurchaseOrderHeader/Status/Code != 'Open'"_s << false;
        QTest::newRow("one repetition of three") << u"DataArea/PurchaseOrder/PurchaseOrderLine/Item/ItemID starts with 'A-'"_s << true;
        QTest::newRow("no repetition") << u"DataArea/PurchaseOrder/PurchaseOrderLine/Item/ItemID starts with 'Z-'"_s << false;
        QTest::newRow("numbers as numbers") << u"DataArea/PurchaseOrder/PurchaseOrderLine/Quantity > 10"_s << true;
        QTest::newRow("any line below 6") << u"DataArea/PurchaseOrder/PurchaseOrderLine/Quantity < 6"_s << true;
        QTest::newRow("attribute") << u"DataArea/PurchaseOrder/PurchaseOrderHeader/DocumentID/ID/@accountingEntity = '100'"_s << true;
        QTest::newRow("contains") << u"ApplicationArea/Sender/LogicalID contains 'm3'"_s << true;
        QTest::newRow("exists") << u"DataArea/PurchaseOrder/PurchaseOrderLine exists"_s << true;
        QTest::newRow("missing path never matches") << u"DataArea/PurchaseOrder/Header/Status/Code != 'Closed'"_s << false;
        QTest::newRow("and binds tighter than or")
            << u"ApplicationArea/Sender/LogicalID = 'x' and DataArea/PurchaseOrder/PurchaseOrderLine exists or "
               "DataArea/PurchaseOrder/PurchaseOrderHeader/Status/Code = Open"_s
            << true;
        QTest::newRow("parentheses")
            << u"ApplicationArea/Sender/LogicalID = 'x' and (DataArea/PurchaseOrder/PurchaseOrderLine exists or "
               "DataArea/PurchaseOrder/PurchaseOrderHeader/Status/Code = Open)"_s
            << false;
        QTest::newRow("empty filter lets through") << QString() << true;
    }

    void evaluates()
    {
        QFETCH(QString, filter);
        QFETCH(bool, passes);
        const FlowFilter::Result r = run(filter);
        QVERIFY(r.readable);
        QCOMPARE(r.passes, passes);
    }

    void reportsEachRepetition()
    {
        const auto r = run(u"DataArea/PurchaseOrder/PurchaseOrderLine/Item/ItemID starts with 'A-'"_s);
        QCOMPARE(r.conditions.size(), 1);
        const auto &c = r.conditions.first();
        QCOMPARE(c.found, 3);
        QCOMPARE(c.repetitions.size(), 3);
        QCOMPARE(c.repetitions[0].value, u"B-200"_s);
        QVERIFY(!c.repetitions[0].holds);
        QVERIFY(c.repetitions[1].holds);
        QCOMPARE(c.repetitions[1].line, 14); // the second order line
        QVERIFY(r.pathsMatchingNothing.isEmpty());
    }

    void aMatchBeyondTheFirstThousandRepetitionsIsKept()
    {
        QByteArray bod = "<SyncX><DataArea><X>";
        for (int i = 0; i < 1500; ++i)
            bod += "\n<Line><Item>" + QByteArray(i == 1499 ? "hit" : "miss") + "</Item></Line>";
        bod += "</X></DataArea></SyncX>";
        QString error;
        const auto r = FlowFilter::parse(u"DataArea/X/Line/Item = 'hit'"_s, &error)->evaluate(bod);
        QVERIFY(r.passes);
        QCOMPARE(r.conditions[0].found, 1500);
        QCOMPARE(r.conditions[0].repetitions.size(), FlowFilter::MaxRepetitions + 1);
        QVERIFY(r.conditions[0].repetitions.last().holds);
        QCOMPARE(r.conditions[0].repetitions.last().line, 1501); // the last of 1,500 lines after the first
    }

    void conditionsOnTheSamePathAreEachAnsweredAndRepeatedOnesCopied()
    {
        // Grouped by path for speed, each condition still gets its own answer.
        const QByteArray bod = "<SyncX><DataArea><X><Line q=\"5\"><Item>A</Item></Line><Line q=\"7\"><Item>B</Item></Line>"
                               "</X></DataArea></SyncX>";
        QString error;
        const auto filter = FlowFilter::parse(u"DataArea/X/Line/Item = 'B' and DataArea/X/Line/Item = 'C' or "
                                              "DataArea/X/Line/@q > 6 and DataArea/X/Line/@q < 5 or "
                                              "DataArea/X/Line/Item = 'B' or @missing exists"_s, &error);
        QVERIFY2(filter, qPrintable(error));
        const auto r = filter->evaluate(bod);
        QVERIFY(r.readable);
        QCOMPARE(r.conditions.size(), 6);
        QVERIFY(r.conditions[0].holds);
        QVERIFY(!r.conditions[1].holds);
        QVERIFY(r.conditions[2].holds);
        QVERIFY(!r.conditions[3].holds);
        QVERIFY(r.conditions[4].holds); // the same text as the first: a copy of its answer
        QCOMPARE(r.conditions[4].repetitions.size(), 2);
        QCOMPARE(r.conditions[2].found, 2);
        QCOMPARE(r.conditions[2].repetitions[1].value, u"7"_s);
        QVERIFY(!r.conditions[5].holds); // an attribute of the root that is not there
        QCOMPARE(r.pathsMatchingNothing, QStringList {u"@missing"_s});
        QVERIFY(r.passes);
    }

    void anAttributeOfTheRootIsFound()
    {
        QString error;
        const auto r = FlowFilter::parse(u"@releaseID = '9.2'"_s, &error)->evaluate("<SyncX releaseID=\"9.2\"><DataArea/></SyncX>");
        QVERIFY(r.passes);
        QCOMPARE(r.conditions[0].found, 1);
    }

    void aFilterTooCostlyForTheBodIsRefusedQuickly()
    {
        // 1,000 conditions on an element repeated 5,000 times: five million comparisons, more
        // than the bound (one million). Before the bound this took 10 s and more (a fuzzer's find).
        QStringList conditions;
        for (int i = 0; i < ParsingLimits::MaxFilterConditions; ++i)
            conditions << u"DataArea/X/Line = '%1'"_s.arg(i);
        QByteArray bod = "<SyncX><DataArea><X>";
        for (int i = 0; i < 5000; ++i)
            bod += "<Line>x</Line>\n";
        bod += "</X></DataArea></SyncX>";
        QString error;
        const auto filter = FlowFilter::parse(conditions.join(u" or "_s), &error);
        QVERIFY2(filter, qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        const auto r = filter->evaluate(bod);
        QVERIFY(!r.readable);
        QVERIFY2(r.error.contains(u"not evaluated"_s), qPrintable(r.error));
        QVERIFY(!r.passes);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // Within the bound, every repetition is compared, and what is kept stays bounded.
        const auto within = filter->evaluate(bod.left(bod.indexOf("<Line>") + 15 * 900) + "</X></DataArea></SyncX>");
        QVERIFY2(within.readable, qPrintable(within.error));
        QCOMPARE(within.conditions[0].found, 900);
        qsizetype kept = 0;
        for (const auto &c : within.conditions)
            kept += c.repetitions.size();
        QCOMPARE(kept, FlowFilter::MaxRepetitionsInAll);
    }

    void namesThePathThatMatchesNothing()
    {
        const auto r = run(u"DataArea/PurchaseOrder/PurchaseOrderHeader/Status/Code = Open and DataArea/PurchaseOrder/Lines/Item exists"_s);
        QVERIFY(!r.passes);
        QCOMPARE(r.pathsMatchingNothing, QStringList {u"DataArea/PurchaseOrder/Lines/Item"_s});
        QCOMPARE(r.conditions[1].found, 0);
    }

    void parseErrorsSayWhereAndWhat_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no operator") << u"DataArea/Status/Code"_s << u"Column 21: expected an operator"_s;
        QTest::newRow("no value") << u"DataArea/Status/Code ="_s << u"Column 23: expected a value"_s;
        QTest::newRow("open quote") << u"DataArea/Status/Code = 'Open"_s << u"no closing '"_s;
        QTest::newRow("open parenthesis") << u"(DataArea/Status/Code = Open"_s << u"expected \")\""_s;
        QTest::newRow("bad path") << u"Data Area = 1"_s << u"expected an operator"_s;
        QTest::newRow("attribute in the middle") << u"DataArea/@x/Code = 1"_s << u"is not an element path"_s;
        QTest::newRow("dangling and") << u"DataArea/X = 1 and"_s << u"expected an element path"_s;
        QTest::newRow("two conditions without and") << u"DataArea/X = 1 DataArea/Y = 2"_s << u"expected \"and\", \"or\""_s;
    }

    void parseErrorsSayWhereAndWhat()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!FlowFilter::parse(filter, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void refusesDoctypeAndBrokenXml()
    {
        QString error;
        const auto f = FlowFilter::parse(u"DataArea/X exists"_s, &error);
        const auto bomb = f->evaluate("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                                      "<r><DataArea><X>&b;</X></DataArea></r>");
        QVERIFY(!bomb.readable);
        QVERIFY(!bomb.passes);
        QVERIFY(bomb.error.contains(u"DOCTYPE"_s));
        const auto broken = f->evaluate("<r><DataArea><X>1</DataArea></r>");
        QVERIFY(!broken.readable);
        QVERIFY(broken.error.startsWith(u"Line 1"_s));
    }

    void roundTripsItsText()
    {
        QString error;
        const auto f = FlowFilter::parse(u"DataArea/A/B starts with 'x y' and DataArea/C exists"_s, &error);
        QCOMPARE(f->conditions().size(), 2);
        QCOMPARE(f->conditions()[0].text(), u"DataArea/A/B starts with 'x y'"_s);
        QCOMPARE(f->conditions()[1].text(), u"DataArea/C exists"_s);
    }
};

QTEST_GUILESS_MAIN(TestFlowFilter)
#include "tst_flowfilter.moc"
