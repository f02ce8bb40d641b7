// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Real ion-sandbox and ion-workbench processes, for the tests that run the programs as a person
// or a script would, kill them, and count what the sandbox received.
// ION_FAULT_WORKBENCH and ION_FAULT_SANDBOX point the tests at copies (scripts/soak.sh does, so
// that a rebuild cannot replace a program halfway through a run).

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUrl>

namespace WorkbenchProcesses {

inline QString program(const char *variable, const char *built)
{
    return qEnvironmentVariableIsSet(variable) ? qEnvironmentVariable(variable) : QString::fromUtf8(built);
}

inline QString workbench()
{
    return program("ION_FAULT_WORKBENCH", ION_WORKBENCH_BIN);
}

// Writes `count` valid BODs from the workbench's connection point, each with its own DocumentID.
inline bool writeBods(const QString &dir, int count)
{
    QFile templ(QStringLiteral(TEST_DATA_DIR "/bod/input/sync-supplier-party-master.xml"));
    if (!templ.open(QIODevice::ReadOnly) || !QDir().mkpath(dir))
        return false;
    QByteArray bod = templ.readAll();
    bod.replace("lid://infor.fsm.acme_fsm", "lid://infor.ims.workbench");
    for (int i = 0; i < count; ++i) {
        QFile f(dir + QStringLiteral("/%1.xml").arg(i, 6, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QByteArray(bod).replace("V10442", QByteArray("V" + QByteArray::number(1000000 + i))));
    }
    return true;
}

// Reads the process's stderr until `marker` appears (at most two minutes).
inline QByteArray waitForMarker(QProcess &p, const QByteArray &marker)
{
    QByteArray err;
    QElapsedTimer wait;
    wait.start();
    while (!err.contains(marker) && wait.elapsed() < 120'000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    return err;
}

// Runs `ion-workbench`; with killAfterMs, kills it (SIGKILL: no clean-up runs, requests are cut
// off mid-flight) that long after it printed `marker` on stderr, and returns -1. Otherwise its
// exit code, or -3 when it is still running after 600 s (not finished is not success).
inline int runWorkbench(const QStringList &args, int killAfterMs, const QByteArray &marker = {})
{
    QProcess p;
    p.start(workbench(), args);
    if (!p.waitForStarted())
        return -2;
    if (!marker.isEmpty())
        waitForMarker(p, marker);
    if (killAfterMs > 0 && !p.waitForFinished(killAfterMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (!p.waitForFinished(600'000)) {
        qWarning("ion-workbench %s is still running after 600 s", qPrintable(args.join(u' ')));
        p.kill();
        p.waitForFinished();
        return -3;
    }
    qInfo("%s", p.readAllStandardOutput().trimmed().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -4;
}

// ion-sandbox on a loopback port, writing `ionApiPath` (and its .control file beside it).
class Sandbox
{
public:
    explicit Sandbox(const QString &ionApiPath)
        : m_ionApi(ionApiPath)
    {
    }
    ~Sandbox()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool start(const QStringList &arguments)
    {
        m_process.setProgram(program("ION_FAULT_SANDBOX", ION_SANDBOX_BIN));
        m_process.setArguments(arguments + QStringList {QStringLiteral("--write-ionapi"), m_ionApi});
        m_process.start();
        if (!m_process.waitForStarted() || !QTest::qWaitFor([this] { return m_process.canReadLine(); }, 20000))
            return false;
        const QByteArray line = m_process.readLine();
        m_base = QUrl(QString::fromLatin1(line.mid(line.indexOf("http"), line.indexOf(" (") - line.indexOf("http"))));
        return m_base.isValid();
    }
    // What its targets received: {"total", "distinctDocuments", "duplicates": {...}}.
    QJsonObject receipts() const
    {
        QNetworkAccessManager nam;
        QFile controlFile(m_ionApi + QStringLiteral(".control"));
        controlFile.open(QIODevice::ReadOnly);
        QNetworkRequest request(QUrl(m_base.toString() + QStringLiteral("/__sandbox/receipts")));
        request.setRawHeader(
            "X-Sandbox-Secret",
            QJsonDocument::fromJson(controlFile.readAll()).object().value(QStringLiteral("secret")).toString().toUtf8());
        QNetworkReply *reply = nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning("the sandbox did not answer");
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return o;
    }

private:
    QString m_ionApi;
    QProcess m_process;
    QUrl m_base;
};

} // namespace WorkbenchProcesses
