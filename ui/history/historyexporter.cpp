#include "ui/history/historyexporter.h"

#include "ui/history/historytablemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

bool isNumberColumn(int column)
{
    return column == HistoryTableModel::HttpStatus || column == HistoryTableModel::Attempts
        || column == HistoryTableModel::Duration;
}

} // namespace

QByteArray HistoryExporter::toCsv(const QList<HistoryEntry> &entries)
{
    QString text;
    for (int column = 0; column < HistoryTableModel::ColumnCount; ++column) {
        if (column > 0)
            text += u',';
        text += HistoryTableModel::columnKey(HistoryTableModel::Column(column));
    }
    text += u"\r\n"_s;
    for (const HistoryEntry &entry : entries) {
        for (int column = 0; column < HistoryTableModel::ColumnCount; ++column) {
            if (column > 0)
                text += u',';
            text += csvField(value(entry, column));
        }
        text += u"\r\n"_s;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray HistoryExporter::toJson(const QList<HistoryEntry> &entries)
{
    QJsonArray rows;
    for (const HistoryEntry &entry : entries) {
        QJsonObject row;
        row.insert(u"id"_s, entry.id);
        for (int column = 0; column < HistoryTableModel::ColumnCount; ++column) {
            const QString key = HistoryTableModel::columnKey(HistoryTableModel::Column(column));
            const QString text = value(entry, column);
            row.insert(key, isNumberColumn(column) ? QJsonValue(text.toLongLong()) : QJsonValue(text));
        }
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

bool HistoryExporter::write(const QString &path, Format format, const QList<HistoryEntry> &entries, QString *error)
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

QString HistoryExporter::value(const HistoryEntry &entry, int column)
{
    const FlowLogRequest &request = entry.request;
    switch (column) {
    case HistoryTableModel::Time:
        return entry.time.isValid() ? entry.time.toUTC().toString(Qt::ISODateWithMs) : QString();
    case HistoryTableModel::Profile: return entry.profile;
    case HistoryTableModel::Region: return request.regionId;
    case HistoryTableModel::ResourceType: return ResourceTypes::apiName(request.resourceType);
    case HistoryTableModel::ResourceId: return request.resourceId;
    case HistoryTableModel::TrafficType: return TrafficTypes::apiName(request.trafficType);
    case HistoryTableModel::Project: return request.projectName;
    case HistoryTableModel::LogStore: return request.logStoreName;
    case HistoryTableModel::FlowLogName: return request.flowLogName;
    case HistoryTableModel::Description: return request.description;
    case HistoryTableModel::Outcome: return Outcomes::apiName(entry.outcome);
    case HistoryTableModel::FlowLogId: return entry.flowLogId;
    case HistoryTableModel::RequestId: return entry.requestId;
    case HistoryTableModel::HttpStatus: return QString::number(entry.httpStatus);
    case HistoryTableModel::ErrorCode: return entry.errorCode;
    case HistoryTableModel::ErrorMessage: return entry.messageText();
    case HistoryTableModel::Attempts: return QString::number(entry.attempts);
    case HistoryTableModel::Duration: return QString::number(entry.durationMs);
    case HistoryTableModel::FlowLogStatus: return entry.flowLogStatus;
    case HistoryTableModel::Endpoint: return entry.endpoint;
    default: return {};
    }
}

QString HistoryExporter::csvField(const QString &text)
{
    QString field = text;
    // A cell starting like a formula would be evaluated by spreadsheet programs (CSV injection).
    if (!field.isEmpty() && u"=+-@\t\r"_s.contains(field.front()))
        field.prepend(u'\'');
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    field.replace(u"\""_s, u"\"\""_s);
    return u'"' + field + u'"';
}
