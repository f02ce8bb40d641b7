// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// One problem found in a BOD, with where it is.
struct BodProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code; // stable id for tests and docs: "not-well-formed", "root-mismatch", ...
    QString message;
    qint64 line = 0;
    qint64 column = 0;
};

// The facts a person wants first about a BOD (DOMAIN.md section 8).
struct BodFacts
{
    QString rootName;     // "SyncSupplierPartyMaster"
    QString namespaceUri;
    QString verb;         // "Sync"
    QString noun;         // "SupplierPartyMaster"
    int nounCount = 0;
    QString bodId;
    QString documentId;   // the first noun's business key: DocumentID/ID, PartyIDs/ID, ItemID/ID, ...
    QString senderLogicalId;
    QString componentId;
    QString confirmationCode;
    QString creationDateTime;
    QString tenantId;
    QString accountingEntity;
    QString location;
    QString actionCode;
    QString releaseId;
    QString variationId;

    QString documentName() const { return verb + u'.' + noun; } // "Sync.SupplierPartyMaster"
};

// One element of the document's outline: ApplicationArea, DataArea, verb, nouns, UserArea.
struct BodOutlineNode
{
    QString name;
    qint64 line = 0;
    int depth = 0;
};

// A parsed and validated BOD.
struct BodDocument
{
    Q_DECLARE_TR_FUNCTIONS(BodDocument)
public:
    enum class Readability { Xml, NotXml }; // NotXml: malformed, unsafe or unreadable
    Readability readability = Readability::Xml;
    BodFacts facts;
    QList<BodProblem> problems;
    QList<BodOutlineNode> outline;
    qint64 elementCount = 0;
    qint64 sizeBytes = 0;

    bool isValid() const;
    int errorCount() const;
};
