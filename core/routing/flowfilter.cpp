// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/flowfilter.h"

#include "bod/parsinglimits.h"
#include "bod/xmlshapecheck.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

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

// Recursive descent over the text: expr := term (or term)*, term := factor (and factor)*,
// factor := '(' expr ')' | path operator [value].
class FlowFilterParser
{
public:
    explicit FlowFilterParser(const QString &text)
        : m_text(text)
    {
    }

    std::optional<FlowFilter> run(QString *error)
    {
        FlowFilter f;
        f.m_text = m_text.trimmed();
        m_filter = &f;
        skipSpace();
        if (m_pos < m_text.size()) {
            f.m_root = expression();
            skipSpace();
            if (m_error.isEmpty() && m_pos < m_text.size())
                fail(FlowFilter::tr("expected \"and\", \"or\" or the end"));
        }
        if (!m_error.isEmpty()) {
            if (error)
                *error = FlowFilter::tr("Column %1: %2.").arg(m_errorPos + 1).arg(m_error);
            return std::nullopt;
        }
        return f;
    }

private:
    using Node = FlowFilter::Node;
    using Op = FlowFilter::Op;

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    void fail(const QString &what)
    {
        if (m_error.isEmpty()) {
            m_error = what;
            m_errorPos = m_pos;
        }
    }
    bool word(QStringView w)
    {
        skipSpace();
        const qsizetype end = m_pos + w.size();
        if (end > m_text.size() || QStringView(m_text).mid(m_pos, w.size()).compare(w, Qt::CaseInsensitive) != 0)
            return false;
        if (end < m_text.size() && (m_text.at(end).isLetterOrNumber() || m_text.at(end) == u'_'))
            return false;
        m_pos = end;
        return true;
    }
    std::shared_ptr<const Node> combine(Node::Kind kind, std::shared_ptr<const Node> l, std::shared_ptr<const Node> r)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->left = std::move(l);
        n->right = std::move(r);
        return n;
    }
    std::shared_ptr<const Node> expression()
    {
        auto left = term();
        while (m_error.isEmpty() && word(u"or"))
            left = combine(Node::Kind::Or, left, term());
        return left;
    }
    std::shared_ptr<const Node> term()
    {
        auto left = factor();
        while (m_error.isEmpty() && word(u"and"))
            left = combine(Node::Kind::And, left, factor());
        return left;
    }
    std::shared_ptr<const Node> factor()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'(') {
            if (m_depth >= ParsingLimits::MaxFilterDepth) {
                fail(FlowFilter::tr("parentheses nested deeper than %1 levels").arg(ParsingLimits::MaxFilterDepth));
                return nullptr;
            }
            ++m_pos;
            ++m_depth;
            auto inner = expression();
            --m_depth;
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u')')
                fail(FlowFilter::tr("expected \")\""));
            else
                ++m_pos;
            return inner;
        }
        return condition();
    }
    std::shared_ptr<const Node> condition()
    {
        FlowFilter::Condition c;
        skipSpace();
        if (m_filter->m_conditions.size() >= ParsingLimits::MaxFilterConditions) {
            fail(FlowFilter::tr("more than %1 conditions").arg(ParsingLimits::MaxFilterConditions));
            return nullptr;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && !QStringView(u"=!<>()'\"").contains(m_text.at(m_pos)))
            ++m_pos;
        const QString path = m_text.mid(start, m_pos - start);
        c.path = path.split(u'/', Qt::SkipEmptyParts);
        static const QRegularExpression segment(u"^@?[A-Za-z_][\\w.:-]*$"_s);
        bool valid = !c.path.isEmpty();
        for (qsizetype i = 0; valid && i < c.path.size(); ++i)
            valid = segment.match(c.path[i]).hasMatch() && (!c.path[i].startsWith(u'@') || i == c.path.size() - 1);
        if (!valid) {
            m_pos = start;
            fail(path.isEmpty() ? FlowFilter::tr("expected an element path") : FlowFilter::tr("\"%1\" is not an element path").arg(path));
            return nullptr;
        }
        if (!op(&c.op)) {
            fail(FlowFilter::tr("expected an operator (=, !=, <, >, contains, starts with, exists) after %1").arg(path));
            return nullptr;
        }
        if (c.op != Op::Exists && !value(&c.value))
            return nullptr;
        auto n = std::make_shared<Node>();
        n->condition = int(m_filter->m_conditions.size());
        m_filter->m_conditions.append(c);
        return n;
    }
    bool op(Op *out)
    {
        skipSpace();
        const QStringView rest = QStringView(m_text).mid(m_pos);
        const QList<std::pair<QStringView, Op>> symbols {{u"!=", Op::NotEquals}, {u"=", Op::Equals}, {u"<", Op::Less},
                                                         {u">", Op::Greater}};
        for (const auto &[s, o] : symbols) {
            if (rest.startsWith(s)) {
                m_pos += s.size();
                *out = o;
                return true;
            }
        }
        const QList<std::pair<QStringView, Op>> words {{u"eq", Op::Equals}, {u"ne", Op::NotEquals}, {u"lt", Op::Less},
                                                       {u"gt", Op::Greater}, {u"contains", Op::Contains},
                                                       {u"startswith", Op::StartsWith}, {u"exists", Op::Exists}};
        for (const auto &[w, o] : words) {
            if (word(w)) {
                *out = o;
                return true;
            }
        }
        const qsizetype before = m_pos;
        if (word(u"starts") && word(u"with")) {
            *out = Op::StartsWith;
            return true;
        }
        m_pos = before;
        return false;
    }
    bool value(QString *out)
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail(FlowFilter::tr("expected a value"));
            return false;
        }
        const QChar quote = m_text.at(m_pos);
        if (quote == u'\'' || quote == u'"') {
            const qsizetype close = m_text.indexOf(quote, m_pos + 1);
            if (close < 0) {
                fail(FlowFilter::tr("the value has no closing %1").arg(quote));
                return false;
            }
            *out = m_text.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
            return true;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != u')')
            ++m_pos;
        *out = m_text.mid(start, m_pos - start);
        if (out->isEmpty())
            fail(FlowFilter::tr("expected a value"));
        return !out->isEmpty();
    }

    QString m_text;
    int m_depth = 0;
    qsizetype m_pos = 0;
    QString m_error;
    qsizetype m_errorPos = 0;
    FlowFilter *m_filter = nullptr;
};

