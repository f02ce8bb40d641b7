// SPDX-License-Identifier: GPL-3.0-or-later
// The SCIM client and conformance run against the sandbox's SCIM 2.0 service: discovery,
// paging, filters, every write, 401 with a wrong password, 409, 404, rate limits.
#include "sandboxfixture.h"
#include "scim/scimclient.h"
#include "scim/scimconformance.h"
#include "scimfilter.h"
#include "scimservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ScimClient::Response call(ScimClient &client, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    std::optional<ScimClient::Response> answer;
    client.request(method, path, body, [&](const ScimClient::Response &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        qFatal("no answer to %s %s", method.constData(), qPrintable(path));
    return *answer;
}

QJsonObject user(const QString &userName, const QString &familyName = u"Doe"_s)
{
    return {{u"schemas"_s, QJsonArray {ScimClient::userSchema()}}, {u"userName"_s, userName},
            {u"name"_s, QJsonObject {{u"givenName"_s, u"Jane"_s}, {u"familyName"_s, familyName}}},
            {u"emails"_s, QJsonArray {QJsonObject {{u"value"_s, userName}, {u"type"_s, u"work"_s}}}}};
}
} // namespace

class TestScim : public QObject
{
    Q_OBJECT
private:
    static ScimClient::Credentials credentials(const SandboxFixture &s, ScimClient::Auth auth = ScimClient::Auth::Bearer)
    {
        return {s.server->scimUrl(), s.server->config().scimUser, s.server->config().scimPassword, auth};
    }
    static std::unique_ptr<ScimClient> client(const SandboxFixture &s, ScimClient::Auth auth = ScimClient::Auth::Bearer)
    {
        auto c = std::make_unique<ScimClient>();
        c->setCredentials(credentials(s, auth));
        c->setCallsPerMinute(0);
        return c;
    }

private Q_SLOTS:
    void filterNestingIsBounded()
    {
        QString error;
        QVERIFY(!ScimFilter::parse(QString(25'000, u'(') + u"userName eq \"a\""_s + QString(25'000, u')'), &error));
        QVERIFY2(error.contains(u"nested deeper"_s), qPrintable(error));
        QStringList nots(25'000, u"not"_s);
        QVERIFY(!ScimFilter::parse(nots.join(u' ') + u" userName eq \"a\""_s, &error));
        QVERIFY2(error.contains(u"nested deeper"_s), qPrintable(error));
        QVERIFY2(ScimFilter::parse(u"not (userName eq \"a\" or (active eq true))"_s, &error), qPrintable(error));
    }

    void theTokenIsBase64OfIdentifierAndPassword()
    {
        const ScimClient::Credentials c {QUrl(), u"ACME_PRD#1234"_s, u"s3cret"_s, ScimClient::Auth::Bearer};
        QCOMPARE(QByteArray::fromBase64(c.token()), QByteArray("ACME_PRD#1234:s3cret"));
    }

    void conformanceRunPasses_data()
    {
        QTest::addColumn<bool>("basic");
        QTest::newRow("Bearer (Azure AD)") << false;
        QTest::newRow("Basic (Okta)") << true;
    }
    void conformanceRunPasses()
    {
        QFETCH(bool, basic);
        SandboxFixture s;
        auto c = client(s, basic ? ScimClient::Auth::Basic : ScimClient::Auth::Bearer);
        ScimConformance run(c.get());
        QSignalSpy finished(&run, &ScimConformance::finished);
        run.run();
        QVERIFY(finished.wait(30000));
        for (const auto &check : run.checks())
            QVERIFY2(check.verdict == ScimConformance::Verdict::Pass,
                     qPrintable(check.name + u": "_s + check.actual + u"\n"_s + check.request));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(run.checks().size() >= 18);
        // It cleaned up after itself.
        const auto left = call(*c, "GET", u"/Users"_s);
        QCOMPARE(left.json[u"totalResults"_s].toInt(), 0);
    }

    void withoutPatchThosePartsAreSkipped()
    {
        SandboxFixture s;
        s.server->scim()->setPatchSupported(false);
        auto c = client(s);
        ScimConformance run(c.get());
        QSignalSpy finished(&run, &ScimConformance::finished);
        run.run();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool()); // skipped is not failed
        QCOMPARE(run.count(ScimConformance::Verdict::Skipped), 6);
        QCOMPARE(run.count(ScimConformance::Verdict::Fail), 0);
    }

    void aWrongPasswordIs401AndTheRunFails()
    {
        SandboxFixture s;
        auto c = client(s);
        ScimClient::Credentials wrong = c->credentials();
        wrong.password = u"not-it"_s;
        c->setCredentials(wrong);
        const auto r = call(*c, "GET", u"/ServiceProviderConfig"_s);
        QCOMPARE(r.status(), 401);
        ScimConformance run(c.get());
        QSignalSpy finished(&run, &ScimConformance::finished);
        run.run();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(run.count(ScimConformance::Verdict::Fail) >= 4);
        QVERIFY(run.checks().first().actual.contains(u"HTTP 401"_s));
    }

    void filters()
    {
        SandboxFixture s;
        auto c = client(s);
        for (const QString &name : {u"ann@example.com"_s, u"bob@example.com"_s, u"anna@example.org"_s})
            QCOMPARE(call(*c, "POST", u"/Users"_s, user(name)).status(), 201);
        call(*c, "PATCH", u"/Users/"_s + call(*c, "GET", u"/Users?filter=userName%20eq%20%22bob%40example.com%22"_s).json[u"Resources"_s][0][u"id"_s].toString(),
             {{u"schemas"_s, QJsonArray {ScimClient::patchSchema()}},
              {u"Operations"_s, QJsonArray {QJsonObject {{u"op"_s, u"add"_s}, {u"path"_s, u"title"_s}, {u"value"_s, u"Boss"_s}}}}});
        const QList<std::pair<QString, int>> cases {
            {u"userName eq \"ANN@example.com\""_s, 1}, // userName is not case-exact
            {u"userName sw \"ann\""_s, 2},
            {u"userName co \"example.org\""_s, 1},
            {u"title pr"_s, 1},
            {u"userName sw \"ann\" and emails.value co \".org\""_s, 1},
            {u"userName eq \"bob@example.com\" or userName eq \"ann@example.com\""_s, 2},
            {u"not (userName sw \"a\")"_s, 1},
        };
        for (const auto &[filter, expected] : cases) {
            std::optional<ScimClient::Response> r;
            c->list(u"Users"_s, filter, 1, 50, [&](const ScimClient::Response &a) { r = a; });
            QTRY_VERIFY(r.has_value());
            QCOMPARE(r->status(), 200);
            QVERIFY2(r->json[u"totalResults"_s].toInt() == expected, qPrintable(filter));
        }
        std::optional<ScimClient::Response> bad;
        c->list(u"Users"_s, u"userName equals \"x\""_s, 1, 10, [&](const ScimClient::Response &a) { bad = a; });
        QTRY_VERIFY(bad.has_value());
        QCOMPARE(bad->status(), 400);
        QCOMPARE(bad->scimType(), u"invalidFilter"_s);
    }

    void paging()
    {
        SandboxFixture s;
        auto c = client(s);
        for (int i = 0; i < 5; ++i)
            call(*c, "POST", u"/Users"_s, user(u"user%1@example.com"_s.arg(i)));
        std::optional<ScimClient::Response> r;
        c->list(u"Users"_s, {}, 2, 2, [&](const ScimClient::Response &a) { r = a; });
        QTRY_VERIFY(r.has_value());
        QCOMPARE(r->json[u"totalResults"_s].toInt(), 5);
        QCOMPARE(r->json[u"startIndex"_s].toInt(), 2);
        QCOMPARE(r->json[u"itemsPerPage"_s].toInt(), 2);
        QCOMPARE(r->json[u"Resources"_s][0][u"userName"_s].toString(), u"user1@example.com"_s);
    }

    void everyWriteAnd404And409()
    {
        SandboxFixture s;
        auto c = client(s);
        const auto created = call(*c, "POST", u"/Users"_s, user(u"jane@example.com"_s));
        QCOMPARE(created.status(), 201);
        const QString id = created.json[u"id"_s].toString();
        const auto duplicate = call(*c, "POST", u"/Users"_s, user(u"JANE@example.com"_s));
        QCOMPARE(duplicate.status(), 409);
        QCOMPARE(duplicate.scimType(), u"uniqueness"_s);
        QCOMPARE(call(*c, "PUT", u"/Users/"_s + id, user(u"jane@example.com"_s, u"Roe"_s)).json[u"name"_s][u"familyName"_s].toString(),
                 u"Roe"_s);
        const QJsonObject deactivate {{u"schemas"_s, QJsonArray {ScimClient::patchSchema()}},
                                      {u"Operations"_s, QJsonArray {QJsonObject {{u"op"_s, u"replace"_s}, {u"path"_s, u"active"_s}, {u"value"_s, false}}}}};
        QCOMPARE(call(*c, "PATCH", u"/Users/"_s + id, deactivate).json[u"active"_s].toBool(true), false);
        QCOMPARE(call(*c, "GET", u"/Users/"_s + id).json[u"active"_s].toBool(true), false);
        QCOMPARE(call(*c, "DELETE", u"/Users/"_s + id).status(), 204);
        QCOMPARE(call(*c, "GET", u"/Users/"_s + id).status(), 404);
        QCOMPARE(call(*c, "DELETE", u"/Users/"_s + id).status(), 404);
        const auto noName = call(*c, "POST", u"/Users"_s, {{u"schemas"_s, QJsonArray {ScimClient::userSchema()}}});
        QCOMPARE(noName.status(), 400);
        QCOMPARE(noName.scimType(), u"invalidValue"_s);
    }

    void theClientKeepsToItsRate()
    {
        SandboxFixture s;
        auto c = client(s);
        c->setCallsPerMinute(600); // one every 100 ms
        int answered = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 6; ++i)
            c->get(u"/ServiceProviderConfig"_s, [&](const ScimClient::Response &) { ++answered; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 6, 10000);
        QVERIFY2(t.elapsed() >= 480, qPrintable(QString::number(t.elapsed()))); // five gaps of 100 ms
    }

    void aServerRateLimitAnswers429WithRetryAfter()
    {
        SandboxConfig config;
        config.scimCallsPerMinute = 3;
        SandboxFixture s(config);
        auto c = client(s);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call(*c, "GET", u"/ServiceProviderConfig"_s).status(), 200);
        const auto limited = call(*c, "GET", u"/ServiceProviderConfig"_s);
        QCOMPARE(limited.status(), 429);
        QVERIFY(limited.outcome.retryAfter.toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestScim)
#include "tst_scim.moc"
