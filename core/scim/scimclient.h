// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ion/networkfailure.h"

#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// A SCIM 2.0 client (RFC 7644) for any conformant server, Infor's among them (DOMAIN.md
// section 11): the secret token is base64("<User Identifier>:<SCIM password>"), sent as Bearer
// (Azure AD's way) or Basic (Okta's). Calls are spaced to a rate limit (Infor Essentials: 18 a
// minute), queued in order.
class ScimClient : public QObject
{
    Q_OBJECT
public:
    enum class Auth { Bearer, Basic };
    struct Credentials
    {
        QUrl url; // the Tenant URL: https://mingle-scim.inforcloudsuite.com/<TENANT>/v2
        QString userIdentifier;
        QString password;
        Auth auth = Auth::Bearer;
        QByteArray token() const { return (userIdentifier + u':' + password).toUtf8().toBase64(); }
    };
    struct Response
    {
        QByteArray method;
        QString path;             // after the Tenant URL, with the query
        QByteArray requestBody;
        HttpOutcome outcome;
        QJsonObject json;         // the answer, when it is a JSON object
        int status() const { return outcome.httpStatus; }
        bool ok() const { return outcome.ok(); }
        QString scimType() const { return json.value(QStringLiteral("scimType")).toString(); }
        QString detail() const { return json.value(QStringLiteral("detail")).toString(); }
    };
    using Callback = std::function<void(const Response &)>;

    explicit ScimClient(QObject *parent = nullptr);
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }
    void setCallsPerMinute(int calls); // 0: no limit
    int callsPerMinute() const { return m_callsPerMinute; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int sent() const { return m_sent; }

    void request(const QByteArray &method, const QString &path, const QJsonObject &body, Callback done);
    void get(const QString &path, Callback done) { request("GET", path, {}, std::move(done)); }
    // GET /Users or /Groups with an optional filter and paging (startIndex counts from 1).
    void list(const QString &resourceType, const QString &filter, int startIndex, int count, Callback done);

    static QString patchSchema();
    static QString userSchema();
    static QString groupSchema();

private:
    struct Pending
    {
        QByteArray method;
        QString path;
        QByteArray body;
        Callback done;
    };
    void sendNext();

    Credentials m_credentials;
    QNetworkAccessManager *m_network;
    QQueue<Pending> m_queue;
    QTimer m_pace;
    int m_callsPerMinute = 18;
    int m_timeoutMs = 30'000;
    qint64 m_lastSentMs = -1;
    QElapsedTimer m_clock;
    int m_sent = 0;
};
