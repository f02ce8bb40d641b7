// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QByteArray>

// Reads HTTP/1.1 requests from the bytes of one connection, as they arrive. It knows nothing of
// sockets, so the sandbox's server, the tests and the fuzzer drive the same code. Strict where
// leniency lets one request be read two ways: a Content-Length that is not plain digits or is
// given twice with different values, a folded header line, a chunked body (unsupported), and
// the head's size checked however the bytes arrive.
class HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 64 * 1024;      // request line and headers
        qint64 maxBodyBytes = 16 * 1024 * 1024;  // over IMS's 5 MB message, base64-encoded
    };
    enum class State {
        NeedMore, // feed more bytes
        Head,     // the head is read (request() has no body yet); call next() to read on
        Complete, // request() is whole; take it with takeRequest()
        Error     // errorStatus() and errorMessage() say what; the connection must close
    };

    HttpRequestParser() = default;
    explicit HttpRequestParser(const Limits &limits);

    void feed(const QByteArray &bytes);
    // Reads as far as the buffered bytes allow. Head is reported once per request, before
    // its body is waited for, so a server can refuse a body it will never want.
    State next();
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest(); // after Complete; the parser then reads the next request
    qint64 contentLength() const { return m_contentLength; }
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }
    bool hasBufferedBytes() const { return m_buffer.size() > m_offset; }
    bool isMidRequest() const { return m_phase != Phase::Head || hasBufferedBytes(); }

private:
    enum class Phase { Head, Body, Done, Failed };
    State fail(int status, const QByteArray &message);
    State parseHead(qsizetype headEnd);

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_offset = 0;   // bytes before it belong to requests already taken
    qsizetype m_scanFrom = 0; // where the search for the end of the head resumes
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};
