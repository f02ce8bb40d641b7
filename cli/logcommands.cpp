// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcommands.h"

#include "exitcode.h"
#include "headlessconnection.h"
#include "messagelog/logreplicator.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "resubmission/resubmissionjournal.h"
#include "workspace/connectionworkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// Parses, resolves the connection, then runs `body` inside the event loop.
int withConnection(const QStringList &arguments, const QString &description,
                   const std::function<void(QCommandLineParser &)> &addOptions,
                   const std::function<void(const QCommandLineParser &, ConnectionWorkspace &)> &body)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    HeadlessConnection::addOptions(parser);
    addOptions(parser);
    parser.process(arguments);
    std::unique_ptr<ConnectionWorkspace> workspace;
    // Inside the event loop, so that exit() from the body always ends it.
    QMetaObject::invokeMethod(
        qApp,
        [&] {
            HeadlessConnection::resolve(parser, [&](std::optional<HeadlessConnection> c, const QString &error) {
                if (!c) {
                    QTextStream(stderr) << error << '\n';
                    QCoreApplication::exit(BadInput);
                    return;
                }
                QString openError;
                workspace = c->openWorkspace(&openError);
                if (!workspace) {
                    QTextStream(stderr) << openError << '\n';
                    QCoreApplication::exit(BadInput);
                    return;
                }
                body(parser, *workspace);
            });
        },
        Qt::QueuedConnection);
    return QCoreApplication::exec();
}
} // namespace

int LogCommands::replicate(const QStringList &arguments)
{
    return withConnection(
        arguments, u"Copies what is new in the tenant's message log into the replication environment."_s,
        [](QCommandLineParser &p) {
            p.addOption({u"batch-size"_s, u"Records per call (default: the connection's Batch Size)."_s, u"n"_s});
        },
        [](const QCommandLineParser &p, ConnectionWorkspace &w) {
            LogReplicator *replicator = w.replicator();
            if (p.isSet(u"batch-size"_s))
                replicator->setBatchSize(p.value(u"batch-size"_s).toInt());
            MessageLogStore *store = w.logStore();
            QObject::connect(replicator, &LogReplicator::progress, qApp, [](qint64 done, qint64 total) {
                QTextStream(stderr) << "\rreplicated " << done << " of " << total << Qt::flush;
            });
            QObject::connect(replicator, &LogReplicator::finished, qApp, [store](bool ok, const QString &message) {
                QTextStream(stderr) << '\n';
                QTextStream(stdout) << message << " The environment holds " << store->count() << " messages.\n";
                QCoreApplication::exit(ok ? Ok : Failed);
            });
            replicator->start();
        });
}

int LogCommands::search(const QStringList &arguments)
{
    return withConnection(
        arguments, u"Searches the replicated message log (run `log replicate` first)."_s,
        [](QCommandLineParser &p) {
            p.addOption({u"filter"_s, u"Filter, e.g. \"(exception_type eq 'Error') and (document_type eq 'Sync.SalesOrder')\"."_s,
                         u"filter"_s});
            p.addOption({u"limit"_s, u"At most this many messages (default 100)."_s, u"n"_s, u"100"_s});
            p.addOption({u"json"_s, u"Machine-readable output."_s});
        },
        [](const QCommandLineParser &p, ConnectionWorkspace &w) {
            QString error;
            const auto filter = OneViewFilter::parse(p.value(u"filter"_s), &error);
            std::optional<MessageLogStore::Page> page;
            if (filter)
                page = w.logStore()->search(*filter, 1, qMax(1, p.value(u"limit"_s).toInt()), u"message_date:desc"_s, &error);
            if (!page) {
                QTextStream(stderr) << error << '\n';
                QCoreApplication::exit(BadInput);
                return;
            }
            QTextStream out(stdout);
            if (p.isSet(u"json"_s)) {
                QJsonArray data;
                for (const LogMessage &m : page->records)
                    data.append(m.toJson());
                out << QJsonDocument(QJsonObject {{u"numFound"_s, page->numFound}, {u"data"_s, data}}).toJson();
            } else {
                for (const LogMessage &m : page->records)
                    out << m.messageDate.toString(Qt::ISODate) << "  " << m.documentType << "  " << m.documentId << "  "
                        << (m.exceptionType.isEmpty() ? m.status : m.exceptionType) << "  " << m.messageId << '\n';
                out << page->numFound << " found\n";
            }
            out.flush();
            QCoreApplication::exit(Ok);
        });
}

int LogCommands::journal(const QStringList &arguments)
{
    return withConnection(
        arguments, u"Shows past resubmissions: batches with their counts, or one batch's items."_s,
        [](QCommandLineParser &p) {
            p.addOption({u"batch"_s, u"Show this batch's items."_s, u"id"_s});
            p.addOption({u"json"_s, u"Machine-readable output."_s});
        },
        [](const QCommandLineParser &p, ConnectionWorkspace &w) {
            if (!w.journal()) {
                QTextStream(stderr) << w.journalError() << '\n';
                QCoreApplication::exit(BadInput);
                return;
            }
            const ResubmissionJournal &journal = *w.journal();
            QTextStream out(stdout);
            QJsonArray rows;
            if (p.isSet(u"batch"_s)) {
                for (const auto &i : journal.items(p.value(u"batch"_s))) {
                    const QString state = ResubmissionJournal::stateName(i.state);
                    rows.append(QJsonObject {{u"item"_s, i.id}, {u"documentName"_s, i.documentName},
                                             {u"documentId"_s, i.documentId}, {u"state"_s, state},
                                             {u"attempts"_s, i.attempts}, {u"reason"_s, i.reason}});
                    if (!p.isSet(u"json"_s))
                        out << i.id << "  " << i.documentName << "  " << i.documentId << "  " << state << "  "
                            << i.attempts << " attempt(s)  " << i.reason << '\n';
                }
            } else {
                for (const auto &b : journal.batches()) {
                    QJsonObject counts;
                    for (auto it = b.counts.begin(); it != b.counts.end(); ++it)
                        counts.insert(ResubmissionJournal::stateName(it.key()), it.value());
                    rows.append(QJsonObject {{u"batch"_s, b.id}, {u"label"_s, b.label},
                                             {u"created"_s, b.created.toString(Qt::ISODate)}, {u"counts"_s, counts},
                                             {u"createdBy"_s, b.createdBy}, {u"appVersion"_s, b.appVersion}});
                    if (!p.isSet(u"json"_s))
                        out << b.id << "  " << b.created.toString(Qt::ISODate) << "  "
                            << (b.createdBy.isEmpty() ? u"-"_s : b.createdBy) << "  " << b.label << "  "
                            << QJsonDocument(counts).toJson(QJsonDocument::Compact) << '\n';
                }
            }
            if (p.isSet(u"json"_s))
                out << QJsonDocument(rows).toJson();
            out.flush();
            QCoreApplication::exit(Ok);
        });
}
