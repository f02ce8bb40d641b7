// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectiontester.h"

#include "common/logging.h"
#include "connection/ionapifile.h"
#include "connection/testadvice.h"
#include "connection/tlstrust.h"
#include "ion/ionendpoints.h"
#include "ion/oauthsession.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester() = default;

QString ConnectionTester::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Urls: return tr("URLs");
    case Stage::Network: return tr("Network and TLS");
    case Stage::Token: return tr("OAuth token");
    case Stage::Api: return tr("Authenticated call (IMS ping)");
    }
    return {};
}

QString ConnectionTester::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return tr("Pending");
    case Status::Running: return tr("Running…");
    case Status::Passed: return tr("Passed");
    case Status::Failed: return tr("Failed");
    case Status::Skipped: return tr("Skipped");
    }
    return {};
}

bool ConnectionTester::passed() const
{
    return !m_results.isEmpty()
        && std::all_of(m_results.begin(), m_results.end(), [](const StageResult &r) { return r.status == Status::Passed; });
}

QString ConnectionTester::summary() const
{
    for (const StageResult &r : m_results) {
        if (r.status == Status::Failed)
            return tr("%1 failed: %2").arg(stageName(r.stage), r.detail);
    }
    qint64 total = 0;
    for (const StageResult &r : m_results)
        total += r.elapsedMs;
    return passed() ? tr("All stages passed in %1 ms").arg(total) : tr("Not tested");
}

void ConnectionTester::start(const ConnectionProfile &profile, OAuthSession *shared)
{
    cancel();
    m_session = shared;
    m_ownsSession = !shared;
    ++m_generation;
    m_profile = profile;
    m_fingerprint = profile.testFingerprint();
    m_untrusted = QSslCertificate();
    m_results.clear();
    for (Stage s : {Stage::Urls, Stage::Network, Stage::Token, Stage::Api})
        m_results.append(StageResult {s, Status::Pending, 0, {}, {}});
    m_running = true;
    for (int i = 0; i < m_results.size(); ++i)
        Q_EMIT stageChanged(i);
    // Results always arrive after start() returns, even when the first stage fails at once.
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                runUrls();
        },
        Qt::QueuedConnection);
}

void ConnectionTester::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_socket)
        m_socket->abort();
    releaseSession();
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results[i].status == Status::Running || m_results[i].status == Status::Pending) {
            m_results[i].status = Status::Skipped;
            m_results[i].detail = tr("Cancelled");
            Q_EMIT stageChanged(i);
        }
    }
    m_running = false;
    Q_EMIT finished(false);
}

void ConnectionTester::begin(int index)
{
    m_clock.start();
    m_results[index].status = Status::Running;
    Q_EMIT stageChanged(index);
}

void ConnectionTester::pass(int index, const QString &detail)
{
    m_results[index].status = Status::Passed;
    m_results[index].elapsedMs = m_clock.elapsed();
    m_results[index].detail = detail;
    qCInfo(lcTester) << stageName(m_results[index].stage) << "passed:" << detail;
    Q_EMIT stageChanged(index);
}

void ConnectionTester::fail(int index, const QString &detail, const QString &advice)
{
    m_results[index].status = Status::Failed;
    m_results[index].elapsedMs = m_clock.elapsed();
    m_results[index].detail = detail;
    m_results[index].advice = advice;
    qCInfo(lcTester) << stageName(m_results[index].stage) << "failed:" << detail;
    Q_EMIT stageChanged(index);
    for (int i = index + 1; i < m_results.size(); ++i) {
        m_results[i].status = Status::Skipped;
        Q_EMIT stageChanged(i);
    }
    finish();
}

void ConnectionTester::finish()
{
    m_running = false;
    releaseSession();
    Q_EMIT finished(passed());
}

void ConnectionTester::releaseSession()
{
    if (m_session && m_ownsSession) {
        // Leave no live token behind (the quota is 100 per client); the session may be
        // inside one of its own callbacks, so it goes later.
        QPointer<OAuthSession> session = m_session;
        QPointer<ConnectionTester> self = this;
        // released() always comes after finished(), also when there was no token and revoke()
        // answers at once.
        session->revoke([session, self](const OAuthError &) {
            if (session)
                session->deleteLater();
            if (self)
                QMetaObject::invokeMethod(self, &ConnectionTester::released, Qt::QueuedConnection);
        });
    } else {
        QMetaObject::invokeMethod(this, &ConnectionTester::released, Qt::QueuedConnection);
    }
    m_session = nullptr;
    m_ownsSession = false;
}

void ConnectionTester::runUrls()
{
    begin(0);
    if (const QString problem = m_profile.validate(); !problem.isEmpty()) {
        fail(0, tr("Incomplete connection"), problem);
        return;
    }
    m_hosts.clear();
    for (const QUrl &url : {m_profile.serviceUrl, m_profile.effectiveTokenEndpoint()}) {
        const QString scheme = url.scheme();
        if (scheme != u"https"_s && !(scheme == u"http"_s && IonApiFile::isLoopbackHost(url.host()))) {
            fail(0, tr("%1 is not https").arg(url.toDisplayString()),
                 tr("Use https:// URLs; plain http is allowed only for the local sandbox on a loopback address."));
            return;
        }
        const bool seen = std::any_of(m_hosts.begin(), m_hosts.end(), [&](const QUrl &h) {
            return h.host() == url.host() && h.port(443) == url.port(443) && h.scheme() == url.scheme();
        });
        if (!seen)
            m_hosts << url;
    }
    pass(0, tr("Service URL %1, token endpoint %2")
                .arg(m_profile.serviceUrl.toDisplayString(), m_profile.effectiveTokenEndpoint().toDisplayString()));
    begin(1);
    runNetwork(0);
}

