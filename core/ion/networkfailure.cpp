// SPDX-License-Identifier: GPL-3.0-or-later
#include "ion/networkfailure.h"

#include "common/redaction.h"

using namespace Qt::StringLiterals;

bool HttpOutcome::isTransient() const
{
    if (kind == Kind::HttpError)
        return httpStatus == 401 || httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503
            || httpStatus == 504; // 502: a proxy or the Gateway lost its backend for now
    return kind == Kind::Timeout || kind == Kind::ConnectionClosed || kind == Kind::ConnectionRefused
        || kind == Kind::OtherNetwork;
}

QString HttpOutcome::describe() const
{
    switch (kind) {
    case Kind::Ok: return tr("HTTP %1").arg(httpStatus);
    case Kind::HttpError: return tr("HTTP %1").arg(httpStatus);
    case Kind::Timeout: return tr("no answer in time");
    case Kind::HostNotFound: return tr("host not found (DNS)");
    case Kind::ConnectionRefused: return tr("connection refused");
    case Kind::ConnectionClosed: return tr("connection closed before the answer was complete");
    case Kind::TlsUntrusted: {
        QStringList errors;
        for (const QSslError &e : sslErrors)
            errors << e.errorString();
        return tr("certificate not trusted: %1").arg(errors.join(u"; "_s));
    }
    case Kind::TlsFailed: return tr("TLS handshake failed: %1").arg(networkErrorText);
    case Kind::OtherNetwork: return Redaction::scrub(networkErrorText);
    }
    return {};
}

HttpOutcome HttpOutcome::fromReply(QNetworkReply *reply, const QList<QSslError> &sslErrors, bool timedOut)
{
    HttpOutcome o;
    o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    o.body = reply->readAll();
    o.retryAfter = reply->rawHeader("Retry-After");
    o.networkErrorText = reply->errorString();
    o.sslErrors = sslErrors;
    if (!sslErrors.isEmpty() && !sslErrors.first().certificate().isNull())
        o.peerCertificate = sslErrors.first().certificate();

    const QNetworkReply::NetworkError err = reply->error();
    if (o.httpStatus >= 200 && o.httpStatus < 300 && err == QNetworkReply::NoError) {
        o.kind = Kind::Ok;
    } else if (o.httpStatus > 0 && !timedOut) {
        o.kind = Kind::HttpError;
    } else if (timedOut || err == QNetworkReply::TimeoutError) {
        o.kind = Kind::Timeout;
    } else if (!sslErrors.isEmpty()) {
        o.kind = Kind::TlsUntrusted;
    } else {
        switch (err) {
        case QNetworkReply::HostNotFoundError: o.kind = Kind::HostNotFound; break;
        case QNetworkReply::ConnectionRefusedError: o.kind = Kind::ConnectionRefused; break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProxyConnectionClosedError: o.kind = Kind::ConnectionClosed; break;
        case QNetworkReply::SslHandshakeFailedError: o.kind = Kind::TlsFailed; break;
        default: o.kind = Kind::OtherNetwork; break;
        }
    }
    return o;
}
