// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/regionservers.h"

#include "common/logging.h"

#include <QSettings>

using namespace Qt::StringLiterals;

QList<RegionServer> RegionServer::load(QSettings &settings)
{
    QList<RegionServer> list;
    settings.beginGroup(u"regions"_s);
    for (const QString &region : settings.childKeys()) {
        // The database part may be left out here: a placeholder makes the URL parse.
        QString text = settings.value(region).toString();
        const qsizetype slash = text.indexOf(u'/', text.indexOf(u"://"_s) + 3);
        if (slash < 0)
            text += u"/-"_s;
        else if (slash + 1 >= text.size() || text.at(slash + 1) == u'?')
            text.insert(slash + 1, u'-');
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
