// SPDX-License-Identifier: GPL-3.0-or-later
// The fault test of the resubmission issue, with real processes: ion-sandbox answering 12%
// 500/502/503/504, dropping connections, losing answers, expiring every token every few seconds
// and answering a fifth of token requests as a gateway under load (502 or 200 with an HTML page,
// a 200 cut off mid-body),
// while `ion-workbench resubmit` is killed (SIGKILL) and restarted three times. Afterwards the
// sandbox's targets received every DocumentID exactly once.
// IONWB_FAULT_TEST_DOCUMENTS sets how many (default 10,000); ION_FAULT_SEED the order of the
// sandbox's faults (random when unset; printed on every run, so that any failure reproduces).
// scripts/soak.sh runs it many times with different seeds.
#include "workbenchprocesses.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using WorkbenchProcesses::runWorkbench;

class TestFaultResubmit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    WorkbenchProcesses::Sandbox m_sandbox {m_dir.filePath(u"sandbox.ionapi"_s)};

    QStringList resubmitArgs(const QStringList &mode) const
    {
        return QStringList {u"resubmit"_s, u"--ionapi"_s, m_dir.filePath(u"sandbox.ionapi"_s), u"--store"_s,
                            m_dir.filePath(u"journal.sqlite"_s), u"--concurrency"_s, u"8"_s, u"--rate"_s, u"120000"_s,
                            u"--in-flight-grace"_s, u"3"_s,
                            // A fifth of the attempts fail here, so eight in a row happen to one
                            // document in ten thousand now and then; the test is about never losing
                            // or doubling one, and a short ceiling on backoff keeps its tail short.
                            u"--max-attempts"_s, u"30"_s, u"--max-backoff"_s, u"2"_s}
            + mode;
    }

private Q_SLOTS:
    void everyDocumentExactlyOnceThroughFaultsAndKills()
    {
        const int documents = qEnvironmentVariableIsSet("IONWB_FAULT_TEST_DOCUMENTS")
            ? qEnvironmentVariableIntValue("IONWB_FAULT_TEST_DOCUMENTS")
            : 10000;
        QVERIFY(WorkbenchProcesses::writeBods(m_dir.filePath(u"bods"_s), documents));

        const quint32 seed = qEnvironmentVariableIsSet("ION_FAULT_SEED")
            ? quint32(qEnvironmentVariable("ION_FAULT_SEED").toULong())
            : 1 + QRandomGenerator::system()->bounded(1'000'000u);
        qInfo("fault seed %u (ION_FAULT_SEED=%u reproduces this run's faults)", seed, seed);
        QVERIFY(m_sandbox.start({u"--demo-messages"_s, u"0"_s, u"--error-rate"_s, u"0.12"_s, u"--drop-rate"_s, u"0.03"_s,
                                 u"--lost-answer-rate"_s, u"0.04"_s, u"--token-fault-rate"_s, u"0.2"_s,
                                 u"--expire-tokens-every"_s, u"3"_s, u"--seed"_s, QString::number(seed)}));

        QElapsedTimer clock;
        clock.start();
        // The first run journals the batch and starts sending; it is killed, and so are two resumes.
        QCOMPARE(runWorkbench(resubmitArgs({u"--files"_s, m_dir.filePath(u"bods"_s)}), 1500, "journalled"), -1);
        for (int kill = 0; kill < 2; ++kill)
            QCOMPARE(runWorkbench(resubmitArgs({u"--resume"_s}), 1500, "accepted"), -1);
        const qint64 before = m_sandbox.receipts().value(u"total"_s).toInteger();
        QVERIFY2(before > 0 && before < documents, "the kills must land mid-batch");
        // A new selection is refused while the old batch is unfinished: no double journal.
        QCOMPARE(runWorkbench(resubmitArgs({u"--files"_s, m_dir.filePath(u"bods"_s)}), 0), 2);
        QCOMPARE(runWorkbench(resubmitArgs({u"--resume"_s}), 0), 0);
        const QJsonObject r = m_sandbox.receipts();
        qInfo("%d documents in %lld ms through faults and 3 kills; received before the last run: %lld", documents,
              clock.elapsed(), before);
        QCOMPARE(r.value(u"duplicates"_s).toObject(), QJsonObject());
        QCOMPARE(r.value(u"total"_s).toInteger(), documents);
        QCOMPARE(r.value(u"distinctDocuments"_s).toInteger(), documents);
        // Resubmitting the same files again is caught by the duplicate guard.
        QCOMPARE(runWorkbench(resubmitArgs({u"--files"_s, m_dir.filePath(u"bods"_s)}), 0), 0);
        QCOMPARE(m_sandbox.receipts().value(u"total"_s).toInteger(), documents);
    }
};

QTEST_GUILESS_MAIN(TestFaultResubmit)
#include "tst_faultresubmit.moc"
