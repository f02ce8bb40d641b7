// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/messagelookup.h"

#include "ion/ionendpoints.h"
#include "ion/oauthsession.h"
#include "messagelog/oneviewfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

MessageLookup::MessageLookup(OAuthSession *session, const QUrl &serviceUrl, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_serviceUrl(serviceUrl)
{
}

void MessageLookup::findMessageIds(const QStringList &messageIds, const Callback &callback)
{
    QStringList conditions;
    for (const QString &id : messageIds)
        conditions << OneViewFilter::condition(u"message_id"_s, OneViewFilter::Op::Eq, id);
    search(conditions.join(u" or "_s), int(qMax(1, int(messageIds.size()))), callback);
}

void MessageLookup::findDocument(const QString &documentName, const QString &documentId, const Callback &callback)
{
    search(OneViewFilter::allOf({OneViewFilter::condition(u"document_type"_s, OneViewFilter::Op::Eq, documentName),
                                 OneViewFilter::condition(u"document_id"_s, OneViewFilter::Op::Eq, documentId)}),
           100, callback);
}

void MessageLookup::search(const QString &filter, int records, const Callback &callback)
{
    if (!m_session) {
        HttpOutcome gone;
        gone.kind = HttpOutcome::Kind::OtherNetwork;
        callback(gone, {});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"store"_s, u"Message"_s);
    query.addQueryItem(u"filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    query.addQueryItem(u"records"_s, QString::number(records));
    query.addQueryItem(u"sort"_s, u"message_date:desc"_s);
    QUrl url = IonEndpoints::oneView(m_serviceUrl);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_session->get(url, [callback](const HttpOutcome &o) {
        QList<LogMessage> found;
        if (o.ok()) {
            for (const QJsonValue &v : QJsonDocument::fromJson(o.body).object().value(u"data"_s).toArray())
                found.append(LogMessage::fromJson(v.toObject()));
        }
        callback(o, found);
    });
}
