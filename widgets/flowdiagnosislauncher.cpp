// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowdiagnosislauncher.h"

#include "bod/bodparser.h"
#include "flowdiagnosisdialog.h"
#include "ion/ionendpoints.h"
#include "ion/networkfailure.h"
#include "ion/oauthsession.h"
#include "routing/routingstore.h"
#include "routingeditor.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWidget>

using namespace Qt::StringLiterals;

FlowDiagnosisLauncher::FlowDiagnosisLauncher(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
}

void FlowDiagnosisLauncher::setConnection(const ConnectionProfile &profile, OAuthSession *session,
                                          const QString &databasePath)
{
    m_profile = profile;
    m_session = session;
    m_databasePath = databasePath;
}

bool FlowDiagnosisLauncher::hasConnection()
{
    if (m_databasePath.isEmpty())
        Q_EMIT statusMessage(tr("Open a connection's message log first: the routing model belongs to a connection."));
    return !m_databasePath.isEmpty();
}

void FlowDiagnosisLauncher::readFromSandbox(std::function<void(std::optional<TenantRouting>, QString)> done)
{
    const QUrl service = m_profile.serviceUrl;
    if (!m_session || !QHostAddress(service.host()).isLoopback()) {
        done(std::nullopt, tr("Only the built-in sandbox shares its routing model; for a tenant, import it or build it here."));
        return;
    }
    QUrl url = service;
    url.setPath(u"/__sandbox/routing"_s);
    m_session->get(url, [done](const HttpOutcome &o) {
        QString error;
        const auto routing = o.ok() ? TenantRouting::fromJson(QJsonDocument::fromJson(o.body).object(), &error) : std::nullopt;
        done(routing, o.ok() ? error : tr("The sandbox did not answer: %1").arg(o.describe()));
    });
}

void FlowDiagnosisLauncher::withRouting(std::function<void(const TenantRouting &)> use)
{
    QString error;
    if (const auto kept = RoutingStore::load(m_databasePath, &error)) {
        use(*kept);
        return;
    }
    QPointer<FlowDiagnosisLauncher> self(this);
    readFromSandbox([self, use](std::optional<TenantRouting> routing, const QString &) {
        if (!self)
            return;
        if (routing) {
            QString saveError;
            RoutingStore::save(self->m_databasePath, *routing, &saveError);
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
    const TenantRouting current = RoutingStore::load(m_databasePath, &error).value_or(TenantRouting());
    QPointer<FlowDiagnosisLauncher> self(this);
    auto *editor = new RoutingEditor(current, [self](auto done) {
        if (self)
            self->readFromSandbox(done);
    }, m_parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, saved] {
        QString problem;
        const auto routing = editor->routing(&problem);
        if (!routing || !RoutingStore::save(m_databasePath, *routing, &problem)) {
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
    if (!m_session || !logicalId.startsWith(u"lid://"_s))
        return;
    const QUrl url = IonEndpoints::imsAcceptedDocuments(m_profile.serviceUrl, logicalId);
    m_session->get(url, [dialog](const HttpOutcome &o) {
        if (!dialog || !o.ok())
            return; // not every connection point is an IMS one: then the step is left out
        QStringList documents;
        for (const QJsonValue &v : QJsonDocument::fromJson(o.body).object().value(u"acceptedDocuments"_s).toArray())
            documents << v[u"documentName"_s].toString();
        dialog->setAcceptedDocuments(documents);
    });
}
