// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineview.h"

#include "backgroundtask.h"
#include "xmlhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>


LineView::LineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    setIndex(LineIndex::build({}));
}

LineView::~LineView()
{
    // The editor goes first, while this view is whole: losing its focus as it goes must not
    // reach a half-destroyed view.
    if (m_editor) {
        m_editor->removeEventFilter(this);
        m_editor->disconnect(this);
        delete m_editor;
    }
}

int LineView::lineHeight() const
{
    return qMax(1, fontMetrics().lineSpacing());
}

int LineView::gutterWidth() const
{
    int digits = 1;
    for (qsizetype max = qMax<qsizetype>(1, lineCount()); max >= 10; max /= 10)
        ++digits;
    return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

int LineView::visibleLines() const
{
    return qMax(1, viewport()->height() / lineHeight());
}

void LineView::setIndex(const LineIndex &index)
{
    const bool sameText = !index.bytes().isEmpty() && index.bytes().constData() == m_index.bytes().constData();
    if (m_editor && m_editor->isVisible())
        closeEditor(sameText);
    m_index = index;
    if (!sameText) {
        m_current = 0;
        m_matchLine = -1;
        m_matchOffset = -1;
        ++m_findGeneration;
        m_edits.clear();
        m_undo.clear();
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
    }
    updateScrollBars();
    viewport()->update();
    Q_EMIT indexChanged();
}

void LineView::updateScrollBars()
{
    verticalScrollBar()->setRange(0, int(qMax<qsizetype>(0, lineCount() - visibleLines())));
    verticalScrollBar()->setPageStep(visibleLines());
    verticalScrollBar()->setSingleStep(1);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    const qsizetype longest = qMin(m_index.longestLineBytes(), MaxPaintedChars);
    const int textWidth = viewport()->width() - gutterWidth() - 8;
    horizontalScrollBar()->setRange(0, int(qMax<qsizetype>(0, longest * charWidth - textWidth + charWidth)));
    horizontalScrollBar()->setPageStep(qMax(1, textWidth));
    horizontalScrollBar()->setSingleStep(charWidth);
}

QString LineView::lineText(qsizetype line) const
{
    const auto edit = m_edits.constFind(line);
    return edit != m_edits.cend() ? *edit : m_index.lineText(line);
}

QRect LineView::lineRect(qsizetype line) const
{
    const qsizetype row = line - verticalScrollBar()->value();
    return QRect(gutterWidth(), int(row) * lineHeight(), viewport()->width() - gutterWidth(), lineHeight());
}

void LineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    const int gutter = gutterWidth();
    const int h = lineHeight();
    painter.fillRect(0, 0, gutter, viewport()->height(), pal.color(QPalette::AlternateBase));
    const qsizetype first = verticalScrollBar()->value();
    const qsizetype end = qMin(lineCount(), first + visibleLines() + 1);
    XmlLineTokenizer::State state = m_index.stateBefore(first);
    for (qsizetype line = first; line < end; ++line) {
        const int y = int(line - first) * h;
        if (line == m_current)
            painter.fillRect(gutter, y, viewport()->width() - gutter, h, pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.setFont(font());
        painter.drawText(QRect(0, y, gutter - 8, h), Qt::AlignRight | Qt::AlignVCenter, QString::number(line + 1));
        paintLine(painter, line, y, state);
    }
}

void LineView::paintLine(QPainter &painter, qsizetype line, int y, XmlLineTokenizer::State &state)
{
    // Only what can be painted is decoded: a document that is one broken 50 MB line stays quick.
    const auto edit = m_edits.constFind(line);
    const QByteArrayView bytes = m_index.lineBytes(line);
    QString text = edit != m_edits.cend() ? *edit : QString::fromUtf8(bytes.first(qMin(bytes.size(), MaxPaintedChars * 4)));
    QList<XmlLineTokenizer::Span> spans;
    state = XmlLineTokenizer::tokenize(text, state, &spans);
    if (text.size() > MaxPaintedChars)
        text.truncate(MaxPaintedChars);
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')); // one column, so the spans still fit
    const int left = gutterWidth() + 4;
    painter.save();
    painter.setClipRect(QRect(left, y, viewport()->width() - left, lineHeight()));
    int x = left - horizontalScrollBar()->value();
    const int baseline = y + fontMetrics().ascent() + (lineHeight() - fontMetrics().height()) / 2;
    if (line == m_matchLine && m_matchStart < text.size()) {
        const int from = x + fontMetrics().horizontalAdvance(text.left(m_matchStart));
        const int width = fontMetrics().horizontalAdvance(text.mid(m_matchStart, m_matchLength));
        painter.fillRect(from, y, width, lineHeight(), palette().color(QPalette::Highlight).lighter(160));
    }
    const QColor plain = palette().color(QPalette::Text);
    // The three faces a span can take, and their widths, made once per line, not per span.
    QFont bold = font();
    bold.setBold(true);
    QFont italic = font();
    italic.setItalic(true);
    const QFontMetrics plainMetrics(font()), boldMetrics(bold), italicMetrics(italic);
    const int right = viewport()->width();
    auto draw = [&](qsizetype from, qsizetype to, const QTextCharFormat *format) {
        from = qMin(from, text.size());
        to = qMin(to, text.size());
        if (to <= from || x > right)
            return; // past the right edge nothing more is seen
        const bool isBold = format && format->fontWeight() >= QFont::Bold;
        const bool isItalic = format && format->fontItalic();
        const QString piece = text.mid(from, to - from);
        painter.setFont(isBold ? bold : isItalic ? italic : font());
        painter.setPen(format ? format->foreground().color() : plain);
        painter.drawText(x, baseline, piece);
        x += (isBold ? boldMetrics : isItalic ? italicMetrics : plainMetrics).horizontalAdvance(piece);
    };
    qsizetype at = 0;
    for (const XmlLineTokenizer::Span &span : std::as_const(spans)) {
        draw(at, span.start, nullptr);
        const QTextCharFormat format = XmlHighlighter::formatFor(span.kind);
        draw(span.start, span.start + span.length, &format);
        at = span.start + span.length;
    }
    draw(at, text.size(), nullptr);
    painter.restore();
}

void LineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_editor && m_editor->isVisible())
        m_editor->setGeometry(lineRect(m_editorLine));
}

