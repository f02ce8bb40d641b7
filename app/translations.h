// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

// Installs Qt's own translations (the standard buttons of every dialog; qt6-translations-l10n)
// and the workbench's, for `locale`'s language where there are any.
void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());
