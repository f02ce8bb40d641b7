// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/tenantrouting.h"

#include "ion/ionendpoints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

TenantRouting TenantRouting::sandboxDefault()
{
    const QString fsm = u"lid://infor.fsm.acme_fsm"_s;
    const QString m3 = u"lid://infor.m3.m3be"_s;
    const QString wms = u"lid://infor.ims.wms_connector"_s;
    const QString wb = IonEndpoints::workbenchLogicalId;
    const QString unrouted = u"Sync.CodeDefinition"_s;
    const QStringList toM3 {u"Sync.SupplierPartyMaster"_s, u"Sync.PayableTransaction"_s, u"Process.Shipment"_s};
    const QStringList toFsm {u"Process.PurchaseOrder"_s};
    const QStringList toWms {u"Sync.SalesOrder"_s, u"Sync.ItemMaster"_s, u"Process.Location"_s};
    TenantRouting r;
    r.points = {
        {fsm, u"FSM"_s, true, {u"Sync.SupplierPartyMaster"_s, u"Sync.PayableTransaction"_s, u"Process.Location"_s}, toFsm},
        // M3 lists code definitions to send, but nobody built a flow for them: they find no route.
        {m3, u"M3"_s, true, {u"Process.PurchaseOrder"_s, u"Sync.SalesOrder"_s, u"Sync.ItemMaster"_s, unrouted}, toM3},
        {wms, u"IMS"_s, true, {u"Process.Shipment"_s}, toWms},
        // The workbench resubmits on behalf of every application: it may send every type.
        {wb, u"IMS"_s, true, toM3 + toFsm + toWms + QStringList {unrouted}, {}},
    };
    // The applications' flows keep the test company 900 out of production, as tenants do; the
    // workbench's flows (resubmissions) have no filter.
    QString error;
    const FlowFilter production = *FlowFilter::parse(
        u"ApplicationArea/BODID contains ':100:' or ApplicationArea/BODID contains ':200:'"_s, &error);
    r.flows = {
        {u"FSM to M3"_s, fsm, m3, {u"Sync.SupplierPartyMaster"_s, u"Sync.PayableTransaction"_s}, true, production},
        {u"M3 to FSM"_s, m3, fsm, toFsm, true, production},
        {u"M3 to WMS"_s, m3, wms, {u"Sync.SalesOrder"_s, u"Sync.ItemMaster"_s}, true, production},
        {u"FSM to WMS"_s, fsm, wms, {u"Process.Location"_s}, true, production},
        {u"WMS to M3"_s, wms, m3, {u"Process.Shipment"_s}, true, production},
        {u"Workbench to M3"_s, wb, m3, toM3, true, {}},
        {u"Workbench to FSM"_s, wb, fsm, toFsm, true, {}},
        {u"Workbench to WMS"_s, wb, wms, toWms, true, {}},
    };
    return r;
}

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}
} // namespace

std::optional<TenantRouting> TenantRouting::fromJson(const QJsonObject &json, QString *error)
{
    TenantRouting r;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.value(u"connectionPoints"_s).isArray() || !json.value(u"documentFlows"_s).isArray())
        return fail(tr("The routing needs the arrays \"connectionPoints\" and \"documentFlows\"."));
    for (const QJsonValue &v : json.value(u"connectionPoints"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ConnectionPoint p {o.value(u"logicalId"_s).toString(), o.value(u"type"_s).toString(u"IMS"_s),
                           o.value(u"active"_s).toBool(true), strings(o.value(u"sends"_s)),
                           strings(o.value(u"receives"_s))};
        if (!p.logicalId.startsWith(u"lid://"_s))
            return fail(tr("The connection point \"%1\" needs a logical id starting with lid://.").arg(p.logicalId));
        r.points << p;
    }
    for (const QJsonValue &v : json.value(u"documentFlows"_s).toArray()) {
        const QJsonObject o = v.toObject();
        DocumentFlow f {o.value(u"name"_s).toString(), o.value(u"from"_s).toString(), o.value(u"to"_s).toString(),
                        strings(o.value(u"documentTypes"_s)), o.value(u"active"_s).toBool(true), {}};
        QString filterError;
        const auto filter = FlowFilter::parse(o.value(u"filter"_s).toString(), &filterError);
        if (!filter)
            return fail(tr("The filter of the document flow \"%1\": %2").arg(f.name, filterError));
        f.filter = *filter;
        if (!r.point(f.from) || !r.point(f.to))
            return fail(tr("The document flow \"%1\" connects an unknown connection point.").arg(f.name));
        r.flows << f;
    }
    return r;
}

QJsonObject TenantRouting::toJson() const
{
    QJsonArray cps;
    for (const ConnectionPoint &p : points)
        cps.append(QJsonObject {{u"logicalId"_s, p.logicalId}, {u"type"_s, p.type}, {u"active"_s, p.active},
                                {u"sends"_s, QJsonArray::fromStringList(p.sends)},
                                {u"receives"_s, QJsonArray::fromStringList(p.receives)}});
    QJsonArray fl;
    for (const DocumentFlow &f : flows)
        fl.append(QJsonObject {{u"name"_s, f.name}, {u"from"_s, f.from}, {u"to"_s, f.to},
                               {u"documentTypes"_s, QJsonArray::fromStringList(f.documentTypes)},
                               {u"active"_s, f.active}, {u"filter"_s, f.filter.text()}});
    return {{u"connectionPoints"_s, cps}, {u"documentFlows"_s, fl}};
}

const ConnectionPoint *TenantRouting::point(const QString &logicalId) const
{
    for (const ConnectionPoint &p : points) {
        if (p.logicalId == logicalId)
            return &p;
    }
    return nullptr;
}

RouteDecision TenantRouting::route(const QString &from, const QString &documentType, const QByteArray &bod) const
{
    RouteDecision d;
    const ConnectionPoint *sender = point(from);
    if (!sender || !sender->active || !sender->sends.contains(documentType)) {
        d.unroutableReason = !sender            ? tr("%1 is not a connection point of this tenant").arg(from)
                             : !sender->active ? tr("the connection point %1 is not active").arg(from)
                                               : tr("%1 does not list %2 among the documents it sends").arg(from, documentType);
        return d;
    }
    bool someFlowApplies = false;
    for (const DocumentFlow &f : flows) {
        if (!f.active || f.from != from || !f.documentTypes.contains(documentType) || d.targets.contains(f.to))
            continue;
        const ConnectionPoint *target = point(f.to);
        if (!target || !target->active || !target->receives.contains(documentType))
            continue;
        someFlowApplies = true;
        if (f.filter.isEmpty() || f.filter.evaluate(bod).passes) {
            d.targets << f.to;
            d.filteredAt.removeAll(f.to); // another flow for this route let it through: OR
        } else if (!d.filteredAt.contains(f.to)) {
            d.filteredAt << f.to;
        }
    }
    if (!someFlowApplies)
        d.unroutableReason = tr("no active document flow routes %1 from %2").arg(documentType, from);
    return d;
}
