#include "core/history/sqlitestatement.h"

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(sqlite3 *database, const QString &text)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_database = database;
    return database
        && sqlite3_prepare16_v3(database, text.utf16(), int(text.size() * sizeof(char16_t)),
               SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        == SQLITE_OK;
}

// A null QString is stored as NULL, as QSqlQuery stores it.
void SqliteStatement::bind(int position, const QString &value)
{
    if (value.isNull())
        bindNull(position);
    else
        sqlite3_bind_text16(m_statement, position + 1, value.utf16(), int(value.size() * sizeof(char16_t)),
            SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position + 1, value);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position + 1);
}

bool SqliteStatement::run()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

QString SqliteStatement::errorString() const
{
    return m_database ? QString::fromUtf8(sqlite3_errmsg(m_database)) : QString();
}
