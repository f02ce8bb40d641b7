// SPDX-License-Identifier: GPL-3.0-or-later
#include "imsservice.h"

#include "messageintake.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

ImsService::ImsService(QObject *parent)
    : QObject(parent)
{
}

void ImsService::handle(const HttpRequest &request, const QString &subPath, const Answer &answer)
{
    if (subPath == u"/v2/multipartMessage"_s || subPath == u"/v3/multipartMessage"_s || subPath == u"/v2/message"_s) {
        if (request.method != "POST")
            return answer(HttpResponse::json(405, {{u"message"_s, u"use POST"_s}}));
        if (!m_active)
            return answer(HttpResponse::json(503, {{u"message"_s, u"the IMS document flow is not active"_s}}));
        const auto format = subPath == u"/v2/message"_s ? MessageIntake::Format::Json : MessageIntake::Format::Multipart;
        m_intake->accept(request, format, subPath.startsWith(u"/v2"_s) ? 201 : 202, answer);
        return;
    }
    answer(answerAtOnce(request, subPath));
}

HttpResponse ImsService::answerAtOnce(const HttpRequest &request, const QString &subPath) const
{
    if (subPath == u"/ping"_s) {
        if (request.method != "GET")
            return HttpResponse::json(405, {{u"message"_s, u"use GET"_s}});
        if (!m_active)
            return HttpResponse::json(503, {{u"message"_s, u"the IMS document flow is not active"_s}});
        HttpResponse r;
        r.contentType = "text/plain";
        r.body = "pong";
        return r;
    }
    if (subPath == u"/versions"_s) {
        if (request.method != "GET")
            return HttpResponse::json(405, {{u"message"_s, u"use GET"_s}});
        return HttpResponse::json(200, {{u"versions"_s, QJsonArray {u"v2"_s, u"v3"_s}}});
    }
    static const QRegularExpression accepted(u"^/v3/([^/]+)/acceptedDocuments$"_s);
    if (const auto match = accepted.match(subPath); match.hasMatch())
        return m_intake->acceptedDocuments(match.captured(1));
    return HttpResponse::json(404, {{u"code"_s, 404}, {u"message"_s, u"no IMS resource at %1"_s.arg(subPath)}});
}
