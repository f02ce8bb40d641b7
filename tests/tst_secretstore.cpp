// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets in a real Secret Service (gnome-keyring in a private D-Bus session, see
// with-secret-service.sh), the session-only fallback without one, and the promise that no
// secret reaches a settings file or a log line.
#include "connection/connectionstore.h"
#include "connection/connectiontester.h"
#include "connection/secretstore.h"
#include "environment/environmentregistry.h"
#include "ion/oauthsession.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QMutex logMutex;
QStringList *capturedLog = nullptr;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        if (capturedLog)
            capturedLog->append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    previousHandler(type, context, message);
}

bool expectNoKeychain()
{
    return qEnvironmentVariableIsSet("IONWB_EXPECT_NO_KEYCHAIN");
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadRemove()
    {
        SecretStore store(u"ION Workbench Test"_s);
        QSignalSpy fellBack(&store, &SecretStore::fellBackToSession);
        const QByteArray secret = "s3cr3t-" + QByteArray::number(QRandomGenerator::global()->generate());
        bool written = false;
        store.write(u"connection/test"_s, secret, [&](SecretStore::Result r, const QString &m) {
            QVERIFY2(r == SecretStore::Result::Ok, qPrintable(m));
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        QCOMPARE(store.sessionOnly(), expectNoKeychain());
        QCOMPARE(fellBack.count(), expectNoKeychain() ? 1 : 0);

        QByteArray read;
        bool done = false;
        store.read(u"connection/test"_s, [&](SecretStore::Result r, const QByteArray &data, const QString &) {
            QCOMPARE(r, SecretStore::Result::Ok);
            read = data;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(read, secret);

        if (!expectNoKeychain()) {
            // A second store (as after a restart) finds the secret in the keychain.
            SecretStore again(u"ION Workbench Test"_s);
            done = false;
            again.read(u"connection/test"_s, [&](SecretStore::Result r, const QByteArray &data, const QString &) {
                QCOMPARE(r, SecretStore::Result::Ok);
                QCOMPARE(data, secret);
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        }

        done = false;
        store.remove(u"connection/test"_s, [&](SecretStore::Result r, const QString &) {
            QCOMPARE(r, SecretStore::Result::Ok);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        done = false;
        store.read(u"connection/test"_s, [&](SecretStore::Result r, const QByteArray &, const QString &) {
            QCOMPARE(r, SecretStore::Result::NotFound);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }

    void noSecretInSettingsOrLogs()
    {
        QStringList log;
        {
            QMutexLocker lock(&logMutex);
            capturedLog = &log;
        }
        previousHandler = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(u"workbench.*=true"_s);

        QTemporaryDir dir;
        SecretStore secrets(u"ION Workbench Test"_s);
        EnvironmentRegistry envs(dir.filePath(u"envs"_s));
        QString error;
        QVERIFY(envs.open(&error) && envs.ensureDefault(&error));
        ConnectionStore store(dir.filePath(u"connections.ini"_s), &secrets, &envs);

        SandboxFixture sandbox;
        ConnectionProfile p = sandbox.profile();
        p.name = u"Leak check"_s;
        p.environmentId = envs.environments().first().id;
        QString message;
        bool saved = false;
        store.save(p, [&](bool ok, const QString &m) {
            saved = ok;
            message = m;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 15000);
        QCOMPARE(message.contains(u"No keychain"_s), expectNoKeychain());

        // Exercise every path that logs: a good test, a wrong secret, a retry after 401, revoke.
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(p);
        QVERIFY(finished.wait(10000));
        QVERIFY(tester.passed());
        ConnectionProfile wrong = p;
        wrong.secrets.clientSecret += u"-wrong"_s;
        tester.start(wrong);
        QVERIFY(finished.wait(10000));
        OAuthSession session(OAuthSession::configFor(p));
        bool pinged = false;
        session.get(QUrl(p.imsBaseUrl().toString() + u"/ping"_s), [&](const HttpOutcome &) { pinged = true; });
        QTRY_VERIFY(pinged);
        sandbox.server->expireTokensNow();
        pinged = false;
        session.get(QUrl(p.imsBaseUrl().toString() + u"/ping"_s), [&](const HttpOutcome &) { pinged = true; });
        QTRY_VERIFY(pinged);
        bool revoked = false;
        session.revoke([&](const OAuthError &) { revoked = true; });
        QTRY_VERIFY(revoked);

        // Reading them back works (keychain or this session).
        bool loaded = false;
        const QString id = store.connectionByName(u"Leak check"_s)->id;
        store.loadSecrets(id, [&](std::optional<ConnectionSecrets> s, const QString &) {
            QVERIFY(s);
            QCOMPARE(*s, p.secrets);
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000);

        qInstallMessageHandler(previousHandler);
        {
            QMutexLocker lock(&logMutex);
            capturedLog = nullptr;
        }
        QVERIFY2(log.size() > 5, "the flows above should have logged");
        QFile settings(store.settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settings.readAll();
        QVERIFY(settingsText.contains("Leak check"));
        const QString joinedLog = log.join(u'\n');
        for (const QString &secret : {p.secrets.username, p.secrets.password, p.secrets.clientId, p.secrets.clientSecret}) {
            QVERIFY2(!settingsText.contains(secret.toUtf8()), "a secret was written to the settings file");
            QVERIFY2(!joinedLog.contains(secret), "a secret was written to the log");
        }
        static const QRegularExpression bearer(u"Bearer [A-Za-z0-9_\\-]{20,}"_s);
        QVERIFY2(!joinedLog.contains(bearer), "a bearer token was logged");
        // Nothing else in the data folder holds a secret in plain text either.
        for (const QFileInfo &f : QDir(dir.path()).entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
            QFile file(f.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(p.secrets.clientSecret.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
