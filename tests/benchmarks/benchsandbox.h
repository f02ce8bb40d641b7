// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A sandbox in a process of its own, as a tenant is: the benchmark's client does not share its
// thread with the server. Killed when it goes out of scope.
#include "connection/connectionprofile.h"
#include "connection/ionapifile.h"

#include <QProcess>
#include <QTemporaryDir>

struct SandboxProcess
{
    // With `demoMessages` in its log; waits up to `startMs` for it to listen.
    SandboxProcess(int demoMessages, int startMs)
    {
        const QString ionapi = dir.filePath(QStringLiteral("s.ionapi"));
        process.start(QString::fromUtf8(ION_SANDBOX_BIN), {QStringLiteral("--demo-messages"), QString::number(demoMessages),
                                                          QStringLiteral("--write-ionapi"), ionapi});
        if (!process.waitForStarted() || !process.waitForReadyRead(startMs))
            qFatal("the sandbox did not start");
        IonApiError error;
        const auto file = IonApiFile::load(ionapi, &error);
        if (!file)
            qFatal("%s", qPrintable(error.toString()));
        profile = ConnectionProfile::fromIonApi(*file);
    }
    ~SandboxProcess()
    {
        process.kill();
        process.waitForFinished();
    }

    QTemporaryDir dir;
    QProcess process;
    ConnectionProfile profile;
};
