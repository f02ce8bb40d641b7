// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"
#include "ion/httpexchange.h"
#include "ion/networkfailure.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

// An OAuth 2.0 error as RFC 6749 names it, or the transport failure behind it.
struct OAuthError
{
    enum class Kind { None, InvalidClient, InvalidGrant, UnauthorizedClient, InvalidScope, UnsupportedGrant,
                      OtherOAuth, Transport, BadResponse };
    Kind kind = Kind::None;
    QString code;        // "invalid_client", ...
    QString description; // error_description, scrubbed
    HttpOutcome outcome;

    bool ok() const { return kind == Kind::None; }
    QString summary() const;
    // What a failed token or revoke answer says (its OAuth error body, or why there is none).
    static OAuthError fromAnswer(const HttpOutcome &outcome);
};

// Holds one connection's token: cached and reused, refreshed shortly before expiry, retried
// once on 401, revoked on request. Client authentication is Basic, form fields, or found out
// automatically (Basic first, form fields after an invalid_client).
class OAuthSession : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl tokenEndpoint;
        QUrl revokeEndpoint;
        ConnectionSecrets secrets;
        ClientAuthMethod clientAuth = ClientAuthMethod::Automatic;
        GrantType grant = GrantType::Password;
        QList<QSslCertificate> trustedCertificates;
        int timeoutMs = 30000;
    };
    static Config configFor(const ConnectionProfile &profile);

    explicit OAuthSession(const Config &config, QObject *parent = nullptr);
    ~OAuthSession() override;

    using TokenCallback = std::function<void(const OAuthError &)>;
    using ReplyCallback = std::function<void(const HttpOutcome &)>;

    // Calls back once a usable access token is at hand (from the cache when it is valid).
    void ensureToken(const TokenCallback &callback);
    // An authenticated request; on 401 the token is refreshed once and the request repeated.
    // `resend`: HttpExchange::Resend::Never for messages that must not go out twice.
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &contentType,
              const ReplyCallback &callback, HttpExchange::Resend resend = HttpExchange::Resend::Allowed);
    void get(const QUrl &url, const ReplyCallback &callback) { send("GET", url, {}, {}, callback); }
    // Revokes the refresh token (which revokes its access tokens), or the access token.
    void revoke(const std::function<void(const OAuthError &)> &callback);

    bool hasValidToken() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    ClientAuthMethod effectiveClientAuth() const { return m_resolvedAuth.value_or(m_config.clientAuth); }
    int tokenRequestCount() const { return m_tokenRequests; }
    void forgetAccessToken(); // the next call fetches a new one
    QNetworkAccessManager *network() const { return m_network; }
    const Config &config() const { return m_config; }

Q_SIGNALS:
    void tokenRefreshed();

private:
    void requestToken(bool useRefreshToken);
    // Client authentication, one way for token, refresh and revoke requests alike.
    void authenticateClient(ClientAuthMethod method, QNetworkRequest *request, QByteArray *body) const;
    void postToken(const QByteArray &form, ClientAuthMethod method, const std::function<void(const OAuthError &, const QJsonObject &)> &done);
    void finishWaiters(const OAuthError &error);
    qint64 refreshMarginMs() const;

    Config m_config;
    QNetworkAccessManager *m_network;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    qint64 m_lifetimeMs = 0;
    std::optional<ClientAuthMethod> m_resolvedAuth;
    QList<TokenCallback> m_waiters;
    bool m_tokenInFlight = false;
    int m_tokenRequests = 0;
};
