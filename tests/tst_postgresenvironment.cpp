// SPDX-License-Identifier: GPL-3.0-or-later
// Environments on a real PostgreSQL server (a throwaway cluster on loopback) answer exactly as
// SQLite does: the same log searched, paged and counted the same way, the same journal shared
// by teammates; provisioning explains every way a server can say no; a location is checked.
#include "common/actor.h"
#include "demodata.h"
#include "environment/databaselocation.h"
#include "environment/environmentdatabase.h"
#include "environment/environmentmigrations.h"
#include "environment/replicationenvironment.h"
#include "messagelog/logorder.h"
#include "messagelog/logtimeline.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "postgrescluster.h"
#include "resubmission/resubmissionjournal.h"
#include "sandboxfixture.h"
#include "workbenchprocesses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = LogOrder::Key;

namespace {
const QDateTime demoEnd(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

QStringList ids(const QList<LogMessage> &messages)
{
    QStringList list;
    for (const LogMessage &m : messages)
        list << m.messageId;
    return list;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run workbench(const QStringList &arguments, const QByteArray &password = PostgresCluster::Password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, QString::fromLatin1(password)); // libpq's own: never on a command line
    p.setProcessEnvironment(env);
    p.start(WorkbenchProcesses::workbench(), arguments);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

ReplicationEnvironment environment(const QString &id, const QString &location)
{
    ReplicationEnvironment e;
    e.id = id;
    e.name = u"Team "_s + id;
    e.erp = ReplicationEnvironment::defaultErp();
    e.region = ReplicationEnvironment::defaultRegion();
    e.databasePath = location;
    return e;
}
} // namespace

class TestPostgresEnvironment : public QObject
{
    Q_OBJECT
private:
    PostgresCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<MessageLogStore> m_sqlite;
    std::unique_ptr<MessageLogStore> m_postgres;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        DemoData::Options o;
        o.messages = 6000;
        o.seed = 42;
        o.end = demoEnd;
        m_sqlite = std::make_unique<MessageLogStore>(m_dir.filePath(u"log.sqlite"_s));
        m_postgres = std::make_unique<MessageLogStore>(m_cluster.createDatabase(u"log"_s));
        for (MessageLogStore *store : {m_sqlite.get(), m_postgres.get()}) {
            QVERIFY2(store->open(&error), qPrintable(error));
            QVERIFY2(DemoData::generate(store, o, &error), qPrintable(error));
        }
    }

    void locations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::addColumn<QString>("reason");
        QTest::newRow("file") << u"/tmp/env.sqlite"_s << u"/tmp/env.sqlite"_s << QString();
        QTest::newRow("url") << u"postgresql://anna@db.example.com:5433/ion?sslmode=verify-full"_s
                             << u"postgresql://anna@db.example.com:5433/ion?sslmode=verify-full"_s << QString();
        QTest::newRow("postgres scheme, default port")
            << u"postgres://anna@db/ion"_s << u"postgresql://anna@db:5432/ion"_s << QString();
        QTest::newRow("password") << u"postgresql://anna:secret@db/ion"_s << QString() << u"password"_s;
        QTest::newRow("no database") << u"postgresql://anna@db/"_s << QString() << u"no database"_s;
        QTest::newRow("no host") << u"postgresql:///ion"_s << QString() << u"not a PostgreSQL URL"_s;
        QTest::newRow("bad sslmode") << u"postgresql://db/ion?sslmode=maybe"_s << QString() << u"sslmode=maybe"_s;
        QTest::newRow("unknown option") << u"postgresql://db/ion?x=1"_s << QString() << u"does not know: x"_s;
        QTest::newRow("other scheme") << u"mysql://db/ion"_s << QString() << u"neither a file"_s;
    }
    void locations()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, reason);
        QString error;
        const auto l = DatabaseLocation::parse(text, &error);
        if (canonical.isEmpty()) {
            QVERIFY(!l);
            QVERIFY2(error.contains(reason), qPrintable(error));
            QVERIFY2(!error.contains(u"secret"_s), "a refused URL's password is not repeated");
        } else {
            QVERIFY2(l, qPrintable(error));
            QCOMPARE(l->toString(), canonical);
        }
    }

    void searchesAnswerTheSame_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("all") << QString();
        QTest::newRow("status") << u"status eq 'Error'"_s;
        QTest::newRow("or") << u"exception_type eq 'No Route' or exception_type eq 'Size Over Limit'"_s;
        QTest::newRow("logical id") << u"from_logical_id eq 'lid://infor.m3.m3be' and document_type gt 'P'"_s;
        QTest::newRow("range") << u"message_date range [2026-10-20T00:00:00.000Z, 2026-10-21T00:00:00.000Z]"_s;
        QTest::newRow("empty value") << u"error_code eq ''"_s;
    }
    void searchesAnswerTheSame()
    {
        QFETCH(QString, filter);
        QString error;
        const auto f = OneViewFilter::parse(filter, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(m_postgres->countUpTo(*f, 1000, &error), m_sqlite->countUpTo(*f, 1000, &error));
        for (const QString &sort : {u"message_date:desc"_s, u"document_type:asc"_s, u"message_id:desc"_s}) {
            const auto a = m_sqlite->search(*f, 3, 40, sort, &error);
            const auto b = m_postgres->search(*f, 3, 40, sort, &error);
            QVERIFY2(a && b, qPrintable(error));
            QCOMPARE(b->numFound, a->numFound);
            QCOMPARE(ids(b->records), ids(a->records));
        }
        for (const QString &field : {u"exception_type"_s, u"document_type"_s, u"error_code"_s})
            QCOMPARE(*m_postgres->facet(*f, field, &error), *m_sqlite->facet(*f, field, &error));
        const auto hoursA = LogTimeline::perHour(*m_sqlite, *f, &error);
        const auto hoursB = LogTimeline::perHour(*m_postgres, *f, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hoursB.size(), hoursA.size());
        for (qsizetype i = 0; i < hoursA.size(); ++i) {
            QCOMPARE(hoursB[i].start, hoursA[i].start);
            QCOMPARE(hoursB[i].messages, hoursA[i].messages);
            QCOMPARE(hoursB[i].errors, hoursA[i].errors);
        }
        // Keyset paging in every order the window offers, both ways, five pages deep.
        for (Kind key : {Kind::Date, Kind::Outcome, Kind::DocumentType, Kind::FromLogicalId, Kind::MessageId}) {
            for (bool descending : {true, false}) {
                const LogOrder order(key, descending);
                std::optional<LogMessage> lastA, lastB;
                for (int page = 0; page < 5; ++page) {
                    const auto a = m_sqlite->pageAfter(*f, {}, order, lastA ? &*lastA : nullptr, 60, &error);
                    const auto b = m_postgres->pageAfter(*f, {}, order, lastB ? &*lastB : nullptr, 60, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    QCOMPARE(ids(b), ids(a));
                    if (a.isEmpty())
                        break;
                    lastA = a.last();
                    lastB = b.last();
                }
            }
        }
    }

    void theLogViewsModelPagesTheSame()
    {
        QString error;
        MessageLogModel onSqlite;
        MessageLogModel onPostgres;
        onSqlite.setStore(m_sqlite.get());
        onPostgres.setStore(m_postgres.get());
        const auto failed = OneViewFilter::parse(u"direction eq 'inbound' or exception_type ge 'E'"_s, &error);
        for (const auto &[column, order] : {std::pair {int(MessageLogModel::DateColumn), Qt::DescendingOrder},
                                            std::pair {int(MessageLogModel::DocumentColumn), Qt::AscendingOrder}}) {
            for (MessageLogModel *model : {&onSqlite, &onPostgres}) {
                model->sort(column, order);
                model->setQuery(*failed, {});
                for (int i = 0; i < 3 && model->canFetchMore({}); ++i)
                    model->fetchMore({});
            }
            QCOMPARE(onPostgres.totalCount(), onSqlite.totalCount());
            QCOMPARE(onPostgres.rowCount(), onSqlite.rowCount());
            QVERIFY(onSqlite.rowCount() > MessageLogModel::PageSize);
            for (int row = 0; row < onSqlite.rowCount(); ++row)
                QCOMPARE(onPostgres.messageAt(row).messageId, onSqlite.messageAt(row).messageId);
        }
    }

    void freeTextPayloadsAndEventsAnswerTheSame()
    {
        QString error;
        const auto all = OneViewFilter::parse({}, &error);
        for (const QString &text : {u"LID://INFOR.M3"_s, u"supplier"_s, u"no-such-text"_s}) {
            const auto a = m_sqlite->pageAfter(*all, text, LogOrder::newestFirst(), nullptr, 100, &error);
            const auto b = m_postgres->pageAfter(*all, text, LogOrder::newestFirst(), nullptr, 100, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(ids(b), ids(a));
        }
        const auto page = m_sqlite->search(*all, 1, 25, u"message_date:desc"_s, &error);
        for (const LogMessage &m : page->records) {
            QCOMPARE(m_postgres->payload(m.messageId), m_sqlite->payload(m.messageId));
            const auto ea = m_sqlite->events(m.messageId);
            const auto eb = m_postgres->events(m.messageId);
            QCOMPARE(eb.size(), ea.size());
            for (qsizetype i = 0; i < ea.size(); ++i)
                QCOMPARE(eb[i].event, ea[i].event);
            QCOMPARE(m_postgres->message(m.messageId)->toJson(), m.toJson());
        }
        QCOMPARE(m_postgres->latestMessageDate(), m_sqlite->latestMessageDate());
        // A payload cached as it came (plain XML) is found by free text on both.
        const QString id = page->records.first().messageId;
        const QByteArray xml = "<Sync><DataArea>unmistakable-needle ü</DataArea></Sync>";
        QVERIFY(m_sqlite->setPayload(id, xml) && m_postgres->setPayload(id, xml));
        QCOMPARE(*m_postgres->payload(id), xml);
        for (MessageLogStore *store : {m_sqlite.get(), m_postgres.get()})
            QCOMPARE(ids(store->pageAfter(*all, u"unmistakable-needle ü"_s, LogOrder::newestFirst(), nullptr, 10, &error)),
                     QStringList {id});
    }

    void teammatesShareOneJournal()
    {
        const QString url = m_cluster.createDatabase(u"journal"_s);
        ResubmissionJournal anna(url);
        ResubmissionJournal bob(url); // another person's window: a connection of its own
        QString error;
        QVERIFY2(anna.open(&error) && bob.open(&error), qPrintable(error));
        const auto batch = anna.addBatch(u"anna's batch"_s, resubmissionItems(3, u"T"_s), &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(bob.batches().size(), 1);
        const auto item = bob.items(*batch).first();
        QCOMPARE(item.documentId, u"T100000"_s);
        QVERIFY(item.payload.startsWith("<?xml"));
        using Claim = ResubmissionJournal::Claim;
        const Claim a {u"anna-runner"_s, u"anna@host (process 1)"_s, u"elsewhere.invalid"_s, 1, {}};
        const Claim b {u"bob-runner"_s, u"bob@host (process 2)"_s, u"elsewhere2.invalid"_s, 2, {}};
        QCOMPARE(anna.claimBatch(*batch, a, 60000, nullptr), ResubmissionJournal::ClaimResult::Claimed);
        Claim holder;
        QCOMPARE(bob.claimBatch(*batch, b, 60000, &holder), ResubmissionJournal::ClaimResult::Held);
        QCOMPARE(holder.who, a.who);
        QVERIFY2(anna.beginAttempt(item.id, u"m-1"_s, a.runner), qPrintable(anna.lastError()));
        QVERIFY(!bob.beginAttempt(item.id, u"m-2"_s, b.runner)); // not bob's batch
        QVERIFY(anna.setState(item.id, ResubmissionJournal::State::Accepted, {}));
        // Bob's duplicate guard sees Anna's accepted resubmission.
        const auto accepted = bob.acceptedFor(item.documentName, item.documentId);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(bob.attemptMessageIds(item.id), QStringList {u"m-1"_s});
        QCOMPARE(bob.counts(*batch).value(ResubmissionJournal::State::Accepted), 1);
        QCOMPARE(bob.markInterruptedAsUnknown(*batch), 0);
    }

    void commandLineGivesTheSameAnswers()
    {
        WorkbenchProcesses::Sandbox sandbox(m_dir.filePath(u"sandbox.ionapi"_s));
        QVERIFY(sandbox.start({u"--demo-messages"_s, u"3000"_s}));
        const QString ionapi = m_dir.filePath(u"sandbox.ionapi"_s);
        const QStringList stores {m_dir.filePath(u"cli.sqlite"_s), m_cluster.createDatabase(u"cli"_s)};
        QList<QByteArray> answers;
        for (const QString &store : stores) {
            const Run replicated = workbench({u"log"_s, u"replicate"_s, u"--ionapi"_s, ionapi, u"--store"_s, store});
            QVERIFY2(replicated.exitCode == 0, replicated.err.constData());
            QVERIFY2(replicated.out.contains("holds 3000 messages"), replicated.out.constData());
            for (const QString &filter : {u"exception_type eq 'Error'"_s, u"document_type eq 'Sync.SalesOrder'"_s}) {
                const Run found = workbench({u"log"_s, u"search"_s, u"--ionapi"_s, ionapi, u"--store"_s, store,
                                             u"--filter"_s, filter, u"--limit"_s, u"500"_s, u"--json"_s});
                QVERIFY2(found.exitCode == 0, found.err.constData());
                QVERIFY(found.out.size() > 100);
                answers << found.out;
            }
        }
        QCOMPARE(answers[2], answers[0]);
        QCOMPARE(answers[3], answers[1]);
        // The journal a teammate keeps there, with who journalled each batch.
        {
            ResubmissionJournal journal(stores[1]);
            QString error;
            QVERIFY(journal.open(&error) && journal.addBatch(u"from a teammate"_s, resubmissionItems(2, u"J"_s), &error));
        }
        const Run journal = workbench({u"journal"_s, u"--ionapi"_s, ionapi, u"--store"_s, stores[1], u"--json"_s});
        QVERIFY2(journal.exitCode == 0, journal.err.constData());
        const QJsonObject batch = QJsonDocument::fromJson(journal.out).array().first().toObject();
        QCOMPARE(batch.value(u"label"_s).toString(), u"from a teammate"_s);
        QCOMPARE(batch.value(u"createdBy"_s).toString(), Actor::name());
        // A URL with a password, a wrong password, a server that is not there: exit 2, and why.
        struct Refusal
        {
            QString store;
            QByteArray password;
            QByteArray says;
        };
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString nowhere = u"postgresql://ionwb@127.0.0.1:%1/cli"_s.arg(closed.serverPort());
        closed.close();
        for (const Refusal &r : {Refusal {u"postgresql://ionwb:hunter2@127.0.0.1/cli"_s, PostgresCluster::Password, "carries a password"},
                                 Refusal {stores[1], "wrong-password", "authentication failed"},
                                 Refusal {nowhere, PostgresCluster::Password, "cannot be reached"},
                                 Refusal {u"postgresql://ionwb@127.0.0.1/"_s, PostgresCluster::Password, "names no database"}}) {
            const Run refused = workbench({u"log"_s, u"search"_s, u"--ionapi"_s, ionapi, u"--store"_s, r.store}, r.password);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(r.says), refused.err.constData());
            QVERIFY2(!refused.err.contains("hunter2") && !refused.err.contains("wrong-password"), "no password echoed");
        }
    }

    void provisioningCreatesTheSchemaOnce()
    {
        const QString url = m_cluster.createDatabase(u"provisioned"_s);
        QString error;
        QVERIFY2(EnvironmentDatabase::create(environment(u"env-1"_s, url), &error), qPrintable(error));
        QVERIFY2(EnvironmentDatabase::verify(url, &error), qPrintable(error));
        EnvironmentDatabase database(url);
        QVERIFY2(database.open(&error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), EnvironmentMigrations::CurrentVersion);
        // Provisioning the same environment again is harmless; another one is refused.
        QVERIFY2(EnvironmentDatabase::create(environment(u"env-1"_s, url), &error), qPrintable(error));
        QVERIFY(!EnvironmentDatabase::create(environment(u"env-2"_s, url), &error));
        QVERIFY2(error.contains(u"already holds another environment (Team env-1)"_s), qPrintable(error));
    }

    void provisioningExplainsEachRefusal()
    {
        QString error;
        m_cluster.createDatabase(u"readonly"_s);
        QVERIFY2(m_cluster.sql(u"CREATE ROLE reader LOGIN PASSWORD 'reader-pw'"_s, &error), qPrintable(error));
        DatabaseConnection::setPassword(m_cluster.displayName(u"readonly"_s, u"reader"_s), u"reader-pw"_s);
        DatabaseConnection::setPassword(m_cluster.displayName(u"readonly"_s, u"nobody"_s), u"whatever"_s);
        DatabaseConnection::setPassword(m_cluster.displayName(u"missing"_s), QString::fromLatin1(PostgresCluster::Password));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        struct Case
        {
            QString url;
            QString says;
        };
        const QList<Case> cases {
            {m_cluster.url(u"readonly"_s, u"reader"_s), u"may not create tables"_s},
            {m_cluster.url(u"readonly"_s, u"nobody"_s), u"authentication failed"_s},
            {m_cluster.url(u"missing"_s), u"does not exist"_s},
            {u"postgresql://ionwb@127.0.0.1:%1/x"_s.arg(closedPort), u"cannot be reached"_s},
            {u"postgresql://ionwb@no-such-host.invalid:5432/x"_s, u"cannot be reached"_s},
        };
        for (const Case &c : cases) {
            error.clear();
            QVERIFY2(!EnvironmentDatabase::create(environment(u"env-x"_s, c.url), &error), qPrintable(c.url));
            QVERIFY2(error.contains(c.says), qPrintable(c.url + u": "_s + error));
            QVERIFY2(!error.contains(u"reader-pw"_s) && !error.contains(u"whatever"_s), "no password in a message");
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresEnvironment)
#include "tst_postgresenvironment.moc"
