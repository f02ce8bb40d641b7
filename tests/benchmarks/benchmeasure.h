// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every benchmark measures with: elapsed milliseconds and this process's resident memory.

#include <QElapsedTimer>
#include <QFile>

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// One figure beside its baseline, measured in the same run. Printed, and appended as one JSON line
// to the file IONWB_BENCH_RESULTS names (scripts/bench.sh gathers them into bench-results.json).
// `goal` is the ratio's bound: "<= 0.1", ">= 0.8", or empty when the figure is only reported.
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

inline bool reportFigure(const char *name, double value, const char *unit, const char *baseline, double baselineValue,
                         const char *goal)
{
    const double ratio = baselineValue != 0 ? value / baselineValue : 0;
    const QByteArray g(goal);
    const double bound = g.mid(2).trimmed().toDouble();
    const bool met = g.isEmpty() || (g.startsWith("<=") ? ratio <= bound : ratio >= bound);
    std::printf("FIGURE %-28s %12.2f %-10s baseline %-40s %12.2f  ratio %7.3f  goal %-7s %s\n", name, value, unit, baseline,
                baselineValue, ratio, goal, g.isEmpty() ? "" : met ? "met" : "MISSED");
    std::fflush(stdout);
    const QString path = qEnvironmentVariable("IONWB_BENCH_RESULTS");
    if (!path.isEmpty()) {
        QFile out(path);
        if (out.open(QIODevice::Append)) {
            const QJsonObject figure {{QStringLiteral("name"), QString::fromUtf8(name)},
                                      {QStringLiteral("value"), value},
                                      {QStringLiteral("unit"), QString::fromUtf8(unit)},
                                      {QStringLiteral("baseline"), QString::fromUtf8(baseline)},
                                      {QStringLiteral("baselineValue"), baselineValue},
                                      {QStringLiteral("ratio"), ratio},
                                      {QStringLiteral("goal"), QString::fromUtf8(goal)},
                                      {QStringLiteral("met"), met}};
            out.write(QJsonDocument(figure).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    return met;
}
