// SPDX-License-Identifier: GPL-3.0-or-later
#include "ion/imsmessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

QByteArray ImsMessage::parameterRequest() const
{
    QJsonObject o {{u"documentName"_s, documentName}, {u"messageId"_s, messageId},
                   {u"fromLogicalId"_s, fromLogicalId}, {u"toLogicalId"_s, toLogicalId},
                   {u"encoding"_s, u"NONE"_s},      {u"characterSet"_s, u"UTF-8"_s}};
    if (!documentId.isEmpty())
        o.insert(u"documentId"_s, documentId);
    if (!accountingEntity.isEmpty())
        o.insert(u"accountingEntity"_s, accountingEntity);
    if (!location.isEmpty())
        o.insert(u"location"_s, location);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray ImsMessage::multipartBody(QByteArray *contentType) const
{
    QByteArray boundary;
    do {
        boundary = "ionwb-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    } while (payload.contains(boundary));
    *contentType = "multipart/form-data; boundary=" + boundary;
    QByteArray body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"ParameterRequest\"\r\n";
    body += "Content-Type: application/json\r\n\r\n";
    body += parameterRequest() + "\r\n";
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"MessagePayload\"; filename=\"payload.xml\"\r\n";
    body += "Content-Type: application/octet-stream\r\n\r\n";
    body += payload + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

QString ImsMessage::newMessageId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
