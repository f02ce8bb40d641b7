// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/databaselocation.h"

#include <QList>

class QSettings;

// What a data-residency choice means for a team: the PostgreSQL server that keeps environments
// in each region, from the [regions] group of the settings file, one line per region:
//   [regions]
//   Europe%20(Frankfurt)=postgresql://pg-fra.example.com:5432/?sslmode=verify-full
// (user and database are the person's and the environment's; only host, port and TLS count).
struct RegionServer
{
    QString region;
    DatabaseLocation server;

    static QList<RegionServer> load(QSettings &settings);
};
