// SPDX-License-Identifier: GPL-3.0-or-later
// The staged connection test against the real sandbox: every stage's failure gives a
// message that says what to check.
#include "connection/connectiontester.h"
#include "ion/oauthsession.h"
#include "oauthserver.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Stage = ConnectionTester::Stage;
using Status = ConnectionTester::Status;

namespace {
// Runs the tester to the end; returns the stage that failed, or -1.
int run(ConnectionTester &tester, const ConnectionProfile &p)
{
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(p);
    if (finished.isEmpty() && !finished.wait(20000))
        qWarning("tester did not finish");
    for (int i = 0; i < tester.results().size(); ++i) {
        if (tester.results()[i].status == Status::Failed)
            return i;
    }
    return -1;
}
QString advice(const ConnectionTester &t, int stage)
{
    return t.results().value(stage).advice;
}
} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allStagesPassAgainstTheSandbox()
    {
        SandboxFixture sandbox;
        ConnectionTester tester;
        QSignalSpy released(&tester, &ConnectionTester::released);
        QCOMPARE(run(tester, sandbox.profile()), -1);
        QVERIFY(tester.passed());
        QCOMPARE(tester.results().size(), 4);
        for (const auto &r : tester.results())
            QCOMPARE(r.status, Status::Passed);
        QVERIFY(tester.results()[2].detail.contains(u"Bearer token valid for"_s));
        // The tester's own token is revoked afterwards: nothing left live on the server.
        QVERIFY(released.wait(5000));
        QCOMPARE(sandbox.server->oauth()->liveTokens(), 0);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("adviceContains");
        QTest::addRow("wrong client secret") << u"clientSecret"_s << int(Stage::Token) << u"Client Secret (cs)"_s;
        QTest::addRow("wrong service account key") << u"password"_s << int(Stage::Token) << u"Password (sask)"_s;
        QTest::addRow("scope enforcement: 403 after a good token") << u"scopes"_s << int(Stage::Api) << u"scope"_s;
        QTest::addRow("wrong tenant in the Service URL: 404") << u"tenant"_s << int(Stage::Api) << u"tenant id"_s;
        QTest::addRow("token endpoint path wrong") << u"tokenPath"_s << int(Stage::Token) << u"Token URL"_s;
        QTest::addRow("server errors") << u"errors"_s << int(Stage::Token) << u"HTTP"_s;
        QTest::addRow("plain http to a remote host") << u"http"_s << int(Stage::Urls) << u"https"_s;
        QTest::addRow("missing secrets") << u"empty"_s << int(Stage::Urls) << u"Client ID"_s;
    }
    void failures()
    {
        QFETCH(QString, fault);
        QFETCH(int, stage);
        QFETCH(QString, adviceContains);
        SandboxFixture sandbox;
        ConnectionProfile p = sandbox.profile();
        if (fault == u"clientSecret"_s)
            p.secrets.clientSecret += u"x"_s;
        else if (fault == u"password"_s)
            p.secrets.password += u"x"_s;
        else if (fault == u"scopes"_s)
            sandbox.server->setEnforceScopes(true);
        else if (fault == u"tenant"_s)
            p.serviceUrl = QUrl(sandbox.server->baseUrl().toString() + u"/OTHER_TST"_s);
        else if (fault == u"tokenPath"_s)
            p.tokenEndpoint = QUrl(sandbox.server->baseUrl().toString() + u"/SANDBOX_TST/as/nope"_s);
        else if (fault == u"errors"_s) {
            FaultInjector::Settings s;
            s.errorRate = 1.0;
            sandbox.server->faults().setSettings(s);
        } else if (fault == u"http"_s)
            p.serviceUrl = QUrl(u"http://mingle-ionapi.example.com/ACME_TST"_s);
        else if (fault == u"empty"_s)
            p.secrets.clientId.clear();
        ConnectionTester tester;
        QCOMPARE(run(tester, p), stage);
        QVERIFY2(advice(tester, stage).contains(adviceContains, Qt::CaseInsensitive), qPrintable(advice(tester, stage)));
        for (int i = stage + 1; i < tester.results().size(); ++i)
            QCOMPARE(tester.results()[i].status, Status::Skipped);
        QVERIFY(!tester.passed());
    }

    void untrustedCertificateThenTrusted()
    {
        SandboxConfig config;
        config.tls = true;
        SandboxFixture sandbox(config);
        QVERIFY(sandbox.started);
        ConnectionProfile p = sandbox.profile();
        QVERIFY(p.serviceUrl.scheme() == u"https"_s);
        p.trustedCertificates.clear();
        ConnectionTester tester;
        QCOMPARE(run(tester, p), int(Stage::Network));
        QVERIFY2(advice(tester, 1).contains(u"not trusted"_s), qPrintable(advice(tester, 1)));
        QCOMPARE(tester.untrustedCertificate(), sandbox.server->certificate());
        // The person trusts exactly that certificate: TLS is verified against it and passes.
        p.trustedCertificates = {tester.untrustedCertificate()};
        QCOMPARE(run(tester, p), -1);
        QVERIFY(tester.results()[1].detail.contains(u"TLS verified"_s));
    }

    void tokenEndpointAlsoRejectsAnUntrustedCertificate()
    {
        // Even if the network stage were skipped, OAuth itself must not accept the certificate.
        SandboxConfig config;
        config.tls = true;
        SandboxFixture sandbox(config);
        ConnectionProfile p = sandbox.profile();
        p.trustedCertificates.clear();
        OAuthSession session(OAuthSession::configFor(p));
        bool done = false;
        OAuthError error;
        session.ensureToken([&](const OAuthError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.outcome.kind, HttpOutcome::Kind::TlsUntrusted);
    }

    void timeoutNamesTheHostAndTheLimit()
    {
        SandboxFixture sandbox;
        FaultInjector::Settings slow;
        slow.latencyMs = 5000;
        sandbox.server->faults().setSettings(slow);
        ConnectionProfile p = sandbox.profile();
        p.timeoutSeconds = 1;
        ConnectionTester tester;
        QCOMPARE(run(tester, p), int(Stage::Token));
        QVERIFY2(advice(tester, 2).contains(u"within 1 s"_s), qPrintable(advice(tester, 2)));
    }

    void connectionRefused()
    {
        SandboxFixture sandbox;
        ConnectionProfile p = sandbox.profile();
        sandbox.server->stop();
        ConnectionTester tester;
        QCOMPARE(run(tester, p), int(Stage::Network));
        QVERIFY2(advice(tester, 1).contains(u"Nothing accepts connections"_s), qPrintable(advice(tester, 1)));
    }

    void unknownHostIsADnsProblem()
    {
        ConnectionProfile p;
        p.serviceUrl = QUrl(u"https://no-such-host.invalid/ACME_TST"_s);
        p.tokenUrl = QUrl(u"https://no-such-host.invalid/ACME_TST/"_s);
        p.secrets = {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        p.timeoutSeconds = 10;
        ConnectionTester tester;
        QCOMPARE(run(tester, p), int(Stage::Network));
        const QString a = advice(tester, 1);
        QVERIFY2(a.contains(u"could not be resolved"_s) || a.contains(u"did not answer"_s), qPrintable(a));
    }

    void droppedConnectionsFailTheTokenStage()
    {
        SandboxFixture sandbox;
        FaultInjector::Settings drop;
        drop.dropRate = 1.0;
        sandbox.server->faults().setSettings(drop);
        ConnectionTester tester;
        QCOMPARE(run(tester, sandbox.profile()), int(Stage::Token));
        QVERIFY(!tester.results()[2].detail.isEmpty());
    }

    void cancelSkipsTheRest()
    {
        SandboxFixture sandbox;
        FaultInjector::Settings slow;
        slow.latencyMs = 2000;
        sandbox.server->faults().setSettings(slow);
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(sandbox.profile());
        QTRY_COMPARE(tester.results()[2].status, Status::Running);
        tester.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(tester.results()[2].status, Status::Skipped);
        QVERIFY(!tester.isRunning());
    }

    void fingerprintFollowsTheValues()
    {
        SandboxFixture sandbox;
        ConnectionProfile p = sandbox.profile();
        const QByteArray before = p.testFingerprint();
        p.description = u"descriptions do not matter"_s;
        QCOMPARE(p.testFingerprint(), before);
        p.secrets.clientSecret += u"!"_s;
        QVERIFY(p.testFingerprint() != before);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
