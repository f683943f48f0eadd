#include "core/history/historyexporter.h"

#include "core/history/csvwriter.h"
#include "core/history/historyfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QByteArray HistoryExporter::toCsv(const QList<HistoryEntry> &entries)
{
    const QList<HistoryField> &fields = HistoryFields::all();
    QStringList cells;
    for (const HistoryField &field : fields)
        cells.append(field.key);
    QString text = CsvWriter::spreadsheetRecord(cells);
    for (const HistoryEntry &entry : entries) {
        cells.clear();
        for (const HistoryField &field : fields)
            cells.append(field.text(entry));
        text += CsvWriter::spreadsheetRecord(cells);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray HistoryExporter::toJson(const QList<HistoryEntry> &entries)
{
    QJsonArray rows;
    for (const HistoryEntry &entry : entries) {
        QJsonObject row;
        for (const HistoryField &field : HistoryFields::all())
            row.insert(field.key, field.value(entry));
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

bool HistoryExporter::write(
    const QString &path, Format format, const QList<HistoryEntry> &entries, QString *error)
{
    QSaveFile file(path);
    const QByteArray data = format == Format::Json ? toJson(entries) : toCsv(entries);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error) {
        *error = QCoreApplication::translate("HistoryExporter", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

HistoryExporter::Format HistoryExporter::formatForPath(const QString &path)
{
    return path.endsWith(u".json"_s, Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}
