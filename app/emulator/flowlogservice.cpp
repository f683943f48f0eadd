#include "emulator/flowlogservice.h"

#include "core/config/endpoints.h"
#include "core/config/regioncatalog.h"
#include "core/request/requestvalidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

const QString createAction = u"CreateFlowLog"_s;
const QString describeAction = u"DescribeFlowLogs"_s;
const QString deleteAction = u"DeleteFlowLog"_s;
const QString activeAction = u"ActiveFlowLog"_s;
const QString deactiveAction = u"DeactiveFlowLog"_s;
const QString modifyAction = u"ModifyFlowLogAttribute"_s;
const QString regionsAction = u"DescribeRegions"_s;

FlowLogService::Outcome failure(const EmulatorError &error)
{
    return {{}, error, false};
}

FlowLogService::Outcome success(const QJsonObject &body = {}, bool changed = false)
{
    QJsonObject withSuccess = body;
    withSuccess.insert(u"Success"_s, u"true"_s);
    return {withSuccess, std::nullopt, changed};
}

// The first error finding as the gateway reports it: missing values first, then invalid ones.
std::optional<EmulatorError> firstError(const ValidationFindings &findings)
{
    for (const ValidationFinding &finding : findings) {
        if (finding.severity == Severity::Error && finding.code.endsWith(u".missing"_s))
            return EmulatorError::missingParameter(finding.parameterName());
    }
    for (const ValidationFinding &finding : findings) {
        if (finding.severity == Severity::Error)
            return EmulatorError::invalidParameter(finding.parameterName(), finding.message());
    }
    return std::nullopt;
}

std::optional<int> pageParameter(const AuthenticatedCall &call, const QString &name, int fallback, int maximum,
    std::optional<EmulatorError> *error)
{
    if (!call.has(name))
        return fallback;
    bool ok = false;
    const int value = call.value(name).toInt(&ok);
    if (ok && value >= 1 && value <= maximum)
        return value;
    *error = EmulatorError::invalidParameter(name,
        maximum < INT_MAX ? u"It must be an integer from 1 to %1."_s.arg(maximum) : u"It must be a positive integer."_s);
    return std::nullopt;
}

// The 1-based N of "<prefix>N<suffix>" (Tags.2.Key), or 0 for any other name.
int repeatIndex(QStringView name, QStringView prefix, QStringView suffix)
{
    if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.size() <= prefix.size() + suffix.size())
        return 0;
    bool ok = false;
    const int index = name.sliced(prefix.size(), name.size() - prefix.size() - suffix.size()).toInt(&ok);
    return ok && index >= 1 ? index : 0;
}

// The public documents name no code for a refused traffic path: this one is ours.
EmulatorError trafficPathNotEnabled()
{
    return {403, u"OperationDenied.TrafficPathNotEnabled"_s,
        u"The traffic path feature is not enabled for this account. Submit a ticket to request it."_s};
}

QString utcNow(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

} // namespace

FlowLogService::FlowLogService(FlowLogStore *store, const InventoryStore *inventory)
    : m_store(store)
    , m_inventory(inventory)
{
}

bool FlowLogService::isKnownAction(const QString &action)
{
    static const QStringList actions = {createAction, describeAction, deleteAction, activeAction, deactiveAction,
        modifyAction, regionsAction};
    return actions.contains(action);
}

FlowLogService::Outcome FlowLogService::execute(const AuthenticatedCall &call, qint64 nowMs)
{
    if (call.action == createAction)
        return createFlowLog(call, nowMs);
    if (call.action == describeAction)
        return describeFlowLogs(call, nowMs);
    if (call.action == deleteAction)
        return deleteFlowLog(call);
    if (call.action == activeAction)
        return activeFlowLog(call, nowMs);
    if (call.action == deactiveAction)
        return deactiveFlowLog(call);
    if (call.action == modifyAction)
        return modifyFlowLogAttribute(call);
    if (call.action == regionsAction)
        return describeRegions(call);
    return failure({404, u"InvalidAction.NotFound"_s, u"Specified api is not found, please check your url and method."_s});
}

