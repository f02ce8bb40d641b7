// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/databaseconnection.h"

#include "environment/postgresproblem.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt s_counter;

QMutex s_passwordsLock;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> all;
    return all;
}
} // namespace

void DatabaseConnection::setPassword(const QString &displayName, const QString &password)
{
    QMutexLocker lock(&s_passwordsLock);
    passwords().insert(displayName, password);
}

DatabaseConnection::DatabaseConnection(const QString &location)
    : m_name(u"ionwb-db-%1"_s.arg(s_counter.fetchAndAddRelaxed(1)))
{
    if (const auto parsed = DatabaseLocation::parse(location, &m_locationError))
        m_location = *parsed;
    if (!m_location.isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(m_location.path);
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.database);
    db.setUserName(m_location.user);
    {
        QMutexLocker lock(&s_passwordsLock);
        db.setPassword(passwords().value(m_location.displayName()));
    }
    QStringList options {u"connect_timeout=5"_s, u"application_name=ion-workbench"_s};
    if (!m_location.sslMode.isEmpty())
        options << u"sslmode="_s + m_location.sslMode;
    db.setConnectOptions(options.join(u';'));
}

DatabaseConnection::~DatabaseConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

SqlDialect DatabaseConnection::dialect() const
{
    return m_location.isPostgres() ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

bool DatabaseConnection::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (db.isOpen())
        return true;
    if (!m_locationError.isEmpty()) {
        if (error)
            *error = m_locationError;
        return false;
    }
    const QString &path = m_location.path;
    // Environments hold business documents: a new file is readable by its owner only (SQLite
    // gives its -wal and -shm files the same mode).
    if (!m_location.isPostgres() && path != u":memory:"_s && !path.startsWith(u"file:"_s) && !QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (error)
                *error = file.errorString();
            return false;
        }
    }
    if (!db.isValid()) {
        if (error)
            *error = PostgresProblem::explain(PostgresProblem::Kind::DriverMissing, m_location, {});
        return false;
    }
    if (!db.open()) {
        if (error) {
            const QString text = db.lastError().databaseText() + u' ' + db.lastError().driverText();
            *error = m_location.isPostgres()
                ? PostgresProblem::explain(PostgresProblem::classify(text), m_location, db.lastError().databaseText())
                : db.lastError().text();
        }
        return false;
    }
    if (!m_location.isPostgres())
        QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
    return true;
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool DatabaseConnection::exec(const QString &script, QString *error)
{
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}
