// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/replicationenvironment.h"

#include <QObject>
#include <QPointer>

class EnvironmentRegistry;

// Provisions a replication environment in steps, reporting progress; cancellable between
// steps; on failure the reason says what to do. Embedded: a new SQLite file (removed again on
// failure). PostgreSQL: the environment's schema in a database on the team's server, checked
// first (reachable, authenticated, version, CREATE, not another environment's); or, to join,
// the environment a teammate provisioned there, taken over with its id and name.
class EnvironmentProvisioner : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentProvisioner(EnvironmentRegistry *registry, QObject *parent = nullptr);

    struct Request
    {
        QString name;
        QString erp;
        QString region;
        QString server; // a postgresql:// location; empty: embedded (this computer)
        QString password; // for the server's user, if libpq is not to find it itself
        bool join = false; // take over the environment already in that database
    };
    void start(const Request &request);
    void start(const QString &name, const QString &erp, const QString &region) { start(Request {name, erp, region}); }
    void cancel();
    bool isRunning() const { return m_step >= 0; }
    static QString checkName(const QString &name);

Q_SIGNALS:
    void progress(int percent, const QString &step);
    void succeeded(const ReplicationEnvironment &environment);
    void failed(const QString &reason);

private:
    void runStep();
    void failWith(const QString &reason);
    void cleanUp();

    QPointer<EnvironmentRegistry> m_registry;
    ReplicationEnvironment m_env;
    Request m_request;
    int m_step = -1;
    bool m_createdFile = false;
};
