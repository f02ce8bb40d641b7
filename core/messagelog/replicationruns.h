// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Who replicated the environment's log and when (replication_runs), and the rule that only one
// replication runs at a time in a team's environment: on PostgreSQL a session advisory lock,
// which the server lets go of when the process holding it dies. A SQLite environment is one
// person's file: nothing to wait for there, and its runs are still recorded.
class ReplicationRuns
{
public:
    struct Run
    {
        QString who; // "anna@host"
        QDateTime started;
        QDateTime finished; // invalid while it runs
        qint64 messages = 0;
        bool ok = false;
    };

    explicit ReplicationRuns(const QSqlDatabase &db);
    ~ReplicationRuns();

    // Takes the environment's replication and records its start; false when a teammate holds it
    // (`holder` says who and since when) or the database failed (`error`).
    bool begin(Run *holder, QString *error);
    // Records the end, lets the replication go and tells open windows.
    void end(bool ok, qint64 messages);
    bool isRunning() const { return m_runId >= 0; }
    // The newest finished run.
    std::optional<Run> last() const;

private:
    QSqlDatabase m_db;
    qint64 m_runId = -1;
};
