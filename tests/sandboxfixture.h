// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "ionapifile.h"
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
