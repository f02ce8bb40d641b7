// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ConnectionWorkspace;

// What every headless command that talks to a tenant needs: the connection (from a .ionapi
// file or a saved connection, whose secrets come from the keychain) and the database of its
// replication environment (a SQLite file or a PostgreSQL URL), where the replicated log and the
// resubmission journal live.
struct HeadlessConnection
{
    ConnectionProfile profile;
    QString databasePath;

    static void addOptions(QCommandLineParser &parser);
    // The connection opened for work (the same object the window uses), with a session of its own.
    std::unique_ptr<ConnectionWorkspace> openWorkspace(QString *error) const;
    // Calls back once the connection is resolved, or with an error for stderr.
    static void resolve(const QCommandLineParser &parser,
                        const std::function<void(std::optional<HeadlessConnection>, const QString &error)> &done);
};
