// SPDX-License-Identifier: GPL-3.0-or-later
#include "ion/oauthsession.h"

#include "common/logging.h"
#include "common/redaction.h"
#include "connection/tlstrust.h"
#include "ion/httpexchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &[k, v] : fields)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q.query(QUrl::FullyEncoded).toUtf8();
}

} // namespace

OAuthError OAuthError::fromAnswer(const HttpOutcome &outcome)
{
    OAuthError e;
    e.outcome = outcome;
    if (outcome.isNetworkLevel()) {
        e.kind = OAuthError::Kind::Transport;
        return e;
    }
    const QJsonObject body = QJsonDocument::fromJson(outcome.body).object();
    e.code = body.value(u"error"_s).toString();
    e.description = Redaction::scrub(body.value(u"error_description"_s).toString());
    static const QHash<QString, OAuthError::Kind> kinds {
        {u"invalid_client"_s, OAuthError::Kind::InvalidClient},
        {u"invalid_grant"_s, OAuthError::Kind::InvalidGrant},
        {u"unauthorized_client"_s, OAuthError::Kind::UnauthorizedClient},
        {u"invalid_scope"_s, OAuthError::Kind::InvalidScope},
        {u"unsupported_grant_type"_s, OAuthError::Kind::UnsupportedGrant},
    };
    if (e.code.isEmpty())
        e.kind = OAuthError::Kind::BadResponse;
    else
        e.kind = kinds.value(e.code, OAuthError::Kind::OtherOAuth);
    return e;
}

QString OAuthError::summary() const
{
    if (kind == Kind::None)
        return {};
    if (kind == Kind::Transport)
        return outcome.describe();
    if (kind == Kind::BadResponse)
        return QCoreApplication::translate("OAuthSession", "HTTP %1 without an OAuth error body").arg(outcome.httpStatus);
    return description.isEmpty() ? code : code + u": "_s + description;
}

OAuthSession::Config OAuthSession::configFor(const ConnectionProfile &p)
{
    Config c;
    c.tokenEndpoint = p.effectiveTokenEndpoint();
    c.revokeEndpoint = p.effectiveRevokeEndpoint();
    c.secrets = p.secrets;
    c.clientAuth = p.clientAuth;
    c.grant = p.grantType;
    c.trustedCertificates = p.trustedCertificates;
    c.timeoutMs = p.timeoutSeconds * 1000;
    return c;
}

OAuthSession::OAuthSession(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setStrictTransportSecurityEnabled(false);
}

OAuthSession::~OAuthSession() = default;

qint64 OAuthSession::refreshMarginMs() const
{
    // "Shortly before expiry": a tenth of the lifetime, at most a minute.
    return qMin<qint64>(60'000, m_lifetimeMs / 10);
}

bool OAuthSession::hasValidToken() const
{
    return !m_accessToken.isEmpty()
        && QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) > refreshMarginMs();
}

void OAuthSession::forgetAccessToken()
{
    m_accessToken.clear();
}

void OAuthSession::ensureToken(const TokenCallback &callback)
{
    if (hasValidToken()) {
        callback(OAuthError());
        return;
    }
    m_waiters << callback;
    if (!m_tokenInFlight)
        requestToken(!m_refreshToken.isEmpty());
}

void OAuthSession::finishWaiters(const OAuthError &error)
{
    m_tokenInFlight = false;
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &w : waiters)
        w(error);
}

void OAuthSession::requestToken(bool useRefreshToken)
{
    m_tokenInFlight = true;
    QList<QPair<QString, QString>> form;
    if (useRefreshToken) {
        form = {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, m_refreshToken}};
    } else if (m_config.grant == GrantType::ClientCredentials) {
        form = {{u"grant_type"_s, u"client_credentials"_s}};
    } else {
        form = {{u"grant_type"_s, u"password"_s},
                {u"username"_s, m_config.secrets.username},
                {u"password"_s, m_config.secrets.password}};
    }
    const QByteArray body = formEncode(form);
    const ClientAuthMethod first = m_resolvedAuth.value_or(
        m_config.clientAuth == ClientAuthMethod::FormFields ? ClientAuthMethod::FormFields : ClientAuthMethod::Basic);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();

    auto onResult = [this, useRefreshToken, sentAt](const OAuthError &error, const QJsonObject &json) {
        if (!error.ok()) {
            if (useRefreshToken && error.kind == OAuthError::Kind::InvalidGrant) {
                qCInfo(lcOAuth) << "refresh token rejected; authenticating again";
                m_refreshToken.clear();
                requestToken(false);
                return;
            }
            qCWarning(lcOAuth) << "token request failed:" << error.summary();
            finishWaiters(error);
            return;
        }
        m_accessToken = json.value(u"access_token"_s).toString();
        if (json.contains(u"refresh_token"_s))
            m_refreshToken = json.value(u"refresh_token"_s).toString();
        const qint64 lifetime = json.value(u"expires_in"_s).toVariant().toLongLong();
        m_lifetimeMs = (lifetime > 0 ? lifetime : 7200) * 1000;
        m_expiresAt = sentAt.addMSecs(m_lifetimeMs);
        qCInfo(lcOAuth) << "token obtained, valid for" << m_lifetimeMs / 1000 << "s, refresh token:"
                        << !m_refreshToken.isEmpty();
        Q_EMIT tokenRefreshed();
        finishWaiters(OAuthError());
    };

    postToken(body, first, [this, body, first, onResult](const OAuthError &error, const QJsonObject &json) {
        const bool tryForm = error.kind == OAuthError::Kind::InvalidClient
            && m_config.clientAuth == ClientAuthMethod::Automatic && !m_resolvedAuth && first == ClientAuthMethod::Basic;
        if (!tryForm) {
            if (error.ok())
                m_resolvedAuth = first;
            onResult(error, json);
            return;
        }
        qCInfo(lcOAuth) << "Basic client authentication refused; trying form fields";
        postToken(body, ClientAuthMethod::FormFields, [this, onResult](const OAuthError &e2, const QJsonObject &j2) {
            if (e2.ok())
                m_resolvedAuth = ClientAuthMethod::FormFields;
            onResult(e2, j2);
        });
    });
}

