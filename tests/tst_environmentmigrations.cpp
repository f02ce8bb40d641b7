// SPDX-License-Identifier: GPL-3.0-or-later
// An environment's database from every version the workbench has written opens, upgraded step
// by step with its data kept; a newer one, a broken one and a file that is no database are refused
// with the reason; two processes upgrading one old file at once upgrade it once.
#include "common/actor.h"
#include "environment/databaseconnection.h"
#include "environment/environmentdatabase.h"
#include "environment/environmentmigrations.h"
#include "messagelog/logtimeline.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "resubmission/resubmissionjournal.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
// The statements the released versions ran, as they ran them (see git history of
// models/environmentschema.cpp, messagelogstore.cpp and resubmissionjournal.cpp).
const QString Provisioned = u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                            "CREATE TABLE schema_version (version INTEGER NOT NULL);"
                            "INSERT INTO meta VALUES ('name', 'Production');"
                            "INSERT INTO schema_version VALUES (1)"_s;
const QString FirstLog = u"CREATE TABLE messages (id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE,"
                         " document_type TEXT, direction TEXT, status TEXT, exception_type TEXT, from_logical_id TEXT,"
                         " to_logical_id TEXT, document_id TEXT, accounting_entity TEXT, location TEXT, error_code TEXT,"
                         " error_text TEXT, message_date INTEGER NOT NULL, size INTEGER, payload BLOB);"
                         "CREATE INDEX messages_date ON messages (message_date);"
                         "CREATE TABLE events (message_id TEXT NOT NULL, time INTEGER NOT NULL, event TEXT, detail TEXT);"
                         "INSERT INTO messages (message_id, document_type, status, message_date, payload) "
                         " VALUES ('m-1', 'Sync.CustomerPartyMaster', 'Error', 1767225600000, '<SyncCustomerPartyMaster/>')"_s;
const QString FirstJournal = u"CREATE TABLE resubmission_batches (id TEXT PRIMARY KEY, label TEXT, created INTEGER);"
                             "CREATE TABLE resubmission_items (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id TEXT NOT NULL,"
                             " source_message_id TEXT, document_name TEXT NOT NULL, document_id TEXT, from_logical_id TEXT NOT NULL,"
                             " to_logical_id TEXT, state INTEGER NOT NULL, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0,"
                             " payload BLOB NOT NULL, updated INTEGER NOT NULL);"
                             "CREATE TABLE resubmission_attempts (item_id INTEGER NOT NULL, message_id TEXT NOT NULL UNIQUE,"
                             " started INTEGER NOT NULL);"
                             "INSERT INTO resubmission_batches VALUES ('b-1', 'from the log', 1767225600000);"
                             "INSERT INTO resubmission_items (batch_id, source_message_id, document_name, document_id,"
                             " from_logical_id, state, payload, updated) VALUES ('b-1', 'm-1', 'Sync.CustomerPartyMaster',"
                             " 'C-100', 'lid://infor.ims.workbench', 3, x'0000001a789cb309aecc4b762e2d2ec9cf4d2d0a482c2aa9f44d2c2e492dd2b7030089890a15', 1767225600000)"_s;
const QString NextMessageId = u"ALTER TABLE resubmission_items ADD COLUMN next_message_id TEXT"_s;
// Version 6 as the workbench of issue 9 left it: runners and the routing model.
const QString Version6 = u"CREATE TABLE resubmission_runners (batch_id TEXT PRIMARY KEY, runner TEXT NOT NULL,"
                         " who TEXT, host TEXT, pid INTEGER, heartbeat INTEGER NOT NULL);"
                         "CREATE TABLE tenant_routing (id INTEGER PRIMARY KEY CHECK (id = 1),"
                         " json TEXT NOT NULL, updated INTEGER NOT NULL);"
                         "UPDATE schema_version SET version = 6"_s;

QString make(const QString &path, const QStringList &scripts)
{
    DatabaseConnection db(path);
    QString error;
    if (!db.open(&error))
        return error;
    for (const QString &script : scripts) {
        if (!db.exec(script, &error))
            return error;
    }
    return {};
}

QStringList tables(const QString &path)
{
    DatabaseConnection db(path);
    QString error;
    db.open(&error);
    QSqlQuery q(db.database());
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}
} // namespace

class TestEnvironmentMigrations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"env-%1.sqlite"_s.arg(++m_files)); }

