// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/replicationenvironment.h"
#include "routing/tenantrouting.h"

#include <QString>

#include <memory>
#include <optional>

class MessageLogStore;
class ResubmissionJournal;
class DatabaseConnection;


// One environment's database: the file (owner-only when new), its schema brought up to date by
// the numbered EnvironmentMigrations, and the stores that live in it: the replicated log, the
// resubmission journal and the routing model. Each store gets a connection of its own (the log
// is read on worker threads; the journal writes with synchronous = FULL), all opened through here
// so that none of them meets a schema it does not know. The path is a DatabaseLocation: a SQLite
// file, or a PostgreSQL database that a team shares.
class EnvironmentDatabase
{
public:
    explicit EnvironmentDatabase(const QString &path);
    ~EnvironmentDatabase();
    EnvironmentDatabase(const EnvironmentDatabase &) = delete;
    EnvironmentDatabase &operator=(const EnvironmentDatabase &) = delete;

    // Opens the file and upgrades its schema; false with the reason (cannot be read or written,
    // made by a newer workbench, a step failed).
    bool open(QString *error);
    QString path() const { return m_path; }
    int schemaVersion() const;

    std::unique_ptr<MessageLogStore> openLogStore(QString *error) const;
    std::unique_ptr<ResubmissionJournal> openJournal(QString *error) const;
    std::optional<TenantRouting> routing(QString *error) const; // none kept yet: nullopt, empty error
    bool saveRouting(const TenantRouting &routing, QString *error) const;

    // Provisioning: a new environment's database with its metadata, then its check.
    static bool create(const ReplicationEnvironment &environment, QString *error);
    static bool verify(const QString &path, QString *error);
    // The environment a database holds (for a teammate who joins it), or the reason there is none.
    static std::optional<ReplicationEnvironment> readEnvironment(const QString &path, QString *error);

private:
    // PostgreSQL: recent enough, the database free or this environment's, tables may be created.
    static bool checkServer(DatabaseConnection &db, const QString &environmentId, QString *error);

    QString m_path;
    std::unique_ptr<DatabaseConnection> m_db;
};
