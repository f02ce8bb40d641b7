// SPDX-License-Identifier: GPL-3.0-or-later
#include "scim/scimclient.h"

#include "ion/httpexchange.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

ScimClient::ScimClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &ScimClient::sendNext);
    m_clock.start();
}

QString ScimClient::patchSchema()
{
    return u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s;
}

QString ScimClient::userSchema()
{
    return u"urn:ietf:params:scim:schemas:core:2.0:User"_s;
}

QString ScimClient::groupSchema()
{
    return u"urn:ietf:params:scim:schemas:core:2.0:Group"_s;
}

void ScimClient::setCallsPerMinute(int calls)
{
    m_callsPerMinute = qMax(0, calls);
}

void ScimClient::request(const QByteArray &method, const QString &path, const QJsonObject &body, Callback done)
{
    m_queue.enqueue({method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                     std::move(done)});
    if (!m_pace.isActive() && m_queue.size() == 1)
        sendNext();
}

void ScimClient::list(const QString &resourceType, const QString &filter, int startIndex, int count, Callback done)
{
    QUrlQuery q;
    if (!filter.isEmpty())
        q.addQueryItem(u"filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    q.addQueryItem(u"startIndex"_s, QString::number(startIndex));
    q.addQueryItem(u"count"_s, QString::number(count));
    get(u'/' + resourceType + u'?' + q.toString(QUrl::FullyEncoded), std::move(done));
}

void ScimClient::sendNext()
{
    if (m_queue.isEmpty())
        return;
    // Spaced evenly: the limit is per minute, and bursts are what servers refuse.
    const qint64 interval = m_callsPerMinute > 0 ? 60'000 / m_callsPerMinute : 0;
    const qint64 wait = m_lastSentMs < 0 ? 0 : m_lastSentMs + interval - m_clock.elapsed();
    if (wait > 0) {
        m_pace.start(int(wait));
        return;
    }
    const Pending p = m_queue.dequeue();
    m_lastSentMs = m_clock.elapsed();
    ++m_sent;
    QNetworkRequest request(QUrl(m_credentials.url.toString() + p.path));
    request.setRawHeader("Authorization",
                         (m_credentials.auth == Auth::Bearer ? "Bearer " : "Basic ") + m_credentials.token());
    request.setRawHeader("Accept", "application/scim+json, application/json");
    if (!p.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const HttpExchange::Resend resend = p.method == "GET" ? HttpExchange::Resend::Allowed : HttpExchange::Resend::Never;
    HttpExchange::send(m_network, request, p.method, p.body, m_timeoutMs, this, [this, p](const HttpOutcome &o) {
        Response r {p.method, p.path, p.body, o, QJsonDocument::fromJson(o.body).object()};
        p.done(r);
        if (!m_queue.isEmpty() && !m_pace.isActive())
            sendNext();
    }, resend);
    if (!m_queue.isEmpty() && interval > 0)
        m_pace.start(int(interval));
}
