#include "cli/describecommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "cli/exitcode.h"

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
        object.insert(u"flowLogs"_s, camelCased(QJsonValue(flowLogs)));
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
    }
}
