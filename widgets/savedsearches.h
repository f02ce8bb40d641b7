// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QToolButton>

#include <functional>

// "Searches" button of the log view: save the filter bar as it is under a name, apply a saved
// one, delete one. Kept in the application's settings (no secrets in a search).
class SavedSearches : public QToolButton
{
    Q_OBJECT
public:
    // `current` gives the search to save.
    SavedSearches(std::function<QJsonObject()> current, QWidget *parent = nullptr);

    QStringList names() const;
    void save(const QString &name, const QJsonObject &search);
    void remove(const QString &name);
    QJsonObject search(const QString &name) const;

Q_SIGNALS:
    void applyRequested(const QJsonObject &search);

private:
    void rebuildMenu();
    void askAndSave();
    QJsonObject all() const;
    void store(const QJsonObject &all);

    std::function<QJsonObject()> m_current;
};
