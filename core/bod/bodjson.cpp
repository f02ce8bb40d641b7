// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/bodjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject BodJson::toJson(const BodDocument &d)
{
    const BodFacts &f = d.facts;
    const QJsonObject facts {
        {u"root"_s, f.rootName},           {u"namespace"_s, f.namespaceUri},
        {u"verb"_s, f.verb},               {u"noun"_s, f.noun},
        {u"documentName"_s, f.verb.isEmpty() ? QString() : f.documentName()},
        {u"nounCount"_s, f.nounCount},     {u"bodId"_s, f.bodId},
        {u"documentId"_s, f.documentId},   {u"senderLogicalId"_s, f.senderLogicalId},
        {u"componentId"_s, f.componentId}, {u"confirmationCode"_s, f.confirmationCode},
        {u"creationDateTime"_s, f.creationDateTime}, {u"tenantId"_s, f.tenantId},
        {u"accountingEntity"_s, f.accountingEntity}, {u"location"_s, f.location},
        {u"actionCode"_s, f.actionCode},   {u"releaseId"_s, f.releaseId},
        {u"variationId"_s, f.variationId},
    };
    QJsonArray problems;
    for (const BodProblem &p : d.problems)
        problems.append(QJsonObject {{u"severity"_s, p.severity == BodProblem::Severity::Error ? u"error"_s : u"warning"_s},
                                     {u"code"_s, p.code},
                                     {u"line"_s, p.line},
                                     {u"message"_s, p.message}});
    QJsonArray outline;
    for (const BodOutlineNode &n : d.outline)
        outline.append(QJsonObject {{u"name"_s, n.name}, {u"line"_s, n.line}, {u"depth"_s, n.depth}});
    return {{u"readable"_s, d.readability == BodDocument::Readability::Xml},
            {u"valid"_s, d.isValid()},
            {u"facts"_s, facts},
            {u"problems"_s, problems},
            {u"outline"_s, outline},
            {u"elements"_s, d.elementCount}};
}
