// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// One named QSqlDatabase connection for the lifetime of this object: Qt keeps connections
// in a global registry, so each owner gets a unique name and removes it when done.
class SqliteConnection
{
public:
    explicit SqliteConnection(const QString &path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool open(QString *error);
    QSqlDatabase database() const;
    // Runs statements separated by ';' in one transaction.
    bool exec(const QString &script, QString *error);

private:
    QString m_name;
    QString m_path;
};
