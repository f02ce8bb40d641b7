// SPDX-License-Identifier: GPL-3.0-or-later
// A team environment end to end: Anna provisions one on a PostgreSQL server from the Provision
// dialog (the password goes to the keychain, never to the settings), replicates and journals a
// batch; Bob, in a profile of his own, joins it from the same dialog and sees the same log and
// the same journal. Providing it again without joining is refused with the reason.
#include "common/actor.h"
#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "environment/environmentpasswords.h"
#include "environment/environmentregistry.h"
#include "messagelog/logreplicator.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/replicationruns.h"
#include "openlog.h"
#include "postgrescluster.h"
#include "provisiondialog.h"
#include "resubmission/resubmissionjournal.h"
#include "sandboxfixture.h"
#include "teamactivity.h"
#include "workspace/connectionworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s", qPrintable(name));
    return w;
}

// One person's profile: their keychain, their registry of environments, their connections.
struct Profile
{
    explicit Profile(const QString &dir)
        : secrets(std::make_unique<SecretStore>(u"ionwb-team-test"_s))
        , envs(std::make_unique<EnvironmentRegistry>(dir + u"/envs"_s))
    {
        secrets->forceSessionOnly(u"tests keep secrets in the process"_s);
        QString error;
        if (!envs->open(&error) || !envs->ensureDefault(&error))
            qFatal("registry: %s", qPrintable(error));
        store = std::make_unique<ConnectionStore>(dir + u"/connections.ini"_s, secrets.get(), envs.get());
    }
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<EnvironmentRegistry> envs;
    std::unique_ptr<ConnectionStore> store;
};
} // namespace

class TestTeamEnvironment : public QObject
{
    Q_OBJECT
private:
    PostgresCluster m_cluster;
    QTemporaryDir m_dir;

