// SPDX-License-Identifier: GPL-3.0-or-later
// One batch, one runner: a second window or process on the same environment is told who is
// sending the batch and sends nothing; a runner that is killed leaves its batch to the next one
// at once; a runner that lost its claim sends nothing more. With real processes, two
// `resubmit --resume` at once, one of them killed mid-batch, deliver every document once, with
// the journal in a SQLite file and in a team's PostgreSQL database.
#include "ion/oauthsession.h"
#include "postgrescluster.h"
#include "receiptlog.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmission/resubmitter.h"
#include "sandboxfixture.h"
#include "workbenchprocesses.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;
using Claim = ResubmissionJournal::Claim;

namespace {
QList<ResubmissionJournal::Item> items(int count)
{
    return resubmissionItems(count, u"R"_s);
}

Resubmitter::Options options()
{
    Resubmitter::Options o;
    o.concurrency = 2;
    o.ratePerMinute = 60000;
    o.baseBackoffMs = 20;
    o.inFlightGraceMs = 500;
    return o;
}

qint64 finishedProcessId()
{
    QProcess p;
    p.start(u"true"_s, {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}
} // namespace

class TestTwoRunners : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    PostgresCluster m_cluster;
    QString path() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s); }
    static std::unique_ptr<ResubmissionJournal> open(const QString &path)
    {
        auto j = std::make_unique<ResubmissionJournal>(path);
        QString error;
        if (!j->open(&error))
            qFatal("journal: %s", qPrintable(error));
        return j;
    }

