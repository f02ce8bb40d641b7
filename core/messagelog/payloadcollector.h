// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logexport.h"

#include <QUrl>

#include <functional>

class MessageLogStore;
class OAuthSession;
class QObject;

// Completes log entries with their payloads (and, for an export, their events) before they are
// resubmitted or exported: entries that already carry a payload keep it, cached payloads come
// from the environment, the rest from the tenant's message log, fetched within the Gateway's
// quota (a few at a time, paced below its 3,000 calls a minute, shared with everything else the
// tenant does) and cached.
namespace PayloadCollector {
enum class Include { Payloads, PayloadsAndEvents };
struct Limits
{
    int concurrency = 4;
    int ratePerMinute = 1200; // replication and resubmission need the rest of the quota
};
// The events of a OneView "data/events" answer.
QList<LogEvent> eventsFromJson(const QByteArray &body);
// `done` runs once, on `context`'s thread, unless `context` is gone by then (then nothing more
// is fetched either).
void complete(QList<LogExport::Entry> entries, MessageLogStore *store, OAuthSession *session, const QUrl &serviceUrl,
              Include include, QObject *context, std::function<void(const QList<LogExport::Entry> &)> done,
              Limits limits = {});
}
