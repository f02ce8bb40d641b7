// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/logorder.h"

using namespace Qt::StringLiterals;

QString LogOrder::column() const
{
    switch (m_key) {
    case Key::Date: return {};
    case Key::Outcome: return u"exception_type"_s;
    case Key::DocumentType: return u"document_type"_s;
    case Key::FromLogicalId: return u"from_logical_id"_s;
    case Key::ToLogicalId: return u"to_logical_id"_s;
    case Key::DocumentId: return u"document_id"_s;
    case Key::MessageId: return u"message_id"_s;
    }
    return {};
}

QVariant LogOrder::value(const LogMessage &m) const
{
    switch (m_key) {
    case Key::Date: return {};
    case Key::Outcome: return m.exceptionType;
    case Key::DocumentType: return m.documentType;
    case Key::FromLogicalId: return m.fromLogicalId;
    case Key::ToLogicalId: return m.toLogicalId;
    case Key::DocumentId: return m.documentId;
    case Key::MessageId: return m.messageId;
    }
    return {};
}

QString LogOrder::orderBy() const
{
    // One direction for every part, so SQLite can walk an index backwards or forwards.
    const QString dir = m_descending ? u" DESC"_s : u" ASC"_s;
    const QString tail = u"message_date"_s + dir + u", id"_s + dir;
    return column().isEmpty() ? tail : column() + dir + u", "_s + tail;
}

QString LogOrder::after(const LogMessage &last, QVariantList *bindings) const
{
    // Written as "a <= x AND (a < x OR ...)" so the first column is a range an index can use.
    const QString beyond = m_descending ? u"<"_s : u">"_s;
    const qint64 date = last.messageDate.toMSecsSinceEpoch();
    QString condition = u"(message_date %1= ? AND (message_date %1 ? OR id %1 ?))"_s.arg(beyond);
    QVariantList values {date, date, last.rowId};
    if (const QString c = column(); !c.isEmpty()) {
        const QVariant v = value(last);
        condition = u"(%1 %2= ? AND (%1 %2 ? OR %3))"_s.arg(c, beyond, condition);
        values = QVariantList {v, v} + values;
    }
    *bindings += values;
    return condition;
}
