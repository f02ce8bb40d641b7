// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/logrollups.h"

#include "messagelog/oneviewfilter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// 24 items, one for each hour of the day, joined by `separator`.
QString eachHour(const std::function<QString(int)> &item, const QString &separator = u", "_s)
{
    QStringList parts;
    for (int h = 0; h < 24; ++h)
        parts << item(h);
    return parts.join(separator);
}

QString hourColumn(int h)
{
    return u"h%1"_s.arg(h);
}

QString hourColumns()
{
    return eachHour(hourColumn);
}

// The shape of the row `row` (NEW or OLD) as stored in message_shapes: never NULL.
QString shapeValues(const QString &row)
{
    QStringList values;
    for (const QString &f : LogRollups::shapeFields())
        values << u"coalesce(%1.%2, '')"_s.arg(row, f);
    return values.join(u", "_s);
}

QString shapeId(const QString &row)
{
    QStringList conditions;
    for (const QString &f : LogRollups::shapeFields())
        conditions << u"%2 = coalesce(%1.%2, '')"_s.arg(row, f);
    return u"(SELECT id FROM message_shapes WHERE %1)"_s.arg(conditions.join(u" AND "_s));
}

// 1 in the column of `row`'s hour of day (UTC), 0 in the others.
QString hourFlag(const QString &row, int h)
{
    return u"CASE WHEN (%1.message_date / %2) % 24 = %3 THEN 1 ELSE 0 END"_s.arg(row).arg(HourMs).arg(h);
}

// The statements a trigger runs to count the row `row` (NEW or OLD) in, or out.
QString countIn(const QString &row)
{
    return u"INSERT INTO message_shapes (%1) VALUES (%2) ON CONFLICT DO NOTHING; "
           "INSERT INTO message_days (shape, day, %3) VALUES (%4, %5.message_date / %6, %7) "
           "ON CONFLICT (shape, day) DO UPDATE SET %8"_s
        .arg(LogRollups::shapeFields().join(u", "_s), shapeValues(row), hourColumns(), shapeId(row), row)
        .arg(DayMs)
        .arg(eachHour([&](int h) -> QString { return hourFlag(row, h); }),
             eachHour([](int h) -> QString { return u"%1 = message_days.%1 + excluded.%1"_s.arg(hourColumn(h)); }));
}

QString countOut(const QString &row)
{
    return u"UPDATE message_days SET %1 WHERE shape = %2 AND day = %3.message_date / %4"_s
        .arg(eachHour([&](int h) -> QString { return u"%1 = %1 - %2"_s.arg(hourColumn(h), hourFlag(row, h)); }), shapeId(row), row)
        .arg(DayMs);
}

QString changedShape()
{
    QStringList changed {u"OLD.message_date <> NEW.message_date"_s};
    for (const QString &f : LogRollups::shapeFields())
        changed << u"coalesce(OLD.%1, '') <> coalesce(NEW.%1, '')"_s.arg(f);
    return changed.join(u" OR "_s);
}

bool installTriggers(QSqlQuery &q, SqlDialect d, QString *error)
{
    if (d == SqlDialect::Sqlite) {
        return exec(q, u"CREATE TRIGGER IF NOT EXISTS messages_rollup_insert AFTER INSERT ON messages BEGIN %1; END"_s
                           .arg(countIn(u"NEW"_s)), error)
            && exec(q, u"CREATE TRIGGER IF NOT EXISTS messages_rollup_delete AFTER DELETE ON messages BEGIN %1; END"_s
                           .arg(countOut(u"OLD"_s)), error)
            && exec(q, u"CREATE TRIGGER IF NOT EXISTS messages_rollup_update AFTER UPDATE ON messages WHEN %1 "
                       "BEGIN %2; %3; END"_s.arg(changedShape(), countOut(u"OLD"_s), countIn(u"NEW"_s)), error);
    }
    // DROP TRIGGER IF EXISTS says NOTICE when there is none: not worth a line on the console.
    return exec(q, u"SET LOCAL client_min_messages = warning"_s, error)
        && exec(q, u"CREATE OR REPLACE FUNCTION messages_rollup() RETURNS trigger LANGUAGE plpgsql AS $rollup$ BEGIN "
                   "IF TG_OP <> 'INSERT' THEN %1; END IF; "
                   "IF TG_OP <> 'DELETE' THEN %2; END IF; "
                   "RETURN NULL; END $rollup$"_s.arg(countOut(u"OLD"_s), countIn(u"NEW"_s)), error)
        && exec(q, u"DROP TRIGGER IF EXISTS messages_rollup_insert ON messages"_s, error)
        && exec(q, u"DROP TRIGGER IF EXISTS messages_rollup_change ON messages"_s, error)
        && exec(q, u"CREATE TRIGGER messages_rollup_insert AFTER INSERT OR DELETE ON messages FOR EACH ROW "
                   "EXECUTE FUNCTION messages_rollup()"_s, error)
        && exec(q, u"CREATE TRIGGER messages_rollup_change AFTER UPDATE ON messages FOR EACH ROW WHEN (%1) "
                   "EXECUTE FUNCTION messages_rollup()"_s.arg(changedShape()), error);
}

