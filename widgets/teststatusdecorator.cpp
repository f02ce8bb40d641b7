// SPDX-License-Identifier: GPL-3.0-or-later
#include "teststatusdecorator.h"

#include "connection/connectiontestmodel.h"

#include <QColor>
#include <QIcon>

using namespace Qt::StringLiterals;

QVariant TestStatusDecorator::data(const QModelIndex &index, int role) const
{
    if (index.column() == ConnectionTestModel::StatusColumn
        && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
        const auto status = QIdentityProxyModel::data(index, ConnectionTestModel::StatusRole).value<ConnectionTester::Status>();
        switch (status) {
        case ConnectionTester::Status::Passed:
            return role == Qt::DecorationRole ? QVariant(QIcon(u":/icons/passed.svg"_s)) : QVariant(QColor(0x1b, 0x7f, 0x3b));
        case ConnectionTester::Status::Failed:
            return role == Qt::DecorationRole ? QVariant(QIcon(u":/icons/failed.svg"_s)) : QVariant(QColor(0xb0, 0x1c, 0x1c));
        case ConnectionTester::Status::Running:
            return role == Qt::DecorationRole ? QVariant(QIcon(u":/icons/running.svg"_s)) : QVariant();
        default: return {};
        }
    }
    return QIdentityProxyModel::data(index, role);
}
