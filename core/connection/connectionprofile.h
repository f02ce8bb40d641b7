// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class IonApiFile;

enum class ClientAuthMethod { Automatic, Basic, FormFields };
enum class GrantType { Password, ClientCredentials };

// The four credentials of a connection: kept in the OS keychain, never in settings.
struct ConnectionSecrets
{
    QString username;     // saak
    QString password;     // sask
    QString clientId;     // ci
    QString clientSecret; // cs

    bool isComplete() const;
    QByteArray toJson() const;
    static ConnectionSecrets fromJson(const QByteArray &json);
    bool operator==(const ConnectionSecrets &o) const;
};

// A connection as the Basics / Connect / Advanced tabs describe it (DOMAIN.md section 2).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    static constexpr int DefaultBatchSize = 1000;
    static constexpr int MinBatchSize = 1;
    static constexpr int MaxBatchSize = 10000;

    QString id; // stable across renames; names the keychain entry
    // Basics
    QString name;
    QString description;
    QString environmentId;
    // Connect
    QUrl serviceUrl;
    QUrl tokenUrl; // Data Hub's form: pu without "as/"
    ConnectionSecrets secrets;
    // Advanced
    int batchSize = DefaultBatchSize;
    QUrl tokenEndpoint;  // pu + ot
    QUrl revokeEndpoint; // pu + or
    ClientAuthMethod clientAuth = ClientAuthMethod::Automatic;
    GrantType grantType = GrantType::Password;
    int timeoutSeconds = 30;
    QList<QSslCertificate> trustedCertificates; // explicitly trusted by the person
    // Last test
    QDateTime lastTestTime;
    bool lastTestPassed = false;
    QString lastTestSummary;
    bool transient = false; // e.g. the --demo sandbox connection: never saved

    static ConnectionProfile fromIonApi(const IonApiFile &file);
    // Token and revoke endpoints from the Token URL, for a person who typed the fields
    // by hand. Cloud convention (unverified for other hosts): Token URL + "as/token.oauth2".
    static QUrl tokenEndpointFor(const QUrl &tokenUrl);
    static QUrl revokeEndpointFor(const QUrl &tokenUrl);
    QUrl effectiveTokenEndpoint() const;
    QUrl effectiveRevokeEndpoint() const;
    QUrl imsBaseUrl() const; // <Service URL>/IONSERVICES/api/ion/messaging/service

    // A digest of everything a connection test depends on: a passing test is only valid for
    // the values it ran with.
    QByteArray testFingerprint() const;
    QString validate() const; // empty when the profile can be tested
};
