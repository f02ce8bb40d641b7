// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlhighlighter.h"

#include "config-workbench.h"

#include <QTextDocument>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace {
QTextCharFormat makeFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}
} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

bool XmlHighlighter::usesKSyntaxHighlighting()
{
    return HAVE_KSYNTAXHIGHLIGHTING;
}

QSyntaxHighlighter *XmlHighlighter::attach(QTextDocument *document)
{
#if HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    auto *h = new KSyntaxHighlighting::SyntaxHighlighter(document);
    h->setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    h->setDefinition(repository.definitionForName(u"XML"_s));
    return h;
#else
    return new XmlHighlighter(document);
#endif
}

QTextCharFormat XmlHighlighter::formatFor(XmlLineTokenizer::Kind kind)
{
    using Kind = XmlLineTokenizer::Kind;
    static const QTextCharFormat tag = makeFormat(QColor(0x1d, 0x4f, 0x86), true);
    static const QTextCharFormat attribute = makeFormat(QColor(0x8a, 0x4b, 0x08));
    static const QTextCharFormat value = makeFormat(QColor(0x1b, 0x7f, 0x3b));
    static const QTextCharFormat comment = makeFormat(QColor(0x80, 0x80, 0x80), false, true);
    static const QTextCharFormat declaration = makeFormat(QColor(0x6a, 0x3d, 0x9a));
    switch (kind) {
    case Kind::Tag: return tag;
    case Kind::Attribute: return attribute;
    case Kind::Value: return value;
    case Kind::Comment: return comment;
    case Kind::Declaration: return declaration;
    }
    return {};
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    // The block state is what the tokenizer left open at the end of the line (-1 before any).
    const int previous = previousBlockState();
    QList<XmlLineTokenizer::Span> spans;
    const auto state = XmlLineTokenizer::tokenize(
        text, previous < 0 ? XmlLineTokenizer::Text : XmlLineTokenizer::State(previous), &spans);
    for (const XmlLineTokenizer::Span &span : std::as_const(spans))
        setFormat(span.start, span.length, formatFor(span.kind));
    setCurrentBlockState(int(state));
}
