// SPDX-License-Identifier: GPL-3.0-or-later
// replication.rate: log entries a second copied from a sandbox (its own process, on loopback) into
// an environment, against a plain loop that pages the same API with the same page size and stores
// nothing, in the same run. IONWB_BENCH_REPLICATE sets the log's size (default 100,000).
#include "benchmeasure.h"
#include "benchsandbox.h"
#include "ion/oauthsession.h"
#include "messagelog/logreplicator.h"
#include "messagelog/messagelogstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
constexpr int PageSize = 1000; // a connection's default Batch Size

// Pages 1.. of the log as the replicator asks for them, reading nothing but the count.
double plainPagingRate(OAuthSession *session, const QUrl &serviceUrl, const QString &filter)
{
    qint64 total = -1, received = 0;
    int page = 1;
    bool failed = false;
    std::function<void()> next = [&] {
        session->get(LogReplicator::pageUrl(serviceUrl, filter, page, PageSize), [&](const HttpOutcome &o) {
            if (!o.ok()) {
                failed = true;
                QCoreApplication::quit();
                return;
            }
            if (total < 0)
                total = QJsonDocument::fromJson(o.body).object().value(u"numFound"_s).toInteger();
            received += qMin<qint64>(PageSize, total - received);
            if (received >= total) {
                QCoreApplication::quit();
                return;
            }
            ++page;
            next();
        });
    };
    QElapsedTimer t;
    t.start();
    next();
    QCoreApplication::exec();
    if (failed)
        qFatal("the plain loop's request failed");
    return double(received) / (ms(t) / 1000);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int entries = qEnvironmentVariableIsSet("IONWB_BENCH_REPLICATE") ? qEnvironmentVariableIntValue("IONWB_BENCH_REPLICATE") : 100000;
    QTemporaryDir dir;
    const SandboxProcess sandbox(entries, 300'000);
    const ConnectionProfile &profile = sandbox.profile;
    OAuthSession session(OAuthSession::configFor(profile));
    bool ready = false;
    session.ensureToken([&](const OAuthError &e) {
        ready = e.ok();
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    if (!ready)
        qFatal("no token");

    // The same filter the replicator starts with on an empty environment (45 days back).
    const QString filter = LogReplicator::sinceFilter(QDateTime::currentDateTimeUtc().addDays(-45));
    const double plain = plainPagingRate(&session, profile.serviceUrl, filter);

    MessageLogStore store(dir.filePath(u"environment.sqlite"_s));
    QString error;
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    LogReplicator replicator(&session, &store, profile.serviceUrl);
    replicator.setBatchSize(PageSize);
    bool ok = false;
    QObject::connect(&replicator, &LogReplicator::finished, &app, [&](bool done, const QString &message) {
        ok = done;
        if (!done)
            qWarning("%s", qPrintable(message));
        QCoreApplication::quit();
    });
    QElapsedTimer t;
    t.start();
    replicator.start();
    QCoreApplication::exec();
    const double seconds = ms(t) / 1000;
    if (!ok || store.count() != entries)
        qFatal("replication stored %lld of %d", store.count(), entries);
    std::printf("replicated %d entries in %.2f s (pages of %d)\n", entries, seconds, PageSize);
    reportFigure("replication.rate", entries / seconds, "entries/s", "plain paging loop, same API and page size", plain,
                 ">= 0.8");
    return 0;
}
