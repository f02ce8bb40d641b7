// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class DatabaseConnection;
class QSqlDatabase;

// Tells open windows that a teammate changed the environment (replicated the log, journalled or
// ran a batch), without polling: PostgreSQL's LISTEN/NOTIFY on a connection of its own. On a
// SQLite environment there is nobody else to hear from, and it stays silent.
class EnvironmentNotifier : public QObject
{
    Q_OBJECT
public:
    enum What { Log, Journal };
    Q_ENUM(What)

    explicit EnvironmentNotifier(QObject *parent = nullptr);
    ~EnvironmentNotifier() override;

    // Listens to the environment at `location` (a SQLite path: nothing to listen to; true).
    bool listen(const QString &location, QString *error);

    // Said on the connection that made the change, after it committed.
    static void announce(const QSqlDatabase &db, What what);

Q_SIGNALS:
    // Someone changed it: a teammate, another window, or this one (the server tells every listener).
    void changed(EnvironmentNotifier::What what);

private:
    std::unique_ptr<DatabaseConnection> m_db;
};
