// SPDX-License-Identifier: GPL-3.0-or-later
// Resubmission against the real sandbox: every document is received exactly once through
// 503s, 500s, lost answers, dropped connections, expiring tokens, cancel and a crash.
#include "bodtemplates.h"
#include "environment/databaseconnection.h"
#include "ion/oauthsession.h"
#include "receiptlog.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmission/resubmitter.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

namespace {
QList<ResubmissionJournal::Item> items(int count, const QString &prefix = u"V"_s)
{
    return resubmissionItems(count, prefix);
}

Resubmitter::Options fast()
{
    Resubmitter::Options o;
    o.concurrency = 6;
    o.ratePerMinute = 60000;
    o.baseBackoffMs = 20;
    o.maxBackoffMs = 400;
    o.maxAttempts = 30;
    o.inFlightGraceMs = 1500; // the local sandbox handles a request within milliseconds
    return o;
}
} // namespace

class TestResubmission : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ResubmissionJournal> journal()
    {
        auto j = std::make_unique<ResubmissionJournal>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QString error;
        if (!j->open(&error))
            qFatal("journal: %s", qPrintable(error));
        return j;
    }
    static bool runToEnd(Resubmitter &r, const QString &batch, int timeoutMs = 60000)
    {
        QSignalSpy finished(&r, &Resubmitter::finished);
        r.run(batch);
        return !finished.isEmpty() || finished.wait(timeoutMs);
    }

