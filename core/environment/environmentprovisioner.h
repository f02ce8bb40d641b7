// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/replicationenvironment.h"

#include <QObject>
#include <QPointer>

class EnvironmentRegistry;

// Provisions a new replication environment in steps, reporting progress; cancellable between
// steps; on failure everything it created is removed and the reason says what to do.
class EnvironmentProvisioner : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentProvisioner(EnvironmentRegistry *registry, QObject *parent = nullptr);

    void start(const QString &name, const QString &erp, const QString &region);
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
    int m_step = -1;
    bool m_createdFile = false;
};
