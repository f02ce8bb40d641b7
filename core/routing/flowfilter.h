// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// A document-flow filter as ION builds them (DOMAIN.md section 9): conditions on element
// paths of the BOD, combined with and/or and parentheses, e.g.
//   DataArea/SalesOrder/SalesOrderLine/Item/ItemID starts with 'A-' and
//   (DataArea/SalesOrder/SalesOrderHeader/Status/Code = 'Open' or .../@accountingEntity = '100')
// A path starts at the root element or, leaving the root out, at DataArea or ApplicationArea;
// "@name" at its end names an attribute. Operators: = != < > (numbers compare as numbers),
// contains, starts with, exists.
//
// Evaluation follows ION: the whole message passes or not; a condition on a repeating element
// holds when at least one repetition satisfies it; a path that matches nothing never holds
// (the silent drop). The sandbox's router and the workbench's diagnostics use this one class.
class FlowFilter
{
    Q_DECLARE_TR_FUNCTIONS(FlowFilter)
public:
    enum class Op { Equals, NotEquals, Less, Greater, Contains, StartsWith, Exists };
    struct Condition
    {
        QStringList path; // element names; the last may be "@attribute"
        Op op = Op::Equals;
        QString value;
        QString text() const;
    };
    struct Node; // the and/or tree
    struct Repetition
    {
        qint64 line = 0;
        QString value;
        bool holds = false;
    };
    struct ConditionResult
    {
        bool holds = false;
        qsizetype found = 0;            // elements (or attributes) at the path
        QList<Repetition> repetitions;  // the first MaxRepetitions, then only those that hold
                                        // (MaxRepetitionsInAll for all conditions together)
    };
    struct Result
    {
        bool readable = true; // false: the BOD is not XML we read (then `error` says why)
        QString error;
        bool passes = false;
        QList<ConditionResult> conditions; // lined up with conditions()
        QStringList pathsMatchingNothing;
    };
    static constexpr int MaxRepetitions = 1000;
    static constexpr int MaxRepetitionsInAll = 20'000;

    FlowFilter();
    FlowFilter(const FlowFilter &other);
    FlowFilter &operator=(const FlowFilter &other);
    ~FlowFilter();

    // Parses the text form; the error says where and what was expected.
    static std::optional<FlowFilter> parse(const QString &text, QString *error);
    bool isEmpty() const { return m_conditions.isEmpty(); } // an empty filter lets everything through
    QString text() const { return m_text; }
    const QList<Condition> &conditions() const { return m_conditions; }
    Result evaluate(const QByteArray &bod) const;

private:
    friend class FlowFilterParser;
    QString m_text;
    QList<Condition> m_conditions;
    std::shared_ptr<const Node> m_root;
};
