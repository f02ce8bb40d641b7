// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionsmodel.h"

#include "connection/connectionstore.h"
#include "environment/environmentregistry.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ConnectionsModel::ConnectionsModel(ConnectionStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ConnectionStore::changed, this, &ConnectionsModel::reload);
    connect(store->environments(), &EnvironmentRegistry::changed, this, &ConnectionsModel::reload);
    reload();
}

void ConnectionsModel::reload()
{
    beginResetModel();
    m_rows = m_store->connections();
    m_environmentNames.clear();
    for (const ReplicationEnvironment &e : m_store->environments()->environments())
        m_environmentNames.insert(e.id, e.name);
    endResetModel();
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &p = m_rows.at(index.row());
    const bool tested = p.lastTestTime.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return p.transient ? tr("%1 (this session)").arg(p.name) : p.name;
        case ServiceUrlColumn: return p.serviceUrl.toDisplayString();
        case EnvironmentColumn: return m_environmentNames.value(p.environmentId, tr("(none)"));
        case LastTestColumn:
            if (!tested)
                return tr("Not tested");
            return p.lastTestPassed ? tr("Passed") : tr("Failed: %1").arg(p.lastTestSummary);
        case TestedAtColumn:
            return tested ? QLocale().toString(p.lastTestTime, QLocale::ShortFormat) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LastTestColumn)
            return p.lastTestSummary;
        if (index.column() == NameColumn)
            return p.description;
        break;
    case IdRole: return p.id;
    case PassedRole: return p.lastTestPassed;
    case TestedRole: return tested;
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ServiceUrlColumn: return tr("Service URL");
    case EnvironmentColumn: return tr("Environment");
    case LastTestColumn: return tr("Last test");
    case TestedAtColumn: return tr("Tested at");
    }
    return {};
}

QModelIndex ConnectionsModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return index(i, 0);
    }
    return {};
}