void LineView::scrollContentsBy(int, int)
{
    if (m_editor && m_editor->isVisible())
        m_editor->setGeometry(lineRect(m_editorLine));
    viewport()->update();
}

void LineView::setCurrent(qsizetype line, bool center)
{
    m_current = qBound<qsizetype>(0, line, qMax<qsizetype>(0, lineCount() - 1));
    const qsizetype first = verticalScrollBar()->value();
    if (center && (m_current < first || m_current >= first + visibleLines()))
        verticalScrollBar()->setValue(int(m_current - visibleLines() / 2));
    else if (m_current < first)
        verticalScrollBar()->setValue(int(m_current));
    else if (m_current >= first + visibleLines())
        verticalScrollBar()->setValue(int(m_current - visibleLines() + 1));
    viewport()->update();
}

void LineView::goToLine(qsizetype line)
{
    setCurrent(line - 1, true);
    setFocus();
}

void LineView::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::Copy)) {
        const QString text = lineText(m_current);
        QApplication::clipboard()->setText(m_current == m_matchLine ? text.mid(m_matchStart, m_matchLength) : text);
        return;
    }
    if (event->matches(QKeySequence::Undo)) {
        undo();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up: setCurrent(m_current - 1); return;
    case Qt::Key_Down: setCurrent(m_current + 1); return;
    case Qt::Key_PageUp: setCurrent(m_current - visibleLines()); return;
    case Qt::Key_PageDown: setCurrent(m_current + visibleLines()); return;
    case Qt::Key_Home:
        control ? setCurrent(0) : horizontalScrollBar()->setValue(0);
        return;
    case Qt::Key_End:
        control ? setCurrent(lineCount() - 1) : horizontalScrollBar()->setValue(horizontalScrollBar()->maximum());
        return;
    case Qt::Key_Left: horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub); return;
    case Qt::Key_Right: horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd); return;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_editable) {
            editLine(m_current);
            return;
        }
        break;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LineView::mousePressEvent(QMouseEvent *event)
{
    setCurrent(verticalScrollBar()->value() + event->position().toPoint().y() / lineHeight());
    setFocus();
}

void LineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    mousePressEvent(event);
    editLine(m_current);
}

