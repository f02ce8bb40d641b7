// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "bod/bodparser.h"
#include "bodtemplates.h"
#include "ion/ionendpoints.h"
#include "messagelog/messagelogstore.h"
#include "routingoutcome.h"

#include <QRandomGenerator>
#include <QtConcurrent>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Route
{
    QString documentType;
    QString from;
    QString to;
    int weight;
};

const QString fsm = u"lid://infor.fsm.acme_fsm"_s;
const QString m3 = u"lid://infor.m3.m3be"_s;
const QString wms = u"lid://infor.ims.wms_connector"_s;
const QString workbench = u"lid://infor.ims.workbench"_s;

const QList<Route> &routes()
{
    static const QList<Route> list {
        {u"Sync.SupplierPartyMaster"_s, fsm, m3, 12},  {u"Sync.PayableTransaction"_s, fsm, m3, 18},
        {u"Process.PurchaseOrder"_s, m3, fsm, 16},     {u"Sync.SalesOrder"_s, m3, wms, 20},
        {u"Process.Shipment"_s, wms, m3, 14},          {u"Sync.ItemMaster"_s, m3, wms, 14},
        {u"Process.Location"_s, fsm, wms, 6},
    };
    return list;
}

QString uuid(QRandomGenerator &r)
{
    const QString hex = u"%1%2%3%4"_s.arg(r.generate(), 8, 16, QLatin1Char('0'))
                            .arg(r.generate(), 8, 16, QLatin1Char('0'))
                            .arg(r.generate(), 8, 16, QLatin1Char('0'))
                            .arg(r.generate(), 8, 16, QLatin1Char('0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20, 12);
}

QString documentIdFor(const QString &type, quint32 n)
{
    static const QHash<QString, QString> prefix {
        {u"Sync.SupplierPartyMaster"_s, u"V"_s},   {u"Sync.PayableTransaction"_s, u"AP-2026-"_s},
        {u"Process.PurchaseOrder"_s, u"PO-2026-"_s}, {u"Sync.SalesOrder"_s, u"SO-"_s},
        {u"Process.Shipment"_s, u"SH-"_s},          {u"Sync.ItemMaster"_s, u"ITEM-"_s},
        {u"Process.Location"_s, u"LOC-"_s},         {u"Sync.CodeDefinition"_s, u"CODE-"_s}};
    return prefix.value(type) + u"%1"_s.arg(n, 6, 10, QLatin1Char('0'));
}

// Business hours carry most traffic: pick a time in the window with that shape.
QDateTime pickTime(QRandomGenerator &r, const QDateTime &start, int days)
{
    const int day = int(r.bounded(days));
    int hour = int(r.bounded(24));
    if (hour < 6 || hour > 19)
        hour = 6 + int(r.bounded(14)); // two tries land in the day
    const qint64 ms = ((qint64(day) * 24 + hour) * 3600 + r.bounded(3600)) * 1000 + r.bounded(1000);
    return start.addMSecs(ms % (qint64(days) * 24 * 3600 * 1000));
}

} // namespace

namespace {
// The senders' documents that no flow carries (a Documents tab that lists a type nobody built
// a flow for): the demo's No Route messages are these, so the routing itself explains them.
QList<std::pair<QString, QString>> unroutedDocuments(const TenantRouting &routing)
{
    QList<std::pair<QString, QString>> out;
    for (const ConnectionPoint &p : routing.points) {
        if (p.logicalId == IonEndpoints::workbenchLogicalId)
            continue;
        for (const QString &type : p.sends) {
            if (!routing.route(p.logicalId, type, {}).unroutableReason.isEmpty())
                out.append({p.logicalId, type});
        }
    }
    return out;
}

// What ION decides for one document, from the same checks the sandbox's intake makes: the size
// limit, validation, then the routing. Without a payload (benchmarks' log-only rows) the
// decision the BOD was built for stands in for it.
enum class Intent { Route, NoRoute, Invalid, Filtered, TooLarge };

bool decide(const TenantRouting &routing, Intent intent, const QByteArray &payload, LogMessage &m, QList<LogEvent> &ev)
{
    const QDateTime at = m.messageDate.addMSecs(20);
    if (m.size > IonEndpoints::maxMessageBytes) {
        m.exceptionType = u"Size Over Limit"_s;
        m.toLogicalId.clear();
        m.errorText = u"The message is %1 bytes; the limit is %2 bytes"_s.arg(m.size).arg(IonEndpoints::maxMessageBytes);
        ev.append({at, u"Size over limit"_s, m.errorText});
        return false;
    }
    QString invalid;
    if (!payload.isEmpty() && intent == Intent::Invalid) {
        const BodDocument bod = BodParser::parse(payload);
        for (const BodProblem &problem : bod.problems) {
            if (invalid.isEmpty() && problem.severity == BodProblem::Severity::Error)
                invalid = problem.message;
        }
    } else if (intent == Intent::Invalid) {
        invalid = u"The action code is not allowed for %1"_s.arg(m.documentType);
    }
    if (!invalid.isEmpty()) {
        m.exceptionType = u"Error"_s;
        m.errorCode = u"XML_VALIDATION"_s;
        m.errorText = invalid;
        m.toLogicalId.clear();
        ev.append({at, u"Validation failed"_s, m.errorText});
        return false;
    }
    RouteDecision route;
    if (!payload.isEmpty())
        route = routing.route(m.fromLogicalId, m.documentType, payload);
    else if (intent == Intent::NoRoute)
        route.unroutableReason = routing.route(m.fromLogicalId, m.documentType, {}).unroutableReason;
    else if (intent == Intent::Filtered)
        route.filteredAt = {m.toLogicalId};
    else
        route.targets = {m.toLogicalId};
    return !RoutingOutcome::record(route, {}, at, m, ev).isEmpty();
}
} // namespace

namespace {
// One message as drawn from the seed, then built and judged (the costly part, in parallel).
struct Planned
{
    LogMessage m;
    BodTemplates::Fields f;
    Intent intent = Intent::Route;
    int roll = 0;
    int deliveredAfterMs = 0;
    qint64 sizeWithoutPayload = 0;
    QByteArray payload;
    QList<LogEvent> events;
};

struct Context
{
    const TenantRouting &routing;
    bool payloads;
    QDateTime burstA, burstB, end;
};

void realize(Planned &p, const Context &c)
{
    LogMessage &m = p.m;
    p.payload = c.payloads ? BodTemplates::make(p.f) : QByteArray();
    p.events = {{m.messageDate, u"Received"_s, u"from %1"_s.arg(m.fromLogicalId)}};
    const bool routed = decide(c.routing, p.intent, p.payload, m, p.events);
    // Two outages of a target: everything routed to it in that hour failed with 503.
    const bool inBurst = (m.toLogicalId == m3 && qAbs(m.messageDate.secsTo(c.burstA)) < 1800)
        || (m.toLogicalId == wms && qAbs(m.messageDate.secsTo(c.burstB)) < 1800);
    if (routed && inBurst) {
        m.exceptionType = u"Error"_s;
        m.errorCode = u"503"_s;
        m.errorText = u"Delivery to %1 failed after 5 attempts: HTTP 503 Service Unavailable"_s.arg(m.toLogicalId);
        for (int a = 1; a <= 5; ++a)
            p.events.append({m.messageDate.addSecs(a * a * 30), u"Delivery failed"_s, u"HTTP 503, attempt %1"_s.arg(a)});
    } else if (routed && p.roll >= 47 && p.roll < 52) {
        m.exceptionType = u"Warning"_s;
        m.errorText = u"The target confirmed with warnings"_s;
    } else if (routed && p.roll >= 52 && p.roll < 62 && m.messageDate.daysTo(c.end) <= 2) {
        m.status = u"in_flight"_s;
    }
    if (m.status == u"completed"_s && (m.exceptionType.isEmpty() || m.exceptionType == u"Warning"_s))
        p.events.append({m.messageDate.addMSecs(120 + p.deliveredAfterMs), u"Delivered"_s, u"to %1"_s.arg(m.toLogicalId)});
    if (m.size == 0)
        m.size = p.payload.isEmpty() ? p.sizeWithoutPayload : p.payload.size();
}
} // namespace

bool DemoData::generate(MessageLogStore *store, const Options &o, QString *error)
{
    QRandomGenerator r(o.seed);
    const TenantRouting routing = o.routing ? *o.routing : TenantRouting::sandboxDefault();
    const QList<std::pair<QString, QString>> unrouted = unroutedDocuments(routing);
    QDateTime end = o.end;
    if (!end.isValid()) { // now, to the minute: the month before it is full, nothing is in the future
        const QDateTime now = QDateTime::currentDateTimeUtc();
        end = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
    }
    const QDateTime start = end.addDays(-o.days);
    const Context context {routing, o.payloads, start.addDays(o.days / 3).addSecs(10 * 3600),
                           start.addDays(2 * o.days / 3).addSecs(14 * 3600), end};
    int totalWeight = 0;
    for (const Route &route : routes())
        totalWeight += route.weight;

    constexpr int Chunk = 5000;
    std::vector<Planned> chunk;
    chunk.reserve(Chunk);
    for (int i = 0; i < o.messages; ++i) {
        int pick = int(r.bounded(totalWeight));
        const Route *route = &routes().first();
        for (const Route &candidate : routes()) {
            if ((pick -= candidate.weight) < 0) {
                route = &candidate;
                break;
            }
        }
        Planned p;
        LogMessage &m = p.m;
        m.messageId = uuid(r);
        m.documentType = route->documentType;
        m.direction = r.bounded(2) ? u"inbound"_s : u"outbound"_s;
        m.fromLogicalId = route->from;
        m.toLogicalId = route->to;
        m.messageDate = pickTime(r, start, o.days);
        m.accountingEntity = r.bounded(3) ? u"100"_s : u"200"_s;
        m.location = QStringList {u"MAIN"_s, u"WH1"_s, u"WH2"_s}.at(int(r.bounded(3)));
        const quint32 documentNumber = 1 + r.bounded(40000u);
        m.status = u"completed"_s;

        // What this document is built to meet; realize() decides what ION does with it.
        p.roll = int(r.bounded(1000));
        BodTemplates::Fields &f = p.f;
        if (p.roll < 25) {
            p.intent = Intent::Invalid; // the action code does not belong to the verb
            f.actionCode = m.documentType.startsWith(u"Process"_s) ? u"Replace"_s : u"Change"_s;
        } else if (p.roll < 35 && !unrouted.isEmpty()) {
            p.intent = Intent::NoRoute;
            const auto &[from, type] = unrouted.at(int(r.bounded(quint32(unrouted.size()))));
            m.fromLogicalId = from;
            m.documentType = type;
            m.toLogicalId.clear();
        } else if (p.roll >= 35 && p.roll < 45) {
            // From the test company 900, which the default flows' filters keep out of production
            // (TenantRouting::sandboxDefault).
            p.intent = Intent::Filtered;
            m.accountingEntity = u"900"_s;
        } else if (p.roll >= 45 && p.roll < 47) {
            p.intent = Intent::TooLarge; // the log keeps the document's first part only
            m.size = IonEndpoints::maxMessageBytes + 1 + r.bounded(2 * 1024 * 1024);
        }
        m.documentId = documentIdFor(m.documentType, documentNumber);
        f.documentType = m.documentType;
        f.senderLogicalId = m.fromLogicalId;
        f.tenant = o.tenant;
        f.accountingEntity = m.accountingEntity;
        f.location = m.location;
        f.documentId = m.documentId;
        f.created = m.messageDate.addMSecs(-qint64(r.bounded(5000)));
        f.variation = 1 + r.bounded(50u);
        f.lines = 1 + int(r.bounded(8));
        f.bodId = u"infor-nid:%1:%2:%3:%4:%5?%6&verb=%7&variationID=%8"_s.arg(
            o.tenant, m.accountingEntity, m.location, m.documentId, QString::number(f.variation),
            m.documentType.section(u'.', 1), m.documentType.section(u'.', 0, 0), QString::number(f.variation));
        p.deliveredAfterMs = int(r.bounded(800));
        p.sizeWithoutPayload = 900 + r.bounded(4000);
        chunk.push_back(std::move(p));

        if (int(chunk.size()) == Chunk || i == o.messages - 1) {
            QtConcurrent::blockingMap(chunk, [&context](Planned &planned) { realize(planned, context); });
            QList<LogMessage> batch;
            QList<QByteArray> payloads;
            QList<QList<LogEvent>> events;
            for (Planned &planned : chunk) {
                batch.append(std::move(planned.m));
                payloads.append(std::move(planned.payload));
                events.append(std::move(planned.events));
            }
            chunk.clear();
            if (!store->insert(batch, payloads, events, error))
                return false;
        }
    }
    return true;
}
