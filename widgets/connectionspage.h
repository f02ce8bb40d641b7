// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ConnectionStore;
class ConnectionTester;
class ConnectionsModel;
class OAuthSessionPool;
class QAction;
class QLabel;
class QTableView;

// The Connections page: every connection with its service URL, environment and last test;
// new, edit, re-test and delete (which also revokes tokens and removes keychain entries).
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    ConnectionsPage(ConnectionStore *store, OAuthSessionPool *sessions, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ConnectionsModel *model() const { return m_model; }
    QString currentId() const;
    void selectConnection(const QString &id);
    QList<QAction *> actions() const;

    class ConnectionDialog *newConnection(const QString &ionApiPath = {});
    void editCurrent();
    void retestCurrent();
    void deleteCurrent(bool confirm = true);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void currentConnectionChanged(const QString &id);

private:
    void updateActions();

    ConnectionStore *m_store;
    OAuthSessionPool *m_sessions;
    ConnectionsModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    ConnectionTester *m_tester;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_retest;
    QAction *m_delete;
};
