// SPDX-License-Identifier: GPL-3.0-or-later
// Replicating the sandbox's message log into a local store: in pages, incrementally,
// resumably, through faults, and with a clear failure.
#include "bodtemplates.h"
#include "ion/imsmessage.h"
#include "ion/oauthsession.h"
#include "messagelog/logreplicator.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SandboxConfig demo(int messages)
{
    SandboxConfig c;
    c.demoMessages = messages;
    c.seed = 3;
    return c;
}

bool runToEnd(LogReplicator &r, int timeoutMs = 30000)
{
    QSignalSpy finished(&r, &LogReplicator::finished);
    r.start();
    if (!finished.wait(timeoutMs))
        return false;
    return finished.first().first().toBool();
}

qint64 distinct(MessageLogStore &store)
{
    QString error;
    const auto all = OneViewFilter::parse({}, &error);
    return store.search(*all, 1, 1, u"message_date:desc"_s, &error)->numFound;
}
} // namespace

class TestReplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replicatesInPagesOfTheBatchSize()
    {
        SandboxFixture s(demo(2500));
        MessageLogStore local;
        QString error;
        QVERIFY(local.open(&error));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        LogReplicator r(&session, &local, s.server->serviceUrl());
        r.setBatchSize(500);
        QSignalSpy progress(&r, &LogReplicator::progress);
        QVERIFY(runToEnd(r));
        QCOMPARE(local.count(), 2500);
        QCOMPARE(r.requests(), 6); // five full pages and the short (empty) last one
        QCOMPARE(progress.count(), 6);
        QCOMPARE(progress.last().at(0).toLongLong(), 2500);
        QCOMPARE(progress.first().at(1).toLongLong(), 2500);
        // What was copied is what the sandbox holds.
        const auto all = OneViewFilter::parse({}, &error);
        const auto theirs = s.server->messages()->search(*all, 1, 20, u"message_date:desc"_s, &error);
        const auto ours = local.search(*all, 1, 20, u"message_date:desc"_s, &error);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(ours->records[i].messageId, theirs->records[i].messageId);
            QCOMPARE(ours->records[i].exceptionType, theirs->records[i].exceptionType);
            QCOMPARE(ours->records[i].messageDate, theirs->records[i].messageDate);
        }
    }

    void refreshFetchesOnlyWhatIsNew()
    {
        SandboxFixture s(demo(1200));
        MessageLogStore local;
        QString error;
        QVERIFY(local.open(&error));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        LogReplicator r(&session, &local, s.server->serviceUrl());
        r.setBatchSize(1000);
        QVERIFY(runToEnd(r));
        QCOMPARE(local.count(), 1200);
        // A new message arrives in ION.
        ImsMessage m;
        m.documentName = u"Sync.SupplierPartyMaster"_s;
        m.messageId = ImsMessage::newMessageId();
        m.fromLogicalId = u"lid://infor.ims.workbench"_s;
        m.payload = workbenchBod(u"V-NEW"_s);
        QByteArray type;
        const QByteArray body = m.multipartBody(&type);
        bool sent = false;
        session.send("POST", IonEndpoints::imsMultipartMessage(s.profile().serviceUrl, 3), body, type,
                     [&](const HttpOutcome &o) { sent = o.httpStatus == 202; });
        QTRY_VERIFY(sent);
        const int before = r.requests();
        QVERIFY(runToEnd(r));
        QCOMPARE(local.count(), 1201);
        QCOMPARE(r.requests() - before, 1);
        QVERIFY(r.received() < 50); // the overlap window, not the month
    }

    void cancelledRunResumesWithoutDuplicates()
    {
        SandboxFixture s(demo(2000));
        FaultInjector::Settings slow;
        slow.latencyMs = 150;
        s.server->faults().setSettings(slow);
        MessageLogStore local;
        QString error;
        QVERIFY(local.open(&error));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        {
            LogReplicator r(&session, &local, s.server->serviceUrl());
            r.setBatchSize(200);
            QSignalSpy progress(&r, &LogReplicator::progress);
            QSignalSpy finished(&r, &LogReplicator::finished);
            r.start();
            QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 15000);
            r.cancel();
            QCOMPARE(finished.count(), 1);
            QVERIFY(!finished.first().first().toBool());
            QVERIFY(finished.first().at(1).toString().contains(u"continues"_s));
        }
        const qint64 partial = local.count();
        QVERIFY(partial >= 600 && partial < 2000);
        s.server->faults().setSettings({});
        LogReplicator again(&session, &local, s.server->serviceUrl());
        again.setBatchSize(200);
        QVERIFY(runToEnd(again));
        QCOMPARE(local.count(), 2000);
        QCOMPARE(distinct(local), 2000);
        QVERIFY(again.received() < 2000); // it resumed rather than starting over
    }

    void transientFaultsAreRetried()
    {
        SandboxFixture s(demo(1500));
        FaultInjector flaky(11);
        FaultInjector::Settings faults;
        faults.errorRate = 0.3;
        faults.dropRate = 0.1;
        flaky.setSettings(faults);
        s.server->faults() = flaky;
        MessageLogStore local;
        QString error;
        QVERIFY(local.open(&error));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        // The token itself is fetched before the faults start.
        bool ready = false;
        s.server->faults().setSettings({});
        session.ensureToken([&](const OAuthError &e) { ready = e.ok(); });
        QTRY_VERIFY(ready);
        s.server->faults().setSettings(faults);
        LogReplicator r(&session, &local, s.server->serviceUrl());
        r.setBatchSize(300);
        r.setMaxRetries(10);
        QVERIFY(runToEnd(r, 60000));
        QCOMPARE(local.count(), 1500);
        QVERIFY(r.requests() > 6); // some pages needed a second try
    }

    void permanentErrorStopsWithAReason()
    {
        SandboxFixture s(demo(10));
        MessageLogStore local;
        QString error;
        QVERIFY(local.open(&error));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        LogReplicator r(&session, &local, QUrl(s.server->baseUrl().toString() + u"/WRONG_TST"_s));
        QSignalSpy finished(&r, &LogReplicator::finished);
        r.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(finished.first().at(1).toString().contains(u"404"_s), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(r.requests(), 1); // a 404 is not retried
    }
};

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
