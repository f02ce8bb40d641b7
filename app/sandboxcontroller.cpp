// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcontroller.h"

#include "filechooser.h"

#include "connection/appcontext.h"
#include "connection/connectionstore.h"
#include "connection/ionapifile.h"
#include "environment/environmentregistry.h"
#include "environment/environmentdatabase.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUuid>

using namespace Qt::StringLiterals;

SandboxController::SandboxController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

SandboxController::~SandboxController()
{
    delete m_server;
    // The demo's .ionapi holds this run's credentials and control secret, its log the demo's
    // documents: gone with the run.
    if (!m_ionApiPath.isEmpty()) {
        QFile::remove(m_ionApiPath);
        QFile::remove(SandboxServer::controlFilePath(m_ionApiPath));
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (!m_logPath.isEmpty())
            QFile::remove(m_logPath + suffix);
    }
}

void SandboxController::startDemo()
{
    if (m_starting)
        return;
    if (m_server) {
        QString error;
        if (addConnection(&error))
            Q_EMIT demoReady();
        else
            Q_EMIT demoFailed(error);
        return;
    }
    m_starting = true;
    SandboxConfig config;
    config.demoMessages = m_demoMessages;
    // On disk, so that a worker can write the demo log while the window answers.
    m_logPath = QDir(AppContext::dataDirectory())
                    .filePath(u"sandbox-log-%1.sqlite"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    config.storePath = m_logPath;
    m_server = new SandboxServer(config, this);
    Q_EMIT statusChanged(tr("Sandbox: starting, building a month of demo traffic…"));
    m_server->startInBackground(0, [this](bool started, const QString &startError) {
        m_starting = false;
        QString error = startError;
        if (!started) {
            delete m_server;
            Q_EMIT statusChanged(status());
            Q_EMIT demoFailed(error);
            return;
        }
        if (addConnection(&error))
            Q_EMIT demoReady();
        else
            Q_EMIT demoFailed(error);
    });
}

bool SandboxController::addConnection(QString *error)
{
    // The .ionapi a person would download, so "Import" works against the sandbox too.
    m_ionApiPath = QDir(AppContext::dataDirectory()).filePath(u"sandbox.ionapi"_s);
    if (!m_server->writeIonApi(m_ionApiPath, error))
        return false;

    // The demo connection gets an environment of its own, like any connection.
    EnvironmentRegistry *envs = m_context->environments();
    const QString name = tr("Sandbox");
    std::optional<ReplicationEnvironment> env = envs->environmentFor(name);
    for (const ReplicationEnvironment &e : envs->environments()) {
        if (!env && e.name == name && !e.isAssigned())
            env = e;
    }
    if (!env) {
        ReplicationEnvironment e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.name = envs->nameExists(name) ? name + u' ' + e.id.left(8) : name;
        e.erp = ReplicationEnvironment::defaultErp();
        e.region = ReplicationEnvironment::defaultRegion();
        e.databasePath = QDir(AppContext::dataDirectory()).filePath(u"sandbox-%1.sqlite"_s.arg(e.id));
        e.created = QDateTime::currentDateTimeUtc();
        if (!EnvironmentDatabase::create(e, error) || !envs->add(e, error))
            return false;
        env = e;
    }
    IonApiError parseError;
    const auto file = IonApiFile::parse(m_server->ionApiJson(), &parseError);
    if (!file) {
        if (error)
            *error = parseError.toString();
        return false;
    }
    ConnectionProfile p = ConnectionProfile::fromIonApi(*file);
    p.name = name;
    p.description = tr("The built-in ION sandbox on this computer");
    p.environmentId = env->id;
    p.transient = true;
    bool ok = true;
    m_context->connections()->save(p, [&](bool saved, const QString &message) {
        ok = saved;
        if (!saved && error)
            *error = message;
    });
    if (const auto saved = m_context->connections()->connectionByName(name))
        m_connectionId = saved->id;
    Q_EMIT statusChanged(status());
    return ok;
}

QString SandboxController::status() const
{
    if (!m_server)
        return tr("Sandbox: off");
    const auto &f = m_server->faults().settings();
    QString text = tr("Sandbox: %1").arg(m_server->serviceUrl().toString());
    if (f.latencyMs || f.errorRate > 0 || f.dropRate > 0)
        text += tr(" (faults on)");
    return text;
}

void SandboxController::populateMenu(QMenu *menu, QWidget *dialogParent)
{
    menu->addAction(tr("&Write .ionapi File…"), this, [this, dialogParent] {
        if (!m_server)
            return;
        const QString path = FileChooser::save(dialogParent, u"ionapi"_s, tr("Write Sandbox .ionapi File"),
                                               u"sandbox.ionapi"_s, tr("ION API credentials (*.ionapi)"));
        QString error;
        if (!path.isEmpty() && !m_server->writeIonApi(path, &error))
            QMessageBox::warning(dialogParent, tr("Write .ionapi File"), error);
    });
    menu->addSeparator();
    auto addFault = [this, menu](const QString &text, auto apply) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this, apply](bool on) {
            if (!m_server)
                return;
            FaultInjector::Settings s = m_server->faults().settings();
            apply(s, on);
            m_server->faults().setSettings(s);
            Q_EMIT statusChanged(status());
        });
    };
    addFault(tr("S&low Answers (2 s)"), [](FaultInjector::Settings &s, bool on) { s.latencyMs = on ? 2000 : 0; });
    addFault(tr("Server &Errors (20% 500/502/503/504)"), [](FaultInjector::Settings &s, bool on) { s.errorRate = on ? 0.2 : 0; });
    addFault(tr("&Dropped Connections (10%)"), [](FaultInjector::Settings &s, bool on) { s.dropRate = on ? 0.1 : 0; });
    QAction *scopes = menu->addAction(tr("Enforce Sco&pes (403 after a good token)"));
    scopes->setCheckable(true);
    connect(scopes, &QAction::toggled, this, [this](bool on) {
        if (m_server)
            m_server->setEnforceScopes(on);
    });
    menu->addAction(tr("E&xpire Tokens Now"), this, [this] {
        if (m_server)
            m_server->expireTokensNow();
    });
}
