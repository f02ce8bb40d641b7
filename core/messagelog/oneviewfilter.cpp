// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/oneviewfilter.h"

#include "bod/parsinglimits.h"

using namespace Qt::StringLiterals;

namespace {

// A small recursive-descent parser over the filter text.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    std::shared_ptr<OneViewFilter::Node> parseAll(QString *error)
    {
        auto node = parseOr();
        skipSpace();
        if (node && m_pos < m_text.size())
            fail(OneViewFilter::tr("unexpected \"%1\" at position %2").arg(m_text.mid(m_pos, 12)).arg(m_pos + 1));
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return nullptr;
        }
        return node;
    }

private:
    using NodePtr = std::shared_ptr<OneViewFilter::Node>;

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    bool keyword(const QString &word)
    {
        skipSpace();
        if (m_text.mid(m_pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const qsizetype end = m_pos + word.size();
        if (end < m_text.size() && (m_text[end].isLetterOrNumber() || m_text[end] == u'_'))
            return false;
        m_pos = end;
        return true;
    }
    bool symbol(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    NodePtr combine(OneViewFilter::Node::Kind kind, NodePtr left, NodePtr right)
    {
        if (left->kind == kind) {
            left->children.append(right);
            return left;
        }
        auto n = std::make_shared<OneViewFilter::Node>();
        n->kind = kind;
        n->children = {left, right};
        return n;
    }
    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (left && keyword(u"or"_s)) {
            NodePtr right = parseAnd();
            if (!right)
                return nullptr;
            left = combine(OneViewFilter::Node::Kind::Or, left, right);
        }
        return left;
    }
    NodePtr parseAnd()
    {
        NodePtr left = parsePrimary();
        while (left && keyword(u"and"_s)) {
            NodePtr right = parsePrimary();
            if (!right)
                return nullptr;
            left = combine(OneViewFilter::Node::Kind::And, left, right);
        }
        return left;
    }
    NodePtr parsePrimary()
    {
        if (symbol(u'(')) {
            if (m_depth >= ParsingLimits::MaxFilterDepth) {
                fail(OneViewFilter::tr("parentheses nested deeper than %1 levels at position %2")
                         .arg(ParsingLimits::MaxFilterDepth).arg(m_pos));
                return nullptr;
            }
            ++m_depth;
            NodePtr inner = parseOr();
            --m_depth;
            if (inner && !symbol(u')')) {
                fail(OneViewFilter::tr("a \")\" is missing at position %1").arg(m_pos + 1));
                return nullptr;
            }
            return inner;
        }
        return parseCondition();
    }
    QString word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    std::optional<QString> value()
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail(OneViewFilter::tr("a value is missing at the end"));
            return std::nullopt;
        }
        if (m_text[m_pos] == u'\'') {
            QString out;
            for (++m_pos; m_pos < m_text.size(); ++m_pos) {
                if (m_text[m_pos] == u'\'') {
                    if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\'') { // '' is a quote
                        out += u'\'';
                        ++m_pos;
                        continue;
                    }
                    ++m_pos;
                    return out;
                }
                out += m_text[m_pos];
            }
            fail(OneViewFilter::tr("a quoted value is not closed"));
            return std::nullopt;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text[m_pos].isSpace() && m_text[m_pos] != u')' && m_text[m_pos] != u','
               && m_text[m_pos] != u']')
            ++m_pos;
        if (m_pos == start) {
            fail(OneViewFilter::tr("a value is missing at position %1").arg(m_pos + 1));
            return std::nullopt;
        }
        return m_text.mid(start, m_pos - start);
    }
    NodePtr parseCondition()
    {
        const qsizetype at = m_pos;
        if (++m_conditions > ParsingLimits::MaxFilterConditions) {
            fail(OneViewFilter::tr("more than %1 conditions").arg(ParsingLimits::MaxFilterConditions));
            return nullptr;
        }
        const QString field = word();
        if (field.isEmpty()) {
            fail(OneViewFilter::tr("a field name is expected at position %1").arg(at + 1));
            return nullptr;
        }
        if (!OneViewFilter::fields().contains(field)) {
            fail(OneViewFilter::tr("unknown field \"%1\" (known: %2)").arg(field, OneViewFilter::fields().join(u", "_s)));
            return nullptr;
        }
        const QString opName = word().toLower();
        static const QHash<QString, OneViewFilter::Op> ops {
            {u"eq"_s, OneViewFilter::Op::Eq}, {u"gt"_s, OneViewFilter::Op::Gt}, {u"ge"_s, OneViewFilter::Op::Ge},
            {u"lt"_s, OneViewFilter::Op::Lt}, {u"le"_s, OneViewFilter::Op::Le}, {u"range"_s, OneViewFilter::Op::Range}};
        if (!ops.contains(opName)) {
            fail(OneViewFilter::tr("unknown operator \"%1\" after %2 (use eq, gt, ge, lt, le or range)").arg(opName, field));
            return nullptr;
        }
        auto node = std::make_shared<OneViewFilter::Node>();
        node->field = field;
        node->op = ops.value(opName);
        if (node->op == OneViewFilter::Op::Range) {
            if (!symbol(u'[')) {
                fail(OneViewFilter::tr("range needs [from, to] after %1").arg(field));
                return nullptr;
            }
            const auto from = value();
            if (!from || !symbol(u','))
                return fail(OneViewFilter::tr("range needs [from, to] after %1").arg(field)), nullptr;
            const auto to = value();
            if (!to || !symbol(u']'))
                return fail(OneViewFilter::tr("range needs [from, to] after %1").arg(field)), nullptr;
            node->values = {*from, *to};
        } else {
            const auto v = value();
            if (!v)
                return nullptr;
            node->values = {*v};
        }
        return node;
    }

    QString m_text;
    int m_depth = 0;
    int m_conditions = 0;
    qsizetype m_pos = 0;
    QString m_error;
};

