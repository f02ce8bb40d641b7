// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

ColumnChooser::ColumnChooser(QHeaderView *header, const QString &settingsKey)
    : QObject(header)
    , m_header(header)
    , m_key(settingsKey)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    // Every change is kept at once: there is no "closing" moment for a page in a tab.
    for (auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(header, signal, this, &ColumnChooser::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnChooser::save);
}

void ColumnChooser::save() const
{
    QSettings().setValue(m_key, m_header->saveState());
}

bool ColumnChooser::restore()
{
    const QByteArray state = QSettings().value(m_key).toByteArray();
    return !state.isEmpty() && m_header->restoreState(state);
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    QMenu menu;
    const QAbstractItemModel *model = m_header->model();
    int visible = 0;
    for (int i = 0; i < m_header->count(); ++i)
        visible += m_header->isSectionHidden(i) ? 0 : 1;
    for (int i = 0; i < m_header->count(); ++i) {
        QAction *a = menu.addAction(model->headerData(i, m_header->orientation()).toString());
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(i));
        a->setEnabled(m_header->isSectionHidden(i) || visible > 1); // never hide the last one
        connect(a, &QAction::toggled, this, [this, i](bool on) {
            m_header->setSectionHidden(i, !on);
            save();
        });
    }
    menu.exec(m_header->mapToGlobal(pos));
}