    // Fills the dialog's server part as a person would.
    void fillServer(ProvisionDialog &dialog, const QString &database, const QString &password)
    {
        QTest::mouseClick(child<QRadioButton>(&dialog, u"kindServer"_s), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(&dialog, u"serverHost"_s)->isVisible());
        child<QLineEdit>(&dialog, u"serverHost"_s)->setText(u"127.0.0.1"_s);
        child<QSpinBox>(&dialog, u"serverPort"_s)->setValue(m_cluster.port());
        child<QLineEdit>(&dialog, u"serverDatabase"_s)->setText(database);
        child<QLineEdit>(&dialog, u"serverUser"_s)->setText(QString::fromLatin1(PostgresCluster::SuperUser));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"serverPassword"_s), password);
        // The cluster has no certificate; the test names its weaker mode explicitly.
        child<QComboBox>(&dialog, u"serverTls"_s)->setCurrentText(u"disable"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY(m_cluster.sql(u"CREATE DATABASE team"_s, &error));
    }

    void annaProvisionsAndBobJoins()
    {
        SandboxConfig config;
        config.demoMessages = 1500;
        SandboxFixture sandbox(config);
        QVERIFY(sandbox.started);
        Profile anna(m_dir.filePath(u"anna"_s));
        Profile bob(m_dir.filePath(u"bob"_s));

        ProvisionDialog annas(anna.envs.get());
        annas.setSecretStore(anna.secrets.get());
        annas.show();
        QTest::keyClicks(child<QLineEdit>(&annas, u"environmentName"_s), u"Integration Team"_s);
        fillServer(annas, u"team"_s, QString::fromLatin1(PostgresCluster::Password));
        QTest::mouseClick(child<QPushButton>(&annas, u"provisionButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(annas.result(), int(QDialog::Accepted), 30000);
        const ReplicationEnvironment env = annas.environment();
        QVERIFY2(env.databasePath.startsWith(u"postgresql://ionwb@127.0.0.1:"_s), qPrintable(env.databasePath));
        QVERIFY(!env.databasePath.contains(QLatin1String(PostgresCluster::Password)));
        // The password is in Anna's keychain, and nowhere in her files.
        bool kept = false;
        anna.secrets->read(EnvironmentPasswords::keychainKey(env.databasePath),
                           [&](SecretStore::Result r, const QByteArray &secret, const QString &) {
                               kept = r == SecretStore::Result::Ok && secret == PostgresCluster::Password;
                           });
        QTRY_VERIFY(kept);
        for (const QString &file : QDir(m_dir.filePath(u"anna"_s)).entryList(QDir::Files)) {
            QFile f(m_dir.filePath(u"anna/"_s + file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(PostgresCluster::Password), qPrintable(file));
        }

        // Anna replicates the tenant's log into it and journals a batch.
        QString error;
        auto annaWork = ConnectionWorkspace::open(sandbox.profile(), env.databasePath, nullptr, &error);
        QVERIFY2(annaWork, qPrintable(error));
        QSignalSpy replicated(annaWork->replicator(), &LogReplicator::finished);
        annaWork->replicator()->start();
        QVERIFY(replicated.wait(60000));
        QVERIFY2(replicated.first().at(0).toBool(), qPrintable(replicated.first().at(1).toString()));
        QCOMPARE(annaWork->logStore()->count(), 1500);
        QVERIFY(annaWork->journal()->addBatch(u"anna's fixes"_s, resubmissionItems(5, u"A"_s), &error));

        // Bob joins from his own profile: the environment's name comes from the server.
        ProvisionDialog bobs(bob.envs.get());
        bobs.setSecretStore(bob.secrets.get());
        bobs.show();
        QTest::keyClicks(child<QLineEdit>(&bobs, u"environmentName"_s), u"Bob"_s);
        fillServer(bobs, u"team"_s, QString::fromLatin1(PostgresCluster::Password));
        QTest::mouseClick(child<QPushButton>(&bobs, u"provisionButton"_s), Qt::LeftButton);
        auto *status = child<QLabel>(&bobs, u"provisionStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"already holds another environment (Integration Team)"_s), 30000);
        QVERIFY(bobs.isVisible());
        child<QCheckBox>(&bobs, u"serverJoin"_s)->setChecked(true);
        QVERIFY(!child<QLineEdit>(&bobs, u"environmentName"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(&bobs, u"provisionButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(bobs.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(bobs.environment().id, env.id);
        QCOMPARE(bobs.environment().name, u"Integration Team"_s);
        QVERIFY(bob.envs->environment(env.id));

        auto bobWork = ConnectionWorkspace::open(sandbox.profile(), bob.envs->environment(env.id)->databasePath, nullptr, &error);
        QVERIFY2(bobWork, qPrintable(error));
        QCOMPARE(bobWork->logStore()->count(), 1500);
        const auto batches = bobWork->journal()->batches();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().label, u"anna's fixes"_s);
        QCOMPARE(batches.first().counts.value(ResubmissionJournal::State::Pending), 5);

        // Bob's window: who replicated last, and Anna's next replication shows without a click.
        LogViewPage page;
        page.show();
        ConnectionWorkspace *bobsWindow = openLog(page, sandbox.profile(), nullptr, bobs.environment().databasePath);
        QVERIFY(bobsWindow);
        auto *activity = child<QLabel>(&page, u"teamActivity"_s);
        QTRY_COMPARE(activity->text(), u"Replicated by %1 just now"_s.arg(Actor::name()));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 1500, 20000);
        LogMessage late;
        late.messageId = u"late-arrival"_s;
        late.documentType = u"Sync.SalesOrder"_s;
        late.direction = u"Inbound"_s;
        late.status = u"Delivered"_s;
        late.fromLogicalId = u"lid://infor.m3.m3be"_s;
        late.messageDate = QDateTime::currentDateTimeUtc();
        QVERIFY(sandbox.server->messages()->insert({late}, {QByteArray("<SyncSalesOrder/>")}, {{}}, &error));
        replicated.clear();
        annaWork->replicator()->start();
        QVERIFY(replicated.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 1501, 10000);

        // One replication at a time: while Anna's runs, Bob's is told whose it is and sends nothing.
        QVERIFY(annaWork->logStore()->replicationRuns()->begin(nullptr, &error));
        QSignalSpy refused(bobsWindow->replicator(), &LogReplicator::finished);
        bobsWindow->replicator()->start();
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).toBool(), false);
        QVERIFY2(refused.first().at(1).toString().contains(u"%1 is replicating this environment"_s.arg(Actor::name())),
                 qPrintable(refused.first().at(1).toString()));
        annaWork->logStore()->replicationRuns()->end(true, 0);
        refused.clear();
        bobsWindow->replicator()->start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 30000);
        QVERIFY2(refused.first().at(0).toBool(), qPrintable(refused.first().at(1).toString()));

        // A batch Anna journals reaches Bob's window as word from the server.
        QSignalSpy journalChanged(qobject_cast<TeamActivity *>(activity), &TeamActivity::journalChanged);
        QVERIFY(annaWork->journal()->addBatch(u"anna's second"_s, resubmissionItems(1, u"B"_s), &error));
        QVERIFY(journalChanged.wait(10000));

        // Joining twice is refused.
        ProvisionDialog again(bob.envs.get());
        again.show();
        fillServer(again, u"team"_s, QString::fromLatin1(PostgresCluster::Password));
        child<QCheckBox>(&again, u"serverJoin"_s)->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&again, u"provisionButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&again, u"provisionStatus"_s)->text().contains(u"joined this environment already"_s), 30000);
    }

    void regionsChooseTheServer()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"connections.ini"_s), QSettings::IniFormat);
        settings.setValue(u"regions/Europe (Frankfurt)"_s, u"postgresql://pg-fra.example.com:5433?sslmode=verify-full"_s);
        settings.setValue(u"regions/US East (N. Virginia)"_s, u"postgresql://pg-use.example.com/"_s);
        settings.setValue(u"regions/Nowhere"_s, u"mysql://db"_s); // not a server: left out, with a warning
        settings.sync();
        const QList<RegionServer> servers = RegionServer::load(settings);
        QCOMPARE(servers.size(), 2);
        Profile dana(m_dir.filePath(u"dana"_s));
        ProvisionDialog dialog(dana.envs.get());
        dialog.setRegionServers(servers);
        dialog.show();
        auto *region = child<QComboBox>(&dialog, u"environmentRegion"_s);
        QVERIFY(region->count() > 2); // embedded: the residency choices as before
        QTest::mouseClick(child<QRadioButton>(&dialog, u"kindServer"_s), Qt::LeftButton);
        QCOMPARE(region->count(), 2); // on a server: where the team's servers are
        region->setCurrentText(u"Europe (Frankfurt)"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"serverHost"_s)->text(), u"pg-fra.example.com"_s);
        QCOMPARE(child<QSpinBox>(&dialog, u"serverPort"_s)->value(), 5433);
        QCOMPARE(child<QComboBox>(&dialog, u"serverTls"_s)->currentText(), u"verify-full"_s);
        region->setCurrentText(u"US East (N. Virginia)"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"serverHost"_s)->text(), u"pg-use.example.com"_s);
        QCOMPARE(child<QSpinBox>(&dialog, u"serverPort"_s)->value(), 5432);
    }

    void aWrongPasswordIsExplainedAndNothingIsKept()
    {
        Profile carol(m_dir.filePath(u"carol"_s));
        const int before = carol.envs->environments().size();
        ProvisionDialog dialog(carol.envs.get());
        dialog.setSecretStore(carol.secrets.get());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"environmentName"_s), u"Carol"_s);
        fillServer(dialog, u"team"_s, u"not-the-password"_s);
        child<QLineEdit>(&dialog, u"serverUser"_s)->setText(u"carol"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"provisionButton"_s), Qt::LeftButton);
        auto *status = child<QLabel>(&dialog, u"provisionStatus"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"authentication failed"_s), qPrintable(status->text()), 30000);
        QVERIFY(!status->text().contains(u"not-the-password"_s));
        QCOMPARE(carol.envs->environments().size(), before);
        QVERIFY(child<QLineEdit>(&dialog, u"serverHost"_s)->isEnabled()); // the person can fix it
    }
};

QTEST_MAIN(TestTeamEnvironment)
#include "tst_teamenvironment.moc"
