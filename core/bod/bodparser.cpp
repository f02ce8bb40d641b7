// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/bodparser.h"

#include "bod/xmlshapecheck.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

bool BodDocument::isValid() const
{
    return readability == Readability::Xml && errorCount() == 0;
}

int BodDocument::errorCount() const
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const BodProblem &p) { return p.severity == BodProblem::Severity::Error; }));
}

QString BodParser::oagisNamespace()
{
    return u"http://schema.infor.com/InforOAGIS/2"_s;
}

QStringList BodParser::knownVerbs()
{
    return {u"Sync"_s, u"Process"_s, u"Acknowledge"_s, u"Get"_s, u"Show"_s, u"Load"_s,
            u"Post"_s, u"Update"_s, u"Confirm"_s, u"Cancel"_s, u"Change"_s, u"Respond"_s};
}

QStringList BodParser::allowedActionCodes(const QString &verb)
{
    if (verb == u"Sync"_s)
        return {u"Add"_s, u"Replace"_s, u"Delete"_s};
    if (verb == u"Process"_s)
        return {u"Add"_s, u"Change"_s};
    if (verb == u"Acknowledge"_s)
        return {u"Accepted"_s, u"Modified"_s, u"Rejected"_s};
    return {};
}

namespace {

// The business key is an identifier's ID directly in the noun or in its header
// (PurchaseOrderHeader): DocumentID/ID first; master data keeps it in PartyIDs/ID
// (CustomerPartyMaster) or ItemID/ID (ItemMaster); otherwise any identifier whose ID carries
// variationID or lid. Returns how good a key the element at `p` is: 0 when it is none.
int businessKeyRank(const QStringList &p, const QString &noun, const QXmlStreamAttributes &attributes)
{
    const qsizetype n = p.size();
    if (n < 5 || p[n - 1] != u"ID"_s)
        return 0;
    const QString &owner = p[n - 3];
    if (!((n == 5 && owner == noun) || (n == 6 && p[3] == owner && owner.endsWith(u"Header"_s))))
        return 0;
    const QString &identifier = p[n - 2];
    if (identifier == u"DocumentID"_s)
        return 3;
    if (identifier == u"PartyIDs"_s || identifier == u"ItemID"_s)
        return 2;
    const bool looksLikeKey = identifier.endsWith(u"ID"_s) || identifier.endsWith(u"IDs"_s);
    return looksLikeKey && (attributes.hasAttribute(u"variationID"_s) || attributes.hasAttribute(u"lid"_s)) ? 1 : 0;
}

// The state of one pass: where we are and what we have seen, with lines.
struct Walk
{
    BodDocument doc;
    QStringList path; // local names from the root
    QString text;     // text of the element being captured
    qint64 rootLine = 0;
    qint64 actionLine = 0;
    qint64 logicalIdLine = 0;
    qint64 creationLine = 0;
    qint64 otherNounLine = 0;
    QString otherNoun;
    bool sawApplicationArea = false;
    bool sawDataArea = false;
    bool inFirstNoun = false;
    int keyRank = 0;        // of the business key found so far
    int capturingRank = 0;  // of the ID element being read, when it would be a better key
    QString capturingVariation;

