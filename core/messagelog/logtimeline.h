// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class MessageLogStore;
class OneViewFilter;

// Messages and errors per hour for the log view's timeline, and the counts per exception type,
// counted by the store.
namespace LogTimeline {
struct Bucket
{
    QDateTime start; // UTC, on the hour
    qint64 messages = 0;
    qint64 errors = 0; // of the errorTypes (not Filtered Out or Warning)
};
const QStringList &errorTypes(); // Error, No Route, Size Over Limit
QList<Bucket> perHour(const MessageLogStore &store, const OneViewFilter &filter, QString *error);

struct Summary
{
    QHash<QString, qint64> outcomes; // exception type ("" for none) -> messages
    QList<Bucket> hours;
    bool complete = false;
};
// Both, on a connection of its own to the store at `databasePath`, so it can run on a worker
// thread while the window goes on (with a busy filter over a million messages it takes
// seconds; from the rollups, when the filter allows, milliseconds). Stops early when `stillWanted` says no.
Summary summarize(const MessageLogStore &store, const OneViewFilter &filter, const std::function<bool()> &stillWanted);
Summary summarize(const QString &databasePath, const QString &filterText, const std::function<bool()> &stillWanted);
}
