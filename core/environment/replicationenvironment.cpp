// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/replicationenvironment.h"

using namespace Qt::StringLiterals;

QString ReplicationEnvironment::displayName() const
{
    QString text = tr("%1 (%2, %3)").arg(name, erp, region);
    if (retired)
        text += tr(" — retired");
    else if (isAssigned())
        text += tr(" — used by %1").arg(connection);
    return text;
}

QStringList ReplicationEnvironment::erpSystems()
{
    return {u"Infor FSM"_s, u"Infor M3"_s, u"Infor LN"_s, u"Infor CSI"_s, u"Infor SunSystems"_s, u"Infor EAM"_s};
}

QString ReplicationEnvironment::defaultErp()
{
    return u"Infor FSM"_s;
}

QStringList ReplicationEnvironment::hostingRegions()
{
    return {u"US East (N. Virginia)"_s, u"US West (Oregon)"_s,        u"Canada (Central)"_s,
            u"Europe (Frankfurt)"_s,    u"Europe (Ireland)"_s,        u"Europe (London)"_s,
            u"Asia Pacific (Sydney)"_s, u"Asia Pacific (Singapore)"_s, u"Asia Pacific (Tokyo)"_s,
            u"Middle East (Bahrain)"_s};
}

QString ReplicationEnvironment::defaultRegion()
{
    return u"US East (N. Virginia)"_s;
}
