// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scim/scimclient.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Users and Groups of a SCIM server, a page at a time, with a SCIM filter
// (userName eq "..."); create a test user, rename, deactivate (active=false) or delete the
// selected one, add the selected user to a group.
class ScimBrowser : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PageSize = 25;
    explicit ScimBrowser(QWidget *parent = nullptr);
    void setClient(ScimClient *client);
    void search(int startIndex = 1);
    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *resourceType() const { return m_type; }
    QLabel *status() const { return m_status; }
    void createTestUser();
    void deactivateSelected();
    void deleteSelected();
    void renameSelected(const QString &displayName);           // PATCH replace displayName
    void addSelectedToGroup(const QString &groupId);           // PATCH add members on the group
    void askRename();
    void askGroup();

Q_SIGNALS:
    void changed(); // after a write was answered

private:
    QString selectedId() const;
    void write(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &done);

    ScimClient *m_client = nullptr;
    QComboBox *m_type;
    QLineEdit *m_filter;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_status;
    QTableWidget *m_table;
    int m_startIndex = 1;
    int m_total = 0;
};
