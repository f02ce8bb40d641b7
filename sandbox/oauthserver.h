// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "sandboxconfig.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

// The sandbox's authorization server (DOMAIN.md section 4): password, client_credentials and
// refresh_token grants, Basic or form client authentication, revocation, RFC 6749 errors.
class OAuthServer : public QObject
{
    Q_OBJECT
public:
    explicit OAuthServer(SandboxConfig *config, QObject *parent = nullptr);

    HttpResponse token(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);

    enum class BearerCheck { Valid, Missing, Unknown, Expired, Revoked };
    BearerCheck checkBearer(const HttpRequest &request) const;
    void expireAllTokens(); // the "token expiry now" fault

    int tokenRequests() const { return m_tokenRequests; }
    int issuedTokens() const { return m_issued; }
    int liveTokens() const;

private:
    struct AccessToken
    {
        QString clientId;
        QDateTime expiresAt;
        QString refreshToken;
        bool revoked = false;
    };
    struct RefreshToken
    {
        QString clientId;
        bool revoked = false;
    };
    enum class ClientCheck { Ok, Missing, Wrong, MethodNotAllowed };
    ClientCheck authenticateClient(const HttpRequest &request, const QUrlQuery &form) const;
    HttpResponse issue(const QString &refreshToken);
    static HttpResponse error(int status, const QString &code, const QString &description);

    SandboxConfig *m_config;
    QHash<QString, AccessToken> m_access;
    QHash<QString, RefreshToken> m_refresh;
    int m_tokenRequests = 0;
    int m_issued = 0;
};
