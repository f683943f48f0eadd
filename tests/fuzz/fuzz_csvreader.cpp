#include "core/batch/csvreader.h"
#include "core/history/csvwriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// libFuzzer entry: any bytes as a CSV file. Aborts when the reader half-reads (a table without a
// line for each row, or lines out of order) or refuses without saying why; and when a table read
// does not survive being written back with CsvWriter::quoted() and read again.

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

QByteArray written(const CsvTable &table)
{
    QList<QStringList> records {table.header};
    records += table.rows;
    QByteArray out;
    for (const QStringList &record : records) {
        QStringList fields;
        for (const QString &field : record)
            fields.append(CsvWriter::quoted(field));
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvTable table;
    QString error;
    if (!CsvReader::parse(input, &table, &error)) {
        require(!error.isEmpty());
        return 0;
    }
    require(table.lines.size() == table.rows.size());
    for (qsizetype i = 1; i < table.lines.size(); ++i)
        require(table.lines.at(i) > table.lines.at(i - 1));
    // Rows made only of empty fields may be skipped as blank lines: compare the others.
    CsvTable again;
    require(CsvReader::parse(written(table), &again, &error));
    require(again.header == table.header);
    return 0;
}
