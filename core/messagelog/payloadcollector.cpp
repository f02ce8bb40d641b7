// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/payloadcollector.h"

#include "ion/ionendpoints.h"
#include "ion/networkfailure.h"
#include "ion/oauthsession.h"
#include "messagelog/messagelogstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// One completion in progress: a queue of requests, sent a few at a time at a steady pace.
class Collection : public QObject
{
public:
    Collection(QList<LogExport::Entry> entries, MessageLogStore *store, OAuthSession *session, const QUrl &serviceUrl,
               QObject *context, std::function<void(const QList<LogExport::Entry> &)> done,
               PayloadCollector::Limits limits)
        : m_entries(std::move(entries))
        , m_store(store)
        , m_session(session)
        , m_data(IonEndpoints::oneView(serviceUrl).toString() + u'/')
        , m_context(context)
        , m_done(std::move(done))
        , m_limits(limits)
    {
        m_pace.setSingleShot(true);
        QObject::connect(&m_pace, &QTimer::timeout, this, [this] { pump(); });
        m_clock.start();
    }

    void start(PayloadCollector::Include include)
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            LogExport::Entry &e = m_entries[i];
            if (e.payload.isEmpty() && m_store)
                e.payload = m_store->payload(e.message.messageId).value_or(QByteArray());
            if (e.payload.isEmpty())
                m_queue.append({i, u"streamDocumentPayload"_s});
            if (include == PayloadCollector::Include::PayloadsAndEvents && e.events.isEmpty()) {
                e.events = m_store ? m_store->events(e.message.messageId) : QList<LogEvent>();
                if (e.events.isEmpty())
                    m_queue.append({i, u"events"_s});
            }
        }
        pump();
    }

private:
    struct Request
    {
        qsizetype entry;
        QString what;
    };

    void pump()
    {
        if (!m_context) {
            deleteLater(); // nobody waits any more: nothing more is fetched
            return;
        }
        if (!m_session)
            m_queue.clear(); // nothing can be fetched: what the environment had is the answer
        const qint64 interval = 60'000 / qMax(1, m_limits.ratePerMinute);
        while (!m_queue.isEmpty() && m_inFlight < qMax(1, m_limits.concurrency)) {
            if (const qint64 wait = m_nextAt - m_clock.elapsed(); wait > 0) {
                m_pace.start(int(wait));
                return;
            }
            m_nextAt = m_clock.elapsed() + interval;
            const Request r = m_queue.takeFirst();
            ++m_inFlight;
            const QString id = QString::fromLatin1(QUrl::toPercentEncoding(m_entries[r.entry].message.messageId));
            QPointer<Collection> self(this);
            m_session->get(QUrl(m_data + r.what + u"?messageId="_s + id), [self, r](const HttpOutcome &o) {
                if (self)
                    self->answered(r, o);
            });
        }
        if (m_queue.isEmpty() && m_inFlight == 0) {
            m_done(m_entries);
            deleteLater();
        }
    }

    void answered(const Request &r, const HttpOutcome &o)
    {
        --m_inFlight;
        LogExport::Entry &e = m_entries[r.entry];
        if (o.ok() && r.what == u"events"_s) {
            e.events = PayloadCollector::eventsFromJson(o.body);
        } else if (o.ok()) {
            e.payload = o.body;
            if (m_store)
                m_store->setPayload(e.message.messageId, o.body);
        }
        pump();
    }

    QList<LogExport::Entry> m_entries;
    MessageLogStore *m_store;
    QPointer<OAuthSession> m_session;
    QString m_data;
    QPointer<QObject> m_context;
    std::function<void(const QList<LogExport::Entry> &)> m_done;
    PayloadCollector::Limits m_limits;
    QList<Request> m_queue;
    int m_inFlight = 0;
    QElapsedTimer m_clock;
    qint64 m_nextAt = 0;
    QTimer m_pace;
};
} // namespace

QList<LogEvent> PayloadCollector::eventsFromJson(const QByteArray &body)
{
    QList<LogEvent> events;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(u"events"_s).toArray())
        events.append({QDateTime::fromString(v[u"time"_s].toString(), Qt::ISODateWithMs), v[u"event"_s].toString(),
                       v[u"detail"_s].toString()});
    return events;
}

void PayloadCollector::complete(QList<LogExport::Entry> entries, MessageLogStore *store, OAuthSession *session,
                                const QUrl &serviceUrl, Include include, QObject *context,
                                std::function<void(const QList<LogExport::Entry> &)> done, Limits limits)
{
    // Lives until its last answer; `done` is called from pump(), never from here synchronously
    // unless nothing needs fetching.
    auto *collection = new Collection(std::move(entries), store, session, serviceUrl, context, std::move(done), limits);
    collection->start(include);
}
