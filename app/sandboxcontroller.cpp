// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcontroller.h"

#include "filechooser.h"

#include "connection/appcontext.h"
#include "connection/connectionstore.h"
#include "common/logging.h"
#include "connection/ionapifile.h"
#include "environment/environmentregistry.h"
#include "environment/environmentdatabase.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
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

namespace {
// The sandbox keeps its port (in settings) and its client credentials (in an owner-only file
// beside its .ionapi, as ~/.pgpass keeps a password: loopback only, demo data, and no keychain
// prompt to start a demo) across launches, so that a connection imported from its .ionapi
// still works at the next launch.
const QString portKey = u"sandbox/port"_s;

QString credentialsPath()
{
    return QDir(AppContext::dataDirectory()).filePath(u"sandbox-credentials.json"_s);
}
} // namespace

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
    Q_EMIT statusChanged(tr("Sandbox: starting, building a month of demo traffic…"));
    SandboxConfig config;
    launch(config, !config.loadClientCredentials(credentialsPath()));
}

void SandboxController::launch(SandboxConfig config, bool newCredentials)
{
    config.demoMessages = m_demoMessages;
    // On disk, so that a worker can write the demo log while the window answers.
    m_logPath = QDir(AppContext::dataDirectory())
                    .filePath(u"sandbox-log-%1.sqlite"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    config.storePath = m_logPath;
    m_server = new SandboxServer(config, this);
    QString keepError;
    if (newCredentials && !m_server->config().saveClientCredentials(credentialsPath(), &keepError))
        qCWarning(lcEnvironment) << "the sandbox's credentials were not kept for the next launch:" << keepError;
    QSettings settings(AppContext::settingsPath(), QSettings::IniFormat);
    const quint16 lastPort = quint16(settings.value(portKey).toUInt());
    m_server->startInBackground(lastPort, [this, lastPort](bool started, const QString &startError) {
        m_starting = false;
        QString error = startError;
        if (!started && lastPort != 0) // the last port is taken: any free one, and connections follow
            started = m_server->start(0, &error);
        if (!started) {
            delete m_server;
            Q_EMIT statusChanged(status());
            Q_EMIT demoFailed(error);
            return;
        }
        followPort(lastPort);
        if (addConnection(&error))
            Q_EMIT demoReady();
        else
            Q_EMIT demoFailed(error);
    });
}

void SandboxController::followPort(quint16 lastPort)
{
    QSettings settings(AppContext::settingsPath(), QSettings::IniFormat);
    settings.setValue(portKey, m_server->port());
    m_moved.clear();
    if (lastPort == 0 || lastPort == m_server->port())
        return;
    QUrl before = m_server->baseUrl();
    before.setPort(lastPort);
    m_moved = m_context->connections()->relocate(before, m_server->baseUrl());
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
    // A sandbox started again in this run (or this one restarted) refreshes its own entry.
    if (const auto earlier = m_context->connections()->connectionByName(name); earlier && earlier->transient)
        p.id = earlier->id;
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
    if (!m_moved.isEmpty())
        text += tr(" (its last port was taken; moved there: %1)").arg(QLocale().createSeparatedList(m_moved));
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
