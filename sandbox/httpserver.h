// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

class QTcpServer;
class QTcpSocket;

// Hands an answer back to the connection a request came on, now or later. drop() closes
// the connection without an answer: the sandbox's "dropped connection" fault.
class HttpResponder
{
public:
    HttpResponder() = default;
    explicit HttpResponder(QTcpSocket *socket, bool keepAlive);
    void send(const HttpResponse &response);
    void drop();

private:
    QPointer<QTcpSocket> m_socket;
    bool m_keepAlive = true;
};

// A small HTTP/1.1 server over TCP or TLS, listening on loopback only. Written for the sandbox
// rather than taken from QtHttpServer because faults need the socket itself (drop a connection
// mid-exchange), and QtHttpServer's handler API differs between Qt 6.4 and 6.8.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder)>;
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 80 * 1024 * 1024;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const { return !m_certificate.isNull(); }
    // Refuses any address that is not loopback.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    void close();

private:
    void accept(QTcpSocket *socket);
    void readFrom(QTcpSocket *socket);

    class Listener;
    Listener *m_listener = nullptr;
    Handler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
};
