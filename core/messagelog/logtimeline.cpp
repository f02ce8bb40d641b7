// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/logtimeline.h"

#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QList<LogTimeline::Bucket> LogTimeline::perHour(const MessageLogStore &store, const OneViewFilter &filter,
                                                QString *error)
{
    constexpr qint64 hourMs = 3'600'000;
    QVariantList bindings;
    const QString where = filter.toSql(&bindings);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT message_date / %1, COUNT(*), "
              "SUM(CASE WHEN exception_type IN ('Error', 'No Route', 'Size Over Limit') THEN 1 ELSE 0 END) "
              "FROM messages WHERE %2 GROUP BY 1 ORDER BY 1"_s.arg(hourMs).arg(where));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    QList<Bucket> buckets;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return buckets;
    }
    while (q.next())
        buckets.append({QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong() * hourMs, Qt::UTC),
                        q.value(1).toLongLong(), q.value(2).toLongLong()});
    return buckets;
}

LogTimeline::Summary LogTimeline::summarize(const QString &databasePath, const QString &filterText,
                                            const std::function<bool()> &stillWanted)
{
    Summary s;
    MessageLogStore store(databasePath);
    QString error;
    const auto filter = OneViewFilter::parse(filterText, &error);
    if (!filter || !stillWanted() || !store.open(&error))
        return s;
    s.outcomes = store.facet(*filter, u"exception_type"_s, &error).value_or(QHash<QString, qint64>());
    if (!stillWanted())
        return s;
    s.hours = perHour(store, *filter, &error);
    s.complete = true;
    return s;
}
