// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The SCIM 2.0 service of the sandbox (RFC 7643, RFC 7644; DOMAIN.md section 11), under
// /<tenant>/v2 like Infor's: discovery, Users and Groups with filters, paging, PUT, PATCH,
// DELETE, and error bodies with scimType. Credentials are a User Identifier and a SCIM
// password, sent as Bearer base64(id:password) (Azure AD) or as Basic (Okta). An optional
// rate limit answers 429 with Retry-After, as Infor's 18 calls a minute do.
class ScimService
{
public:
    ScimService(const QString &userIdentifier, const QString &password, int callsPerMinute = 0);
    HttpResponse handle(const HttpRequest &request, const QString &path); // path after /v2
    int calls() const { return m_calls; }
    // A server without PATCH (some are): says so in ServiceProviderConfig and answers 501.
    void setPatchSupported(bool on) { m_patchSupported = on; }

private:
    HttpResponse resources(const HttpRequest &request, const QString &type, const QString &id);
    HttpResponse list(const HttpRequest &request, const QString &type) const;
    HttpResponse create(const HttpRequest &request, const QString &type);
    HttpResponse patch(const HttpRequest &request, const QString &type, const QString &id);
    std::optional<HttpResponse> conflict(const QString &type, const QJsonObject &resource, const QString &exceptId) const;
    QJsonObject stored(const QString &type, const QString &id, QJsonObject resource, const QDateTime &created);
    bool authorized(const HttpRequest &request) const;
    static HttpResponse scimError(int status, const QString &scimType, const QString &detail);

    QString m_user;
    QString m_password;
    int m_callsPerMinute;
    QList<QDateTime> m_recent; // calls in the last minute, for the rate limit
    int m_calls = 0;
    bool m_patchSupported = true;
    QHash<QString, QList<QJsonObject>> m_store; // "Users" / "Groups" -> resources in creation order
    QString m_baseUrl;
};
