// SPDX-License-Identifier: GPL-3.0-or-later
#include "logoutcomedecorator.h"

#include "messagelog/messagelogmodel.h"

#include <QColor>
#include <QIcon>

using namespace Qt::StringLiterals;

QVariant LogOutcomeDecorator::data(const QModelIndex &index, int role) const
{
    if (index.column() == MessageLogModel::StatusColumn && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
        const QString outcome = QIdentityProxyModel::data(index, MessageLogModel::OutcomeRole).toString();
        const bool bad = outcome == u"Error"_s || outcome == u"Size Over Limit"_s || outcome == u"No Route"_s;
        const bool quiet = outcome == u"Filtered Out"_s || outcome == u"Warning"_s || outcome == u"in_flight"_s;
        if (role == Qt::DecorationRole) {
            // Each outcome its own shape, not only its colour: a filter's drop is on purpose, a
            // warning is not, and neither is still running.
            if (bad)
                return QIcon(u":/icons/failed.svg"_s);
            if (outcome == u"Filtered Out"_s)
                return QIcon(u":/icons/filtered.svg"_s);
            if (outcome == u"Warning"_s)
                return QIcon(u":/icons/warning.svg"_s);
            return QIcon(quiet ? u":/icons/running.svg"_s : u":/icons/passed.svg"_s);
        }
        return bad ? QColor(0xb0, 0x1c, 0x1c) : quiet ? QColor(0x8a, 0x4b, 0x08) : QColor(0x1b, 0x7f, 0x3b);
    }
    return QIdentityProxyModel::data(index, role);
}
