// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"
#include "routing/tenantrouting.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ConnectionWorkspace;
class FlowDiagnosisDialog;
class QWidget;
class RoutingEditor;

// Opens "Why did it not arrive?" for a message of the log: finds the tenant's routing model
// (kept in the connection's environment; else read from the sandbox when that is the tenant;
// else the person builds or imports one), asks IMS what the sender may send, and keeps the
// person's edits of the model.
class FlowDiagnosisLauncher : public QObject
{
    Q_OBJECT
public:
    explicit FlowDiagnosisLauncher(QWidget *parent);
    void setWorkspace(ConnectionWorkspace *workspace);
    void open(const LogMessage &message, const QByteArray &payload);
    // The same for a BOD file: the sender and the document come from the BOD itself.
    void openFile(const QString &path);
    void editRouting(std::function<void(const TenantRouting &)> saved = {});
    // Reads the sandbox's routing model (only when the connection's tenant is on loopback).
    void readFromSandbox(std::function<void(std::optional<TenantRouting>, QString)> done);

Q_SIGNALS:
    void opened(FlowDiagnosisDialog *dialog);
    void editorOpened(RoutingEditor *editor);
    void statusMessage(const QString &text);

private:
    bool hasConnection(); // says what to do when there is none
    void withRouting(std::function<void(const TenantRouting &)> use);
    void askAcceptedDocuments(const QString &logicalId, QPointer<FlowDiagnosisDialog> dialog);

    QWidget *m_parent;
    QPointer<ConnectionWorkspace> m_workspace;
};
