// SPDX-License-Identifier: GPL-3.0-or-later
#include "factvalue.h"

#include <QTextDocument>

#include <cmath>

FactValue::FactValue(const QString &value, QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabChangesFocus(true);
    setFocusPolicy(Qt::ClickFocus); // selectable, but not a stop on the way through the form
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    document()->setDocumentMargin(0);
    setPlainText(value);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

int FactValue::heightForWidth(int width) const
{
    QTextDocument probe;
    probe.setDefaultFont(font());
    probe.setDocumentMargin(0);
    probe.setDefaultTextOption(document()->defaultTextOption());
    probe.setPlainText(toPlainText());
    probe.setTextWidth(qMax(1, width));
    return int(std::ceil(probe.size().height()));
}

QSize FactValue::sizeHint() const
{
    const int width = fontMetrics().horizontalAdvance(toPlainText()) + 4;
    return {width, fontMetrics().height()};
}

QSize FactValue::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().height()};
}

void FactValue::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    const int needed = heightForWidth(viewport()->width());
    if (height() != needed)
        setFixedHeight(needed);
}
