// SPDX-License-Identifier: GPL-3.0-or-later
// "Why did it not arrive?" on purpose-built routing models: each verdict of the checklist.
#include "routing/flowdiagnosis.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString m3 = u"lid://infor.m3.m3be"_s;
const QString fsm = u"lid://infor.fsm.acme_fsm"_s;
const QString wms = u"lid://infor.ims.wms_connector"_s;
const QString po = u"Process.PurchaseOrder"_s;

QByteArray order()
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/flow/purchase-order.xml")); // three lines: B-200, A-100, C-300
    if (!f.open(QIODevice::ReadOnly))
        qFatal("test data missing");
    return f.readAll();
}

FlowFilter filter(const QString &text)
{
    QString error;
    const auto f = FlowFilter::parse(text, &error);
    if (!f)
        qFatal("%s", qPrintable(error));
    return *f;
}

// M3 sends purchase orders to FSM through one flow.
TenantRouting routing()
{
    TenantRouting r;
    r.points = {{m3, u"M3"_s, true, {po}, {}}, {fsm, u"FSM"_s, true, {}, {po}}, {wms, u"IMS"_s, true, {}, {}}};
    r.flows = {{u"M3 to FSM"_s, m3, fsm, {po}, true, {}}};
    return r;
}

const FlowDiagnosis::Step &stepOf(const FlowDiagnosis &d, FlowDiagnosis::Kind kind, int nth = 0)
{
    for (const auto &s : d.steps) {
        if (s.kind == kind && nth-- == 0)
            return s;
    }
    qFatal("no such step");
}

FlowDiagnosis diagnose(const TenantRouting &r, const QString &to = {})
{
    return FlowDiagnosis::run(r, {order(), {}, {}, to, std::nullopt});
}
} // namespace

class TestFlowDiagnosis : public QObject
{
    Q_OBJECT
    using Verdict = FlowDiagnosis::Verdict;
    using Kind = FlowDiagnosis::Kind;
private Q_SLOTS:
    void aGoodRouteArrives()
    {
        const FlowDiagnosis d = diagnose(routing(), fsm);
        QVERIFY2(d.arrives, qPrintable(d.summary));
        QCOMPARE(d.deliveredTo, QStringList {fsm});
        for (const auto &s : d.steps)
            QVERIFY2(s.verdict == Verdict::Pass, qPrintable(s.title + u": "_s + s.evidence));
    }

    void wrongReceiver()
    {
        const FlowDiagnosis d = diagnose(routing(), u"lid://infor.fsm.acme_fms"_s); // a typo
        QVERIFY(!d.arrives);
        QCOMPARE(stepOf(d, Kind::ReceiverExists).verdict, Verdict::Fail);
        QVERIFY(stepOf(d, Kind::ReceiverExists).evidence.contains(u"no error says so"_s));
        QVERIFY(d.summary.contains(u"acme_fms"_s));
    }

    void badLogicalIdForm()
    {
        const FlowDiagnosis d = diagnose(routing(), u"infor.fsm.acme_fsm"_s);
        QCOMPARE(stepOf(d, Kind::LogicalIdForm).verdict, Verdict::Fail);
        QVERIFY(FlowDiagnosis::isLogicalId(u"lid://infor.ims.cp_myapp"_s));
        QVERIFY(!FlowDiagnosis::isLogicalId(u"lid://acme.ims.x"_s));
    }

    void missingDocumentsEntry()
    {
        TenantRouting r = routing();
        r.points[1].receives.clear(); // FSM's Documents tab lost the purchase order
        const FlowDiagnosis d = diagnose(r, fsm);
        QVERIFY(!d.arrives);
        QCOMPARE(stepOf(d, Kind::ReceiverDocuments).verdict, Verdict::Fail);
        QVERIFY(stepOf(d, Kind::ReceiverDocuments).evidence.contains(u"empty"_s));
        TenantRouting s = routing();
        s.points[0].sends = {u"Sync.SalesOrder"_s};
        const FlowDiagnosis e = diagnose(s, fsm);
        QCOMPARE(stepOf(e, Kind::SenderDocuments).verdict, Verdict::Fail);
        QVERIFY(stepOf(e, Kind::SenderDocuments).evidence.contains(u"Sync.SalesOrder"_s));
    }