QString sqlFor(const OneViewFilter::Node &n, QVariantList *bindings)
{
    using Kind = OneViewFilter::Node::Kind;
    if (n.kind != Kind::Condition) {
        QStringList parts;
        for (const auto &c : n.children)
            parts << sqlFor(*c, bindings);
        return u'(' + parts.join(n.kind == Kind::And ? u" AND "_s : u" OR "_s) + u')';
    }
    // Field names were checked against fields() while parsing: safe to splice as columns.
    const bool isDate = n.field == u"message_date"_s;
    auto bind = [&](const QString &v) {
        if (isDate)
            bindings->append(QDateTime::fromString(v, Qt::ISODateWithMs).toMSecsSinceEpoch());
        else
            bindings->append(v.isNull() ? u""_s : v); // '' is a value, never NULL
    };
    const QString column = n.field;
    switch (n.op) {
    case OneViewFilter::Op::Eq: bind(n.values[0]); return column + u" = ?"_s;
    case OneViewFilter::Op::Gt: bind(n.values[0]); return column + u" > ?"_s;
    case OneViewFilter::Op::Ge: bind(n.values[0]); return column + u" >= ?"_s;
    case OneViewFilter::Op::Lt: bind(n.values[0]); return column + u" < ?"_s;
    case OneViewFilter::Op::Le: bind(n.values[0]); return column + u" <= ?"_s;
    case OneViewFilter::Op::Range:
        bind(n.values[0]);
        bind(n.values[1]);
        return column + u" BETWEEN ? AND ?"_s;
    }
    return {};
}

} // namespace

std::optional<OneViewFilter> OneViewFilter::parse(const QString &text, QString *error)
{
    OneViewFilter f;
    if (text.trimmed().isEmpty())
        return f;
    f.m_root = Parser(text).parseAll(error);
    if (!f.m_root)
        return std::nullopt;
    return f;
}

QStringList OneViewFilter::fields()
{
    return {u"message_id"_s,      u"document_type"_s, u"direction"_s,       u"status"_s,
            u"exception_type"_s,  u"from_logical_id"_s, u"to_logical_id"_s, u"document_id"_s,
            u"accounting_entity"_s, u"location"_s,     u"message_date"_s,    u"error_code"_s};
}

QString OneViewFilter::quote(const QString &value)
{
    QString v = value;
    v.replace(u'\'', u"''"_s);
    return u'\'' + v + u'\'';
}

QString OneViewFilter::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString OneViewFilter::condition(const QString &field, Op op, const QString &value)
{
    static const char *const names[] = {"eq", "gt", "ge", "lt", "le", "range"};
    return u"(%1 %2 %3)"_s.arg(field, QLatin1String(names[int(op)]), quote(value));
}

QString OneViewFilter::range(const QString &field, const QString &from, const QString &to)
{
    return u"(%1 range [%2, %3])"_s.arg(field, from, to);
}

QString OneViewFilter::allOf(const QStringList &conditions)
{
    return conditions.join(u" and "_s);
}

QString OneViewFilter::toSql(QVariantList *bindings) const
{
    return m_root ? sqlFor(*m_root, bindings) : u"1 = 1"_s;
}
