#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A CSV document as RFC 4180 defines it, read from UTF-8 (a leading BOM is skipped): fields
// separated by commas, records by CRLF or LF; a quoted field may hold commas, line breaks and
// doubled quotes. The first record is the header.
struct CsvTable
{
    QStringList header = {};
    QList<QStringList> rows = {};
    QList<int> lines = {}; // the line each row starts on, 1-based, for messages
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // On malformed input (a quote inside an unquoted field, text after a closing quote, an
    // unterminated quoted field, invalid UTF-8) returns false and sets *error, naming the line.
    static bool parse(const QByteArray &data, CsvTable *table, QString *error);
};
