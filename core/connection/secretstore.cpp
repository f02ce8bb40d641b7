// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/secretstore.h"

#include "common/logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
// Errors that mean "there is no usable keychain here", as opposed to "this entry failed".
bool isBackendMissing(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError;
}
} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void SecretStore::forceSessionOnly(const QString &reason)
{
    fallBack(reason);
}

void SecretStore::fallBack(const QString &reason)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    qCWarning(lcKeychain) << "no usable keychain; secrets are kept for this session only:" << reason;
    Q_EMIT fellBackToSession(reason);
}

void SecretStore::write(const QString &key, const QByteArray &secret, const WriteCallback &callback)
{
    if (m_sessionOnly) {
        m_session.insert(key, secret);
        callback(Result::Ok, {});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, callback](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            qCDebug(lcKeychain) << "stored secret" << key;
            callback(Result::Ok, {});
        } else if (isBackendMissing(j->error())) {
            fallBack(j->errorString());
            m_session.insert(key, secret);
            callback(Result::Ok, j->errorString());
        } else {
            callback(Result::Failed, j->errorString());
        }
    });
    job->start();
}

void SecretStore::read(const QString &key, const ReadCallback &callback)
{
    if (m_sessionOnly) {
        const auto it = m_session.constFind(key);
        callback(it == m_session.cend() ? Result::NotFound : Result::Ok, it == m_session.cend() ? QByteArray() : *it, {});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, callback](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError) {
            callback(Result::Ok, readJob->binaryData(), {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            callback(Result::NotFound, {}, j->errorString());
        } else if (isBackendMissing(j->error())) {
            fallBack(j->errorString());
            const auto it = m_session.constFind(key);
            callback(it == m_session.cend() ? Result::NotFound : Result::Ok,
                     it == m_session.cend() ? QByteArray() : *it, j->errorString());
        } else {
            callback(Result::Failed, {}, j->errorString());
        }
    });
    job->start();
}

void SecretStore::remove(const QString &key, const WriteCallback &callback)
{
    m_session.remove(key);
    if (m_sessionOnly) {
        callback(Result::Ok, {});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [callback](QKeychain::Job *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        callback(gone ? Result::Ok : Result::Failed, gone ? QString() : j->errorString());
    });
    job->start();
}
