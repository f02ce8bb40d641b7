// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth against the real sandbox on loopback: grants, client authentication, refresh,
// retry on 401, revoke, and the errors a person must be able to read.
#include "ion/oauthsession.h"
#include "oauthserver.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
OAuthError fetchToken(OAuthSession &session)
{
    bool done = false;
    OAuthError result;
    session.ensureToken([&](const OAuthError &e) {
        result = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("token request did not finish");
    return result;
}

HttpOutcome ping(OAuthSession &session, const ConnectionProfile &p)
{
    bool done = false;
    HttpOutcome result;
    session.get(QUrl(p.imsBaseUrl().toString() + u"/ping"_s), [&](const HttpOutcome &o) {
        result = o;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("request did not finish");
    return result;
}
} // namespace

class TestOAuthSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordGrant_data()
    {
        QTest::addColumn<ClientAuthMethod>("method");
        QTest::addColumn<SandboxConfig::ClientAuth>("server");
        QTest::addColumn<ClientAuthMethod>("used");
        QTest::addRow("Basic against a server that takes both")
            << ClientAuthMethod::Basic << SandboxConfig::ClientAuth::Both << ClientAuthMethod::Basic;
        QTest::addRow("form fields against a form-only server")
            << ClientAuthMethod::FormFields << SandboxConfig::ClientAuth::FormOnly << ClientAuthMethod::FormFields;
        QTest::addRow("automatic falls back to form fields")
            << ClientAuthMethod::Automatic << SandboxConfig::ClientAuth::FormOnly << ClientAuthMethod::FormFields;
        QTest::addRow("automatic uses Basic where it works")
            << ClientAuthMethod::Automatic << SandboxConfig::ClientAuth::BasicOnly << ClientAuthMethod::Basic;
    }
    void passwordGrant()
    {
        QFETCH(ClientAuthMethod, method);
        QFETCH(SandboxConfig::ClientAuth, server);
        QFETCH(ClientAuthMethod, used);
        SandboxConfig config;
        config.clientAuth = server;
        SandboxFixture sandbox(config);
        QVERIFY(sandbox.started);
        ConnectionProfile p = sandbox.profile();
        p.clientAuth = method;
        OAuthSession session(OAuthSession::configFor(p));
        const OAuthError e = fetchToken(session);
        QVERIFY2(e.ok(), qPrintable(e.summary()));
        QCOMPARE(session.effectiveClientAuth(), used);
        QVERIFY(session.hasRefreshToken());
        QCOMPARE(ping(session, p).httpStatus, 200);
        // Revoking authenticates the client the way the token endpoint accepted it.
        QCOMPARE(sandbox.server->oauth()->liveTokens(), 1);
        std::optional<OAuthError> revoked;
        session.revoke([&](const OAuthError &error) { revoked = error; });
        QTRY_VERIFY(revoked);
        QVERIFY2(revoked->ok(), qPrintable(revoked->summary()));
        QCOMPARE(sandbox.server->oauth()->liveTokens(), 0);
    }

    void basicAgainstFormOnlyServerIsInvalidClient()
    {
        SandboxConfig config;
        config.clientAuth = SandboxConfig::ClientAuth::FormOnly;
        SandboxFixture sandbox(config);
        ConnectionProfile p = sandbox.profile();
        p.clientAuth = ClientAuthMethod::Basic;
        OAuthSession session(OAuthSession::configFor(p));
        QCOMPARE(fetchToken(session).kind, OAuthError::Kind::InvalidClient);
    }

    void clientCredentialsGrant()
    {
        SandboxFixture sandbox;
        ConnectionProfile p = sandbox.profile();
        p.grantType = GrantType::ClientCredentials;
        OAuthSession session(OAuthSession::configFor(p));
        QVERIFY(fetchToken(session).ok());
        QVERIFY(!session.hasRefreshToken());
    }

    void tokenIsCachedAndReused()
    {
        SandboxFixture sandbox;
        const ConnectionProfile p = sandbox.profile();
        OAuthSession session(OAuthSession::configFor(p));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(ping(session, p).httpStatus, 200);
        QCOMPARE(session.tokenRequestCount(), 1);
        QCOMPARE(sandbox.server->oauth()->issuedTokens(), 1);
    }

    void concurrentCallersShareOneTokenRequest()
    {
        SandboxFixture sandbox;
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        int done = 0;
        for (int i = 0; i < 4; ++i)
            session.ensureToken([&](const OAuthError &e) { done += e.ok() ? 1 : 0; });
        QTRY_COMPARE(done, 4);
        QCOMPARE(session.tokenRequestCount(), 1);
    }

    void refreshesShortlyBeforeExpiry()
    {
        SandboxConfig config;
        config.tokenLifetimeSeconds = 2; // refresh margin is a tenth: 200 ms
        SandboxFixture sandbox(config);
        const ConnectionProfile p = sandbox.profile();
        OAuthSession session(OAuthSession::configFor(p));
        QSignalSpy refreshed(&session, &OAuthSession::tokenRefreshed);
        QVERIFY(fetchToken(session).ok());
        const QDateTime firstExpiry = session.expiresAt();
        QTest::qWait(1850); // inside the margin, before the real expiry
        QVERIFY(!session.hasValidToken());
        QCOMPARE(ping(session, p).httpStatus, 200);
        QCOMPARE(refreshed.count(), 2);
        QVERIFY(session.expiresAt() > firstExpiry);
        QCOMPARE(sandbox.server->oauth()->tokenRequests(), 2); // the second one was the refresh grant
    }

    void unauthorizedCallIsRetriedOnceWithAFreshToken()
    {
        SandboxFixture sandbox;
        const ConnectionProfile p = sandbox.profile();
        OAuthSession session(OAuthSession::configFor(p));
        QCOMPARE(ping(session, p).httpStatus, 200);
        sandbox.server->expireTokensNow(); // the session still believes its token is valid
        QVERIFY(session.hasValidToken());
        const HttpOutcome o = ping(session, p);
        QCOMPARE(o.httpStatus, 200);
        QCOMPARE(session.tokenRequestCount(), 2);
    }

    void persistent401IsReportedAfterOneRetry()
    {
        SandboxConfig config;
        config.tokenLifetimeSeconds = -1; // every token is born expired
        SandboxFixture sandbox(config);
        const ConnectionProfile p = sandbox.profile();
        OAuthSession session(OAuthSession::configFor(p));
        const HttpOutcome o = ping(session, p);
        QCOMPARE(o.httpStatus, 401);
        QVERIFY(session.tokenRequestCount() <= 3);
    }

    void revokeEndsTheToken()
    {
        SandboxFixture sandbox;
        const ConnectionProfile p = sandbox.profile();
        OAuthSession session(OAuthSession::configFor(p));
        QVERIFY(fetchToken(session).ok());
        QCOMPARE(sandbox.server->oauth()->liveTokens(), 1);
        bool done = false;
        session.revoke([&](const OAuthError &e) {
            QVERIFY(e.ok());
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(sandbox.server->oauth()->liveTokens(), 0);
        QVERIFY(!session.hasValidToken());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<OAuthError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addRow("wrong client secret") << u"clientSecret"_s << OAuthError::Kind::InvalidClient << u"invalid_client"_s;
        QTest::addRow("wrong client id") << u"clientId"_s << OAuthError::Kind::InvalidClient << u"invalid_client"_s;
        QTest::addRow("wrong service account secret") << u"password"_s << OAuthError::Kind::InvalidGrant << u"invalid_grant"_s;
        QTest::addRow("wrong service account key") << u"username"_s << OAuthError::Kind::InvalidGrant << u"invalid_grant"_s;
    }
    void errors()
    {
        QFETCH(QString, field);
        QFETCH(OAuthError::Kind, kind);
        QFETCH(QString, code);
        SandboxFixture sandbox;
        ConnectionProfile p = sandbox.profile();
        QString *target = field == u"clientSecret"_s ? &p.secrets.clientSecret
            : field == u"clientId"_s                 ? &p.secrets.clientId
            : field == u"password"_s                 ? &p.secrets.password
                                                     : &p.secrets.username;
        *target += u"-wrong"_s;
        OAuthSession session(OAuthSession::configFor(p));
        const OAuthError e = fetchToken(session);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.code, code);
        QVERIFY(!e.summary().contains(p.secrets.clientSecret));
    }

    void timeoutIsReportedAsSuch()
    {
        SandboxFixture sandbox;
        FaultInjector::Settings slow;
        slow.latencyMs = 3000;
        sandbox.server->faults().setSettings(slow);
        ConnectionProfile p = sandbox.profile();
        p.timeoutSeconds = 1;
        OAuthSession session(OAuthSession::configFor(p));
        const OAuthError e = fetchToken(session);
        QCOMPARE(e.kind, OAuthError::Kind::Transport);
        QCOMPARE(e.outcome.kind, HttpOutcome::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestOAuthSession)
#include "tst_oauthsession.moc"
