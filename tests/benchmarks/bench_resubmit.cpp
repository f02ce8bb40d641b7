// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (c) of the message-log issue: resubmit 10,000 BODs to the sandbox through the
// journal, against the raw request rate of the same endpoint measured by a plain loop (same
// concurrency, no journal, no guard) in the same run. IONWB_BENCH_DOCUMENTS sets the count.
#include "benchmeasure.h"
#include "benchsandbox.h"
#include "ion/imsmessage.h"
#include "ion/oauthsession.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmission/resubmitter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QByteArray bod(const QByteArray &templ, int i, const char *prefix)
{
    return QByteArray(templ).replace("V10442", QByteArray(prefix + QByteArray::number(i)));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = qEnvironmentVariableIsSet("IONWB_BENCH_DOCUMENTS") ? qEnvironmentVariableIntValue("IONWB_BENCH_DOCUMENTS") : 10000;
    const int concurrency = 8;
    QTemporaryDir dir;
    const SandboxProcess sandbox(0, 20'000);
    const ConnectionProfile &profile = sandbox.profile;
    QFile t(QStringLiteral(TEST_DATA_DIR "/bod/input/sync-supplier-party-master.xml"));
    t.open(QIODevice::ReadOnly);
    const QByteArray templ = t.readAll().replace("lid://infor.fsm.acme_fsm", "lid://infor.ims.workbench");

    // Raw: the same endpoint, `concurrency` requests at a time, nothing else.
    OAuthSession session(OAuthSession::configFor(profile));
    int sent = 0, done = 0, ok = 0;
    QElapsedTimer clock;
    std::function<void()> next = [&] {
        if (sent >= n)
            return;
        ImsMessage m;
        m.documentName = u"Sync.SupplierPartyMaster"_s;
        m.messageId = ImsMessage::newMessageId();
        m.fromLogicalId = u"lid://infor.ims.workbench"_s;
        m.payload = bod(templ, sent++, "RAW");
        QByteArray type;
        const QByteArray body = m.multipartBody(&type);
        session.send("POST", IonEndpoints::imsMultipartMessage(profile.serviceUrl, 3), body, type, [&](const HttpOutcome &o) {
            ++done;
            ok += o.ok() ? 1 : 0;
            if (done == n)
                app.quit();
            else
                next();
        }, HttpExchange::Resend::Never);
    };
    bool ready = false;
    session.ensureToken([&](const OAuthError &e) {
        ready = e.ok();
        app.quit();
    });
    app.exec();
    if (!ready)
        qFatal("no token");
    clock.start();
    for (int i = 0; i < concurrency; ++i)
        next();
    app.exec();
    const double rawSeconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("raw loop:     %d requests (%d accepted) in %.2f s: %.0f a second\n", n, ok, rawSeconds, n / rawSeconds);

    // The resubmitter: journal before every attempt, the same concurrency, no rate limit.
    ResubmissionJournal journal(dir.filePath(u"journal.sqlite"_s));
    QString jerror;
    journal.open(&jerror);
    QList<ResubmissionJournal::Item> items;
    for (int i = 0; i < n; ++i) {
        ResubmissionJournal::Item item;
        item.documentName = u"Sync.SupplierPartyMaster"_s;
        item.documentId = u"JRN%1"_s.arg(i);
        item.fromLogicalId = u"lid://infor.ims.workbench"_s;
        item.payload = bod(templ, i, "JRN");
        items << item;
    }
    clock.restart();
    const auto batch = journal.addBatch(u"bench"_s, items, &jerror);
    const double journalSeconds = double(clock.nsecsElapsed()) / 1e9;
    Resubmitter resubmitter(&session, &journal, profile.serviceUrl);
    Resubmitter::Options options;
    options.concurrency = concurrency;
    options.ratePerMinute = 100'000'000;
    resubmitter.setOptions(options);
    QObject::connect(&resubmitter, &Resubmitter::finished, &app, &QCoreApplication::quit);
    clock.restart();
    resubmitter.run(*batch);
    app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const int accepted = journal.counts(*batch).value(ResubmissionJournal::State::Accepted);
    std::printf("journalling:  %d items in %.2f s\n", n, journalSeconds);
    std::printf("resubmitter:  %d accepted in %.2f s: %.0f a second\n", accepted, seconds, accepted / seconds);
    reportFigure("resubmit.rate", accepted / seconds, "docs/s", "raw loop to the same endpoint", n / rawSeconds, ">= 0.9");
    return 0;
}
