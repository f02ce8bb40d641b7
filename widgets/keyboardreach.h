// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Everything on screen can be reached with Tab and left with Tab: tables and trees let Tab go
// on to the next widget (arrow keys move between cells), text views take Tab as "next
// field" rather than a tab character, and toolbar buttons take focus in the Tab chain.
// Installed once on the application, so every window and dialog gets it as it is first shown.
class KeyboardReach : public QObject
{
    Q_OBJECT
public:
    // Idempotent. Widgets polished before it (a window's members, built before its constructor
    // body runs, may be polished as they are laid out) get it through applyAll(window).
    static void install();
    static void apply(QWidget *widget);
    static void applyAll(QWidget *root); // root and every widget under it

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
