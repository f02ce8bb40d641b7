// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/logtimeline.h"

#include "messagelog/logrollups.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QList<LogTimeline::Bucket> fromRollups(const std::optional<LogRollups::Hours> &hours)
{
    QList<LogTimeline::Bucket> buckets;
    if (!hours)
        return buckets;
    for (auto hour = hours->byHour.cbegin(); hour != hours->byHour.cend(); ++hour) {
        LogTimeline::Bucket b {QDateTime::fromMSecsSinceEpoch(hour.key(), Qt::UTC), 0, 0};
        for (auto type = hour->cbegin(); type != hour->cend(); ++type) {
            b.messages += type.value();
            if (LogTimeline::errorTypes().contains(type.key()))
                b.errors += type.value();
        }
        buckets.append(b);
    }
    return buckets;
}
} // namespace

const QStringList &LogTimeline::errorTypes()
{
    static const QStringList types {u"Error"_s, u"No Route"_s, u"Size Over Limit"_s};
    return types;
}

QList<LogTimeline::Bucket> LogTimeline::perHour(const MessageLogStore &store, const OneViewFilter &filter,
                                                QString *error)
{
    if (LogRollups::answers(filter))
        return fromRollups(LogRollups::perHour(store.database(), filter, error));
    constexpr qint64 hourMs = 3'600'000;
    QVariantList bindings;
    const QString where = filter.toSql(&bindings);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT message_date / %1, COUNT(*), "
              "SUM(CASE WHEN exception_type IN ('%3') THEN 1 ELSE 0 END) "
              "FROM messages WHERE %2 GROUP BY 1 ORDER BY 1"_s.arg(hourMs).arg(where, errorTypes().join(u"', '"_s)));
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

LogTimeline::Summary LogTimeline::summarize(const MessageLogStore &store, const OneViewFilter &filter,
                                            const std::function<bool()> &stillWanted)
{
    Summary s;
    QString error;
    if (LogRollups::answers(filter)) {
        // One read of the rollups gives both.
        const auto hours = LogRollups::perHour(store.database(), filter, &error);
        if (!hours)
            return s;
        for (const auto &types : hours->byHour) {
            for (auto type = types.cbegin(); type != types.cend(); ++type)
                s.outcomes[type.key()] += type.value();
        }
        s.hours = fromRollups(hours);
        s.complete = true;
        return s;
    }
    s.outcomes = store.facet(filter, u"exception_type"_s, &error).value_or(QHash<QString, qint64>());
    if (!stillWanted())
        return s;
    s.hours = perHour(store, filter, &error);
    s.complete = true;
    return s;
}

LogTimeline::Summary LogTimeline::summarize(const QString &databasePath, const QString &filterText,
                                            const std::function<bool()> &stillWanted)
{
    MessageLogStore store(databasePath);
    QString error;
    const auto filter = OneViewFilter::parse(filterText, &error);
    if (!filter || !stillWanted() || !store.open(&error))
        return {};
    return summarize(store, *filter, stillWanted);
}
