#pragma once

#include <QString>
#include <QStringList>

// The one CSV writer (RFC 4180): the history export, `flowlog-cli history` and anything else that
// writes CSV quote their fields here; flowlog-cli's CsvReader reads back what quoted() writes.
namespace CsvWriter {
// A field as RFC 4180 writes it: quoted when it holds a comma, quote or line break, quotes doubled.
QString quoted(const QString &field);
// For files a spreadsheet opens: quoted(), after a leading apostrophe on text that starts like a
// formula (= + - @ tab CR), which spreadsheet programs would otherwise evaluate (CSV injection).
QString spreadsheetField(const QString &field);
// One record of spreadsheetField()s, separated by commas and ended by CRLF.
QString spreadsheetRecord(const QStringList &fields);
} // namespace CsvWriter
