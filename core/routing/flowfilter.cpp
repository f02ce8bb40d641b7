// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/flowfilter.h"
#include "routing/flowfilternode.h"

#include "bod/parsinglimits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;


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
