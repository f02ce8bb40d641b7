// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ion/networkfailure.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class MessageLogStore;
class OAuthSession;

// Copies a tenant's message log into the connection's replication environment, page by page
// (the connection's Batch Size), oldest first, from where the last run ended (with a short
// overlap for late status changes). Each page is stored in one transaction while the next is on
// its way; a cancelled or crashed run resumes from what was stored; pages that fail for a transient reason
// (5xx, timeout, dropped connection) are retried with backoff.
class LogReplicator : public QObject
{
    Q_OBJECT
public:
    LogReplicator(OAuthSession *session, MessageLogStore *store, const QUrl &serviceUrl, QObject *parent = nullptr);

    void setBatchSize(int records) { m_batchSize = records; }
    void setRetentionDays(int days) { m_retentionDays = days; }
    void setOverlap(qint64 ms) { m_overlapMs = ms; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }

    void start();
    void cancel();
    // The OneView request for one page of messages matching `filter`, oldest first.
    static QUrl pageUrl(const QUrl &serviceUrl, const QString &filter, int page, int records);
    static QString sinceFilter(const QDateTime &since); // message_date ge `since`
    bool isRunning() const { return m_running; }
    qint64 received() const { return m_received; }
    int requests() const { return m_requests; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);
    // A page failed for now and is asked again in `inMs` (attempt `attempt` of `of`).
    void retrying(int attempt, int of, const QString &why, int inMs);

private:
    void fetchPage();
    void handle(const HttpOutcome &outcome);
    void finish(bool ok, const QString &message);

    QPointer<OAuthSession> m_session;
    MessageLogStore *m_store;
    QUrl m_serviceUrl;
    int m_batchSize = 1000;
    int m_retentionDays = 45;
    qint64 m_overlapMs = 10 * 60 * 1000;
    int m_maxRetries = 6;
    QString m_filter;
    int m_page = 1;
    int m_attempt = 0;
    qint64 m_total = 0;
    qint64 m_received = 0;
    int m_requests = 0;
    bool m_running = false;
    int m_generation = 0;
};
