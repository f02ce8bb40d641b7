// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/resubmissionroute.h"

using namespace Qt::StringLiterals;

ResubmissionRoute ResubmissionRoute::of(const TenantRouting &routing, const LogMessage &original, const QByteArray &payload,
                                        const QString &resubmittedFrom)
{
    ResubmissionRoute r;
    const QString type = original.documentType;
    const RouteDecision resent = routing.route(resubmittedFrom, type, payload);
    r.targets = resent.targets;
    // The filters the original met on its way, on flows the resubmission does not take.
    for (const DocumentFlow &f : routing.flows) {
        if (!f.active || f.filter.isEmpty() || f.from != original.fromLogicalId || !f.documentTypes.contains(type))
            continue;
        if (f.from == resubmittedFrom)
            continue; // the same flows: the same filters
        r.bypassedFilters << tr("%1: %2").arg(f.name, f.filter.text());
    }
    const QString from = original.fromLogicalId.isEmpty() ? tr("(unknown)") : original.fromLogicalId;
    const QString to = original.toLogicalId.isEmpty() ? tr("(no target)") : original.toLogicalId;
    QString where;
    if (!resent.targets.isEmpty())
        where = tr("Resent from %1, ION routes it to %2.").arg(resubmittedFrom, resent.targets.join(u", "_s));
    else if (!resent.filteredAt.isEmpty())
        where = tr("Resent from %1, a filter of its flows stops it before %2.").arg(resubmittedFrom, resent.filteredAt.join(u", "_s));
    else
        where = tr("Resent from %1, ION finds no route for it: %2.").arg(resubmittedFrom, resent.unroutableReason);
    r.summary = tr("The original went from %1 to %2. %3").arg(from, to, where);
    if (!r.bypassedFilters.isEmpty())
        r.summary += u' ' + tr("The filter of the original's flow does not apply to it: %1.").arg(r.bypassedFilters.join(u"; "_s));
    return r;
}