    void problem(BodProblem::Severity s, const QString &code, const QString &message, qint64 line, qint64 column = 0)
    {
        doc.problems.append({s, code, message, line, column});
    }
};

// Which text we keep: the ApplicationArea fields, the verb's header, the first noun's business key.
void keepText(Walk &w, const QString &text)
{
    const QStringList &p = w.path;
    BodFacts &f = w.doc.facts;
    // Called at every element's end: nothing is joined, trimmed or copied unless it is kept.
    const bool inApplicationArea = p.size() > 2 && p[1] == u"ApplicationArea"_s;
    const bool inVerb = p.size() == 4 && p[1] == u"DataArea"_s && p[2] == f.verb;
    if (!inApplicationArea && !inVerb && w.capturingRank <= w.keyRank) {
        w.capturingRank = 0;
        return;
    }
    const QString value = text.trimmed();
    const QString joined = inApplicationArea ? p.mid(1).join(u'/') : QString();
    if (joined == u"ApplicationArea/Sender/LogicalID"_s)
        f.senderLogicalId = value;
    else if (joined == u"ApplicationArea/Sender/ComponentID"_s)
        f.componentId = value;
    else if (joined == u"ApplicationArea/Sender/ConfirmationCode"_s)
        f.confirmationCode = value;
    else if (joined == u"ApplicationArea/CreationDateTime"_s)
        f.creationDateTime = value;
    else if (joined == u"ApplicationArea/BODID"_s)
        f.bodId = value;
    else if (p.size() == 4 && p[1] == u"DataArea"_s && p[2] == f.verb) {
        if (p[3] == u"TenantID"_s)
            f.tenantId = value;
        else if (p[3] == u"AccountingEntityID"_s)
            f.accountingEntity = value;
        else if (p[3] == u"LocationID"_s)
            f.location = value;
    } else if (w.capturingRank > w.keyRank) {
        f.documentId = value;
        f.variationId = w.capturingVariation;
        w.keyRank = w.capturingRank;
    }
    w.capturingRank = 0;
}

void startElement(Walk &w, const QXmlStreamReader &r)
{
    const QString name = r.name().toString();
    const qint64 line = r.lineNumber();
    w.path.append(name);
    w.text.clear();
    const int depth = int(w.path.size()) - 1;
    BodFacts &f = w.doc.facts;
    ++w.doc.elementCount;
    if (depth == 0) {
        f.rootName = name;
        f.namespaceUri = r.namespaceUri().toString();
        f.releaseId = r.attributes().value(u"releaseID"_s).toString();
        w.rootLine = line;
        w.doc.outline.append({name, line, 0});
        return;
    }
    const QString parent = w.path.value(depth - 1);
    if (depth == 1 && (name == u"ApplicationArea"_s || name == u"DataArea"_s)) {
        (name == u"ApplicationArea"_s ? w.sawApplicationArea : w.sawDataArea) = true;
        w.doc.outline.append({name, line, depth});
    } else if (depth == 2 && parent == u"DataArea"_s && name != u"UserArea"_s) {
        if (f.verb.isEmpty()) {
            f.verb = name;
            w.doc.outline.append({name, line, depth});
        } else {
            if (f.noun.isEmpty()) {
                f.noun = name;
                w.inFirstNoun = true;
            } else if (name != f.noun && w.otherNoun.isEmpty()) {
                w.otherNoun = name;
                w.otherNounLine = line;
            }
            ++f.nounCount;
            w.doc.outline.append({name, line, depth});
        }
    } else if (name == u"UserArea"_s) {
        w.doc.outline.append({name, line, depth});
    } else if (name == u"ActionExpression"_s && depth == 4 && w.path[2] == f.verb) {
        f.actionCode = r.attributes().value(u"actionCode"_s).toString();
        w.actionLine = line;
    } else if (const int rank = w.inFirstNoun ? businessKeyRank(w.path, f.noun, r.attributes()) : 0; rank > w.keyRank) {
        f.accountingEntity = f.accountingEntity.isEmpty() ? r.attributes().value(u"accountingEntity"_s).toString()
                                                          : f.accountingEntity;
        f.location = f.location.isEmpty() ? r.attributes().value(u"location"_s).toString() : f.location;
        w.capturingRank = rank;
        w.capturingVariation = r.attributes().value(u"variationID"_s).toString();
    }
    if (depth == 3 && name == u"LogicalID"_s && w.path[1] == u"ApplicationArea"_s && w.path[2] == u"Sender"_s)
        w.logicalIdLine = line;
    if (depth == 2 && name == u"CreationDateTime"_s && w.path[1] == u"ApplicationArea"_s)
        w.creationLine = line;
}

void endElement(Walk &w)
{
    keepText(w, w.text);
    if (w.path.size() == 3 && w.path[1] == u"DataArea"_s && w.path[2] == w.doc.facts.noun)
        w.inFirstNoun = false;
    w.path.removeLast();
    w.text.clear();
}

void checkStructure(Walk &w)
{
    using S = BodProblem::Severity;
    const BodFacts &f = w.doc.facts;
    if (f.namespaceUri != BodParser::oagisNamespace())
        w.problem(S::Error, u"namespace"_s,
                  BodParser::tr("The root element is in the namespace \"%1\"; a BOD uses \"%2\".")
                      .arg(f.namespaceUri, BodParser::oagisNamespace()),
                  w.rootLine);
    if (!w.sawApplicationArea)
        w.problem(S::Error, u"no-application-area"_s, BodParser::tr("ApplicationArea is missing."), w.rootLine);
    if (!w.sawDataArea)
        w.problem(S::Error, u"no-data-area"_s, BodParser::tr("DataArea is missing."), w.rootLine);
    if (w.sawApplicationArea) {
        if (f.senderLogicalId.isEmpty())
            w.problem(S::Error, u"no-logical-id"_s, BodParser::tr("ApplicationArea/Sender/LogicalID is missing."), w.rootLine);
        if (f.creationDateTime.isEmpty())
            w.problem(S::Error, u"no-creation-time"_s, BodParser::tr("ApplicationArea/CreationDateTime is missing."), w.rootLine);
        if (f.bodId.isEmpty())
            w.problem(S::Error, u"no-bodid"_s, BodParser::tr("ApplicationArea/BODID is missing."), w.rootLine);
    }
    static const QRegularExpression lidForm(u"^lid://infor\\.[a-z0-9_]+\\.[A-Za-z0-9_.\\-]+$"_s);
    if (!f.senderLogicalId.isEmpty() && !f.senderLogicalId.startsWith(u"lid://"_s))
        w.problem(S::Error, u"logical-id-form"_s,
                  BodParser::tr("The sender logical id \"%1\" does not start with lid://.").arg(f.senderLogicalId), w.logicalIdLine);
    else if (!f.senderLogicalId.isEmpty() && !lidForm.match(f.senderLogicalId).hasMatch())
        w.problem(S::Warning, u"logical-id-form"_s,
                  BodParser::tr("The sender logical id \"%1\" is not of the form lid://infor.<type>.<name>.").arg(f.senderLogicalId),
                  w.logicalIdLine);
    if (!f.creationDateTime.isEmpty() && !QDateTime::fromString(f.creationDateTime, Qt::ISODateWithMs).isValid()
        && !QDateTime::fromString(f.creationDateTime, Qt::ISODate).isValid())
        w.problem(S::Error, u"creation-time-format"_s,
                  BodParser::tr("CreationDateTime \"%1\" is not an ISO 8601 date and time.").arg(f.creationDateTime), w.creationLine);
    if (w.sawDataArea && f.verb.isEmpty())
        w.problem(S::Error, u"no-verb"_s, BodParser::tr("DataArea holds no verb element (Sync, Process, …)."), w.rootLine);
    if (!f.verb.isEmpty() && !BodParser::knownVerbs().contains(f.verb))
        w.problem(S::Warning, u"unknown-verb"_s, BodParser::tr("\"%1\" is not a known OAGIS verb.").arg(f.verb), w.rootLine);
    if (!f.verb.isEmpty() && f.nounCount == 0)
        w.problem(S::Error, u"no-noun"_s, BodParser::tr("DataArea holds no noun after the %1 element.").arg(f.verb), w.rootLine);
    if (!w.otherNoun.isEmpty())
        w.problem(S::Error, u"several-noun-types"_s,
                  BodParser::tr("DataArea mixes noun types (%1 and %2); a BOD carries instances of one noun.").arg(f.noun, w.otherNoun),
                  w.otherNounLine);
    if (!f.verb.isEmpty() && !f.noun.isEmpty() && f.rootName != f.verb + f.noun)
        w.problem(S::Error, u"root-mismatch"_s,
                  BodParser::tr("The root element is %1 but DataArea holds %2 and %3: it should be %2%3.")
                      .arg(f.rootName, f.verb, f.noun),
                  w.rootLine);
    const QStringList allowed = BodParser::allowedActionCodes(f.verb);
    if (!f.actionCode.isEmpty() && !allowed.isEmpty() && !allowed.contains(f.actionCode))
        w.problem(S::Error, u"action-code"_s,
                  BodParser::tr("The action code \"%1\" is not allowed for %2 (allowed: %3).")
                      .arg(f.actionCode, f.verb, allowed.join(u", "_s)),
                  w.actionLine);
    if (f.nounCount > 0 && f.documentId.isEmpty())
        w.problem(S::Warning, u"no-document-id"_s,
                  BodParser::tr("The %1 has no business key (DocumentID/ID, PartyIDs/ID or ItemID/ID): resubmissions cannot "
                                "be checked for duplicates.").arg(f.noun),
                  w.rootLine);
}

} // namespace

