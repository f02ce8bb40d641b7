// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/flowfilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// A tenant's routing (DOMAIN.md section 9): connection points with the documents they send
// and receive, and document flows between them. Read from JSON (the sandbox's start-up file,
// an export of the workbench), written back the same way.
struct ConnectionPoint
{
    QString logicalId; // lid://infor.ims.workbench
    QString type;      // IMS, file, database, JMS, LN, ...
    bool active = true;
    QStringList sends;    // document types, "Sync.SupplierPartyMaster"
    QStringList receives;
};

struct DocumentFlow
{
    QString name;
    QString from;
    QString to;
    QStringList documentTypes;
    bool active = true;
    FlowFilter filter; // empty: every document passes
};

// Where ION sends one document, and why.
struct RouteDecision
{
    QStringList targets;        // delivered to
    QStringList filteredAt;     // targets a flow reaches but whose every filter stopped the BOD
    QString unroutableReason;   // why nothing applies at all ("" when some flow does)
};

class TenantRouting
{
    Q_DECLARE_TR_FUNCTIONS(TenantRouting)
public:
    QList<ConnectionPoint> points;
    QList<DocumentFlow> flows;

    static TenantRouting sandboxDefault();
    static std::optional<TenantRouting> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    const ConnectionPoint *point(const QString &logicalId) const;
    // The targets ION delivers to: every active flow from `from` for the document whose
    // target is active and receives it, and whose filter lets the BOD through (several flows
    // for the same route combine with OR). The sender must be active and send the document.
    RouteDecision route(const QString &from, const QString &documentType, const QByteArray &bod) const;
    QStringList targets(const QString &from, const QString &documentType, const QByteArray &bod = {}) const
    {
        return route(from, documentType, bod).targets;
    }
};
