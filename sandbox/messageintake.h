// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QObject>

class MessageLogStore;
class ReceiptLog;
class TenantRouting;

// What IMS does with a message a client sends (DOMAIN.md sections 6 and 10): check the
// parameters, the sending connection point and the BOD, route it, deliver it, log every step,
// and count what each target received by DocumentID (so tests can prove "exactly once").
class MessageIntake : public QObject
{
    Q_OBJECT
public:
    MessageIntake(MessageLogStore *store, ReceiptLog *receipts, const TenantRouting *routing,
                  const QString *clientLogicalId, QObject *parent = nullptr);

    struct Parameters
    {
        QString documentName;
        QString messageId;
        QString fromLogicalId;
        QString toLogicalId;
        QString encoding;
        QString characterSet;
        QString documentId;
    };
    // successStatus: 201 for v2, 202 for v3.
    HttpResponse accept(const Parameters &parameters, const QByteArray &payload, int successStatus);
    HttpResponse multipart(const HttpRequest &request, int successStatus);
    HttpResponse json(const HttpRequest &request);
    HttpResponse acceptedDocuments(const QString &logicalIdWithoutScheme) const;

    static constexpr qint64 MaxMessageBytes = 5 * 1024 * 1024;

private:
    MessageLogStore *m_store;
    ReceiptLog *m_receipts;
    const TenantRouting *m_routing;
    const QString *m_clientLogicalId;
};
