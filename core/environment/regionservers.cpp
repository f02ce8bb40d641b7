// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/regionservers.h"

#include "common/logging.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

QList<RegionServer> RegionServer::load(QSettings &settings)
{
    QList<RegionServer> list;
    settings.beginGroup(u"regions"_s);
    for (const QString &region : settings.childKeys()) {
        // The database part may be left out here: a placeholder makes the URL parse.
        QUrl url(settings.value(region).toString());
        if (url.path().size() <= 1)
            url.setPath(u"/-"_s);
        const QString text = url.toString();
        QString error;
        const auto server = DatabaseLocation::parse(text, &error);
        if (!server || !server->isPostgres()) {
            qCWarning(lcEnvironment) << "settings [regions]" << region << "is not a PostgreSQL server:" << error;
            continue;
        }
        list.append({region, *server});
    }
    settings.endGroup();
    return list;
}
