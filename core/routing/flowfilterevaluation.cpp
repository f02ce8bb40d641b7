// SPDX-License-Identifier: GPL-3.0-or-later
// FlowFilter::evaluate: a parsed filter applied to one BOD, in one pass over its XML.
#include "routing/flowfilter.h"
#include "routing/flowfilternode.h"

#include "bod/parsinglimits.h"
#include "bod/xmlshapecheck.h"

#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// A condition made ready for a document: its element path apart from the attribute, and the
// wanted value as a number once, not once per element.
struct PreparedCondition
{
    QStringList elementPath;
    QString attribute; // empty: the element's text
    FlowFilter::Op op = FlowFilter::Op::Equals;
    QString wanted;
    std::optional<double> wantedNumber;
};

std::optional<double> asNumber(const QString &text)
{
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? std::optional(d) : std::nullopt;
}

bool compare(const PreparedCondition &c, const QString &actual, const std::optional<double> &actualNumber)
{
    using Op = FlowFilter::Op;
    const bool numbers = actualNumber && c.wantedNumber;
    const double a = numbers ? *actualNumber : 0, w = numbers ? *c.wantedNumber : 0;
    switch (c.op) {
    case Op::Equals: return numbers ? a == w : actual == c.wanted;
    case Op::NotEquals: return numbers ? a != w : actual != c.wanted;
    case Op::Less: return numbers ? a < w : actual < c.wanted;
    case Op::Greater: return numbers ? a > w : actual > c.wanted;
    case Op::Contains: return actual.contains(c.wanted);
    case Op::StartsWith: return actual.startsWith(c.wanted);
    case Op::Exists: return true;
    }
    return false;
}

// The path from the root, or from the root's child when the condition leaves the root out.
bool pathMatches(const QStringList &elementPath, const QStringList &condition)
{
    if (elementPath.size() == condition.size())
        return elementPath == condition;
    return elementPath.size() == condition.size() + 1
           && std::equal(condition.cbegin(), condition.cend(), elementPath.cbegin() + 1);
}

// The conditions by the name of the element they look at, in groups that look at the same path
// (and attribute): each element of the BOD is matched against the few groups that can match it,
// once per group, not against each of a filter's up to 1,000 conditions. A condition written
// more than once is evaluated once and its result copied.
struct PathGroup
{
    QStringList elementPath;
    QString attribute; // empty: the element's text
    QList<qsizetype> conditions;
};

class ConditionIndex
{
public:
    explicit ConditionIndex(const QList<FlowFilter::Condition> &conditions)
    {
        prepared.resize(conditions.size());
        QHash<QString, qsizetype> seen; // the text of a condition -> its first index
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            const FlowFilter::Condition &c = conditions[i];
            const QString text = c.text();
            if (const auto first = seen.constFind(text); first != seen.cend()) {
                copies.append({first.value(), i});
                continue;
            }
            seen.insert(text, i);
            PreparedCondition &p = prepared[i];
            p.elementPath = c.path;
            if (c.path.last().startsWith(u'@'))
                p.attribute = p.elementPath.takeLast().mid(1);
            p.op = c.op;
            p.wanted = c.value;
            p.wantedNumber = asNumber(c.value);
            // "@a" alone names an attribute of the root: kept under the empty name.
            const QString name = p.elementPath.isEmpty() ? QString() : p.elementPath.last();
            QList<PathGroup> &groups = (p.attribute.isEmpty() ? byText : byAttribute)[name];
            auto group = std::find_if(groups.begin(), groups.end(), [&p](const PathGroup &g) {
                return g.elementPath == p.elementPath && g.attribute == p.attribute;
            });
            if (group == groups.end())
                group = groups.insert(groups.end(), PathGroup {p.elementPath, p.attribute, {}});
            group->conditions.append(i);
        }
    }

    // The groups that can match an element at `path` (its name, or the root's attributes).
    QList<PathGroup> attributeGroups(const QStringList &path) const
    {
        QList<PathGroup> found = byAttribute.value(path.last());
        if (path.size() == 1)
            found += byAttribute.value(QString());
        return found;
    }

    QList<PreparedCondition> prepared; // by the condition's index (copies left empty)
    QHash<QString, QList<PathGroup>> byText, byAttribute; // element name -> groups
    QList<std::pair<qsizetype, qsizetype>> copies; // (evaluated, same text) pairs
};
} // namespace

