// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/lineindex.h"

#include <QAbstractScrollArea>
#include <QMap>

class QLineEdit;

// A read-mostly code view for documents too large for a QTextDocument: it paints only the
// visible lines, straight from a LineIndex, coloured from the index's checkpoints, with line
// numbers, a current line, find, go to line, and (when editable) a line edited in place
// (F2, Enter or a double click; Enter keeps, Escape drops, Ctrl+Z undoes). Edits are kept beside
// the text, by line, never written into it.
class LineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LineView(QWidget *parent = nullptr);
    ~LineView() override;

    // Shows `index`; a longer index of the same text (the whole after its start) keeps the place.
    void setIndex(const LineIndex &index);
    const LineIndex &index() const { return m_index; }
    qsizetype lineCount() const { return m_index.lineCount(); }
    qsizetype currentLine() const { return m_current; } // from 0
    void goToLine(qsizetype line);                       // from 1, as the problems count

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    QString lineText(qsizetype line) const; // with its edit, if any
    const QMap<qsizetype, QString> &edits() const { return m_edits; }
    void editLine(qsizetype line);         // opens the line for editing
    void setLine(qsizetype line, const QString &text); // as if typed and kept; undoable
    void undo();
    void clearEdits();

    // Looks for `text` (ignoring ASCII case) after the current match or line, wrapping at the end;
    // on a worker when the text is large. Answers with found().
    void find(const QString &text);
    static constexpr qsizetype MaxPaintedChars = 20'000; // a longer line is cut when painted

Q_SIGNALS:
    void edited();          // edits() changed
    void found(bool found); // after find()
    void indexChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int lineHeight() const;
    int gutterWidth() const;
    int visibleLines() const;
    void updateScrollBars();
    void setCurrent(qsizetype line, bool center = false);
    void showFound(qsizetype offset, qsizetype length);
    void closeEditor(bool keep);
    QRect lineRect(qsizetype line) const;
    void paintLine(QPainter &painter, qsizetype line, int y, XmlLineTokenizer::State &state);

    LineIndex m_index;
    qsizetype m_current = 0;
    bool m_editable = false;
    QMap<qsizetype, QString> m_edits;
    QList<std::pair<qsizetype, std::optional<QString>>> m_undo; // the line and its edit before
    QLineEdit *m_editor = nullptr;
    qsizetype m_editorLine = -1;
    qsizetype m_matchLine = -1;
    int m_matchStart = 0, m_matchLength = 0; // in characters of the line's text
    qsizetype m_matchOffset = -1;            // in bytes, where the next find starts after
    int m_findGeneration = 0;
};
