// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"

#include <QVariantList>

#include <optional>

// An order of the message log that pages by keyset (the last row shown, not an OFFSET), so the
// millionth row comes as fast as the first. Only orders an index of the store serves are
// offered: a column's value, then the message date, then the row.
class LogOrder
{
public:
    enum class Key { Date, Outcome, DocumentType, FromLogicalId, ToLogicalId, DocumentId, MessageId };

    LogOrder() = default;
    LogOrder(Key key, bool descending)
        : m_key(key)
        , m_descending(descending)
    {
    }
    static LogOrder newestFirst() { return {}; }

    Key key() const { return m_key; }
    bool isDescending() const { return m_descending; }
    bool isNewestFirst() const { return m_key == Key::Date && m_descending; }

    // "ORDER BY ..." without the keywords.
    QString orderBy() const;
    // The condition "comes after `last` in this order", with its values appended to `bindings`.
    QString after(const LogMessage &last, QVariantList *bindings) const;

    friend bool operator==(const LogOrder &a, const LogOrder &b)
    {
        return a.m_key == b.m_key && a.m_descending == b.m_descending;
    }

private:
    QString column() const; // "" for the date itself
    QVariant value(const LogMessage &m) const;

    Key m_key = Key::Date;
    bool m_descending = true;
};
