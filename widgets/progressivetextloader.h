// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QPlainTextEdit;

// Puts a large text into a QPlainTextEdit a slice of lines at a time, each slice short enough
// (about 25 ms, highlighting included) that the window keeps painting and answering. The first
// screen shows at once; the rest follows. The load is not undoable and leaves the document
// unmodified.
class ProgressiveTextLoader : public QObject
{
    Q_OBJECT
public:
    explicit ProgressiveTextLoader(QPlainTextEdit *view);

    // Replaces the view's text. Texts below `SynchronousChars` are set in one go.
    void load(const QString &text);
    void clear(); // cancels a load and empties the view
    void cancel();
    bool isLoading() const { return m_timer.isActive(); }
    qint64 longestSliceMs() const { return m_longestSliceMs; }

    static constexpr qsizetype SynchronousChars = 512 * 1024;
    static constexpr int SliceMs = 25;

Q_SIGNALS:
    void progress(qsizetype loadedChars, qsizetype totalChars);
    void finished();

private:
    void loadSlice();
    void dropQueuedHighlighting();
    void finish();

    QPlainTextEdit *m_view;
    QTimer m_timer;
    QString m_text;
    qsizetype m_position = 0;
    qint64 m_longestSliceMs = 0;
};
