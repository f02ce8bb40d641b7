// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class AppContext;
class QMenu;
class QWidget;
#include "demodata.h"
#include "sandboxserver.h"

// The sandbox inside the app: starts it, adds the ready "Sandbox" connection, and offers
// its faults in a menu so a demo can show what failure looks like.
class SandboxController : public QObject
{
    Q_OBJECT
public:
    SandboxController(AppContext *context, QObject *parent = nullptr);
    ~SandboxController() override;

    // Starts the sandbox on loopback and adds a "Sandbox" connection for this run; the demo log
    // is built on a worker thread meanwhile (the window answers at once). demoReady() or
    // demoFailed() follows, also when it was running already. The sandbox keeps its port and
    // client credentials across launches; when the port is taken it takes another, and the
    // saved connections that pointed at the old one follow (movedConnections()).
    void startDemo();
    bool isStarting() const { return m_starting; }
    void setDemoMessages(int count) { m_demoMessages = count; } // before startDemo
    SandboxServer *server() const { return m_server; }
    QString connectionId() const { return m_connectionId; }
    QString ionApiPath() const { return m_ionApiPath; }
    QStringList movedConnections() const { return m_moved; }
    void populateMenu(QMenu *menu, QWidget *dialogParent);

Q_SIGNALS:
    void statusChanged(const QString &text);
    void demoReady();
    void demoFailed(const QString &error);

private:
    QString status() const;
    bool addConnection(QString *error);
    void launch(SandboxConfig config, bool newCredentials);
    void followPort(quint16 lastPort);

    AppContext *m_context;
    QPointer<SandboxServer> m_server;
    QString m_connectionId;
    QString m_ionApiPath;
    QString m_logPath; // the demo log of this run, removed with it
    QStringList m_moved; // connections moved to this run's port
    bool m_starting = false;
    int m_demoMessages = DemoData::windowDemoMessages;
};
