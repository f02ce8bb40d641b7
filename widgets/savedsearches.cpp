// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearches.h"

#include <QInputDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString SettingsKey = u"logView/savedSearches"_s;
}

SavedSearches::SavedSearches(std::function<QJsonObject()> current, QWidget *parent)
    : QToolButton(parent)
    , m_current(std::move(current))
{
    setObjectName(u"savedSearches"_s);
    setText(tr("Searches"));
    setToolTip(tr("Save the current search, or go back to a saved one"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &SavedSearches::rebuildMenu);
    rebuildMenu();
}

QJsonObject SavedSearches::all() const
{
    return QJsonDocument::fromJson(QSettings().value(SettingsKey).toByteArray()).object();
}

void SavedSearches::store(const QJsonObject &all)
{
    QSettings().setValue(SettingsKey, QJsonDocument(all).toJson(QJsonDocument::Compact));
}

QStringList SavedSearches::names() const
{
    QStringList list = all().keys();
    list.sort(Qt::CaseInsensitive);
    return list;
}

void SavedSearches::save(const QString &name, const QJsonObject &search)
{
    QJsonObject searches = all();
    searches.insert(name, search);
    store(searches);
}

void SavedSearches::remove(const QString &name)
{
    QJsonObject searches = all();
    searches.remove(name);
    store(searches);
}

QJsonObject SavedSearches::search(const QString &name) const
{
    return all().value(name).toObject();
}

void SavedSearches::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    m->addAction(tr("&Save Current Search…"), this, &SavedSearches::askAndSave);
    const QStringList list = names();
    if (!list.isEmpty())
        m->addSeparator();
    for (const QString &name : list)
        m->addAction(name, this, [this, name] { Q_EMIT applyRequested(search(name)); });
    if (!list.isEmpty()) {
        QMenu *remove = m->addMenu(tr("&Delete"));
        for (const QString &name : list)
            remove->addAction(name, this, [this, name] { this->remove(name); });
    }
}

void SavedSearches::askAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of the search:"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        save(name, m_current());
}
