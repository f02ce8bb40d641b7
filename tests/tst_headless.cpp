// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands as a script runs them: real ion-workbench and ion-sandbox processes.
#include "sandboxfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run workbench(const QStringList &args)
{
    QProcess p;
    p.setProgram(QString::fromUtf8(ION_WORKBENCH_BIN));
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(), p.readAllStandardError()}; // a hang is a failure
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_ionApi;
    QString m_cert;

    void startSandbox(const QStringList &extra)
    {
        m_sandbox.setProgram(QString::fromUtf8(ION_SANDBOX_BIN));
        m_sandbox.setArguments(QStringList {u"--write-ionapi"_s, m_ionApi, u"--cert-out"_s, m_cert, u"--demo-messages"_s, u"0"_s} + extra);
        m_sandbox.start();
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 10000);
        QVERIFY(m_sandbox.readLine().startsWith("ion-sandbox listening on "));
    }

private Q_SLOTS:
    void init()
    {
        m_ionApi = m_dir.filePath(u"sandbox.ionapi"_s);
        m_cert = m_dir.filePath(u"sandbox.pem"_s);
    }
    void cleanup()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void ionapiShowMasksSecrets()
    {
        startSandbox({});
        const Run r = workbench({u"ionapi"_s, u"show"_s, m_ionApi, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"style"_s).toString(), u"cloud"_s);
        QFile f(m_ionApi);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject file = QJsonDocument::fromJson(f.readAll()).object();
        for (const char *key : {"cs", "sask", "saak", "ci"})
            QVERIFY2(!r.out.contains(file.value(QLatin1String(key)).toString().toUtf8()), key);
        bool sawTokenEndpoint = false;
        for (const QJsonValue &v : o.value(u"fields"_s).toArray()) {
            if (v[u"id"_s].toString() == u"tokenEndpoint"_s) {
                sawTokenEndpoint = true;
                QCOMPARE(v[u"value"_s].toString(), file.value(u"pu"_s).toString() + u"token.oauth2"_s);
                QCOMPARE(v[u"origin"_s].toString(), u"pu + ot"_s);
            }
        }
        QVERIFY(sawTokenEndpoint);
        const Run text = workbench({u"ionapi"_s, u"show"_s, m_ionApi});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Service URL"));
        QVERIFY(!text.out.contains(file.value(u"cs"_s).toString().toUtf8()));
    }

    void ionapiShowRejectsABadFile()
    {
        QFile bad(m_dir.filePath(u"bad.ionapi"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"ti\": 1}");
        bad.close();
        const Run r = workbench({u"ionapi"_s, u"show"_s, bad.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ti:") || r.err.contains("is missing"), r.err.constData());
    }

    void testConnectionPassesAgainstTheSandbox()
    {
        startSandbox({});
        const Run r = workbench({u"test-connection"_s, m_ionApi, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(u"passed"_s).toBool());
        QCOMPARE(o.value(u"stages"_s).toArray().size(), 4);
        for (const QJsonValue &s : o.value(u"stages"_s).toArray())
            QCOMPARE(s[u"status"_s].toString(), u"Passed"_s);
    }

    void testConnectionFailsWithExitCode1AndAdvice()
    {
        startSandbox({u"--enforce-scopes"_s});
        const Run r = workbench({u"test-connection"_s, m_ionApi});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("FAIL Authenticated call"));
        QVERIFY(r.out.contains("scope"));
    }

    void aClientCredentialsFileTestsGreen()
    {
        startSandbox({});
        QFile written(m_ionApi);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(written.readAll()).object();
        o.remove(u"saak"_s);
        o.remove(u"sask"_s);
        const QString path = m_dir.filePath(u"client-credentials.ionapi"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(o).toJson());
        file.close();
        const Run shown = workbench({u"ionapi"_s, u"show"_s, path});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("client_credentials"), shown.out.constData());
        const Run r = workbench({u"test-connection"_s, path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Connection OK"), r.out.constData());
    }

    void testConnectionExitsWhenNoTokenCanBeHad()
    {
        // Every token answer is broken (502 HTML, 200 HTML, a 200 cut off): there is no token to
        // revoke, and the command must still end, at once and with exit code 1.
        startSandbox({u"--token-fault-rate"_s, u"1.0"_s});
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer clock;
            clock.start();
            const Run r = workbench({u"test-connection"_s, m_ionApi, u"--timeout"_s, u"10"_s});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.contains("FAIL OAuth token"), r.out.constData());
            QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        }
    }

    void testConnectionOverTlsNeedsTheCertificateTrusted()
    {
        startSandbox({u"--tls"_s});
        const Run untrusted = workbench({u"test-connection"_s, m_ionApi, u"--json"_s});
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY(untrusted.out.contains("not trusted"));
        const Run trusted = workbench({u"test-connection"_s, m_ionApi, u"--trust-cert"_s, m_cert});
        QCOMPARE(trusted.exitCode, 0);
        QVERIFY(trusted.out.contains("Connection OK"));
    }

    void bodInspectExitCodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::addRow("valid") << u"sync-supplier-party-master.xml"_s << 0 << QByteArray("Sync.SupplierPartyMaster");
        QTest::addRow("problems") << u"bad-action-code.xml"_s << 1 << QByteArray("line 18 [action-code]");
        QTest::addRow("not XML") << u"not-well-formed.xml"_s << 2 << QByteArray("not-well-formed");
        QTest::addRow("XML bomb") << u"billion-laughs.xml"_s << 2 << QByteArray("DOCTYPE");
        QTest::addRow("missing file") << u"no-such-file.xml"_s << 2 << QByteArray("unreadable");
    }
    void bodInspectExitCodes()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const QString path = QStringLiteral(TEST_DATA_DIR "/bod/input/") + file;
        const Run text = workbench({u"bod"_s, u"inspect"_s, path});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(text.out.contains(says), text.out.constData());
        const Run json = workbench({u"bod"_s, u"inspect"_s, path, u"--json"_s});
        QCOMPARE(json.exitCode, exitCode);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"valid"_s).toBool(), exitCode == 0);
    }

    void flowTestExitCodes_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::addRow("passes") << u"DataArea/PurchaseOrder/PurchaseOrderLine/Item/ItemID starts with 'A-'"_s << 0
                                << QByteArray("line 14: match");
        QTest::addRow("filtered out") << u"DataArea/PurchaseOrder/PurchaseOrderLine/Quantity > 100"_s << 1
                                      << QByteArray("filtered out");
        QTest::addRow("path matches nothing") << u"DataArea/PurchaseOrder/Line/Quantity > 1"_s << 1
                                              << QByteArray("matches nothing");
        QTest::addRow("bad condition") << u"DataArea/PurchaseOrder/Line/Quantity >"_s << 2 << QByteArray();
    }
    void flowTestExitCodes()
    {
        QFETCH(QString, filter);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const QString bod = QStringLiteral(TEST_DATA_DIR "/flow/purchase-order.xml");
        const Run text = workbench({u"flow"_s, u"test"_s, u"--bod"_s, bod, u"--filter"_s, filter});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(text.out.contains(says), text.out.constData());
        if (exitCode == 2) {
            QVERIFY2(text.err.contains("Column"), text.err.constData());
            return;
        }
        const Run json = workbench({u"flow"_s, u"test"_s, u"--bod"_s, bod, u"--filter"_s, filter, u"--json"_s});
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"passes"_s).toBool(), exitCode == 0);
        QCOMPARE(o.value(u"conditions"_s).toArray().size(), 1);
        const Run missing = workbench({u"flow"_s, u"test"_s, u"--bod"_s, u"/nonexistent.xml"_s, u"--filter"_s, filter});
        QCOMPARE(missing.exitCode, 2);
    }

    void flowDiagnose()
    {
        const QString routing = QStringLiteral(TEST_DATA_DIR "/flow/routing.json");
        const QString bod = QStringLiteral(TEST_DATA_DIR "/flow/purchase-order.xml");
        const Run ok = workbench({u"flow"_s, u"diagnose"_s, u"--routing"_s, routing, u"--bod"_s, bod, u"--json"_s});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ok.out).object().value(u"deliveredTo"_s).toArray().first().toString(),
                 u"lid://infor.fsm.acme_fsm"_s);
        const Run wrong = workbench({u"flow"_s, u"diagnose"_s, u"--routing"_s, routing, u"--bod"_s, bod, u"--to"_s,
                                     u"lid://infor.fsm.acme_fms"_s});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.out.contains("fail        The receiver lid://infor.fsm.acme_fms"), wrong.out.constData());
        const Run bad = workbench({u"flow"_s, u"diagnose"_s, u"--routing"_s, bod, u"--bod"_s, bod});
        QCOMPARE(bad.exitCode, 2);
    }

    void scimCheck()
    {
        const QString scim = m_dir.filePath(u"scim.json"_s);
        startSandbox({u"--write-scim"_s, scim});
        QFile f(scim);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.permissions() & QFileDevice::ReadOwner);
        QVERIFY(!(f.permissions() & QFileDevice::ReadOther)); // it holds a password
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const QString passwordFile = m_dir.filePath(u"scim-password"_s);
        QFile p(passwordFile);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(o.value(u"password"_s).toString().toUtf8() + '\n');
        p.close();
        const QStringList args {u"scim"_s, u"check"_s, u"--url"_s, o.value(u"url"_s).toString(), u"--user"_s,
                                o.value(u"userIdentifier"_s).toString(), u"--password-file"_s, passwordFile, u"--rate"_s, u"0"_s};
        const Run ok = workbench(args);
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY(ok.out.contains(" 0 failed"));
        QVERIFY(!ok.out.contains(o.value(u"password"_s).toString().toUtf8())); // never printed
        const Run basic = workbench(args + QStringList {u"--basic"_s, u"--json"_s});
        QCOMPARE(basic.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(basic.out).object().value(u"passed"_s).toBool());
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("wrong\n");
        p.close();
        const Run wrong = workbench(args);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.out.contains("HTTP 401"), wrong.out.constData());
        QCOMPARE(workbench({u"scim"_s, u"check"_s, u"--url"_s, u"ftp://x"_s, u"--user"_s, u"u"_s}).exitCode, 2);
    }

    void resubmitFilesSaysWhatFailedAndWhy()
    {
        startSandbox({});
        const QString dir = m_dir.filePath(u"bods"_s);
        QDir().mkpath(dir);
        QFile good(dir + u"/1.xml"_s), bad(dir + u"/2.xml"_s);
        QVERIFY(good.open(QIODevice::WriteOnly) && bad.open(QIODevice::WriteOnly));
        good.write(workbenchBod(u"V-OK"_s));
        bad.write(workbenchBod(u"V-BAD"_s).replace("actionCode=\"Replace\"", "actionCode=\"Change\""));
        good.close();
        bad.close();
        // A connection point the sandbox does not know for this client: IMS refuses (403).
        const Run run = workbench({u"resubmit"_s, u"--ionapi"_s, m_ionApi, u"--store"_s, m_dir.filePath(u"journal.sqlite"_s),
                                   u"--files"_s, dir, u"--from-logical-id"_s, u"lid://infor.ims.someone_else"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not queued: 2.xml: The action code"), run.err.constData()); // checked before sending
        QVERIFY2(run.out.contains("0 accepted, 1 failed"), run.out.constData());
        QVERIFY2(run.out.contains("failed: Sync.SupplierPartyMaster V-OK: HTTP 403"), run.out.constData());
    }

    void helpNeedsNoDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // as on a server: no display at all
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ION_WORKBENCH_BIN), {u"--help"_s});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        for (const char *command : {"bod inspect", "log search", "resubmit", "journal"})
            QVERIFY2(out.contains(command), command);
    }

    void sandboxRefusesBadOptions()
    {
        QProcess p;
        p.start(QString::fromUtf8(ION_SANDBOX_BIN), {u"--client-auth"_s, u"sometimes"_s});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
