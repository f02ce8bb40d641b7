// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"

#include <QHash>
#include <QList>

class MessageLogStore;

// The rows a log table has scrolled through, kept as their row ids (8 bytes each) with the last
// pages read kept whole: a table scrolled through a million messages holds 8 MB of ids and a few
// thousand messages, and a page scrolled back to is read again by id.
class LogRowCache
{
public:
    explicit LogRowCache(int pageRows);
    void clear();
    // Appends a page as the store answered it (the first, then each fetchMore).
    void append(const QList<LogMessage> &page);
    qsizetype size() const { return m_ids.size(); }
    // The message at `row`; read from `store` when its page is no longer kept.
    LogMessage at(const MessageLogStore *store, qsizetype row) const;
    const LogMessage &last() const { return m_last; } // where keyset paging continues

    static constexpr int KeptPages = 40;

private:
    const QList<LogMessage> &page(const MessageLogStore *store, qsizetype index) const;
    void keep(qsizetype index, QList<LogMessage> rows) const;

    int m_pageRows;
    QList<qint64> m_ids;
    LogMessage m_last;
    mutable QHash<qsizetype, QList<LogMessage>> m_pages;
    mutable QList<qsizetype> m_recent; // page indexes, least recently used first
};
