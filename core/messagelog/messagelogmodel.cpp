// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/messagelogmodel.h"

#include "messagelog/messagelogstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

MessageLogModel::MessageLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(PageSize)
{
}

void MessageLogModel::setStore(MessageLogStore *store)
{
    m_store = store;
    reload();
}

bool MessageLogModel::setQuery(const OneViewFilter &filter, const QString &text, QString *error)
{
    Q_UNUSED(error)
    m_filter = filter;
    m_text = text;
    reload();
    return true;
}

void MessageLogModel::reload()
{
    beginResetModel();
    m_resetting = true;
    m_rows.clear();
    m_atEnd = !m_store;
    m_total = 0;
    if (m_store) {
        QString error;
        const QList<LogMessage> first = m_store->pageAfter(m_filter, m_text, m_order, nullptr, PageSize, &error);
        m_rows.append(first);
        m_atEnd = first.size() < PageSize;
        if (m_text.isEmpty()) {
            m_total = m_store->countUpTo(m_filter, CountCap, &error);
        } else {
            m_total = -1; // counting a free-text search would read every payload: not worth it
        }
    }
    endResetModel();
    m_resetting = false;
}

namespace {
std::optional<LogOrder::Key> sortKey(int column)
{
    switch (column) {
    case MessageLogModel::StatusColumn: return LogOrder::Key::Outcome;
    case MessageLogModel::DateColumn: return LogOrder::Key::Date;
    case MessageLogModel::DocumentColumn: return LogOrder::Key::DocumentType;
    case MessageLogModel::FromColumn: return LogOrder::Key::FromLogicalId;
    case MessageLogModel::ToColumn: return LogOrder::Key::ToLogicalId;
    case MessageLogModel::DocumentIdColumn: return LogOrder::Key::DocumentId;
    case MessageLogModel::MessageIdColumn: return LogOrder::Key::MessageId;
    default: return std::nullopt;
    }
}
} // namespace

bool MessageLogModel::isSortable(int column)
{
    return sortKey(column).has_value();
}

void MessageLogModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKey(column);
    if (!key)
        return;
    const LogOrder wanted(*key, order == Qt::DescendingOrder);
    if (wanted == m_order)
        return;
    m_order = wanted;
    reload();
}

bool MessageLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MessageLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_store || m_resetting || m_fetching)
        return;
    QString error;
    const QList<LogMessage> more = m_store->pageAfter(m_filter, m_text, m_order, m_rows.size() == 0 ? nullptr : &m_rows.last(),
                                                        PageSize, &error);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_fetching = false;
}

QString MessageLogModel::outcome(const LogMessage &m)
{
    return m.exceptionType.isEmpty() ? m.status : m.exceptionType;
}

LogMessage MessageLogModel::messageAt(int row) const
{
    return m_rows.at(m_store, row);
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogMessage m = m_rows.at(m_store, index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn: return outcome(m);
        case DateColumn: return QLocale().toString(m.messageDate.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case DocumentColumn: return m.documentType;
        case DirectionColumn: return m.direction;
        case FromColumn: return m.fromLogicalId;
        case ToColumn: return m.toLogicalId;
        case DocumentIdColumn: return m.documentId;
        case ErrorColumn: return m.errorCode.isEmpty() ? m.errorText : m.errorCode + u": "_s + m.errorText;
        case MessageIdColumn: return m.messageId;
        case SizeColumn: return QLocale().formattedDataSize(m.size);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == StatusColumn)
            return m.errorText;
        break;
    case MessageIdRole: return m.messageId;
    case OutcomeRole: return outcome(m);
    }
    return {};
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case DateColumn: return tr("Date");
    case DocumentColumn: return tr("Document");
    case DirectionColumn: return tr("Direction");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case DocumentIdColumn: return tr("Document ID");
    case ErrorColumn: return tr("Error");
    case MessageIdColumn: return tr("Message ID");
    case SizeColumn: return tr("Size");
    }
    return {};
}
