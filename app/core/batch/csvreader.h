#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/request/flowlogrequest.h"

// A CSV document as RFC 4180 defines it, read from UTF-8 (a leading BOM is skipped): fields
// separated by commas, records by CRLF or LF; a quoted field may hold commas, line breaks and
// doubled quotes. The first record is the header.
struct CsvTable
{
    QStringList header = {};
    QList<QStringList> rows = {};
    QList<int> lines = {}; // the line each row starts on, 1-based, for messages
    int headerLine = 0;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // On malformed input (a quote inside an unquoted field, text after a closing quote, an
    // unterminated quoted field, invalid UTF-8) returns false and sets *error, naming the line.
    static bool parse(const QByteArray &data, CsvTable *table, QString *error);
    // The same over text already decoded, with another field separator if need be.
    static bool parseText(QString text, CsvTable *table, QString *error, QChar separator = u',');
    // Text pasted from a spreadsheet: tab-separated, quoted as spreadsheets quote it. Its first
    // record is the header when it names a column (BatchColumns::looksLikeHeader); otherwise every
    // record is data and the header is BatchColumns::names() in order, as far as the widest row.
    static bool parsePasted(const QString &text, CsvTable *table, QString *error);
    // A batch file, read the one way the app and flowlog-cli read it (BoundedFile, at most
    // MaxFileBytes) and parsed; false with *error naming the file when it cannot be read or parsed.
    static bool readFile(const QString &path, CsvTable *table, QString *error);
    // Far more rows than any batch needs, and far less than memory.
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;
};

// The columns of a flowlog-cli batch file: API parameter names, matched regardless of case. Most
// hold one value; TrafficPath holds paths separated by ';' and Tags holds KEY=VALUE pairs
// separated by ';' (TagSyntax), which become TrafficPath.N and Tag.N.Key/Tag.N.Value.
class BatchColumns
{
    Q_DECLARE_TR_FUNCTIONS(BatchColumns)

public:
    // Every column, required ones first (the order of a header-less paste).
    static const QStringList &names();
    static const QStringList &required();
    // Whether a first record is a header: it names at least one column.
    static bool looksLikeHeader(const QStringList &record);
    // The column of each header cell (as names() spells it), or false and *error naming `source`
    // (a file's name, "the pasted text") for an unknown or repeated column or a required one missing.
    static bool mapHeader(const QStringList &header, const QString &source, QStringList *columns, QString *error);

    // The API parameters of one row's cells under `columns` (each one of names()). An empty cell
    // is a parameter not given. On a cell that cannot be read (a bad escape in Tags) returns false
    // and sets *error, naming the row (1-based among the data rows), its line, the column and
    // what is wrong.
    static bool parameters(const QStringList &columns, const QStringList &cells, int row, int line,
        ApiParameters *parameters, QString *error);
    // `defaults` (the command line's) for every parameter `parameters` leaves out: a row's
    // TrafficPath or Tags replace the command line's list as a whole.
    static ApiParameters withDefaults(ApiParameters parameters, const ApiParameters &defaults);
    // The cells of `request` under names(), as parameters() reads them back.
    static QStringList cells(const FlowLogRequest &request);
};
