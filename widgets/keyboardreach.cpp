// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardreach.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

void KeyboardReach::install()
{
    if (qApp->findChild<KeyboardReach *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new KeyboardReach(qApp));
}

void KeyboardReach::apply(QWidget *widget)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        view->setTabKeyNavigation(false);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->setTabChangesFocus(true);
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        rich->setTabChangesFocus(true);
    else if (auto *button = qobject_cast<QToolButton *>(widget); button && qobject_cast<QToolBar *>(button->parentWidget()))
        button->setFocusPolicy(Qt::TabFocus);
}

void KeyboardReach::applyAll(QWidget *root)
{
    apply(root);
    for (QWidget *w : root->findChildren<QWidget *>())
        apply(w);
}

bool KeyboardReach::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && watched->isWidgetType())
        apply(static_cast<QWidget *>(watched));
    return false;
}
