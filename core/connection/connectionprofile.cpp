// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionprofile.h"

#include "connection/ionapifile.h"
#include "ion/ionendpoints.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool ConnectionSecrets::isComplete() const
{
    return !username.isEmpty() && !password.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty();
}

QByteArray ConnectionSecrets::toJson() const
{
    return QJsonDocument(QJsonObject {{u"saak"_s, username},
                                      {u"sask"_s, password},
                                      {u"ci"_s, clientId},
                                      {u"cs"_s, clientSecret}})
        .toJson(QJsonDocument::Compact);
}

ConnectionSecrets ConnectionSecrets::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    return {o.value(u"saak"_s).toString(), o.value(u"sask"_s).toString(), o.value(u"ci"_s).toString(),
            o.value(u"cs"_s).toString()};
}

bool ConnectionSecrets::operator==(const ConnectionSecrets &o) const
{
    return username == o.username && password == o.password && clientId == o.clientId
        && clientSecret == o.clientSecret;
}

ConnectionProfile ConnectionProfile::fromIonApi(const IonApiFile &file)
{
    ConnectionProfile p;
    p.name = file.applicationName.isEmpty() ? file.tenantId : file.tenantId + u" – "_s + file.applicationName;
    p.serviceUrl = file.serviceUrl();
    p.tokenUrl = file.dataHubTokenUrl();
    p.tokenEndpoint = file.tokenEndpoint();
    p.revokeEndpoint = file.revokeEndpoint();
    p.secrets = {file.accessKey, file.secretKey, file.clientId, file.clientSecret};
    p.grantType = file.usesClientCredentials() ? GrantType::ClientCredentials : GrantType::Password;
    return p;
}

QUrl ConnectionProfile::tokenEndpointFor(const QUrl &tokenUrl)
{
    return tokenUrl.isEmpty() ? QUrl() : tokenUrl.resolved(QUrl(u"as/token.oauth2"_s));
}

QUrl ConnectionProfile::revokeEndpointFor(const QUrl &tokenUrl)
{
    return tokenUrl.isEmpty() ? QUrl() : tokenUrl.resolved(QUrl(u"as/revoke_token.oauth2"_s));
}

QUrl ConnectionProfile::effectiveTokenEndpoint() const
{
    return tokenEndpoint.isEmpty() ? tokenEndpointFor(tokenUrl) : tokenEndpoint;
}

QUrl ConnectionProfile::effectiveRevokeEndpoint() const
{
    return revokeEndpoint.isEmpty() ? revokeEndpointFor(tokenUrl) : revokeEndpoint;
}

QUrl ConnectionProfile::imsBaseUrl() const
{
    return IonEndpoints::ims(serviceUrl);
}

QByteArray ConnectionProfile::testFingerprint() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &s : {serviceUrl.toString(), effectiveTokenEndpoint().toString(), secrets.username,
                             secrets.password, secrets.clientId, secrets.clientSecret}) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\0", 1));
    }
    h.addData(QByteArray(QByteArray::number(int(clientAuth)) + QByteArray::number(int(grantType))));
    for (const QSslCertificate &c : trustedCertificates)
        h.addData(c.digest(QCryptographicHash::Sha256));
    return h.result();
}

QString ConnectionProfile::validate() const
{
    if (!serviceUrl.isValid() || serviceUrl.isRelative())
        return tr("Enter the Service URL (iu + \"/\" + ti), for example https://mingle-ionapi.inforcloudsuite.com/ACME_TST.");
    if (!effectiveTokenEndpoint().isValid() || effectiveTokenEndpoint().isRelative())
        return tr("Enter the Token URL (pu from the .ionapi file).");
    if (grantType == GrantType::Password && (secrets.username.isEmpty() || secrets.password.isEmpty()))
        return tr("Enter the Username and Password (saak and sask from the .ionapi file), or choose the Client "
                  "credentials grant on the Advanced tab for an app without a service account.");
    if (secrets.clientId.isEmpty() || secrets.clientSecret.isEmpty())
        return tr("Enter the Client ID and Client Secret (ci and cs from the .ionapi file).");
    if (batchSize < MinBatchSize || batchSize > MaxBatchSize)
        return tr("Batch Size must be between 1 and 10000.");
    return {};
}
