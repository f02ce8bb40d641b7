// SPDX-License-Identifier: GPL-3.0-or-later
#include "oneviewservice.h"

#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
HttpResponse error(int status, const QString &message)
{
    return HttpResponse::gatewayError(status, message);
}
} // namespace

OneViewService::OneViewService(MessageLogStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

HttpResponse OneViewService::handle(const HttpRequest &request, const QString &subPath)
{
    if (request.method != "GET")
        return error(405, u"use GET"_s);
    if (subPath == u"/data"_s)
        return search(request);
    if (subPath == u"/data/facets"_s)
        return facets(request);
    const QString messageId = request.query.queryItemValue(u"messageId"_s, QUrl::FullyDecoded);
    if (subPath == u"/data/streamDocumentPayload"_s) {
        const auto payload = m_store->payload(messageId);
        if (!payload)
            return error(404, u"no message %1"_s.arg(messageId));
        HttpResponse r;
        r.contentType = "text/xml; charset=utf-8";
        r.body = *payload;
        return r;
    }
    if (subPath == u"/data/events"_s) {
        if (!m_store->message(messageId))
            return error(404, u"no message %1"_s.arg(messageId));
        QJsonArray events;
        for (const LogEvent &e : m_store->events(messageId))
            events.append(QJsonObject {{u"time"_s, e.time.toString(Qt::ISODateWithMs)},
                                       {u"event"_s, e.event},
                                       {u"detail"_s, e.detail}});
        return HttpResponse::json(200, {{u"messageId"_s, messageId}, {u"events"_s, events}});
    }
    return error(404, u"no message-log resource at %1"_s.arg(subPath));
}

HttpResponse OneViewService::search(const HttpRequest &request)
{
    const QUrlQuery &q = request.query;
    if (q.queryItemValue(u"store"_s) != u"Message"_s)
        return error(400, u"store=Message is required"_s);
    QString parseError;
    const auto filter = OneViewFilter::parse(q.queryItemValue(u"filter"_s, QUrl::FullyDecoded), &parseError);
    if (!filter)
        return error(400, u"bad filter: %1"_s.arg(parseError));
    bool ok = true;
    const int page = q.hasQueryItem(u"page"_s) ? q.queryItemValue(u"page"_s).toInt(&ok) : 1;
    bool okRecords = true;
    const int records = q.hasQueryItem(u"records"_s) ? q.queryItemValue(u"records"_s).toInt(&okRecords) : 100;
    if (!ok || !okRecords || page < 1 || records < 1 || records > MaxRecords)
        return error(400, u"page must be 1 or more and records between 1 and %1"_s.arg(MaxRecords));
    QString storeError;
    const auto result = m_store->search(*filter, page, records,
                                        q.queryItemValue(u"sort"_s, QUrl::FullyDecoded).isEmpty()
                                            ? u"message_date:desc"_s
                                            : q.queryItemValue(u"sort"_s, QUrl::FullyDecoded),
                                        &storeError);
    if (!result)
        return error(400, storeError);
    QJsonArray data;
    for (const LogMessage &m : result->records)
        data.append(m.toJson());
    return HttpResponse::json(200, {{u"numFound"_s, result->numFound}, {u"page"_s, page}, {u"records"_s, records},
                                    {u"data"_s, data}});
}

HttpResponse OneViewService::facets(const HttpRequest &request)
{
    QString parseError;
    const auto filter = OneViewFilter::parse(request.query.queryItemValue(u"filter"_s, QUrl::FullyDecoded), &parseError);
    if (!filter)
        return error(400, u"bad filter: %1"_s.arg(parseError));
    const QString field = request.query.queryItemValue(u"field"_s);
    QString storeError;
    const auto counts = m_store->facet(*filter, field, &storeError);
    if (!counts)
        return error(400, storeError);
    QJsonObject o;
    for (auto it = counts->begin(); it != counts->end(); ++it)
        o.insert(it.key(), it.value());
    return HttpResponse::json(200, {{u"field"_s, field}, {u"counts"_s, o}});
}
