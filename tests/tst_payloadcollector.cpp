// SPDX-License-Identifier: GPL-3.0-or-later
// Payloads not yet in the environment come from the tenant's log within the Gateway's quota:
// a few at a time, at a steady pace, events only when an export asks for them, cached once had;
// a message the log does not have, or a caller that went away, never leaves anyone waiting.
#include "ion/oauthsession.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/payloadcollector.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Count = 12;

LogMessage message(int i)
{
    LogMessage m;
    m.messageId = u"collect-%1"_s.arg(i);
    m.documentType = u"Sync.SupplierPartyMaster"_s;
    m.status = u"completed"_s;
    m.exceptionType = u"Error"_s;
    m.fromLogicalId = u"lid://infor.ims.workbench"_s;
    m.documentId = u"S-%1"_s.arg(i);
    m.messageDate = QDateTime::currentDateTimeUtc().addSecs(-60);
    return m;
}

QList<LogExport::Entry> entries(int count)
{
    QList<LogExport::Entry> list;
    for (int i = 0; i < count; ++i)
        list.append({message(i), {}, {}});
    return list;
}

// Times (on one clock) of the sandbox's answers to OneView's data calls, by what was asked.
struct Calls
{
    explicit Calls(SandboxServer *server)
    {
        clock.start();
        QObject::connect(server, &SandboxServer::requestHandled, &context, [this](const QByteArray &, const QString &path, int) {
            if (path.endsWith(u"/streamDocumentPayload"_s))
                payloads << clock.elapsed();
            else if (path.endsWith(u"/events"_s))
                events << clock.elapsed();
        });
    }
    QObject context; // the connection goes with it
    QElapsedTimer clock;
    QList<qint64> payloads, events;
};
} // namespace

class TestPayloadCollector : public QObject
{
    Q_OBJECT
    SandboxFixture m_sandbox;
    std::unique_ptr<OAuthSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.started);
        QList<LogMessage> messages;
        QList<QByteArray> payloads;
        for (int i = 0; i < Count; ++i) {
            messages << message(i);
            payloads << workbenchBod(u"S-%1"_s.arg(i));
        }
        QString error;
        QVERIFY2(m_sandbox.server->messages()->insert(messages, payloads, QList<QList<LogEvent>>(Count), &error), qPrintable(error));
        m_session = std::make_unique<OAuthSession>(OAuthSession::configFor(m_sandbox.profile()));
        bool tokenHad = false;
        m_session->ensureToken([&](const OAuthError &e) { tokenHad = e.ok(); }); // so that pacing is all that is timed
        QTRY_VERIFY_WITH_TIMEOUT(tokenHad, 10'000);
    }

    void fetchesAFewAtATimeAtASteadyPaceAndCachesThem()
    {
        MessageLogStore store; // replicated: the messages without their payloads
        QString error;
        QVERIFY(store.open(&error));
        QList<LogMessage> replicated;
        for (int i = 0; i < Count; ++i)
            replicated << message(i);
        QVERIFY2(store.insert(replicated, {}, QList<QList<LogEvent>>(Count), &error), qPrintable(error));
        Calls calls(m_sandbox.server.get());
        std::optional<QList<LogExport::Entry>> result;
        PayloadCollector::Limits limits;
        limits.concurrency = 2;
        limits.ratePerMinute = 1200; // one every 50 ms
        QObject context;
        QElapsedTimer timer;
        timer.start();
        qint64 took = -1;
        PayloadCollector::complete(entries(Count), &store, m_session.get(), m_sandbox.server->serviceUrl(),
                                   PayloadCollector::Include::Payloads, &context, [&](const QList<LogExport::Entry> &full) {
                                       result = full;
                                       took = timer.elapsed();
                                   }, limits);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QCOMPARE(result->size(), Count);
        for (int i = 0; i < Count; ++i)
            QVERIFY2((*result)[i].payload.contains(u"S-%1<"_s.arg(i).toUtf8()), qPrintable(QString::number(i)));
        QCOMPARE(calls.payloads.size(), Count);
        QVERIFY(calls.events.isEmpty()); // a resubmission needs no events
        // Paced: the twelfth call cannot go out before eleven intervals have passed since the first.
        QVERIFY2(took >= 11 * 50, qPrintable(QString::number(took)));
        // Cached: the second time nothing is fetched.
        for (int i = 0; i < Count; ++i)
            QVERIFY(!store.payload(message(i).messageId).value_or(QByteArray()).isEmpty());
        result.reset();
        PayloadCollector::complete(entries(Count), &store, m_session.get(), m_sandbox.server->serviceUrl(),
                                   PayloadCollector::Include::Payloads, &context,
                                   [&](const QList<LogExport::Entry> &full) { result = full; }, limits);
        QVERIFY(result.has_value()); // at once: nothing to fetch
        QCOMPARE(calls.payloads.size(), Count);
    }

    void eventsOnlyWhenAnExportAsks()
    {
        MessageLogStore store;
        QString error;
        QVERIFY(store.open(&error));
        Calls calls(m_sandbox.server.get());
        std::optional<QList<LogExport::Entry>> result;
        QObject context;
        PayloadCollector::complete(entries(3), &store, m_session.get(), m_sandbox.server->serviceUrl(),
                                   PayloadCollector::Include::PayloadsAndEvents, &context,
                                   [&](const QList<LogExport::Entry> &full) { result = full; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QCOMPARE(calls.payloads.size(), 3);
        QCOMPARE(calls.events.size(), 3);
    }

    void aMessageTheLogDoesNotHaveStillFinishes()
    {
        MessageLogStore store;
        QString error;
        QVERIFY(store.open(&error));
        QList<LogExport::Entry> list = entries(2);
        list[1].message.messageId = u"no-such-message"_s;
        std::optional<QList<LogExport::Entry>> result;
        QObject context;
        PayloadCollector::complete(list, &store, m_session.get(), m_sandbox.server->serviceUrl(),
                                   PayloadCollector::Include::Payloads, &context,
                                   [&](const QList<LogExport::Entry> &full) { result = full; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QVERIFY(!(*result)[0].payload.isEmpty());
        QVERIFY((*result)[1].payload.isEmpty()); // the plan then says it has no payload
    }

    void aCallerThatWentAwayStopsTheFetching()
    {
        MessageLogStore store;
        QString error;
        QVERIFY(store.open(&error));
        Calls calls(m_sandbox.server.get());
        bool called = false;
        PayloadCollector::Limits slow;
        slow.concurrency = 1;
        slow.ratePerMinute = 600; // one every 100 ms
        auto context = std::make_unique<QObject>();
        PayloadCollector::complete(entries(Count), &store, m_session.get(), m_sandbox.server->serviceUrl(),
                                   PayloadCollector::Include::Payloads, context.get(), [&](const auto &) { called = true; },
                                   slow);
        QTRY_VERIFY_WITH_TIMEOUT(!calls.payloads.isEmpty(), 10'000);
        context.reset();
        QTest::qWait(600);
        QVERIFY(!called);
        QVERIFY2(calls.payloads.size() <= 2, qPrintable(QString::number(calls.payloads.size())));
    }
};

QTEST_GUILESS_MAIN(TestPayloadCollector)
#include "tst_payloadcollector.moc"
