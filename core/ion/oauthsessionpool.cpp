// SPDX-License-Identifier: GPL-3.0-or-later
#include "ion/oauthsessionpool.h"

#include "ion/oauthsession.h"

OAuthSessionPool::OAuthSessionPool(QObject *parent)
    : QObject(parent)
{
}

OAuthSession *OAuthSessionPool::session(const ConnectionProfile &profile)
{
    Entry &e = m_sessions[profile.id];
    const QByteArray fingerprint = profile.testFingerprint();
    if (e.session && e.fingerprint == fingerprint)
        return e.session;
    if (e.session)
        e.session->deleteLater();
    e.session = new OAuthSession(OAuthSession::configFor(profile), this);
    e.fingerprint = fingerprint;
    return e.session;
}

void OAuthSessionPool::revokeAndDrop(const QString &connectionId, const std::function<void(bool, const QString &)> &done)
{
    const Entry e = m_sessions.take(connectionId);
    if (!e.session) {
        done(true, {});
        return;
    }
    QPointer<OAuthSession> session = e.session;
    session->revoke([session, done](const OAuthError &error) {
        if (session)
            session->deleteLater();
        done(error.ok(), error.summary());
    });
}
