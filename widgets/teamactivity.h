// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/replicationruns.h"

#include <QLabel>
#include <QPointer>
#include <QTimer>

#include <optional>

class ConnectionWorkspace;
class EnvironmentNotifier;

// "Replicated by anna@host 2 min ago": who last replicated the environment's log, and word
// from the server when a teammate replicates or resubmits (LISTEN/NOTIFY, no polling), so that
// the page showing the log can refresh.
class TeamActivity : public QLabel
{
    Q_OBJECT
public:
    explicit TeamActivity(QWidget *parent = nullptr);
    void setWorkspace(ConnectionWorkspace *workspace);
    // Reads the last replication again (after this window's own).
    void reload();

Q_SIGNALS:
    void logChanged();
    void journalChanged();

private:
    void render();

    QPointer<ConnectionWorkspace> m_workspace;
    EnvironmentNotifier *m_notifier;
    QTimer m_clock; // only the "2 min ago" moves on; nothing is read
    std::optional<ReplicationRuns::Run> m_last;
};
