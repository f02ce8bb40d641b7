// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessconnection.h"

#include "connection/appcontext.h"
#include "connection/connectionstore.h"
#include "connection/ionapifile.h"
#include "environment/environmentpasswords.h"
#include "environment/environmentregistry.h"
#include "workspace/connectionworkspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

void HeadlessConnection::addOptions(QCommandLineParser &parser)
{
    parser.addOption({u"ionapi"_s, u"Connect with this .ionapi file."_s, u"file"_s});
    parser.addOption({u"connection"_s, u"Connect with this saved connection (secrets from the keychain)."_s, u"name"_s});
    parser.addOption({u"store"_s, u"With --ionapi: where the replicated log and the journal live: a SQLite file "
                                  "(default: one per tenant in the workbench's data folder) or a team's "
                                  "postgresql://user@host:port/database[?sslmode=verify-full] (the password from "
                                  "~/.pgpass or PGPASSWORD)."_s,
                      u"file|url"_s});
    parser.addOption({u"trust-cert"_s, u"Trust this PEM certificate (e.g. the sandbox's)."_s, u"pem"_s});
}

std::unique_ptr<ConnectionWorkspace> HeadlessConnection::openWorkspace(QString *error) const
{
    return ConnectionWorkspace::open(profile, databasePath, nullptr, error);
}

void HeadlessConnection::resolve(const QCommandLineParser &parser,
                                 const std::function<void(std::optional<HeadlessConnection>, const QString &)> &done)
{
    QList<QSslCertificate> trusted;
    if (parser.isSet(u"trust-cert"_s)) {
        QFile pem(parser.value(u"trust-cert"_s));
        if (!pem.open(QIODevice::ReadOnly)) {
            done(std::nullopt, u"cannot read %1"_s.arg(pem.fileName()));
            return;
        }
        trusted = QSslCertificate::fromData(pem.readAll());
    }
    if (parser.isSet(u"ionapi"_s) == parser.isSet(u"connection"_s)) {
        done(std::nullopt, u"give either --ionapi FILE or --connection NAME"_s);
        return;
    }
    if (parser.isSet(u"ionapi"_s)) {
        IonApiError error;
        const auto file = IonApiFile::load(parser.value(u"ionapi"_s), &error);
        if (!file) {
            done(std::nullopt, parser.value(u"ionapi"_s) + u": "_s + error.toString());
            return;
        }
        HeadlessConnection c;
        c.profile = ConnectionProfile::fromIonApi(*file);
        c.profile.trustedCertificates = trusted;
        const QString dir = QDir(AppContext::dataDirectory()).filePath(u"headless"_s);
        QDir().mkpath(dir);
        c.databasePath = parser.isSet(u"store"_s) ? parser.value(u"store"_s)
                                                  : QDir(dir).filePath(file->tenantId + u".sqlite"_s);
        done(c, {});
        return;
    }
    // A saved connection: the same storage the workbench window uses.
    auto *context = new AppContext;
    QString error;
    if (!context->open(&error)) {
        delete context;
        done(std::nullopt, error);
        return;
    }
    const auto profile = context->connections()->connectionByName(parser.value(u"connection"_s));
    if (!profile) {
        delete context;
        done(std::nullopt, u"no saved connection named \"%1\""_s.arg(parser.value(u"connection"_s)));
        return;
    }
    const auto env = context->environments()->environment(profile->environmentId);
    context->connections()->loadSecrets(profile->id, [context, profile, env, trusted, done](
                                                         std::optional<ConnectionSecrets> secrets, const QString &message) {
        if (!secrets || !env) {
            context->deleteLater();
            done(std::nullopt, secrets ? u"the connection has no replication environment"_s : message);
            return;
        }
        HeadlessConnection c;
        c.profile = *profile;
        c.profile.secrets = *secrets;
        c.profile.trustedCertificates += trusted;
        c.databasePath = env->databasePath;
        // A team environment's server password: from the keychain, else ~/.pgpass or PGPASSWORD.
        EnvironmentPasswords::load(context->secrets(), c.databasePath, [context, c, done] {
            context->deleteLater();
            done(c, {});
        });
    });
}
