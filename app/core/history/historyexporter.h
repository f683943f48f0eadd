#pragma once

#include "core/history/historyentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Writes history rows as files other tools read, the same from the app and from
// `flowlog-cli history`: CSV (RFC 4180 through CsvWriter, UTF-8 with a byte-order mark so that Excel
// detects the encoding, CRLF line ends, cells guarded against formula injection) or JSON (an array
// of objects). Both have every field of HistoryFields::all(), by its key, with language-independent
// values. Neither format holds a secret: the history has none.
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
};
