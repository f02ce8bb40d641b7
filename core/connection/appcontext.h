// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class ConnectionStore;
class EnvironmentRegistry;
class OAuthSessionPool;
class SecretStore;

// The long-lived services of one workbench run, with their storage locations.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(QObject *parent = nullptr);
    bool open(QString *error);

    SecretStore *secrets() const { return m_secrets; }
    EnvironmentRegistry *environments() const { return m_environments; }
    ConnectionStore *connections() const { return m_connections; }
    OAuthSessionPool *sessions() const { return m_sessions; }

    static QString dataDirectory();
    static QString settingsPath();

private:
    SecretStore *m_secrets;
    EnvironmentRegistry *m_environments;
    ConnectionStore *m_connections;
    OAuthSessionPool *m_sessions;
};
