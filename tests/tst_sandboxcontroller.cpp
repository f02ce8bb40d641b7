// SPDX-License-Identifier: GPL-3.0-or-later
// The in-app sandbox: the .ionapi it writes for "Import" and its control file are owner-only
// and leave with the run (they hold this run's credentials and control secret).
#include "connection/appcontext.h"
#include "connection/connectionstore.h"
#include "connection/ionapifile.h"
#include "connection/secretstore.h"
#include "environment/environmentdatabase.h"
#include "environment/environmentregistry.h"
#include "ion/oauthsession.h"
#include "messagelog/messagelogstore.h"
#include "sandboxcontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theDemoIonApiIsPrivateAndGoesWithTheRun()
    {
        AppContext context;
        QString error;
        QVERIFY2(context.open(&error), qPrintable(error));
        QString ionApi, control;
        {
            SandboxController sandbox(&context);
            sandbox.setDemoMessages(10);
            QSignalSpy ready(&sandbox, &SandboxController::demoReady);
            QSignalSpy failed(&sandbox, &SandboxController::demoFailed);
            sandbox.startDemo();
            QVERIFY(sandbox.isStarting()); // the log is built on a worker: this returned at once
            QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QCOMPARE(sandbox.server()->messages()->count(), 10);
            ionApi = sandbox.ionApiPath();
            control = SandboxServer::controlFilePath(ionApi);
            const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
            for (const QString &path : {ionApi, control}) {
                QVERIFY2(QFile::exists(path), qPrintable(path));
                QVERIFY2(!(QFile::permissions(path) & others), qPrintable(path));
            }
            QFile file(control);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"secret"_s).toString(),
                     sandbox.server()->config().controlSecret);
        }
        QVERIFY(!QFile::exists(ionApi));
        QVERIFY(!QFile::exists(control));
        // Its demo log (the demo's documents) is gone with it too.
        QVERIFY(QDir(AppContext::dataDirectory()).entryList({u"sandbox-log-*"_s}).isEmpty());
    }

    void aConnectionFromItsIonApiWorksAtTheNextLaunch()
    {
        // A person imports the sandbox's .ionapi as a connection of their own. At the next launch
        // the sandbox answers on the same port with the same client; when that port is taken it
        // takes another, and the connection follows it.
        AppContext context;
        QString error;
        QVERIFY2(context.open(&error), qPrintable(error));
        context.secrets()->forceSessionOnly(u"test"_s); // the imported connection's secrets, in this process
        const QString name = u"My sandbox "_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        auto launch = [&context](SandboxController &sandbox) {
            sandbox.setDemoMessages(5);
            QSignalSpy ready(&sandbox, &SandboxController::demoReady);
            QSignalSpy failed(&sandbox, &SandboxController::demoFailed);
            sandbox.startDemo();
            const bool answered = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000);
            if (!failed.isEmpty())
                qWarning() << "the sandbox did not start:" << failed.first().first().toString();
            return answered && failed.isEmpty();
        };
        quint16 firstPort = 0;
        QString clientId, mine;
        {
            SandboxController sandbox(&context);
            QVERIFY(launch(sandbox));
            firstPort = sandbox.server()->port();
            clientId = sandbox.server()->config().clientId;
            QFile file(sandbox.ionApiPath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto ionApi = IonApiFile::parse(file.readAll(), nullptr);
            QVERIFY(ionApi);
            ConnectionProfile p = ConnectionProfile::fromIonApi(*ionApi);
            p.name = name;
            ReplicationEnvironment e;
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.name = u"Mine "_s + e.id.left(8);
            e.erp = ReplicationEnvironment::defaultErp();
            e.region = ReplicationEnvironment::defaultRegion();
            e.created = QDateTime::currentDateTimeUtc();
            e.databasePath = QDir(AppContext::dataDirectory()).filePath(u"mine-%1.sqlite"_s.arg(e.id));
            QVERIFY2(EnvironmentDatabase::create(e, &error) && context.environments()->add(e, &error), qPrintable(error));
            p.environmentId = e.id;
            std::optional<QString> problem;
            context.connections()->save(p, [&](bool ok, const QString &m) { problem = ok ? QString() : m; });
            QTRY_VERIFY(problem);
            QVERIFY2(problem->isEmpty(), qPrintable(*problem));
            mine = context.connections()->connectionByName(name)->id;
        }
        {
            SandboxController sandbox(&context);
            QVERIFY(launch(sandbox));
            QCOMPARE(sandbox.server()->port(), firstPort);
            QCOMPARE(sandbox.server()->config().clientId, clientId);
            QVERIFY(sandbox.movedConnections().isEmpty());
            const QString kept = QDir(AppContext::dataDirectory()).filePath(u"sandbox-credentials.json"_s);
            QCOMPARE(QFile::permissions(kept) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        }
        QTcpServer squatter; // someone else took the port meanwhile
        QVERIFY(squatter.listen(QHostAddress::LocalHost, firstPort));
        {
            SandboxController sandbox(&context);
            QVERIFY(launch(sandbox));
            QVERIFY(sandbox.server()->port() != firstPort);
            QCOMPARE(sandbox.server()->config().clientId, clientId);
            QVERIFY2(sandbox.movedConnections().contains(name), qPrintable(sandbox.movedConnections().join(u", "_s)));
            const ConnectionProfile moved = *context.connections()->connection(mine);
            QCOMPARE(moved.serviceUrl.port(), int(sandbox.server()->port()));
            QCOMPARE(moved.tokenEndpoint.port(), int(sandbox.server()->port()));
            // And it works: a token from the moved address with the secrets the connection keeps.
            std::optional<ConnectionSecrets> secrets;
            context.connections()->loadSecrets(mine, [&](std::optional<ConnectionSecrets> s, const QString &) { secrets = s; });
            QTRY_VERIFY(secrets);
            ConnectionProfile withSecrets = moved;
            withSecrets.secrets = *secrets;
            OAuthSession session(OAuthSession::configFor(withSecrets));
            std::optional<OAuthError> answer;
            session.ensureToken([&](const OAuthError &e) { answer = e; });
            QTRY_VERIFY(answer);
            QVERIFY2(answer->ok(), qPrintable(answer->summary()));
        }
        bool removed = false;
        context.connections()->remove(mine, [&](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY(removed);
    }
};

QTEST_MAIN(TestSandboxController)
#include "tst_sandboxcontroller.moc"
