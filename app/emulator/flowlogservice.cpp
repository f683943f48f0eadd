#include "emulator/flowlogservice.h"

#include "core/config/endpoints.h"
#include "core/config/regioncatalog.h"
#include "core/request/advancedrules.h"
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
const QString tagAction = u"TagResources"_s;
const QString untagAction = u"UnTagResources"_s; // the VPC API's spelling (the SDK's action string)
const QString moveAction = u"MoveResourceGroup"_s;

// The documented default and maximum of DescribeFlowLogs' PageSize.
constexpr int defaultFlowLogPageSize = 20;
// TagResources and UnTagResources take up to 50 resource IDs and 20 tags or keys (documented).
constexpr int maxTaggedResources = 50;

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

// A global VPC code of the public documentation, with its message.
EmulatorError exceedPurchaseLimit()
{
    return {400, u"OperationFailed.ExceedPurchaseLimit"_s, u"You have reached the limit of purchase quantity."_s};
}

// Terraform retries exactly this code on a flow log that is still on its way; the message is ours.
EmulatorError incorrectStatus(const QString &status)
{
    return {400, u"IncorrectStatus.flowlog"_s,
        u"The status of the flow log is incorrect: it is %1. Try again when it is Active or Inactive."_s.arg(status)};
}

// The public documents say a Log Service flow log cannot be managed from VPC, not how the refusal
// reads: the code and the message are ours.
EmulatorError managedByLogService()
{
    return {400, u"OperationUnsupported.ServiceType"_s,
        u"The flow log was created from Log Service (ServiceType sls) and is managed there: it cannot be started, "
        u"stopped, modified or deleted from VPC."_s};
}

// The RPC answer of the tag and resource-group actions: RequestId alone.
FlowLogService::Outcome bare(bool changed)
{
    return {{}, std::nullopt, changed};
}

// The values of <prefix>1 … <prefix>N (ResourceId.N, TagKey.N), in index order.
QStringList repeatedValues(const AuthenticatedCall &call, QStringView prefix)
{
    QMap<int, QString> byIndex;
    for (const auto &[name, value] : call.parameters) {
        if (const int index = repeatIndex(name, prefix, u""))
            byIndex.insert(index, value);
    }
    return byIndex.values();
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
        modifyAction, regionsAction, tagAction, untagAction, moveAction};
    return actions.contains(action);
}

FlowLogService::Outcome FlowLogService::execute(const AuthenticatedCall &call, qint64 nowMs)
{
    // Deleting flow logs whose moment has come leave the store (and the state file) first.
    const bool removed = m_store->removeGone(nowMs);
    Outcome outcome = dispatch(call, nowMs);
    outcome.changed = outcome.changed || removed;
    return outcome;
}

