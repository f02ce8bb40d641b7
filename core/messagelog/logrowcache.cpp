// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/logrowcache.h"

#include "messagelog/messagelogstore.h"

LogRowCache::LogRowCache(int pageRows)
    : m_pageRows(pageRows)
{
}

void LogRowCache::clear()
{
    m_ids.clear();
    m_pages.clear();
    m_recent.clear();
    m_last = {};
}

void LogRowCache::append(const QList<LogMessage> &page)
{
    if (page.isEmpty())
        return;
    // Pages are whole except the last, so a row's page is row / pageRows.
    const qsizetype index = m_ids.size() / m_pageRows;
    for (const LogMessage &m : page)
        m_ids.append(m.rowId);
    m_last = page.last();
    keep(index, page);
}

LogMessage LogRowCache::at(const MessageLogStore *store, qsizetype row) const
{
    return page(store, row / m_pageRows).value(row % m_pageRows);
}

const QList<LogMessage> &LogRowCache::page(const MessageLogStore *store, qsizetype index) const
{
    if (const auto it = m_pages.constFind(index); it != m_pages.cend()) {
        m_recent.removeOne(index);
        m_recent.append(index);
        return *it;
    }
    const QList<qint64> ids = m_ids.mid(index * m_pageRows, m_pageRows);
    QHash<qint64, LogMessage> byId;
    if (store) {
        for (const LogMessage &m : store->messagesByRowId(ids))
            byId.insert(m.rowId, m);
    }
    QList<LogMessage> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        LogMessage m = byId.value(id); // a row deleted since shows empty until the next search
        m.rowId = id;
        rows.append(m);
    }
    keep(index, rows);
    return m_pages[index];
}

void LogRowCache::keep(qsizetype index, QList<LogMessage> rows) const
{
    m_pages.insert(index, std::move(rows));
    m_recent.removeOne(index);
    m_recent.append(index);
    while (m_recent.size() > KeptPages)
        m_pages.remove(m_recent.takeFirst());
}
