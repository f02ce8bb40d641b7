// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Bounds on what the parsers of outside input accept. Filters are parsed by recursive descent
// and evaluated by recursion, so nesting and the number of conditions bound the stack; a BOD's
// limits bound time and memory (a 5 MB document could otherwise carry 350,000 attributes on one
// element). Real filters and BODs stay far below them.
namespace ParsingLimits {
constexpr int MaxFilterDepth = 64;          // parentheses (and SCIM "not") inside each other
constexpr int MaxFilterConditions = 1000;   // comparisons in one filter
// A filter's conditions times the elements (or attributes) they look at in one BOD: 10 conditions
// on each of 100,000 order lines pass; 1,000 conditions on 1,000 repetitions do not.
constexpr qint64 MaxFilterComparisons = 1'000'000;
constexpr int MaxAttributesPerElement = 1000;
constexpr qsizetype MaxTextNodeBytes = 64 * 1024 * 1024;
constexpr int MaxElementDepth = 256;
} // namespace ParsingLimits
