// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"
#include "messagelog/logexport.h"
#include "resubmission/resubmitter.h"
#include "routing/tenantrouting.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class EnvironmentDatabase;
class LogReplicator;
class MessageLogStore;
class OAuthSession;
class ResubmissionJournal;
class ResubmissionPlan;

// A connection opened for work: its profile (secrets included), its OAuth session, its
// environment's database with the replicated log and the resubmission journal, replication,
// payload fetching and resubmission. The window and every headless command reach these only
// through a workspace, so both do the same things the same way; widgets hold a QPointer to it
// and never build a URL.
class ConnectionWorkspace : public QObject
{
    Q_OBJECT
public:
    // Opens the environment (schema upgraded) and its log store; the journal too, though a
    // journal that cannot be opened leaves the log browsable (journal() is null, journalError()
    // says why). `session`: the caller's (the window keeps one per connection), or null for one
    // of the workspace's own.
    static std::unique_ptr<ConnectionWorkspace> open(const ConnectionProfile &profile, const QString &databasePath,
                                                     OAuthSession *session, QString *error);
    ~ConnectionWorkspace() override;

    const ConnectionProfile &profile() const { return m_profile; }
    QString databasePath() const;
    OAuthSession *session() const;
    EnvironmentDatabase *database() const { return m_database.get(); }
    MessageLogStore *logStore() const { return m_store.get(); }
    ResubmissionJournal *journal() const { return m_journal.get(); }
    QString journalError() const { return m_journalError; }
    // Replication into this environment, at the connection's batch size; made on first use.
    LogReplicator *replicator();

    // What will be sent, and how: the same objects for the dialog and the command line.
    std::unique_ptr<ResubmissionPlan> newPlan() const;
    Resubmitter *newResubmitter(QObject *parent) const;
    // How this connection's resubmitters send (concurrency, rate, attempts, in-flight grace).
    void setResubmitterOptions(const Resubmitter::Options &options) { m_resubmitterOptions = options; }
    Resubmitter::Options resubmitterOptions() const { return m_resubmitterOptions; }

    // The entries' payloads (the environment's copy, else the tenant's log) and events, for an
    // export (a plan fetches payloads only).
    void completePayloads(QList<LogExport::Entry> entries, QObject *context,
                          std::function<void(const QList<LogExport::Entry> &)> done) const;
    // One message for the inspector: its payload (the environment's copy, else fetched from the
    // tenant and kept) and its events (always fresh). `error` when the payload cannot be had.
    using MessageCallback = std::function<void(const std::optional<QByteArray> &payload, const QList<LogEvent> &events,
                                               const QString &error)>;
    void fetchMessage(const QString &messageId, QObject *context, MessageCallback done) const;
    // The documents an IMS connection point accepts; nullopt when it is not one or cannot be asked.
    void acceptedDocuments(const QString &logicalId, QObject *context,
                           std::function<void(const std::optional<QStringList> &)> done) const;

    // The built-in sandbox's routing model (only when the connection's tenant is on loopback).
    void sandboxRouting(QObject *context, std::function<void(std::optional<TenantRouting>, QString)> done) const;

private:
    ConnectionWorkspace() = default;

    ConnectionProfile m_profile;
    std::unique_ptr<OAuthSession> m_ownSession;
    QPointer<OAuthSession> m_session;
    std::unique_ptr<EnvironmentDatabase> m_database;
    std::unique_ptr<MessageLogStore> m_store;
    std::unique_ptr<ResubmissionJournal> m_journal;
    QString m_journalError;
    LogReplicator *m_replicator = nullptr;
    Resubmitter::Options m_resubmitterOptions;
};