private Q_SLOTS:
    void aNewFileGetsTheWholeSchema()
    {
        const QString path = newPath();
        EnvironmentDatabase database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), EnvironmentMigrations::CurrentVersion);
        QCOMPARE(tables(path), (QStringList {u"events"_s, u"message_days"_s, u"message_shapes"_s, u"messages"_s, u"meta"_s,
                                             u"payloads"_s, u"replication_runs"_s,
                                             u"resubmission_attempts"_s, u"resubmission_batches"_s, u"resubmission_items"_s, u"resubmission_runners"_s,
                                             u"schema_version"_s, u"tenant_routing"_s}));
        QVERIFY(EnvironmentDatabase::verify(path, &error));
    }

    void everyReleasedVersionIsUpgradedWithItsData_data()
    {
        QTest::addColumn<QStringList>("scripts");
        QTest::addColumn<int>("items");
        QTest::newRow("provisioned, never used (1)") << QStringList {Provisioned} << 0;
        QTest::newRow("log replicated (1)") << QStringList {Provisioned, FirstLog} << 0;
        QTest::newRow("first journal (1)") << QStringList {Provisioned, FirstLog, FirstJournal} << 1;
        QTest::newRow("planned message ids (1)") << QStringList {Provisioned, FirstLog, FirstJournal, NextMessageId} << 1;
        QTest::newRow("runners and routing (6)") << QStringList {Provisioned, FirstLog, FirstJournal, NextMessageId, Version6} << 1;
        QTest::newRow("a --store file, no version kept (0)") << QStringList {FirstLog, FirstJournal} << 1;
    }
    void everyReleasedVersionIsUpgradedWithItsData()
    {
        QFETCH(QStringList, scripts);
        QFETCH(int, items);
        const QString path = newPath();
        QCOMPARE(make(path, scripts), QString());

        EnvironmentDatabase database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), EnvironmentMigrations::CurrentVersion);
        QVERIFY(tables(path).contains(u"resubmission_runners"_s));
        QVERIFY(tables(path).contains(u"tenant_routing"_s));

        // The stores read what the old version wrote, and write with the new columns.
        const auto log = database.openLogStore(&error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->count(), scripts.contains(FirstLog) ? 1 : 0);
        if (scripts.contains(FirstLog)) {
            // Version 8 moved payloads to a table of their own; 9 counted the stored messages in the rollups.
            QCOMPARE(log->payload(u"m-1"_s), std::optional<QByteArray>("<SyncCustomerPartyMaster/>"));
            const auto types = log->facet(*OneViewFilter::parse({}, &error), u"document_type"_s, &error);
            QCOMPARE(types, (std::optional<QHash<QString, qint64>>({{u"Sync.CustomerPartyMaster"_s, 1}})));
            const auto hours = LogTimeline::perHour(*log, *OneViewFilter::parse({}, &error), &error);
            QCOMPARE(hours.size(), 1);
            QCOMPARE(hours[0].start, QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC));
        }
        const auto journal = database.openJournal(&error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->batches().size(), items);
        if (items) {
            const auto item = journal->items(u"b-1"_s).value(0);
            QCOMPARE(item.documentId, u"C-100"_s);
            QCOMPARE(item.payload, QByteArray("<SyncCustomerPartyMaster/>"));
            ResubmissionJournal::Item again = item;
            again.nextMessageId = u"planned-1"_s;
            const auto batch = journal->addBatch(u"after the upgrade"_s, {again}, &error);
            QVERIFY2(batch, qPrintable(error));
            QCOMPARE(journal->items(*batch).value(0).nextMessageId, u"planned-1"_s);
            // Who journalled a batch is kept from version 7 on; older batches say nobody.
            QCOMPARE(journal->batch(*batch)->createdBy, Actor::name());
            QCOMPARE(journal->batch(u"b-1"_s)->createdBy, QString());
        }
        // Opening again changes nothing.
        EnvironmentDatabase again(path);
        QVERIFY2(again.open(&error), qPrintable(error));
        QCOMPARE(again.schemaVersion(), EnvironmentMigrations::CurrentVersion);
    }

    void aDatabaseFromANewerWorkbenchIsRefused()
    {
        const QString path = newPath();
        QCOMPARE(make(path, {u"CREATE TABLE schema_version (version INTEGER NOT NULL);"
                             "INSERT INTO schema_version VALUES (%1)"_s.arg(EnvironmentMigrations::CurrentVersion + 3)}),
                 QString());
        EnvironmentDatabase database(path);
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY2(error.contains(u"newer ION Workbench"_s), qPrintable(error));
        MessageLogStore store(path);
        QVERIFY(!store.open(&error)); // no store opens it behind the database's back either
    }

    void aFailingStepLeavesTheVersionBeforeIt()
    {
        // A log table without the columns step 2 indexes: the step fails, nothing of it stays.
        const QString path = newPath();
        QCOMPARE(make(path, {Provisioned, u"CREATE TABLE messages (id INTEGER PRIMARY KEY, message_id TEXT)"_s}), QString());
        EnvironmentDatabase database(path);
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY2(error.contains(u"schema version 2"_s), qPrintable(error));
        QCOMPARE(database.schemaVersion(), 1);
        QVERIFY(!tables(path).contains(u"events"_s));
    }

    void aFileThatIsNotADatabaseIsRefused()
    {
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x')); // e.g. a .ionapi chosen by mistake, or a damaged copy
        file.close();
        EnvironmentDatabase database(path);
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY2(!error.isEmpty(), "no reason given");
        QCOMPARE(QFileInfo(path).size(), 8192); // left as it was
    }

    void twoOpenersAtOnceUpgradeOnce()
    {
        const QString path = newPath();
        QCOMPARE(make(path, {Provisioned, FirstLog, FirstJournal}), QString());
        auto openOnItsOwnConnection = [path] {
            EnvironmentDatabase database(path);
            QString error;
            return database.open(&error) ? QString() : error;
        };
        auto first = QtConcurrent::run(openOnItsOwnConnection);
        auto second = QtConcurrent::run(openOnItsOwnConnection);
        QCOMPARE(first.result(), QString());
        QCOMPARE(second.result(), QString());
        EnvironmentDatabase database(path);
        QString error;
        QVERIFY(database.open(&error));
        QCOMPARE(database.schemaVersion(), EnvironmentMigrations::CurrentVersion);
        DatabaseConnection db(path);
        QVERIFY(db.open(&error));
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM schema_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentMigrations)
#include "tst_environmentmigrations.moc"