FlowLogService::Outcome FlowLogService::createFlowLog(const AuthenticatedCall &call, qint64 nowMs)
{
    const ParsedRequest parsed = RequestValidator::parse(call.parameters);
    if (auto error = checkRegion(call))
        return failure(*error);
    if (auto error = firstError(parsed.findings))
        return failure(*error);
    QString vpcId;
    if (auto error = checkResource(call, &vpcId))
        return failure(*error);
    if (auto error = checkFeatures(parsed))
        return failure(*error);

    FlowLogRecord record;
    record.vpcId = vpcId;
    record.flowLogId = FlowLogRecord::newId();
    record.regionId = call.value(u"RegionId"_s);
    record.flowLogName = call.value(u"FlowLogName"_s);
    record.description = call.value(u"Description"_s);
    record.resourceType = ResourceTypes::apiName(parsed.request.resourceType);
    record.resourceId = call.value(u"ResourceId"_s);
    record.trafficType = TrafficTypes::apiName(parsed.request.trafficType);
    record.projectName = call.value(u"ProjectName"_s);
    record.logStoreName = call.value(u"LogStoreName"_s);
    record.creationTime = utcNow(nowMs);
    record.status = u"Activating"_s;
    record.activatesAtMs = nowMs + m_activationDelayMs;
    storeTodaysParameters(parsed, record);
    m_store->add(record);
    return success({{u"FlowLogId"_s, record.flowLogId}, {u"ResourceGroupId"_s, record.resourceGroupId}}, true);
}

// Checked after the values, like the features: a missing resource is the account's state, not a
// malformed request. The notes evidence ResourceNotFound.VPC and its message; the VSwitch and
// NetworkInterface codes are ours, by analogy.
std::optional<EmulatorError> FlowLogService::checkResource(const AuthenticatedCall &call, QString *vpcId) const
{
    const QString type = call.value(u"ResourceType"_s);
    const QString id = call.value(u"ResourceId"_s);
    QString regionId;
    const bool found = m_inventory && m_inventory->locate(type, id, &regionId, vpcId);
    if (found && regionId == call.value(u"RegionId"_s))
        return std::nullopt;
    vpcId->clear();
    if (type == u"VPC"_s)
        *vpcId = id;
    if (!m_inventory || !m_inventory->inUse())
        return std::nullopt;
    return EmulatorError {404, u"ResourceNotFound."_s + type, u"The specified resource of %1 is not found."_s.arg(id)};
}

// Checked after the values: a refused feature is the account's state, not a malformed request.
std::optional<EmulatorError> FlowLogService::checkFeatures(const ParsedRequest &parsed) const
{
    if (!m_trafficPathEnabled && !parsed.request.trafficPaths.isEmpty())
        return trafficPathNotEnabled();
    return std::nullopt;
}

// What was sent, as sent; what was not sent keeps FlowLogRecord's defaults.
void FlowLogService::storeTodaysParameters(const ParsedRequest &parsed, FlowLogRecord &record)
{
    const FlowLogRequest &request = parsed.request;
    const QString interval = FlowLogRequest::normalized(request.aggregationInterval);
    if (!interval.isEmpty())
        record.aggregationInterval = interval.toInt();
    if (!request.trafficPaths.isEmpty())
        record.trafficPaths = request.trafficPaths;
    if (!request.ipVersion.isEmpty())
        record.ipVersion = request.ipVersion;
    if (!request.resourceGroupId.isEmpty())
        record.resourceGroupId = request.resourceGroupId;
    record.tags = request.tags;
}

FlowLogService::Outcome FlowLogService::describeFlowLogs(const AuthenticatedCall &call, qint64 nowMs)
{
    if (auto error = checkRegion(call))
        return failure(*error);
    std::optional<EmulatorError> error;
    const auto pageNumber = pageParameter(call, u"PageNumber"_s, 1, INT_MAX, &error);
    const auto pageSize = pageParameter(call, u"PageSize"_s, 10, maxPageSize, &error);
    if (error)
        return failure(*error);

    // One pass, no copies: only the requested page is turned into JSON, however many match.
    const Filters filters = requestedFilters(call);
    const qint64 first = qint64(*pageNumber - 1) * *pageSize;
    qint64 total = 0;
    QJsonArray page;
    m_store->forEach([&](const FlowLogRecord &record) {
        if (!matchesFilters(record, filters, nowMs))
            return;
        if (total >= first && total < first + *pageSize)
            page.append(record.toApiJson(nowMs));
        ++total;
    });
    return success({
        {u"TotalCount"_s, QString::number(total)},
        {u"PageNumber"_s, QString::number(*pageNumber)},
        {u"PageSize"_s, QString::number(*pageSize)},
        {u"FlowLogs"_s, QJsonObject {{u"FlowLog"_s, page}}},
    });
}

