// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/bod.h"
#include "httpmessage.h"
#include "ion/ionendpoints.h"

#include <QObject>

#include <functional>
#include <optional>

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
    enum class Format { Multipart, Json }; // v2|v3/multipartMessage, v2/message
    using Answer = std::function<void(const HttpResponse &)>;
    // Reads and checks the message on a worker thread (the costly part: decoding and parsing a
    // BOD of up to 5 MB), then routes, stores and answers on this object's thread, so the
    // sandbox answers other clients meanwhile. successStatus: 201 for v2, 202 for v3.
    void accept(const HttpRequest &request, Format format, int successStatus, const Answer &answer);
    HttpResponse acceptedDocuments(const QString &logicalIdWithoutScheme) const;

    static constexpr qint64 MaxMessageBytes = IonEndpoints::maxMessageBytes;

private:
    // What can be worked out without the sandbox's state, on any thread.
    struct Prepared
    {
        std::optional<HttpResponse> refusal; // the body is not a message at all
        Parameters parameters;
        QByteArray payload; // decoded
        BodDocument bod;    // parsed when the payload is within the size limit
        int successStatus = 202;
    };
    static Prepared prepare(const HttpRequest &request, Format format, int successStatus);
    HttpResponse commit(const Prepared &prepared);

    MessageLogStore *m_store;
    ReceiptLog *m_receipts;
    const TenantRouting *m_routing;
    const QString *m_clientLogicalId;
};
