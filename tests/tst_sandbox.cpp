// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as any HTTP client sees it: Gateway errors, OAuth error bodies, faults,
// the control API, malformed requests, loopback only.
#include "httpserver.h"
#include "ion/oauthsession.h"
#include "oauthserver.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
    QByteArray body;
};

Answer call(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
            const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning("no answer");
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    delete reply;
    return a;
}

// The control API as its owner calls it: with the run's secret, in JSON.
Answer control(const SandboxServer &server, const QByteArray &verb, const QString &what, const QByteArray &body = {})
{
    return call(verb, QUrl(server.baseUrl().toString() + u"/__sandbox/"_s + what), body,
                {{"X-Sandbox-Secret", server.config().controlSecret.toUtf8()}, {"Content-Type", "application/json"}});
}

QByteArray basic(const SandboxConfig &c)
{
    return "Basic " + QByteArray(c.clientId.toUtf8() + ':' + c.clientSecret.toUtf8()).toBase64();
}
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gatewayErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addRow("missing token") << u"/SANDBOX_TST/IONSERVICES/api/ion/messaging/service/ping"_s << QByteArray() << 401;
        QTest::addRow("made-up token") << u"/SANDBOX_TST/IONSERVICES/api/ion/messaging/service/ping"_s
                                       << QByteArray("Bearer made-up") << 401;
        QTest::addRow("unknown tenant") << u"/OTHER_TST/IONSERVICES/api/ion/messaging/service/ping"_s << QByteArray() << 404;
        QTest::addRow("unknown API") << u"/SANDBOX_TST/M3/m3api-rest/execute"_s << QByteArray() << 404;
    }
    void gatewayErrors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        SandboxFixture sandbox;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Answer a = call("GET", QUrl(sandbox.server->baseUrl().toString() + path), {}, headers);
        QCOMPARE(a.status, status);
        QCOMPARE(a.json.value(u"code"_s).toInt(), status);
    }

    void tokenErrorsFollowRfc6749_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withClient");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addRow("no client authentication") << QByteArray("grant_type=client_credentials") << false << 401
                                                  << u"invalid_client"_s;
        QTest::addRow("unknown grant") << QByteArray("grant_type=magic") << true << 400 << u"unsupported_grant_type"_s;
        QTest::addRow("missing grant") << QByteArray("x=1") << true << 400 << u"invalid_request"_s;
        QTest::addRow("wrong password") << QByteArray("grant_type=password&username=a&password=b") << true << 400
                                        << u"invalid_grant"_s;
        QTest::addRow("unknown refresh token") << QByteArray("grant_type=refresh_token&refresh_token=zzz") << true << 400
                                               << u"invalid_grant"_s;
    }
    void tokenErrorsFollowRfc6749()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, withClient);
        QFETCH(int, status);
        QFETCH(QString, error);
        SandboxFixture sandbox;
        QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/x-www-form-urlencoded"}};
        if (withClient)
            headers.append({"Authorization", basic(sandbox.server->config())});
        const Answer a = call("POST", sandbox.ionApi().tokenEndpoint(), body, headers);
        QCOMPARE(a.status, status);
        QCOMPARE(a.json.value(u"error"_s).toString(), error);
        QVERIFY(!a.json.value(u"error_description"_s).toString().isEmpty());
    }

    void refreshTokenGrantAndRevocation()
    {
        SandboxFixture sandbox;
        const SandboxConfig &c = sandbox.server->config();
        const QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/x-www-form-urlencoded"},
                                                            {"Authorization", basic(c)}};
        const QByteArray grant = "grant_type=password&username=" + QUrl::toPercentEncoding(c.accessKey)
            + "&password=" + QUrl::toPercentEncoding(c.secretKey);
        const Answer first = call("POST", sandbox.ionApi().tokenEndpoint(), grant, headers);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(first.json.value(u"expires_in"_s).toInt(), 7200);
        const QByteArray refresh = first.json.value(u"refresh_token"_s).toString().toLatin1();
        const Answer second = call("POST", sandbox.ionApi().tokenEndpoint(),
                                   "grant_type=refresh_token&refresh_token=" + refresh, headers);
        QCOMPARE(second.status, 200);
        // Revoking the refresh token revokes every access token issued with it.
        QCOMPARE(call("POST", sandbox.ionApi().revokeEndpoint(), "token=" + refresh + "&token_type_hint=refresh_token",
                      headers).status, 200);
        const QUrl ping(sandbox.profile().imsBaseUrl().toString() + u"/ping"_s);
        for (const Answer &t : {first, second}) {
            const Answer a = call("GET", ping, {}, {{"Authorization", "Bearer " + t.json.value(u"access_token"_s).toString().toLatin1()}});
            QCOMPARE(a.status, 401);
            QCOMPARE(a.json.value(u"message"_s).toString(), u"token revoked"_s);
        }
        QCOMPARE(call("POST", sandbox.ionApi().tokenEndpoint(), "grant_type=refresh_token&refresh_token=" + refresh,
                      headers).json.value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void versionsListsV2AndV3()
    {
        SandboxFixture sandbox;
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        bool done = false;
        HttpOutcome outcome;
        session.get(QUrl(sandbox.profile().imsBaseUrl().toString() + u"/versions"_s), [&](const HttpOutcome &o) {
            outcome = o;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(outcome.httpStatus, 200);
        QVERIFY(outcome.body.contains("\"v2\"") && outcome.body.contains("\"v3\""));
    }

    void faultsAreChangedAtRunTimeThroughTheControlApi()
    {
        SandboxFixture sandbox;
        const SandboxServer &server = *sandbox.server;
        const QUrl ping(sandbox.profile().imsBaseUrl().toString() + u"/ping"_s);
        QCOMPARE(call("GET", ping).status, 401);
        QCOMPARE(control(server, "PUT", u"faults"_s, R"({"errorRate": 1.0})").json.value(u"errorRate"_s).toDouble(), 1.0);
        for (int i = 0; i < 10; ++i) {
            const int s = call("GET", ping).status;
            QVERIFY2(s == 500 || s == 502 || s == 503 || s == 504, qPrintable(QString::number(s)));
        }
        control(server, "PUT", u"faults"_s, R"({"errorRate": 0, "dropRate": 1.0})");
        const Answer dropped = call("GET", ping);
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        control(server, "PUT", u"faults"_s, R"({"dropRate": 0, "latencyMs": 300})");
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(call("GET", ping).status, 401);
        QVERIFY(clock.elapsed() >= 280);
        QCOMPARE(control(server, "PUT", u"faults"_s, "not json").status, 400);
    }

    void theControlApiAnswersOnlyItsOwner()
    {
        SandboxFixture sandbox;
        const SandboxServer &server = *sandbox.server;
        const QUrl routing(server.baseUrl().toString() + u"/__sandbox/routing"_s);
        // What any local web page can send: no secret, text/plain. Refused, and nothing changes.
        const QByteArray before = control(server, "GET", u"routing"_s).body;
        QCOMPARE(call("POST", routing, R"({"connectionPoints": []})", {{"Content-Type", "text/plain"}}).status, 401);
        QCOMPARE(call("GET", routing).status, 401);
        QCOMPARE(call("PUT", QUrl(server.baseUrl().toString() + u"/__sandbox/faults"_s), R"({"errorRate": 1})",
                      {{"X-Sandbox-Secret", "wrong"}, {"Content-Type", "application/json"}})
                     .status,
                 401);
        QCOMPARE(sandbox.server->faults().settings().errorRate, 0.0);
        // The secret with a body that is not JSON: 415, however well-formed.
        QCOMPARE(call("POST", routing, R"({"connectionPoints": []})",
                      {{"X-Sandbox-Secret", server.config().controlSecret.toUtf8()}, {"Content-Type", "text/plain"}})
                     .status,
                 415);
        QCOMPARE(control(server, "GET", u"routing"_s).body, before);
        // A bearer token this sandbox issued also opens it (the workbench reads the routing so).
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        int status = -1;
        session.get(routing, [&](const HttpOutcome &o) { status = o.httpStatus; });
        QTRY_COMPARE(status, 200);
    }

    void aRoutingFilterNestedTooDeepIsRefusedNotACrash()
    {
        SandboxFixture sandbox;
        QJsonObject model = control(*sandbox.server, "GET", u"routing"_s).json;
        QJsonArray flows = model.value(u"documentFlows"_s).toArray();
        QVERIFY(!flows.isEmpty());
        QJsonObject flow = flows.at(0).toObject();
        const QString deep = QString(25'000, u'(') + u"DataArea/x = 1"_s + QString(25'000, u')');
        flow.insert(u"filter"_s, deep);
        flows.replace(0, flow);
        model.insert(u"documentFlows"_s, flows);
        const Answer a = control(*sandbox.server, "PUT", u"routing"_s, QJsonDocument(model).toJson());
        QCOMPARE(a.status, 400);
        QVERIFY2(a.json.value(u"message"_s).toString().contains(u"nested deeper"_s), a.body.constData());
        QCOMPARE(control(*sandbox.server, "GET", u"stats"_s).status, 200); // still alive
    }

    void expireTokensAndScopesAtRunTime()
    {
        SandboxFixture sandbox;
        const ConnectionProfile p = sandbox.profile();
        OAuthSession session(OAuthSession::configFor(p));
        bool ok = false;
        session.ensureToken([&](const OAuthError &e) { ok = e.ok(); });
        QTRY_VERIFY(ok);
        QCOMPARE(control(*sandbox.server, "POST", u"expire-tokens"_s).status, 200);
        QCOMPARE(sandbox.server->oauth()->liveTokens(), 0);
        control(*sandbox.server, "PUT", u"config"_s, R"({"enforceScopes": true})");
        QVERIFY(sandbox.server->config().enforceScopes);
    }

    void malformedRequestsGet400AndTheServerLivesOn()
    {
        SandboxFixture sandbox;
        for (const QByteArray &junk : {QByteArray("GARBAGE\r\n\r\n"), QByteArray("GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
                                       QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, sandbox.server->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(junk);
            QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState, 5000);
            QVERIFY2(socket.readAll().startsWith("HTTP/1.1 400"), junk.constData());
        }
        QCOMPARE(call("GET", QUrl(sandbox.server->baseUrl().toString() + u"/x"_s)).status, 404);
    }

    void oversizedHeadersAreRefused()
    {
        SandboxFixture sandbox;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sandbox.server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\nX-Big: " + QByteArray(HttpRequestParser::Limits().maxHeadBytes + 10, 'a'));
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 5000);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 431"));
    }

    void listensOnLoopbackOnly()
    {
        HttpServer server;
        QString error;
        QVERIFY(!server.listen(QHostAddress::Any, 0, &error));
        QVERIFY(error.contains(u"loopback"_s));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
    }

    void writesAnIonApiFileThatParses()
    {
        SandboxFixture sandbox;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.ionapi"_s);
        QString error;
        QVERIFY(sandbox.server->writeIonApi(path, &error));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        IonApiError parseError;
        const auto f = IonApiFile::load(path, &parseError);
        QVERIFY2(f, qPrintable(parseError.toString()));
        QCOMPARE(f->style(), IonApiFile::Style::Cloud);
        QCOMPARE(f->serviceUrl(), sandbox.server->serviceUrl());
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