private Q_SLOTS:
    void aSecondRunnerIsToldWhoSends()
    {
        SandboxFixture s;
        FaultInjector::Settings slow;
        slow.latencyMs = 30;
        s.server->faults().setSettings(slow);
        auto first = open(path());
        auto second = open(path()); // another window or process: a connection of its own
        QString error;
        const auto batch = first->addBatch(u"shared"_s, items(40), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter a(&session, first.get(), s.server->serviceUrl());
        Resubmitter b(&session, second.get(), s.server->serviceUrl());
        a.setOptions(options());
        b.setOptions(options());
        QSignalSpy aFinished(&a, &Resubmitter::finished);
        QSignalSpy bFinished(&b, &Resubmitter::finished);
        a.run(*batch);
        QTRY_VERIFY(a.sends() > 0);
        b.run(*batch);
        QVERIFY(bFinished.count() == 1 || bFinished.wait(5000));
        QCOMPARE(bFinished.first().at(0).toBool(), false);
        const QString refusal = bFinished.first().at(1).toString();
        QVERIFY2(refusal.contains(u"is sending this batch"_s), qPrintable(refusal));
        QVERIFY2(refusal.contains(u"process %1"_s.arg(QCoreApplication::applicationPid())), qPrintable(refusal));
        QCOMPARE(b.sends(), 0);
        QVERIFY(aFinished.wait(30000));
        QCOMPARE(first->counts(*batch).value(State::Accepted), 40);
        QCOMPARE(s.server->receipts()->summary().total, 40);
        // Finished, the batch is free again: a later run finds nothing left to send.
        Resubmitter c(&session, second.get(), s.server->serviceUrl());
        QSignalSpy cFinished(&c, &Resubmitter::finished);
        c.run(*batch);
        QVERIFY(cFinished.count() == 1 || cFinished.wait(5000));
        QCOMPARE(cFinished.first().at(0).toBool(), true);
        QCOMPARE(c.sends(), 0);
    }

    void aRunnerThatIsGoneLeavesItsBatchAtOnce()
    {
        auto j = open(path());
        QString error;
        const QString batch = *j->addBatch(u"claims"_s, items(1), &error);
        const QString host = QSysInfo::machineHostName();
        Claim other {u"other"_s, u"anna@here (process 1)"_s, host, QCoreApplication::applicationPid(), {}};
        QCOMPARE(j->claimBatch(batch, other, 30000, nullptr), ResubmissionJournal::ClaimResult::Claimed);
        Claim me {u"me"_s, u"me"_s, host, QCoreApplication::applicationPid(), {}};
        Claim holder;
        QCOMPARE(j->claimBatch(batch, me, 30000, &holder), ResubmissionJournal::ClaimResult::Held); // alive, fresh
        QCOMPARE(holder.who, other.who);
        // Its process has ended (killed): taken over at once, not after the lease.
        other.runner = u"killed"_s;
        other.pid = finishedProcessId();
        j->releaseBatch(batch, u"other"_s);
        QCOMPARE(j->claimBatch(batch, other, 30000, nullptr), ResubmissionJournal::ClaimResult::Claimed);
        QCOMPARE(j->claimBatch(batch, me, 30000, nullptr), ResubmissionJournal::ClaimResult::Claimed);
        // On another host only the heartbeat tells: silent for longer than the lease, it is gone.
        Claim remote {u"remote"_s, u"bob@elsewhere (process 7)"_s, u"elsewhere.invalid"_s, 7, {}};
        QCOMPARE(j->claimBatch(batch, remote, 0, nullptr), ResubmissionJournal::ClaimResult::Claimed);
        QCOMPARE(j->claimBatch(batch, me, 60000, nullptr), ResubmissionJournal::ClaimResult::Held);
        QTest::qWait(150);
        QCOMPARE(j->claimBatch(batch, me, 100, nullptr), ResubmissionJournal::ClaimResult::Claimed);
        QVERIFY(!j->renewClaim(batch, u"remote"_s)); // the one that was taken over knows it
        QVERIFY(!j->beginAttempt(j->items(batch).first().id, u"m-1"_s, u"remote"_s));
        QVERIFY(j->attemptMessageIds(j->items(batch).first().id).isEmpty());
    }

    void aRunnerThatLostItsBatchSendsNothingMore()
    {
        SandboxFixture s;
        FaultInjector::Settings slow;
        slow.latencyMs = 40;
        s.server->faults().setSettings(slow);
        auto j = open(path());
        auto other = open(path());
        QString error;
        const auto batch = j->addBatch(u"lost"_s, items(200), &error);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, j.get(), s.server->serviceUrl());
        Resubmitter::Options o = options();
        o.concurrency = 1;
        r.setOptions(o);
        QSignalSpy finished(&r, &Resubmitter::finished);
        r.run(*batch);
        QTRY_VERIFY(r.sends() >= 3);
        // Someone else takes the batch over (as after a stall longer than the lease).
        Claim thief {u"thief"_s, u"bob@elsewhere (process 7)"_s, u"elsewhere.invalid"_s, 7, {}};
        QCOMPARE(other->claimBatch(*batch, thief, 0, nullptr), ResubmissionJournal::ClaimResult::Claimed);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(u"taken this batch over"_s),
                 qPrintable(finished.first().at(1).toString()));
        const int sent = r.sends();
        QVERIFY(sent < 200);
        QTest::qWait(300);
        QCOMPARE(r.sends(), sent);
        QCOMPARE(s.server->receipts()->summary().total, sent);
    }

    void twoProcessesOneKilledEveryDocumentOnce_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("SQLite") << false;
        QTest::newRow("PostgreSQL") << true;
    }
    void twoProcessesOneKilledEveryDocumentOnce()
    {
        QFETCH(bool, postgres);
        const int documents = 600;
        QString store = m_dir.filePath(u"journal.sqlite"_s);
        if (postgres) {
            QString error;
            QVERIFY2(m_cluster.isRunning() || m_cluster.start(&error), qPrintable(error));
            store = m_cluster.createDatabase(u"tworunners"_s);
            // The processes read the password as a team member's script would: PGPASSWORD.
            qputenv("PGPASSWORD", PostgresCluster::Password);
        }
        const QString bods = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u"-bods"_s);
        QVERIFY(WorkbenchProcesses::writeBods(bods, documents));
        WorkbenchProcesses::Sandbox sandbox(m_dir.filePath(u"sandbox.ionapi"_s));
        QVERIFY(sandbox.start({u"--demo-messages"_s, u"0"_s, u"--latency"_s, u"20"_s}));
        const QStringList common {u"resubmit"_s, u"--ionapi"_s, m_dir.filePath(u"sandbox.ionapi"_s), u"--store"_s,
                                  store, u"--concurrency"_s, u"4"_s, u"--rate"_s,
                                  u"120000"_s, u"--in-flight-grace"_s, u"2"_s};
        // The batch is journalled and its first runner killed at once.
        QCOMPARE(WorkbenchProcesses::runWorkbench(common + QStringList {u"--files"_s, bods}, 1,
                                                  "journalled"),
                 -1);
        // Two resumes at the same moment: one sends, the other is told who does.
        QProcess a;
        QProcess b;
        a.start(WorkbenchProcesses::workbench(), common + QStringList {u"--resume"_s});
        b.start(WorkbenchProcesses::workbench(), common + QStringList {u"--resume"_s});
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        QProcess *refused = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((refused = a.state() == QProcess::NotRunning ? &a
                                      : b.state() == QProcess::NotRunning ? &b
                                                                          : nullptr),
                                 60000);
        QProcess *sender = refused == &a ? &b : &a;
        QCOMPARE(refused->exitCode(), 1);
        QVERIFY2(refused->readAllStandardOutput().contains("is sending this batch"), "the refused one says why");
        // The sender is killed mid-batch...
        WorkbenchProcesses::waitForMarker(*sender, "accepted");
        QTest::qWait(800);
        QVERIFY(sender->state() == QProcess::Running);
        sender->kill();
        sender->waitForFinished();
        const qint64 before = sandbox.receipts().value(u"total"_s).toInteger();
        QVERIFY2(before > 0 && before < documents, "the kill must land mid-batch");
        // ...and two more resumes at once finish the batch between them.
        QProcess c;
        QProcess d;
        c.start(WorkbenchProcesses::workbench(), common + QStringList {u"--resume"_s});
        d.start(WorkbenchProcesses::workbench(), common + QStringList {u"--resume"_s});
        QVERIFY(c.waitForFinished(300000) && d.waitForFinished(300000));
        QVERIFY(c.exitCode() == 0 || d.exitCode() == 0);
        const QJsonObject r = sandbox.receipts();
        QCOMPARE(r.value(u"duplicates"_s).toObject(), QJsonObject());
        QCOMPARE(r.value(u"total"_s).toInteger(), documents);
        QCOMPARE(r.value(u"distinctDocuments"_s).toInteger(), documents);
    }
};

QTEST_GUILESS_MAIN(TestTwoRunners)
#include "tst_tworunners.moc"
