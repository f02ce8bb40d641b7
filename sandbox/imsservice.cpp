// SPDX-License-Identifier: GPL-3.0-or-later
#include "imsservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

ImsService::ImsService(QObject *parent)
    : QObject(parent)
{
}

HttpResponse ImsService::handle(const HttpRequest &request, const QString &subPath)
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
    return HttpResponse::json(404, {{u"code"_s, 404}, {u"message"_s, u"no IMS resource at %1"_s.arg(subPath)}});
}
