// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontester.h"

#include <QAbstractTableModel>
#include <QPointer>

// The stages of a connection test as a table: stage, result, time, detail. Follows the
// tester live; the advice of a failed stage is its tooltip and a role.
class ConnectionTestModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StageColumn, StatusColumn, TimeColumn, DetailColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, AdviceRole };

    explicit ConnectionTestModel(QObject *parent = nullptr);
    void setTester(ConnectionTester *tester);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    QPointer<ConnectionTester> m_tester;
    int m_rows = 0;
};