BodDocument BodParser::parse(const QByteArray &xml, const Limits &limits)
{
    Walk w;
    w.doc.sizeBytes = xml.size();
    if (xml.size() > limits.maxBytes) {
        w.doc.readability = BodDocument::Readability::NotXml;
        w.problem(BodProblem::Severity::Error, u"too-large"_s,
                  tr("The document is %1 bytes; the limit here is %2.").arg(xml.size()).arg(limits.maxBytes), 0);
        return w.doc;
    }
    if (const auto shape = XmlShapeCheck::check(xml)) {
        w.doc.readability = BodDocument::Readability::NotXml;
        w.problem(BodProblem::Severity::Error, shape->code, shape->message, shape->line);
        return w.doc;
    }
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(true);
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // BODs never carry a DTD; refusing it here stops entity bombs and external entities
            // before a single entity is declared, let alone expanded.
            w.doc.readability = BodDocument::Readability::NotXml;
            w.problem(BodProblem::Severity::Error, u"doctype"_s,
                      tr("The document declares a DOCTYPE. BODs never do, and a DOCTYPE can hide entity "
                         "expansion (an \"XML bomb\") or external entities; it is not read."),
                      reader.lineNumber(), reader.columnNumber());
            return w.doc;
        case QXmlStreamReader::StartElement:
            if (w.path.size() >= limits.maxDepth) {
                w.doc.readability = BodDocument::Readability::NotXml;
                w.problem(BodProblem::Severity::Error, u"too-deep"_s,
                          tr("Elements are nested more than %1 deep.").arg(limits.maxDepth), reader.lineNumber());
                return w.doc;
            }
            startElement(w, reader);
            break;
        case QXmlStreamReader::EndElement:
            endElement(w);
            break;
        case QXmlStreamReader::Characters:
            if (w.path.size() <= 6) // deeper text is never a fact; do not copy it
                w.text += reader.text();
            break;
        case QXmlStreamReader::EntityReference:
            w.doc.readability = BodDocument::Readability::NotXml;
            w.problem(BodProblem::Severity::Error, u"entity"_s,
                      tr("The document refers to the undeclared entity &%1;.").arg(reader.name()), reader.lineNumber());
            return w.doc;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        w.doc.readability = BodDocument::Readability::NotXml;
        w.problem(BodProblem::Severity::Error, u"not-well-formed"_s,
                  tr("Not well-formed XML: %1.").arg(reader.errorString()), reader.lineNumber(), reader.columnNumber());
        return w.doc;
    }
    checkStructure(w);
    return w.doc;
}

BodDocument BodParser::parseFile(const QString &path, const Limits &limits)
{
    QFile file(path);
    if (QFileInfo(path).size() > limits.maxBytes || !file.open(QIODevice::ReadOnly)) {
        BodDocument doc;
        doc.readability = BodDocument::Readability::NotXml;
        doc.problems.append({BodProblem::Severity::Error, u"unreadable"_s,
                             QFileInfo(path).size() > limits.maxBytes
                                 ? tr("%1 is larger than %2 bytes.").arg(path).arg(limits.maxBytes)
                                 : tr("Cannot read %1: %2").arg(path, file.errorString()),
                             0, 0});
        return doc;
    }
    return parse(file.readAll(), limits);
}
