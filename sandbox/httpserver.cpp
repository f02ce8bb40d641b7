// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const char *const BufferProperty = "ionwbBuffer";
const char *const BusyProperty = "ionwbBusy";
} // namespace

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

HttpResponder::HttpResponder(QTcpSocket *socket, bool keepAlive)
    : m_socket(socket)
    , m_keepAlive(keepAlive)
{
}

void HttpResponder::send(const HttpResponse &response)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr; // one answer per request
    socket->write(response.serialize(m_keepAlive));
    socket->setProperty(BusyProperty, false);
    if (!m_keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    // A pipelined request may already be waiting.
    QMetaObject::invokeMethod(socket, [socket] { Q_EMIT socket->readyRead(); }, Qt::QueuedConnection);
}

void HttpResponder::drop()
{
    if (m_socket)
        m_socket->abort();
    m_socket = nullptr;
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
}

HttpServer::~HttpServer() = default;

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
    delete m_listener; // its sockets are its children
    m_listener = nullptr;
}

void HttpServer::accept(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void HttpServer::readFrom(QTcpSocket *socket)
{
    if (socket->property(BusyProperty).toBool())
        return; // one request at a time per connection; the rest waits in the buffer
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    auto reject = [socket](int status, const char *message) {
        HttpResponder(socket, false).send(HttpResponse::json(status, {{u"error"_s, QString::fromLatin1(message)}}));
    };
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > MaxHeaderBytes)
            return reject(400, "request header too large");
        socket->setProperty(BufferProperty, buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return reject(400, "malformed request line");
    HttpRequest request;
    request.method = requestLine[0];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    bool ok = true;
    const qint64 length = request.headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0)
        return reject(400, "bad Content-Length");
    if (length > MaxBodyBytes)
        return reject(413, "request body too large");
    if (request.headers.contains("transfer-encoding"))
        return reject(400, "chunked request bodies are not supported; send Content-Length");
    if (buffer.size() < headerEnd + 4 + length) {
        socket->setProperty(BufferProperty, buffer);
        return;
    }
    request.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty(BufferProperty, buffer.mid(headerEnd + 4 + length));
    const QUrl target(QString::fromLatin1(requestLine[1]));
    request.path = target.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    request.peer = socket->peerAddress();
    const bool keepAlive = request.header("connection").toLower() != "close" && requestLine[2] == "HTTP/1.1";
    socket->setProperty(BusyProperty, true);
    if (m_handler)
        m_handler(request, HttpResponder(socket, keepAlive));
    else
        HttpResponder(socket, keepAlive).send(HttpResponse::json(404, {}));
}
