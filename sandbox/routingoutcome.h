// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"
#include "routing/tenantrouting.h"

// How ION's routing decision shows in its message log: Filtered Out (no error, the filter's
// targets named), No Route (with the reason), or routed and delivered to each target. The
// intake and the demo both write entries through here, so the demo's log says what the
// sandbox's routing would do and "Why?…" agrees with it.
namespace RoutingOutcome {
// requestedTo: the receiver the sender named ("" or lid://default: wherever the flows go).
// Fills the entry's exception, target and events; returns the targets it was delivered to.
QStringList record(const RouteDecision &route, const QString &requestedTo, const QDateTime &at, LogMessage &m,
                   QList<LogEvent> &events);
}
