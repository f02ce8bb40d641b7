// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/appcontext.h"

#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "environment/environmentregistry.h"
#include "ion/oauthsessionpool.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , m_secrets(new SecretStore(u"ION Workbench"_s, this))
    , m_environments(new EnvironmentRegistry(dataDirectory(), this))
    , m_connections(new ConnectionStore(settingsPath(), m_secrets, m_environments, this))
    , m_sessions(new OAuthSessionPool(this))
{
}

QString AppContext::dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppContext::settingsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"connections.ini"_s);
}

bool AppContext::open(QString *error)
{
    return m_environments->open(error) && m_environments->ensureDefault(error);
}
