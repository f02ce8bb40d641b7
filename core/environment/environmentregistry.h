// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/replicationenvironment.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class DatabaseConnection;

// The organisation's replication environments, kept in a small SQLite registry. Enforces the
// rules: each connection has its own environment, and an environment once assigned is never
// shared with or reassigned to another connection.
class EnvironmentRegistry : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentRegistry(const QString &directory, QObject *parent = nullptr);
    ~EnvironmentRegistry() override;

    bool open(QString *error);
    QString directory() const { return m_directory; }

    QList<ReplicationEnvironment> environments() const;
    std::optional<ReplicationEnvironment> environment(const QString &id) const;
    std::optional<ReplicationEnvironment> environmentFor(const QString &connection) const;
    // The environment the form preselects: the default one when free, else the first free one.
    std::optional<ReplicationEnvironment> preselected() const;

    // Creates the embedded default environment if there is none.
    bool ensureDefault(QString *error);
    bool add(const ReplicationEnvironment &environment, QString *error);
    bool assign(const QString &id, const QString &connection, QString *error);
    bool setErp(const QString &id, const QString &erp, QString *error);
    // The connection was deleted: its environment keeps its data and stays out of reach.
    bool retire(const QString &connection);
    // The connection was renamed: its environment follows it.
    bool rename(const QString &from, const QString &to, QString *error);
    bool nameExists(const QString &name) const;

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<DatabaseConnection> m_db;
    QString m_directory;
};
