// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "connection/ionapifile.h"
#include "demodata.h"
#include "httpserver.h"
#include "imsservice.h"
#include "messageintake.h"
#include "messagelog/messagelogstore.h"
#include "oauthserver.h"
#include "oneviewservice.h"
#include "receiptlog.h"
#include "routing/tenantrouting.h"
#include "scimservice.h"
#include "selfsignedcertificate.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
const QString imsPrefix = u"/IONSERVICES/api/ion/messaging/service"_s;
const QString oneViewPrefix = u"/IONSERVICES/oneviewapi"_s;
}

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_http(new HttpServer(this))
    , m_store(std::make_unique<MessageLogStore>(m_config.storePath))
    , m_routing(std::make_unique<TenantRouting>(TenantRouting::sandboxDefault()))
    , m_oauth(new OAuthServer(&m_config, this))
    , m_intake(nullptr)
    , m_ims(new ImsService(this))
    , m_oneView(new OneViewService(m_store.get(), this))
{
    m_config.fillMissingCredentials();
    m_scim = std::make_unique<ScimService>(m_config.scimUser, m_config.scimPassword, m_config.scimCallsPerMinute);
    m_http->setHandler([this](const HttpRequest &request, HttpResponder responder) { dispatch(request, responder); });
    m_http->setHeadCheck([this](const HttpRequest &head) { return refuseBody(head); });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::loadRouting(QString *error)
{
    if (!m_config.routingFile.isEmpty()) {
        QFile file(m_config.routingFile);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = u"cannot read %1: %2"_s.arg(m_config.routingFile, file.errorString());
            return false;
        }
        const auto routing = TenantRouting::fromJson(QJsonDocument::fromJson(file.readAll()).object(), error);
        if (!routing)
            return false;
        *m_routing = *routing;
    }
    return true;
}

bool SandboxServer::start(quint16 port, QString *error)
{
    if (!m_store->open(error))
        return false;
    if (!m_intake) {
        m_receipts = std::make_unique<ReceiptLog>(m_store->database());
        m_receipts->open();
        m_intake = new MessageIntake(m_store.get(), m_receipts.get(), m_routing.get(), &m_config.clientLogicalId, this);
        m_ims->setIntake(m_intake);
    }
    if (!loadRouting(error))
        return false;
    if (m_config.demoMessages > 0 && m_store->count() == 0) {
        DemoData::Options demo;
        demo.seed = m_config.seed;
        demo.messages = m_config.demoMessages;
        demo.tenant = m_config.tenant;
        demo.routing = m_routing.get();
        if (!DemoData::generate(m_store.get(), demo, error))
            return false;
    }
    if (m_config.tls && m_certificate.isNull()) {
        const SelfSignedCertificate cert = SelfSignedCertificate::create(error);
        if (cert.certificate.isNull())
            return false;
        m_certificate = cert.certificate;
        m_http->setTls(cert.certificate, cert.key);
    }
    return m_http->listen(QHostAddress::LocalHost, port, error);
}

void SandboxServer::startInBackground(quint16 port, std::function<void(bool, const QString &)> done)
{
    if (m_config.demoMessages <= 0 || m_config.storePath == u":memory:"_s) {
        QString error;
        const bool started = start(port, &error);
        done(started, error);
        return;
    }
    QString routingError;
    if (!loadRouting(&routingError)) {
        done(false, routingError);
        return;
    }
    DemoData::Options demo;
    demo.seed = m_config.seed;
    demo.messages = m_config.demoMessages;
    demo.tenant = m_config.tenant;
    const QString path = m_config.storePath;
    const TenantRouting routing = *m_routing; // the worker's own copy
    // A connection of the worker's own to the same file; start() then finds the log filled.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, port, done] {
        watcher->deleteLater();
        QString error = watcher->result();
        const bool started = error.isEmpty() && start(port, &error);
        done(started, error);
    });
    watcher->setFuture(QtConcurrent::run([path, demo, routing]() mutable -> QString {
        demo.routing = &routing;
        MessageLogStore store(path);
        QString error;
        if (!store.open(&error))
            return error;
        if (store.count() == 0 && !DemoData::generate(&store, demo, &error))
            return error.isEmpty() ? u"the demo log could not be written"_s : error;
        return {};
    }));
}

