// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/postgresproblem.h"

#include "environment/databaselocation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresProblem", text);
}

bool has(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}
} // namespace

PostgresProblem::Kind PostgresProblem::classify(const QString &t)
{
    if (has(t, "password authentication failed") || has(t, "no password supplied") || has(t, "pg_hba.conf")
        || (has(t, "role \"") && has(t, "does not exist")) || has(t, "authentication failed"))
        return Kind::Authentication;
    if (has(t, "database \"") && has(t, "does not exist"))
        return Kind::NoDatabase;
    if (has(t, "SSL") || has(t, "certificate"))
        return Kind::Tls;
    if (has(t, "Connection refused") || has(t, "could not translate host name") || has(t, "timeout expired")
        || has(t, "No route to host") || has(t, "could not connect") || has(t, "Network is unreachable"))
        return Kind::Unreachable;
    if (has(t, "Driver not loaded"))
        return Kind::DriverMissing;
    return Kind::Other;
}

QString PostgresProblem::explain(Kind kind, const DatabaseLocation &l, const QString &serverText)
{
    const QString where = l.displayName();
    const QString detail = serverText.trimmed().section(u'\n', 0, 0);
    switch (kind) {
    case Kind::Unreachable:
        return tr("The PostgreSQL server at %1:%2 cannot be reached (%3). Check the host and port, and that the "
                  "server accepts TCP connections from this computer.").arg(l.host).arg(l.port).arg(detail);
    case Kind::Authentication:
        return tr("The server refused %1: authentication failed (%2). Check the user and its password (keychain, "
                  "~/.pgpass or PGPASSWORD) and that pg_hba.conf lets it in.").arg(where, detail);
    case Kind::NoDatabase:
        return tr("The database of %1 does not exist. Ask the server's administrator to create it (createdb), "
                  "owned by or writable for %2.").arg(where, l.user.isEmpty() ? tr("your user") : l.user);
    case Kind::Tls:
        return tr("The TLS connection to %1 failed (%2). With verify-full the server's certificate must be signed "
                  "by a CA in ~/.postgresql/root.crt and name the host.").arg(where, detail);
    case Kind::DriverMissing:
        return tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).");
    case Kind::NoCreate:
        return tr("%1 may not create tables in the database of %2. Ask the administrator for CREATE on its schema "
                  "(GRANT CREATE ON SCHEMA public TO …), or use a database the user owns.").arg(l.user, where);
    case Kind::TooOld:
        return tr("The server of %1 runs PostgreSQL %2; environments need PostgreSQL 13 or later.").arg(where, detail);
    case Kind::OtherEnvironment:
        return tr("The database of %1 already holds another environment (%2). Each environment needs a database of "
                  "its own: name another database, or join that environment to work in it with your team.")
            .arg(where, detail);
    case Kind::Other:
        break;
    }
    return tr("PostgreSQL at %1: %2").arg(where, detail);
}
