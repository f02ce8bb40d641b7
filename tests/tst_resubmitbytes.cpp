// SPDX-License-Identifier: GPL-3.0-or-later
// What failed is what is resent: from the Message Log window, an unedited Latin-1 BOD with
// whitespace-only values reaches IMS byte for byte; an edited one in its own encoding with
// only the edit changed; and resubmit waits while a large document is still loading.
#include "bodinspector.h"
#include "codeview.h"
#include "ion/oauthsession.h"
#include "logviewpage.h"
#include "openlog.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/messagelogstore.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmitdialog.h"
#include "sandboxfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace {
// A valid BOD declared ISO-8859-1, with CRLF line ends, Latin-1 letters, whitespace-only
// values and CDATA: everything a re-formatting or a transcoding would change.
QByteArray latin1Bod(const QString &documentId)
{
    QByteArray bod = workbenchBod(documentId);
    bod.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    const qsizetype close = bod.lastIndexOf("</SupplierPartyMaster>\n  </DataArea>");
    bod.insert(close, "<Note>Cr\xE8me br\xFBl\xE9\x65</Note>\n      <Blank> </Blank><Tab>\t</Tab>"
                      "<Raw><![CDATA[  a < b  ]]></Raw>\n    ");
    bod.replace("\n", "\r\n");
    return bod;
}

LogMessage failedMessage(const QString &messageId, const QString &documentId)
{
    LogMessage m;
    m.messageId = messageId;
    m.documentType = u"Sync.SupplierPartyMaster"_s;
    m.direction = u"inbound"_s;
    m.status = u"completed"_s;
    m.exceptionType = u"Error"_s;
    m.errorCode = u"503"_s;
    m.errorText = u"Delivery to lid://infor.m3.m3be failed after 5 attempts: HTTP 503 Service Unavailable"_s;
    m.fromLogicalId = u"lid://infor.ims.workbench"_s;
    m.toLogicalId = u"lid://infor.m3.m3be"_s;
    m.documentId = documentId;
    m.accountingEntity = u"100"_s;
    m.location = u"MAIN"_s;
    m.messageDate = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return m;
}
} // namespace

class TestResubmitBytes : public QObject
{
    Q_OBJECT
private:
    // Resubmits the row shown in the inspector; returns the bytes the sandbox received.
    static QByteArray resubmitShown(LogViewPage &page, SandboxFixture &sandbox, bool sendEvenIfDone)
    {
        ResubmitDialog *dialog = nullptr;
        auto connection = QObject::connect(&page, &LogViewPage::resubmitDialogOpened, &page,
                                           [&](ResubmitDialog *d) { dialog = d; });
        page.resubmitSelection();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog, 10000); }();
        QObject::disconnect(connection);
        if (!dialog)
            return {};
        QTableWidgetItem *guard = dialog->preview()->item(0, ResubmitDialog::GuardColumn);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!guard->text().contains(u"checking"_s), 10000); }();
        if (sendEvenIfDone)
            guard->setCheckState(Qt::Checked);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000); }();
        const QString summary = dialog->findChild<QLabel *>(u"resubmitSummary"_s)->text();
        dialog->close();
        if (!summary.contains(u"1 accepted"_s)) {
            qWarning("not accepted: %s", qPrintable(summary));
            return {};
        }
        const auto batch = page.journal()->batches().first();
        const auto item = page.journal()->items(batch.id).first();
        const QStringList attempts = page.journal()->attemptMessageIds(item.id);
        return sandbox.server->messages()->payload(attempts.constLast()).value_or(QByteArray());
    }

