// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/xmllinetokenizer.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextDocument;

// XML colouring for the BOD inspector: KSyntaxHighlighting's XML definition where KF6 was
// found at build time, this small highlighter where it was not.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit XmlHighlighter(QTextDocument *document);
    // The best highlighter this build has, attached to `document`.
    static QSyntaxHighlighter *attach(QTextDocument *document);
    static bool usesKSyntaxHighlighting();
    // The colours of this highlighter, which the large-document view paints with too.
    static QTextCharFormat formatFor(XmlLineTokenizer::Kind kind);

protected:
    void highlightBlock(const QString &text) override;
};
