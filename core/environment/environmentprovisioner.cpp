// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/environmentprovisioner.h"

#include "common/logging.h"
#include "environment/environmentregistry.h"
#include "environment/databaseconnection.h"
#include "environment/environmentdatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

EnvironmentProvisioner::EnvironmentProvisioner(EnvironmentRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
}

QString EnvironmentProvisioner::checkName(const QString &name)
{
    static const QRegularExpression allowed(u"^[\\w][\\w .-]{0,63}$"_s);
    if (name.trimmed().isEmpty())
        return tr("Enter an environment name, for example Development.");
    if (!allowed.match(name).hasMatch())
        return tr("Use up to 64 letters, digits, spaces, dots, dashes or underscores.");
    return {};
}

void EnvironmentProvisioner::start(const Request &request)
{
    if (isRunning())
        return;
    m_request = request;
    m_env = {};
    m_env.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_env.name = request.name.trimmed();
    m_env.erp = request.erp.isEmpty() ? ReplicationEnvironment::defaultErp() : request.erp;
    m_env.region = request.region.isEmpty() ? ReplicationEnvironment::defaultRegion() : request.region;
    m_env.created = QDateTime::currentDateTimeUtc();
    m_createdFile = false;
    m_step = 0;
    QTimer::singleShot(0, this, &EnvironmentProvisioner::runStep);
}

void EnvironmentProvisioner::cancel()
{
    if (!isRunning())
        return;
    failWith(tr("Provisioning was cancelled; nothing was kept."));
}

void EnvironmentProvisioner::failWith(const QString &reason)
{
    cleanUp();
    m_step = -1;
    qCWarning(lcEnvironment) << "provisioning failed:" << reason;
    Q_EMIT failed(reason);
}

void EnvironmentProvisioner::cleanUp()
{
    if (m_createdFile) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(m_env.databasePath + suffix);
    }
    m_createdFile = false;
}

// One step per event-loop turn, so that progress is painted and cancel is heard.
void EnvironmentProvisioner::runStep()
{
    if (m_step < 0)
        return;
    if (!m_registry) {
        failWith(tr("The environment registry is gone."));
        return;
    }
    QString error;
    const bool onServer = !m_request.server.isEmpty();
    switch (m_step) {
    case 0:
        Q_EMIT progress(10, tr("Checking the name"));
        if (m_request.join)
            break; // the environment's name is the one its team gave it
        if (const QString problem = checkName(m_env.name); !problem.isEmpty())
            return failWith(problem);
        if (m_registry->nameExists(m_env.name))
            return failWith(tr("An environment named \"%1\" exists already; choose another name.").arg(m_env.name));
        break;
    case 1: {
        if (onServer) {
            const auto location = DatabaseLocation::parse(m_request.server, &error);
            if (!location || !location->isPostgres())
                return failWith(error.isEmpty() ? tr("Name a PostgreSQL server.") : error);
            Q_EMIT progress(25, tr("Connecting to %1").arg(location->displayName()));
            if (!m_request.password.isEmpty())
                DatabaseConnection::setPassword(location->displayName(), m_request.password);
            m_env.databasePath = location->toString();
            if (m_request.join) {
                const auto existing = EnvironmentDatabase::readEnvironment(m_env.databasePath, &error);
                if (!existing)
                    return failWith(error);
                if (m_registry->environment(existing->id))
                    return failWith(tr("You have joined this environment already (%1).").arg(existing->name));
                m_env.id = existing->id;
                m_env.name = existing->name;
                m_env.erp = existing->erp;
                m_env.region = existing->region;
            }
            break;
        }
        Q_EMIT progress(25, tr("Preparing storage in %1").arg(m_registry->directory()));
        const QString dir = QDir(m_registry->directory()).filePath(u"environments"_s);
        if (!QDir().mkpath(dir))
            return failWith(tr("Cannot create the folder %1. Check that the disk is writable and not full.").arg(dir));
        m_env.databasePath = QDir(dir).filePath(m_env.id + u".sqlite"_s);
        break;
    }
    case 2:
        Q_EMIT progress(55, onServer ? tr("Creating the environment's tables") : tr("Creating the database"));
        m_createdFile = !onServer;
        if (!EnvironmentDatabase::create(m_env, &error))
            return failWith(onServer ? error : tr("Could not create the database: %1").arg(error));
        break;
    case 3:
        Q_EMIT progress(80, tr("Verifying the database"));
        if (!EnvironmentDatabase::verify(m_env.databasePath, &error))
            return failWith(error);
        break;
    case 4:
        Q_EMIT progress(95, tr("Registering the environment"));
        if (!m_registry->add(m_env, &error))
            return failWith(error);
        m_step = -1;
        Q_EMIT progress(100, tr("Done"));
        Q_EMIT succeeded(m_env);
        return;
    }
    ++m_step;
    QTimer::singleShot(0, this, &EnvironmentProvisioner::runStep);
}
