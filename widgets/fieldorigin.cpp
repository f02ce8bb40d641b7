// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldorigin.h"

FieldOrigin::FieldOrigin(QWidget *parent)
    : QLabel(parent)
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    setFont(f);
    setForegroundRole(QPalette::PlaceholderText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void FieldOrigin::setOrigin(const QString &origin)
{
    setText(origin);
    setVisible(!origin.isEmpty());
}