FlowLogService::Outcome FlowLogService::deleteFlowLog(const AuthenticatedCall &call)
{
    std::optional<EmulatorError> error;
    const FlowLogRecord *record = findFlowLog(call, &error);
    if (!record)
        return failure(*error);
    m_store->remove(record->flowLogId);
    return success({}, true);
}

// Idempotent, like the console: activating an active flow log changes nothing.
FlowLogService::Outcome FlowLogService::activeFlowLog(const AuthenticatedCall &call, qint64 nowMs)
{
    std::optional<EmulatorError> error;
    FlowLogRecord *record = findFlowLog(call, &error);
    if (!record)
        return failure(*error);
    if (record->status != u"Inactive"_s)
        return success();
    record->status = u"Activating"_s;
    record->activatesAtMs = nowMs + m_activationDelayMs;
    return success({}, true);
}

FlowLogService::Outcome FlowLogService::deactiveFlowLog(const AuthenticatedCall &call)
{
    std::optional<EmulatorError> error;
    FlowLogRecord *record = findFlowLog(call, &error);
    if (!record)
        return failure(*error);
    const bool changed = record->status != u"Inactive"_s;
    record->status = u"Inactive"_s;
    return success({}, changed);
}

FlowLogService::Outcome FlowLogService::modifyFlowLogAttribute(const AuthenticatedCall &call)
{
    std::optional<EmulatorError> error;
    FlowLogRecord *record = findFlowLog(call, &error);
    if (!record)
        return failure(*error);
    if (auto invalid = checkNewAttributes(call))
        return failure(*invalid);
    if (call.has(u"FlowLogName"_s))
        record->flowLogName = call.value(u"FlowLogName"_s);
    if (call.has(u"Description"_s))
        record->description = call.value(u"Description"_s);
    const QString interval = FlowLogRequest::normalized(call.value(u"AggregationInterval"_s));
    if (!interval.isEmpty())
        record->aggregationInterval = interval.toInt();
    if (!call.value(u"IpVersion"_s).isEmpty())
        record->ipVersion = call.value(u"IpVersion"_s);
    return success({}, true);
}

FlowLogService::Outcome FlowLogService::describeRegions(const AuthenticatedCall &call)
{
    const QString language = call.value(u"AcceptLanguage"_s);
    QJsonArray regions;
    // AcceptLanguage "en-US" (or any "en…") gives the English names, everything else Chinese.
    const bool english = language.startsWith(u"en"_s, Qt::CaseInsensitive);
    for (const Region &region : RegionCatalog::builtIn()) {
        regions.append(QJsonObject {
            {u"RegionId"_s, region.id},
            {u"LocalName"_s, english ? region.englishName : region.chineseName},
            {u"RegionEndpoint"_s, Endpoints::defaultFor(region.id).host()},
        });
    }
    return {{{u"Regions"_s, QJsonObject {{u"Region"_s, regions}}}}, std::nullopt, false};
}

std::optional<EmulatorError> FlowLogService::checkRegion(const AuthenticatedCall &call)
{
    const QString regionId = call.value(u"RegionId"_s);
    if (regionId.isEmpty())
        return EmulatorError::missingParameter(u"RegionId"_s);
    if (!RegionCatalog::isKnown(regionId))
        return EmulatorError {404, u"InvalidRegionId.NotFound"_s, u"The specified RegionId does not exist."_s};
    return std::nullopt;
}

FlowLogRecord *FlowLogService::findFlowLog(const AuthenticatedCall &call, std::optional<EmulatorError> *error)
{
    *error = checkRegion(call);
    if (*error)
        return nullptr;
    const QString flowLogId = call.value(u"FlowLogId"_s);
    if (flowLogId.isEmpty()) {
        *error = EmulatorError::missingParameter(u"FlowLogId"_s);
        return nullptr;
    }
    FlowLogRecord *record = m_store->find(flowLogId);
    if (record && record->regionId == call.value(u"RegionId"_s))
        return record;
    *error = EmulatorError {404, u"InvalidFlowLogId.NotFound"_s, u"The specified flow log does not exist."_s};
    return nullptr;
}

