// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/linediff.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

QString LineDiff::describe(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    if (a == b)
        return {};
    if (qint64(a.size()) * b.size() > MaxLinePairs)
        return QCoreApplication::translate("LineDiff", "%1 lines before, %2 lines now (too large to compare line by line).")
            .arg(a.size())
            .arg(b.size());
    // Longest common subsequence of lines, then walk it.
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << u"+%1: %2"_s.arg(j + 1).arg(b[j]);
            ++j;
        } else {
            out << u"-%1: %2"_s.arg(i + 1).arg(a[i]);
            ++i;
        }
    }
    return out.join(u'\n');
}
