// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QHeaderView;

// Lets the person choose a table's columns from the header's context menu, and remembers the
// header (visible columns, order, widths, sort) in the settings under `settingsKey`.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    ColumnChooser(QHeaderView *header, const QString &settingsKey);
    void save() const;
    bool restore();

private:
    void showMenu(const QPoint &pos);

    QHeaderView *m_header;
    QString m_key;
};