void OAuthSession::authenticateClient(ClientAuthMethod method, QNetworkRequest *request, QByteArray *body) const
{
    if (method == ClientAuthMethod::FormFields) {
        *body += "&client_id=" + QUrl::toPercentEncoding(m_config.secrets.clientId) + "&client_secret="
            + QUrl::toPercentEncoding(m_config.secrets.clientSecret);
    } else {
        const QByteArray basic = QUrl::toPercentEncoding(m_config.secrets.clientId) + ':'
            + QUrl::toPercentEncoding(m_config.secrets.clientSecret);
        request->setRawHeader("Authorization", "Basic " + basic.toBase64());
    }
}

void OAuthSession::postToken(const QByteArray &form, ClientAuthMethod method,
                             const std::function<void(const OAuthError &, const QJsonObject &)> &done)
{
    ++m_tokenRequests;
    QNetworkRequest request(m_config.tokenEndpoint);
    request.setSslConfiguration(TlsTrust::configuration(m_config.trustedCertificates));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept", "application/json");
    QByteArray body = form;
    authenticateClient(method, &request, &body);
    HttpExchange::send(m_network, request, "POST", body, m_config.timeoutMs, this, [done](const HttpOutcome &o) {
        if (!o.ok()) {
            done(OAuthError::fromAnswer(o), {});
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(o.body).object();
        if (json.value(u"access_token"_s).toString().isEmpty()) {
            OAuthError e;
            e.kind = OAuthError::Kind::BadResponse;
            e.outcome = o;
            done(e, {});
            return;
        }
        done(OAuthError(), json);
    });
}

void OAuthSession::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QByteArray &contentType, const ReplyCallback &callback, HttpExchange::Resend resend)
{
    auto attempt = std::make_shared<std::function<void(bool)>>();
    *attempt = [this, verb, url, body, contentType, callback, attempt, resend](bool isRetry) {
        ensureToken([this, verb, url, body, contentType, callback, attempt, isRetry, resend](const OAuthError &error) {
            if (!error.ok()) {
                HttpOutcome o = error.outcome;
                if (o.ok()) // token endpoint said 200 but gave no token
                    o.kind = HttpOutcome::Kind::HttpError;
                o.tokenUnavailable = true;
                callback(o);
                *attempt = nullptr; // break the cycle
                return;
            }
            QNetworkRequest request(url);
            request.setSslConfiguration(TlsTrust::configuration(m_config.trustedCertificates));
            request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
            if (!contentType.isEmpty())
                request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
            HttpExchange::send(m_network, request, verb, body, m_config.timeoutMs, this,
                               [this, callback, attempt, isRetry](const HttpOutcome &o) {
                                   if (o.kind == HttpOutcome::Kind::HttpError && o.httpStatus == 401 && !isRetry) {
                                       qCInfo(lcOAuth) << "401 from the API; refreshing the token and retrying once";
                                       forgetAccessToken();
                                       (*attempt)(true);
                                       return;
                                   }
                                   callback(o);
                                   *attempt = nullptr;
                               },
                               resend);
        });
    };
    (*attempt)(false);
}

void OAuthSession::revoke(const std::function<void(const OAuthError &)> &callback)
{
    const bool useRefresh = !m_refreshToken.isEmpty();
    const QString token = useRefresh ? m_refreshToken : m_accessToken;
    if (token.isEmpty() || m_config.revokeEndpoint.isEmpty()) {
        callback(OAuthError());
        return;
    }
    QNetworkRequest request(m_config.revokeEndpoint);
    request.setSslConfiguration(TlsTrust::configuration(m_config.trustedCertificates));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    QByteArray body = formEncode({{u"token"_s, token},
                                  {u"token_type_hint"_s, useRefresh ? u"refresh_token"_s : u"access_token"_s}});
    // The way the token endpoint accepted this client (RFC 7009 section 2.1: as for tokens).
    authenticateClient(m_resolvedAuth.value_or(m_config.clientAuth == ClientAuthMethod::FormFields
                                                   ? ClientAuthMethod::FormFields
                                                   : ClientAuthMethod::Basic),
                       &request, &body);
    HttpExchange::send(m_network, request, "POST", body, m_config.timeoutMs, this,
                       [this, callback](const HttpOutcome &o) {
                           if (o.ok()) {
                               m_accessToken.clear();
                               m_refreshToken.clear();
                               qCInfo(lcOAuth) << "tokens revoked";
                               callback(OAuthError());
                           } else {
                               callback(OAuthError::fromAnswer(o));
                           }
                       });
}
