// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bodtemplates.h"
#include "connection/connectionprofile.h"
#include "connection/ionapifile.h"
#include "ion/imsmessage.h"
#include "resubmission/resubmissionjournal.h"
#include "sandboxserver.h"

#include <QTest>

#include <memory>

// A real sandbox on a loopback port for one test: the server every integration test talks to.
struct SandboxFixture
{
    explicit SandboxFixture(SandboxConfig config = {})
        : server(std::make_unique<SandboxServer>(config))
    {
        QString error;
        started = server->start(0, &error);
        if (!started)
            qWarning("sandbox did not start: %s", qPrintable(error));
    }

    IonApiFile ionApi() const
    {
        IonApiError error;
        auto file = IonApiFile::parse(server->ionApiJson(), &error);
        Q_ASSERT(file);
        return *file;
    }

    ConnectionProfile profile() const
    {
        ConnectionProfile p = ConnectionProfile::fromIonApi(ionApi());
        p.timeoutSeconds = 5;
        if (server->config().tls)
            p.trustedCertificates = {server->certificate()};
        return p;
    }

    std::unique_ptr<SandboxServer> server;
    bool started = false;
};

// A valid BOD as the workbench's connection point would send it.
inline QByteArray workbenchBod(const QString &documentId, const QString &documentType = QStringLiteral("Sync.SupplierPartyMaster"))
{
    BodTemplates::Fields f;
    f.documentType = documentType;
    f.senderLogicalId = QStringLiteral("lid://infor.ims.workbench");
    f.tenant = QStringLiteral("SANDBOX_TST");
    f.accountingEntity = QStringLiteral("100");
    f.location = QStringLiteral("MAIN");
    f.documentId = documentId;
    f.bodId = QStringLiteral("infor-nid:SANDBOX_TST:100:MAIN:%1:1").arg(documentId);
    f.created = QDateTime::currentDateTimeUtc();
    return BodTemplates::make(f);
}

// An IMS message from the workbench's connection point, with a new message id.
inline ImsMessage workbenchMessage(const QByteArray &payload)
{
    ImsMessage m;
    m.documentName = QStringLiteral("Sync.SupplierPartyMaster");
    m.messageId = ImsMessage::newMessageId();
    m.fromLogicalId = QStringLiteral("lid://infor.ims.workbench");
    m.payload = payload;
    return m;
}

// `count` journal items of valid workbench BODs, DocumentIDs `prefix`100000 and up.
inline QList<ResubmissionJournal::Item> resubmissionItems(int count, const QString &prefix)
{
    QList<ResubmissionJournal::Item> list;
    for (int i = 0; i < count; ++i) {
        ResubmissionJournal::Item item;
        item.documentName = QStringLiteral("Sync.SupplierPartyMaster");
        item.documentId = prefix + QString::number(100000 + i);
        item.fromLogicalId = QStringLiteral("lid://infor.ims.workbench");
        item.sourceMessageId = QStringLiteral("failed-%1").arg(i);
        item.payload = workbenchBod(item.documentId);
        list << item;
    }
    return list;
}
