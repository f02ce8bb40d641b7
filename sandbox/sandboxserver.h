// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "httpmessage.h"
#include "sandboxconfig.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class HttpResponder;
class HttpServer;
class OAuthServer;
class ImsService;
class MessageIntake;
class MessageLogStore;
class OneViewService;
class ReceiptLog;
class ScimService;
class TenantRouting;

// The local ION API Gateway: OAuth under /<tenant>/as/, IMS under
// /<tenant>/IONSERVICES/api/ion/messaging/service, and a loopback-only control API under
// /__sandbox/ for faults at run time (with the run's secret or one of its tokens, and JSON for
// writes). Runs on the thread that owns it; everything is async.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool start(quint16 port, QString *error);
    // The same, with the demo log (config().demoMessages) built on a worker thread first, so that
    // a window stays responsive; needs a store on disk (config().storePath). `done` runs on this
    // object's thread.
    void startInBackground(quint16 port, std::function<void(bool started, const QString &error)> done);
    void stop();
    bool isRunning() const;
    quint16 port() const;

    QUrl baseUrl() const;    // http(s)://127.0.0.1:PORT
    QUrl serviceUrl() const; // baseUrl + "/" + tenant
    QSslCertificate certificate() const { return m_certificate; }
    const SandboxConfig &config() const { return m_config; }
    // The .ionapi a person downloads for this sandbox: same keys as Infor OS writes.
    QByteArray ionApiJson() const;
    // Also writes PATH.control (owner-only): the control API's URL and secret.
    bool writeIonApi(const QString &path, QString *error) const;
    static QString controlFilePath(const QString &ionApiPath);
    static constexpr const char *ControlSecretHeader = "x-sandbox-secret";
    QUrl scimUrl() const; // serviceUrl + "/v2", like Infor's SCIM Tenant URL
    // {"url", "userIdentifier", "password"} for the SCIM panel or `scim check`, owner-readable.
    bool writeScimCredentials(const QString &path, QString *error) const;
    ScimService *scim() const { return m_scim.get(); }

    FaultInjector &faults() { return m_faults; }
    OAuthServer *oauth() const { return m_oauth; }
    void setEnforceScopes(bool on) { m_config.enforceScopes = on; }
    void setClientAuth(SandboxConfig::ClientAuth auth) { m_config.clientAuth = auth; }
    void setTokenLifetime(int seconds) { m_config.tokenLifetimeSeconds = seconds; }
    void expireTokensNow();
    int requestCount() const { return m_requests; }
    MessageLogStore *messages() const { return m_store.get(); }
    ReceiptLog *receipts() const { return m_receipts.get(); }
    TenantRouting *routing() const { return m_routing.get(); }

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    bool loadRouting(QString *error); // the routing file, when one is configured
    void dispatch(const HttpRequest &request, HttpResponder responder);
    using Answer = std::function<void(const HttpResponse &)>;
    void route(const HttpRequest &request, const Answer &answer);
    HttpResponse routeAtOnce(const HttpRequest &request, const QString &rest);
    HttpResponse control(const HttpRequest &request);
    std::optional<HttpResponse> refuseControl(const HttpRequest &request) const;
    std::optional<HttpResponse> refuseBearer(const HttpRequest &request) const;
    std::optional<HttpResponse> refuseApi(const HttpRequest &request) const; // token, then scopes
    std::optional<HttpResponse> refuseBody(const HttpRequest &head) const;
    static constexpr qint64 MaxSmallBodyBytes = 1024 * 1024; // OAuth, SCIM, the control API

    SandboxConfig m_config;
    FaultInjector m_faults;
    HttpServer *m_http;
    std::unique_ptr<MessageLogStore> m_store;
    std::unique_ptr<TenantRouting> m_routing;
    std::unique_ptr<ReceiptLog> m_receipts;
    OAuthServer *m_oauth;
    MessageIntake *m_intake;
    ImsService *m_ims;
    OneViewService *m_oneView;
    std::unique_ptr<ScimService> m_scim;
    QSslCertificate m_certificate;
    int m_requests = 0;
};
