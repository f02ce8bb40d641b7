// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// A finished HTTP exchange reduced to what the UI needs to explain it.
struct HttpOutcome
{
    Q_DECLARE_TR_FUNCTIONS(HttpOutcome)
public:
    enum class Kind {
        Ok,          // 2xx
        HttpError,   // a non-2xx answer
        Timeout,     // no answer in time
        HostNotFound,
        ConnectionRefused,
        ConnectionClosed, // dropped before a complete answer
        TlsUntrusted,     // certificate not trusted (self-signed, unknown CA, wrong host)
        TlsFailed,        // handshake failed for another reason
        OtherNetwork,
    };

    Kind kind = Kind::Ok;
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfter;
    QString networkErrorText;
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate; // on TLS failures, what the server presented
    qint64 elapsedMs = 0;
    // The answer is the token endpoint's, not the API's: the request never reached the API
    // (or was refused there with 401 and no new token could be had). Never a verdict on it.
    bool tokenUnavailable = false;

    bool ok() const { return kind == Kind::Ok; }
    bool isNetworkLevel() const { return kind != Kind::Ok && kind != Kind::HttpError; }
    // 401, 429, 500, 502, 503, 504 and network failures: worth a retry (DOMAIN.md section 10).
    bool isTransient() const;
    QString describe() const; // one line for logs and the UI, without secrets

    // Builds the outcome from a finished reply; sslErrors must be collected by the caller
    // from the reply's sslErrors() signal, since a finished reply no longer has them.
    static HttpOutcome fromReply(QNetworkReply *reply, const QList<QSslError> &sslErrors, bool timedOut);
};
