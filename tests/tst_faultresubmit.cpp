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
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFaultResubmit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QUrl m_base;

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
    // The programs under test; a soak points these at copies, so that rebuilding does not
    // replace them halfway through a run.
    static QString binary(const char *variable, const char *built)
    {
        return qEnvironmentVariableIsSet(variable) ? qEnvironmentVariable(variable) : QString::fromUtf8(built);
    }
    // Runs `ion-workbench`; with killAfterMs, kills it that long after it printed `marker` on
    // stderr (so that the kill lands where the test means it to, however fast the machine is).
    int runWorkbench(const QStringList &args, int killAfterMs, const QByteArray &marker = {})
    {
        QProcess p;
        p.start(binary("ION_FAULT_WORKBENCH", ION_WORKBENCH_BIN), args);
        if (!p.waitForStarted())
            return -2;
        if (!marker.isEmpty()) {
            QByteArray err;
            QElapsedTimer wait;
            wait.start();
            while (!err.contains(marker) && wait.elapsed() < 120'000 && p.state() == QProcess::Running) {
                p.waitForReadyRead(200);
                err += p.readAllStandardError();
            }
        }
        if (killAfterMs > 0 && !p.waitForFinished(killAfterMs)) {
            p.kill(); // SIGKILL: no clean-up runs, requests are cut off mid-flight
            p.waitForFinished();
            return -1;
        }
        if (!p.waitForFinished(600'000)) {
            // Not finished is not success: exitCode() of a running process would read as 0.
            qWarning("ion-workbench %s is still running after 600 s", qPrintable(args.join(u' ')));
            p.kill();
            p.waitForFinished();
            return -3;
        }
        qInfo("%s", p.readAllStandardOutput().trimmed().constData());
        return p.exitCode();
    }
    QJsonObject receipts()
    {
        QNetworkAccessManager nam;
        QFile controlFile(m_dir.filePath(u"sandbox.ionapi.control"_s));
        controlFile.open(QIODevice::ReadOnly);
        QNetworkRequest request(QUrl(m_base.toString() + u"/__sandbox/receipts"_s));
        request.setRawHeader("X-Sandbox-Secret",
                             QJsonDocument::fromJson(controlFile.readAll()).object().value(u"secret"_s).toString().toUtf8());
        QNetworkReply *reply = nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning("the sandbox did not answer");
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return o;
    }

private Q_SLOTS:
    void everyDocumentExactlyOnceThroughFaultsAndKills()
    {
        const int documents = qEnvironmentVariableIsSet("IONWB_FAULT_TEST_DOCUMENTS")
            ? qEnvironmentVariableIntValue("IONWB_FAULT_TEST_DOCUMENTS")
            : 10000;
        QFile templ(QStringLiteral(TEST_DATA_DIR "/bod/input/sync-supplier-party-master.xml"));
        QVERIFY(templ.open(QIODevice::ReadOnly));
        QByteArray bod = templ.readAll();
        bod.replace("lid://infor.fsm.acme_fsm", "lid://infor.ims.workbench");
        QDir().mkpath(m_dir.filePath(u"bods"_s));
        for (int i = 0; i < documents; ++i) {
            QFile f(m_dir.filePath(u"bods/%1.xml"_s.arg(i, 6, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(bod).replace("V10442", QByteArray("V" + QByteArray::number(1000000 + i))));
        }

        const quint32 seed = qEnvironmentVariableIsSet("ION_FAULT_SEED")
            ? quint32(qEnvironmentVariable("ION_FAULT_SEED").toULong())
            : 1 + QRandomGenerator::system()->bounded(1'000'000u);
        qInfo("fault seed %u (ION_FAULT_SEED=%u reproduces this run's faults)", seed, seed);
        m_sandbox.setProgram(binary("ION_FAULT_SANDBOX", ION_SANDBOX_BIN));
        m_sandbox.setArguments({u"--demo-messages"_s, u"0"_s, u"--error-rate"_s, u"0.12"_s, u"--drop-rate"_s, u"0.03"_s,
                                u"--lost-answer-rate"_s, u"0.04"_s, u"--token-fault-rate"_s, u"0.2"_s, u"--expire-tokens-every"_s, u"3"_s, u"--seed"_s,
                                QString::number(seed), u"--write-ionapi"_s, m_dir.filePath(u"sandbox.ionapi"_s)});
        m_sandbox.start();
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
        const QByteArray line = m_sandbox.readLine();
        m_base = QUrl(QString::fromLatin1(line.mid(line.indexOf("http"), line.indexOf(" (") - line.indexOf("http"))));
        QVERIFY(m_base.isValid());

        QElapsedTimer clock;
        clock.start();
        // The first run journals the batch and starts sending; it is killed, and so are two resumes.
        QCOMPARE(runWorkbench(resubmitArgs({u"--files"_s, m_dir.filePath(u"bods"_s)}), 1500, "journalled"), -1);
        for (int kill = 0; kill < 2; ++kill)
            QCOMPARE(runWorkbench(resubmitArgs({u"--resume"_s}), 1500, "accepted"), -1);
        const qint64 before = receipts().value(u"total"_s).toInteger();
        QVERIFY2(before > 0 && before < documents, "the kills must land mid-batch");
        // A new selection is refused while the old batch is unfinished: no double journal.
        QCOMPARE(runWorkbench(resubmitArgs({u"--files"_s, m_dir.filePath(u"bods"_s)}), 0), 2);
        QCOMPARE(runWorkbench(resubmitArgs({u"--resume"_s}), 0), 0);
        const QJsonObject r = receipts();
        qInfo("%d documents in %lld ms through faults and 3 kills; received before the last run: %lld", documents,
              clock.elapsed(), before);
        QCOMPARE(r.value(u"duplicates"_s).toObject(), QJsonObject());
        QCOMPARE(r.value(u"total"_s).toInteger(), documents);
        QCOMPARE(r.value(u"distinctDocuments"_s).toInteger(), documents);
        // Resubmitting the same files again is caught by the duplicate guard.
        QCOMPARE(runWorkbench(resubmitArgs({u"--files"_s, m_dir.filePath(u"bods"_s)}), 0), 0);
        QCOMPARE(receipts().value(u"total"_s).toInteger(), documents);
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestFaultResubmit)
#include "tst_faultresubmit.moc"
