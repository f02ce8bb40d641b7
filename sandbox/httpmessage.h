// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

// One parsed HTTP/1.1 request as the sandbox sees it.
struct HttpRequest
{
    QByteArray method;
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // application/x-www-form-urlencoded body (a '+' is a space, as browsers and curl send it).
    QUrlQuery form() const { return urlEncoded(body); }
    // Form bodies and query strings alike: "+" is a space, as in every servlet container.
    static QUrlQuery urlEncoded(const QByteArray &data);
};

// One HTTP answer; the server adds Content-Length, Date and Connection.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    // The ION API Gateway's error body. Its real shape is undocumented (DOMAIN.md section 5);
    // this one place is what to change when it is known.
    static HttpResponse gatewayError(int status, const QString &message);
    static QByteArray reasonPhrase(int status);
    QByteArray serialize(bool keepAlive) const;
};
