// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/logreplicator.h"

#include "common/logging.h"
#include "ion/ionendpoints.h"
#include "ion/oauthsession.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "messagelog/replicationruns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

LogReplicator::LogReplicator(OAuthSession *session, MessageLogStore *store, const QUrl &serviceUrl, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_serviceUrl(serviceUrl)
{
}

void LogReplicator::start()
{
    if (m_running)
        return;
    ++m_generation;
    m_running = true;
    m_page = 1;
    m_attempt = 0;
    m_total = 0;
    m_received = 0;
    // One replication at a time per environment: a teammate's is not repeated (nor its quota spent).
    ReplicationRuns::Run holder;
    QString error;
    if (!m_store->replicationRuns()->begin(&holder, &error)) {
        m_running = false;
        const QString message = !error.isEmpty()
            ? tr("The replication environment could not be written: %1").arg(error)
            : tr("%1 is replicating this environment (since %2). The log shows what is stored and refreshes when "
                 "they are done.")
                  .arg(holder.who.isEmpty() ? tr("A teammate") : holder.who,
                       QLocale().toString(holder.started.toLocalTime().time(), QLocale::ShortFormat));
        Q_EMIT finished(false, message);
        return;
    }
    // Resume from what is stored: the newest message, less an overlap for late changes.
    const QDateTime latest = m_store->latestMessageDate();
    const QDateTime since = latest.isValid() ? latest.addMSecs(-m_overlapMs)
                                             : QDateTime::currentDateTimeUtc().addDays(-m_retentionDays);
    m_filter = sinceFilter(since);
    qCInfo(lcIms) << "replicating the message log since" << since << "in pages of" << m_batchSize;
    fetchPage();
}

void LogReplicator::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    finish(false, tr("Cancelled after %Ln message(s); the next refresh continues from there.", nullptr, int(m_received)));
}

void LogReplicator::finish(bool ok, const QString &message)
{
    m_running = false;
    m_store->replicationRuns()->end(ok, m_received);
    Q_EMIT finished(ok, message);
}

QUrl LogReplicator::pageUrl(const QUrl &serviceUrl, const QString &filter, int page, int records)
{
    QUrlQuery query;
    query.addQueryItem(u"store"_s, u"Message"_s);
    query.addQueryItem(u"filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"records"_s, QString::number(records));
    query.addQueryItem(u"sort"_s, u"message_date:asc"_s);
    QUrl url = IonEndpoints::oneView(serviceUrl);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString LogReplicator::sinceFilter(const QDateTime &since)
{
    return OneViewFilter::condition(u"message_date"_s, OneViewFilter::Op::Ge, OneViewFilter::timestamp(since));
}

void LogReplicator::fetchPage()
{
    if (!m_session) {
        finish(false, tr("The connection was closed."));
        return;
    }
    const QUrl url = pageUrl(m_serviceUrl, m_filter, m_page, m_batchSize);
    ++m_requests;
    const int generation = m_generation;
    m_session->get(url, [this, generation](const HttpOutcome &o) {
        if (generation == m_generation)
            handle(o);
    });
}

void LogReplicator::handle(const HttpOutcome &o)
{
    if (!o.ok()) {
        if (o.isTransient() && m_attempt < m_maxRetries) {
            // Progressive backoff with jitter, and Retry-After when the Gateway gives one.
            const int base = o.httpStatus == 429 && !o.retryAfter.isEmpty() ? o.retryAfter.toInt() * 1000
                                                                              : 250 * (1 << m_attempt);
            const int delay = base + int(QRandomGenerator::global()->bounded(base / 2 + 1));
            ++m_attempt;
            qCInfo(lcIms) << "page" << m_page << "failed:" << o.describe() << "- retry" << m_attempt << "in" << delay << "ms";
            Q_EMIT retrying(m_attempt, m_maxRetries, o.describe(), delay);
            const int generation = m_generation;
            QTimer::singleShot(delay, this, [this, generation] {
                if (generation == m_generation)
                    fetchPage();
            });
            return;
        }
        if (o.isTransient()) {
            finish(false, tr("The message log did not answer for now (%1, %2 tries): a passing fault of the Gateway "
                             "or of ION, not of this connection. Refresh again in a minute; it continues where it "
                             "stopped.")
                              .arg(o.describe())
                              .arg(m_attempt + 1));
        } else {
            finish(false, tr("The message log refused the request (%1) after %L2 messages. Re-test the connection "
                             "on the Connections page; the next refresh continues from there.")
                              .arg(o.describe())
                              .arg(m_received));
        }
        return;
    }
    m_attempt = 0;
    const QJsonObject json = QJsonDocument::fromJson(o.body).object();
    const QJsonArray data = json.value(u"data"_s).toArray();
    if (m_page == 1)
        m_total = json.value(u"numFound"_s).toInteger();
    QList<LogMessage> page;
    page.reserve(data.size());
    for (const QJsonValue &v : data)
        page.append(LogMessage::fromJson(v.toObject()));
    // The next page is asked for before this one is written, so that the server prepares it and
    // the network brings it while the environment writes (one transaction a page).
    const bool more = page.size() >= m_batchSize;
    if (more) {
        ++m_page;
        fetchPage();
    }
    QString error;
    if (!m_store->upsert(page, &error)) {
        ++m_generation; // the page asked for ahead is not wanted
        finish(false, tr("The replication environment could not store the messages: %1").arg(error));
        return;
    }
    m_received += page.size();
    Q_EMIT progress(m_received, qMax(m_total, m_received));
    if (!more)
        finish(true, tr("%Ln message(s) replicated.", nullptr, int(m_received)));
}