void SandboxServer::stop()
{
    m_http->close();
}

bool SandboxServer::isRunning() const
{
    return m_http->port() != 0;
}

quint16 SandboxServer::port() const
{
    return m_http->port();
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_config.tls ? u"https"_s : u"http"_s).arg(port()));
}

QUrl SandboxServer::serviceUrl() const
{
    return QUrl(baseUrl().toString() + u'/' + m_config.tenant);
}

QByteArray SandboxServer::ionApiJson() const
{
    // Cloud-style paths, so the file exercises the same derivations as a real tenant's.
    IonApiFile f;
    f.tenantId = m_config.tenant;
    f.applicationName = m_config.applicationName;
    f.clientId = m_config.clientId;
    f.clientSecret = m_config.clientSecret;
    f.gatewayUrl = baseUrl().toString();
    f.authServerUrl = f.gatewayUrl + u'/' + m_config.tenant + u"/as/"_s;
    f.authorizePath = u"authorization.oauth2"_s;
    f.tokenPath = u"token.oauth2"_s;
    f.revokePath = u"revoke_token.oauth2"_s;
    f.accessKey = m_config.accessKey;
    f.secretKey = m_config.secretKey;
    f.version = u"1.1"_s;
    return f.toJson();
}


QString SandboxServer::controlFilePath(const QString &ionApiPath)
{
    return ionApiPath + u".control"_s;
}

bool SandboxServer::writeIonApi(const QString &path, QString *error) const
{
    const QJsonObject control {{u"url"_s, QString(baseUrl().toString() + u"/__sandbox/"_s)}, {u"secret"_s, m_config.controlSecret}};
    return SandboxConfig::writePrivateFile(path, ionApiJson(), error)
        && SandboxConfig::writePrivateFile(controlFilePath(path), QJsonDocument(control).toJson(), error);
}

QUrl SandboxServer::scimUrl() const
{
    return QUrl(serviceUrl().toString() + u"/v2"_s);
}

bool SandboxServer::writeScimCredentials(const QString &path, QString *error) const
{
    const QJsonObject credentials {{u"url"_s, scimUrl().toString()}, {u"userIdentifier"_s, m_config.scimUser},
                                   {u"password"_s, m_config.scimPassword}};
    return SandboxConfig::writePrivateFile(path, QJsonDocument(credentials).toJson(), error);
}

void SandboxServer::expireTokensNow()
{
    m_oauth->expireAllTokens();
}

void SandboxServer::dispatch(const HttpRequest &request, HttpResponder responder)
{
    ++m_requests;
    if (request.path.startsWith(u"/__sandbox/"_s)) {
        const std::optional<HttpResponse> refused = refuseControl(request);
        const HttpResponse r = refused ? *refused : control(request);
        Q_EMIT requestHandled(request.method, request.path, r.status);
        responder.send(r);
        return;
    }
    const bool tokenRequest = request.path.endsWith(u"/as/token.oauth2"_s);
    const FaultInjector::Action action = tokenRequest ? m_faults.nextForToken() : m_faults.next();
    auto answer = [this, request, responder, action]() mutable {
        if (action == FaultInjector::Action::TokenBadGateway || action == FaultInjector::Action::TokenHtmlPage) {
            // What a proxy or load balancer in front of the token endpoint answers under load.
            HttpResponse page;
            page.status = action == FaultInjector::Action::TokenBadGateway ? 502 : 200;
            page.contentType = "text/html";
            page.body = "<html><head><title>Service busy</title></head><body><h1>The service is busy</h1>"
                        "<p>Please try again later.</p></body></html>";
            Q_EMIT requestHandled(request.method, request.path, page.status);
            responder.send(page);
            return;
        }
        if (action == FaultInjector::Action::TokenCutOff) {
            route(request, [this, request, responder](const HttpResponse &r) mutable {
                Q_EMIT requestHandled(request.method, request.path, 0); // a token is issued; its answer is cut off
                responder.sendCutOff(r);
            });
            return;
        }
        if (action == FaultInjector::Action::Drop) {
            Q_EMIT requestHandled(request.method, request.path, 0);
            responder.drop();
            return;
        }
        if (action == FaultInjector::Action::LoseAnswer) {
            // The work is done, the answer never arrives: the case that tempts a client to
            // send the same document twice.
            route(request, [this, request, responder](const HttpResponse &) mutable {
                Q_EMIT requestHandled(request.method, request.path, 0);
                responder.drop();
            });
            return;
        }
        if (action != FaultInjector::Action::Pass) {
            const HttpResponse r = HttpResponse::gatewayError(m_faults.status(action), u"injected fault"_s);
            Q_EMIT requestHandled(request.method, request.path, r.status);
            responder.send(r);
            return;
        }
        route(request, [this, request, responder](const HttpResponse &r) mutable {
            Q_EMIT requestHandled(request.method, request.path, r.status);
            responder.send(r);
        });
    };
    const bool intake = request.method == "POST" && request.path.contains(u"/messaging/service/v"_s);
    const int latency = m_faults.settings().latencyMs + (intake ? m_faults.settings().intakeLatencyMs : 0);
    if (latency > 0)
        QTimer::singleShot(latency, this, answer);
    else
        answer();
}

