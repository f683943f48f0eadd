#include "core/history/csvwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CsvWriter {

QString quoted(const QString &field)
{
    static const QString special = u",\"\r\n"_s;
    // A leading U+FEFF would be taken for the byte-order mark by a reader when the field opens
    // the file: inside quotes it stays data.
    const bool startsWithByteOrderMark = field.startsWith(QChar(0xFEFF));
    if (!startsWithByteOrderMark
        && std::none_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); }))
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString spreadsheetField(const QString &field)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        return quoted(u'\'' + field);
    return quoted(field);
}

QString spreadsheetRecord(const QStringList &fields)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &field : fields)
        written.append(spreadsheetField(field));
    return written.join(u',') + u"\r\n"_s;
}

} // namespace CsvWriter
