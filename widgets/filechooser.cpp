// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
QString key(const QString &kind)
{
    return u"fileDialogs/"_s + kind;
}

QString withSlash(const QString &folder)
{
    return folder.endsWith(u'/') ? folder : folder + u'/';
}
} // namespace

QString FileChooser::folder(const QString &kind, const QString &fallbackFolder)
{
    const QString last = QSettings().value(key(kind)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return withSlash(last);
    if (!fallbackFolder.isEmpty() && QFileInfo(fallbackFolder).isDir())
        return withSlash(fallbackFolder);
    return withSlash(QDir::homePath());
}

void FileChooser::remember(const QString &kind, const QString &chosenPath)
{
    if (!chosenPath.isEmpty())
        QSettings().setValue(key(kind), QFileInfo(chosenPath).absolutePath());
}

QString FileChooser::open(QWidget *parent, const QString &kind, const QString &title, const QString &filter,
                          const QString &fallbackFolder)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, folder(kind, fallbackFolder), filter);
    remember(kind, path);
    return path;
}

QString FileChooser::save(QWidget *parent, const QString &kind, const QString &title, const QString &fileName,
                          const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, folder(kind) + fileName, filter);
    remember(kind, path);
    return path;
}