std::optional<EmulatorError> FlowLogService::checkNewAttributes(const AuthenticatedCall &call)
{
    FlowLogRequest request;
    request.flowLogName = call.value(u"FlowLogName"_s);
    request.description = call.value(u"Description"_s);
    request.aggregationInterval = call.value(u"AggregationInterval"_s);
    request.ipVersion = call.value(u"IpVersion"_s);
    request.regionId = call.value(u"RegionId"_s);
    ValidationFindings findings;
    for (Field field : {Field::FlowLogName, Field::Description, Field::AggregationInterval, Field::IpVersion})
        findings += RequestValidator::validateField(request, field);
    return firstError(findings);
}

// The DescribeFlowLogs filters the call sets, read once per call.
FlowLogService::Filters FlowLogService::requestedFilters(const AuthenticatedCall &call)
{
    // Each filter parameter and the field it compares; Status (no field) is computed at nowMs.
    static const std::pair<QString, QString FlowLogRecord::*> parameters[] = {{u"RegionId"_s, &FlowLogRecord::regionId},
        {u"FlowLogId"_s, &FlowLogRecord::flowLogId}, {u"FlowLogName"_s, &FlowLogRecord::flowLogName},
        {u"Description"_s, &FlowLogRecord::description}, {u"ResourceId"_s, &FlowLogRecord::resourceId},
        {u"ResourceType"_s, &FlowLogRecord::resourceType}, {u"TrafficType"_s, &FlowLogRecord::trafficType},
        {u"ProjectName"_s, &FlowLogRecord::projectName}, {u"LogStoreName"_s, &FlowLogRecord::logStoreName},
        {u"ResourceGroupId"_s, &FlowLogRecord::resourceGroupId}, {u"Status"_s, nullptr}};
    Filters filters;
    filters.vpcId = call.value(u"VpcId"_s);
    for (const auto &[name, field] : parameters) {
        const QString wanted = call.value(name);
        if (!wanted.isEmpty())
            filters.fields.append({field, wanted});
    }
    filters.tags = requestedTagFilters(call);
    return filters;
}

// Tags.N.Key with its Tags.N.Value, if sent (plural on DescribeFlowLogs, Tag.N on CreateFlowLog).
// An entry without a key filters nothing.
QList<FlowLogService::TagFilter> FlowLogService::requestedTagFilters(const AuthenticatedCall &call)
{
    QMap<int, TagFilter> byIndex;
    for (const auto &[name, value] : call.parameters) {
        if (const int key = repeatIndex(name, u"Tags.", u".Key"))
            byIndex[key].key = value;
        else if (const int tag = repeatIndex(name, u"Tags.", u".Value"))
            byIndex[tag].value = value;
    }
    QList<TagFilter> tags;
    for (const TagFilter &tag : std::as_const(byIndex)) {
        if (!tag.key.isEmpty())
            tags.append(tag);
    }
    return tags;
}

// What the emulator knows of the resource's VPC: the inventory's, else what was recorded at creation.
QString FlowLogService::vpcOf(const FlowLogRecord &record) const
{
    if (record.resourceType == u"VPC"_s)
        return record.resourceId;
    QString regionId;
    QString vpcId;
    if (m_inventory && m_inventory->locate(record.resourceType, record.resourceId, &regionId, &vpcId))
        return vpcId;
    return record.vpcId;
}

bool FlowLogService::matchesFilters(const FlowLogRecord &record, const Filters &filters, qint64 nowMs) const
{
    if (!filters.vpcId.isEmpty() && vpcOf(record) != filters.vpcId)
        return false;
    const bool fieldsMatch = std::all_of(filters.fields.cbegin(), filters.fields.cend(), [&record, nowMs](const Filter &filter) {
        return (filter.field ? record.*filter.field : record.statusAt(nowMs)) == filter.wanted;
    });
    return fieldsMatch && std::all_of(filters.tags.cbegin(), filters.tags.cend(), [&record](const TagFilter &wanted) {
        return hasTag(record, wanted);
    });
}

bool FlowLogService::hasTag(const FlowLogRecord &record, const TagFilter &wanted)
{
    return std::any_of(record.tags.cbegin(), record.tags.cend(), [&wanted](const FlowLogTag &tag) {
        return tag.key == wanted.key && (!wanted.value || tag.value == *wanted.value);
    });
}
