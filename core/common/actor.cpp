// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/actor.h"

#include "config-workbench.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

QString Actor::account()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QCoreApplication::translate("Actor", "someone") : user;
}

QString Actor::host()
{
    return QSysInfo::machineHostName();
}

QString Actor::appVersion()
{
    return QStringLiteral(IONWB_VERSION);
}

QString Actor::name()
{
    return account() + u'@' + host();
}
