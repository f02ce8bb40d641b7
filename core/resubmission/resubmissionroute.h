// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"
#include "routing/tenantrouting.h"

#include <QCoreApplication>

// Where a resubmission goes, next to where the original went. A resubmission leaves from the
// workbench's own connection point to lid://default, so ION routes it by the workbench's
// flows, not the original sender's: their filters do not apply. Said per document in the
// resubmit preview, from the connection's routing model.
struct ResubmissionRoute
{
    Q_DECLARE_TR_FUNCTIONS(ResubmissionRoute)
public:
    QStringList targets;          // where ION would deliver the resubmission
    QStringList bypassedFilters;  // "flow: filter" of the original's route, not applied to the resubmission
    QString summary;              // one or two sentences for the preview

    static ResubmissionRoute of(const TenantRouting &routing, const LogMessage &original, const QByteArray &payload,
                                const QString &resubmittedFrom);
};
