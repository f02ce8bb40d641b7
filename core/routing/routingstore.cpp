// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routingstore.h"

#include "environment/environmentmigrations.h"
#include "environment/databaseconnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
bool openTable(DatabaseConnection &db, QString *error)
{
    return db.open(error) && EnvironmentMigrations::upgrade(db.database(), error);
}
} // namespace

std::optional<TenantRouting> RoutingStore::load(const QString &databasePath, QString *error)
{
    DatabaseConnection db(databasePath);
    if (!openTable(db, error))
        return std::nullopt;
    QSqlQuery q(db.database());
    if (!q.exec(u"SELECT json FROM tenant_routing WHERE id = 1"_s) || !q.next()) {
        if (error)
            *error = QString(); // none kept yet
        return std::nullopt;
    }
    return TenantRouting::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), error);
}

bool RoutingStore::save(const QString &databasePath, const TenantRouting &routing, QString *error)
{
    DatabaseConnection db(databasePath);
    if (!openTable(db, error))
        return false;
    QSqlQuery q(db.database());
    q.prepare(u"INSERT INTO tenant_routing (id, json, updated) VALUES (1, ?, ?) "
              "ON CONFLICT(id) DO UPDATE SET json = excluded.json, updated = excluded.updated"_s);
    q.addBindValue(QJsonDocument(routing.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}
