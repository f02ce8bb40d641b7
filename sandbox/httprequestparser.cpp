// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

#include <QUrl>

namespace {

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &s)
{
    return !s.isEmpty() && s.size() <= 18 && std::all_of(s.cbegin(), s.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

HttpRequestParser::HttpRequestParser(const Limits &limits)
    : m_limits(limits)
{
}

void HttpRequestParser::feed(const QByteArray &bytes)
{
    // Drop what earlier requests used once it is most of the buffer: each byte moves at most
    // a few times, never once per read (the old server re-copied the whole buffer every read).
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_scanFrom -= m_offset;
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QByteArray &message)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::next()
{
    switch (m_phase) {
    case Phase::Failed:
        return State::Error;
    case Phase::Done:
        return State::Complete;
    case Phase::Head: {
        const qsizetype from = std::max(m_offset, m_scanFrom);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n", from);
        if (end < 0) {
            if (m_buffer.size() - m_offset > m_limits.maxHeadBytes)
                return fail(431, "request header too large");
            m_scanFrom = std::max(m_offset, m_buffer.size() - 3);
            return State::NeedMore;
        }
        if (end - m_offset > m_limits.maxHeadBytes) // it all came in one read
            return fail(431, "request header too large");
        return parseHead(end);
    }
    case Phase::Body:
        if (m_buffer.size() - m_offset < m_contentLength)
            return State::NeedMore;
        m_request.body = m_buffer.mid(m_offset, m_contentLength);
        m_offset += m_contentLength;
        m_phase = Phase::Done;
        return State::Complete;
    }
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.mid(m_offset, headEnd - m_offset);
    m_offset = headEnd + 4;
    m_scanFrom = m_offset;
    m_request = HttpRequest();
    const QList<QByteArray> lines = head.split('\n');
    auto line = [&](qsizetype i) {
        QByteArray l = lines.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        return l;
    };
    const QList<QByteArray> requestLine = line(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty()
        || (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0"))
        return fail(400, "malformed request line");
    m_request.method = requestLine[0];
    m_request.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray l = line(i);
        if (l.startsWith(' ') || l.startsWith('\t'))
            return fail(400, "folded header lines are not accepted");
        const qsizetype colon = l.indexOf(':');
        const QByteArray name = colon > 0 ? l.left(colon).toLower() : QByteArray();
        if (!isToken(name))
            return fail(400, "malformed header line");
        const QByteArray value = l.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!isDigits(value))
                return fail(400, "bad Content-Length");
            if (m_request.headers.contains(name) && m_request.headers.value(name) != value)
                return fail(400, "conflicting Content-Length headers");
        }
        if (name == "transfer-encoding")
            return fail(400, "chunked request bodies are not supported; send Content-Length");
        // A repeated header is one comma-separated list (RFC 9110 5.3).
        const auto existing = m_request.headers.constFind(name);
        m_request.headers.insert(name, existing == m_request.headers.cend() || name == "content-length"
                                           ? value
                                           : *existing + ", " + value);
    }
    m_contentLength = m_request.headers.value("content-length", "0").toLongLong();
    if (m_contentLength > m_limits.maxBodyBytes)
        return fail(413, "request body too large");

    const QByteArray target = requestLine[1];
    if (!target.startsWith('/'))
        return fail(400, "the request target must be a path");
    const qsizetype question = target.indexOf('?');
    const QUrl path = QUrl::fromEncoded(target.left(question < 0 ? target.size() : question));
    if (!path.isValid())
        return fail(400, "malformed request target");
    m_request.path = path.path(QUrl::FullyDecoded);
    if (question >= 0)
        m_request.query = HttpRequest::urlEncoded(target.mid(question + 1));
    m_phase = Phase::Body;
    return State::Head;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = HttpRequest();
    m_contentLength = 0;
    m_phase = Phase::Head;
    return r;
}
