// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class EnvironmentRegistry;
class QSettings;
class SecretStore;

// Saved connections: non-secret fields in an INI settings file, the four secrets in the
// keychain (SecretStore), the replication environment in the EnvironmentRegistry.
class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    ConnectionStore(const QString &settingsPath, SecretStore *secrets, EnvironmentRegistry *environments,
                    QObject *parent = nullptr);
    ~ConnectionStore() override;

    using Done = std::function<void(bool ok, const QString &message)>;

    QList<ConnectionProfile> connections() const; // secrets not included
    std::optional<ConnectionProfile> connection(const QString &id) const;
    std::optional<ConnectionProfile> connectionByName(const QString &name) const;

    int maxConnections() const; // 0: no limit
    void setMaxConnections(int max);
    // Empty when a connection with this name may be created (or renamed to it) now.
    QString checkCreate(const QString &name, const QString &ignoreId = {}) const;

    // Creates or updates; assigns the environment on creation; writes the secrets to the keychain.
    void save(ConnectionProfile profile, const Done &done);
    void loadSecrets(const QString &id, const std::function<void(std::optional<ConnectionSecrets>, const QString &)> &done);
    // Removes settings, keychain entry; retires the environment.
    void remove(const QString &id, const Done &done);
    void recordTest(const QString &id, bool passed, const QString &summary);
    // Points every saved connection whose addresses are at `from` (scheme, host and port) at
    // `to` instead, secrets untouched; returns their names. For a local server (the sandbox)
    // that had to move to another port.
    QStringList relocate(const QUrl &from, const QUrl &to);
    // A connection that lives for this run only (the --demo sandbox): never written anywhere.
    void addTransient(const ConnectionProfile &profile);

    SecretStore *secretStore() const { return m_secrets; }
    EnvironmentRegistry *environments() const { return m_environments; }
    QString settingsPath() const;

Q_SIGNALS:
    void changed();

private:
    void writeSettings(const ConnectionProfile &profile);
    static QString secretKey(const QString &id);

    std::unique_ptr<QSettings> m_settings;
    SecretStore *m_secrets;
    EnvironmentRegistry *m_environments;
    QList<ConnectionProfile> m_transient;
};
