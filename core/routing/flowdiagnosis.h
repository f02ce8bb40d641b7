// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/flowfilter.h"
#include "routing/tenantrouting.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// "Why did my BOD not arrive?" (DOMAIN.md section 9): for one BOD sent from one logical id
// (to one, or to lid://default), every check ION makes, in order, each with a verdict and its
// evidence: the size limit and validation first (ION routes neither an oversized nor an
// invalid BOD), then the routing. The failures that produce no error in ION are the point: a
// receiver that is not a connection point, a missing Documents entry, a filter on a path the
// BOD does not have, a second flow whose filter lets through what the first stops.
class FlowDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(FlowDiagnosis)
public:
    enum class Verdict { Pass, Warning, Fail, NotChecked };
    enum class Kind { SizeLimit, Valid, SenderExists, ReceiverExists, LogicalIdForm, SenderDocuments, ReceiverDocuments, FlowsExist,
                      Filter, AcceptedDocuments, Outcome };
    struct Step
    {
        Kind kind;
        Verdict verdict = Verdict::NotChecked;
        QString title;      // what is checked
        QString evidence;   // what was found
        QString flow;       // Filter steps: the flow's name
        FlowFilter::Result filter; // Filter steps: per condition and repetition
        QList<qint64> lines; // lines of the BOD the step points at (matched nodes)
    };
    struct Input
    {
        QByteArray bod;
        QString documentType;  // "Process.PurchaseOrder"; from the BOD when empty
        QString from;          // sender logical id; from the BOD's ApplicationArea when empty
        QString to;            // "" or lid://default: wherever ION routes it
        std::optional<QStringList> acceptedDocuments; // IMS's answer for the sender, when asked
        qint64 size = -1; // the size the log records, when the BOD at hand may be only its first part
    };

    static FlowDiagnosis run(const TenantRouting &routing, const Input &input);

    QList<Step> steps;
    bool arrives = false;
    QStringList deliveredTo;
    QString summary; // one sentence: arrives where, or the first reason it does not

    static bool isLogicalId(const QString &id);
    static QString verdictName(Verdict v);
};