void LineView::setEditable(bool editable)
{
    if (!editable && m_editor && m_editor->isVisible())
        closeEditor(true);
    m_editable = editable;
}

void LineView::editLine(qsizetype line)
{
    if (!m_editable || line < 0 || line >= lineCount())
        return;
    if (!m_editor) {
        m_editor = new QLineEdit(viewport());
        m_editor->setObjectName(QStringLiteral("lineEditor"));
        m_editor->setFrame(false);
        m_editor->installEventFilter(this);
        connect(m_editor, &QLineEdit::editingFinished, this, [this] {
            if (m_editor->isVisible() && !m_editor->hasFocus())
                closeEditor(true); // clicked elsewhere: kept, as a table's cell editor keeps it
        });
    }
    setCurrent(line);
    m_editorLine = line;
    m_editor->setFont(font());
    m_editor->setText(lineText(line));
    m_editor->setGeometry(lineRect(line));
    m_editor->show();
    m_editor->setFocus();
}

bool LineView::eventFilter(QObject *watched, QEvent *event)
{
    // Taken here: QLineEdit lets Return go on to its parent, where it would open the editor again.
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            closeEditor(key != Qt::Key_Escape);
            return true;
        }
    }
    return QAbstractScrollArea::eventFilter(watched, event);
}

void LineView::closeEditor(bool keep)
{
    if (!m_editor || !m_editor->isVisible())
        return;
    const qsizetype line = m_editorLine;
    const QString text = m_editor->text();
    m_editor->hide();
    m_editorLine = -1;
    setFocus();
    if (keep && text != lineText(line))
        setLine(line, text);
}

void LineView::setLine(qsizetype line, const QString &text)
{
    if (line < 0 || line >= lineCount())
        return;
    const auto before = m_edits.constFind(line);
    m_undo.append({line, before == m_edits.cend() ? std::nullopt : std::optional<QString>(*before)});
    if (text == m_index.lineText(line))
        m_edits.remove(line);
    else
        m_edits.insert(line, text);
    viewport()->update();
    Q_EMIT edited();
}

void LineView::undo()
{
    if (m_undo.isEmpty())
        return;
    const auto [line, before] = m_undo.takeLast();
    if (before)
        m_edits.insert(line, *before);
    else
        m_edits.remove(line);
    setCurrent(line);
    Q_EMIT edited();
}

void LineView::clearEdits()
{
    m_edits.clear();
    m_undo.clear();
    viewport()->update();
}

void LineView::find(const QString &text)
{
    const QByteArray needle = text.toUtf8();
    if (needle.isEmpty() || m_index.isEmpty())
        return;
    const qsizetype from = m_matchOffset >= 0 && m_matchLine == m_current ? m_matchOffset + 1 : m_index.lineStart(m_current);
    const int generation = ++m_findGeneration;
    auto answer = [this, generation, needle](qsizetype offset) {
        if (generation != m_findGeneration)
            return;
        if (offset >= 0)
            showFound(offset, needle.size());
        Q_EMIT found(offset >= 0);
    };
    if (m_index.bytes().size() < 1024 * 1024) {
        answer(m_index.find(needle, from));
        return;
    }
    runInBackground(this, [index = m_index, needle, from] { return index.find(needle, from); }, answer);
}

void LineView::showFound(qsizetype offset, qsizetype length)
{
    const qsizetype line = m_index.lineAt(offset);
    const QByteArrayView bytes = m_index.lineBytes(line);
    const qsizetype inLine = offset - (bytes.data() - m_index.bytes().constData());
    m_matchLine = line;
    m_matchOffset = offset;
    m_matchStart = int(QString::fromUtf8(bytes.first(inLine)).size());
    m_matchLength = int(QString::fromUtf8(bytes.sliced(inLine, qMin(length, bytes.size() - inLine))).size());
    setCurrent(line, true);
    // Scrolled sideways so that the match is in view.
    const QString text = lineText(line).left(MaxPaintedChars);
    const int x = fontMetrics().horizontalAdvance(text.left(m_matchStart));
    const int width = viewport()->width() - gutterWidth() - 8;
    QScrollBar *bar = horizontalScrollBar();
    if (x < bar->value() || x > bar->value() + width - 40)
        bar->setValue(qMax(0, x - width / 3));
}