bool usesShapeFieldsOnly(const OneViewFilter::Node &n)
{
    if (n.kind == OneViewFilter::Node::Kind::Condition)
        return LogRollups::shapeFields().contains(n.field);
    return std::all_of(n.children.cbegin(), n.children.cend(), [](const auto &c) { return usesShapeFieldsOnly(*c); });
}

QString allHours()
{
    return eachHour([](int h) -> QString { return u"SUM(d.%1)"_s.arg(hourColumn(h)); });
}
} // namespace

QStringList LogRollups::shapeFields()
{
    return {u"direction"_s, u"status"_s, u"exception_type"_s, u"document_type"_s, u"from_logical_id"_s, u"to_logical_id"_s};
}

bool LogRollups::answers(const OneViewFilter &filter)
{
    return filter.isEmpty() || usesShapeFieldsOnly(filter.root());
}

bool LogRollups::install(QSqlQuery &q, SqlDialect d, QString *error)
{
    QStringList shapeColumns;
    for (const QString &f : shapeFields())
        shapeColumns << f + u" TEXT NOT NULL"_s;
    const QString table = Sql::ddl(d, u"CREATE TABLE IF NOT EXISTS message_shapes (id INTEGER PRIMARY KEY, %1, UNIQUE (%2))"_s
                                          .arg(shapeColumns.join(u", "_s), shapeFields().join(u", "_s)));
    const QString days = Sql::ddl(d, u"CREATE TABLE IF NOT EXISTS message_days (shape INTEGER NOT NULL, day INTEGER NOT NULL, %1,"
                                     " PRIMARY KEY (shape, day))"_s.arg(eachHour([](int h) -> QString {
                                         return hourColumn(h) + u" INTEGER NOT NULL DEFAULT 0"_s;
                                     })));
    QStringList matching;
    for (const QString &f : shapeFields())
        matching << u"s.%1 = coalesce(m.%1, '')"_s.arg(f);
    return exec(q, table, error) && exec(q, days, error)
        && exec(q, u"DELETE FROM message_days"_s, error)
        && exec(q, u"INSERT INTO message_shapes (%1) SELECT DISTINCT %2 FROM messages m WHERE 1 = 1 ON CONFLICT DO NOTHING"_s
                       .arg(shapeFields().join(u", "_s), shapeValues(u"m"_s)), error)
        && exec(q, u"INSERT INTO message_days (shape, day, %1) SELECT s.id, m.message_date / %2, %3 FROM messages m "
                   "JOIN message_shapes s ON %4 GROUP BY s.id, m.message_date / %2"_s
                       .arg(hourColumns())
                       .arg(DayMs)
                       .arg(eachHour([](int h) -> QString { return u"SUM(%1)"_s.arg(hourFlag(u"m"_s, h)); }), matching.join(u" AND "_s)),
                   error)
        && installTriggers(q, d, error);
}

std::optional<LogRollups::Hours> LogRollups::perHour(const QSqlDatabase &db, const OneViewFilter &filter, QString *error)
{
    QVariantList bindings;
    const QString where = filter.toSql(&bindings);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT d.day, s.exception_type, %1 FROM message_days d JOIN message_shapes s ON s.id = d.shape "
              "WHERE %2 GROUP BY d.day, s.exception_type"_s.arg(allHours(), where));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    Hours hours;
    while (q.next()) {
        const qint64 day = q.value(0).toLongLong() * DayMs;
        const QString type = q.value(1).toString();
        for (int h = 0; h < 24; ++h) {
            if (const qint64 n = q.value(2 + h).toLongLong(); n > 0)
                hours.byHour[day + h * HourMs][type] += n;
        }
    }
    return hours;
}

QString LogRollups::facetSql(const QString &field, const QString &where)
{
    const QString messages = eachHour([](int h) -> QString { return u"d."_s + hourColumn(h); }, u" + "_s);
    return u"SELECT s.%1, SUM(%2) FROM message_days d JOIN message_shapes s ON s.id = d.shape WHERE %3 GROUP BY s.%1 "
           "HAVING SUM(%2) > 0"_s.arg(field, messages, where);
}
