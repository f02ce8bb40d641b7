// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// File dialogs that open where the person last chose a file of the same kind (".ionapi",
// "exports", "bod", "routing"), remembered across runs, and that suggest a file name, never a
// folder's name as if it were one.
namespace FileChooser {
QString open(QWidget *parent, const QString &kind, const QString &title, const QString &filter,
             const QString &fallbackFolder = {});
QString save(QWidget *parent, const QString &kind, const QString &title, const QString &fileName, const QString &filter);

// The folder a dialog of `kind` starts in, ending in '/': the last one used, else
// `fallbackFolder` when it exists, else the home folder.
QString folder(const QString &kind, const QString &fallbackFolder = {});
void remember(const QString &kind, const QString &chosenPath);
} // namespace FileChooser
