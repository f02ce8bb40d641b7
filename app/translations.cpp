// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English plural forms first: any translation installed after it is asked before it.
    auto *plurals = new QTranslator(app);
    if (plurals->load(u"ion-workbench_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(plurals);
    auto *own = new QTranslator(app);
    if (own->load(locale, u"ion-workbench"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}
