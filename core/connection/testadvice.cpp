// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/testadvice.h"

#include "connection/tlstrust.h"
#include "ion/oauthsession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString TestAdvice::forNetwork(const HttpOutcome &o, const QString &hostPort, int timeoutSeconds)
{
    switch (o.kind) {
    case HttpOutcome::Kind::HostNotFound:
        return tr("The host name in %1 could not be resolved. Check the Service URL (iu in the .ionapi file) "
                  "and that your DNS, VPN or proxy can reach Infor's hosts.")
            .arg(hostPort);
    case HttpOutcome::Kind::ConnectionRefused:
        return tr("Nothing accepts connections at %1. Check the host and port of the Service URL; "
                  "for the sandbox, check that it is running.")
            .arg(hostPort);
    case HttpOutcome::Kind::Timeout:
        return tr("%1 did not answer within %2 s. Check firewalls and proxies, or raise the timeout on the "
                  "Advanced tab.")
            .arg(hostPort)
            .arg(timeoutSeconds);
    case HttpOutcome::Kind::TlsUntrusted:
        if (std::any_of(o.sslErrors.cbegin(), o.sslErrors.cend(),
                        [](const QSslError &e) { return e.error() == QSslError::HostNameMismatch; })) {
            // Trusting the certificate would not help: it names another host.
            return tr("The server's certificate is for another host name than %1 (%2). Check the host in the URL "
                      "(the certificate's names: %3); trusting this certificate would not make it right.")
                .arg(hostPort, o.describe(),
                     o.peerCertificate.isNull() ? tr("none shown")
                                                : o.peerCertificate.subjectAlternativeNames().values().join(u", "_s));
        }
        return tr("The server's certificate is not trusted (%1). SHA-256 fingerprint: %2. If you know this "
                  "server (for example the local sandbox), choose \"Trust Certificate…\"; otherwise do not connect.")
            .arg(o.describe(), TlsTrust::fingerprint(o.peerCertificate));
    case HttpOutcome::Kind::TlsFailed:
        return tr("The TLS handshake with %1 failed (%2). Check that the URL uses https:// on a TLS port.")
            .arg(hostPort, o.networkErrorText);
    default:
        return tr("Could not reach %1: %2.").arg(hostPort, o.describe());
    }
}

QString TestAdvice::forToken(const OAuthError &e, int timeoutSeconds)
{
    switch (e.kind) {
    case OAuthError::Kind::InvalidClient:
        return tr("The authorization server rejected the client (invalid_client). Check the Client ID (ci) and "
                  "the Client Secret (cs): the secret may have been regenerated in ION API > Authorized Apps. "
                  "Download the .ionapi file again.");
    case OAuthError::Kind::InvalidGrant:
        return tr("The service account was rejected (invalid_grant). Check the Username (saak) and the Password "
                  "(sask): the service account may have been deleted or its keys regenerated. Download the "
                  ".ionapi file again with \"Create Service Account\" switched on.");
    case OAuthError::Kind::UnauthorizedClient:
        return tr("The client may not use this grant type (unauthorized_client). The Authorized App must be a "
                  "Backend Service with a service account.");
    case OAuthError::Kind::UnsupportedGrant:
        return tr("The server does not support this grant type. Switch the grant on the Advanced tab.");
    case OAuthError::Kind::InvalidScope:
        return tr("The requested scope was refused (invalid_scope). Check the scopes of the Authorized App.");
    case OAuthError::Kind::Transport:
        return forNetwork(e.outcome, e.outcome.networkErrorText, timeoutSeconds);
    case OAuthError::Kind::BadResponse:
        if (e.outcome.httpStatus >= 500 || e.outcome.httpStatus == 429)
            // A passing failure of the authorization server (or a proxy in front of it), not a setting.
            return tr("The token endpoint failed for now (HTTP %1): a passing fault of the authorization server or "
                      "of a proxy in front of it, not a wrong setting. Test again in a minute; if it lasts, check "
                      "Infor's service status.")
                .arg(e.outcome.httpStatus);
        if (e.outcome.httpStatus == 404)
            return tr("The token endpoint does not exist (HTTP 404). Check the Token URL (pu + ot).");
        return tr("The token endpoint answered HTTP %1 without a token. Check the Token URL (pu + ot).")
            .arg(e.outcome.httpStatus);
    case OAuthError::Kind::OtherOAuth:
        return tr("The authorization server refused the request: %1.").arg(e.summary());
    case OAuthError::Kind::None:
        break;
    }
    return {};
}

QString TestAdvice::forApi(const HttpOutcome &o, int timeoutSeconds)
{
    if (o.kind != HttpOutcome::Kind::HttpError)
        return forNetwork(o, o.networkErrorText, timeoutSeconds);
    switch (o.httpStatus) {
    case 401:
        return tr("The token was issued but the Gateway refused it even after a refresh (HTTP 401). Check that "
                  "the Service URL and the Token URL belong to the same tenant.");
    case 403:
        return tr("The token was issued but the call was refused (HTTP 403). Scope enforcement is probably on "
                  "while the Authorized App declares no scopes, or the service account lacks the IONAPI roles.");
    case 404:
        return tr("The Gateway has no such API (HTTP 404). Check the tenant id at the end of the Service URL "
                  "(iu + \"/\" + ti).");
    case 429:
        return tr("The Gateway's quota is used up (HTTP 429). Wait %1 s and test again.")
            .arg(o.retryAfter.isEmpty() ? u"60"_s : QString::fromLatin1(o.retryAfter));
    case 503:
        return tr("ION Messaging Service is unavailable (HTTP 503): the IMS document flow may be inactive, or the "
                  "service is restarting. Try again later.");
    default:
        if (o.httpStatus >= 500)
            return tr("The server failed (HTTP %1). Try again later.").arg(o.httpStatus);
        return tr("Unexpected answer HTTP %1 from the ION API.").arg(o.httpStatus);
    }
}
