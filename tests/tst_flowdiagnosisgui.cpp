// SPDX-License-Identifier: GPL-3.0-or-later
// "Why did it not arrive?" driven from the log as a person would: a BOD the sandbox filtered
// out is replicated, selected, diagnosed; the filter tester finds the condition that would let
// it through; the routing model is edited and the checklist turns green.
#include "bodinspector.h"
#include "codeview.h"
#include "filtertester.h"
#include "flowdiagnosisdialog.h"
#include "flowdiagnosislauncher.h"
#include "ion/imsmessage.h"
#include "ion/oauthsession.h"
#include "logviewpage.h"
#include "openlog.h"
#include "messagelog/messagelogmodel.h"
#include "routing/tenantrouting.h"
#include "routingeditor.h"
#include "sandboxfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QTextBlock>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestFlowDiagnosisGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diagnoseAFilteredOutMessageFromTheLog()
    {
        SandboxConfig config;
        config.demoMessages = 200;
        config.seed = 3;
        SandboxFixture sandbox(config);
        // The tenant only lets American suppliers through to M3.
        for (DocumentFlow &f : sandbox.server->routing()->flows) {
            if (f.name == u"Workbench to M3"_s) {
                QString error;
                f.filter = *FlowFilter::parse(u"DataArea/SupplierPartyMaster/Location/Address/CountryCode = 'US'"_s, &error);
            }
        }
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        ImsMessage m;
        m.documentName = u"Sync.SupplierPartyMaster"_s;
        m.messageId = ImsMessage::newMessageId();
        m.fromLogicalId = u"lid://infor.ims.workbench"_s;
        m.payload = workbenchBod(u"V-DIAG-1"_s);
        QByteArray contentType;
        const QByteArray body = m.multipartBody(&contentType);
        bool sent = false;
        session.send("POST", IonEndpoints::imsMultipartMessage(sandbox.profile().serviceUrl, 3), body, contentType,
                     [&](const HttpOutcome &o) { sent = o.httpStatus == 202; });
        QTRY_VERIFY(sent);

        QTemporaryDir dir;
        LogViewPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(openLog(page, sandbox.profile(), &session, dir.filePath(u"env.sqlite"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 201, 20000);
        page.outcomeFilter()->setCurrentIndex(page.outcomeFilter()->findData(u"Filtered Out"_s));
        QTRY_VERIFY(page.model()->totalCount() < 201); // the filter applied (it waits for typing to stop)
        int row = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < page.model()->rowCount(); ++r)
                row = page.model()->messageAt(r).messageId == m.messageId ? r : row;
            return row >= 0;
        }());
        page.table()->selectRow(row);
        QTRY_VERIFY(page.inspector()->currentPayload().contains("V-DIAG-1"));

        FlowDiagnosisDialog *dialog = nullptr;
        connect(page.diagnosis(), &FlowDiagnosisLauncher::opened, this, [&](FlowDiagnosisDialog *d) { dialog = d; });
        // Ctrl+D is a window shortcut: the window must be the active one.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(dialog); // the routing model came from the sandbox
        QVERIFY(!dialog->diagnosis().arrives);
        QVERIFY2(dialog->summary()->text().contains(u"filter"_s), qPrintable(dialog->summary()->text()));
        // IMS's acceptedDocuments joins the checklist when it answers.
        QTRY_VERIFY([&] {
            for (const auto &s : dialog->diagnosis().steps)
                if (s.kind == FlowDiagnosis::Kind::AcceptedDocuments)
                    return s.verdict == FlowDiagnosis::Verdict::Pass;
            return false;
        }());
        // The failing filter step, selected, puts its condition in the tester.
        QTreeWidget *checklist = dialog->checklist();
        QTreeWidgetItem *filterStep = nullptr;
        for (int i = 0; i < checklist->topLevelItemCount(); ++i)
            if (checklist->topLevelItem(i)->text(0).contains(u"Workbench to M3"_s))
                filterStep = checklist->topLevelItem(i);
        QVERIFY(filterStep);
        QCOMPARE(filterStep->text(1), u"fail"_s);
        checklist->setCurrentItem(filterStep);
        QCOMPARE(dialog->tester()->filter(), u"DataArea/SupplierPartyMaster/Location/Address/CountryCode = 'US'"_s);

        // Typing a condition that holds: "passes", and the node it matched is highlighted.
        auto *condition = dialog->tester()->findChild<QLineEdit *>(u"filterCondition"_s);
        condition->clear();
        QTest::keyClicks(condition, u"DataArea/SupplierPartyMaster/Location/Address/CountryCode = 'DE'"_s);
        QTRY_VERIFY(dialog->tester()->verdict()->text().contains(u"Passes"_s));
        QTRY_COMPARE(dialog->highlightedLines().size(), 1);
        const int line = dialog->highlightedLines().first();
        QVERIFY(dialog->view()->document()->findBlockByNumber(line - 1).text().contains(u"<CountryCode>DE"_s));
        // A path that does not exist says so.
        condition->setText(u"DataArea/SupplierPartyMaster/Address/CountryCode = 'DE'"_s);
        QTRY_VERIFY(dialog->tester()->verdict()->text().contains(u"matches nothing"_s));

        // Edit the routing model: the flow's filter becomes the one that holds.
        RoutingEditor *editor = nullptr;
        connect(page.diagnosis(), &FlowDiagnosisLauncher::editorOpened, this, [&](RoutingEditor *e) { editor = e; });
        Q_EMIT dialog->editRoutingRequested();
        QTRY_VERIFY(editor);
        QTableWidget *flows = editor->flows();
        for (int r = 0; r < flows->rowCount(); ++r)
            if (flows->item(r, 0)->text() == u"Workbench to M3"_s)
                flows->item(r, 5)->setText(u"DataArea/SupplierPartyMaster/Location/Address/CountryCode = 'DE'"_s);
        editor->accept();
        QTRY_VERIFY(dialog->diagnosis().arrives);
        QVERIFY(dialog->summary()->text().contains(u"lid://infor.m3.m3be"_s));

        // A broken filter is refused by the editor with the parser's words.
        editor = nullptr;
        Q_EMIT dialog->editRoutingRequested();
        QTRY_VERIFY(editor);
        editor->flows()->item(0, 5)->setText(u"DataArea/X ="_s);
        editor->accept();
        QVERIFY(editor->isVisible());
        QVERIFY(editor->findChild<QLabel *>(u"routingProblem"_s)->text().contains(u"expected a value"_s));
        editor->reject();
    }

    void aLargeBodComesInWithoutBlocking()
    {
        // 20,000 order lines on one line of text: pretty-printed, about 120,000 lines.
        QByteArray lines;
        for (int i = 0; i < 20000; ++i)
            lines += "<PurchaseOrderLine><LineNumber>" + QByteArray::number(i) + "</LineNumber><Item><ItemID>"
                     + (i == 19999 ? QByteArray("A-LAST") : QByteArray("B-") + QByteArray::number(i)) + "</ItemID></Item></PurchaseOrderLine>";
        const QByteArray bod = "<ProcessPurchaseOrder><ApplicationArea><Sender><LogicalID>lid://infor.m3.m3be</LogicalID></Sender>"
                               "</ApplicationArea><DataArea><Process/><PurchaseOrder>" + lines + "</PurchaseOrder></DataArea></ProcessPurchaseOrder>";
        TenantRouting routing = TenantRouting::sandboxDefault();
        FlowDiagnosisDialog dialog(routing, bod, u"lid://infor.m3.m3be"_s, {});
        dialog.show();
        const int shownAtOnce = dialog.view()->blockCount();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.view()->blockCount() > 100'000, 60'000);
        QVERIFY2(shownAtOnce < dialog.view()->blockCount(), qPrintable(QString::number(shownAtOnce)));
        // The tester finds the one line that matches, at the end.
        dialog.tester()->setFilter(u"DataArea/PurchaseOrder/PurchaseOrderLine/Item/ItemID = 'A-LAST'"_s);
        QTRY_COMPARE(dialog.highlightedLines().size(), 1);
        QVERIFY(dialog.highlightedLines().first() > 100'000);
    }

    void diagnoseABodFile()
    {
        SandboxFixture sandbox;
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        QTemporaryDir dir;
        LogViewPage page;
        QSignalSpy told(page.diagnosis(), &FlowDiagnosisLauncher::statusMessage);
        page.diagnosis()->openFile(QStringLiteral(TEST_DATA_DIR "/flow/purchase-order.xml"));
        QVERIFY(!told.isEmpty() && told.last().first().toString().contains(u"Open a connection"_s)); // no connection yet
        QVERIFY(openLog(page, sandbox.profile(), &session, dir.filePath(u"env.sqlite"_s)));
        FlowDiagnosisDialog *dialog = nullptr;
        connect(page.diagnosis(), &FlowDiagnosisLauncher::opened, this, [&](FlowDiagnosisDialog *d) { dialog = d; });
        page.diagnosis()->openFile(u"/nonexistent/bod.xml"_s);
        QVERIFY(told.last().first().toString().contains(u"cannot be read"_s));
        page.diagnosis()->openFile(QStringLiteral(TEST_DATA_DIR "/flow/purchase-order.xml"));
        QTRY_VERIFY(dialog);
        // The sender comes from the BOD; the sandbox's flow to FSM keeps out the test company 900 (its BODID).
        QCOMPARE(dialog->findChild<QLineEdit *>(u"diagnosisFrom"_s)->text(), u"lid://infor.m3.m3be"_s);
        QVERIFY(!dialog->diagnosis().arrives);
        QVERIFY(dialog->summary()->text().contains(u"filter"_s));
    }
};

QTEST_MAIN(TestFlowDiagnosisGui)
#include "tst_flowdiagnosisgui.moc"
