// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/sqliteconnection.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt s_counter;
}

SqliteConnection::SqliteConnection(const QString &path)
    : m_name(u"ionwb-sqlite-%1"_s.arg(s_counter.fetchAndAddRelaxed(1)))
    , m_path(path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (db.isOpen())
        return true;
    // Environments hold business documents: a new file is readable by its owner only (SQLite
    // gives its -wal and -shm files the same mode).
    if (m_path != u":memory:"_s && !m_path.startsWith(u"file:"_s) && !QFile::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (error)
                *error = file.errorString();
            return false;
        }
    }
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
    return true;
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqliteConnection::exec(const QString &script, QString *error)
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