    void inactiveConnectionPoint()
    {
        TenantRouting r = routing();
        r.points[0].active = false;
        const FlowDiagnosis d = diagnose(r);
        QVERIFY(!d.arrives);
        QCOMPARE(stepOf(d, Kind::SenderExists).verdict, Verdict::Fail);
        QVERIFY(stepOf(d, Kind::SenderExists).evidence.contains(u"not active"_s));
    }

    void noActiveFlow()
    {
        TenantRouting r = routing();
        r.flows[0].active = false;
        const FlowDiagnosis d = diagnose(r, fsm);
        QVERIFY(!d.arrives);
        QCOMPARE(stepOf(d, Kind::FlowsExist).verdict, Verdict::Fail);
        QVERIFY(stepOf(d, Kind::FlowsExist).evidence.contains(u"M3 to FSM"_s));
    }

    void filterOnAMissingPath()
    {
        TenantRouting r = routing();
        r.flows[0].filter = filter(u"DataArea/PurchaseOrder/Header/Status/Code != 'Closed'"_s); // Header, not PurchaseOrderHeader
        const FlowDiagnosis d = diagnose(r, fsm);
        QVERIFY(!d.arrives);
        const auto &f = stepOf(d, Kind::Filter);
        QCOMPARE(f.verdict, Verdict::Fail);
        QCOMPARE(f.filter.pathsMatchingNothing, QStringList {u"DataArea/PurchaseOrder/Header/Status/Code"_s});
        QVERIFY(f.evidence.contains(u"silent drop"_s));
        QVERIFY(d.summary.contains(u"filter"_s));
    }

    void repeatingLinesWhereOnlyOneMatches()
    {
        TenantRouting r = routing();
        r.flows[0].filter = filter(u"DataArea/PurchaseOrder/PurchaseOrderLine/Item/ItemID = 'A-100'"_s);
        const FlowDiagnosis d = diagnose(r);
        QVERIFY2(d.arrives, qPrintable(d.summary));
        const auto &f = stepOf(d, Kind::Filter);
        QCOMPARE(f.verdict, Verdict::Pass);
        QCOMPARE(f.filter.conditions[0].found, 3);
        QCOMPARE(f.lines, QList<qint64> {14}); // the one line that matched, for the inspector
        QVERIFY(f.evidence.contains(u"1 of 3"_s));
    }

    void twoFlowsCombineWithOr()
    {
        TenantRouting r = routing();
        r.flows[0].filter = filter(u"DataArea/PurchaseOrder/PurchaseOrderHeader/Status/Code = 'Closed'"_s);
        DocumentFlow looser = r.flows[0];
        looser.name = u"M3 to FSM (all open orders)"_s;
        looser.filter = filter(u"DataArea/PurchaseOrder/PurchaseOrderHeader/Status/Code != 'Closed'"_s);
        r.flows << looser;
        const FlowDiagnosis d = diagnose(r);
        QVERIFY(d.arrives);
        QCOMPARE(stepOf(d, Kind::Filter, 0).verdict, Verdict::Fail);
        QCOMPARE(stepOf(d, Kind::Filter, 1).verdict, Verdict::Pass);
        QVERIFY2(d.summary.contains(u"all open orders"_s), qPrintable(d.summary)); // which flow let it through
        QCOMPARE(d.deliveredTo, QStringList {fsm});
        // The sandbox's router agrees.
        QCOMPARE(r.targets(m3, po, order()), QStringList {fsm});
    }

    void acceptedDocumentsFromIms()
    {
        FlowDiagnosis::Input in {order(), {}, {}, fsm, QStringList {u"Sync.SalesOrder"_s}};
        const FlowDiagnosis d = FlowDiagnosis::run(routing(), in);
        QVERIFY(!d.arrives);
        QCOMPARE(stepOf(d, Kind::AcceptedDocuments).verdict, Verdict::Fail);
        in.acceptedDocuments = QStringList {po};
        QVERIFY(FlowDiagnosis::run(routing(), in).arrives);
    }
};

QTEST_GUILESS_MAIN(TestFlowDiagnosis)
#include "tst_flowdiagnosis.moc"
