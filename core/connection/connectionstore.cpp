// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionstore.h"

#include "connection/secretstore.h"
#include "environment/environmentregistry.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString group = u"connections"_s;

ConnectionProfile readProfile(QSettings &s, const QString &id)
{
    s.beginGroup(group + u'/' + id);
    ConnectionProfile p;
    p.id = id;
    p.name = s.value(u"name"_s).toString();
    p.description = s.value(u"description"_s).toString();
    p.environmentId = s.value(u"environment"_s).toString();
    p.serviceUrl = s.value(u"serviceUrl"_s).toUrl();
    p.tokenUrl = s.value(u"tokenUrl"_s).toUrl();
    p.tokenEndpoint = s.value(u"tokenEndpoint"_s).toUrl();
    p.revokeEndpoint = s.value(u"revokeEndpoint"_s).toUrl();
    p.batchSize = s.value(u"batchSize"_s, ConnectionProfile::DefaultBatchSize).toInt();
    p.clientAuth = ClientAuthMethod(s.value(u"clientAuth"_s, 0).toInt());
    p.grantType = GrantType(s.value(u"grantType"_s, 0).toInt());
    p.timeoutSeconds = s.value(u"timeoutSeconds"_s, 30).toInt();
    p.trustedCertificates = QSslCertificate::fromData(s.value(u"trustedCertificates"_s).toByteArray());
    p.lastTestTime = s.value(u"lastTestTime"_s).toDateTime();
    p.lastTestPassed = s.value(u"lastTestPassed"_s).toBool();
    p.lastTestSummary = s.value(u"lastTestSummary"_s).toString();
    s.endGroup();
    return p;
}
} // namespace

