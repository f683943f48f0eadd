#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One SQLite statement prepared once and run many times, bound straight through the C API:
// QSqlQuery formats a placeholder name and copies a QVariant for every value it binds, which
// costs more than the insert itself. Finalized when destroyed, so it must not outlive its connection.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();

    // False on failure; errorString() says why.
    bool prepare(sqlite3 *database, const QString &text);
    // Positions are 0-based, as QSqlQuery counts them.
    void bind(int position, const QString &value);
    void bind(int position, qint64 value);
    void bindNull(int position);
    // Runs the statement to its end and makes it ready for the next values.
    bool run();
    QString errorString() const;

private:
    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