FlowLogService::Outcome FlowLogService::dispatch(const AuthenticatedCall &call, qint64 nowMs)
{
    if (call.action == createAction)
        return createFlowLog(call, nowMs);
    if (call.action == describeAction)
        return describeFlowLogs(call, nowMs);
    if (call.action == deleteAction)
        return deleteFlowLog(call, nowMs);
    if (call.action == activeAction)
        return activeFlowLog(call, nowMs);
    if (call.action == deactiveAction)
        return deactiveFlowLog(call, nowMs);
    if (call.action == modifyAction)
        return modifyFlowLogAttribute(call, nowMs);
    if (call.action == regionsAction)
        return describeRegions(call);
    if (call.action == tagAction)
        return tagResources(call, nowMs);
    if (call.action == untagAction)
        return untagResources(call, nowMs);
    if (call.action == moveAction)
        return moveResourceGroup(call, nowMs);
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
    if (auto error = checkQuota(nowMs))
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
    record.settlesAtMs = nowMs + m_activationDelayMs;
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

// Last of the checks (our choice): a malformed request is told what is wrong with it first. The
// emulator has one account, so every stored flow log is the account's: all regions, made from Log
// Service or not, Deleting ones until they are gone.
std::optional<EmulatorError> FlowLogService::checkQuota(qint64 nowMs) const
{
    if (m_flowLogQuota > 0 && m_store->countAt(nowMs) >= m_flowLogQuota)
        return exceedPurchaseLimit();
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
    const auto pageSize = pageParameter(call, u"PageSize"_s, defaultFlowLogPageSize, maxPageSize, &error);
    if (error)
        return failure(*error);

    // One pass, no copies: only the requested page is turned into JSON, however many match.
    const Filters filters = requestedFilters(call);
    const qint64 first = qint64(*pageNumber - 1) * *pageSize;
    qint64 total = 0;
    QJsonArray page;
    m_store->forEach([&](const FlowLogRecord &record) {
        if (record.goneAt(nowMs) || !matchesFilters(record, filters, nowMs))
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

// Starting, stopping, modifying or deleting a flow log: refused for one made from Log Service and
// for one still on its way (Activating, Deactivating, Deleting). The record, or nullptr with *error.
FlowLogRecord *FlowLogService::findManageable(const AuthenticatedCall &call, qint64 nowMs,
    std::optional<EmulatorError> *error)
{
    FlowLogRecord *record = findFlowLog(call, nowMs, error);
    if (!record)
        return nullptr;
    if (record->managedByLogService()) {
        *error = managedByLogService();
        return nullptr;
    }
    const QString status = record->statusAt(nowMs);
    if (FlowLogRecord::isTransient(status)) {
        *error = incorrectStatus(status);
        return nullptr;
    }
    return record;
}

// Deleting, then gone once the delay has passed (at once without a delay).
FlowLogService::Outcome FlowLogService::deleteFlowLog(const AuthenticatedCall &call, qint64 nowMs)
{
    std::optional<EmulatorError> error;
    const FlowLogRecord *record = findManageable(call, nowMs, &error);
    if (!record)
        return failure(*error);
    if (m_activationDelayMs <= 0)
        m_store->remove(record->flowLogId);
    else
        m_store->markDeleting(record->flowLogId, nowMs + m_activationDelayMs);
    return success({}, true);
}

// Activating, then Active. Idempotent, like the console: starting an active flow log changes nothing.
FlowLogService::Outcome FlowLogService::activeFlowLog(const AuthenticatedCall &call, qint64 nowMs)
{
    std::optional<EmulatorError> error;
    FlowLogRecord *record = findManageable(call, nowMs, &error);
    if (!record)
        return failure(*error);
    if (record->statusAt(nowMs) != u"Inactive"_s)
        return success();
    record->status = u"Activating"_s;
    record->settlesAtMs = nowMs + m_activationDelayMs;
    return success({}, true);
}

// Deactivating, then Inactive. Stopping an inactive flow log changes nothing.
FlowLogService::Outcome FlowLogService::deactiveFlowLog(const AuthenticatedCall &call, qint64 nowMs)
{
    std::optional<EmulatorError> error;
    FlowLogRecord *record = findManageable(call, nowMs, &error);
    if (!record)
        return failure(*error);
    if (record->statusAt(nowMs) == u"Inactive"_s)
        return success();
    record->status = u"Deactivating"_s;
    record->settlesAtMs = nowMs + m_activationDelayMs;
    return success({}, true);
}

FlowLogService::Outcome FlowLogService::modifyFlowLogAttribute(const AuthenticatedCall &call, qint64 nowMs)
{
    std::optional<EmulatorError> error;
    FlowLogRecord *record = findManageable(call, nowMs, &error);
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

// RegionId and ResourceType FLOWLOG (the API takes any case); the emulator tags flow logs only.
std::optional<EmulatorError> FlowLogService::checkTaggedType(const AuthenticatedCall &call)
{
    if (auto error = checkRegion(call))
        return error;
    const QString type = call.value(u"ResourceType"_s);
    if (type.isEmpty())
        return EmulatorError::missingParameter(u"ResourceType"_s);
    if (type.compare(u"FLOWLOG"_s, Qt::CaseInsensitive) != 0) {
        return EmulatorError::invalidParameter(u"ResourceType"_s,
            u"The emulator manages the tags and resource groups of flow logs only: use FLOWLOG."_s);
    }
    return std::nullopt;
}

// Every named flow log of the region, or an error naming the first that is not there.
QList<FlowLogRecord *> FlowLogService::findFlowLogs(const AuthenticatedCall &call, const QStringList &ids,
    qint64 nowMs, std::optional<EmulatorError> *error)
{
    QList<FlowLogRecord *> records;
    for (const QString &id : ids) {
        FlowLogRecord *record = m_store->find(id);
        if (!record || record->regionId != call.value(u"RegionId"_s) || record->goneAt(nowMs)) {
            *error = notFound();
            return {};
        }
        if (!records.contains(record))
            records.append(record);
    }
    return records;
}

// Tag.N.Key / Tag.N.Value onto every ResourceId.N: a key the flow log has gets the new value.
FlowLogService::Outcome FlowLogService::tagResources(const AuthenticatedCall &call, qint64 nowMs)
{
    if (auto error = checkTaggedType(call))
        return failure(*error);
    const QStringList ids = repeatedValues(call, u"ResourceId.");
    if (ids.isEmpty())
        return failure(EmulatorError::missingParameter(u"ResourceId.1"_s));
    if (ids.size() > maxTaggedResources)
        return failure(EmulatorError::invalidParameter(u"ResourceId"_s, u"At most 50 resource IDs."_s));
    QMap<int, FlowLogTag> byIndex;
    for (const auto &[name, value] : call.parameters) {
        if (const int key = repeatIndex(name, u"Tag.", u".Key"))
            byIndex[key].key = value;
        else if (const int tag = repeatIndex(name, u"Tag.", u".Value"))
            byIndex[tag].value = value;
    }
    const FlowLogTags tags = byIndex.values();
    if (tags.isEmpty())
        return failure(EmulatorError::missingParameter(u"Tag.1.Key"_s));
    ValidationFindings findings;
    AdvancedRules::checkTags(tags, findings);
    if (auto error = firstError(findings))
        return failure(*error);

    std::optional<EmulatorError> error;
    const QList<FlowLogRecord *> records = findFlowLogs(call, ids, nowMs, &error);
    if (error)
        return failure(*error);
    // All or nothing: the limit is checked for every flow log before any is changed.
    QList<FlowLogTags> merged;
    for (const FlowLogRecord *record : records) {
        FlowLogTags result = record->tags;
        for (const FlowLogTag &tag : tags) {
            const auto same = std::find_if(result.begin(), result.end(),
                [&tag](const FlowLogTag &existing) { return existing.key == tag.key; });
            if (same != result.end())
                same->value = tag.value;
            else
                result.append(tag);
        }
        if (result.size() > AdvancedRules::maxTags) {
            return failure({400, u"QuotaExceeded.TagNum"_s,
                u"The flow log %1 would have %2 tags: a resource has at most %3."_s.arg(
                    record->flowLogId, QString::number(result.size()), QString::number(AdvancedRules::maxTags))});
        }
        merged.append(result);
    }
    for (qsizetype i = 0; i < records.size(); ++i)
        records[i]->tags = merged.at(i);
    return bare(true);
}

// TagKey.N off every ResourceId.N (a key it does not have is no error), or every tag with All=true.
FlowLogService::Outcome FlowLogService::untagResources(const AuthenticatedCall &call, qint64 nowMs)
{
    if (auto error = checkTaggedType(call))
        return failure(*error);
    const QStringList ids = repeatedValues(call, u"ResourceId.");
    if (ids.isEmpty())
        return failure(EmulatorError::missingParameter(u"ResourceId.1"_s));
    if (ids.size() > maxTaggedResources)
        return failure(EmulatorError::invalidParameter(u"ResourceId"_s, u"At most 50 resource IDs."_s));
    const QString all = call.value(u"All"_s);
    if (!all.isEmpty() && all != u"true"_s && all != u"false"_s)
        return failure(EmulatorError::invalidParameter(u"All"_s, u"It must be true or false."_s));
    const QStringList keys = repeatedValues(call, u"TagKey.");
    if (keys.size() > AdvancedRules::maxTags)
        return failure(EmulatorError::invalidParameter(u"TagKey"_s, u"At most 20 tag keys."_s));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).isEmpty())
            continue; // documented: a key to unbind may be empty
        ValidationFindings findings;
        AdvancedRules::checkTags({{keys.at(i), QString()}}, findings);
        for (const ValidationFinding &finding : std::as_const(findings)) {
            if (finding.severity == Severity::Error)
                return failure(EmulatorError::invalidParameter(u"TagKey.%1"_s.arg(i + 1), finding.message()));
        }
    }

    std::optional<EmulatorError> error;
    const QList<FlowLogRecord *> records = findFlowLogs(call, ids, nowMs, &error);
    if (error)
        return failure(*error);
    bool changed = false;
    for (FlowLogRecord *record : records) {
        const qsizetype removed = record->tags.removeIf(
            [&](const FlowLogTag &tag) { return all == u"true"_s || keys.contains(tag.key); });
        changed = changed || removed > 0;
    }
    return bare(changed);
}

// One flow log into another resource group. The group is stored as sent, as CreateFlowLog stores
// ResourceGroupId (the emulator keeps no list of resource groups).
FlowLogService::Outcome FlowLogService::moveResourceGroup(const AuthenticatedCall &call, qint64 nowMs)
{
    if (auto error = checkTaggedType(call))
        return failure(*error);
    const QString id = call.value(u"ResourceId"_s);
    if (id.isEmpty())
        return failure(EmulatorError::missingParameter(u"ResourceId"_s));
    const QString group = call.value(u"NewResourceGroupId"_s);
    if (group.isEmpty())
        return failure(EmulatorError::missingParameter(u"NewResourceGroupId"_s));
    std::optional<EmulatorError> error;
    const QList<FlowLogRecord *> records = findFlowLogs(call, {id}, nowMs, &error);
    if (error)
        return failure(*error);
    const bool changed = records.first()->resourceGroupId != group;
    records.first()->resourceGroupId = group;
    return bare(changed);
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

EmulatorError FlowLogService::notFound()
{
    return {404, u"InvalidFlowLogId.NotFound"_s, u"The specified flow log does not exist."_s};
}

FlowLogRecord *FlowLogService::findFlowLog(const AuthenticatedCall &call, qint64 nowMs,
    std::optional<EmulatorError> *error)
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
    if (record && record->regionId == call.value(u"RegionId"_s) && !record->goneAt(nowMs))
        return record;
    *error = notFound();
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
