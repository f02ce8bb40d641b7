// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpconnection.h"
#include "httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

class QTcpSocket;

// Hands an answer back to the connection a request came on, now or later. drop() closes
// the connection without an answer: the sandbox's "dropped connection" fault.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, bool keepAlive);
    void send(const HttpResponse &response);
    void sendCutOff(const HttpResponse &response); // the head and half the body, then closed
    void drop();

private:
    QPointer<HttpConnection> m_connection;
    bool m_keepAlive = true;
};

// A small HTTP/1.1 server over TCP or TLS, listening on loopback only. Written for the sandbox
// rather than taken from QtHttpServer because faults need the socket itself (drop a connection
// mid-exchange), and QtHttpServer's handler API differs between Qt 6.4 and 6.8.
// Bad clients are bounded: head and body sizes (431, 413), malformed requests (400), a request
// not finished in time (408), idle connections closed, and at most maxConnections at once.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = HttpConnection::Handler;
    using HeadCheck = HttpConnection::HeadCheck;
    struct Limits
    {
        HttpRequestParser::Limits request;
        HttpConnection::Timeouts timeouts;
        int maxConnections = 256; // well below the usual 1,024 descriptors
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Asked once a request's head is in and a body is announced; an answer refuses the body.
    void setHeadCheck(HeadCheck check) { m_headCheck = std::move(check); }
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const { return !m_certificate.isNull(); }
    // Refuses any address that is not loopback.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    void close();
    int connectionCount() const { return m_connections; }

private:
    void accept(QTcpSocket *socket);

    class Listener;
    Listener *m_listener = nullptr;
    Handler m_handler;
    HeadCheck m_headCheck;
    Limits m_limits;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
};
