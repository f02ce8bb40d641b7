// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmitcommand.h"

#include "bod/bodparser.h"
#include "exitcode.h"
#include "headlessconnection.h"
#include "ion/ionendpoints.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmission/resubmissionplan.h"
#include "resubmission/resubmitter.h"
#include "workspace/connectionworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

namespace {
bool isUnfinished(const QHash<State, int> &counts)
{
    return counts.value(State::Pending) + counts.value(State::Retrying) + counts.value(State::Sending)
        + counts.value(State::Unknown) > 0;
}

// BOD files from a folder, as plan entries: no failure in the log to compare with.
QList<LogExport::Entry> entriesFromFiles(const QString &dir, QStringList *problems)
{
    QList<LogExport::Entry> entries;
    const QFileInfoList files = QDir(dir).entryInfoList({u"*.xml"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            *problems << f.fileName() + u": "_s + file.errorString();
            continue;
        }
        LogExport::Entry e;
        e.payload = file.readAll();
        const BodDocument bod = BodParser::parse(e.payload);
        if (!bod.isValid()) {
            *problems << f.fileName() + u": "_s + bod.problems.value(0).message;
            continue;
        }
        e.message.documentType = bod.facts.documentName();
        e.message.documentId = bod.facts.documentId;
        e.message.messageId = f.fileName();
        entries << e;
    }
    return entries;
}

// Messages that match a filter in the replicated log; the plan fetches payloads not yet stored.
QList<LogExport::Entry> entriesFromLog(MessageLogStore *store, const QString &filterText, QStringList *problems)
{
    QString error;
    const auto filter = OneViewFilter::parse(filterText, &error);
    if (!filter) {
        *problems << error;
        return {};
    }
    const auto page = store->search(*filter, 1, 100000, u"message_date:asc"_s, &error);
    if (!page) {
        *problems << error;
        return {};
    }
    QList<LogExport::Entry> entries;
    for (const LogMessage &m : page->records)
        entries.append({m, store->payload(m.messageId).value_or(QByteArray()), {}});
    return entries;
}
} // namespace

int ResubmitCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Resubmits BODs through IMS, journalled, exactly once."_s);
    parser.addHelpOption();
    HeadlessConnection::addOptions(parser);
    parser.addOption({u"filter"_s, u"Resubmit the replicated log's messages that match."_s, u"filter"_s});
    parser.addOption({u"files"_s, u"Resubmit the BOD files (*.xml) in this folder."_s, u"dir"_s});
    parser.addOption({u"resume"_s, u"Finish the batches an earlier run left unfinished."_s});
    parser.addOption({u"force"_s, u"Send documents already resubmitted and accepted once more."_s});
    parser.addOption({u"from-logical-id"_s, u"The sending connection point."_s, u"lid"_s, IonEndpoints::workbenchLogicalId});
    parser.addOption({u"concurrency"_s, u"Requests at once (default 4)."_s, u"n"_s, u"4"_s});
    parser.addOption({u"rate"_s, u"Requests a minute at most (default 2400)."_s, u"n"_s, u"2400"_s});
    parser.addOption({u"in-flight-grace"_s, u"Seconds a lost request may still reach ION before it is sent again "
                                            "(default 90; the Gateway waits 60 s for a backend)."_s,
                      u"seconds"_s, u"90"_s});
    parser.addOption({u"max-attempts"_s, u"Attempts per document before it fails (default 8)."_s, u"n"_s, u"8"_s});
    parser.addOption({u"max-backoff"_s, u"Longest wait between attempts, in seconds (default 30)."_s, u"seconds"_s, u"30"_s});
    parser.addOption({u"json"_s, u"Machine-readable summary."_s});
    parser.process(arguments);
    const int modes = int(parser.isSet(u"filter"_s)) + int(parser.isSet(u"files"_s)) + int(parser.isSet(u"resume"_s));
    if (modes != 1) {
        QTextStream(stderr) << "give one of --filter, --files or --resume\n";
        return BadInput;
    }

    std::unique_ptr<ConnectionWorkspace> workspace;
    ResubmissionJournal *journal = nullptr;
    std::unique_ptr<ResubmissionPlan> plan;
    std::unique_ptr<Resubmitter> resubmitter;
    QStringList batches;
    int exitCode = Ok;
    // Sends the batches in `batches`, one after the other.
    std::function<void()> startSending = [&] {
        Resubmitter::Options options = workspace->resubmitterOptions();
        options.concurrency = qMax(1, parser.value(u"concurrency"_s).toInt());
        options.ratePerMinute = qMax(1, parser.value(u"rate"_s).toInt());
        options.inFlightGraceMs = qMax(0, parser.value(u"in-flight-grace"_s).toInt()) * 1000;
        options.maxAttempts = qMax(1, parser.value(u"max-attempts"_s).toInt());
        options.maxBackoffMs = qMax(1, parser.value(u"max-backoff"_s).toInt()) * 1000;
        workspace->setResubmitterOptions(options);
        resubmitter.reset(workspace->newResubmitter(nullptr));
        auto next = std::make_shared<std::function<void()>>();
        auto current = std::make_shared<QString>();
        *next = [&, next, current] {
            if (batches.isEmpty()) {
                QCoreApplication::exit(exitCode);
                return;
            }
            *current = batches.takeFirst();
            resubmitter->run(*current);
        };
        QObject::connect(resubmitter.get(), &Resubmitter::progress, qApp, [](const QHash<State, int> &counts) {
            QTextStream(stderr) << "\raccepted " << counts.value(State::Accepted) << ", failed " << counts.value(State::Failed)
                                << Qt::flush;
        });
        QObject::connect(resubmitter.get(), &Resubmitter::waitingForToken, qApp, [](const QString &reason, int retryInMs) {
            QTextStream(stderr) << "\nwaiting for a token (" << reason << "); nothing is sent for " << retryInMs
                                << " ms, and no document is charged for it\n" << Qt::flush;
        });
        QObject::connect(resubmitter.get(), &Resubmitter::finished, qApp, [&, next, current](bool complete,
                                                                                              const QString &summary) {
            QTextStream out(stdout);
            // What failed, and why: the reason is what a person acts on.
            const QList<ResubmissionJournal::Item> failed = journal->items(*current, State::Failed);
            if (parser.isSet(u"json"_s)) {
                QJsonArray failures;
                for (const auto &item : failed)
                    failures.append(QJsonObject {{u"document"_s, item.documentName}, {u"documentId"_s, item.documentId},
                                                 {u"reason"_s, item.reason}});
                out << QJsonDocument(QJsonObject {{u"complete"_s, complete}, {u"summary"_s, summary}, {u"failed"_s, failures}})
                           .toJson(QJsonDocument::Compact)
                    << '\n';
            } else {
                out << "\n" << summary << '\n';
                for (const auto &item : failed)
                    out << "failed: " << item.documentName << ' ' << item.documentId << ": " << item.reason << '\n';
            }
            out.flush();
            const auto counts = journal->counts(*current);
            if (!complete || counts.value(State::Failed) > 0 || isUnfinished(counts))
                exitCode = Failed;
            QMetaObject::invokeMethod(qApp, [next] { (*next)(); }, Qt::QueuedConnection);
        });
        (*next)();
    };
    auto start = [&] {
    HeadlessConnection::resolve(parser, [&](std::optional<HeadlessConnection> c, const QString &error) {
        QTextStream err(stderr);
        if (!c) {
            err << error << '\n';
            QCoreApplication::exit(BadInput);
            return;
        }
        QString openError;
        workspace = c->openWorkspace(&openError);
        if (!workspace || !workspace->journal()) {
            err << (workspace ? workspace->journalError() : openError) << '\n';
            QCoreApplication::exit(BadInput);
            return;
        }
        journal = workspace->journal();
        plan = workspace->newPlan();
        batches = plan->unfinishedBatches();
        if (!parser.isSet(u"resume"_s)) {
            if (!batches.isEmpty()) {
                err << "an earlier resubmission is unfinished (" << batches.join(u", "_s)
                    << "); finish it with --resume first, so that nothing is sent twice\n";
                QCoreApplication::exit(BadInput);
                return;
            }
            QStringList problems;
            const auto entries = parser.isSet(u"files"_s) ? entriesFromFiles(parser.value(u"files"_s), &problems)
                                                          : entriesFromLog(workspace->logStore(), parser.value(u"filter"_s), &problems);
            for (const QString &p : problems)
                err << "not queued: " << p << '\n';
            if (entries.isEmpty()) {
                err << "nothing to resubmit\n";
                QCoreApplication::exit(problems.isEmpty() ? Ok : BadInput);
                return;
            }
            // The duplicate guard, as in the window; --force sends what it holds back.
            QObject::connect(plan.get(), &ResubmissionPlan::ready, qApp, [&, problemCount = problems.size()] {
                QTextStream err(stderr);
                if (parser.isSet(u"force"_s))
                    plan->sendAll();
                int held = 0;
                for (const auto &candidate : plan->candidates()) {
                    if (!candidate.send) {
                        ++held;
                        err << "held back: " << candidate.message.documentType << ' ' << candidate.message.documentId
                            << ": " << candidate.verdict.text() << '\n';
                    }
                }
                QString error;
                const auto batch = plan->journal(u"headless %1"_s.arg(QDateTime::currentDateTime().toString(Qt::ISODate)),
                                                 parser.value(u"from-logical-id"_s), &error);
                if (!batch) {
                    err << error << '\n';
                    QCoreApplication::exit(held > 0 && problemCount == 0 ? Ok : BadInput);
                    return;
                }
                err << "journalled " << plan->candidates().size() - held << " item(s) as batch " << *batch << '\n'
                    << Qt::flush; // before the progress of sending
                batches = {*batch};
                startSending();
            });
            plan->prepare(entries);
            return;
        }
        startSending();
    });
    };
    // Inside the event loop, so that exit() always ends it.
    QMetaObject::invokeMethod(qApp, start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
