// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// log.summary.broad: what the log page counts for a broad search (outcomes and the timeline of a
// logical id that most rows match), beside the store's own scan, SELECT count(*) of the table.
#include "benchmeasure.h"
#include "messagelog/logtimeline.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"

#include <QSqlQuery>

inline const QString &broadLogFilter()
{
    static const QString text = QStringLiteral(
        "(from_logical_id eq 'lid://infor.m3.m3be') or (to_logical_id eq 'lid://infor.m3.m3be')");
    return text;
}

inline void reportBroadSummary(const MessageLogStore &store, const char *name)
{
    QString error;
    const auto broad = OneViewFilter::parse(broadLogFilter(), &error);
    QElapsedTimer t;
    t.start();
    // As the log page asks (on its worker): the outcomes and the timeline together.
    const LogTimeline::Summary summary = LogTimeline::summarize(store, *broad, [] { return true; });
    const double summaryMs = ms(t);
    if (!summary.complete || summary.hours.isEmpty())
        qFatal("the summary failed");
    QSqlQuery q(store.database());
    t.restart();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM messages")) || !q.next())
        qFatal("count(*) failed");
    reportFigure(name, summaryMs, "ms", "SELECT count(*) FROM messages", ms(t), "<= 0.1");
}
