// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtimelineview.h"

#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

using namespace Qt::StringLiterals;

LogTimelineView::LogTimelineView(QWidget *parent)
    : QChartView(parent)
    , m_messages(new QLineSeries(this))
    , m_errors(new QLineSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_count(new QValueAxis(this))
{
    setObjectName(u"logTimeline"_s);
    m_messages->setName(tr("Messages per hour"));
    m_errors->setName(tr("Errors per hour"));
    m_errors->setColor(QColor(0xc0, 0x1c, 0x28));
    auto *chart = new QChart;
    chart->addSeries(m_messages);
    chart->addSeries(m_errors);
    m_time->setFormat(u"dd MMM HH:mm"_s);
    m_time->setTickCount(7);
    m_count->setLabelFormat(u"%d"_s);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (QLineSeries *s : {m_messages, m_errors}) {
        s->attachAxis(m_time);
        s->attachAxis(m_count);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setToolTip(tr("Click an hour to show only its messages"));
    setMinimumHeight(130);
    setMaximumHeight(170);
}

QDateTime LogTimelineView::hourAt(qreal x)
{
    constexpr qint64 hourMs = 3'600'000;
    const qint64 ms = qint64(x);
    // Each point stands for the hour that starts there.
    return QDateTime::fromMSecsSinceEpoch(ms / hourMs * hourMs, Qt::UTC);
}

void LogTimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    QChartView::mouseReleaseEvent(event);
    // Anywhere in the plot, not only on the thin line, picks the hour under the pointer.
    const QPointF inChart = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(inChart) && m_messages->count() > 0)
        Q_EMIT hourClicked(hourAt(chart()->mapToValue(inChart, m_messages).x()));
}

void LogTimelineView::setBuckets(const QList<LogTimeline::Bucket> &buckets)
{
    QList<QPointF> messages, errors;
    qint64 highest = 0;
    for (const auto &b : buckets) {
        const qreal x = qreal(b.start.toMSecsSinceEpoch());
        messages << QPointF(x, qreal(b.messages));
        errors << QPointF(x, qreal(b.errors));
        highest = qMax(highest, b.messages);
    }
    m_messages->replace(messages);
    m_errors->replace(errors);
    if (!buckets.isEmpty()) {
        m_time->setRange(buckets.first().start.toLocalTime(), buckets.last().start.addSecs(3600).toLocalTime());
        m_count->setRange(0, qreal(qMax<qint64>(highest, 1)));
    }
}
