// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/environmentpasswords.h"

#include "connection/secretstore.h"
#include "environment/databaseconnection.h"
#include "environment/databaselocation.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<DatabaseLocation> postgres(const QString &location)
{
    const auto l = DatabaseLocation::parse(location, nullptr);
    return l && l->isPostgres() ? l : std::nullopt;
}
} // namespace

QString EnvironmentPasswords::keychainKey(const QString &location)
{
    const auto l = postgres(location);
    return l ? u"postgresql/"_s + l->displayName() : QString();
}

void EnvironmentPasswords::save(SecretStore *secrets, const QString &location, const QString &password,
                                const std::function<void(const QString &)> &done)
{
    const auto l = postgres(location);
    if (!l || password.isEmpty()) {
        done({});
        return;
    }
    DatabaseConnection::setPassword(l->displayName(), password);
    secrets->write(keychainKey(location), password.toUtf8(), [done](SecretStore::Result r, const QString &message) {
        done(r == SecretStore::Result::Ok ? QString() : message);
    });
}

void EnvironmentPasswords::load(SecretStore *secrets, const QString &location, const std::function<void()> &done)
{
    const auto l = postgres(location);
    if (!l || !secrets) {
        done();
        return;
    }
    const QString name = l->displayName();
    secrets->read(keychainKey(location), [name, done](SecretStore::Result r, const QByteArray &secret, const QString &) {
        if (r == SecretStore::Result::Ok)
            DatabaseConnection::setPassword(name, QString::fromUtf8(secret));
        done();
    });
}
