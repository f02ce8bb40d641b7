// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"
#include "messagelog/logorder.h"
#include "messagelog/logrowcache.h"
#include "messagelog/oneviewfilter.h"

#include <QAbstractTableModel>

class MessageLogStore;

// The replicated message log as a table, newest first unless sorted otherwise, loaded a page at
// a time as the view scrolls (canFetchMore/fetchMore with keyset paging), so a million messages
// cost a page; scrolled through, their ids and the pages last looked at (LogRowCache). Sorting asks the store again; columns no index serves are not sortable.
class MessageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, DateColumn, DocumentColumn, DirectionColumn, FromColumn, ToColumn, DocumentIdColumn,
                  ErrorColumn, MessageIdColumn, SizeColumn, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole + 1, OutcomeRole, MessageRole };
    static constexpr int PageSize = 200;
    // Counting stops here: beyond, the count says "more than" (an exact count of a million
    // matches costs seconds and tells the person nothing more).
    static constexpr qint64 CountCap = 100'000;

    explicit MessageLogModel(QObject *parent = nullptr);
    void setStore(MessageLogStore *store);
    // Restarts the query; `text` is free text, the filter uses the message-log grammar.
    bool setQuery(const OneViewFilter &filter, const QString &text, QString *error = nullptr);
    void reload();
    qint64 totalCount() const { return m_total; } // CountCap + 1: more than CountCap; -1: not counted
    bool isCountCapped() const { return m_total > CountCap; }
    LogMessage messageAt(int row) const;

    // "Error", "Filtered Out", ... or "completed" / "in_flight" when there is no exception.
    static QString outcome(const LogMessage &message);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) final;
    static bool isSortable(int column);
    const LogOrder &order() const { return m_order; }
    bool canFetchMore(const QModelIndex &parent) const final;
    void fetchMore(const QModelIndex &parent) final;

private:
    MessageLogStore *m_store = nullptr;
    OneViewFilter m_filter;
    QString m_text;
    LogOrder m_order;
    LogRowCache m_rows; // ids of the rows fetched, the pages read lately
    bool m_atEnd = true;
    bool m_resetting = false; // fetchMore is ignored while a reset or an insertion is signalled
    bool m_fetching = false;
    qint64 m_total = 0;
};
