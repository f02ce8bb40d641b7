// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How the sandbox behaves: identity, credentials, OAuth rules. Faults live in FaultInjector.
struct SandboxConfig
{
    enum class ClientAuth { Both, BasicOnly, FormOnly };

    QString tenant = QStringLiteral("SANDBOX_TST");
    QString applicationName = QStringLiteral("ION Workbench Sandbox");
    // Empty credentials are generated at start: random, different every run.
    QString clientId;
    QString clientSecret;
    QString accessKey;
    QString secretKey;
    int tokenLifetimeSeconds = 7200;
    bool issueRefreshTokens = true;
    bool enforceScopes = false; // tokens are issued, API calls answer 403
    ClientAuth clientAuth = ClientAuth::Both;
    bool tls = false;
    // The message log: a SQLite file or an in-memory store, filled with demo traffic.
    QString storePath = QStringLiteral(":memory:");
    int demoMessages = 0;
    quint32 seed = 1;
    QString routingFile; // JSON; empty: TenantRouting::sandboxDefault()
    // The IMS connection point this sandbox's client sends from.
    QString clientLogicalId = QStringLiteral("lid://infor.ims.workbench");

    // SCIM (under /<tenant>/v2): a User Identifier "<tenant>#<uuid>" and its SCIM password.
    QString scimUser;
    QString scimPassword;
    int scimCallsPerMinute = 0; // 0: no limit; Infor's Essentials allow 18

    // The control API (/__sandbox/) answers only a caller that sends this in X-Sandbox-Secret
    // (or a bearer token this sandbox issued): any local web page could post to it otherwise.
    QString controlSecret;

    void fillMissingCredentials();
    // The client credentials (ci, cs, saak, sask) in an owner-only file, so that a sandbox
    // started again answers the connections made from its .ionapi. Loading needs all four.
    bool saveClientCredentials(const QString &path, QString *error) const;
    bool loadClientCredentials(const QString &path);

    // Credentials on disk: readable by their owner only, written whole or not at all.
    static bool writePrivateFile(const QString &path, const QByteArray &content, QString *error);
};
