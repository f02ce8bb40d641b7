// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmitcommand.h"

#include "bodparser.h"
#include "headlessconnection.h"
#include "messagelogstore.h"
#include "oauthsession.h"
#include "oneviewfilter.h"
#include "resubmissionjournal.h"
#include "resubmitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

namespace {
enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

bool isUnfinished(const QHash<State, int> &counts)
{
    return counts.value(State::Pending) + counts.value(State::Retrying) + counts.value(State::Sending)
        + counts.value(State::Unknown) > 0;
}

// BOD files from a folder, as journal items.
QList<ResubmissionJournal::Item> itemsFromFiles(const QString &dir, const QString &from, QStringList *problems)
{
    QList<ResubmissionJournal::Item> items;
    const QFileInfoList files = QDir(dir).entryInfoList({u"*.xml"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            *problems << f.fileName() + u": "_s + file.errorString();
            continue;
        }
        ResubmissionJournal::Item item;
        item.payload = file.readAll();
        const BodDocument bod = BodParser::parse(item.payload);
        if (!bod.isValid()) {
            *problems << f.fileName() + u": "_s + bod.problems.value(0).message;
            continue;
        }
        item.documentName = bod.facts.documentName();
        item.documentId = bod.facts.documentId;
        item.fromLogicalId = from;
        item.sourceMessageId = f.fileName();
        items << item;
    }
    return items;
}

// Messages selected from the replicated log; their payloads come from the log's cache.
QList<ResubmissionJournal::Item> itemsFromLog(const QString &databasePath, const QString &filterText,
                                              const QString &from, QStringList *problems)
{
    QList<ResubmissionJournal::Item> items;
    MessageLogStore store(databasePath);
    QString error;
    const auto filter = OneViewFilter::parse(filterText, &error);
    if (!filter || !store.open(&error)) {
        *problems << error;
        return items;
    }
    const auto page = store.search(*filter, 1, 100000, u"message_date:asc"_s, &error);
    for (const LogMessage &m : page ? page->records : QList<LogMessage>()) {
        const auto payload = store.payload(m.messageId);
        if (!payload) {
            *problems << u"%1: no payload in the replicated log; open it once in the workbench or export it"_s.arg(m.messageId);
            continue;
        }
        ResubmissionJournal::Item item;
        item.documentName = m.documentType;
        item.documentId = m.documentId;
        item.fromLogicalId = from;
        item.sourceMessageId = m.messageId;
        item.payload = *payload;
        items << item;
    }
    return items;
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
    parser.addOption({u"from-logical-id"_s, u"The sending connection point."_s, u"lid"_s, u"lid://infor.ims.workbench"_s});
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

    std::unique_ptr<ResubmissionJournal> journal;
    std::unique_ptr<OAuthSession> session;
    std::unique_ptr<Resubmitter> resubmitter;
    QStringList batches;
    int exitCode = Ok;
    auto start = [&] {
    HeadlessConnection::resolve(parser, [&](std::optional<HeadlessConnection> c, const QString &error) {
        QTextStream err(stderr);
        if (!c) {
            err << error << '\n';
            QCoreApplication::exit(BadInput);
            return;
        }
        journal = std::make_unique<ResubmissionJournal>(c->databasePath);
        QString journalError;
        if (!journal->open(&journalError)) {
            err << journalError << '\n';
            QCoreApplication::exit(BadInput);
            return;
        }
        for (const auto &b : journal->batches()) {
            if (isUnfinished(b.counts))
                batches.prepend(b.id); // oldest first
        }
        if (!parser.isSet(u"resume"_s)) {
            if (!batches.isEmpty()) {
                err << "an earlier resubmission is unfinished (" << batches.join(u", "_s)
                    << "); finish it with --resume first, so that nothing is sent twice\n";
                QCoreApplication::exit(BadInput);
                return;
            }
            QStringList problems;
            const QString from = parser.value(u"from-logical-id"_s);
            auto items = parser.isSet(u"files"_s) ? itemsFromFiles(parser.value(u"files"_s), from, &problems)
                                                  : itemsFromLog(c->databasePath, parser.value(u"filter"_s), from, &problems);
            for (const QString &p : problems)
                err << "not queued: " << p << '\n';
            if (items.isEmpty()) {
                err << "nothing to resubmit\n";
                QCoreApplication::exit(problems.isEmpty() ? Ok : BadInput);
                return;
            }
            const auto batch = journal->addBatch(u"headless %1"_s.arg(QDateTime::currentDateTime().toString(Qt::ISODate)),
                                                 items, &journalError);
            if (!batch) {
                err << journalError << '\n';
                QCoreApplication::exit(BadInput);
                return;
            }
            // The duplicate guard: a document already resubmitted and accepted is skipped.
            if (!parser.isSet(u"force"_s)) {
                // A guard that cannot read or write the journal must not let anything through.
                const auto queued = journal->items(*batch);
                bool guarded = journal->lastError().isEmpty();
                for (const auto &item : queued) {
                    const auto earlier = journal->acceptedFor(item.documentName, item.documentId);
                    guarded = guarded && journal->lastError().isEmpty();
                    if (guarded && !earlier.isEmpty())
                        guarded = journal->setState(item.id, State::Skipped,
                                                    u"already resubmitted and accepted in batch %1"_s.arg(earlier.first().batchId));
                    if (!guarded)
                        break;
                }
                if (!guarded) {
                    err << "the journal could not be read or written, nothing was sent: " << journal->lastError() << '\n';
                    QCoreApplication::exit(BadInput);
                    return;
                }
            }
            batches = {*batch};
            err << "journalled " << items.size() << " item(s) as batch " << *batch << '\n';
        }
        session = std::make_unique<OAuthSession>(OAuthSession::configFor(c->profile));
        resubmitter = std::make_unique<Resubmitter>(session.get(), journal.get(), c->profile.serviceUrl);
        Resubmitter::Options options;
        options.concurrency = qMax(1, parser.value(u"concurrency"_s).toInt());
        options.ratePerMinute = qMax(1, parser.value(u"rate"_s).toInt());
        options.inFlightGraceMs = qMax(0, parser.value(u"in-flight-grace"_s).toInt()) * 1000;
        options.maxAttempts = qMax(1, parser.value(u"max-attempts"_s).toInt());
        options.maxBackoffMs = qMax(1, parser.value(u"max-backoff"_s).toInt()) * 1000;
        resubmitter->setOptions(options);
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
    });
    };
    // Inside the event loop, so that exit() always ends it.
    QMetaObject::invokeMethod(qApp, start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
