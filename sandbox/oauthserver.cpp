// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthserver.h"

#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

OAuthServer::OAuthServer(SandboxConfig *config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
}

HttpResponse OAuthServer::error(int status, const QString &code, const QString &description)
{
    HttpResponse r = HttpResponse::json(status, {{u"error"_s, code}, {u"error_description"_s, description}});
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    if (status == 401)
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"ion-sandbox\"")));
    return r;
}

OAuthServer::ClientCheck OAuthServer::authenticateClient(const HttpRequest &request, const QUrlQuery &form) const
{
    QString id;
    QString secret;
    const QByteArray auth = request.header("authorization");
    const bool basic = auth.startsWith("Basic ");
    const bool formFields = form.hasQueryItem(u"client_id"_s);
    if (basic) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        id = QUrl::fromPercentEncoding(decoded.left(colon));
        secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        if (m_config->clientAuth == SandboxConfig::ClientAuth::FormOnly)
            return ClientCheck::MethodNotAllowed;
    } else if (formFields) {
        id = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
        if (m_config->clientAuth == SandboxConfig::ClientAuth::BasicOnly)
            return ClientCheck::MethodNotAllowed;
    } else {
        return ClientCheck::Missing;
    }
    return id == m_config->clientId && secret == m_config->clientSecret ? ClientCheck::Ok : ClientCheck::Wrong;
}

HttpResponse OAuthServer::token(const HttpRequest &request)
{
    ++m_tokenRequests;
    if (request.method != "POST")
        return error(405, u"invalid_request"_s, u"use POST"_s);
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return error(400, u"invalid_request"_s, u"the body must be application/x-www-form-urlencoded"_s);
    const QUrlQuery form = request.form();
    switch (authenticateClient(request, form)) {
    case ClientCheck::Ok: break;
    case ClientCheck::Missing: return error(401, u"invalid_client"_s, u"client authentication is required"_s);
    case ClientCheck::Wrong: return error(401, u"invalid_client"_s, u"unknown client or wrong client secret"_s);
    case ClientCheck::MethodNotAllowed:
        return error(401, u"invalid_client"_s, u"this client authentication method is not accepted"_s);
    }
    const QString grant = form.queryItemValue(u"grant_type"_s);
    if (grant == u"password"_s) {
        const QString user = form.queryItemValue(u"username"_s, QUrl::FullyDecoded);
        const QString password = form.queryItemValue(u"password"_s, QUrl::FullyDecoded);
        if (user != m_config->accessKey || password != m_config->secretKey)
            return error(400, u"invalid_grant"_s, u"the service account credentials are wrong"_s);
        return issue(m_config->issueRefreshTokens ? randomToken() : QString());
    }
    if (grant == u"client_credentials"_s)
        return issue({});
    if (grant == u"refresh_token"_s) {
        const QString refresh = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
        const auto it = m_refresh.constFind(refresh);
        if (it == m_refresh.cend() || it->revoked || it->clientId != m_config->clientId)
            return error(400, u"invalid_grant"_s, u"the refresh token is unknown or revoked"_s);
        return issue(refresh);
    }
    if (grant.isEmpty())
        return error(400, u"invalid_request"_s, u"grant_type is missing"_s);
    return error(400, u"unsupported_grant_type"_s, u"grant_type %1 is not supported"_s.arg(grant));
}

HttpResponse OAuthServer::issue(const QString &refreshToken)
{
    const QString access = randomToken();
    m_access.insert(access, {m_config->clientId,
                             QDateTime::currentDateTimeUtc().addSecs(m_config->tokenLifetimeSeconds), refreshToken});
    if (!refreshToken.isEmpty() && !m_refresh.contains(refreshToken))
        m_refresh.insert(refreshToken, {m_config->clientId});
    ++m_issued;
    QJsonObject body {{u"access_token"_s, access},
                      {u"token_type"_s, u"Bearer"_s},
                      {u"expires_in"_s, m_config->tokenLifetimeSeconds}};
    if (!refreshToken.isEmpty())
        body.insert(u"refresh_token"_s, refreshToken);
    HttpResponse r = HttpResponse::json(200, body);
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return r;
}

HttpResponse OAuthServer::revoke(const HttpRequest &request)
{
    const QUrlQuery form = request.form();
    if (authenticateClient(request, form) != ClientCheck::Ok)
        return error(401, u"invalid_client"_s, u"client authentication failed"_s);
    const QString token = form.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    if (token.isEmpty())
        return error(400, u"invalid_request"_s, u"token is missing"_s);
    // RFC 7009: revoking a refresh token revokes its access tokens; unknown tokens are fine.
    if (auto it = m_refresh.find(token); it != m_refresh.end()) {
        it->revoked = true;
        for (AccessToken &a : m_access) {
            if (a.refreshToken == token)
                a.revoked = true;
        }
    }
    if (auto it = m_access.find(token); it != m_access.end())
        it->revoked = true;
    HttpResponse r;
    r.body = "{}";
    return r;
}

OAuthServer::BearerCheck OAuthServer::checkBearer(const HttpRequest &request) const
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer "))
        return BearerCheck::Missing;
    const auto it = m_access.constFind(QString::fromLatin1(auth.mid(7).trimmed()));
    if (it == m_access.cend())
        return BearerCheck::Unknown;
    if (it->revoked)
        return BearerCheck::Revoked;
    if (it->expiresAt <= QDateTime::currentDateTimeUtc())
        return BearerCheck::Expired;
    return BearerCheck::Valid;
}

void OAuthServer::expireAllTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (AccessToken &a : m_access)
        a.expiresAt = past;
}

int OAuthServer::liveTokens() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return int(std::count_if(m_access.cbegin(), m_access.cend(),
                             [&](const AccessToken &a) { return !a.revoked && a.expiresAt > now; }));
}