void SandboxServer::route(const HttpRequest &request, const Answer &answer)
{
    const QString tenantPrefix = u'/' + m_config.tenant;
    const QString rest = request.path.mid(tenantPrefix.size());
    // IMS answers a message once it is checked off this thread; everything else at once.
    if (request.path.startsWith(tenantPrefix + imsPrefix)) {
        if (auto refused = refuseApi(request))
            return answer(*refused);
        m_ims->handle(request, rest.mid(imsPrefix.size()), answer);
        return;
    }
    answer(routeAtOnce(request, rest));
}

HttpResponse SandboxServer::routeAtOnce(const HttpRequest &request, const QString &rest)
{
    const QString tenantPrefix = u'/' + m_config.tenant;
    if (!request.path.startsWith(tenantPrefix + u'/'))
        return HttpResponse::gatewayError(404, u"no API at %1 (unknown tenant or path)"_s.arg(request.path));
    if (rest == u"/as/token.oauth2"_s)
        return m_oauth->token(request);
    if (rest == u"/as/revoke_token.oauth2"_s)
        return m_oauth->revoke(request);
    if (rest.startsWith(u"/v2/"_s) || rest == u"/v2"_s)
        return m_scim->handle(request, rest.mid(3)); // SCIM has credentials of its own

    if (!rest.startsWith(oneViewPrefix))
        return HttpResponse::gatewayError(404, u"no API at %1"_s.arg(request.path));
    if (auto refused = refuseApi(request))
        return *refused;
    return m_oneView->handle(request, rest.mid(oneViewPrefix.size()));
}

std::optional<HttpResponse> SandboxServer::refuseApi(const HttpRequest &request) const
{
    if (auto refused = refuseBearer(request))
        return refused;
    if (m_config.enforceScopes)
        return HttpResponse::gatewayError(403, u"the token carries no scope for this API (scope enforcement is on)"_s);
    return std::nullopt;
}

std::optional<HttpResponse> SandboxServer::refuseBearer(const HttpRequest &request) const
{
    switch (m_oauth->checkBearer(request)) {
    case OAuthServer::BearerCheck::Valid: return std::nullopt;
    case OAuthServer::BearerCheck::Missing: return HttpResponse::gatewayError(401, u"missing bearer token"_s);
    case OAuthServer::BearerCheck::Unknown: return HttpResponse::gatewayError(401, u"invalid token"_s);
    case OAuthServer::BearerCheck::Expired: return HttpResponse::gatewayError(401, u"token expired"_s);
    case OAuthServer::BearerCheck::Revoked: return HttpResponse::gatewayError(401, u"token revoked"_s);
    }
    return std::nullopt;
}

std::optional<HttpResponse> SandboxServer::refuseBody(const HttpRequest &head) const
{
    // Only IMS takes large bodies, and only from a holder of a token: anyone else's body is
    // refused before it is read, so unfinished uploads cannot hold megabytes each.
    if (head.path.startsWith(u"/__sandbox/"_s))
        return refuseControl(head);
    const QString tenantPrefix = u'/' + m_config.tenant;
    if (head.path.startsWith(tenantPrefix + imsPrefix) || head.path.startsWith(tenantPrefix + oneViewPrefix))
        return refuseBearer(head);
    if (head.header("content-length").toLongLong() > MaxSmallBodyBytes)
        return HttpResponse::gatewayError(413, u"the body is larger than this API takes"_s);
    return std::nullopt;
}

