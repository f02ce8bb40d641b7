// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressivetextloader.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTextDocument>

namespace {
// Lines per insertion: small enough that one insertion stays well inside a slice.
constexpr int LinesPerInsert = 500;

qsizetype endOfLines(const QString &text, qsizetype from, int lines)
{
    for (int i = 0; i < lines; ++i) {
        const qsizetype newline = text.indexOf(u'\n', from);
        if (newline < 0)
            return text.size();
        from = newline + 1;
    }
    return from;
}
} // namespace

ProgressiveTextLoader::ProgressiveTextLoader(QPlainTextEdit *view)
    : QObject(view)
    , m_view(view)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ProgressiveTextLoader::loadSlice);
}

void ProgressiveTextLoader::load(const QString &text)
{
    cancel();
    m_longestSliceMs = 0;
    QTextDocument *document = m_view->document();
    if (text.size() < SynchronousChars) {
        dropQueuedHighlighting();
        m_view->setPlainText(text);
        document->setModified(false);
        Q_EMIT progress(text.size(), text.size());
        Q_EMIT finished();
        return;
    }
    m_text = text;
    m_position = 0;
    // Loading is not an edit: nothing to undo, and no undo history of 50 MB kept in memory.
    document->setUndoRedoEnabled(false);
    dropQueuedHighlighting();
    m_view->clear();
    loadSlice(); // the first screen now, not after a turn of the event loop
    if (m_position < m_text.size())
        m_timer.start();
}

void ProgressiveTextLoader::clear()
{
    cancel();
    dropQueuedHighlighting();
    m_view->clear();
}

void ProgressiveTextLoader::dropQueuedHighlighting()
{
    // KSyntaxHighlighting queues the re-highlighting of the next block (a QTextBlock, by value)
    // when a block's folding changes; once the text is replaced that block is gone, and running
    // the call crashes. Nothing queued for the old text is worth doing for the new one.
    for (QSyntaxHighlighter *highlighter : m_view->document()->findChildren<QSyntaxHighlighter *>(Qt::FindDirectChildrenOnly))
        QCoreApplication::removePostedEvents(highlighter, QEvent::MetaCall);
}

void ProgressiveTextLoader::cancel()
{
    if (!isLoading())
        return;
    m_timer.stop();
    m_text.clear();
    m_view->document()->setUndoRedoEnabled(true);
}

void ProgressiveTextLoader::loadSlice()
{
    QElapsedTimer slice;
    slice.start();
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    while (m_position < m_text.size() && slice.elapsed() < SliceMs) {
        const qsizetype end = endOfLines(m_text, m_position, LinesPerInsert);
        cursor.insertText(m_text.mid(m_position, end - m_position));
        m_position = end;
    }
    m_longestSliceMs = qMax(m_longestSliceMs, slice.elapsed());
    Q_EMIT progress(m_position, m_text.size());
    if (m_position >= m_text.size())
        finish();
}

void ProgressiveTextLoader::finish()
{
    m_timer.stop();
    m_text.clear();
    QTextDocument *document = m_view->document();
    document->setUndoRedoEnabled(true);
    document->setModified(false);
    m_view->moveCursor(QTextCursor::Start);
    Q_EMIT finished();
}
