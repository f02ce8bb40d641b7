// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/payloadcollector.h"

#include "ion/ionendpoints.h"
#include "ion/networkfailure.h"
#include "ion/oauthsession.h"
#include "messagelog/messagelogstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

QList<LogEvent> PayloadCollector::eventsFromJson(const QByteArray &body)
{
    QList<LogEvent> events;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(u"events"_s).toArray())
        events.append({QDateTime::fromString(v[u"time"_s].toString(), Qt::ISODateWithMs), v[u"event"_s].toString(),
                       v[u"detail"_s].toString()});
    return events;
}

void PayloadCollector::complete(QList<LogExport::Entry> entries, MessageLogStore *store, OAuthSession *session,
                                const QUrl &serviceUrl, QObject *context,
                                std::function<void(const QList<LogExport::Entry> &)> done)
{
    auto shared = std::make_shared<QList<LogExport::Entry>>(std::move(entries));
    for (LogExport::Entry &e : *shared) {
        if (e.payload.isEmpty())
            e.payload = store->payload(e.message.messageId).value_or(QByteArray());
        if (e.events.isEmpty())
            e.events = store->events(e.message.messageId);
    }
    auto missing = std::make_shared<int>(0);
    const QString data = IonEndpoints::oneView(serviceUrl).toString() + u'/';
    QPointer<QObject> alive(context);
    auto fetch = [&](qsizetype i, const QString &what, std::function<void(const QByteArray &)> use) {
        ++*missing;
        const QString id = QString::fromLatin1(QUrl::toPercentEncoding((*shared)[i].message.messageId));
        session->get(QUrl(data + what + u"?messageId="_s + id), [alive, shared, missing, use, done](const HttpOutcome &o) {
            if (!alive)
                return;
            if (o.ok())
                use(o.body);
            if (--*missing == 0)
                done(*shared);
        });
    };
    ++*missing; // held until every request is out, so `done` cannot run early
    for (qsizetype i = 0; i < shared->size() && session; ++i) {
        const QString id = (*shared)[i].message.messageId;
        if ((*shared)[i].payload.isEmpty()) {
            fetch(i, u"streamDocumentPayload"_s, [shared, store, i, id](const QByteArray &body) {
                (*shared)[i].payload = body;
                store->setPayload(id, body);
            });
        }
        if ((*shared)[i].events.isEmpty())
            fetch(i, u"events"_s, [shared, i](const QByteArray &body) { (*shared)[i].events = eventsFromJson(body); });
    }
    if (--*missing == 0)
        done(*shared);
}
