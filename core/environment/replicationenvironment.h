// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A replication environment: the dedicated store where a connection's data is staged
// (DOMAIN.md section 2). Here each one is a local SQLite database.
struct ReplicationEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ReplicationEnvironment)
public:
    QString id;
    QString name;
    QString erp;
    QString region;
    QString databasePath;
    QString connection; // the one connection it belongs to, once assigned; never changes after
    bool isDefault = false;
    bool retired = false; // its connection was deleted; it keeps its data and is not reassigned
    QDateTime created;

    bool isAssigned() const { return !connection.isEmpty(); }
    QString displayName() const;

    static QStringList erpSystems();
    static QString defaultErp();
    static QStringList hostingRegions();
    static QString defaultRegion();
};