FlowFilter::Result FlowFilter::evaluate(const QByteArray &bod) const
{
    Result r;
    r.conditions.resize(m_conditions.size());
    if (const auto shape = XmlShapeCheck::check(bod)) {
        r.readable = false;
        r.error = tr("Line %1: %2").arg(shape->line).arg(shape->message);
        return r;
    }
    const ConditionIndex index(m_conditions);
    QXmlStreamReader reader(bod);
    QStringList path;
    QList<QString> text; // the text of each open element
    qsizetype kept = 0;   // repetitions kept, all conditions together
    ConditionResult *results = r.conditions.data();
    auto record = [&](qsizetype i, const QString &value, const std::optional<double> &number) {
        ConditionResult &c = results[i];
        const bool holds = compare(index.prepared.at(i), value, number);
        ++c.found;
        c.holds = c.holds || holds;
        // The first MaxRepetitions of them, and beyond those the ones that hold (up to ten times
        // as many): a match in the 20,000th order line must still be shown. A filter of many
        // conditions on one repeating element keeps MaxRepetitionsInAll, not a thousand times that.
        if (kept >= MaxRepetitionsInAll)
            return;
        if (c.repetitions.size() < MaxRepetitions || (holds && c.repetitions.size() < 10 * MaxRepetitions)) {
            c.repetitions.append({reader.lineNumber(), value, holds});
            ++kept;
        }
    };
    // Conditions times the repetitions they look at: bounded, like everything read from outside.
    qint64 comparisons = 0;
    auto withinBudget = [&comparisons](const PathGroup &g) {
        comparisons += g.conditions.size();
        return comparisons <= ParsingLimits::MaxFilterComparisons;
    };
    auto tooMuchWork = [&] {
        Result refused;
        refused.conditions.resize(m_conditions.size());
        refused.readable = false;
        refused.error = tr("Line %1: the filter's %2 conditions would be compared more than %L3 times in this BOD; "
                           "it is not evaluated.")
                            .arg(reader.lineNumber()).arg(m_conditions.size()).arg(ParsingLimits::MaxFilterComparisons);
        return refused;
    };
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            r.readable = false;
            r.error = tr("The BOD declares a DOCTYPE or entities; it is not evaluated.");
            return r;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (path.size() >= ParsingLimits::MaxElementDepth) {
                r.readable = false;
                r.error = tr("Line %1: elements are nested more than %2 deep.").arg(reader.lineNumber()).arg(ParsingLimits::MaxElementDepth);
                return r;
            }
            path.append(reader.name().toString());
            text.append(QString());
            const QList<PathGroup> groups = index.attributeGroups(path);
            if (groups.isEmpty())
                continue;
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const PathGroup &g : groups) {
                if (!pathMatches(path, g.elementPath))
                    continue;
                for (const QXmlStreamAttribute &a : attributes) {
                    if (a.name() != g.attribute)
                        continue;
                    if (!withinBudget(g))
                        return tooMuchWork();
                    const QString value = a.value().toString();
                    const std::optional<double> number = asNumber(value);
                    for (const qsizetype i : g.conditions)
                        record(i, value, number);
                }
            }
        } else if (token == QXmlStreamReader::Characters && !text.isEmpty()) {
            text.last() += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QString value = text.takeLast().trimmed();
            if (const auto groups = index.byText.constFind(path.last()); groups != index.byText.cend()) {
                const std::optional<double> number = asNumber(value);
                for (const PathGroup &g : *groups) {
                    if (!pathMatches(path, g.elementPath))
                        continue;
                    if (!withinBudget(g))
                        return tooMuchWork();
                    for (const qsizetype i : g.conditions)
                        record(i, value, number);
                }
            }
            path.removeLast();
        }
    }
    if (reader.hasError()) {
        r.readable = false;
        r.error = tr("Line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        return r;
    }
    for (const auto &[evaluated, copy] : index.copies)
        r.conditions[copy] = r.conditions[evaluated];
    for (qsizetype i = 0; i < m_conditions.size(); ++i) {
        if (r.conditions[i].found == 0)
            r.pathsMatchingNothing << m_conditions[i].path.join(u'/');
    }
    r.passes = !m_root || m_root->holds(r.conditions);
    return r;
}
