// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "bodtemplates.h"
#include "messagelog/messagelogstore.h"

#include <QRandomGenerator>

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
        {u"Process.Location"_s, u"LOC-"_s}};
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

bool DemoData::generate(MessageLogStore *store, const Options &o, QString *error)
{
    QRandomGenerator r(o.seed);
    QDateTime end = o.end;
    if (!end.isValid()) { // now, to the minute: the month before it is full, nothing is in the future
        const QDateTime now = QDateTime::currentDateTimeUtc();
        end = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
    }
    const QDateTime start = end.addDays(-o.days);
    int totalWeight = 0;
    for (const Route &route : routes())
        totalWeight += route.weight;
    // Two outages of a target: everything routed to it in that hour failed with 503.
    const QDateTime burstA = start.addDays(o.days / 3).addSecs(10 * 3600);
    const QDateTime burstB = start.addDays(2 * o.days / 3).addSecs(14 * 3600);

    QList<LogMessage> batch;
    QList<QByteArray> payloads;
    QList<QList<LogEvent>> events;
    for (int i = 0; i < o.messages; ++i) {
        int pick = int(r.bounded(totalWeight));
        const Route *route = &routes().first();
        for (const Route &candidate : routes()) {
            if ((pick -= candidate.weight) < 0) {
                route = &candidate;
                break;
            }
        }
        LogMessage m;
        m.messageId = uuid(r);
        m.documentType = route->documentType;
        m.direction = r.bounded(2) ? u"inbound"_s : u"outbound"_s;
        m.fromLogicalId = route->from;
        m.toLogicalId = route->to;
        m.messageDate = pickTime(r, start, o.days);
        m.accountingEntity = r.bounded(3) ? u"100"_s : u"200"_s;
        m.location = QStringList {u"MAIN"_s, u"WH1"_s, u"WH2"_s}.at(int(r.bounded(3)));
        m.documentId = documentIdFor(m.documentType, 1 + r.bounded(40000u));
        m.status = u"completed"_s;

        BodTemplates::Fields f;
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

        QList<LogEvent> ev {{m.messageDate, u"Received"_s, u"from %1"_s.arg(m.fromLogicalId)}};
        const int roll = int(r.bounded(1000));
        const bool inBurst = (m.toLogicalId == m3 && qAbs(m.messageDate.secsTo(burstA)) < 1800)
            || (m.toLogicalId == wms && qAbs(m.messageDate.secsTo(burstB)) < 1800);
        if (inBurst) {
            m.exceptionType = u"Error"_s;
            m.errorCode = u"503"_s;
            m.errorText = u"Delivery to %1 failed after 5 attempts: HTTP 503 Service Unavailable"_s.arg(m.toLogicalId);
            for (int a = 1; a <= 5; ++a)
                ev.append({m.messageDate.addSecs(a * a * 30), u"Delivery failed"_s, u"HTTP 503, attempt %1"_s.arg(a)});
        } else if (roll < 25) {
            // A schema error: the action code does not belong to the verb.
            f.actionCode = u"Change"_s;
            if (m.documentType.startsWith(u"Process"_s))
                f.actionCode = u"Replace"_s;
            m.exceptionType = u"Error"_s;
            m.errorCode = u"XML_VALIDATION"_s;
            m.errorText = u"The action code \"%1\" is not valid for %2"_s.arg(f.actionCode, m.documentType);
            ev.append({m.messageDate.addMSecs(40), u"Validation failed"_s, m.errorText});
        } else if (roll < 35) {
            m.exceptionType = u"No Route"_s;
            m.toLogicalId.clear();
            m.errorText = u"No document flow routes %1 from %2"_s.arg(m.documentType, m.fromLogicalId);
            ev.append({m.messageDate.addMSecs(25), u"No route"_s, m.errorText});
        } else if (roll < 45) {
            // From the test company 900, which the default flows' filters keep out of production
            // (TenantRouting::sandboxDefault), so "Why?" on it finds the filter that stopped it.
            m.exceptionType = u"Filtered Out"_s;
            m.accountingEntity = u"900"_s;
            f.accountingEntity = m.accountingEntity;
            f.bodId = u"infor-nid:%1:900:%2:%3"_s.arg(o.tenant, m.location, f.bodId.section(u':', 4, -1));
            ev.append({m.messageDate.addMSecs(30), u"Filtered out"_s, u"by the flow's filter"_s});
        } else if (roll < 47) {
            m.exceptionType = u"Size Over Limit"_s;
            m.size = 5 * 1024 * 1024 + 1 + r.bounded(2 * 1024 * 1024);
            m.errorText = u"The message is %1 bytes; the limit is 5 MB"_s.arg(m.size);
        } else if (roll < 52) {
            m.exceptionType = u"Warning"_s;
            m.errorText = u"The target confirmed with warnings"_s;
        } else if (roll < 62 && m.messageDate.daysTo(end) <= 2) {
            m.status = u"in_flight"_s;
        }
        if (m.exceptionType.isEmpty() || m.exceptionType == u"Warning"_s)
            ev.append({m.messageDate.addMSecs(20), u"Routed"_s, u"to %1"_s.arg(m.toLogicalId)});
        if (m.status == u"completed"_s && (m.exceptionType.isEmpty() || m.exceptionType == u"Warning"_s))
            ev.append({m.messageDate.addMSecs(120 + r.bounded(800)), u"Delivered"_s, u"to %1"_s.arg(m.toLogicalId)});

        const QByteArray payload = o.payloads ? BodTemplates::make(f) : QByteArray();
        if (m.size == 0)
            m.size = payload.isEmpty() ? 900 + r.bounded(4000) : payload.size();
        batch.append(m);
        payloads.append(payload);
        events.append(ev);
        if (batch.size() == 5000 || i == o.messages - 1) {
            if (!store->insert(batch, payloads, events, error))
                return false;
            batch.clear();
            payloads.clear();
            events.clear();
        }
    }
    return true;
}