std::optional<HttpResponse> SandboxServer::refuseControl(const HttpRequest &request) const
{
    // The secret, compared in constant time; or a live bearer token of this sandbox (the
    // workbench reads the routing model with its connection's token).
    const QByteArray given = request.header(ControlSecretHeader);
    const QByteArray secret = m_config.controlSecret.toUtf8();
    bool secretMatches = given.size() == secret.size();
    for (qsizetype i = 0; i < secret.size(); ++i)
        secretMatches &= i < given.size() && given.at(i) == secret.at(i);
    if (!secretMatches && m_oauth->checkBearer(request) != OAuthServer::BearerCheck::Valid)
        return HttpResponse::json(401, {{u"message"_s, u"the control API needs the X-Sandbox-Secret header (printed "
                                                        "at start, written beside the .ionapi as .control) or a "
                                                        "token of this sandbox"_s}});
    // A browser can post text/plain cross-site without asking; JSON it cannot.
    if ((request.method == "PUT" || request.method == "POST") && request.header("content-length").toLongLong() > 0
        && !request.header("content-type").startsWith("application/json"))
        return HttpResponse::json(415, {{u"message"_s, u"the control API takes application/json"_s}});
    return std::nullopt;
}

HttpResponse SandboxServer::control(const HttpRequest &request)
{
    const QString what = request.path.mid(QStringLiteral("/__sandbox/").size());
    if (what == u"faults"_s) {
        if (request.method == "PUT" || request.method == "POST") {
            QJsonParseError err;
            const QJsonObject json = QJsonDocument::fromJson(request.body, &err).object();
            if (err.error != QJsonParseError::NoError)
                return HttpResponse::json(400, {{u"message"_s, u"send a JSON object"_s}});
            m_faults.setSettings(FaultInjector::Settings::fromJson(json, m_faults.settings()));
        }
        return HttpResponse::json(200, m_faults.settings().toJson());
    }
    if (what == u"expire-tokens"_s && request.method == "POST") {
        expireTokensNow();
        return HttpResponse::json(200, {{u"expired"_s, true}});
    }
    if (what == u"config"_s) {
        if (request.method == "PUT" || request.method == "POST") {
            const QJsonObject json = QJsonDocument::fromJson(request.body).object();
            m_config.enforceScopes = json.value(u"enforceScopes"_s).toBool(m_config.enforceScopes);
            m_config.tokenLifetimeSeconds = json.value(u"tokenLifetimeSeconds"_s).toInt(m_config.tokenLifetimeSeconds);
        }
        return HttpResponse::json(200, {{u"enforceScopes"_s, m_config.enforceScopes},
                                        {u"tokenLifetimeSeconds"_s, m_config.tokenLifetimeSeconds}});
    }
    if (what == u"receipts"_s) {
        const ReceiptLog::Summary r = m_receipts->summary();
        QJsonObject duplicates;
        for (auto it = r.duplicates.begin(); it != r.duplicates.end(); ++it)
            duplicates.insert(it.key(), it.value());
        return HttpResponse::json(200, {{u"total"_s, r.total}, {u"distinctDocuments"_s, r.distinctDocuments},
                                        {u"duplicates"_s, duplicates}});
    }
    if (what == u"routing"_s) {
        if (request.method == "PUT" || request.method == "POST") {
            QString error;
            const auto routing = TenantRouting::fromJson(QJsonDocument::fromJson(request.body).object(), &error);
            if (!routing)
                return HttpResponse::json(400, {{u"message"_s, error}});
            *m_routing = *routing;
        }
        return HttpResponse::json(200, m_routing->toJson());
    }
    if (what == u"stats"_s) {
        return HttpResponse::json(200, {{u"requests"_s, m_requests},
                                        {u"tokenRequests"_s, m_oauth->tokenRequests()},
                                        {u"issuedTokens"_s, m_oauth->issuedTokens()},
                                        {u"liveTokens"_s, m_oauth->liveTokens()}});
    }
    return HttpResponse::json(404, {{u"message"_s, u"control API: faults, expire-tokens, config, routing, receipts, stats"_s}});
}
