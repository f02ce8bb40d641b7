// SPDX-License-Identifier: GPL-3.0-or-later
// One rule, one place: the window's resubmit dialog and `ion-workbench resubmit --filter` over
// the same replicated log give the same duplicate-guard verdicts (already resubmitted, delivered
// since, stopped by a flow's filter, nothing against it), and the command line fetches payloads
// nobody opened.
#include "ion/oauthsession.h"
#include "logviewpage.h"
#include "openlog.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "receiptlog.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmitdialog.h"
#include "sandboxfixture.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
LogMessage message(const QString &messageId, const QString &documentId, qint64 secondsAgo, bool failed)
{
    LogMessage m;
    m.messageId = messageId;
    m.documentType = u"Sync.SupplierPartyMaster"_s;
    m.direction = u"inbound"_s;
    m.status = u"completed"_s;
    m.exceptionType = failed ? u"Error"_s : QString();
    m.errorCode = failed ? u"503"_s : QString();
    m.errorText = failed ? u"Delivery failed after 5 attempts: HTTP 503"_s : QString();
    m.fromLogicalId = u"lid://infor.ims.workbench"_s;
    m.toLogicalId = u"lid://infor.m3.m3be"_s;
    m.documentId = documentId;
    m.messageDate = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    return m;
}

LogMessage filteredOut(const QString &messageId, const QString &documentId, qint64 secondsAgo)
{
    LogMessage m = message(messageId, documentId, secondsAgo, false);
    m.exceptionType = u"Filtered Out"_s; // no error: ION drops it on purpose, and logs that
    return m;
}
} // namespace

class TestGuardParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWindowAndTheCommandLineAgree()
    {
        SandboxConfig config;
        config.demoMessages = 0;
        SandboxFixture sandbox(config);
        // DELIVERED failed, then went through later; RESENT failed and was resubmitted before;
        // FRESH failed and nothing speaks against sending it.
        const QList<LogMessage> log {message(u"m-delivered-failed"_s, u"DELIVERED"_s, 7200, true),
                                     message(u"m-delivered-later"_s, u"DELIVERED"_s, 3600, false),
                                     message(u"m-resent"_s, u"RESENT"_s, 7000, true),
                                     message(u"m-fresh"_s, u"FRESH"_s, 6000, true),
                                     filteredOut(u"m-filtered"_s, u"FILTERED"_s, 5000)};
        QList<QByteArray> payloads;
        for (const LogMessage &m : log)
            payloads << workbenchBod(m.documentId);
        QString error;
        QVERIFY(sandbox.server->messages()->insert(log, payloads, QList<QList<LogEvent>>(log.size()), &error));
        QTemporaryDir dir;
        const QString environment = dir.filePath(u"env.sqlite"_s);
        {
            ResubmissionJournal journal(environment);
            QVERIFY(journal.open(&error));
            ResubmissionJournal::Item earlier;
            earlier.documentName = u"Sync.SupplierPartyMaster"_s;
            earlier.documentId = u"RESENT"_s;
            earlier.fromLogicalId = u"lid://infor.ims.workbench"_s;
            earlier.payload = payloads[2];
            const auto batch = journal.addBatch(u"earlier"_s, {earlier}, &error);
            QVERIFY(batch);
            QVERIFY(journal.setState(journal.items(*batch).first().id, ResubmissionJournal::State::Accepted, u"HTTP 202"_s));
        }

        // The window.
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        LogViewPage page;
        page.show();
        QVERIFY(openLog(page, sandbox.profile(), &session, environment));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 5, 20000);
        const QString filter = u"(exception_type eq 'Error') or (exception_type eq 'Filtered Out')"_s;
        const auto parsed = OneViewFilter::parse(filter, &error);
        QVERIFY2(parsed, qPrintable(error));
        page.model()->setQuery(*parsed, {});
        QCOMPARE(page.model()->rowCount(), 4);
        page.table()->selectAll();
        ResubmitDialog *dialog = nullptr;
        connect(&page, &LogViewPage::resubmitDialogOpened, this, [&](ResubmitDialog *d) { dialog = d; });
        page.resubmitSelection();
        QTRY_VERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->sendButton()->isEnabled(), 20000);
        QMap<QString, QString> window; // business key -> verdict, for what is held back
        for (int row = 0; row < dialog->preview()->rowCount(); ++row) {
            const QTableWidgetItem *guard = dialog->preview()->item(row, ResubmitDialog::GuardColumn);
            if (guard->checkState() == Qt::Unchecked)
                window.insert(dialog->preview()->item(row, ResubmitDialog::DocumentIdColumn)->text(), guard->text());
        }
        QCOMPARE(window.keys(), (QStringList {u"DELIVERED"_s, u"FILTERED"_s, u"RESENT"_s}));
        QVERIFY2(window[u"FILTERED"_s].contains(u"filter kept it from lid://infor.m3.m3be"_s), qPrintable(window[u"FILTERED"_s]));
        QVERIFY2(window[u"DELIVERED"_s].contains(u"delivered since"_s), qPrintable(window[u"DELIVERED"_s]));
        QVERIFY2(window[u"RESENT"_s].contains(u"already resubmitted"_s), qPrintable(window[u"RESENT"_s]));
        dialog->close();

        // The command line, over the same environment; no payload was ever opened.
        {
            // As if nobody had opened them: the window's plan kept the payloads it fetched.
            MessageLogStore replicated(environment);
            QVERIFY(replicated.open(&error));
            QVERIFY(QSqlQuery(replicated.database()).exec(u"DELETE FROM payloads"_s));
            QVERIFY(!replicated.payload(u"m-fresh"_s));
        }
        const QString ionApi = dir.filePath(u"sandbox.ionapi"_s);
        QVERIFY(sandbox.server->writeIonApi(ionApi, &error));
        QProcess cli;
        cli.start(QString::fromUtf8(ION_WORKBENCH_BIN), {u"resubmit"_s, u"--ionapi"_s, ionApi, u"--store"_s, environment,
                                                         u"--filter"_s, filter});
        QVERIFY(cli.waitForStarted());
        // The sandbox lives in this process: keep its event loop turning while the CLI runs.
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);
        QMap<QString, QString> commandLine;
        for (const QString &line : err.split(u'\n')) {
            if (!line.startsWith(u"held back: "_s))
                continue;
            const QString rest = line.mid(11);
            const QString key = rest.section(u' ', 1, 1).chopped(1); // "Sync.X KEY: verdict"
            commandLine.insert(key, rest.section(u": "_s, 1));
        }
        QVERIFY2(commandLine.keys() == window.keys(), qPrintable(err));
        for (const QString &key : window.keys())
            QCOMPARE(commandLine[key], window[key]);
        // FRESH went out once, fetched from the tenant's log; the others did not.
        const ReceiptLog::Summary receipts = sandbox.server->receipts()->summary();
        QCOMPARE(receipts.total, 1);
    }
};

QTEST_MAIN(TestGuardParity)
#include "tst_guardparity.moc"
