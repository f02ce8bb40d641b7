// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A linear pass over raw XML, before any XML reader sees it, for the shapes that make a reader
// slow or large: an element with a great many attributes (QXmlStreamReader checks each one
// against all before it, so 100,000 on one element took 28 s) and one huge text node (held
// whole, as UTF-16). The BOD parser, the formatter, the flow-filter evaluator and the sandbox's
// intake all ask it first, so a hostile document costs one scan, never a freeze.
class XmlShapeCheck
{
    Q_DECLARE_TR_FUNCTIONS(XmlShapeCheck)
public:
    struct Violation
    {
        QString code;    // "too-many-attributes", "text-too-large"
        QString message; // says the limit and what was found
        qint64 line = 0; // 1-based line where the element or text starts
    };
    static std::optional<Violation> check(const QByteArray &xml);
};
