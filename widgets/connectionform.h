// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QWidget>

class AdvancedTab;
class BasicsTab;
class ConnectionStore;
class ConnectionTester;
class ConnectionTestModel;
class ConnectTab;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// The connection form: Basics, Connect and Advanced tabs, .ionapi import (button and drop),
// a live staged connection test, and Create, which only a passing test of the current values
// enables.
class ConnectionForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionForm(ConnectionStore *store, QWidget *parent = nullptr);

    void editConnection(const ConnectionProfile &profile); // secrets already loaded
    bool importIonApi(const QString &path);
    ConnectionProfile currentProfile() const;
    void startTest();
    void create();
    void trustCertificate();

    ConnectionTester *tester() const { return m_tester; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *testButton() const { return m_test; }
    QString message() const;
    bool isEditing() const { return !m_editing.id.isEmpty(); }

Q_SIGNALS:
    void saved(const QString &id);
    void cancelled();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseIonApi();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void testFinished(bool passed);

    ConnectionStore *m_store;
    QTabWidget *m_tabs;
    BasicsTab *m_basics;
    ConnectTab *m_connect;
    AdvancedTab *m_advanced;
    ConnectionTester *m_tester;
    ConnectionTestModel *m_testModel;
    QTableView *m_stages;
    QLabel *m_message;
    QPushButton *m_test;
    QPushButton *m_trust;
    QPushButton *m_create;
    QPushButton *m_cancel;
    ConnectionProfile m_editing;
    QByteArray m_passedFingerprint;
    QString m_importedFrom;
};
