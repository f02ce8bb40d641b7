// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"

#include <QByteArray>
#include <QList>

#include <optional>

class MessageLogStore;

// Export of selected log messages: CSV for a spreadsheet (metadata only), and a JSON form that
// keeps metadata, payload and events and can be imported again (into another environment, or
// by a colleague).
namespace LogExport {
struct Entry
{
    LogMessage message;
    QByteArray payload; // empty when it was not available
    QList<LogEvent> events;
};

QByteArray toCsv(const QList<LogMessage> &messages);
QByteArray toJson(const QList<Entry> &entries);
// Reads what toJson wrote; says what is wrong otherwise. At most MaxImportBytes.
std::optional<QList<Entry>> fromJson(const QByteArray &json, QString *error);
// Adds the entries to a store (messages already there are refreshed, their events kept).
bool importInto(MessageLogStore *store, const QList<Entry> &entries, QString *error);
// Both with a file: written all or nothing; read, checked and imported. -1 with `error` on failure.
bool writeFile(const QString &path, const QByteArray &data, QString *error);
qsizetype importFile(const QString &path, MessageLogStore *store, QString *error);

constexpr qint64 MaxImportBytes = 1024LL * 1024 * 1024;
inline constexpr char Format[] = "ion-workbench.messages";
}
