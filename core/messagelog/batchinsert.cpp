// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/batchinsert.h"

#include "environment/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &head, int columns, const QString &tail)
    : m_db(db)
    , m_head(head)
    , m_tail(tail)
    , m_columns(columns)
    , m_chunkRows(Sql::dialectOf(db) == SqlDialect::Sqlite ? SqliteChunkRows : ServerChunkRows)
{
    m_pending.reserve(m_chunkRows * columns);
}

BatchInsert::~BatchInsert() = default;

QString BatchInsert::statement(int rows) const
{
    QString one = u"("_s;
    for (int c = 0; c < m_columns; ++c)
        one += c ? u", ?"_s : u"?"_s;
    one += u')';
    QStringList values;
    values.reserve(rows);
    for (int r = 0; r < rows; ++r)
        values << one;
    return m_head + u" VALUES "_s + values.join(u", "_s) + (m_tail.isEmpty() ? QString() : u' ' + m_tail);
}

bool BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    m_pending += row;
    ++m_pendingRows;
    return m_pendingRows < m_chunkRows || flush();
}

bool BatchInsert::flush()
{
    if (m_pendingRows == 0 || !m_error.isEmpty())
        return m_error.isEmpty();
    QSqlQuery partial(m_db);
    QSqlQuery *q = &partial;
    if (m_pendingRows == m_chunkRows) {
        if (!m_full) {
            m_full = std::make_unique<QSqlQuery>(m_db);
            m_full->prepare(statement(m_chunkRows));
        }
        q = m_full.get();
    } else {
        partial.prepare(statement(m_pendingRows));
    }
    for (const QVariant &v : std::as_const(m_pending))
        q->addBindValue(v);
    const bool ok = q->exec();
    if (!ok)
        m_error = q->lastError().text();
    m_pending.clear();
    m_pendingRows = 0;
    return ok;
}

bool BatchInsert::finish(QString *error)
{
    flush();
    if (!m_error.isEmpty() && error)
        *error = m_error;
    return m_error.isEmpty();
}
