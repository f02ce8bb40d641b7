// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QSslSocket>
#include <QTcpServer>

using namespace Qt::StringLiterals;

class HttpServer::Listener : public QTcpServer
{
public:
    explicit Listener(HttpServer *server)
        : QTcpServer(server)
        , m_server(server)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_server->m_connections >= m_server->m_limits.maxConnections) {
            // Accepted only to be closed at once: the descriptor comes back now, and a plain
            // client learns why. Leaving it in the backlog would fill that instead.
            if (!m_server->isTls())
                socket->write(HttpResponse::json(503, {{u"error"_s, u"too many connections"_s}}).serialize(false));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
            return;
        }
        m_server->accept(socket);
        if (m_server->isTls()) {
            socket->setLocalCertificate(m_server->m_certificate);
            socket->setPrivateKey(m_server->m_key);
            socket->setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
            // A client that rejects our certificate aborts the handshake; that is expected.
            connect(socket, &QSslSocket::sslErrors, socket, [] {});
            socket->startServerEncryption();
        }
    }

private:
    HttpServer *m_server;
};

HttpResponder::HttpResponder(HttpConnection *connection, bool keepAlive)
    : m_connection(connection)
    , m_keepAlive(keepAlive)
{
}

void HttpResponder::send(const HttpResponse &response)
{
    if (HttpConnection *c = m_connection) {
        m_connection = nullptr; // one answer per request
        c->respond(response, m_keepAlive);
    }
}

void HttpResponder::sendCutOff(const HttpResponse &response)
{
    if (HttpConnection *c = m_connection) {
        m_connection = nullptr;
        c->respondCutOff(response);
    }
}

void HttpResponder::drop()
{
    if (HttpConnection *c = m_connection)
        c->drop();
    m_connection = nullptr;
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
}

HttpServer::~HttpServer()
{
    close(); // the connections go while the handlers they copied still make sense
}

void HttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!address.isLoopback()) {
        if (error)
            *error = tr("The sandbox listens on loopback addresses only, not on %1.").arg(address.toString());
        return false;
    }
    close();
    m_listener = new Listener(this);
    m_listener->setListenBacklogSize(128); // bursts of clients, e.g. a resubmission at full concurrency
    if (!m_listener->listen(address, port)) {
        if (error)
            *error = m_listener->errorString();
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void HttpServer::close()
{
    delete m_listener; // its connections are its children
    m_listener = nullptr;
}

void HttpServer::accept(QTcpSocket *socket)
{
    auto *connection = new HttpConnection(socket, m_limits.request, m_limits.timeouts, m_handler, m_headCheck, m_listener);
    ++m_connections;
    connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
}
