// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/databaselocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseLocation", text);
}
} // namespace

QStringList DatabaseLocation::sslModes()
{
    return {u"verify-full"_s, u"verify-ca"_s, u"require"_s, u"prefer"_s, u"disable"_s};
}

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::postgres(const QString &host, int port, const QString &database, const QString &user,
                                            const QString &sslMode)
{
    DatabaseLocation l;
    l.kind = Kind::Postgres;
    l.host = host;
    l.port = port;
    l.database = database;
    l.user = user;
    l.sslMode = sslMode;
    return l;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!looksLikeUrl(text)) {
        if (text.contains(u"://"_s))
            return fail(tr("\"%1\" is neither a file nor a postgresql:// URL.").arg(text));
        if (text.trimmed().isEmpty())
            return fail(tr("No database was given."));
        DatabaseLocation l;
        l.path = text;
        return l;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a PostgreSQL URL: write postgresql://user@host:port/database.").arg(text));
    if (!url.password().isEmpty())
        return fail(tr("The URL carries a password. Leave it out: the workbench reads it from the keychain, "
                       "~/.pgpass or PGPASSWORD, so that it never shows in a process list or a shell history."));
    const QString database = url.path().mid(1);
    if (database.isEmpty() || database.contains(u'/'))
        return fail(tr("The URL names no database: write postgresql://user@host:port/database."));
    const QUrlQuery query(url);
    QString sslMode;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode"_s)
            return fail(tr("The URL has an option the workbench does not know: %1 (known: sslmode).").arg(key));
        if (!sslModes().contains(value))
            return fail(tr("sslmode=%1 is not one of %2.").arg(value, sslModes().join(u", "_s)));
        sslMode = value;
    }
    return postgres(url.host(), url.port(5432), database, url.userName(), sslMode);
}

QString DatabaseLocation::displayName() const
{
    if (!isPostgres())
        return path;
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return (user.isEmpty() ? QString() : user + u'@') + h + u':' + QString::number(port) + u'/' + database;
}

QString DatabaseLocation::toString() const
{
    if (!isPostgres())
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        url.setQuery(u"sslmode="_s + sslMode);
    return url.toString();
}
