// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionprofile.h"
#include "connection/ionapifile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIonApiFile : public QObject
{
    Q_OBJECT
private:
    static QJsonObject valid()
    {
        QFile f(QFINDTESTDATA("data/ionapi/cloud.ionapi"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    static QByteArray with(const QString &key, const QJsonValue &value)
    {
        QJsonObject o = valid();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return QJsonDocument(o).toJson();
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorKey");
        QTest::addColumn<QString>("errorContains");

        const QByteArray good = QJsonDocument(valid()).toJson();
        QTest::addRow("a cloud file is accepted") << good << true << QString() << QString();
        QTest::addRow("a byte-order mark is skipped") << QByteArray("\xEF\xBB\xBF" + good) << true << QString() << QString();
        QTest::addRow("unknown keys are tolerated") << with(u"zz_new_key"_s, u"x"_s) << true << QString() << QString();
        QTest::addRow("http on loopback is allowed")
            << with(u"iu"_s, u"http://127.0.0.1:8080"_s) << true << QString() << QString();
        QTest::addRow("or may be missing") << with(u"or"_s, QJsonValue::Undefined) << true << QString() << QString();

        QTest::addRow("not JSON") << QByteArray("ti=ACME\nci=x") << false << QString() << u"not valid JSON"_s;
        QTest::addRow("truncated JSON") << good.left(good.size() / 2) << false << QString() << u"not valid JSON"_s;
        QTest::addRow("a JSON array") << QByteArray("[1,2]") << false << QString() << u"not an object"_s;
        QTest::addRow("an empty file") << QByteArray("  \n") << false << QString() << u"empty"_s;
        QTest::addRow("huge file") << QByteArray(IonApiFile::MaxFileSize + 1, ' ') << false << QString() << u"bytes"_s;
        for (const char *key : {"ti", "ci", "cs", "iu", "pu", "ot"})
            QTest::addRow("missing %s", key) << with(QLatin1String(key), QJsonValue::Undefined) << false
                                             << QString::fromLatin1(key) << u"is missing"_s;
        // A service account is both keys or neither (neither: the client_credentials grant).
        QTest::addRow("saak without sask") << with(u"sask"_s, QJsonValue::Undefined) << false << u"sask"_s
                                           << u"is missing while saak is there"_s;
        QTest::addRow("sask without saak") << with(u"saak"_s, QJsonValue::Undefined) << false << u"saak"_s
                                           << u"is missing while sask is there"_s;
        QJsonObject clientCredentials = valid();
        clientCredentials.remove(u"saak"_s);
        clientCredentials.remove(u"sask"_s);
        QTest::addRow("client credentials: no service account")
            << QJsonDocument(clientCredentials).toJson() << true << QString() << QString();
        QJsonObject web = clientCredentials;
        web.insert(u"ru"_s, u"https://app.example.com/callback"_s);
        QTest::addRow("a Web application's file") << QJsonDocument(web).toJson() << false << u"ru"_s
                                                  << u"Web application"_s;
        QTest::addRow("saak is empty") << with(u"saak"_s, u""_s) << false << u"saak"_s << u"is empty"_s;
        QTest::addRow("ci is a number") << with(u"ci"_s, 42) << false << u"ci"_s << u"found a number"_s;
        QTest::addRow("sc is a string") << with(u"sc"_s, u"x"_s) << false << u"sc"_s << u"must be an object"_s;
        QTest::addRow("cs is empty") << with(u"cs"_s, u""_s) << false << u"cs"_s << u"is empty"_s;
        QTest::addRow("iu uses http") << with(u"iu"_s, u"http://mingle-ionapi.inforcloudsuite.com"_s) << false << u"iu"_s
                                      << u"only https"_s;
        QTest::addRow("pu uses ftp") << with(u"pu"_s, u"ftp://sso.example.com/ACME/as/"_s) << false << u"pu"_s << u"ftp"_s;
        QTest::addRow("iu is not a URL") << with(u"iu"_s, u"mingle ionapi"_s) << false << u"iu"_s << u"absolute URL"_s;
        QTest::addRow("ot is an absolute URL") << with(u"ot"_s, u"https://evil.example.com/token"_s) << false << u"ot"_s
                                               << u"relative"_s;
        QTest::addRow("ti has a slash") << with(u"ti"_s, u"ACME/TST"_s) << false << u"ti"_s << u"tenant"_s;

        // Hostile files: a key given twice (two hosts), control characters, a path out of pu.
        QByteArray twice = good;
        twice.insert(twice.indexOf('{') + 1, "\n  \"iu\": \"https://elsewhere.example.com\",");
        QTest::addRow("iu given twice") << twice << false << u"iu"_s << u"appears twice"_s;
        QByteArray escapedTwice = good;
        escapedTwice.insert(escapedTwice.indexOf('{') + 1, "\n  \"o\\u0074\": \"evil\",");
        QTest::addRow("ot given twice, once escaped") << escapedTwice << false << u"ot"_s << u"appears twice"_s;
        QTest::addRow("a nested key may repeat a top-level one")
            << with(u"sc"_s, QJsonObject {{u"ti"_s, u"x"_s}}) << true << QString() << QString();
        QTest::addRow("escape sequence in cn") << with(u"cn"_s, u"App\u001b]0;owned\u0007"_s) << false << u"cn"_s
                                               << u"U+001B"_s;
        QTest::addRow("newline in ti") << with(u"ti"_s, u"ACME\nTST"_s) << false << u"ti"_s << u"control character"_s;
        QTest::addRow("control character inside sc")
            << with(u"sc"_s, QJsonObject {{u"x"_s, u"a\u0007b"_s}}) << false << u"sc"_s << u"control character"_s;
        QTest::addRow("ot climbs out of pu") << with(u"ot"_s, u"../../../evil/token"_s) << false << u"ot"_s << u"climbs"_s;
        QTest::addRow("or climbs out, percent-encoded") << with(u"or"_s, u"revoke/%2e%2e/%2E%2E/x"_s) << false << u"or"_s
                                                        << u"climbs"_s;
        QTest::addRow("a dot in a path is fine") << with(u"ot"_s, u"connect/token.oauth2"_s) << true << QString() << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, ok);
        QFETCH(QString, errorKey);
        QFETCH(QString, errorContains);
        IonApiError error;
        const auto file = IonApiFile::parse(data, &error);
        QCOMPARE(file.has_value(), ok);
        if (!ok) {
            QCOMPARE(error.key, errorKey);
            QVERIFY2(error.message.contains(errorContains, Qt::CaseInsensitive), qPrintable(error.message));
        }
    }

    void cloudDerivations()
    {
        IonApiError error;
        const auto f = IonApiFile::load(QFINDTESTDATA("data/ionapi/cloud.ionapi"), &error);
        QVERIFY2(f, qPrintable(error.toString()));
        QCOMPARE(f->style(), IonApiFile::Style::Cloud);
        QCOMPARE(f->serviceUrl(), QUrl(u"https://mingle-ionapi.eu1.inforcloudsuite.com/ACME_TST"_s));
        QCOMPARE(f->tokenEndpoint(), QUrl(u"https://mingle-sso.eu1.inforcloudsuite.com:443/ACME_TST/as/token.oauth2"_s));
        QCOMPARE(f->revokeEndpoint(), QUrl(u"https://mingle-sso.eu1.inforcloudsuite.com:443/ACME_TST/as/revoke_token.oauth2"_s));
        QCOMPARE(f->dataHubTokenUrl(), QUrl(u"https://mingle-sso.eu1.inforcloudsuite.com:443/ACME_TST/"_s));
        QVERIFY(f->warnings.isEmpty());
    }

    void onPremisesDerivations()
    {
        IonApiError error;
        const auto f = IonApiFile::load(QFINDTESTDATA("data/ionapi/onpremises.ionapi"), &error);
        QVERIFY2(f, qPrintable(error.toString()));
        QCOMPARE(f->style(), IonApiFile::Style::OnPremises);
        QCOMPARE(f->serviceUrl(), QUrl(u"https://ionapi.acme.local:7443/infor"_s));
        QCOMPARE(f->tokenEndpoint(), QUrl(u"https://sts.acme.local/InforIntSTS/connect/token"_s));
        QCOMPARE(f->revokeEndpoint(), QUrl(u"https://sts.acme.local/InforIntSTS/connect/revocation"_s));
        QCOMPARE(f->dataHubTokenUrl(), QUrl(u"https://sts.acme.local/InforIntSTS/"_s)); // no "as/" to strip
    }

    void describeExplainsEveryFieldAndFlagsSecrets()
    {
        IonApiError error;
        const auto f = IonApiFile::load(QFINDTESTDATA("data/ionapi/cloud.ionapi"), &error);
        QVERIFY(f);
        const QList<IonApiField> fields = f->describe();
        QStringList secrets;
        for (const IonApiField &field : fields) {
            QVERIFY2(!field.origin.isEmpty(), qPrintable(field.id));
            if (field.secret)
                secrets << field.id;
        }
        QCOMPARE(secrets, (QStringList {u"username"_s, u"password"_s, u"clientId"_s, u"clientSecret"_s}));
        QCOMPARE(fields.first().origin, u"iu + \"/\" + ti"_s);
    }

    void aFileWithoutServiceAccountUsesClientCredentials()
    {
        // As Infor documents for authorized apps with the Client Credentials grant (LN 2026.x).
        IonApiError error;
        const auto f = IonApiFile::load(QFINDTESTDATA("data/ionapi/client-credentials.ionapi"), &error);
        QVERIFY2(f, qPrintable(error.toString()));
        QVERIFY(f->usesClientCredentials());
        QVERIFY(f->warnings.join(u' ').contains(u"client_credentials"_s));
        const ConnectionProfile p = ConnectionProfile::fromIonApi(*f);
        QCOMPARE(p.grantType, GrantType::ClientCredentials);
        QCOMPARE(p.validate(), QString()); // no username or password wanted
        bool sawGrant = false;
        for (const IonApiField &field : f->describe()) {
            if (field.id == u"grant"_s) {
                sawGrant = true;
                QCOMPARE(field.value, u"client_credentials"_s);
            }
        }
        QVERIFY(sawGrant);
        const auto again = IonApiFile::parse(f->toJson(), &error);
        QVERIFY(again && again->usesClientCredentials()); // written back without empty saak/sask
        QVERIFY(!f->toJson().contains("saak"));
    }

    void missingTrailingSlashOnPuIsAddedWithAWarning()
    {
        IonApiError error;
        const auto f = IonApiFile::parse(with(u"pu"_s, u"https://sso.example.com/ACME_TST/as"_s), &error);
        QVERIFY(f);
        QCOMPARE(f->tokenEndpoint(), QUrl(u"https://sso.example.com/ACME_TST/as/token.oauth2"_s));
        QCOMPARE(f->warnings.size(), 1);
    }

    void unknownKeysAreListed()
    {
        IonApiError error;
        const auto f = IonApiFile::parse(with(u"zz_new_key"_s, u"x"_s), &error);
        QVERIFY(f);
        QCOMPARE(f->unknownKeys, QStringList {u"zz_new_key"_s});
    }

    void hugeFileOnDiskIsRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.ionapi"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.resize(50 * 1024 * 1024);
        f.close();
        IonApiError error;
        QVERIFY(!IonApiFile::load(path, &error));
        QVERIFY2(error.message.contains(u"at most"_s), qPrintable(error.message));
    }

    void missingFileSaysSo()
    {
        IonApiError error;
        QVERIFY(!IonApiFile::load(u"/nonexistent/x.ionapi"_s, &error));
        QVERIFY(error.message.contains(u"Cannot read"_s));
    }

    void roundTripThroughToJson()
    {
        IonApiError error;
        const auto f = IonApiFile::load(QFINDTESTDATA("data/ionapi/cloud.ionapi"), &error);
        QVERIFY(f);
        const auto again = IonApiFile::parse(f->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->tokenEndpoint(), f->tokenEndpoint());
        QCOMPARE(again->secretKey, f->secretKey);
    }
};

QTEST_GUILESS_MAIN(TestIonApiFile)
#include "tst_ionapifile.moc"
