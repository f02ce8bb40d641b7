// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Realistic BODs for the demo data and for tests: FSM and M3 document types with their
// header, DocumentID and a few lines of business content.
namespace BodTemplates {
struct Fields
{
    QString documentType; // "Sync.SupplierPartyMaster"
    QString senderLogicalId;
    QString tenant;
    QString accountingEntity;
    QString location;
    QString documentId;
    QString bodId;
    QString actionCode; // empty: the verb's usual one
    QDateTime created;
    int lines = 1;       // order or shipment lines where the noun has them
    quint32 variation = 1;
};
QStringList documentTypes();
QByteArray make(const Fields &fields);
}
