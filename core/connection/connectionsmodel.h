// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QAbstractTableModel>

class ConnectionStore;

// The Connections page's table: name, service URL, environment, last test and when.
class ConnectionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ServiceUrlColumn, EnvironmentColumn, LastTestColumn, TestedAtColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PassedRole, TestedRole };

    explicit ConnectionsModel(ConnectionStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    QModelIndex indexOf(const QString &id) const;
    ConnectionProfile profileAt(int row) const { return m_rows.value(row); }

private:
    void reload();

    ConnectionStore *m_store;
    QList<ConnectionProfile> m_rows;
    QHash<QString, QString> m_environmentNames;
};
