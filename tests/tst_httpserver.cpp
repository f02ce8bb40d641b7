// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's HTTP server under bad clients: the request parser alone, then the server's
// limits over real loopback sockets (sizes, malformed and ambiguous requests, slow and idle
// clients, the connection cap), then what the sandbox adds (no body read before a token).
#include "httprequestparser.h"
#include "httpserver.h"
#include "ion/imsmessage.h"
#include "ion/oauthsession.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using State = HttpRequestParser::State;

namespace {

// A server that answers every request with its path, query and body size.
struct EchoServer
{
    explicit EchoServer(const HttpServer::Limits &limits = {})
    {
        server.setLimits(limits);
        server.setHandler([](const HttpRequest &r, HttpResponder responder) {
            QJsonObject query;
            for (const auto &[k, v] : r.query.queryItems(QUrl::FullyDecoded))
                query.insert(k, v);
            responder.send(HttpResponse::json(200, {{u"path"_s, r.path}, {u"query"_s, query},
                                                    {u"body"_s, int(r.body.size())}}));
        });
        QString error;
        if (!server.listen(QHostAddress::LocalHost, 0, &error))
            qWarning("%s", qPrintable(error));
    }
    HttpServer server;
};

// Sends raw bytes and reads until the server closes or `ms` pass. The server runs in this
// thread, so the wait spins the event loop (QTest::qWaitFor), never a blocking read.
QByteArray exchange(quint16 port, const QByteArray &bytes, int ms = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return "not connected";
    socket.write(bytes);
    QByteArray answer;
    QTest::qWaitFor([&] {
        answer += socket.readAll();
        return socket.state() != QAbstractSocket::ConnectedState || answer.contains("Connection: close\r\n");
    }, ms);
    QTest::qWait(20);
    return answer + socket.readAll();
}

HttpRequestParser::State feedAll(HttpRequestParser &p, const QByteArray &bytes)
{
    p.feed(bytes);
    State s = p.next();
    while (s == State::Head)
        s = p.next();
    return s;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parserReadsPipelinedRequestsFedAByteAtATime()
    {
        HttpRequestParser p;
        const QByteArray two = "POST /a?x=1+2&y=%2B HTTP/1.1\r\nContent-Length: 3\r\nX-A: 1\r\nX-A: 2\r\n\r\nabc"
                               "GET /b HTTP/1.1\r\n\r\n";
        QList<HttpRequest> got;
        for (const char c : two) {
            p.feed(QByteArray(1, c));
            for (State s = p.next(); s != State::NeedMore; s = p.next()) {
                QVERIFY(s != State::Error);
                if (s == State::Complete)
                    got << p.takeRequest();
            }
        }
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].method, QByteArray("POST"));
        QCOMPARE(got[0].body, QByteArray("abc"));
        QCOMPARE(got[0].query.queryItemValue(u"x"_s, QUrl::FullyDecoded), u"1 2"_s); // '+' is a space
        QCOMPARE(got[0].query.queryItemValue(u"y"_s, QUrl::FullyDecoded), u"+"_s);   // %2B is a plus
        QCOMPARE(got[0].header("x-a"), QByteArray("1, 2"));
        QCOMPARE(got[1].path, u"/b"_s);
    }

    void parserRefusesAmbiguousRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::addRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::addRow("+5 as a length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello") << 400;
        QTest::addRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\nhello") << 400;
        QTest::addRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::addRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n") << 400;
        QTest::addRow("no colon") << QByteArray("GET / HTTP/1.1\r\nX-A\r\n\r\n") << 400;
        QTest::addRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 400;
        QTest::addRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
        QTest::addRow("body over the limit")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n") << 413;
        QTest::addRow("head over 64 KB in one piece")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n") << 431;
        QTest::addRow("head over 64 KB unfinished")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a')) << 431;
    }
    void parserRefusesAmbiguousRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        HttpRequestParser p;
        QCOMPARE(feedAll(p, request), State::Error);
        QCOMPARE(p.errorStatus(), status);
    }

    void parserAcceptsRepeatedEqualLengths()
    {
        HttpRequestParser p;
        QCOMPARE(feedAll(p, "POST / HTTP/1.1\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\nhello"), State::Complete);
        QCOMPARE(p.takeRequest().body, QByteArray("hello"));
    }

    void parserIsLinearInItsInput()
    {
        // 16 MB in 1 KB reads: the old server re-copied the whole buffer on every read.
        HttpRequestParser p;
        const qint64 size = 16 * 1024 * 1024;
        p.feed("POST / HTTP/1.1\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n");
        QCOMPARE(p.next(), State::Head);
        const QByteArray chunk(1024, 'x');
        QElapsedTimer clock;
        clock.start();
        for (qint64 sent = 0; sent < size; sent += chunk.size()) {
            p.feed(chunk);
            QCOMPARE(p.next(), sent + chunk.size() < size ? State::NeedMore : State::Complete);
        }
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(p.takeRequest().body.size(), size);
    }

    void theServerAnswersEachLimitAndLivesOn_data() { parserRefusesAmbiguousRequests_data(); }
    void theServerAnswersEachLimitAndLivesOn()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        EchoServer echo;
        const QByteArray answer = exchange(echo.server.port(), request);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))), answer.left(80).constData());
        QVERIFY(exchange(echo.server.port(), "GET /ok HTTP/1.1\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
    }

    void plusInAQueryIsASpace()
    {
        EchoServer echo;
        const QByteArray answer = exchange(echo.server.port(), "GET /q?filter=status+eq+'ERROR'&p=a%2Bb HTTP/1.1\r\n"
                                                               "Connection: close\r\n\r\n");
        QVERIFY2(answer.contains(R"("filter":"status eq 'ERROR'")"), answer.constData());
        QVERIFY2(answer.contains(R"("p":"a+b")"), answer.constData());
    }

    void aSlowClientIsClosedWithoutHoldingUpOthers()
    {
        HttpServer::Limits limits;
        limits.timeouts.requestMs = 600;
        EchoServer echo(limits);
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, echo.server.port());
        QTRY_COMPARE(slow.state(), QAbstractSocket::ConnectedState);
        slow.write("POST /slow HTTP/1.1\r\nContent-Length: 100\r\n\r\nab");
        // Meanwhile everyone else is answered at once.
        QElapsedTimer clock;
        clock.start();
        QVERIFY(exchange(echo.server.port(), "GET /fast HTTP/1.1\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
        QVERIFY(clock.elapsed() < 500);
        // A byte now and then does not buy it more time.
        QByteArray answer;
        for (int i = 0; i < 30 && slow.state() == QAbstractSocket::ConnectedState; ++i) {
            slow.write("x");
            QTest::qWait(100);
            answer += slow.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QTRY_COMPARE_WITH_TIMEOUT(echo.server.connectionCount(), 0, 3000);
    }

    void idleConnectionsAreCappedAndClosed()
    {
        HttpServer::Limits limits;
        limits.maxConnections = 300;
        limits.timeouts.idleMs = 1500;
        EchoServer echo(limits);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        // In batches, so the kernel's accept queue never overflows (a dropped SYN is retried
        // only a second later).
        for (int batch = 0; batch < 12; ++batch) {
            for (int i = 0; i < 25; ++i) {
                idle.push_back(std::make_unique<QTcpSocket>());
                idle.back()->connectToHost(QHostAddress::LocalHost, echo.server.port());
            }
            QTRY_COMPARE_WITH_TIMEOUT(echo.server.connectionCount(), 25 * (batch + 1), 3000);
        }
        QCOMPARE(echo.server.connectionCount(), 300);
        // One over the cap is told so and closed, not left waiting.
        QVERIFY(exchange(echo.server.port(), "GET / HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 503"));
        // The idle ones go after their timeout; then the server answers as before.
        QTRY_COMPARE_WITH_TIMEOUT(echo.server.connectionCount(), 0, 6000);
        QVERIFY(exchange(echo.server.port(), "GET / HTTP/1.1\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
    }

    void theSandboxRefusesABodyBeforeReadingItWithoutAToken()
    {
        SandboxFixture sandbox;
        const QByteArray path = QByteArray("/") + sandbox.server->config().tenant.toUtf8()
            + "/IONSERVICES/api/ion/messaging/service/v3/message";
        // Only the head is sent: the 401 comes without the 10 MB ever being read.
        const QByteArray head = "POST " + path + " HTTP/1.1\r\nContent-Length: 10000000\r\n\r\n";
        const QByteArray answer = exchange(sandbox.server->port(), head, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        // Unauthenticated APIs take no large bodies either.
        const QByteArray token = "POST /" + sandbox.server->config().tenant.toUtf8()
            + "/as/token.oauth2 HTTP/1.1\r\nContent-Length: 5000000\r\n\r\n";
        QVERIFY(exchange(sandbox.server->port(), token, 3000).startsWith("HTTP/1.1 413"));
    }

    void theSandboxAnswersOthersWhileItChecksALargeMessage()
    {
        // A 5 MB BOD whose elements carry 1,000 attributes each takes the XML reader a while;
        // it is read off the sandbox's thread, so a ping sent after it is answered first.
        SandboxFixture sandbox;
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        bool tokenReady = false;
        session.ensureToken([&](const OAuthError &) { tokenReady = true; });
        QTRY_VERIFY(tokenReady);
        QByteArray element = "<X";
        for (int i = 0; i < 1000; ++i)
            element += " a" + QByteArray::number(i) + "=\"1\"";
        element += "/>";
        QByteArray bod = workbenchBod(u"V1"_s);
        QByteArray filler;
        while (filler.size() + element.size() < 4'900'000)
            filler += element;
        bod.replace("</DataArea>", QByteArray("<UserArea>" + filler + "</UserArea></DataArea>"));
        const ImsMessage m = workbenchMessage(bod);
        QByteArray contentType;
        const QByteArray body = m.multipartBody(&contentType);
        QStringList order;
        QElapsedTimer clock;
        clock.start();
        session.send("POST", IonEndpoints::imsMultipartMessage(sandbox.profile().serviceUrl, 3), body, contentType,
                     [&](const HttpOutcome &o) { order << u"message %1 after %2 ms"_s.arg(o.httpStatus).arg(clock.elapsed()); });
        QTest::qWait(100); // the message is in and being read
        session.get(QUrl(sandbox.profile().imsBaseUrl().toString() + u"/ping"_s),
                    [&](const HttpOutcome &o) { order << u"ping %1 after %2 ms"_s.arg(o.httpStatus).arg(clock.elapsed()); });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 30000);
        qInfo("%s", qPrintable(order.join(u", "_s)));
        QVERIFY2(order.first().startsWith(u"ping 200"_s), qPrintable(order.join(u", "_s)));
    }

    void aPlusEncodedFilterReachesTheLogApi()
    {
        // A Python or Java client encodes spaces in a query as '+'.
        SandboxConfig config;
        config.demoMessages = 200;
        SandboxFixture sandbox(config);
        OAuthSession session(OAuthSession::configFor(sandbox.profile()));
        const QByteArray encoded = sandbox.server->serviceUrl().toString().toUtf8()
            + "/IONSERVICES/oneviewapi/data?store=Message&filter=status+eq+'ERROR'";
        const QUrl url = QUrl::fromEncoded(encoded);
        HttpOutcome outcome;
        bool done = false;
        session.get(url, [&](const HttpOutcome &o) {
            outcome = o;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(outcome.httpStatus == 200, outcome.body.left(300).constData());
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
