// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingoutcome.h"

#include "ion/ionendpoints.h"

using namespace Qt::StringLiterals;

QStringList RoutingOutcome::record(const RouteDecision &route, const QString &requestedTo, const QDateTime &at,
                                   LogMessage &m, QList<LogEvent> &events)
{
    QStringList targets = route.targets;
    if (!requestedTo.isEmpty() && requestedTo != IonEndpoints::defaultLogicalId)
        targets = targets.contains(requestedTo) ? QStringList {requestedTo} : QStringList();
    if (targets.isEmpty() && !route.filteredAt.isEmpty()) {
        // Filters drop silently in ION; the log records the outcome, with no error.
        m.exceptionType = u"Filtered Out"_s;
        m.toLogicalId = route.filteredAt.join(u", "_s);
        events.append({at, u"Filtered out"_s, u"by the document flow filters towards %1"_s.arg(m.toLogicalId)});
    } else if (targets.isEmpty()) {
        m.exceptionType = u"No Route"_s;
        m.toLogicalId.clear();
        m.errorText = route.unroutableReason.isEmpty()
            ? u"No document flow routes %1 from %2 to %3"_s.arg(m.documentType, m.fromLogicalId, requestedTo)
            : u"No route: %1"_s.arg(route.unroutableReason);
        events.append({at, u"No route"_s, m.errorText});
    } else {
        m.toLogicalId = targets.join(u", "_s);
        for (const QString &t : std::as_const(targets))
            events.append({at, u"Routed"_s, u"to %1"_s.arg(t)});
    }
    return targets;
}
