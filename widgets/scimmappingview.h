// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTableWidget;

// Azure AD attributes next to the SCIM attributes they map to (the matching one marked), with
// a sample user's values editable in place, and the SCIM user Azure AD would send for them.
class ScimMappingView : public QWidget
{
    Q_OBJECT
public:
    explicit ScimMappingView(QWidget *parent = nullptr);
    QTableWidget *mapping() const { return m_mapping; }
    QString preview() const;

private:
    void update();

    QTableWidget *m_mapping;
    QPlainTextEdit *m_preview;
};