ConnectionStore::ConnectionStore(const QString &settingsPath, SecretStore *secrets, EnvironmentRegistry *environments,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
    , m_secrets(secrets)
    , m_environments(environments)
{
}

ConnectionStore::~ConnectionStore() = default;

QString ConnectionStore::settingsPath() const
{
    return m_settings->fileName();
}

QString ConnectionStore::secretKey(const QString &id)
{
    return u"connection/"_s + id;
}

QList<ConnectionProfile> ConnectionStore::connections() const
{
    QList<ConnectionProfile> list = m_transient;
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids)
        list << readProfile(*m_settings, id);
    std::sort(list.begin(), list.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

std::optional<ConnectionProfile> ConnectionStore::connection(const QString &id) const
{
    for (const ConnectionProfile &p : connections()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ConnectionStore::connectionByName(const QString &name) const
{
    for (const ConnectionProfile &p : connections()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

int ConnectionStore::maxConnections() const
{
    return m_settings->value(u"limits/maxConnections"_s, 0).toInt();
}

void ConnectionStore::setMaxConnections(int max)
{
    m_settings->setValue(u"limits/maxConnections"_s, qMax(0, max));
}

QString ConnectionStore::checkCreate(const QString &name, const QString &ignoreId) const
{
    if (name.trimmed().isEmpty())
        return tr("Enter a Connection Name.");
    const auto existing = connectionByName(name.trimmed());
    if (existing && existing->id != ignoreId)
        return tr("A connection named \"%1\" exists already.").arg(name.trimmed());
    const int max = maxConnections();
    const bool isNew = ignoreId.isEmpty() || !connection(ignoreId);
    if (isNew && max > 0 && connections().size() >= max)
        return tr("This workbench is limited to %Ln connection(s); delete one first.", nullptr, max);
    return {};
}

QStringList ConnectionStore::relocate(const QUrl &from, const QUrl &to)
{
    auto at = [&from](const QUrl &url) {
        return url.scheme() == from.scheme() && url.host() == from.host() && url.port() == from.port();
    };
    auto moved = [&to](QUrl url) {
        url.setScheme(to.scheme());
        url.setHost(to.host());
        url.setPort(to.port());
        return url;
    };
    QStringList names;
    for (ConnectionProfile p : connections()) {
        if (p.transient || !at(p.serviceUrl))
            continue;
        for (QUrl *url : {&p.serviceUrl, &p.tokenUrl, &p.tokenEndpoint, &p.revokeEndpoint}) {
            if (at(*url))
                *url = moved(*url);
        }
        writeSettings(p);
        names << p.name;
    }
    if (!names.isEmpty())
        Q_EMIT changed();
    return names;
}

void ConnectionStore::writeSettings(const ConnectionProfile &p)
{
    m_settings->beginGroup(group + u'/' + p.id);
    m_settings->setValue(u"name"_s, p.name);
    m_settings->setValue(u"description"_s, p.description);
    m_settings->setValue(u"environment"_s, p.environmentId);
    m_settings->setValue(u"serviceUrl"_s, p.serviceUrl);
    m_settings->setValue(u"tokenUrl"_s, p.tokenUrl);
    m_settings->setValue(u"tokenEndpoint"_s, p.tokenEndpoint);
    m_settings->setValue(u"revokeEndpoint"_s, p.revokeEndpoint);
    m_settings->setValue(u"batchSize"_s, p.batchSize);
    m_settings->setValue(u"clientAuth"_s, int(p.clientAuth));
    m_settings->setValue(u"grantType"_s, int(p.grantType));
    m_settings->setValue(u"timeoutSeconds"_s, p.timeoutSeconds);
    QByteArray pem;
    for (const QSslCertificate &c : p.trustedCertificates)
        pem += c.toPem();
    m_settings->setValue(u"trustedCertificates"_s, pem);
    m_settings->setValue(u"lastTestTime"_s, p.lastTestTime);
    m_settings->setValue(u"lastTestPassed"_s, p.lastTestPassed);
    m_settings->setValue(u"lastTestSummary"_s, p.lastTestSummary);
    m_settings->endGroup();
    m_settings->sync();
}

void ConnectionStore::save(ConnectionProfile profile, const Done &done)
{
    profile.name = profile.name.trimmed();
    if (const QString problem = checkCreate(profile.name, profile.id); !problem.isEmpty()) {
        done(false, problem);
        return;
    }
    const bool isNew = profile.id.isEmpty() || !connection(profile.id);
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto previous = connection(profile.id);
    QString error;
    if (isNew) {
        if (profile.environmentId.isEmpty()) {
            done(false, tr("Choose a replication environment on the Basics tab, or provision one."));
            return;
        }
        if (!m_environments->assign(profile.environmentId, profile.name, &error)) {
            done(false, error);
            return;
        }
    } else if (previous && previous->name != profile.name) {
        m_environments->rename(previous->name, profile.name, &error);
    }
    if (profile.transient) {
        addTransient(profile);
        done(true, {});
        return;
    }
    writeSettings(profile);
    m_secrets->write(secretKey(profile.id), profile.secrets.toJson(), [this, done](SecretStore::Result r, const QString &m) {
        Q_EMIT changed();
        if (r != SecretStore::Result::Ok) {
            done(false, tr("The connection was saved but its secrets could not be stored in the keychain: %1").arg(m));
            return;
        }
        done(true, m_secrets->sessionOnly()
                 ? tr("No keychain is available: the secrets are kept until the workbench closes.")
                 : QString());
    });
}

void ConnectionStore::loadSecrets(const QString &id,
                                  const std::function<void(std::optional<ConnectionSecrets>, const QString &)> &done)
{
    for (const ConnectionProfile &p : m_transient) {
        if (p.id == id) {
            done(p.secrets, {});
            return;
        }
    }
    m_secrets->read(secretKey(id), [done](SecretStore::Result r, const QByteArray &data, const QString &message) {
        if (r == SecretStore::Result::Ok)
            done(ConnectionSecrets::fromJson(data), {});
        else if (r == SecretStore::Result::NotFound)
            done(std::nullopt, tr("The keychain has no secrets for this connection; import its .ionapi file again."));
        else
            done(std::nullopt, tr("The keychain refused to give the secrets: %1").arg(message));
    });
}

void ConnectionStore::remove(const QString &id, const Done &done)
{
    const auto profile = connection(id);
    if (!profile) {
        done(false, tr("No such connection."));
        return;
    }
    m_environments->retire(profile->name);
    const auto before = m_transient.size();
    m_transient.erase(std::remove_if(m_transient.begin(), m_transient.end(),
                                     [&](const ConnectionProfile &p) { return p.id == id; }),
                      m_transient.end());
    if (m_transient.size() != before) {
        Q_EMIT changed();
        done(true, {});
        return;
    }
    m_settings->remove(group + u'/' + id);
    m_settings->sync();
    m_secrets->remove(secretKey(id), [this, done](SecretStore::Result r, const QString &message) {
        Q_EMIT changed();
        done(r == SecretStore::Result::Ok, message);
    });
}

void ConnectionStore::recordTest(const QString &id, bool passed, const QString &summary)
{
    for (ConnectionProfile &p : m_transient) {
        if (p.id == id) {
            p.lastTestTime = QDateTime::currentDateTime();
            p.lastTestPassed = passed;
            p.lastTestSummary = summary;
            Q_EMIT changed();
            return;
        }
    }
    m_settings->beginGroup(group + u'/' + id);
    m_settings->setValue(u"lastTestTime"_s, QDateTime::currentDateTime());
    m_settings->setValue(u"lastTestPassed"_s, passed);
    m_settings->setValue(u"lastTestSummary"_s, summary);
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT changed();
}

void ConnectionStore::addTransient(const ConnectionProfile &profile)
{
    ConnectionProfile p = profile;
    p.transient = true;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_transient.erase(std::remove_if(m_transient.begin(), m_transient.end(),
                                     [&](const ConnectionProfile &t) { return t.id == p.id; }),
                      m_transient.end());
    m_transient << p;
    Q_EMIT changed();
}
