// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bodtemplates.h"

#include <QByteArray>
#include <QDateTime>

// A Process.PurchaseOrder of about `bytes` (as many order lines as that takes), as the sandbox
// writes it: for the inspector's tests with large documents.
inline QByteArray purchaseOrderOfSize(qsizetype bytes, const QString &documentId)
{
    BodTemplates::Fields f;
    f.documentType = QStringLiteral("Process.PurchaseOrder");
    f.senderLogicalId = QStringLiteral("lid://infor.m3.m3be");
    f.tenant = QStringLiteral("ACME_TST");
    f.accountingEntity = QStringLiteral("100");
    f.location = QStringLiteral("WH1");
    f.documentId = documentId;
    f.bodId = QStringLiteral("infor-nid:ACME_TST:100:WH1:%1:1").arg(documentId);
    f.created = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    f.lines = 1;
    const qsizetype base = BodTemplates::make(f).size();
    f.lines = 2;
    const qsizetype perLine = BodTemplates::make(f).size() - base;
    f.lines = int(qMax<qsizetype>(1, (bytes - base) / perLine + 1));
    return BodTemplates::make(f);
}
