// SPDX-License-Identifier: GPL-3.0-or-later
// The table models, checked signal by signal with QAbstractItemModelTester.
#include "connection/connectionsmodel.h"
#include "connection/connectionstore.h"
#include "connection/connectiontestmodel.h"
#include "connection/secretstore.h"
#include "environment/environmentregistry.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A connection store with the default environment, secrets kept for this run only.
struct StoreFixture
{
    QTemporaryDir dir;
    SecretStore secrets {u"ionwb-test"_s};
    EnvironmentRegistry envs {dir.filePath(u"envs"_s)};
    std::unique_ptr<ConnectionStore> store;
    StoreFixture()
    {
        secrets.forceSessionOnly(u"test"_s);
        QString error;
        if (!envs.open(&error) || !envs.ensureDefault(&error))
            qFatal("environment registry: %s", qPrintable(error));
        store = std::make_unique<ConnectionStore>(dir.filePath(u"c.ini"_s), &secrets, &envs);
    }
};

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectionTestModelFollowsTheTester()
    {
        SandboxFixture sandbox;
        ConnectionTester tester;
        ConnectionTestModel model;
        QAbstractItemModelTester check(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTester(&tester);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(sandbox.profile());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ConnectionTestModel::ColumnCount));
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(model.index(row, ConnectionTestModel::StatusColumn).data().toString(), u"Passed"_s);
            QVERIFY(model.index(row, ConnectionTestModel::TimeColumn).data().toString().endsWith(u" ms"_s));
        }
        // A failing run: the advice is in its role and tooltip.
        sandbox.server->setEnforceScopes(true);
        tester.start(sandbox.profile());
        QVERIFY(finished.wait(10000));
        const QModelIndex api = model.index(3, ConnectionTestModel::StatusColumn);
        QCOMPARE(api.data(ConnectionTestModel::StatusRole).value<ConnectionTester::Status>(), ConnectionTester::Status::Failed);
        QVERIFY(api.data(ConnectionTestModel::AdviceRole).toString().contains(u"403"_s));
    }

    void connectionsModelShowsSavedConnections()
    {
        StoreFixture f;
        ConnectionStore &store = *f.store;
        EnvironmentRegistry &envs = f.envs;
        ConnectionsModel model(&store);
        QAbstractItemModelTester check(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        SandboxFixture sandbox;
        ConnectionProfile p = sandbox.profile();
        p.name = u"ACME"_s;
        p.environmentId = envs.environments().first().id;
        bool saved = false;
        store.save(p, [&](bool ok, const QString &) { saved = ok; });
        QTRY_VERIFY(saved);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ConnectionsModel::NameColumn).data().toString(), u"ACME"_s);
        QCOMPARE(model.index(0, ConnectionsModel::EnvironmentColumn).data().toString(), u"Default"_s);
        QCOMPARE(model.index(0, ConnectionsModel::LastTestColumn).data().toString(), u"Not tested"_s);
        const QString id = model.index(0, 0).data(ConnectionsModel::IdRole).toString();
        store.recordTest(id, false, u"OAuth token failed: invalid_client"_s);
        QVERIFY(model.index(0, ConnectionsModel::LastTestColumn).data().toString().contains(u"invalid_client"_s));
        QVERIFY(!model.index(0, ConnectionsModel::TestedAtColumn).data().toString().isEmpty());
        QCOMPARE(model.indexOf(id).row(), 0);

        bool removed = false;
        store.remove(id, [&](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY(removed);
        QCOMPARE(model.rowCount(), 0);
    }

    void connectionLimitIsEnforced()
    {
        StoreFixture f;
        ConnectionStore &store = *f.store;
        EnvironmentRegistry &envs = f.envs;
        store.setMaxConnections(1);
        ConnectionProfile p;
        p.name = u"One"_s;
        p.environmentId = envs.environments().first().id;
        bool ok = false;
        store.save(p, [&](bool saved, const QString &) { ok = saved; });
        QTRY_VERIFY(ok);
        QVERIFY(store.checkCreate(u"Two"_s).contains(u"limited to 1"_s));
        QVERIFY(store.checkCreate(u"one"_s, QString()).contains(u"exists already"_s));
        QVERIFY(store.checkCreate(u"One"_s, store.connections().first().id).isEmpty()); // editing itself
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
