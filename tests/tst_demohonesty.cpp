// SPDX-License-Identifier: GPL-3.0-or-later
// The demo tells the truth: every demo message's outcome is what the sandbox's validation and
// routing decide, so "Why?…" agrees with the log; "Why?…" names an oversized or invalid BOD as
// such; and the resubmit preview says where a resubmission goes and which filter it skips.
#include "bodtemplates.h"
#include "demodata.h"
#include "ion/ionendpoints.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "resubmission/resubmissionroute.h"
#include "routing/flowdiagnosis.h"
#include "routing/tenantrouting.h"
#include "sandboxconfig.h"

#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

class TestDemoHonesty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whyAgreesWithTheLogOnEveryDemoMessage()
    {
        // Every message of the window's demo (its seed and count): "Why?…" run on the logged
        // BOD tells the story the log tells, for the reason the log gives.
        MessageLogStore store;
        QString error;
        QVERIFY(store.open(&error));
        DemoData::Options o;
        o.seed = SandboxConfig().seed;
        o.messages = DemoData::windowDemoMessages;
        QVERIFY(DemoData::generate(&store, o, &error));
        const auto all = store.search(*OneViewFilter::parse({}, &error), 1, o.messages, u"message_date:desc"_s, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->records.size(), o.messages);
        struct Case
        {
            LogMessage message;
            QByteArray payload;
        };
        QList<Case> cases;
        for (const LogMessage &m : all->records)
            cases.append({m, store.payload(m.messageId).value_or(QByteArray())});

        const TenantRouting routing = TenantRouting::sandboxDefault();
        // Each case answers "kind" when Why? agrees, or "kind: what it said" when it does not.
        const QStringList verdicts = QtConcurrent::blockingMapped(cases, [&routing](const Case &c) {
            const LogMessage &m = c.message;
            // As the window asks: a message routed to several targets, to wherever ION routes it.
            const QString to = m.toLogicalId.contains(u',') ? QString() : m.toLogicalId;
            const FlowDiagnosis d = FlowDiagnosis::run(routing, {c.payload, m.documentType, m.fromLogicalId, to,
                                                                 std::nullopt, m.size});
            auto failed = [&d](FlowDiagnosis::Kind kind) {
                return std::any_of(d.steps.cbegin(), d.steps.cend(), [kind](const FlowDiagnosis::Step &s) {
                    return s.kind == kind && s.verdict == FlowDiagnosis::Verdict::Fail;
                });
            };
            const QString kind = m.errorCode == u"XML_VALIDATION"_s ? u"validation"_s
                : m.exceptionType.isEmpty()                         ? m.status
                                                                    : m.exceptionType;
            bool agrees = false;
            if (kind == u"Filtered Out"_s)
                agrees = !d.arrives && failed(FlowDiagnosis::Kind::Filter);
            else if (kind == u"No Route"_s)
                agrees = !d.arrives && failed(FlowDiagnosis::Kind::FlowsExist) && d.summary.contains(u"flows"_s);
            else if (kind == u"validation"_s)
                agrees = !d.arrives && failed(FlowDiagnosis::Kind::Valid) && d.summary.contains(u"validation"_s);
            else if (kind == u"Size Over Limit"_s)
                agrees = !d.arrives && failed(FlowDiagnosis::Kind::SizeLimit);
            else // delivered, on its way, with a warning, or routed to a target that was down
                agrees = d.arrives && d.deliveredTo.contains(m.toLogicalId);
            return agrees ? kind : kind + u": "_s + m.messageId + u": "_s + d.summary;
        });
        QMap<QString, int> seen;
        for (const QString &verdict : verdicts) {
            QVERIFY2(!verdict.contains(u':'), qPrintable(verdict));
            ++seen[verdict];
        }
        for (const QString &kind : {u"Filtered Out"_s, u"No Route"_s, u"validation"_s, u"Size Over Limit"_s, u"Error"_s,
                                    u"Warning"_s, u"completed"_s, u"in_flight"_s})
            QVERIFY2(seen.value(kind) > 0, qPrintable(kind));
    }

    void theResubmitPreviewSaysWhereItGoesAndWhichFilterItSkips()
    {
        // A test company's document that "FSM to M3" filtered out: resent from the workbench it
        // goes to M3 by "Workbench to M3", which has no filter, and the preview says so.
        const TenantRouting routing = TenantRouting::sandboxDefault();
        BodTemplates::Fields f;
        f.documentType = u"Sync.SupplierPartyMaster"_s;
        f.senderLogicalId = u"lid://infor.fsm.acme_fsm"_s;
        f.tenant = u"T"_s;
        f.accountingEntity = u"900"_s;
        f.location = u"MAIN"_s;
        f.documentId = u"V1"_s;
        f.created = QDateTime::currentDateTimeUtc();
        f.bodId = u"infor-nid:T:900:MAIN:V1:1?SupplierPartyMaster&verb=Sync"_s;
        LogMessage m;
        m.documentType = f.documentType;
        m.fromLogicalId = f.senderLogicalId;
        m.toLogicalId = u"lid://infor.m3.m3be"_s;
        m.exceptionType = u"Filtered Out"_s;
        const ResubmissionRoute r = ResubmissionRoute::of(routing, m, BodTemplates::make(f), IonEndpoints::workbenchLogicalId);
        QCOMPARE(r.targets, QStringList {u"lid://infor.m3.m3be"_s});
        QCOMPARE(r.bypassedFilters.size(), 1);
        QVERIFY2(r.bypassedFilters.first().startsWith(u"FSM to M3: ApplicationArea/BODID"_s), qPrintable(r.bypassedFilters.first()));
        QVERIFY2(r.summary.contains(u"routes it to lid://infor.m3.m3be"_s) && r.summary.contains(u"does not apply"_s),
                 qPrintable(r.summary));
        // A document no flow carries finds no route from the workbench either, and says so.
        m.documentType = f.documentType = u"Sync.CodeDefinition"_s;
        m.fromLogicalId = f.senderLogicalId = u"lid://infor.m3.m3be"_s;
        m.toLogicalId.clear();
        const ResubmissionRoute none = ResubmissionRoute::of(routing, m, BodTemplates::make(f), IonEndpoints::workbenchLogicalId);
        QVERIFY(none.targets.isEmpty() && none.bypassedFilters.isEmpty());
        QVERIFY2(none.summary.contains(u"no route"_s), qPrintable(none.summary));
    }

    void whyReportsAnOversizedOrInvalidDocumentAsSuch()
    {
        const TenantRouting routing = TenantRouting::sandboxDefault();
        BodTemplates::Fields f;
        f.documentType = u"Sync.ItemMaster"_s;
        f.senderLogicalId = u"lid://infor.m3.m3be"_s;
        f.tenant = u"T"_s;
        f.accountingEntity = u"100"_s;
        f.location = u"MAIN"_s;
        f.documentId = u"ITEM-1"_s;
        f.created = QDateTime::currentDateTimeUtc();
        f.bodId = u"infor-nid:T:100:MAIN:ITEM-1:1?ItemMaster&verb=Sync"_s;
        const QByteArray good = BodTemplates::make(f);
        FlowDiagnosis d = FlowDiagnosis::run(routing, {good, {}, {}, {}, std::nullopt});
        QVERIFY2(d.arrives, qPrintable(d.summary));
        d = FlowDiagnosis::run(routing, {good, {}, {}, {}, std::nullopt, 6 * 1024 * 1024});
        QVERIFY(!d.arrives);
        QCOMPARE(d.steps.first().kind, FlowDiagnosis::Kind::SizeLimit);
        QVERIFY2(d.summary.contains(u"size limit"_s), qPrintable(d.summary));
        f.actionCode = u"Change"_s;
        d = FlowDiagnosis::run(routing, {BodTemplates::make(f), {}, {}, {}, std::nullopt});
        QVERIFY(!d.arrives);
        QVERIFY2(d.summary.contains(u"\"Change\""_s), qPrintable(d.summary));
        d = FlowDiagnosis::run(routing, {"<Sync", {}, u"lid://infor.m3.m3be"_s, {}, std::nullopt});
        QVERIFY2(!d.arrives && d.summary.contains(u"validation"_s), qPrintable(d.summary));
    }
};

QTEST_MAIN(TestDemoHonesty)
#include "tst_demohonesty.moc"