private Q_SLOTS:
    void everyItemIsAcceptedOnce()
    {
        SandboxFixture s;
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"happy"_s, items(150), &error);
        QVERIFY2(batch, qPrintable(error));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        r.setOptions(fast());
        QVERIFY(runToEnd(r, *batch));
        QCOMPARE(j->counts(*batch).value(State::Accepted), 150);
        const ReceiptLog::Summary receipts = s.server->receipts()->summary();
        QCOMPARE(receipts.total, 150);
        QCOMPARE(receipts.distinctDocuments, 150);
        QCOMPARE(r.sends(), 150);
    }

    void progressIsReportedOnEveryChangeFromCountsInMemory()
    {
        SandboxFixture s;
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"counted"_s, items(40), &error);
        QVERIFY2(batch, qPrintable(error));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        r.setOptions(fast());
        QSignalSpy progress(&r, &Resubmitter::progress);
        QSignalSpy changes(&r, &Resubmitter::itemChanged);
        QVERIFY(runToEnd(r, *batch));
        // One report per change (sending, accepted for each), plus the start and the end.
        QCOMPARE(progress.size(), changes.size() + 2);
        QCOMPARE(changes.size(), 80);
        int previousDone = -1;
        for (const auto &report : std::as_const(progress)) {
            const auto counts = report.first().value<QHash<State, int>>();
            int total = 0;
            for (const int n : counts)
                total += n;
            QCOMPARE(total, 40); // every item counted once, whatever its state
            const int done = counts.value(State::Accepted);
            QVERIFY(done >= previousDone);
            previousDone = done;
        }
        const auto last = progress.last().first().value<QHash<State, int>>();
        QVERIFY(last == j->counts(*batch)); // memory agrees with the journal
    }

    void exactlyOnceThroughFaults()
    {
        SandboxFixture s;
        auto j = journal();
        QString error;
        const int n = 400;
        const auto batch = j->addBatch(u"faults"_s, items(n), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        FaultInjector faults(5);
        FaultInjector::Settings f;
        f.errorRate = 0.12;      // 500, 502, 503, 504 in equal parts
        f.dropRate = 0.03;       // closed before anything was done
        f.lostAnswerRate = 0.05; // done, but the answer is lost
        faults.setSettings(f);
        s.server->faults() = faults;
        QTimer expiry; // tokens expire every 300 ms
        QObject::connect(&expiry, &QTimer::timeout, &expiry, [&] { s.server->expireTokensNow(); });
        expiry.start(300);
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        r.setOptions(fast());
        QVERIFY(runToEnd(r, *batch, 120000));
        expiry.stop();
        for (auto state : {State::Pending, State::Sending, State::Retrying, State::Failed, State::Unknown}) {
            for (const auto &left : j->items(*batch, state))
                qWarning("left %s: %s", qPrintable(ResubmissionJournal::stateName(state)), qPrintable(left.reason));
        }
        QCOMPARE(j->counts(*batch).value(State::Accepted), n);
        const ReceiptLog::Summary receipts = s.server->receipts()->summary();
        QVERIFY2(receipts.duplicates.isEmpty(), qPrintable(QStringList(receipts.duplicates.keys()).join(u", "_s)));
        QCOMPARE(receipts.distinctDocuments, n);
        QCOMPARE(receipts.total, n);
        QVERIFY(r.sends() > n); // faults made it send some again
    }

    void aTokenThatCannotBeHadFailsNoDocumentAndChargesNoAttempt()
    {
        // The token endpoint answers as a gateway under load (502 with HTML, an HTML page with
        // 200, a 200 cut off mid-body) for a while: the batch waits, then goes on.
        SandboxFixture s;
        auto j = journal();
        QString error;
        const int n = 40;
        const auto batch = j->addBatch(u"token"_s, items(n), &error);
        FaultInjector::Settings f;
        f.tokenFaultRate = 1.0;
        s.server->faults().setSettings(f);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        r.setOptions(fast());
        QSignalSpy waiting(&r, &Resubmitter::waitingForToken);
        QTimer::singleShot(1500, &r, [&] { s.server->faults().setSettings({}); });
        QVERIFY(runToEnd(r, *batch));
        QVERIFY(waiting.count() >= 2);
        QCOMPARE(j->counts(*batch).value(State::Accepted), n);
        QCOMPARE(j->counts(*batch).value(State::Failed), 0);
        for (const auto &item : j->items(*batch))
            QCOMPARE(item.attempts, 1);
        QCOMPARE(s.server->receipts()->summary().total, n);
    }

    void refusedCredentialsStopTheBatchWithNothingSent()
    {
        SandboxFixture s;
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"refused"_s, items(10), &error);
        ConnectionProfile p = s.profile();
        OAuthSession::Config config = OAuthSession::configFor(p);
        config.secrets.clientSecret = u"wrong"_s;
        OAuthSession session(config);
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        r.setOptions(fast());
        QSignalSpy finished(&r, &Resubmitter::finished);
        r.run(*batch);
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(u"refused this connection's credentials"_s),
                 qPrintable(finished.first().at(1).toString()));
        QCOMPARE(r.sends(), 0);
        QCOMPARE(j->counts(*batch).value(State::Failed), 0);
        QCOMPARE(j->counts(*batch).value(State::Pending) + j->counts(*batch).value(State::Retrying), 10);
    }

    void documentErrorsFailWithoutRetry()
    {
        SandboxFixture s;
        auto j = journal();
        QList<ResubmissionJournal::Item> list = items(5);
        list[2].payload.replace("actionCode=\"Replace\"", "actionCode=\"Change\"");
        list[3].documentName = u"Sync.Unknown"_s; // not accepted by the connection point: 412
        QString error;
        const auto batch = j->addBatch(u"errors"_s, list, &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        r.setOptions(fast());
        QVERIFY(runToEnd(r, *batch));
        QCOMPARE(r.sends(), 5);
        const auto failed = j->items(*batch, State::Failed);
        QCOMPARE(failed.size(), 2);
        QVERIFY2(failed[0].reason.contains(u"HTTP 400"_s) && failed[0].reason.contains(u"action code"_s),
                 qPrintable(failed[0].reason));
        QVERIFY2(failed[1].reason.contains(u"HTTP 412"_s), qPrintable(failed[1].reason));
        QCOMPARE(j->counts(*batch).value(State::Accepted), 3);
    }

    void thePlannedMessageIdIsUsedOnceThenANewOne()
    {
        SandboxFixture s;
        auto j = journal();
        QList<ResubmissionJournal::Item> list = items(1);
        list[0].nextMessageId = u"3f2a1c9e-0000-4000-8000-000000000001"_s;
        QString error;
        const auto batch = j->addBatch(u"planned"_s, list, &error);
        QVERIFY(batch);
        const qint64 id = j->items(*batch).first().id;
        QCOMPARE(j->item(id)->nextMessageId, list[0].nextMessageId);
        // The first attempt uses it and it is gone: a retry cannot reuse it.
        QVERIFY(j->beginAttempt(id, list[0].nextMessageId));
        QVERIFY(j->item(id)->nextMessageId.isEmpty());
        j->setState(id, State::Pending, {});
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        r.setOptions(fast());
        QVERIFY(runToEnd(r, *batch));
        const QStringList ids = j->attemptMessageIds(id);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids.first(), list[0].nextMessageId);
        QVERIFY(ids.last() != ids.first());
    }

    void aJournalFromBeforePlannedIdsIsUpgraded()
    {
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        {
            DatabaseConnection old(path);
            QString error;
            QVERIFY(old.open(&error));
            QVERIFY(old.exec(u"CREATE TABLE resubmission_items (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id TEXT NOT NULL,"
                             " source_message_id TEXT, document_name TEXT NOT NULL, document_id TEXT, from_logical_id TEXT NOT NULL,"
                             " to_logical_id TEXT, state INTEGER NOT NULL, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0,"
                             " payload BLOB NOT NULL, updated INTEGER NOT NULL)"_s,
                             &error));
        }
        ResubmissionJournal j(path);
        QString error;
        QVERIFY2(j.open(&error), qPrintable(error));
        QList<ResubmissionJournal::Item> list = items(1);
        list[0].nextMessageId = u"planned"_s;
        const auto batch = j.addBatch(u"upgraded"_s, list, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(j.items(*batch).first().nextMessageId, u"planned"_s);
        ResubmissionJournal again(path); // and opening it once more changes nothing
        QVERIFY2(again.open(&error), qPrintable(error));
    }

    void givingUpOnTheLastItemFinishesTheRun()
    {
        // Regression: an item whose attempts ran out as it was taken from the retry queue
        // failed, but the run never said it was finished (the CLI hung).
        SandboxFixture s;
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"refused"_s, items(1), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), QUrl(u"http://127.0.0.1:9"_s)); // nothing listens there
        Resubmitter::Options o = fast();
        o.maxAttempts = 2;
        r.setOptions(o);
        QVERIFY(runToEnd(r, *batch, 20000));
        const auto failed = j->items(*batch, State::Failed);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed[0].reason.contains(u"gave up after 2 attempt"_s), qPrintable(failed[0].reason));
    }

    void crashMidBatchLosesAndDuplicatesNothing()
    {
        SandboxFixture s;
        FaultInjector::Settings slow;
        slow.latencyMs = 60;
        s.server->faults().setSettings(slow);
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"crash"_s, items(120), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        for (int crash = 0; crash < 3; ++crash) {
            // The process dies with requests in flight: nothing after this point runs.
            auto r = std::make_unique<Resubmitter>(&session, j.get(), s.server->serviceUrl());
            r->setOptions(fast());
            r->run(*batch);
            QTest::qWait(250);
            r.reset();
        }
        QVERIFY(j->counts(*batch).value(State::Sending) > 0 || j->counts(*batch).value(State::Unknown) > 0
                || j->counts(*batch).value(State::Accepted) > 0);
        QTest::qWait(300); // the abandoned requests land on the server
        s.server->faults().setSettings({});
        Resubmitter last(&session, j.get(), s.server->serviceUrl());
        last.setOptions(fast());
        QVERIFY(runToEnd(last, *batch));
        QCOMPARE(j->counts(*batch).value(State::Accepted), 120);
        const ReceiptLog::Summary receipts = s.server->receipts()->summary();
        QVERIFY(receipts.duplicates.isEmpty());
        QCOMPARE(receipts.total, 120);
    }

    void requestsStillOnTheWireAreNotSentAgain()
    {
        // The sender dies while its requests are on their way; ION processes them only later
        // (here: a slow intake, 800 ms, while the message log answers at once). Restarted at
        // once, it must not take "not in the log yet" for "never arrived".
        SandboxFixture s;
        FaultInjector::Settings slow;
        slow.intakeLatencyMs = 800;
        s.server->faults().setSettings(slow);
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"wire"_s, items(12), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        bool ready = false;
        session.ensureToken([&](const OAuthError &e) { ready = e.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(ready, 5000);
        {
            Resubmitter dying(&session, j.get(), s.server->serviceUrl());
            dying.setOptions(fast());
            dying.run(*batch);
            QTest::qWait(200); // requests sent, none answered yet
        }
        QVERIFY(j->counts(*batch).value(State::Sending) > 0);
        Resubmitter restarted(&session, j.get(), s.server->serviceUrl());
        restarted.setOptions(fast());
        QVERIFY(runToEnd(restarted, *batch));
        QCOMPARE(j->counts(*batch).value(State::Accepted), 12);
        QVERIFY2(s.server->receipts()->summary().duplicates.isEmpty(), "a document was delivered twice");
        QCOMPARE(s.server->receipts()->summary().total, 12);
    }

    void cancelKeepsTheRestPending()
    {
        SandboxFixture s;
        FaultInjector::Settings slow;
        slow.latencyMs = 40;
        s.server->faults().setSettings(slow);
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"cancel"_s, items(200), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        Resubmitter::Options o = fast();
        o.concurrency = 2;
        r.setOptions(o);
        QSignalSpy finished(&r, &Resubmitter::finished);
        r.run(*batch);
        QTRY_VERIFY(j->counts(*batch).value(State::Accepted) >= 10);
        r.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        const auto counts = j->counts(*batch);
        QCOMPARE(counts.value(State::Accepted) + counts.value(State::Pending), 200);
        QVERIFY(counts.value(State::Pending) > 0);
        // A later run sends the rest, once.
        Resubmitter again(&session, j.get(), s.server->serviceUrl());
        again.setOptions(fast());
        QVERIFY(runToEnd(again, *batch));
        QCOMPARE(j->counts(*batch).value(State::Accepted), 200);
        QCOMPARE(s.server->receipts()->summary().total, 200);
    }

    void pauseStopsSendingUntilResumed()
    {
        SandboxFixture s;
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"pause"_s, items(60), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        Resubmitter::Options o = fast();
        o.concurrency = 1;
        o.ratePerMinute = 1200; // one every 50 ms
        r.setOptions(o);
        QSignalSpy finished(&r, &Resubmitter::finished);
        r.run(*batch);
        QTRY_VERIFY(r.sends() >= 3);
        r.pause();
        QTest::qWait(100);
        const int atPause = r.sends();
        QTest::qWait(400);
        QCOMPARE(r.sends(), atPause);
        r.resume();
        QVERIFY(finished.wait(20000));
        QCOMPARE(j->counts(*batch).value(State::Accepted), 60);
    }

    void rateLimitIsHonoured()
    {
        SandboxFixture s;
        auto j = journal();
        QString error;
        const auto batch = j->addBatch(u"rate"_s, items(21), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        Resubmitter::Options o = fast();
        o.ratePerMinute = 600; // one every 100 ms
        r.setOptions(o);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runToEnd(r, *batch));
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(j->counts(*batch).value(State::Accepted), 21);
    }
};

QTEST_GUILESS_MAIN(TestResubmission)
#include "tst_resubmission.moc"
