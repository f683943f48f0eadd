#pragma once

#include "core/history/historyentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Writes history rows as files other tools read: CSV (RFC 4180, UTF-8 with a byte-order mark so
// that Excel detects the encoding, CRLF line ends) or JSON (an array of objects). Both use the
// stable column keys of HistoryTableModel::columnKey() and language-independent values: UTC time
// in ISO 8601, API spellings of enums and outcomes. Neither format holds a secret: the history has
// none.
class HistoryExporter
{
public:
    enum class Format { Csv, Json };

    static QByteArray toCsv(const QList<HistoryEntry> &entries);
    static QByteArray toJson(const QList<HistoryEntry> &entries);
    // Writes atomically (QSaveFile). False with *error (translated) on failure.
    static bool write(const QString &path, Format format, const QList<HistoryEntry> &entries, QString *error);
    // The format a file name asks for: .json is JSON, anything else CSV.
    static Format formatForPath(const QString &path);

    // The value of one column, as both formats write it (numbers as text here).
    static QString value(const HistoryEntry &entry, int column);
    // RFC 4180 quoting, plus a leading apostrophe for text a spreadsheet would run as a formula.
    static QString csvField(const QString &text);
};
