// SPDX-License-Identifier: GPL-3.0-or-later
// A window and a process on one environment: a batch journalled by `ion-workbench resubmit`
// (killed at once) is finished from the window's resubmit dialog (Finish Earlier Batch) while
// a `--resume` process sends it too. Whoever claims the batch first sends; the other is told
// who does; the process is killed mid-batch and the window takes over at once. Every document
// arrives once (real processes, a real sandbox process, the real dialog).
#include "connection/connectionprofile.h"
#include "connection/ionapifile.h"
#include "ion/ionendpoints.h"
#include "ion/oauthsession.h"
#include "resubmission/resubmissionplan.h"
#include "resubmitdialog.h"
#include "workbenchprocesses.h"
#include "workspace/connectionworkspace.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowAndProcess : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void screenshot(QWidget *w, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("IONWB_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(100); // the layout settles after a text changes
            w->grab().save(QDir(dir).filePath(name + u".png"_s));
        }
    }

private Q_SLOTS:
    void aWindowAndAProcessSendEveryDocumentOnce()
    {
        const int documents = 300;
        QVERIFY(WorkbenchProcesses::writeBods(m_dir.filePath(u"bods"_s), documents));
        const QString ionapi = m_dir.filePath(u"sandbox.ionapi"_s);
        WorkbenchProcesses::Sandbox sandbox(ionapi);
        QVERIFY(sandbox.start({u"--demo-messages"_s, u"0"_s, u"--latency"_s, u"20"_s}));
        const QString environment = m_dir.filePath(u"environment.sqlite"_s);
        const QStringList common {u"resubmit"_s, u"--ionapi"_s, ionapi, u"--store"_s, environment, u"--concurrency"_s,
                                  u"2"_s, u"--rate"_s, u"6000"_s, u"--in-flight-grace"_s, u"2"_s};
        // A script journals the batch, and is killed before it sends much.
        QCOMPARE(WorkbenchProcesses::runWorkbench(common + QStringList {u"--files"_s, m_dir.filePath(u"bods"_s)}, 1,
                                                  "journalled"),
                 -1);

        // The window opens the same environment, for a new selection of one document.
        IonApiError parseError;
        const auto file = IonApiFile::load(ionapi, &parseError);
        QVERIFY2(file, qPrintable(parseError.toString()));
        const ConnectionProfile profile = ConnectionProfile::fromIonApi(*file);
        OAuthSession session(OAuthSession::configFor(profile));
        QString error;
        auto workspace = ConnectionWorkspace::open(profile, environment, &session, &error);
        QVERIFY2(workspace, qPrintable(error));
        Resubmitter::Options options = workspace->resubmitterOptions();
        options.concurrency = 2;
        options.inFlightGraceMs = 2000; // the sandbox is local: a request older than this has arrived or never will
        options.baseBackoffMs = 20;
        workspace->setResubmitterOptions(options);
        auto plan = workspace->newPlan();
        QFile one(m_dir.filePath(u"bods/000000.xml"_s));
        QVERIFY(one.open(QIODevice::ReadOnly));
        LogExport::Entry entry;
        entry.message.documentType = u"Sync.SupplierPartyMaster"_s;
        entry.message.documentId = u"V1000000"_s;
        entry.message.fromLogicalId = IonEndpoints::workbenchLogicalId;
        entry.payload = one.readAll();
        plan->prepare({entry});
        ResubmitDialog dialog(std::move(plan), workspace.get(), IonEndpoints::workbenchLogicalId);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.finishEarlierButton()->isVisible(), 10'000);
        QVERIFY(!dialog.sendButton()->isEnabled()); // nothing new while the earlier batch is unfinished
        auto *summary = dialog.findChild<QLabel *>(u"resubmitSummary"_s);
        QVERIFY(summary->text().contains(u"Finish Earlier Batch"_s));
        screenshot(&dialog, u"resubmit-finish-earlier-batch"_s);

        // A process resumes the batch; while it sends, the window is told who does.
        QProcess process;
        process.start(WorkbenchProcesses::workbench(), common + QStringList {u"--resume"_s});
        QVERIFY(process.waitForStarted());
        WorkbenchProcesses::waitForMarker(process, "accepted");
        QTest::mouseClick(dialog.finishEarlierButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"is sending this batch"_s), 20'000);
        QVERIFY2(summary->text().contains(u"nothing was sent by this run"_s), qPrintable(summary->text()));
        screenshot(&dialog, u"resubmit-batch-held-by-another-runner"_s);

        // The process is killed mid-batch; the window takes the batch over at once and finishes it.
        QVERIFY(process.state() == QProcess::Running);
        process.kill();
        process.waitForFinished();
        const qint64 before = sandbox.receipts().value(u"total"_s).toInteger();
        QVERIFY2(before > 0 && before < documents, qPrintable(QString::number(before)));
        QVERIFY(dialog.finishEarlierButton()->isEnabled());
        QTest::mouseClick(dialog.finishEarlierButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.sendButton()->isEnabled(), 120'000); // finished: the new selection may go
        QVERIFY(!dialog.finishEarlierButton()->isVisible());
        screenshot(&dialog, u"resubmit-earlier-batch-finished"_s);

        const QJsonObject r = sandbox.receipts();
        QCOMPARE(r.value(u"duplicates"_s).toObject(), QJsonObject());
        QCOMPARE(r.value(u"total"_s).toInteger(), documents);
        QCOMPARE(r.value(u"distinctDocuments"_s).toInteger(), documents);
        // The new selection's document went out in the earlier batch: the check made again says so.
        QVERIFY2(!dialog.preview()->item(0, 5)->text().isEmpty(), "a verdict for the new selection");
    }
};

QTEST_MAIN(TestWindowAndProcess)
#include "tst_windowandprocess.moc"
