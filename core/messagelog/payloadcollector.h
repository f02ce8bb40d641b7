// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logexport.h"

#include <QUrl>

#include <functional>

class MessageLogStore;
class OAuthSession;
class QObject;

// Completes log entries with their payloads and events before they are resubmitted or
// exported: entries that already carry a payload keep it, cached payloads come from the
// environment, the rest (and the events, which are not replicated) from the tenant's message
// log; fetched payloads are cached.
namespace PayloadCollector {
// The events of a OneView "data/events" answer.
QList<LogEvent> eventsFromJson(const QByteArray &body);
// `done` runs once, on `context`'s thread, unless `context` is gone by then.
void complete(QList<LogExport::Entry> entries, MessageLogStore *store, OAuthSession *session, const QUrl &serviceUrl,
              QObject *context, std::function<void(const QList<LogExport::Entry> &)> done);
}
