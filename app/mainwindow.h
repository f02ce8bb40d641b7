// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class AppContext;
class ConnectionWorkspace;
class ConnectionsPage;
class LogViewPage;
class ScimPage;
class QLabel;
class QTabWidget;
class SandboxController;

// The workbench window: pages as tabs (Connections for now), menus with shortcuts, the
// sandbox's state in the status bar; remembers its geometry and state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppContext *context, SandboxController *sandbox, QWidget *parent = nullptr);
    ~MainWindow() override;
    ConnectionsPage *connectionsPage() const { return m_connections; }
    LogViewPage *logPage() const { return m_log; }
    ScimPage *scimPage() const { return m_scim; }
    void showLogFor(const QString &connectionId);
    void showPage(QWidget *page);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void importIonApi();

    AppContext *m_context;
    SandboxController *m_sandbox;
    QTabWidget *m_pages;
    ConnectionsPage *m_connections;
    LogViewPage *m_log;
    ScimPage *m_scim;
    QString m_logConnection;
    std::unique_ptr<ConnectionWorkspace> m_workspace; // the connection the Message Log shows
    QLabel *m_sandboxStatus;
};
