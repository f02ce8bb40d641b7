// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/flowfilter.h"

// The and/or tree of a parsed filter (shared by the parser and the evaluation).
struct FlowFilter::Node
{
    enum class Kind { Condition, And, Or } kind = Kind::Condition;
    int condition = -1;
    std::shared_ptr<const Node> left, right;

    bool holds(const QList<ConditionResult> &results) const
    {
        switch (kind) {
        case Kind::Condition: return results.at(condition).holds;
        case Kind::And: return left->holds(results) && right->holds(results);
        case Kind::Or: return left->holds(results) || right->holds(results);
        }
        return false;
    }
};
