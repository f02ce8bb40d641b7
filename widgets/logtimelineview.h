// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logtimeline.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// The log view's timeline: messages and errors per hour (Qt Charts). Clicking it picks that
// hour, and the log view narrows its search to it.
class LogTimelineView : public QChartView
{
    Q_OBJECT
public:
    explicit LogTimelineView(QWidget *parent = nullptr);
    void setBuckets(const QList<LogTimeline::Bucket> &buckets);
    void setCounting(); // a search is being counted (the old hours stay until the new ones come)
    // The hour under a point in chart coordinates (milliseconds since the epoch on x).
    static QDateTime hourAt(qreal x);

Q_SIGNALS:
    void hourClicked(const QDateTime &hourStartUtc);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLineSeries *m_messages;
    QLineSeries *m_errors;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
};
