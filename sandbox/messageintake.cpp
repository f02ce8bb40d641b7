// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageintake.h"

#include "bod/bodparser.h"
#include "messagelog/messagelogstore.h"
#include "multipartbody.h"
#include "receiptlog.h"
#include "routing/tenantrouting.h"
#include "routingoutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
HttpResponse error(int status, const QString &message)
{
    return HttpResponse::gatewayError(status, message);
}

MessageIntake::Parameters parametersFrom(const QJsonObject &o)
{
    return {o.value(u"documentName"_s).toString(), o.value(u"messageId"_s).toString(),
            o.value(u"fromLogicalId"_s).toString(), o.value(u"toLogicalId"_s).toString(),
            o.value(u"encoding"_s).toString(u"NONE"_s), o.value(u"characterSet"_s).toString(u"UTF-8"_s),
            o.value(u"documentId"_s).toString()};
}
} // namespace

MessageIntake::MessageIntake(MessageLogStore *store, ReceiptLog *receipts, const TenantRouting *routing,
                             const QString *clientLogicalId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_receipts(receipts)
    , m_routing(routing)
    , m_clientLogicalId(clientLogicalId)
{
}

void MessageIntake::accept(const HttpRequest &request, Format format, int successStatus, const Answer &answer)
{
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, answer] {
        const Prepared prepared = watcher->result();
        watcher->deleteLater();
        answer(prepared.refusal ? *prepared.refusal : commit(prepared));
    });
    watcher->setFuture(QtConcurrent::run([request, format, successStatus] { return prepare(request, format, successStatus); }));
}

MessageIntake::Prepared MessageIntake::prepare(const HttpRequest &request, Format format, int successStatus)
{
    Prepared p;
    p.successStatus = successStatus;
    QByteArray rawPayload;
    if (format == Format::Multipart) {
        const auto parts = MultipartBody::parse(request.header("content-type"), request.body);
        if (!parts) {
            p.refusal = error(400, u"the body must be multipart/form-data with ParameterRequest and MessagePayload"_s);
            return p;
        }
        if (!parts->contains("ParameterRequest") || !parts->contains("MessagePayload")) {
            p.refusal = error(400, u"required part ParameterRequest or MessagePayload is missing"_s);
            return p;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(parts->value("ParameterRequest"));
        if (!doc.isObject()) {
            p.refusal = error(400, u"ParameterRequest is not a JSON object"_s);
            return p;
        }
        p.parameters = parametersFrom(doc.object());
        rawPayload = parts->value("MessagePayload");
    } else {
        // v2/message: the parameters and the document in one JSON object (unverified shape).
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        if (o.isEmpty()) {
            p.refusal = error(400, u"the body must be a JSON object"_s);
            return p;
        }
        p.parameters = parametersFrom(o);
        rawPayload = o.value(u"document"_s).toString().toUtf8();
    }
    p.payload = p.parameters.encoding.compare(u"BASE64"_s, Qt::CaseInsensitive) == 0 ? QByteArray::fromBase64(rawPayload)
                                                                                      : rawPayload;
    if (p.payload.size() <= MaxMessageBytes) {
        BodParser::Limits limits;
        limits.maxBytes = MaxMessageBytes;
        p.bod = BodParser::parse(p.payload, limits);
    }
    return p;
}

HttpResponse MessageIntake::commit(const Prepared &prepared)
{
    const Parameters &p = prepared.parameters;
    const QByteArray &payload = prepared.payload;
    const BodDocument &bod = prepared.bod;
    const int successStatus = prepared.successStatus;
    for (const auto &[name, value] : {std::pair {"documentName", p.documentName}, std::pair {"messageId", p.messageId},
                                      std::pair {"fromLogicalId", p.fromLogicalId}}) {
        if (value.isEmpty())
            return error(400, u"required property %1 is missing"_s.arg(QLatin1String(name)));
    }
    if (p.fromLogicalId != *m_clientLogicalId)
        return error(403, u"fromLogicalId %1 is not this client's connection point (%2)"_s.arg(p.fromLogicalId,
                                                                                              *m_clientLogicalId));
    const ConnectionPoint *cp = m_routing->point(p.fromLogicalId);
    if (!cp || !cp->active)
        return error(412, u"the connection point %1 is not active"_s.arg(p.fromLogicalId));
    if (!cp->sends.contains(p.documentName))
        return error(412, u"the connection point %1 does not accept %2"_s.arg(p.fromLogicalId, p.documentName));
    if (m_store->message(p.messageId))
        return error(400, u"messageId %1 was used before; every message needs a new one"_s.arg(p.messageId));
    if (payload.size() > MaxMessageBytes)
        return error(400, u"the message is %1 bytes; the limit is 5 MB"_s.arg(payload.size()));
    if (!bod.isValid()) {
        QStringList problems;
        for (const BodProblem &problem : bod.problems) {
            if (problem.severity == BodProblem::Severity::Error)
                problems << u"line %1: %2"_s.arg(problem.line).arg(problem.message);
        }
        return error(400, u"invalid message: %1"_s.arg(problems.join(u"; "_s)));
    }
    if (bod.facts.documentName() != p.documentName)
        return error(400, u"documentName %1 does not match the BOD (%2)"_s.arg(p.documentName, bod.facts.documentName()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    LogMessage m;
    m.messageId = p.messageId;
    m.documentType = p.documentName;
    m.direction = u"inbound"_s;
    m.status = u"completed"_s;
    m.fromLogicalId = p.fromLogicalId;
    m.documentId = bod.facts.documentId;
    m.accountingEntity = bod.facts.accountingEntity;
    m.location = bod.facts.location;
    m.messageDate = now;
    m.size = payload.size();
    QList<LogEvent> events {{now, u"Received"_s, u"from %1 through IMS"_s.arg(p.fromLogicalId)}};
    const RouteDecision route = m_routing->route(p.fromLogicalId, p.documentName, payload);
    const QStringList targets = RoutingOutcome::record(route, p.toLogicalId, now, m, events);
    for (const QString &t : targets)
        events.append({now, u"Delivered"_s, u"to %1"_s.arg(t)});
    QString storeError;
    if (!m_store->insert({m}, {payload}, {events}, &storeError))
        return error(500, u"the message log could not store the message: %1"_s.arg(storeError));
    for (const QString &t : targets)
        m_receipts->record(bod.facts.documentId, p.messageId, t);
    return HttpResponse::json(successStatus, {{u"messageId"_s, p.messageId}, {u"status"_s, u"accepted"_s}});
}

HttpResponse MessageIntake::acceptedDocuments(const QString &logicalIdWithoutScheme) const
{
    const ConnectionPoint *cp = m_routing->point(u"lid://"_s + logicalIdWithoutScheme);
    if (!cp || !cp->active)
        return error(412, u"the connection point lid://%1 is not active or does not exist"_s.arg(logicalIdWithoutScheme));
    QJsonArray docs;
    for (const QString &d : cp->sends)
        docs.append(QJsonObject {{u"documentName"_s, d}});
    return HttpResponse::json(200, {{u"logicalId"_s, cp->logicalId}, {u"acceptedDocuments"_s, docs}});
}
