// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

class QSqlQuery;

// Writes many rows with one statement per chunk of rows (a multi-row VALUES list): one round trip
// per chunk to a PostgreSQL server instead of one per row, and fewer statement steps in SQLite.
// Runs inside the caller's transaction.
class BatchInsert
{
public:
    // `head`: "INSERT INTO t (a, b, c)"; `tail`: what follows the values (ON CONFLICT …).
    BatchInsert(const QSqlDatabase &db, const QString &head, int columns, const QString &tail = {});
    ~BatchInsert();

    // Adds a row (exactly `columns` values); false when the chunk it completed failed.
    bool add(const QVariantList &row);
    // Writes what is left; false with the reason when any chunk failed.
    bool finish(QString *error);

    // Rows per statement: many for a server (round trips); few for SQLite, where Qt's driver looks
    // up every placeholder's name by a linear scan, so a statement's cost grows with the square of
    // its placeholders (3,500 of them made writing 4x slower than 20 rows a statement).
    static constexpr int ServerChunkRows = 250;
    static constexpr int SqliteChunkRows = 20;

private:
    bool flush();
    QString statement(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    int m_chunkRows;
    QVariantList m_pending;
    int m_pendingRows = 0;
    std::unique_ptr<QSqlQuery> m_full; // prepared once for full chunks
    QString m_error;
};