private Q_SLOTS:
    void theBytesThatFailedAreTheBytesResent()
    {
        SandboxConfig config;
        config.demoMessages = 0;
        SandboxFixture sandbox(config);
        const QByteArray original = latin1Bod(u"L-1"_s);
        QString error;
        QVERIFY(sandbox.server->messages()->insert({failedMessage(u"failed-latin1"_s, u"L-1"_s)}, {original}, {{}}, &error));
        QTemporaryDir dir;
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        LogViewPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(openLog(page, sandbox.profile(), &session, dir.filePath(u"env.sqlite"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 1, 20000);
        page.table()->selectRow(0);
        BodInspector *inspector = page.inspector();
        QTRY_COMPARE_WITH_TIMEOUT(inspector->parsed().facts.documentId, u"L-1"_s, 10000);
        // The view is indented for reading, but keeps the whitespace-only values.
        QVERIFY(inspector->view()->toPlainText().contains(u"<Blank> </Blank>"_s));
        QVERIFY(inspector->view()->toPlainText().toUtf8() != original); // what is shown is not what is sent
        QCOMPARE(inspector->currentPayload(), original);
        QVERIFY(!inspector->isModified());

        // Unedited: byte for byte.
        QCOMPARE(resubmitShown(page, sandbox, false), original);

        // Edited: the person's edit, in ISO-8859-1 (the euro sign as a character reference),
        // and nothing else.
        inspector->setEditable(true);
        QTRY_VERIFY(!inspector->isLoading());
        QString text = inspector->view()->toPlainText();
        QVERIFY2(text.contains(u"<Note>Cr\u00e8me br\u00fbl\u00e9e</Note>"_s), qPrintable(text));
        QTextCursor cursor = inspector->view()->document()->find(u"br\u00fbl\u00e9e"_s);
        QVERIFY(!cursor.isNull());
        cursor.insertText(u"br\u00fbl\u00e9e \u00e0 5 \u20ac"_s);
        QTRY_VERIFY(inspector->isModified());
        QByteArray expected = original;
        expected.replace("br\xFBl\xE9\x65", "br\xFBl\xE9\x65 \xE0 5 &#x20AC;");
        QCOMPARE(inspector->currentPayload(), expected);
        const QString changes = inspector->changes();
        QCOMPARE(changes.count(u'\n') + 1, 2); // one line out, one line in
        QVERIFY2(changes.contains(u"&#x20AC;"_s), qPrintable(changes)); // what will really be sent
        if (const QString shots = qEnvironmentVariable("IONWB_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            QTest::qWait(500); // re-validated, laid out
            page.grab().save(shots + u"/inspector-editing-latin1.png"_s);
        }
        QCOMPARE(resubmitShown(page, sandbox, true), expected);
    }

    void resubmitWaitsWhileALargeDocumentLoads()
    {
        SandboxConfig config;
        config.demoMessages = 0;
        SandboxFixture sandbox(config);
        QByteArray large = workbenchBod(u"BIG-1"_s);
        QByteArray lines;
        for (int i = 0; i < 60000; ++i)
            lines += "      <Line><ID>" + QByteArray::number(i) + "</ID><Text>Some text for line</Text></Line>\n";
        large.insert(large.lastIndexOf("</SupplierPartyMaster>\n  </DataArea>"), lines);
        QVERIFY(large.size() > 4 * BodInspector::LargeBytes);
        QString error;
        QVERIFY(sandbox.server->messages()->insert({failedMessage(u"failed-big"_s, u"BIG-1"_s)}, {large}, {{}}, &error));
        QTemporaryDir dir;
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        LogViewPage page;
        page.show();
        QVERIFY(openLog(page, sandbox.profile(), &session, dir.filePath(u"env.sqlite"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 1, 20000);
        auto *resubmit = page.findChild<QPushButton *>(u"resubmit"_s);
        BodInspector *inspector = page.inspector();
        page.table()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isLoading(), 10000);
        QVERIFY(!resubmit->isEnabled());
        QVERIFY(resubmit->toolTip().contains(u"still loading"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->isLoading(), 60000);
        QTRY_VERIFY(resubmit->isEnabled());
        QCOMPARE(inspector->currentPayload(), large); // whole, as it came
        QCOMPARE(resubmitShown(page, sandbox, false), large);
    }
};

QTEST_MAIN(TestResubmitBytes)
#include "tst_resubmitbytes.moc"
