// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequestparser.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

// One client connection of the sandbox's HTTP server: reads requests one at a time (a pipelined
// one waits in the parser until the answer to the one before is out), answers them through an
// HttpResponder, and closes connections that idle or never finish a request, so that a slow or
// silent client holds nothing but its own socket.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, class HttpResponder)>;
    using HeadCheck = std::function<std::optional<HttpResponse>(const HttpRequest &head)>;
    struct Timeouts
    {
        int idleMs = 60'000;    // a kept-alive connection with nothing to say
        int requestMs = 30'000; // from a request's first byte to its last
    };

    HttpConnection(QTcpSocket *socket, const HttpRequestParser::Limits &limits, const Timeouts &timeouts,
                   const Handler &handler, const HeadCheck &headCheck, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse &response, bool keepAlive);
    void respondCutOff(const HttpResponse &response); // half the body, then closed: a fault
    void drop(); // closes without an answer: the sandbox's "dropped connection" fault

Q_SIGNALS:
    void closed();

private:
    void read();
    void process();
    void refuse(int status, const QByteArray &message);
    void timedOut();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    Timeouts m_timeouts;
    Handler m_handler;
    HeadCheck m_headCheck;
    QTimer m_timer;
    bool m_busy = false;      // a request is with the handler
    bool m_inRequest = false; // bytes of an unfinished request have arrived
    bool m_closing = false;
};
