// SPDX-License-Identifier: GPL-3.0-or-later
// Replication environments: the default one, provisioning with progress and failure,
// and the rules (one per connection, never shared or reassigned).
#include "environment/environmentprovisioner.h"
#include "environment/environmentregistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestEnvironments : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<EnvironmentRegistry> m_registry;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_registry = std::make_unique<EnvironmentRegistry>(m_dir.filePath(u"envs-%1"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QString error;
        QVERIFY2(m_registry->open(&error), qPrintable(error));
        QVERIFY2(m_registry->ensureDefault(&error), qPrintable(error));
    }
    void cleanup() { m_registry.reset(); }

    void defaultEnvironmentHasTheDocumentedDefaults()
    {
        const auto envs = m_registry->environments();
        QCOMPARE(envs.size(), 1);
        QVERIFY(envs[0].isDefault);
        QCOMPARE(envs[0].erp, u"Infor FSM"_s);
        QCOMPARE(envs[0].region, u"US East (N. Virginia)"_s);
        QVERIFY(QFile::exists(envs[0].databasePath));
        QString error;
        QVERIFY(m_registry->ensureDefault(&error)); // idempotent
        QCOMPARE(m_registry->environments().size(), 1);
        QCOMPARE(m_registry->preselected()->id, envs[0].id);
    }

    void anEnvironmentBelongsToOneConnectionForever()
    {
        const QString id = m_registry->environments().first().id;
        QString error;
        QVERIFY(m_registry->assign(id, u"ACME FSM"_s, &error));
        QVERIFY(!m_registry->assign(id, u"Other"_s, &error));
        QVERIFY2(error.contains(u"never shared"_s), qPrintable(error));
        QVERIFY(!m_registry->preselected()); // nothing free any more
        // Deleting the connection retires its environment: still not reassignable.
        m_registry->retire(u"ACME FSM"_s);
        QVERIFY(!m_registry->assign(id, u"Other"_s, &error));
        QVERIFY(m_registry->environment(id)->retired);
    }

    void aConnectionHasOnlyOneEnvironment()
    {
        QString error;
        const QString first = m_registry->environments().first().id;
        QVERIFY(m_registry->assign(first, u"ACME"_s, &error));
        EnvironmentProvisioner provisioner(m_registry.get());
        QSignalSpy ok(&provisioner, &EnvironmentProvisioner::succeeded);
        provisioner.start(u"Second"_s, {}, {});
        QVERIFY(ok.wait(5000));
        const QString second = ok.first().first().value<ReplicationEnvironment>().id;
        QVERIFY(!m_registry->assign(second, u"ACME"_s, &error));
        QVERIFY2(error.contains(u"already has"_s), qPrintable(error));
    }

    void provisioningReportsProgressAndRegisters()
    {
        EnvironmentProvisioner provisioner(m_registry.get());
        QSignalSpy progress(&provisioner, &EnvironmentProvisioner::progress);
        QSignalSpy ok(&provisioner, &EnvironmentProvisioner::succeeded);
        provisioner.start(u"Development"_s, u"Infor M3"_s, u"Europe (Frankfurt)"_s);
        QVERIFY(provisioner.isRunning());
        QVERIFY(ok.wait(5000));
        QVERIFY(progress.count() >= 5);
        QCOMPARE(progress.last().first().toInt(), 100);
        int last = 0;
        for (const auto &args : progress) {
            QVERIFY(args.first().toInt() >= last);
            last = args.first().toInt();
        }
        const auto env = ok.first().first().value<ReplicationEnvironment>();
        QCOMPARE(env.erp, u"Infor M3"_s);
        QCOMPARE(env.region, u"Europe (Frankfurt)"_s);
        QVERIFY(QFile::exists(env.databasePath));
        QVERIFY(m_registry->environment(env.id));
    }

    void environmentFilesAreReadableByTheirOwnerOnly()
    {
        // Business documents: never world- or group-readable, whatever the umask.
        const mode_t before = umask(0);
        EnvironmentProvisioner provisioner(m_registry.get());
        QSignalSpy ok(&provisioner, &EnvironmentProvisioner::succeeded);
        provisioner.start(u"Private"_s, {}, {});
        const bool done = ok.wait(5000);
        umask(before);
        QVERIFY(done);
        const auto env = ok.first().first().value<ReplicationEnvironment>();
        const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            if (!QFile::exists(env.databasePath + suffix))
                continue;
            QVERIFY2(!(QFile::permissions(env.databasePath + suffix) & others), qPrintable(env.databasePath + suffix));
        }
        QVERIFY(!(QFile::permissions(m_registry->environments().first().databasePath) & others));
    }

    void provisioningFailures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("blockStorage");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty name") << QString() << false << u"Enter an environment name"_s;
        QTest::addRow("name with a slash") << u"a/b"_s << false << u"Use up to 64"_s;
        QTest::addRow("duplicate name") << u"default"_s << false << u"exists already"_s;
        QTest::addRow("storage cannot be created") << u"Blocked"_s << true << u"Cannot create the folder"_s;
    }
    void provisioningFailures()
    {
        QFETCH(QString, name);
        QFETCH(bool, blockStorage);
        QFETCH(QString, reason);
        if (blockStorage) {
            // A file where the environments folder should go: mkpath fails even for root.
            QFile blocker(m_registry->directory() + u"/environments"_s);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        EnvironmentProvisioner provisioner(m_registry.get());
        QSignalSpy failed(&provisioner, &EnvironmentProvisioner::failed);
        provisioner.start(name, {}, {});
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(reason), qPrintable(failed.first().first().toString()));
        QCOMPARE(m_registry->environments().size(), 1);
        QVERIFY(!provisioner.isRunning());
    }

    void cancelLeavesNothingBehind()
    {
        EnvironmentProvisioner provisioner(m_registry.get());
        QSignalSpy failed(&provisioner, &EnvironmentProvisioner::failed);
        QSignalSpy progress(&provisioner, &EnvironmentProvisioner::progress);
        provisioner.start(u"Cancelled"_s, {}, {});
        QVERIFY(progress.wait(5000));
        provisioner.cancel();
        QCOMPARE(failed.count(), 1);
        QTest::qWait(50);
        QCOMPARE(m_registry->environments().size(), 1);
        QVERIFY(!m_registry->nameExists(u"Cancelled"_s));
    }

    void setErpOnlyWhileUnassigned()
    {
        const QString id = m_registry->environments().first().id;
        QString error;
        QVERIFY(m_registry->setErp(id, u"Infor LN"_s, &error));
        QCOMPARE(m_registry->environment(id)->erp, u"Infor LN"_s);
        QVERIFY(m_registry->assign(id, u"C"_s, &error));
        QVERIFY(!m_registry->setErp(id, u"Infor M3"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestEnvironments)
#include "tst_environments.moc"
