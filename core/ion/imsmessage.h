// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ion/ionendpoints.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// One message for ION Messaging Service (DOMAIN.md section 6): the ParameterRequest fields
// and the BOD, written as the multipart/form-data body v2/v3 multipartMessage expects.
struct ImsMessage
{
    QString documentName;  // "Sync.SupplierPartyMaster"
    QString messageId;     // new for every attempt: ION does no de-duplication
    QString fromLogicalId; // the workbench's connection point
    QString toLogicalId = IonEndpoints::defaultLogicalId;
    QString documentId;
    QString accountingEntity;
    QString location;
    QByteArray payload;

    QByteArray parameterRequest() const; // JSON
    // The body and its Content-Type (with a boundary that does not occur in the payload).
    QByteArray multipartBody(QByteArray *contentType) const;
    static QString newMessageId();
};
