// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/environmentnotifier.h"

#include "common/logging.h"
#include "environment/databaseconnection.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString channel = u"ion_workbench"_s;
const QString logPayload = u"log"_s;
const QString journalPayload = u"journal"_s;
} // namespace

EnvironmentNotifier::EnvironmentNotifier(QObject *parent)
    : QObject(parent)
{
}

EnvironmentNotifier::~EnvironmentNotifier() = default;

bool EnvironmentNotifier::listen(const QString &location, QString *error)
{
    m_db.reset();
    auto db = std::make_unique<DatabaseConnection>(location);
    if (db->dialect() != SqlDialect::Postgres)
        return true;
    if (!db->open(error))
        return false;
    QSqlDriver *driver = db->database().driver();
    if (!driver->subscribeToNotification(channel)) {
        if (error)
            *error = tr("the server does not pass on changes (LISTEN failed)");
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != channel)
                    return;
                Q_EMIT changed(payload.toString() == journalPayload ? Journal : Log);
            });
    m_db = std::move(db);
    return true;
}

void EnvironmentNotifier::announce(const QSqlDatabase &db, What what)
{
    if (db.driverName() != u"QPSQL"_s)
        return;
    QSqlQuery q(db);
    q.prepare(u"SELECT pg_notify(?, ?)"_s);
    q.addBindValue(channel);
    q.addBindValue(what == Journal ? journalPayload : logPayload);
    if (!q.exec())
        qCWarning(lcEnvironment) << "teammates' windows could not be told of a change";
}