void ConnectionTester::runNetwork(int hostIndex)
{
    if (hostIndex >= m_hosts.size()) {
        QStringList names;
        for (const QUrl &h : m_hosts)
            names << u"%1:%2"_s.arg(h.host()).arg(h.port(h.scheme() == u"https"_s ? 443 : 80));
        pass(1, tr("Reached %1").arg(names.join(u", "_s)) + m_results[1].detail);
        runToken();
        return;
    }
    const QUrl url = m_hosts[hostIndex];
    const bool tls = url.scheme() == u"https"_s;
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    const QString hostPort = u"%1:%2"_s.arg(url.host()).arg(port);
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    const int generation = m_generation;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = [this, socket, generation, hostPort, hostIndex, tls, sslErrors](HttpOutcome::Kind kind) {
        if (generation != m_generation)
            return;
        socket->disconnect(this);
        socket->deleteLater();
        if (kind == HttpOutcome::Kind::Ok) {
            if (tls)
                m_results[1].detail += tr("; TLS verified (%1)").arg(socket->sessionCipher().protocolString());
            runNetwork(hostIndex + 1);
            return;
        }
        HttpOutcome o;
        o.kind = kind;
        o.sslErrors = *sslErrors;
        o.networkErrorText = socket->errorString();
        if (kind == HttpOutcome::Kind::TlsUntrusted) {
            o.peerCertificate = socket->peerCertificate();
            if (o.peerCertificate.isNull() && !sslErrors->isEmpty())
                o.peerCertificate = sslErrors->first().certificate();
            // Trust is offered only where it helps: a certificate for another host stays wrong.
            const bool otherHost = std::any_of(sslErrors->cbegin(), sslErrors->cend(), [](const QSslError &e) {
                return e.error() == QSslError::HostNameMismatch;
            });
            if (!otherHost)
                m_untrusted = o.peerCertificate;
        }
        socket->abort();
        fail(1, tr("%1: %2").arg(hostPort, o.describe()),
             TestAdvice::forNetwork(o, hostPort, m_profile.timeoutSeconds));
    };
    connect(timer, &QTimer::timeout, this, [done] { done(HttpOutcome::Kind::Timeout); });
    connect(socket, &QSslSocket::sslErrors, this, [sslErrors](const QList<QSslError> &e) { *sslErrors = e; });
    connect(socket, &QSslSocket::errorOccurred, this, [done, sslErrors](QAbstractSocket::SocketError e) {
        if (!sslErrors->isEmpty()) {
            done(HttpOutcome::Kind::TlsUntrusted);
            return;
        }
        switch (e) {
        case QAbstractSocket::HostNotFoundError: done(HttpOutcome::Kind::HostNotFound); break;
        case QAbstractSocket::ConnectionRefusedError: done(HttpOutcome::Kind::ConnectionRefused); break;
        case QAbstractSocket::SocketTimeoutError: done(HttpOutcome::Kind::Timeout); break;
        case QAbstractSocket::SslHandshakeFailedError: done(HttpOutcome::Kind::TlsFailed); break;
        case QAbstractSocket::RemoteHostClosedError: done(HttpOutcome::Kind::ConnectionClosed); break;
        default: done(HttpOutcome::Kind::OtherNetwork); break;
        }
    });
    timer->start(m_profile.timeoutSeconds * 1000);
    if (tls) {
        socket->setSslConfiguration(TlsTrust::configuration(m_profile.trustedCertificates));
        connect(socket, &QSslSocket::encrypted, this, [done] { done(HttpOutcome::Kind::Ok); });
        socket->connectToHostEncrypted(url.host(), port);
    } else {
        connect(socket, &QSslSocket::connected, this, [done] { done(HttpOutcome::Kind::Ok); });
        socket->connectToHost(url.host(), port);
    }
}

void ConnectionTester::runToken()
{
    begin(2);
    if (!m_session) {
        m_session = new OAuthSession(OAuthSession::configFor(m_profile), this);
        m_ownsSession = true;
    }
    const int generation = m_generation;
    m_session->ensureToken([this, generation](const OAuthError &error) {
        if (generation != m_generation)
            return;
        if (!error.ok()) {
            fail(2, error.summary(), TestAdvice::forToken(error, m_profile.timeoutSeconds));
            return;
        }
        const QString method = m_session->effectiveClientAuth() == ClientAuthMethod::FormFields
            ? tr("client id and secret as form fields")
            : tr("HTTP Basic client authentication");
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(m_session->expiresAt());
        pass(2, tr("Bearer token valid for %1 s, %2").arg(seconds).arg(method));
        runApi();
    });
}

void ConnectionTester::runApi()
{
    begin(3);
    const int generation = m_generation;
    const QUrl ping = IonEndpoints::imsPing(m_profile.serviceUrl);
    m_session->get(ping, [this, generation, ping](const HttpOutcome &o) {
        if (generation != m_generation)
            return;
        if (o.ok()) {
            pass(3, tr("GET %1 answered HTTP %2").arg(ping.path()).arg(o.httpStatus));
            finish();
        } else
            fail(3, tr("GET %1: %2").arg(ping.path(), o.describe()), TestAdvice::forApi(o, m_profile.timeoutSeconds));
    });
}
