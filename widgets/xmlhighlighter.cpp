// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlhighlighter.h"

#include "config-workbench.h"

#include <QRegularExpression>
#include <QTextDocument>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace {
enum BlockState { Normal = 0, InComment = 1 };

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

void XmlHighlighter::highlightBlock(const QString &text)
{
    static const QTextCharFormat tag = makeFormat(QColor(0x1d, 0x4f, 0x86), true);
    static const QTextCharFormat attribute = makeFormat(QColor(0x8a, 0x4b, 0x08));
    static const QTextCharFormat value = makeFormat(QColor(0x1b, 0x7f, 0x3b));
    static const QTextCharFormat comment = makeFormat(QColor(0x80, 0x80, 0x80), false, true);
    static const QTextCharFormat declaration = makeFormat(QColor(0x6a, 0x3d, 0x9a));
    static const QRegularExpression tagName(u"</?[\\w:.-]+|/?>"_s);
    static const QRegularExpression attr(u"([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')"_s);
    static const QRegularExpression pi(u"<\\?.*?\\?>"_s);

    qsizetype start = 0;
    if (previousBlockState() == InComment) {
        const qsizetype end = text.indexOf(u"-->"_s);
        if (end < 0) {
            setFormat(0, int(text.size()), comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(0, int(end + 3), comment);
        start = end + 3;
    }
    setCurrentBlockState(Normal);
    // Tags and their attributes, only outside comments.
    for (auto it = tagName.globalMatch(text, start); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), tag);
    }
    for (auto it = attr.globalMatch(text, start); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), attribute);
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), value);
    }
    for (auto it = pi.globalMatch(text, start); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), declaration);
    }
    for (qsizetype open = text.indexOf(u"<!--"_s, start); open >= 0; open = text.indexOf(u"<!--"_s, open + 4)) {
        const qsizetype close = text.indexOf(u"-->"_s, open + 4);
        if (close < 0) {
            setFormat(int(open), int(text.size() - open), comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(int(open), int(close + 3 - open), comment);
    }
}
