// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/connectionworkspace.h"

#include "environment/environmentdatabase.h"
#include "ion/ionendpoints.h"
#include "ion/oauthsession.h"
#include "messagelog/logreplicator.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/payloadcollector.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmission/resubmissionplan.h"
#include "resubmission/resubmitter.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

std::unique_ptr<ConnectionWorkspace> ConnectionWorkspace::open(const ConnectionProfile &profile, const QString &databasePath,
                                                               OAuthSession *session, QString *error)
{
    std::unique_ptr<ConnectionWorkspace> w(new ConnectionWorkspace);
    w->m_profile = profile;
    if (!session) {
        w->m_ownSession = std::make_unique<OAuthSession>(OAuthSession::configFor(profile));
        session = w->m_ownSession.get();
    }
    w->m_session = session;
    w->m_database = std::make_unique<EnvironmentDatabase>(databasePath);
    if (!w->m_database->open(error))
        return nullptr;
    w->m_store = w->m_database->openLogStore(error);
    if (!w->m_store)
        return nullptr;
    w->m_journal = w->m_database->openJournal(&w->m_journalError);
    return w;
}

ConnectionWorkspace::~ConnectionWorkspace()
{
    delete m_replicator; // before the store it writes to
}

QString ConnectionWorkspace::databasePath() const
{
    return m_database->path();
}

OAuthSession *ConnectionWorkspace::session() const
{
    return m_session.data();
}

LogReplicator *ConnectionWorkspace::replicator()
{
    if (!m_replicator) {
        m_replicator = new LogReplicator(m_session, m_store.get(), m_profile.serviceUrl);
        m_replicator->setBatchSize(m_profile.batchSize);
    }
    return m_replicator;
}

std::unique_ptr<ResubmissionPlan> ConnectionWorkspace::newPlan() const
{
    return std::make_unique<ResubmissionPlan>(m_journal.get(), m_store.get(), m_session, m_profile.serviceUrl);
}

Resubmitter *ConnectionWorkspace::newResubmitter(QObject *parent) const
{
    auto *resubmitter = new Resubmitter(m_session, m_journal.get(), m_profile.serviceUrl, parent);
    resubmitter->setOptions(m_resubmitterOptions);
    return resubmitter;
}

void ConnectionWorkspace::completePayloads(QList<LogExport::Entry> entries, QObject *context,
                                           std::function<void(const QList<LogExport::Entry> &)> done) const
{
    PayloadCollector::complete(std::move(entries), m_store.get(), m_session, m_profile.serviceUrl,
                               PayloadCollector::Include::PayloadsAndEvents, context, std::move(done));
}

void ConnectionWorkspace::fetchMessage(const QString &messageId, QObject *context, MessageCallback done) const
{
    const auto cached = m_store->payload(messageId);
    if (!m_session) {
        done(cached, {}, cached ? QString() : tr("There is no session to fetch the payload with."));
        return;
    }
    const QString base = IonEndpoints::oneView(m_profile.serviceUrl).toString();
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(messageId));
    QPointer<QObject> guard(context);
    QPointer<OAuthSession> session = m_session;
    auto withEvents = [guard, session, base, id, done](const QByteArray &payload) {
        if (!guard || !session)
            return;
        session->get(QUrl(base + u"/events?messageId="_s + id), [guard, payload, done](const HttpOutcome &o) {
            if (guard)
                done(payload, o.ok() ? PayloadCollector::eventsFromJson(o.body) : QList<LogEvent>(), {});
        });
    };
    if (cached) {
        withEvents(*cached);
        return;
    }
    QPointer<const ConnectionWorkspace> self(this);
    m_session->get(QUrl(base + u"/streamDocumentPayload?messageId="_s + id), [self, guard, messageId, withEvents, done](
                                                                                const HttpOutcome &o) {
        if (!guard || !self)
            return;
        if (!o.ok()) {
            done(std::nullopt, {}, tr("The payload could not be fetched: %1").arg(o.describe()));
            return;
        }
        self->m_store->setPayload(messageId, o.body);
        withEvents(o.body);
    });
}

void ConnectionWorkspace::acceptedDocuments(const QString &logicalId, QObject *context,
                                            std::function<void(const std::optional<QStringList> &)> done) const
{
    if (!m_session || !logicalId.startsWith(u"lid://"_s)) {
        done(std::nullopt);
        return;
    }
    QPointer<QObject> guard(context);
    m_session->get(IonEndpoints::imsAcceptedDocuments(m_profile.serviceUrl, logicalId), [guard, done](const HttpOutcome &o) {
        if (!guard)
            return;
        if (!o.ok()) {
            done(std::nullopt); // not every connection point is an IMS one
            return;
        }
        QStringList documents;
        for (const QJsonValue &v : QJsonDocument::fromJson(o.body).object().value(u"acceptedDocuments"_s).toArray())
            documents << v[u"documentName"_s].toString();
        done(documents);
    });
}

void ConnectionWorkspace::sandboxRouting(QObject *context,
                                         std::function<void(std::optional<TenantRouting>, QString)> done) const
{
    const QUrl service = m_profile.serviceUrl;
    if (!m_session || !QHostAddress(service.host()).isLoopback()) {
        done(std::nullopt, tr("Only the built-in sandbox shares its routing model; for a tenant, import it or build it here."));
        return;
    }
    QUrl url = service;
    url.setPath(u"/__sandbox/routing"_s);
    QPointer<QObject> guard(context);
    m_session->get(url, [guard, done](const HttpOutcome &o) {
        if (!guard)
            return;
        QString error;
        const auto routing = o.ok() ? TenantRouting::fromJson(QJsonDocument::fromJson(o.body).object(), &error) : std::nullopt;
        done(routing, o.ok() ? error : tr("The sandbox did not answer: %1").arg(o.describe()));
    });
}