FlowFilter::FlowFilter() = default;
FlowFilter::FlowFilter(const FlowFilter &other) = default;
FlowFilter &FlowFilter::operator=(const FlowFilter &other) = default;
FlowFilter::~FlowFilter() = default;

std::optional<FlowFilter> FlowFilter::parse(const QString &text, QString *error)
{
    return FlowFilterParser(text).run(error);
}

QString FlowFilter::Condition::text() const
{
    static const QStringList names {u"="_s, u"!="_s, u"<"_s, u">"_s, u"contains"_s, u"starts with"_s, u"exists"_s};
    const QString p = path.join(u'/');
    return op == Op::Exists ? p + u" exists"_s : u"%1 %2 '%3'"_s.arg(p, names.at(int(op)), value);
}

namespace {
bool compare(FlowFilter::Op op, const QString &actual, const QString &wanted)
{
    using Op = FlowFilter::Op;
    bool numbers = false, ok = false;
    const double a = actual.toDouble(&numbers), w = wanted.toDouble(&ok);
    numbers = numbers && ok;
    switch (op) {
    case Op::Equals: return numbers ? a == w : actual == wanted;
    case Op::NotEquals: return numbers ? a != w : actual != wanted;
    case Op::Less: return numbers ? a < w : actual < wanted;
    case Op::Greater: return numbers ? a > w : actual > wanted;
    case Op::Contains: return actual.contains(wanted);
    case Op::StartsWith: return actual.startsWith(wanted);
    case Op::Exists: return true;
    }
    return false;
}

// The path from the root, or from the root's child when the condition leaves the root out.
bool pathMatches(const QStringList &elementPath, const QStringList &condition)
{
    if (elementPath == condition)
        return true;
    return elementPath.size() == condition.size() + 1
           && std::equal(condition.cbegin(), condition.cend(), elementPath.cbegin() + 1);
}
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
    QXmlStreamReader reader(bod);
    QStringList path;
    QList<QString> text; // the text of each open element
    auto record = [&](qsizetype i, const QString &value) {
        ConditionResult &c = r.conditions[i];
        const bool holds = compare(m_conditions[i].op, value, m_conditions[i].value);
        ++c.found;
        c.holds = c.holds || holds;
        // The first MaxRepetitions of them, and beyond those the ones that hold (up to ten times
        // as many): a match in the 20,000th order line must still be shown.
        if (c.repetitions.size() < MaxRepetitions || (holds && c.repetitions.size() < 10 * MaxRepetitions))
            c.repetitions.append({reader.lineNumber(), value, holds});
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
            for (qsizetype i = 0; i < m_conditions.size(); ++i) {
                const QStringList &p = m_conditions[i].path;
                if (!p.last().startsWith(u'@') || !pathMatches(path, p.first(p.size() - 1)))
                    continue;
                const QStringView attribute = QStringView(p.last()).mid(1);
                for (const QXmlStreamAttribute &a : reader.attributes()) {
                    if (a.name() == attribute)
                        record(i, a.value().toString());
                }
            }
        } else if (token == QXmlStreamReader::Characters && !text.isEmpty()) {
            text.last() += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QString value = text.takeLast().trimmed();
            for (qsizetype i = 0; i < m_conditions.size(); ++i) {
                if (!m_conditions[i].path.last().startsWith(u'@') && pathMatches(path, m_conditions[i].path))
                    record(i, value);
            }
            path.removeLast();
        }
    }
    if (reader.hasError()) {
        r.readable = false;
        r.error = tr("Line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        return r;
    }
    for (qsizetype i = 0; i < m_conditions.size(); ++i) {
        if (r.conditions[i].found == 0)
            r.pathsMatchingNothing << m_conditions[i].path.join(u'/');
    }
    r.passes = !m_root || m_root->holds(r.conditions);
    return r;
}
