// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One entry of the ION message log as the sandbox keeps it (DOMAIN.md section 7).
struct LogMessage
{
    QString messageId;
    QString documentType; // "Sync.SupplierPartyMaster"
    QString direction;    // "inbound" (into ION) or "outbound"
    QString status;       // "completed" or "in_flight"
    QString exceptionType; // "", "Error", "Filtered Out", "No Route", "Size Over Limit", "Warning"
    QString fromLogicalId;
    QString toLogicalId;
    QString documentId;
    QString accountingEntity;
    QString location;
    QString errorCode;
    QString errorText;
    QDateTime messageDate;
    qint64 size = 0;
    qint64 rowId = 0; // the store's row, for keyset paging; not part of the wire format

    QJsonObject toJson() const;
    static LogMessage fromJson(const QJsonObject &json);
};

struct LogEvent
{
    QDateTime time;
    QString event;  // "Received", "Routed", "Delivered", "Delivery failed", ...
    QString detail;
};
