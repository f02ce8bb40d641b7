// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ion/networkfailure.h"
#include "messagelog/logmessage.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class OAuthSession;

// Questions to the message log that keep resubmission honest: did ION receive any of these
// message ids (reconciling an attempt whose answer was lost), and what has ION logged for a
// DocumentID (the duplicate guard).
class MessageLookup : public QObject
{
    Q_OBJECT
public:
    MessageLookup(OAuthSession *session, const QUrl &serviceUrl, QObject *parent = nullptr);

    using Callback = std::function<void(const HttpOutcome &outcome, const QList<LogMessage> &found)>;
    void findMessageIds(const QStringList &messageIds, const Callback &callback);
    void findDocument(const QString &documentName, const QString &documentId, const Callback &callback);

private:
    void search(const QString &filter, int records, const Callback &callback);

    QPointer<OAuthSession> m_session;
    QUrl m_serviceUrl;
};
