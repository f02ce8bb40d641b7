// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

class MessageLogStore;
class OneViewFilter;

// Messages and errors per hour for the log view's timeline, counted by the store.
namespace LogTimeline {
struct Bucket
{
    QDateTime start; // UTC, on the hour
    qint64 messages = 0;
    qint64 errors = 0; // Error, No Route, Size Over Limit (not Filtered Out or Warning)
};
QList<Bucket> perHour(const MessageLogStore &store, const OneViewFilter &filter, QString *error);
}
