// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdecorator.h"

#include "connection/connectionsmodel.h"

#include <QIcon>

using namespace Qt::StringLiterals;

QVariant ConnectionsDecorator::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == ConnectionsModel::LastTestColumn
        && QIdentityProxyModel::data(index, ConnectionsModel::TestedRole).toBool()) {
        const bool passed = QIdentityProxyModel::data(index, ConnectionsModel::PassedRole).toBool();
        return QIcon(passed ? u":/icons/passed.svg"_s : u":/icons/failed.svg"_s);
    }
    return QIdentityProxyModel::data(index, role);
}
