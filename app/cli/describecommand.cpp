#include "cli/describecommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/api/flowloginfo.h"
#include "core/request/tagsyntax.h"

using namespace Qt::StringLiterals;

namespace {

// Either form the gateway uses: {"FlowLogs": {"FlowLog": [...]}} or a bare array.
QJsonArray flowLogsOf(const QJsonObject &body)
{
    const QJsonValue flowLogs = body.value(u"FlowLogs"_s);
    if (flowLogs.isArray())
        return flowLogs.toArray();
    return flowLogs.toObject().value(u"FlowLog"_s).toArray();
}

// The API's PascalCase keys in camelCase, as every JSON output of flowlog-cli has them
// (FlowLogId -> flowLogId, TrafficPath.TrafficPathList -> trafficPath.trafficPathList).
QJsonValue camelCased(const QJsonValue &value);

QJsonObject camelCased(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString key = it.key();
        if (!key.isEmpty())
            key[0] = key.at(0).toLower();
        result.insert(key, camelCased(it.value()));
    }
    return result;
}

QJsonValue camelCased(const QJsonValue &value)
{
    if (value.isObject())
        return camelCased(value.toObject());
    if (!value.isArray())
        return value;
    QJsonArray result;
    for (const QJsonValue &item : value.toArray())
        result.append(camelCased(item));
    return result;
}

// One flow log as describe's JSON shows it: the answer's fields in camelCase, with today's fields
// in one shape whichever form the answer had: aggregationInterval (minutes; null when not given),
// trafficPaths and tags as flat lists, deliverStatus and deliverErrorMessage.
QJsonObject flowLogJson(const QJsonObject &item)
{
    const FlowLogInfo info = FlowLogInfo::fromJson(item);
    QJsonObject object = camelCased(item);
    for (const char *nested : {"trafficPath", "flowLogDeliverStatus", "flowLogDeliverErrorMessage"})
        object.remove(QLatin1StringView(nested));
    object.insert(u"aggregationInterval"_s, info.aggregationInterval > 0 ? QJsonValue(info.aggregationInterval)
                                                                         : QJsonValue(QJsonValue::Null));
    object.insert(u"trafficPaths"_s, QJsonArray::fromStringList(info.trafficPaths));
    object.insert(u"ipVersion"_s, info.ipVersion);
    object.insert(u"resourceGroupId"_s, info.resourceGroupId);
    QJsonArray tags;
    for (const FlowLogTag &tag : info.tags)
        tags.append(QJsonObject {{u"key"_s, tag.key}, {u"value"_s, tag.value}});
    object.insert(u"tags"_s, tags);
    object.insert(u"businessStatus"_s, info.businessStatus);
    object.insert(u"deliverStatus"_s, info.deliverStatus);
    object.insert(u"deliverErrorMessage"_s, info.deliverErrorMessage);
    object.insert(u"serviceType"_s, info.serviceType);
    return object;
}

// The settings of a flow log that differ from the service's defaults, and any trouble, for the
// line under it in the text output. The interval is always named.
QString settingsText(const FlowLogInfo &info)
{
    QStringList parts;
    parts.append(info.aggregationInterval > 0
            ? DescribeCommand::tr("interval %n min", nullptr, info.aggregationInterval)
            : DescribeCommand::tr("interval not given"));
    if (!info.trafficPaths.isEmpty() && info.trafficPaths != QStringList {u"all"_s})
        parts.append(DescribeCommand::tr("traffic path %1").arg(info.trafficPaths.join(u", "_s)));
    if (!info.ipVersion.isEmpty() && info.ipVersion.compare(u"IPV4"_s, Qt::CaseInsensitive) != 0)
        parts.append(DescribeCommand::tr("IP version %1").arg(info.ipVersion));
    if (!info.resourceGroupId.isEmpty())
        parts.append(DescribeCommand::tr("resource group %1").arg(info.resourceGroupId));
    if (!info.tags.isEmpty())
        parts.append(DescribeCommand::tr("tags %1").arg(TagSyntax::formatList(info.tags)));
    if (!info.businessStatus.isEmpty() && info.businessStatus != u"Normal"_s)
        parts.append(DescribeCommand::tr("business status %1").arg(info.businessStatus));
    if (!info.deliverStatus.isEmpty() && info.deliverStatus != u"SUCCESS"_s) {
        parts.append(info.deliverErrorMessage.isEmpty()
                ? DescribeCommand::tr("delivery %1").arg(info.deliverStatus)
                : DescribeCommand::tr("delivery %1 (%2)").arg(info.deliverStatus, info.deliverErrorMessage));
    }
    if (!info.serviceType.isEmpty())
        parts.append(DescribeCommand::tr("created by %1").arg(info.serviceType));
    return parts.join(u"; "_s);
}

int totalCountOf(const QJsonObject &body)
{
    return body.value(u"TotalCount"_s).toVariant().toInt();
}

} // namespace

DescribeCommand::DescribeCommand(CliOptions options, QObject *parent)
    : AsyncCommand(parent)
    , m_options(std::move(options))
    , m_client(&m_network)
{
}

