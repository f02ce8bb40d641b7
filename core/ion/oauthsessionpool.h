// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class OAuthSession;

// One OAuthSession per connection for the whole run, so that a token is reused across
// tests and calls (the quota allows 100 live tokens per client), and revoked on delete.
class OAuthSessionPool : public QObject
{
    Q_OBJECT
public:
    explicit OAuthSessionPool(QObject *parent = nullptr);
    // The connection's session; a new one when the profile's credentials changed.
    OAuthSession *session(const ConnectionProfile &profile);
    // Revokes the connection's tokens, if it has any, and forgets the session.
    void revokeAndDrop(const QString &connectionId, const std::function<void(bool, const QString &)> &done);

private:
    struct Entry
    {
        QPointer<OAuthSession> session;
        QByteArray fingerprint;
    };
    QHash<QString, Entry> m_sessions;
};
