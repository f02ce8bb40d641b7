// SPDX-License-Identifier: GPL-3.0-or-later
#include "scimfilter.h"

#include "bod/parsinglimits.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

struct ScimFilter::Node
{
    enum class Kind { Compare, Present, And, Or, Not } kind = Kind::Compare;
    QStringList path; // "name", "familyName"
    QString op;       // eq, ne, co, sw, ew, gt, ge, lt, le
    QJsonValue value;
    std::shared_ptr<const Node> left, right;
};

namespace {
using Node = ScimFilter::Node;

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }
    std::shared_ptr<const Node> run(QString *error)
    {
        auto root = disjunction();
        skip();
        if (m_error.isEmpty() && m_pos < m_text.size())
            m_error = u"unexpected text at %1"_s.arg(m_pos + 1);
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return root;
    }

private:
    void skip()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    QString token()
    {
        skip();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != u'(' && m_text.at(m_pos) != u')')
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    bool keyword(const QString &word)
    {
        const qsizetype before = m_pos;
        if (token().compare(word, Qt::CaseInsensitive) == 0)
            return true;
        m_pos = before;
        return false;
    }
    std::shared_ptr<const Node> combine(Node::Kind kind, std::shared_ptr<const Node> l, std::shared_ptr<const Node> r)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->left = std::move(l);
        n->right = std::move(r);
        return n;
    }
    std::shared_ptr<const Node> disjunction()
    {
        auto left = conjunction();
        while (m_error.isEmpty() && keyword(u"or"_s))
            left = combine(Node::Kind::Or, left, conjunction());
        return left;
    }
    std::shared_ptr<const Node> conjunction()
    {
        auto left = factor();
        while (m_error.isEmpty() && keyword(u"and"_s))
            left = combine(Node::Kind::And, left, factor());
        return left;
    }
    std::shared_ptr<const Node> factor()
    {
        // "not" and "(" recurse: bound them, or a long enough filter overflows the stack.
        if (m_depth >= ParsingLimits::MaxFilterDepth) {
            m_error = u"filter nested deeper than %1 levels"_s.arg(ParsingLimits::MaxFilterDepth);
            return nullptr;
        }
        if (keyword(u"not"_s)) {
            ++m_depth;
            auto inner = factor();
            --m_depth;
            return combine(Node::Kind::Not, inner, nullptr);
        }
        skip();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'(') {
            ++m_pos;
            ++m_depth;
            auto inner = disjunction();
            --m_depth;
            skip();
            if (!m_error.isEmpty())
                return inner; // the first error is the one to show
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u')')
                m_error = u"missing \")\""_s;
            else
                ++m_pos;
            return inner;
        }
        auto n = std::make_shared<Node>();
        if (++m_conditions > ParsingLimits::MaxFilterConditions) {
            m_error = u"more than %1 conditions"_s.arg(ParsingLimits::MaxFilterConditions);
            return n;
        }
        const QString attribute = token();
        static const QRegularExpression pathForm(u"^[A-Za-z][\\w$-]*(\\.[A-Za-z][\\w$-]*)?$"_s);
        if (!pathForm.match(attribute).hasMatch()) {
            m_error = u"\"%1\" is not an attribute path"_s.arg(attribute);
            return n;
        }
        n->path = attribute.split(u'.');
        n->op = token().toLower();
        if (n->op == u"pr"_s) {
            n->kind = Node::Kind::Present;
            return n;
        }
        static const QStringList ops {u"eq"_s, u"ne"_s, u"co"_s, u"sw"_s, u"ew"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};
        if (!ops.contains(n->op)) {
            m_error = u"\"%1\" is not a comparison operator"_s.arg(n->op);
            return n;
        }
        skip();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
            QString s;
            ++m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos) != u'"') {
                if (m_text.at(m_pos) == u'\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                s += m_text.at(m_pos++);
            }
            if (m_pos >= m_text.size())
                m_error = u"unterminated string"_s;
            ++m_pos;
            n->value = s;
        } else {
            const QString literal = token();
            bool number = false;
            const double d = literal.toDouble(&number);
            if (literal == u"true"_s || literal == u"false"_s)
                n->value = literal == u"true"_s;
            else if (literal == u"null"_s)
                n->value = QJsonValue::Null;
            else if (number)
                n->value = d;
            else
                m_error = u"\"%1\" is not a value (strings are in double quotes)"_s.arg(literal);
        }
        return n;
    }

    QString m_text;
    int m_depth = 0;
    int m_conditions = 0;
    qsizetype m_pos = 0;
    QString m_error;
};

