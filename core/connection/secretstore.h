// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <functional>

// Connection secrets in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain. When no keychain is available the secrets live in
// this process only: nothing is ever written in plain text, and sessionOnly() tells the UI.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    enum class Result { Ok, NotFound, Failed };
    using WriteCallback = std::function<void(Result, const QString &message)>;
    using ReadCallback = std::function<void(Result, const QByteArray &secret, const QString &message)>;

    void write(const QString &key, const QByteArray &secret, const WriteCallback &callback);
    void read(const QString &key, const ReadCallback &callback);
    void remove(const QString &key, const WriteCallback &callback);

    bool sessionOnly() const { return m_sessionOnly; }
    QString service() const { return m_service; }
    // For tests and for a person who has no keychain: skip the keychain entirely.
    void forceSessionOnly(const QString &reason);

Q_SIGNALS:
    // Emitted once when the keychain turned out to be unavailable.
    void fellBackToSession(const QString &reason);

private:
    void fallBack(const QString &reason);

    QString m_service;
    bool m_sessionOnly = false;
    QHash<QString, QByteArray> m_session;
};
