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

namespace {
// 1, 2 or 5 times a power of ten, at least `rough`: steps a person reads at a glance.
qint64 niceStep(double rough)
{
    qint64 power = 1;
    while (power * 10 <= rough)
        power *= 10;
    for (const qint64 m : {1, 2, 5, 10}) {
        if (power * m >= rough)
            return power * m;
    }
    return power * 10;
}
} // namespace

void LogTimelineView::setCounting()
{
    // A new search is being counted: an empty chart must not claim there is nothing.
    if (m_messages->count() == 0)
        chart()->setTitle(tr("Counting…"));
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
    // Nothing to draw: say so, instead of an axis of "01 Jan 00:00" seven times.
    const bool empty = buckets.isEmpty();
    m_time->setVisible(!empty);
    m_count->setVisible(!empty);
    chart()->setTitle(empty ? tr("No messages in this search") : QString());
    if (empty)
        return;
    // Counts: whole numbers at even steps (0, 50, 100, 150), each label once.
    const qint64 step = niceStep(qMax<qint64>(highest, 1) / 4.0);
    const qint64 top = qMax<qint64>(1, (highest + step - 1) / step) * step;
    m_count->setRange(0, qreal(top));
    m_count->setTickCount(int(top / step) + 1);
    // Time: whole days (or hours, for a short search) between ticks, the range widened to fit.
    const QDateTime first = buckets.first().start.toLocalTime();
    const QDateTime last = buckets.last().start.addSecs(3600).toLocalTime();
    const qint64 hours = qMax<qint64>(1, (first.secsTo(last) + 3599) / 3600);
    if (hours > 48) {
        const QDateTime start(first.date(), QTime(0, 0));
        const qint64 days = qMax<qint64>(1, start.daysTo(last) + (last.time() == QTime(0, 0) ? 0 : 1));
        const qint64 dayStep = (days + 5) / 6;
        const qint64 ticks = (days + dayStep - 1) / dayStep;
        m_time->setFormat(u"dd MMM"_s);
        m_time->setRange(start, start.addDays(ticks * dayStep));
        m_time->setTickCount(int(ticks) + 1);
    } else {
        const QDateTime start(first.date(), QTime(first.time().hour(), 0));
        const qint64 hourStep = (hours + 5) / 6;
        const qint64 ticks = (hours + hourStep - 1) / hourStep;
        m_time->setFormat(u"dd MMM HH:mm"_s);
        m_time->setRange(start, start.addSecs(ticks * hourStep * 3600));
        m_time->setTickCount(int(ticks) + 1);
    }
}
