// SPDX-License-Identifier: GPL-3.0-or-later
// The in-app sandbox: the .ionapi it writes for "Import" and its control file are owner-only
// and leave with the run (they hold this run's credentials and control secret).
#include "connection/appcontext.h"
#include "messagelog/messagelogstore.h"
#include "sandboxcontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
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
};

QTEST_MAIN(TestSandboxController)
#include "tst_sandboxcontroller.moc"
