#include "cli/historycommand.h"

#include "cli/console.h"
#include "cli/csvreader.h"
#include "cli/exitcode.h"
#include "core/history/historystore.h"
#include "core/config/appsettings.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

int HistoryCommand::run(const CliOptions &options)
{
    HistoryStore store;
    if (!store.open(AppSettings::load().effectiveHistoryPath())) {
        Console::printError(store.errorString());
        return ExitFailure;
    }
    const QList<HistoryEntry> entries = store.entries(options.limit, HistoryStore::Detail::Summary);
    if (options.output == OutputFormat::Json) {
        QJsonArray array;
        for (const HistoryEntry &entry : entries)
            array.append(toJson(entry));
        Console::printLine(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    } else if (options.output == OutputFormat::Csv) {
        Console::printLine(fieldNames().join(u','));
        for (const HistoryEntry &entry : entries)
            Console::out() << toCsv(entry) << '\n';
    } else {
        if (entries.isEmpty())
            Console::printError(tr("The history is empty (%1).").arg(store.path()));
        for (const HistoryEntry &entry : entries)
            Console::out() << toText(entry) << '\n';
    }
    Console::out().flush();
    return ExitSuccess;
}

QStringList HistoryCommand::fieldNames()
{
    return {u"id"_s, u"time"_s, u"source"_s, u"profile"_s, u"endpoint"_s, u"signatureVersion"_s,
        u"RegionId"_s, u"ResourceType"_s, u"ResourceId"_s, u"TrafficType"_s, u"ProjectName"_s,
        u"LogStoreName"_s, u"FlowLogName"_s, u"Description"_s, u"outcome"_s, u"flowLogId"_s,
        u"requestId"_s, u"httpStatus"_s, u"code"_s, u"message"_s, u"attempts"_s, u"durationMs"_s,
        u"flowLogStatus"_s};
}

QJsonObject HistoryCommand::toJson(const HistoryEntry &entry)
{
    const FlowLogRequest &request = entry.request;
    const QList<QJsonValue> values {entry.id, entry.time.toString(Qt::ISODateWithMs), entry.source,
        entry.profile, entry.endpoint, entry.signatureVersion, request.regionId,
        ResourceTypes::apiName(request.resourceType), request.resourceId,
        TrafficTypes::apiName(request.trafficType), request.projectName, request.logStoreName,
        request.flowLogName, request.description, Outcomes::apiName(entry.outcome), entry.flowLogId,
        entry.requestId, entry.httpStatus, entry.errorCode, entry.messageText(), entry.attempts,
        entry.durationMs, entry.flowLogStatus};
    QJsonObject object;
    const QStringList names = fieldNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        object.insert(names.at(i), values.at(i));
    return object;
}

QString HistoryCommand::toCsv(const HistoryEntry &entry)
{
    const QJsonObject object = toJson(entry);
    QStringList fields;
    for (const QString &name : fieldNames())
        fields.append(CsvReader::quoted(object.value(name).toVariant().toString()));
    return fields.join(u',');
}

QString HistoryCommand::toText(const HistoryEntry &entry)
{
    const QString result = entry.outcome == Outcome::Succeeded
        ? entry.flowLogId
        : QString(entry.errorCode + u' ' + entry.messageText()).simplified(); // one line per entry
    return tr("#%1  %2  %3  %4  %5 %6 %7  %8")
        .arg(QString::number(entry.id), entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), entry.source,
            Outcomes::label(entry.outcome), entry.request.regionId, ResourceTypes::apiName(entry.request.resourceType),
            entry.request.resourceId, result);
}
