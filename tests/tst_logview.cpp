// SPDX-License-Identifier: GPL-3.0-or-later
// The message-log page driven as a person would, against the sandbox: replicate, filter to
// errors, open a failed BOD, see its problem, edit it and see the problem go.
#include "bodinspector.h"
#include "codeview.h"
#include "ion/oauthsession.h"
#include "logviewpage.h"
#include "logfilterbar.h"
#include "logtimelineview.h"
#include "openlog.h"
#include "messagelog/logreplicator.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/oneviewfilter.h"
#include "receiptlog.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmissionhistory.h"
#include "common/actor.h"
#include "resubmitdialog.h"

#include <QTableWidget>
#include "sandboxfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QMessageBox>
#include <QTimer>
#include <QApplication>
#include <QSettings>
#include <QHeaderView>
#include <QProgressBar>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QDialog>
#include <QFontInfo>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// The log page on a sandbox with 800 demo messages, replicating into an environment of its own.
struct LogPage
{
    LogPage()
        : sandbox(demo())
        , session(OAuthSession::configFor(sandbox.profile()))
    {
        page.show();
        openLog(page, sandbox.profile(), &session, dir.filePath(u"env.sqlite"_s));
    }
    static SandboxConfig demo()
    {
        SandboxConfig config;
        config.demoMessages = 800;
        config.seed = 8;
        return config;
    }
    SandboxFixture sandbox;
    QTemporaryDir dir;
    OAuthSession session;
    LogViewPage page;
};
} // namespace

class TestLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchOpenEditAndRevalidate()
    {
        SandboxConfig config;
        config.demoMessages = 3000;
        config.seed = 21;
        SandboxFixture sandbox(config);
        QTemporaryDir dir;
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        LogViewPage page;
        page.resize(1100, 700);
        page.show();
        QVERIFY(openLog(page, sandbox.profile(), &session, dir.filePath(u"env.sqlite"_s)));
        // A new environment fills itself.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 3000, 20000);

        QComboBox *outcome = page.outcomeFilter();
        outcome->setCurrentIndex(outcome->findData(u"Error"_s));
        QTRY_VERIFY(page.model()->totalCount() > 0 && page.model()->totalCount() < 3000);
        QVERIFY(page.filterText().contains(u"(exception_type eq 'Error')"_s));
        QTRY_VERIFY(page.findChild<QLabel *>(u"logCounts"_s)->text().contains(u"Error "_s)); // counted on a worker
        // Free text is not counted: the line says its numbers leave it out.
        page.filterBar()->findChild<QLineEdit *>(u"textFilter"_s)->setText(u"XML_VALIDATION"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel *>(u"logCounts"_s)->text().contains(u"leaving out the text “XML_VALIDATION”"_s), 10000);
        QTRY_VERIFY(page.timeline()->chart()->title().contains(u"leaving out the text"_s));
        page.filterBar()->findChild<QLineEdit *>(u"textFilter"_s)->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<QLabel *>(u"logCounts"_s)->text().contains(u"leaving out"_s), 10000);

        // Find a schema error and open it.
        int row = -1;
        for (int r = 0; r < page.model()->rowCount() && row < 0; ++r) {
            if (page.model()->messageAt(r).errorCode == u"XML_VALIDATION"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        page.table()->selectRow(row);
        BodInspector *inspector = page.inspector();
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->parsed().facts.rootName.isEmpty(), 10000);
        QCOMPARE(inspector->parsed().facts.documentId, page.model()->messageAt(row).documentId);
        QCOMPARE(inspector->problemList()->count(), 1);
        QVERIFY(inspector->problemList()->item(0)->text().contains(u"action code"_s));

        // Edit: fix the action code; the problem goes away as the person types.
        inspector->setEditable(true);
        CodeView *view = inspector->view();
        // The demo's schema errors put Change on a Sync BOD and Replace on a Process BOD.
        QString text = view->toPlainText();
        const bool process = text.contains(u"<Process"_s);
        text.replace(process ? u"actionCode=\"Replace\""_s : u"actionCode=\"Change\""_s,
                     process ? u"actionCode=\"Add\""_s : u"actionCode=\"Replace\""_s);
        QTextCursor cursor(view->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
        QTRY_COMPARE(inspector->problemList()->count(), 0);
        QVERIFY(inspector->isModified());
        QVERIFY(inspector->changes().contains(u"actionCode"_s));
        // Changes… shows the diff in the code's own font, in a window one can read it in.
        QString shownDiff;
        bool fixedPitch = false;
        QSize shownSize;
        auto shown = connect(inspector, &BodInspector::changesShown, this, [&](QDialog *dialog) {
            auto *diff = dialog->findChild<QPlainTextEdit *>();
            shownDiff = diff->toPlainText();
            fixedPitch = QFontInfo(diff->font()).fixedPitch();
            shownSize = dialog->size();
            QTimer::singleShot(0, dialog, [dialog] {
                if (const QString shots = qEnvironmentVariable("IONWB_TEST_SCREENSHOTS"); !shots.isEmpty())
                    dialog->grab().save(QDir(shots).filePath(u"bod-changes.png"_s));
                dialog->reject();
            });
        });
        inspector->showChanges();
        disconnect(shown);
        QVERIFY(shownDiff.contains(u"actionCode"_s));
        QVERIFY(fixedPitch);
        QVERIFY2(shownSize.width() >= 600 && shownSize.height() >= 300, qPrintable(u"%1x%2"_s.arg(shownSize.width()).arg(shownSize.height())));
        // Undo brings the problem back.
        view->undo();
        QTRY_COMPARE(inspector->problemList()->count(), 1);
        view->redo();
        QTRY_VERIFY(inspector->isModified());

        // Another row with the edit unsent: the person is asked; Keep Editing stays on the edit.
        const int other = row == 0 ? 1 : 0;
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), u"unsavedChanges"_s);
                QVERIFY(!box->detailedText().isEmpty()); // the changes it would drop
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        page.table()->selectRow(other);
        QCOMPARE(page.table()->currentIndex().row(), row);
        QVERIFY(inspector->isModified());
        QCOMPARE(inspector->parsed().facts.documentId, page.model()->messageAt(row).documentId);
        // Discard opens the other message.
        answer(QMessageBox::Discard);
        page.table()->selectRow(other);
        QCOMPARE(page.table()->currentIndex().row(), other);
        QTRY_COMPARE_WITH_TIMEOUT(inspector->parsed().facts.documentId, page.model()->messageAt(other).documentId, 10000);
        QVERIFY(!inspector->isModified());
    }

    void resubmitAnEditedBodAndSeeTheJournal()
    {
        LogPage fixture;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.page.model()->totalCount(), 800, 20000);
        SandboxFixture &sandbox = fixture.sandbox;
        LogViewPage &page = fixture.page;
        QString error;
        const auto filter = OneViewFilter::parse(u"(error_code eq XML_VALIDATION) and (document_type eq 'Sync.SalesOrder')"_s, &error);
        page.model()->setQuery(*filter, {});
        QVERIFY(page.model()->rowCount() > 0);
        const LogMessage failed = page.model()->messageAt(0);
        page.table()->selectRow(0);
        BodInspector *inspector = page.inspector();
        QTRY_COMPARE_WITH_TIMEOUT(inspector->parsed().facts.documentId, failed.documentId, 10000);
        inspector->setEditable(true);
        QString text = inspector->view()->toPlainText();
        text.replace(u"actionCode=\"Change\""_s, u"actionCode=\"Replace\""_s);
        text.replace(u"<LogicalID>lid://infor.m3.m3be</LogicalID>"_s, u"<LogicalID>lid://infor.ims.workbench</LogicalID>"_s);
        inspector->view()->setPlainText(text);
        QTRY_COMPARE(inspector->problemList()->count(), 0);

        ResubmitDialog *dialog = nullptr;
        connect(&page, &LogViewPage::resubmitDialogOpened, this, [&](ResubmitDialog *d) { dialog = d; });
        page.resubmitSelection();
        QTRY_VERIFY(dialog);
        QTableWidget *preview = dialog->preview();
        QCOMPARE(preview->rowCount(), 1);
        QCOMPARE(preview->item(0, ResubmitDialog::DocumentIdColumn)->text(), failed.documentId);
        const QString plannedId = preview->item(0, ResubmitDialog::MessageIdColumn)->text(); // the new message id, shown before sending
        QVERIFY(!QUuid::fromString(plannedId).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!preview->item(0, ResubmitDialog::GuardColumn)->text().contains(u"checking"_s), 10000);
        QCOMPARE(preview->item(0, ResubmitDialog::GuardColumn)->checkState(), Qt::Checked);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        QVERIFY2(dialog->findChild<QLabel *>(u"resubmitSummary"_s)->text().contains(u"1 accepted"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"resubmitSummary"_s)->text()));
        const auto batches = page.journal()->batches();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().counts.value(ResubmissionJournal::State::Accepted), 1);
        QCOMPARE(sandbox.server->receipts()->summary().total, 1);
        // The edited payload was what went out.
        const auto sent = page.journal()->items(batches.first().id);
        QVERIFY(sent.first().payload.contains("lid://infor.ims.workbench"));
        // ...with the message id the preview promised.
        QCOMPARE(page.journal()->attemptMessageIds(sent.first().id), QStringList {plannedId});
        QCOMPARE(preview->item(0, ResubmitDialog::MessageIdColumn)->text(), plannedId);
        dialog->close();

        // Resubmitting the same document again: the guard unchecks it.
        dialog = nullptr;
        page.resubmitSelection();
        QTRY_VERIFY(dialog);
        QTRY_VERIFY(dialog->preview()->item(0, ResubmitDialog::GuardColumn)->text().contains(
            u"already resubmitted by %1"_s.arg(Actor::name())));
        QCOMPARE(dialog->preview()->item(0, ResubmitDialog::GuardColumn)->checkState(), Qt::Unchecked);
        dialog->close();

        // The history shows the batch.
        // The history shows the batch, and who journalled it (teammates share the journal).
        ResubmissionHistory history(page.journal());
        QCOMPARE(history.batches()->rowCount(), 1);
        QCOMPARE(history.batches()->item(0, 1)->text(), Actor::name());
        QCOMPARE(history.batches()->item(0, 3)->text(), u"1"_s);
    }

    void resubmitWaitsForATokenAndSaysSo()
    {
        LogPage fixture;
        QTRY_COMPARE_WITH_TIMEOUT(fixture.page.model()->totalCount(), 800, 20000);
        SandboxFixture &sandbox = fixture.sandbox;
        LogViewPage &page = fixture.page;
        QString error;
        // A delivery that failed with 503: the document itself is valid and will be accepted.
        page.model()->setQuery(*OneViewFilter::parse(u"error_code eq '503'"_s, &error), {});
        QVERIFY(page.model()->rowCount() > 0);
        page.table()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(!page.inspector()->parsed().facts.rootName.isEmpty(), 10000);
        ResubmitDialog *dialog = nullptr;
        connect(&page, &LogViewPage::resubmitDialogOpened, this, [&](ResubmitDialog *d) { dialog = d; });
        page.resubmitSelection();
        QTRY_VERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->preview()->item(0, ResubmitDialog::GuardColumn)->text().contains(u"checking"_s), 10000);
        // The token expires and the token endpoint breaks (as a proxy in front of it would).
        sandbox.server->expireTokensNow();
        FaultInjector::Settings broken;
        broken.tokenFaultRate = 1.0;
        sandbox.server->faults().setSettings(broken);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        auto *wait = dialog->findChild<QLabel *>(u"resubmitTokenWait"_s);
        QTRY_VERIFY_WITH_TIMEOUT(wait->isVisible(), 10000);
        QVERIFY2(wait->text().startsWith(u"Waiting for a token"_s), qPrintable(wait->text()));
        QVERIFY(wait->text().contains(u"no document is charged"_s));
        QTest::qWait(300); // later updates do not hide it while the wait lasts
        QVERIFY(wait->isVisible());
        QVERIFY(!dialog->isFinished());
        if (const QString shots = qEnvironmentVariable("IONWB_TEST_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + u"/resubmit-waiting-for-token.png"_s);
        QCOMPARE(sandbox.server->receipts()->summary().total, 0);
        // The token endpoint recovers: the document goes out once.
        sandbox.server->faults().setSettings({});
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 30000);
        QVERIFY(!wait->isVisible());
        const QString summary = dialog->findChild<QLabel *>(u"resubmitSummary"_s)->text();
        QVERIFY2(summary.contains(u"1 accepted"_s), qPrintable(summary));
        QCOMPARE(sandbox.server->receipts()->summary().total, 1);
        // One attempt went out with the expired token (401); the failed token requests, however
        // many, cost none.
        QCOMPARE(page.journal()->items(page.journal()->batches().first().id).first().attempts, 2);
    }

    void datesAndIdsAreShownWhole()
    {
        QSettings().remove(u"logView/header"_s); // the widths of a first start, not of an earlier run
        LogPage fixture;
        fixture.page.resize(1600, 900);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.page.model()->rowCount() > 0, 20000);
        const QFontMetrics fm(fixture.page.table()->font());
        QHeaderView *header = fixture.page.table()->horizontalHeader();
        for (const int column : {int(MessageLogModel::DateColumn), int(MessageLogModel::DocumentIdColumn),
                                 int(MessageLogModel::MessageIdColumn), int(MessageLogModel::FromColumn)}) {
            int widest = 0;
            for (int row = 0; row < qMin(50, fixture.page.model()->rowCount()); ++row)
                widest = qMax(widest, fm.horizontalAdvance(fixture.page.model()->index(row, column).data().toString()));
            QVERIFY2(header->sectionSize(column) > widest,
                     qPrintable(u"column %1: %2 px for text %3 px wide"_s.arg(column).arg(header->sectionSize(column)).arg(widest)));
        }
        // The room left goes to the error text, not to the sizes.
        QVERIFY(header->sectionSize(MessageLogModel::ErrorColumn) > header->sectionSize(MessageLogModel::SizeColumn));
    }

    void aRefreshThatFailsSaysSoWhereThePersonLooks()
    {
        SandboxConfig config;
        config.demoMessages = 50;
        SandboxFixture sandbox(config);
        QTemporaryDir dir;
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        LogViewPage page;
        page.show();
        QVERIFY(openLog(page, sandbox.profile(), &session, dir.filePath(u"env.sqlite"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 50, 20000);
        auto *notice = page.findChild<QLabel *>(u"logNotice"_s);
        QVERIFY(notice && !notice->isVisible());

        // Every answer fails for now: the retries are shown as they happen, then a notice stays.
        FaultInjector::Settings failing;
        failing.errorRate = 1.0;
        sandbox.server->faults().setSettings(failing);
        page.workspace()->replicator()->setMaxRetries(2);
        QSignalSpy retrying(page.workspace()->replicator(), &LogReplicator::retrying);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(retrying.size() >= 1, 10000);
        QVERIFY(page.findChild<QProgressBar *>()->format().startsWith(u"Retrying in"_s));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
        QVERIFY2(notice->text().contains(u"for now"_s) && notice->text().contains(u"Refresh again"_s), qPrintable(notice->text()));
        QTest::qWait(200);
        QVERIFY(notice->isVisible()); // not a status line that goes away
        if (const QString shots = qEnvironmentVariable("IONWB_TEST_SCREENSHOTS"); !shots.isEmpty())
            page.grab().save(QDir(shots).filePath(u"log-refresh-failed.png"_s));

        // The next refresh clears it, and a good one leaves it cleared.
        sandbox.server->faults().setSettings({});
        page.refresh();
        QVERIFY(!notice->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page.workspace()->replicator()->isRunning(), 20000);
        QVERIFY(!notice->isVisible());
    }

    void hostilePayloadIsShownNotExpanded()
    {
        BodInspector inspector;
        QFile bomb(QStringLiteral(TEST_DATA_DIR "/bod/input/billion-laughs.xml"));
        QVERIFY(bomb.open(QIODevice::ReadOnly));
        const QByteArray payload = bomb.readAll();
        inspector.setDocument(payload);
        QCOMPARE(inspector.currentPayload(), payload); // as it came, not pretty-printed
        QCOMPARE(inspector.problemList()->count(), 1);
        QVERIFY(inspector.problemList()->item(0)->text().contains(u"DOCTYPE"_s));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
