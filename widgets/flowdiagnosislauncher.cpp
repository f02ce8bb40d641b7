// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowdiagnosislauncher.h"

#include "bod/bodparser.h"
#include "environment/environmentdatabase.h"
#include "flowdiagnosisdialog.h"
#include "routingeditor.h"
#include "workspace/connectionworkspace.h"

#include <QFile>
#include <QWidget>

using namespace Qt::StringLiterals;

FlowDiagnosisLauncher::FlowDiagnosisLauncher(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
}

void FlowDiagnosisLauncher::setWorkspace(ConnectionWorkspace *workspace)
{
    m_workspace = workspace;
}

bool FlowDiagnosisLauncher::hasConnection()
{
    if (!m_workspace)
        Q_EMIT statusMessage(tr("Open a connection's message log first: the routing model belongs to a connection."));
    return m_workspace;
}

void FlowDiagnosisLauncher::readFromSandbox(std::function<void(std::optional<TenantRouting>, QString)> done)
{
    if (!m_workspace) {
        done(std::nullopt, tr("Open a connection's message log first: the routing model belongs to a connection."));
        return;
    }
    m_workspace->sandboxRouting(this, std::move(done));
}

void FlowDiagnosisLauncher::withRouting(std::function<void(const TenantRouting &)> use)
{
    if (!m_workspace)
        return;
    QString error;
    if (const auto kept = m_workspace->database()->routing(&error)) {
        use(*kept);
        return;
    }
    QPointer<FlowDiagnosisLauncher> self(this);
    readFromSandbox([self, use](std::optional<TenantRouting> routing, const QString &) {
        if (!self)
            return;
        if (routing && self->m_workspace) {
            QString saveError;
            if (!self->m_workspace->database()->saveRouting(*routing, &saveError))
                Q_EMIT self->statusMessage(tr("The sandbox's routing model is used but was not kept: %1").arg(saveError));
            use(*routing);
            return;
        }
        Q_EMIT self->statusMessage(tr("No routing model for this connection yet: build or import it first."));
        self->editRouting(use);
    });
}

void FlowDiagnosisLauncher::editRouting(std::function<void(const TenantRouting &)> saved)
{
    if (!hasConnection())
        return;
    QString error;
    const TenantRouting current = m_workspace->database()->routing(&error).value_or(TenantRouting());
    QPointer<FlowDiagnosisLauncher> self(this);
    auto *editor = new RoutingEditor(current, [self](auto done) {
        if (self)
            self->readFromSandbox(done);
    }, m_parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, saved] {
        QString problem;
        const auto routing = editor->routing(&problem);
        if (!m_workspace) {
            Q_EMIT statusMessage(tr("The routing model was not kept: the connection was closed."));
            return;
        }
        if (!routing || !m_workspace->database()->saveRouting(*routing, &problem)) {
            Q_EMIT statusMessage(tr("The routing model was not kept: %1").arg(problem));
            return;
        }
        if (saved)
            saved(*routing);
    });
    Q_EMIT editorOpened(editor);
    editor->open();
}

void FlowDiagnosisLauncher::open(const LogMessage &message, const QByteArray &payload)
{
    if (payload.isEmpty()) {
        Q_EMIT statusMessage(tr("Open the message first: its BOD is what the filters look at."));
        return;
    }
    QPointer<FlowDiagnosisLauncher> self(this);
    withRouting([self, message, payload](const TenantRouting &routing) {
        if (!self)
            return;
        // A message routed to several targets lists them all; ask about wherever ION routes it.
        const QString to = message.toLogicalId.contains(u',') ? QString() : message.toLogicalId;
        auto *dialog = new FlowDiagnosisDialog(routing, payload, message.fromLogicalId, to, self->m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setLoggedSize(message.size);
        QPointer<FlowDiagnosisDialog> guarded(dialog);
        connect(dialog, &FlowDiagnosisDialog::editRoutingRequested, self, [self, guarded] {
            self->editRouting([guarded](const TenantRouting &edited) {
                if (guarded)
                    guarded->setRouting(edited);
            });
        });
        self->askAcceptedDocuments(message.fromLogicalId, guarded);
        Q_EMIT self->opened(dialog);
        dialog->open();
    });
}

void FlowDiagnosisLauncher::openFile(const QString &path)
{
    if (!hasConnection())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024) {
        Q_EMIT statusMessage(tr("%1 cannot be read: %2").arg(path, file.isOpen() ? tr("larger than 64 MB") : file.errorString()));
        return;
    }
    const QByteArray payload = file.readAll();
    const BodDocument bod = BodParser::parse(payload);
    LogMessage m;
    m.fromLogicalId = bod.facts.senderLogicalId;
    m.documentType = bod.facts.documentName();
    open(m, payload);
}

void FlowDiagnosisLauncher::askAcceptedDocuments(const QString &logicalId, QPointer<FlowDiagnosisDialog> dialog)
{
    if (!m_workspace)
        return;
    m_workspace->acceptedDocuments(logicalId, this, [dialog](const std::optional<QStringList> &documents) {
        if (dialog && documents) // not every connection point is an IMS one: then the step is left out
            dialog->setAcceptedDocuments(*documents);
    });
}
