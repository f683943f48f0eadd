#include "cli/describecommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/api/flowloginfo.h"
#include "core/request/tagsyntax.h"

using namespace Qt::StringLiterals;

namespace {

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
    return qMax(0, FlowLogInfo::totalCount(body));
}

// A column of the text table: the widest value (or header) sets its width.
QStringList table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths.at(i), row.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        lines.append(line);
    }
    return lines;
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
    const QList<FlowLogInfo> page = FlowLogInfo::listFromDescribeBody(result.body);
    m_flowLogs.append(page);
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
    filter.trafficType = m_options.field(u"TrafficType"_s).trimmed();
    filter.status = m_options.status;
    filter.vpcId = m_options.vpcId;
    filter.pageNumber = m_options.page;
    filter.pageSize = 50;
    return filter;
}

void DescribeCommand::onFinished(const ApiResult &result)
{
    const QList<FlowLogInfo> &flowLogs = m_flowLogs;
    if (m_options.output == OutputFormat::Json)
        printJson(result, flowLogs);
    else if (result.ok())
        printText(result, flowLogs);
    else
        Console::printError(CliReport::resultText(result));
    Q_EMIT finished(result.ok() ? ExitSuccess : ExitFailure);
}

void DescribeCommand::printJson(const ApiResult &result, const QList<FlowLogInfo> &flowLogs) const
{
    QJsonObject object = CliReport::resultJson(result);
    object.remove(u"flowLogId"_s);
    object.remove(u"adoptedExisting"_s);
    if (result.ok()) {
        object.insert(u"totalCount"_s, totalCountOf(result.body));
        object.insert(u"pageNumber"_s, m_options.page);
        object.insert(u"pages"_s, m_pagesRead);
        QJsonArray shown;
        for (const FlowLogInfo &flowLog : flowLogs)
            shown.append(CliReport::flowLogJson(flowLog));
        object.insert(u"flowLogs"_s, shown);
    }
    Console::printLine(CliReport::compactJson(object));
}

void DescribeCommand::printText(const ApiResult &result, const QList<FlowLogInfo> &flowLogs) const
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
    if (flowLogs.isEmpty())
        return;
    QList<QStringList> rows {{tr("ID"), tr("STATUS"), tr("NAME"), tr("RESOURCE"), tr("TRAFFIC"), tr("PROJECT/LOGSTORE"),
        tr("CREATED")}};
    for (const FlowLogInfo &flowLog : flowLogs) {
        rows.append({flowLog.flowLogId, flowLog.status, flowLog.flowLogName,
            flowLog.resourceType + u' ' + flowLog.resourceId, flowLog.trafficType,
            flowLog.projectName + u'/' + flowLog.logStoreName, flowLog.creationTime});
    }
    const QStringList lines = table(rows);
    Console::printLine(lines.constFirst());
    for (qsizetype i = 0; i < flowLogs.size(); ++i) {
        Console::printLine(lines.at(i + 1));
        Console::printLine(u"    "_s + settingsText(flowLogs.at(i)));
    }
}
