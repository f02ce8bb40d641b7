// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

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

protected:
    void highlightBlock(const QString &text) override;
};
