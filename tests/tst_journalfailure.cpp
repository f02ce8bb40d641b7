// SPDX-License-Identifier: GPL-3.0-or-later
// A resubmission journal that cannot be written stops the batch: nothing goes out unrecorded,
// and the next run (with a journal that works again) neither loses nor duplicates a document.
// The failures are real SQLite errors, raised by triggers that a second connection installs.
#include "bodtemplates.h"
#include "ion/oauthsession.h"
#include "receiptlog.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmission/resubmitter.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

namespace {
QList<ResubmissionJournal::Item> items(int count)
{
    return resubmissionItems(count, u"J"_s);
}

// Runs SQL on the journal's file through a connection of its own, as another process would.
class SecondConnection
{
public:
    explicit SecondConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"second"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("second connection: %s", qPrintable(db.lastError().text()));
    }
    ~SecondConnection()
    {
        QSqlDatabase::database(u"second"_s).close();
        QSqlDatabase::removeDatabase(u"second"_s);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(u"second"_s));
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
};

Resubmitter::Options oneAtATime()
{
    Resubmitter::Options o;
    o.concurrency = 1;
    o.ratePerMinute = 60000;
    o.baseBackoffMs = 20;
    o.maxBackoffMs = 200;
    o.inFlightGraceMs = 300;
    return o;
}
} // namespace

class TestJournalFailure : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s); }

private Q_SLOTS:
    void writesReportTheirFailure()
    {
        ResubmissionJournal j(path());
        QString error;
        QVERIFY(j.open(&error));
        const auto batch = j.addBatch(u"b"_s, items(2), &error);
        QVERIFY(batch);
        const qint64 first = j.items(*batch).first().id;
        QVERIFY(j.setState(first, State::Retrying, u"r"_s));
        QVERIFY(j.lastError().isEmpty());
        QVERIFY(!j.setState(999999, State::Failed, u"x"_s)); // no such item: nothing was recorded
        QVERIFY(!j.lastError().isEmpty());
        SecondConnection other(path());
        other.exec(u"CREATE TRIGGER refuse BEFORE UPDATE ON resubmission_items BEGIN SELECT RAISE(ABORT, 'disk is full'); END"_s);
        QVERIFY(!j.setState(first, State::Failed, u"x"_s));
        QVERIFY2(j.lastError().contains(u"disk is full"_s), qPrintable(j.lastError()));
        QVERIFY(!j.beginAttempt(first, u"m-1"_s));
        QVERIFY(j.attemptMessageIds(first).isEmpty()); // the attempt was rolled back with the update
        QCOMPARE(j.markInterruptedAsUnknown(*batch), 0);    // nothing is "sending": no row to refuse
        other.exec(u"DROP TABLE resubmission_attempts"_s);
        QVERIFY(j.attemptMessageIds(first).isEmpty());
        QVERIFY(!j.lastError().isEmpty()); // a failed read is not "no attempts"
        QVERIFY(!j.lastAttemptStarted(first).isValid());
        QVERIFY(!j.lastError().isEmpty());
    }

    void anAnswerThatCannotBeRecordedStopsTheBatch()
    {
        SandboxFixture s;
        ResubmissionJournal j(path());
        QString error;
        QVERIFY(j.open(&error));
        const auto batch = j.addBatch(u"refused"_s, items(8), &error);
        QVERIFY(batch);
        // "accepted" cannot be written: the first document goes out (its attempt was recorded),
        // its answer cannot be, and nothing else may be sent.
        SecondConnection other(path());
        other.exec(u"CREATE TRIGGER refuse BEFORE UPDATE OF state ON resubmission_items WHEN NEW.state = 2 "
                   "BEGIN SELECT RAISE(ABORT, 'disk is full'); END"_s);
        OAuthSession session(OAuthSession::configFor(s.profile()));
        {
            Resubmitter r(&session, &j, s.server->serviceUrl());
            r.setOptions(oneAtATime());
            QSignalSpy finished(&r, &Resubmitter::finished);
            r.run(*batch);
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().at(0).toBool(), false);
            const QString summary = finished.first().at(1).toString();
            QVERIFY2(summary.contains(u"journal could not be read or written"_s) && summary.contains(u"disk is full"_s),
                     qPrintable(summary));
            QCOMPARE(r.sends(), 1);
        }
        QCOMPARE(s.server->receipts()->summary().total, 1);
        const auto counts = j.counts(*batch);
        QCOMPARE(counts.value(State::Sending), 1); // what went out is known to be uncertain
        QCOMPARE(counts.value(State::Pending), 7);
        // The journal works again: the next run finds the first document in the message log
        // instead of sending it again, and sends the other seven once.
        other.exec(u"DROP TRIGGER refuse"_s);
        Resubmitter again(&session, &j, s.server->serviceUrl());
        again.setOptions(oneAtATime());
        QSignalSpy finished(&again, &Resubmitter::finished);
        again.run(*batch);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(j.counts(*batch).value(State::Accepted), 8);
        const ReceiptLog::Summary receipts = s.server->receipts()->summary();
        QVERIFY(receipts.duplicates.isEmpty());
        QCOMPARE(receipts.total, 8);
        QCOMPARE(again.sends(), 7);
    }

    void aRetryThatCannotBeRecordedIsNotSent()
    {
        SandboxFixture s;
        OAuthSession session(OAuthSession::configFor(s.profile()));
        bool tokenObtained = false;
        session.ensureToken([&](const OAuthError &e) { tokenObtained = e.ok(); });
        QTRY_VERIFY(tokenObtained);
        FaultInjector::Settings busy;
        busy.errorRate = 1.0; // every answer is a 5xx: each must be recorded before it is retried
        s.server->faults().setSettings(busy);
        ResubmissionJournal j(path());
        QString error;
        QVERIFY(j.open(&error));
        const auto batch = j.addBatch(u"retry"_s, items(3), &error);
        SecondConnection other(path());
        other.exec(u"CREATE TRIGGER refuse BEFORE UPDATE OF state ON resubmission_items WHEN NEW.state IN (3, 5) "
                   "BEGIN SELECT RAISE(ABORT, 'read-only file system'); END"_s);
        Resubmitter r(&session, &j, s.server->serviceUrl());
        r.setOptions(oneAtATime());
        QSignalSpy finished(&r, &Resubmitter::finished);
        r.run(*batch);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(u"read-only file system"_s));
        QCOMPARE(r.sends(), 1);
        QVERIFY(s.server->receipts()->summary().total <= 1);
    }

    void anAttemptThatCannotBeRecordedIsNotSent()
    {
        SandboxFixture s;
        ResubmissionJournal j(path());
        QString error;
        QVERIFY(j.open(&error));
        const auto batch = j.addBatch(u"unreadable"_s, items(3), &error);
        SecondConnection other(path());
        other.exec(u"CREATE TRIGGER refuse BEFORE UPDATE ON resubmission_items "
                   "BEGIN SELECT RAISE(ABORT, 'database disk image is malformed'); END"_s);
        // markInterruptedAsUnknown() touches no row here; beginAttempt() is refused.
        OAuthSession session(OAuthSession::configFor(s.profile()));
        Resubmitter r(&session, &j, s.server->serviceUrl());
        r.setOptions(oneAtATime());
        QSignalSpy finished(&r, &Resubmitter::finished);
        r.run(*batch);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(r.sends(), 0);
        QCOMPARE(s.server->receipts()->summary().total, 0);
        QCOMPARE(j.counts(*batch).value(State::Pending), 3);
    }
};

QTEST_GUILESS_MAIN(TestJournalFailure)
#include "tst_journalfailure.moc"
