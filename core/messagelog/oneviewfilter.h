// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

// The message log's filter grammar (DOMAIN.md section 7, unverified wire format, kept in this
// one class): conditions `(field op value)` joined by `and` / `or`, with parentheses;
// ops eq gt ge lt le range; values 'quoted', bare, or `[from, to]` for range. Example:
//   (document_type eq 'Sync.SupplierPartyMaster') and message_date range [2025-12-16T02:00:00.000Z, 2025-12-17T02:00:00.000Z]
// The workbench builds filters with it, the sandbox parses them and turns them into SQL.
class OneViewFilter
{
    Q_DECLARE_TR_FUNCTIONS(OneViewFilter)
public:
    enum class Op { Eq, Gt, Ge, Lt, Le, Range };
    struct Node
    {
        enum class Kind { Condition, And, Or } kind = Kind::Condition;
        QString field;
        Op op = Op::Eq;
        QStringList values;
        QList<std::shared_ptr<Node>> children;
    };

    static std::optional<OneViewFilter> parse(const QString &text, QString *error);
    static QStringList fields(); // the fields the message store understands
    static QString quote(const QString &value);
    static QString timestamp(const QDateTime &time); // 2025-12-16T02:00:00.000Z

    // Building blocks for the workbench: each returns one condition's text.
    static QString condition(const QString &field, Op op, const QString &value);
    static QString range(const QString &field, const QString &from, const QString &to);
    static QString allOf(const QStringList &conditions); // joined with and

    // SQL for a store whose columns are named like the fields; values go to `bindings`.
    QString toSql(QVariantList *bindings) const;
    const Node &root() const { return *m_root; }
    bool isEmpty() const { return !m_root; }

private:
    std::shared_ptr<Node> m_root;
};
