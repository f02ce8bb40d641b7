// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/sqldialect.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>

class OneViewFilter;
class QSqlDatabase;
class QSqlQuery;

// Counts of the message log per hour and per shape (direction, status, exception type, document
// type, sender, receiver), kept by triggers as messages are inserted, refreshed or deleted, so that
// the counts and timeline of a search made of those fields read a few thousand rows instead of a
// million: message_shapes holds each combination once, message_days its messages per UTC day in
// 24 hour columns. Searches on other fields (ids, text, dates) are counted from the rows.
namespace LogRollups {
QStringList shapeFields();
// Whether `filter` uses shape fields only, so that the rollups answer it exactly.
bool answers(const OneViewFilter &filter);

// Tables, triggers, and the counts of the messages already stored (a migration step).
bool install(QSqlQuery &q, SqlDialect dialect, QString *error);

// Per hour (start in ms since the epoch, UTC) the messages of each exception type.
struct Hours
{
    QMap<qint64, QHash<QString, qint64>> byHour;
};
std::optional<Hours> perHour(const QSqlDatabase &db, const OneViewFilter &filter, QString *error);
// The query for the messages per value of a shape field matching `where` (a filter's SQL, see
// answers()): rows of (value, count), as counting the messages would give.
QString facetSql(const QString &field, const QString &where);
} // namespace LogRollups
