// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (a) of the message-log issue: a store of 1,000,000 log entries. Times the first
// page of a search, filtered searches (logical id, status, date), a fetchMore page deep in the
// list, and the resident memory, against loading the same rows into a QStandardItemModel.
// IONWB_BENCH_ROWS sets the size (default 1,000,000).
#include "benchlogsummary.h"
#include "benchmeasure.h"
#include "demodata.h"
#include "messagelog/logtimeline.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/messagelogstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// Opens the store, scrolls a table model through every row reading each row's cells as a view
// would, and prints the process's resident megabytes.
int browse(const QString &path)
{
    MessageLogStore store(path);
    QString error;
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    MessageLogModel model;
    model.setStore(&store);
    for (int row = 0;; ++row) {
        if (row >= model.rowCount()) {
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        for (int column = 0; column < MessageLogModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    }
    std::printf("%.1f\n", double(residentKiB()) / 1024);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == u"--browse"_s)
        return browse(app.arguments().value(2));
    const int rows = qEnvironmentVariableIsSet("IONWB_BENCH_ROWS") ? qEnvironmentVariableIntValue("IONWB_BENCH_ROWS") : 1000000;
    QTemporaryDir dir;
    MessageLogStore store(dir.filePath(u"log.sqlite"_s));
    QString error;
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer t;
    t.start();
    DemoData::Options o;
    o.messages = rows;
    o.payloads = false;
    o.days = 30;
    o.end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    if (!DemoData::generate(&store, o, &error))
        qFatal("%s", qPrintable(error));
    std::printf("store: %d log entries written in %.0f ms\n", rows, ms(t));

    const qint64 rssBefore = residentKiB();
    MessageLogModel model;
    model.setStore(&store);
    struct Case
    {
        const char *name;
        QString filter;
    };
    const QList<Case> cases {
        {"first page, no filter", QString()},
        {"filter by logical id", broadLogFilter()},
        {"filter by status", u"(exception_type eq 'Error')"_s},
        {"filter by date (one day)", u"message_date range [2026-10-20T00:00:00.000Z, 2026-10-21T00:00:00.000Z]"_s},
    };
    double firstPageMs = 0;
    for (const Case &c : cases) {
        const auto filter = OneViewFilter::parse(c.filter, &error);
        t.restart();
        model.setQuery(*filter, {});
        const double elapsed = ms(t);
        if (firstPageMs == 0)
            firstPageMs = elapsed;
        std::printf("%-28s %8.2f ms  (%s%lld matching, %d rows loaded, with the count)\n", c.name, elapsed,
                    model.isCountCapped() ? "more than " : "", model.isCountCapped() ? MessageLogModel::CountCap : model.totalCount(),
                    model.rowCount());
        // What the log view also asks for each search, on a worker thread: counts per status,
        // the timeline.
        t.restart();
        store.facet(*filter, u"exception_type"_s, &error);
        const double facetMs = ms(t);
        t.restart();
        const auto hours = LogTimeline::perHour(store, *filter, &error);
        std::printf("%-28s %8.2f ms counts per status, %8.2f ms timeline (%lld hours)\n", "", facetMs, ms(t),
                    qint64(hours.size()));
    }
    reportBroadSummary(store, "log.summary.broad.sqlite");
    t.restart();
    model.setQuery(*OneViewFilter::parse({}, &error), {});
    model.sort(MessageLogModel::DocumentColumn, Qt::AscendingOrder);
    std::printf("%-28s %8.2f ms\n", "sorted by document type", ms(t));
    for (int i = 0; i < 10; ++i)
        model.fetchMore({});
    t.restart();
    model.fetchMore({});
    std::printf("%-28s %8.2f ms\n", "  its fetchMore page 12", ms(t));
    model.sort(MessageLogModel::DateColumn, Qt::DescendingOrder);
    model.setQuery(*OneViewFilter::parse({}, &error), {});
    for (int i = 0; i < 49; ++i)
        model.fetchMore({});
    t.restart();
    model.fetchMore({});
    std::printf("%-28s %8.2f ms  (rows %d..%d)\n", "fetchMore page 51", ms(t), model.rowCount() - MessageLogModel::PageSize,
                model.rowCount());
    const qint64 rssModel = residentKiB();
    std::printf("%-28s %8lld KiB resident for the model's %d rows\n", "memory (model)", rssModel - rssBefore,
                model.rowCount());

    // Scrolled end to end, in a process of its own (as the window would be): its whole resident memory.
    {
        QProcess browse;
        browse.start(QCoreApplication::applicationFilePath(), {u"--browse"_s, dir.filePath(u"log.sqlite"_s)});
        if (!browse.waitForFinished(600'000) || browse.exitCode() != 0)
            qFatal("browsing failed: %s", browse.readAllStandardError().constData());
        reportFigure("memory.browse_1m", browse.readAllStandardOutput().trimmed().toDouble(), "MB", "budget: 150 MB", 150,
                     "<= 1");
    }

    // Baseline: every row into a QStandardItemModel, as a naive table would.
    t.restart();
    QStandardItemModel baseline(0, MessageLogModel::ColumnCount);
    const auto everything = store.search(*OneViewFilter::parse({}, &error), 1, rows, u"message_date:desc"_s, &error);
    for (const LogMessage &m : everything->records) {
        baseline.appendRow({new QStandardItem(MessageLogModel::outcome(m)),
                            new QStandardItem(m.messageDate.toString(Qt::ISODate)), new QStandardItem(m.documentType),
                            new QStandardItem(m.direction), new QStandardItem(m.fromLogicalId),
                            new QStandardItem(m.toLogicalId), new QStandardItem(m.documentId),
                            new QStandardItem(m.errorText), new QStandardItem(m.messageId),
                            new QStandardItem(QString::number(m.size))});
    }
    const double baselineMs = ms(t);
    const qint64 rssBaseline = residentKiB();
    std::printf("%-28s %8.0f ms  (%d rows)\n", "baseline: QStandardItemModel", baselineMs, baseline.rowCount());
    std::printf("%-28s %8lld KiB resident\n", "memory (baseline)", rssBaseline - rssModel);
    std::printf("ratio: first page %.0fx faster than the baseline's load; %.0fx less memory\n", baselineMs / firstPageMs,
                double(rssBaseline - rssModel) / double(qMax<qint64>(1, rssModel - rssBefore)));
    return 0;
}
