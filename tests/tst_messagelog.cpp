// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's message log and IMS intake over loopback HTTP: demo data, search with the
// filter grammar and paging, payloads, events, facets; sending BODs and every refusal.
#include "bod/bodparser.h"
#include "bodtemplates.h"
#include "demodata.h"
#include "ion/imsmessage.h"
#include "ion/ionendpoints.h"
#include "ion/oauthsession.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "receiptlog.h"
#include "routing/flowdiagnosis.h"
#include "routing/tenantrouting.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime demoEnd(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

SandboxConfig demoConfig(int messages)
{
    SandboxConfig c;
    c.demoMessages = messages;
    c.seed = 7;
    return c;
}

HttpOutcome send(OAuthSession &session, const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                 const QByteArray &contentType = {})
{
    bool done = false;
    HttpOutcome result;
    session.send(verb, url, body, contentType, [&](const HttpOutcome &o) {
        result = o;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("no answer");
    return result;
}

QByteArray validBod(const QString &documentId)
{
    return workbenchBod(documentId);
}

ImsMessage message(const QByteArray &payload)
{
    return workbenchMessage(payload);
}
} // namespace

class TestMessageLog : public QObject
{
    Q_OBJECT
private:
    QUrl oneView(const SandboxFixture &s, const QString &rest) const
    {
        return QUrl(s.server->serviceUrl().toString() + u"/IONSERVICES/oneviewapi"_s + rest);
    }
    HttpOutcome post(OAuthSession &session, const SandboxFixture &s, const ImsMessage &m, int version = 3)
    {
        QByteArray contentType;
        const QByteArray body = m.multipartBody(&contentType);
        return send(session, "POST", IonEndpoints::imsMultipartMessage(s.profile().serviceUrl, version), body, contentType);
    }

private Q_SLOTS:
    void demoDataIsDeterministicAndHasEveryFailureKind()
    {
        MessageLogStore a;
        MessageLogStore b;
        QString error;
        QVERIFY(a.open(&error) && b.open(&error));
        DemoData::Options o;
        o.messages = 6000;
        o.seed = 42;
        o.end = demoEnd;
        QVERIFY2(DemoData::generate(&a, o, &error), qPrintable(error));
        QVERIFY(DemoData::generate(&b, o, &error));
        QCOMPARE(a.count(), 6000);
        const auto all = OneViewFilter::parse({}, &error);
        const auto pageA = a.search(*all, 1, 50, u"message_date:desc"_s, &error);
        const auto pageB = b.search(*all, 1, 50, u"message_date:desc"_s, &error);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(pageA->records[i].messageId, pageB->records[i].messageId);
            QVERIFY(pageA->records[i].messageDate <= demoEnd);
            QVERIFY(pageA->records[i].messageDate > demoEnd.addDays(-30));
        }
        const auto kinds = a.facet(*all, u"exception_type"_s, &error);
        for (const QString &kind : {u"Error"_s, u"No Route"_s, u"Filtered Out"_s, u"Size Over Limit"_s, u"Warning"_s})
            QVERIFY2(kinds->value(kind) > 0, qPrintable(kind));
        const auto codes = a.facet(*all, u"error_code"_s, &error);
        QVERIFY(codes->value(u"503"_s) > 0); // the outage bursts
        QCOMPARE(a.facet(*all, u"document_type"_s, &error)->size(), BodTemplates::documentTypes().size());
    }

    void demoPayloadsAreRealBods()
    {
        SandboxFixture s(demoConfig(500));
        QString error;
        const auto ok = OneViewFilter::parse(u"(exception_type eq '')"_s, &error);
        const auto page = s.server->messages()->search(*ok, 1, 20, u"message_date:desc"_s, &error);
        QVERIFY(!page->records.isEmpty());
        for (const LogMessage &m : page->records) {
            const BodDocument bod = BodParser::parse(*s.server->messages()->payload(m.messageId));
            QVERIFY2(bod.isValid(), qPrintable(m.messageId));
            QCOMPARE(bod.facts.documentName(), m.documentType);
            QCOMPARE(bod.facts.documentId, m.documentId);
        }
        // A schema error in the log is a real problem in its payload.
        const auto errors = OneViewFilter::parse(u"(error_code eq XML_VALIDATION)"_s, &error);
        const auto bad = s.server->messages()->search(*errors, 1, 5, u"message_date:desc"_s, &error);
        QVERIFY(!bad->records.isEmpty());
        const BodDocument bod = BodParser::parse(*s.server->messages()->payload(bad->records.first().messageId));
        QCOMPARE(bod.problems.first().code, u"action-code"_s);
    }

    void searchPagesAndSortsOverHttp()
    {
        SandboxFixture s(demoConfig(3000));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(u"(direction eq inbound)"_s));
        QStringList seen;
        qint64 numFound = -1;
        QDateTime previous;
        for (int page = 1; page <= 3; ++page) {
            const HttpOutcome o = send(session, "GET",
                                       oneView(s, u"/data?store=Message&records=100&page=%1&sort=message_date:desc&filter=%2"_s
                                                      .arg(page)
                                                      .arg(filter)));
            QCOMPARE(o.httpStatus, 200);
            const QJsonObject json = QJsonDocument::fromJson(o.body).object();
            numFound = json.value(u"numFound"_s).toInteger();
            const QJsonArray data = json.value(u"data"_s).toArray();
            QCOMPARE(data.size(), 100);
            for (const QJsonValue &v : data) {
                QCOMPARE(v[u"direction"_s].toString(), u"inbound"_s);
                QVERIFY2(!seen.contains(v[u"message_id"_s].toString()), "pages overlap");
                seen << v[u"message_id"_s].toString();
                const QDateTime date = QDateTime::fromString(v[u"message_date"_s].toString(), Qt::ISODateWithMs);
                QVERIFY(!previous.isValid() || date <= previous);
                previous = date;
            }
        }
        QVERIFY(numFound > 1000 && numFound < 2000);
    }

    void searchRefusals_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("bad filter") << u"store=Message&filter=(colour%20eq%20red)"_s;
        QTest::addRow("no store") << u"filter="_s;
        QTest::addRow("too many records") << u"store=Message&records=100000"_s;
        QTest::addRow("page zero") << u"store=Message&page=0"_s;
        QTest::addRow("unknown sort") << u"store=Message&sort=colour:asc"_s;
    }
    void searchRefusals()
    {
        QFETCH(QString, query);
        SandboxFixture s(demoConfig(10));
        OAuthSession session(OAuthSession::configFor(s.profile()));
        const HttpOutcome o = send(session, "GET", oneView(s, u"/data?"_s + query));
        QCOMPARE(o.httpStatus, 400);
        QVERIFY(!QJsonDocument::fromJson(o.body).object().value(u"message"_s).toString().isEmpty());
    }

    void sentBodIsRoutedLoggedAndCounted()
    {
        SandboxFixture s;
        OAuthSession session(OAuthSession::configFor(s.profile()));
        ImsMessage m = message(validBod(u"V777"_s));
        QCOMPARE(post(session, s, m, 3).httpStatus, 202);
        ImsMessage again = message(validBod(u"V778"_s));
        QCOMPARE(post(session, s, again, 2).httpStatus, 201);
        // The log shows it, with its events and payload.
        const HttpOutcome found = send(session, "GET",
                                       oneView(s, u"/data?store=Message&filter=%1"_s.arg(QString::fromLatin1(
                                                      QUrl::toPercentEncoding(u"(document_id eq 'V777')"_s)))));
        const QJsonArray data = QJsonDocument::fromJson(found.body).object().value(u"data"_s).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data[0][u"to_logical_id"_s].toString(), u"lid://infor.m3.m3be"_s);
        QCOMPARE(data[0][u"exception_type"_s].toString(), QString());
        const HttpOutcome events = send(session, "GET", oneView(s, u"/data/events?messageId="_s + m.messageId));
        QVERIFY(events.body.contains("\"Delivered\""));
        const HttpOutcome payload = send(session, "GET", oneView(s, u"/data/streamDocumentPayload?messageId="_s + m.messageId));
        QCOMPARE(payload.body, m.payload);
        const ReceiptLog::Summary r = s.server->receipts()->summary();
        QCOMPARE(r.total, 2);
        QVERIFY(r.duplicates.isEmpty());
        // The same document sent again is a new message, and the sandbox sees the duplicate.
        QCOMPARE(post(session, s, message(validBod(u"V777"_s))).httpStatus, 202);
        QCOMPARE(s.server->receipts()->summary().duplicates.value(u"V777"_s), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::addRow("missing messageId") << u"noMessageId"_s << 400 << u"messageId"_s;
        QTest::addRow("invalid BOD") << u"badBod"_s << 400 << u"line"_s;
        QTest::addRow("XML bomb") << u"bomb"_s << 400 << u"DOCTYPE"_s;
        QTest::addRow("documentName does not match") << u"wrongName"_s << 400 << u"does not match"_s;
        QTest::addRow("not the client's connection point") << u"otherSender"_s << 403 << u"fromLogicalId"_s;
        QTest::addRow("document not accepted") << u"notAccepted"_s << 412 << u"does not accept"_s;
        QTest::addRow("connection point inactive") << u"inactive"_s << 412 << u"not active"_s;
        QTest::addRow("over 5 MB") << u"huge"_s << 400 << u"5 MB"_s;
        QTest::addRow("reused messageId") << u"reuse"_s << 400 << u"used before"_s;
    }
    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, says);
        SandboxFixture s;
        OAuthSession session(OAuthSession::configFor(s.profile()));
        ImsMessage m = message(validBod(u"V1"_s));
        if (change == u"noMessageId"_s)
            m.messageId.clear();
        else if (change == u"badBod"_s)
            m.payload.replace("actionCode=\"Replace\"", "actionCode=\"Change\"");
        else if (change == u"bomb"_s) {
            QFile f(QStringLiteral(TEST_DATA_DIR "/bod/input/billion-laughs.xml"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            m.payload = f.readAll();
        } else if (change == u"wrongName"_s)
            m.documentName = u"Sync.PayableTransaction"_s;
        else if (change == u"otherSender"_s)
            m.fromLogicalId = u"lid://infor.ims.someone_else"_s;
        else if (change == u"notAccepted"_s)
            m.documentName = u"Sync.Unknown"_s;
        else if (change == u"inactive"_s)
            s.server->routing()->points.last().active = false;
        else if (change == u"huge"_s)
            m.payload.append(QByteArray(5 * 1024 * 1024, ' '));
        else if (change == u"reuse"_s)
            QCOMPARE(post(session, s, m).httpStatus, 202);
        const HttpOutcome o = post(session, s, m);
        QCOMPARE(o.httpStatus, status);
        const QString message = QJsonDocument::fromJson(o.body).object().value(u"message"_s).toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(s.server->receipts()->summary().total, change == u"reuse"_s ? 1 : 0);
    }

    void noFlowMeansNoRoute()
    {
        SandboxFixture s;
        for (DocumentFlow &f : s.server->routing()->flows)
            f.active = false;
        OAuthSession session(OAuthSession::configFor(s.profile()));
        const ImsMessage m = message(validBod(u"V5"_s));
        QCOMPARE(post(session, s, m).httpStatus, 202); // IMS accepted it; ION could not route it
        QCOMPARE(s.server->messages()->message(m.messageId)->exceptionType, u"No Route"_s);
        QCOMPARE(s.server->receipts()->summary().total, 0);
    }

    void flowFiltersDecideAndCombineWithOr()
    {
        SandboxFixture s;
        OAuthSession session(OAuthSession::configFor(s.profile()));
        QList<DocumentFlow> &flows = s.server->routing()->flows;
        auto filter = [](const QString &text) {
            QString error;
            return *FlowFilter::parse(text, &error);
        };
        DocumentFlow *toM3 = nullptr;
        for (DocumentFlow &f : flows)
            toM3 = f.name == u"Workbench to M3"_s ? &f : toM3;
        QVERIFY(toM3);
        // Only American suppliers: a German one is dropped, silently but logged.
        toM3->filter = filter(u"DataArea/SupplierPartyMaster/Location/Address/CountryCode = 'US'"_s);
        const ImsMessage german = message(validBod(u"V901"_s));
        QCOMPARE(post(session, s, german).httpStatus, 202);
        QCOMPARE(s.server->messages()->message(german.messageId)->exceptionType, u"Filtered Out"_s);
        QCOMPARE(s.server->receipts()->summary().total, 0);
        // A second flow for the same route whose filter holds: the flows combine with OR.
        DocumentFlow europe = *toM3;
        europe.name = u"Workbench to M3 (Europe)"_s;
        europe.filter = filter(u"DataArea/SupplierPartyMaster/Location/Address/CountryCode = 'DE' or "
                               "DataArea/SupplierPartyMaster/Location/Address/CountryCode = 'FR'"_s);
        flows << europe;
        const ImsMessage second = message(validBod(u"V902"_s));
        QCOMPARE(post(session, s, second).httpStatus, 202);
        QCOMPARE(s.server->messages()->message(second.messageId)->exceptionType, QString());
        QCOMPARE(s.server->receipts()->summary().total, 1);
        // A path this BOD does not have never matches, whatever the operator.
        flows.last().filter = filter(u"DataArea/SupplierPartyMaster/Address/CountryCode != 'US'"_s);
        const ImsMessage third = message(validBod(u"V903"_s));
        QCOMPARE(post(session, s, third).httpStatus, 202);
        QCOMPARE(s.server->messages()->message(third.messageId)->exceptionType, u"Filtered Out"_s);
        QCOMPARE(s.server->receipts()->summary().total, 1);
    }

    void aSenderThatDoesNotListTheDocumentRoutesNothing()
    {
        SandboxFixture s;
        OAuthSession session(OAuthSession::configFor(s.profile()));
        ConnectionPoint *workbench = nullptr;
        for (ConnectionPoint &p : s.server->routing()->points)
            workbench = p.logicalId == u"lid://infor.ims.workbench"_s ? &p : workbench;
        workbench->sends.removeAll(u"Sync.SupplierPartyMaster"_s);
        const ImsMessage m = message(validBod(u"V904"_s));
        // IMS refuses it at the door: the connection point does not accept it (DOMAIN section 6).
        QCOMPARE(post(session, s, m).httpStatus, 412);
        QVERIFY(!s.server->messages()->message(m.messageId));
        // The router, asked directly, says why.
        const RouteDecision d = s.server->routing()->route(m.fromLogicalId, m.documentName, m.payload);
        QVERIFY(d.targets.isEmpty());
        QVERIFY2(d.unroutableReason.contains(u"does not list"_s), qPrintable(d.unroutableReason));
        QCOMPARE(s.server->receipts()->summary().total, 0);
    }

    void acceptedDocuments()
    {
        SandboxFixture s;
        OAuthSession session(OAuthSession::configFor(s.profile()));
        const QUrl base = s.profile().imsBaseUrl();
        const HttpOutcome ok = send(session, "GET", QUrl(base.toString() + u"/v3/infor.ims.workbench/acceptedDocuments"_s));
        QCOMPARE(ok.httpStatus, 200);
        QVERIFY(ok.body.contains("Sync.SupplierPartyMaster"));
        const HttpOutcome missing = send(session, "GET", QUrl(base.toString() + u"/v3/infor.ims.nobody/acceptedDocuments"_s));
        QCOMPARE(missing.httpStatus, 412);
    }

    void routingRoundTripsThroughJson()
    {
        const TenantRouting r = TenantRouting::sandboxDefault();
        QString error;
        const auto again = TenantRouting::fromJson(r.toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), r.toJson());
        QCOMPARE(again->targets(u"lid://infor.ims.workbench"_s, u"Process.PurchaseOrder"_s),
                 QStringList {u"lid://infor.fsm.acme_fsm"_s});
        QJsonObject broken = r.toJson();
        QJsonArray flows = broken.value(u"documentFlows"_s).toArray();
        QJsonObject flow = flows[0].toObject();
        flow.insert(u"to"_s, u"lid://infor.nowhere.x"_s);
        flows[0] = flow;
        broken.insert(u"documentFlows"_s, flows);
        QVERIFY(!TenantRouting::fromJson(broken, &error));
        QVERIFY(error.contains(u"unknown connection point"_s));
    }
};

QTEST_GUILESS_MAIN(TestMessageLog)
#include "tst_messagelog.moc"
