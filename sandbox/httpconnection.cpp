// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "httpserver.h"

#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpRequestParser::Limits &limits, const Timeouts &timeouts,
                               const Handler &handler, const HeadCheck &headCheck, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_timeouts(timeouts)
    , m_handler(handler)
    , m_headCheck(headCheck)
{
    socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::read);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        m_timer.stop();
        deleteLater();
    });
    m_timer.start(m_timeouts.idleMs); // a client that connects and says nothing
}

HttpConnection::~HttpConnection()
{
    Q_EMIT closed();
}

void HttpConnection::read()
{
    if (m_closing)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_inRequest && !m_busy) {
        // The request's clock starts with its first byte and is not wound back by later ones:
        // a client that trickles a byte a second still runs out of time.
        m_inRequest = true;
        m_timer.start(m_timeouts.requestMs);
    }
    m_parser.feed(bytes);
    process();
}

void HttpConnection::process()
{
    while (!m_busy && !m_closing) {
        switch (m_parser.next()) {
        case HttpRequestParser::State::NeedMore:
            return;
        case HttpRequestParser::State::Error:
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        case HttpRequestParser::State::Head:
            // Refuse a body before it is read (no token, too large for the path), rather
            // than buffer megabytes for a request that will be refused anyway.
            if (m_parser.contentLength() > 0 && m_headCheck) {
                if (const auto refusal = m_headCheck(m_parser.request())) {
                    respond(*refusal, false);
                    return;
                }
            }
            break;
        case HttpRequestParser::State::Complete: {
            HttpRequest request = m_parser.takeRequest();
            request.peer = m_socket->peerAddress();
            const bool keepAlive = request.header("connection").toLower() != "close" && request.version == "HTTP/1.1";
            m_busy = true;
            m_inRequest = false;
            m_timer.stop(); // the handler may take its time (latency faults); that is ours, not the client's
            if (m_handler)
                m_handler(request, HttpResponder(this, keepAlive));
            else
                respond(HttpResponse::json(404, {}), keepAlive);
            return;
        }
        }
    }
}

void HttpConnection::respond(const HttpResponse &response, bool keepAlive)
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(response.serialize(keepAlive));
    m_busy = false;
    if (!keepAlive) {
        m_closing = true;
        m_timer.stop();
        m_socket->disconnectFromHost(); // after what was written has gone out
        return;
    }
    m_inRequest = m_parser.hasBufferedBytes();
    m_timer.start(m_inRequest ? m_timeouts.requestMs : m_timeouts.idleMs);
    // A pipelined request may already be waiting.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::respondCutOff(const HttpResponse &response)
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray whole = response.serialize(false);
    m_socket->write(whole.left(whole.size() - response.body.size() / 2));
    m_closing = true;
    m_busy = false;
    m_timer.stop();
    m_socket->disconnectFromHost();
}

void HttpConnection::drop()
{
    m_closing = true;
    m_timer.stop();
    m_socket->abort();
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    respond(HttpResponse::json(status, {{u"error"_s, QString::fromLatin1(message)}}), false);
}

void HttpConnection::timedOut()
{
    if (m_busy || m_closing)
        return;
    if (m_inRequest)
        refuse(408, "the request was not finished in time");
    else
        drop(); // idle: nothing to answer
}
