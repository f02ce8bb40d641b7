// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What changed between two texts, line by line ("-12: old", "+12: new"), for the inspector's
// "Changes" view. Empty when the texts are equal.
namespace LineDiff {
// Above this many line pairs the texts are only summarised (the comparison is quadratic).
constexpr qint64 MaxLinePairs = 25'000'000;
QString describe(const QString &before, const QString &after);
}