QList<QJsonValue> valuesAt(const QJsonObject &resource, const QStringList &path)
{
    // Attribute names are case-insensitive (RFC 7643 section 2.1).
    auto field = [](const QJsonObject &o, const QString &name) -> QJsonValue {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
        return QJsonValue(QJsonValue::Undefined);
    };
    QList<QJsonValue> out;
    const QJsonValue top = field(resource, path.first());
    QList<QJsonValue> items;
    if (top.isArray()) {
        for (const QJsonValue &v : top.toArray())
            items << v;
    } else {
        items << top;
    }
    for (const QJsonValue &item : items) {
        if (path.size() == 1)
            out << (item.isObject() ? field(item.toObject(), u"value"_s) : item);
        else if (item.isObject())
            out << field(item.toObject(), path.at(1));
    }
    return out;
}

bool compare(const QString &op, const QJsonValue &actual, const QJsonValue &wanted)
{
    if (actual.isUndefined() || actual.isNull())
        return op == u"ne"_s ? !wanted.isNull() : (op == u"eq"_s && wanted.isNull());
    if (actual.isBool() || wanted.isBool())
        return op == u"eq"_s ? actual == wanted : op == u"ne"_s && actual != wanted;
    if (actual.isDouble() && wanted.isDouble()) {
        const double a = actual.toDouble(), w = wanted.toDouble();
        return op == u"eq"_s ? a == w : op == u"ne"_s ? a != w : op == u"gt"_s ? a > w : op == u"ge"_s ? a >= w
             : op == u"lt"_s ? a < w : op == u"le"_s ? a <= w : false;
    }
    const QString a = actual.toVariant().toString(), w = wanted.toVariant().toString();
    const int c = a.compare(w, Qt::CaseInsensitive);
    if (op == u"eq"_s) return c == 0;
    if (op == u"ne"_s) return c != 0;
    if (op == u"co"_s) return a.contains(w, Qt::CaseInsensitive);
    if (op == u"sw"_s) return a.startsWith(w, Qt::CaseInsensitive);
    if (op == u"ew"_s) return a.endsWith(w, Qt::CaseInsensitive);
    if (op == u"gt"_s) return c > 0;
    if (op == u"ge"_s) return c >= 0;
    if (op == u"lt"_s) return c < 0;
    if (op == u"le"_s) return c <= 0;
    return false;
}

bool evaluate(const Node &n, const QJsonObject &resource)
{
    switch (n.kind) {
    case Node::Kind::And: return evaluate(*n.left, resource) && evaluate(*n.right, resource);
    case Node::Kind::Or: return evaluate(*n.left, resource) || evaluate(*n.right, resource);
    case Node::Kind::Not: return !evaluate(*n.left, resource);
    case Node::Kind::Present:
        for (const QJsonValue &v : valuesAt(resource, n.path))
            if (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty()))
                return true;
        return false;
    case Node::Kind::Compare: {
        const QList<QJsonValue> values = valuesAt(resource, n.path);
        if (values.isEmpty())
            return compare(n.op, QJsonValue::Undefined, n.value);
        for (const QJsonValue &v : values)
            if (compare(n.op, v, n.value))
                return true;
        return false;
    }
    }
    return false;
}
} // namespace

std::optional<ScimFilter> ScimFilter::parse(const QString &text, QString *error)
{
    ScimFilter f;
    f.m_root = Parser(text).run(error);
    if (!f.m_root)
        return std::nullopt;
    return f;
}

bool ScimFilter::matches(const QJsonObject &resource) const
{
    return m_root && evaluate(*m_root, resource);
}
