// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectiontestmodel.h"

using namespace Qt::StringLiterals;

ConnectionTestModel::ConnectionTestModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionTestModel::setTester(ConnectionTester *tester)
{
    beginResetModel();
    if (m_tester)
        m_tester->disconnect(this);
    m_tester = tester;
    m_rows = tester ? int(tester->results().size()) : 0;
    endResetModel();
    if (!tester)
        return;
    connect(tester, &ConnectionTester::stageChanged, this, [this](int row) {
        const int rows = int(m_tester->results().size());
        if (rows != m_rows) {
            // A new run laid out its stages.
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int ConnectionTestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ConnectionTestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_tester
        || index.row() >= m_tester->results().size())
        return {};
    const ConnectionTester::StageResult &r = m_tester->results().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StageColumn: return ConnectionTester::stageName(r.stage);
        case StatusColumn: return ConnectionTester::statusName(r.status);
        case TimeColumn:
            return r.status == ConnectionTester::Status::Passed || r.status == ConnectionTester::Status::Failed
                ? tr("%1 ms").arg(r.elapsedMs)
                : QString();
        case DetailColumn: return r.status == ConnectionTester::Status::Failed ? r.detail + u" — "_s + r.advice : r.detail;
        }
        break;
    case Qt::ToolTipRole: return r.advice.isEmpty() ? r.detail : r.advice;
    case StatusRole: return QVariant::fromValue(r.status);
    case AdviceRole: return r.advice;
    }
    return {};
}

QVariant ConnectionTestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StageColumn: return tr("Stage");
    case StatusColumn: return tr("Result");
    case TimeColumn: return tr("Time");
    case DetailColumn: return tr("Detail");
    }
    return {};
}
