// SPDX-License-Identifier: GPL-3.0-or-later
// The runner's group commit: a turn's attempts and answers land in one transaction, sends start
// only after it, and a group the journal refuses writes nothing and sends nothing.
#include "resubmission/journalgroupcommit.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

class TestJournalGroupCommit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A journal of its own with one batch of `count` items.
    std::unique_ptr<ResubmissionJournal> journalWith(const QString &name, int count, QList<ResubmissionJournal::Item> *items)
    {
        auto journal = std::make_unique<ResubmissionJournal>(m_dir.filePath(name + u".sqlite"_s));
        QString error;
        if (!journal->open(&error))
            qFatal("%s", qPrintable(error));
        const auto batch = journal->addBatch(u"group"_s, resubmissionItems(count, name), &error);
        if (!batch)
            qFatal("%s", qPrintable(error));
        *items = journal->items(*batch);
        return journal;
    }

private Q_SLOTS:
    void aTurnIsCommittedTogetherAndSendsFollow()
    {
        QList<ResubmissionJournal::Item> items;
        const auto owned = journalWith(u"G"_s, 3, &items);
        ResubmissionJournal &journal = *owned;
        JournalGroupCommit group(&journal);
        QSignalSpy committed(&group, &JournalGroupCommit::committed);
        QStringList order;
        group.start(items[0].id, u"msg-0"_s, {}, [&] {
            // Journalled before it starts.
            QCOMPARE(journal.attemptMessageIds(items[0].id), QStringList {u"msg-0"_s});
            order << u"send 0"_s;
        });
        group.change(items[2].id, State::Accepted, u"202"_s, [&] { order << u"report 2"_s; });
        group.start(items[1].id, u"msg-1"_s, {}, [&] { order << u"send 1"_s; });
        QVERIFY(group.isPending());
        QVERIFY(journal.attemptMessageIds(items[0].id).isEmpty()); // nothing before the turn ends
        QVERIFY(committed.wait(2000));
        QCOMPARE(committed.size(), 1);
        QCOMPARE(order, (QStringList {u"report 2"_s, u"send 0"_s, u"send 1"_s}));
        QVERIFY(!group.isPending());
        QCOMPARE(journal.item(items[0].id)->state, State::Sending);
        QCOMPARE(journal.item(items[1].id)->attempts, 1);
        QCOMPARE(journal.item(items[2].id)->state, State::Accepted);
    }

    void aRefusedGroupWritesAndSendsNothing()
    {
        QList<ResubmissionJournal::Item> items;
        const auto owned = journalWith(u"R"_s, 2, &items);
        ResubmissionJournal &journal = *owned;
        JournalGroupCommit group(&journal);
        QSignalSpy failed(&group, &JournalGroupCommit::failed);
        bool sent = false, reported = false;
        group.change(items[1].id, State::Accepted, {}, [&] { reported = true; });
        // A runner that does not hold the batch: the journal refuses its attempt, and with it the group.
        group.start(items[0].id, u"msg-x"_s, u"not-the-holder"_s, [&] { sent = true; });
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.first().at(0).value<QList<qint64>>(), QList<qint64> {items[0].id});
        QVERIFY(journal.lostClaim());
        QVERIFY(!sent && !reported);
        QVERIFY(journal.attemptMessageIds(items[0].id).isEmpty());
        QCOMPARE(journal.item(items[1].id)->state, State::Pending); // the change was rolled back with it
    }

    void droppedStartsAreNeverWritten()
    {
        QList<ResubmissionJournal::Item> items;
        const auto owned = journalWith(u"D"_s, 1, &items);
        ResubmissionJournal &journal = *owned;
        JournalGroupCommit group(&journal);
        bool sent = false;
        group.start(items[0].id, u"msg-d"_s, {}, [&] { sent = true; });
        QCOMPARE(group.dropStarts(), QList<qint64> {items[0].id});
        QVERIFY(!group.isPending());
        QTest::qWait(50);
        QVERIFY(!sent);
        QVERIFY(journal.attemptMessageIds(items[0].id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournalGroupCommit)
#include "tst_journalgroupcommit.moc"