int DescribeCommand::start()
{
    m_connection.addDefaultRegion(m_options);
    const FlowLogFilter wanted = filter();
    if (wanted.regionId.isEmpty()) {
        Console::printError(tr("describe needs --region (or a profile with a region_id)."));
        return ExitUsage;
    }
    QString error;
    if (!m_connection.setUp(m_options, &error) || !m_connection.loadCredentials(m_options, &error)) {
        Console::printError(error);
        return ExitUsage;
    }
    const ClientSettings settings = m_connection.settingsFor(wanted.regionId);
    if (settings.endpoint.isEmpty()) {
        Console::printError(tr("No endpoint is known for region \"%1\": pass --endpoint.").arg(wanted.regionId));
        return ExitUsage;
    }
    m_client.setSettings(settings);
    m_client.setCredentialProvider(m_connection.credentialProvider());
    requestPage(wanted.pageNumber);
    return Pending;
}

void DescribeCommand::requestPage(int pageNumber)
{
    FlowLogFilter wanted = filter();
    wanted.pageNumber = pageNumber;
    connect(m_client.describeFlowLogs(wanted), &ApiCallHandle::finished, this, &DescribeCommand::onPageFinished);
}

// With --all-pages the next page is asked for until TotalCount is reached or a page comes back
// empty (the list may shrink while it is read); a failure ends the listing with its result.
void DescribeCommand::onPageFinished(const ApiResult &result)
{
    const QJsonArray page = flowLogsOf(result.body);
    for (const QJsonValue &flowLog : page)
        m_flowLogs.append(flowLog);
    ++m_pagesRead;
    const bool more = result.ok() && m_options.allPages && !page.isEmpty()
        && m_flowLogs.size() < totalCountOf(result.body);
    if (more) {
        requestPage(m_options.page + m_pagesRead);
        return;
    }
    onFinished(result);
}

FlowLogFilter DescribeCommand::filter() const
{
    FlowLogFilter filter;
    filter.regionId = m_options.field(u"RegionId"_s).trimmed();
    filter.flowLogId = m_options.flowLogId.trimmed();
    filter.resourceId = m_options.field(u"ResourceId"_s).trimmed();
    filter.flowLogName = m_options.field(u"FlowLogName"_s).trimmed();
    filter.projectName = m_options.field(u"ProjectName"_s).trimmed();
    filter.logStoreName = m_options.field(u"LogStoreName"_s).trimmed();
    filter.resourceType = m_options.field(u"ResourceType"_s).trimmed();
    filter.pageNumber = m_options.page;
    filter.pageSize = 50;
    return filter;
}

void DescribeCommand::onFinished(const ApiResult &result)
{
    const QJsonArray &flowLogs = m_flowLogs;
    if (m_options.output == OutputFormat::Json)
        printJson(result, flowLogs);
    else if (result.ok())
        printText(result, flowLogs);
    else
        Console::printError(CliReport::resultText(result));
    Q_EMIT finished(result.ok() ? ExitSuccess : ExitFailure);
}

void DescribeCommand::printJson(const ApiResult &result, const QJsonArray &flowLogs) const
{
    QJsonObject object = CliReport::resultJson(result);
    object.remove(u"flowLogId"_s);
    object.remove(u"adoptedExisting"_s);
    if (result.ok()) {
        object.insert(u"totalCount"_s, totalCountOf(result.body));
        object.insert(u"pageNumber"_s, m_options.page);
        object.insert(u"pages"_s, m_pagesRead);
        QJsonArray shown;
        for (const QJsonValue &flowLog : flowLogs)
            shown.append(flowLogJson(flowLog.toObject()));
        object.insert(u"flowLogs"_s, shown);
    }
    Console::printLine(CliReport::compactJson(object));
}

void DescribeCommand::printText(const ApiResult &result, const QJsonArray &flowLogs) const
{
    const int total = totalCountOf(result.body);
    if (m_pagesRead > 1) {
        Console::printLine(tr("%n flow log(s) found; pages %1 to %2 show %3.", nullptr, total)
                               .arg(m_options.page)
                               .arg(m_options.page + m_pagesRead - 1)
                               .arg(flowLogs.size()));
    } else {
        Console::printLine(tr("%n flow log(s) found; page %1 shows %2.", nullptr, total)
                               .arg(m_options.page)
                               .arg(flowLogs.size()));
    }
    for (const QJsonValue &value : flowLogs) {
        const QJsonObject flowLog = value.toObject();
        const auto text = [&flowLog](const QString &key) { return flowLog.value(key).toVariant().toString(); };
        Console::printLine(tr("%1  %2  %3  %4 %5  %6  %7/%8  %9")
                               .arg(text(u"FlowLogId"_s), text(u"Status"_s), text(u"FlowLogName"_s),
                                   text(u"ResourceType"_s), text(u"ResourceId"_s), text(u"TrafficType"_s),
                                   text(u"ProjectName"_s), text(u"LogStoreName"_s), text(u"CreationTime"_s)));
        Console::printLine(u"    "_s + settingsText(FlowLogInfo::fromJson(flowLog)));
    }
}
