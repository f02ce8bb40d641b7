// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What went wrong reading a .ionapi file: which key, and what to do about it.
struct IonApiError
{
    QString key; // empty when the problem is the file as a whole
    QString message;
    QString toString() const;
};

// One field of the file or derived from it, with where its value came from.
struct IonApiField
{
    QString id;     // "serviceUrl", "ci", ...
    QString label;  // "Service URL"
    QString value;
    QString origin; // "iu + \"/\" + ti"
    bool secret = false;
};

// A parsed and validated .ionapi credentials file (DOMAIN.md section 3).
class IonApiFile
{
    Q_DECLARE_TR_FUNCTIONS(IonApiFile)
public:
    enum class Style { Cloud, OnPremises, Other };
    static constexpr qint64 MaxFileSize = 64 * 1024;

    static std::optional<IonApiFile> parse(const QByteArray &data, IonApiError *error);
    static std::optional<IonApiFile> load(const QString &path, IonApiError *error);

    // Writes the same keys Infor OS writes; used by the sandbox and by export.
    QByteArray toJson() const;

    QString tenantId;        // ti
    QString applicationName; // cn
    QString clientId;        // ci
    QString clientSecret;    // cs
    QString gatewayUrl;      // iu
    QString authServerUrl;   // pu, always ends with '/'
    QString authorizePath;   // oa
    QString tokenPath;       // ot
    QString revokePath;      // or
    QString accessKey;       // saak; empty in a client-credentials file
    QString secretKey;       // sask; empty in a client-credentials file
    QString version;         // v
    QStringList unknownKeys;
    QStringList warnings;

    QUrl serviceUrl() const;      // iu + "/" + ti
    QUrl tokenEndpoint() const;   // pu + ot
    QUrl revokeEndpoint() const;  // pu + or
    QUrl dataHubTokenUrl() const; // pu without a trailing "as/"
    Style style() const;
    // Without a service account (no saak/sask) the app authenticates as itself: the
    // client_credentials grant, as Infor documents for authorized apps of that grant type.
    bool usesClientCredentials() const { return accessKey.isEmpty(); }

    // Every field a person sees on the Connect tab and in `ionapi show`, secrets flagged.
    QList<IonApiField> describe() const;

    static bool isLoopbackHost(const QString &host);
};
