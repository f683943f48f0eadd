#include "core/manage/operationhistory.h"

#include "core/request/resourcetype.h"
#include "core/request/traffictype.h"

namespace {

// The listed flow log's fields, into the request fields that are still empty.
void fillFrom(FlowLogRequest &request, const FlowLogInfo &info)
{
    if (request.resourceId.isEmpty()) {
        if (const auto type = ResourceTypes::fromApiName(info.resourceType, Qt::CaseInsensitive))
            request.resourceType = *type;
        request.resourceId = info.resourceId;
        if (const auto traffic = TrafficTypes::fromApiName(info.trafficType))
            request.trafficType = *traffic;
    }
    if (request.regionId.isEmpty())
        request.regionId = info.regionId;
    if (request.projectName.isEmpty())
        request.projectName = info.projectName;
    if (request.logStoreName.isEmpty())
        request.logStoreName = info.logStoreName;
    if (request.flowLogName.isEmpty())
        request.flowLogName = info.flowLogName;
    if (request.description.isEmpty())
        request.description = info.description;
}

} // namespace

namespace OperationHistory {

HistoryEntry pending(const FlowLogOperationRequest &request, const std::optional<FlowLogInfo> &known,
    const QString &source, const QString &profile, const QString &endpoint, SignatureVersion signatureVersion)
{
    FlowLogRequest flowLog;
    flowLog.regionId = request.regionId;
    if (known)
        fillFrom(flowLog, *known);
    HistoryEntry entry = HistoryEntry::pending(flowLog, source, profile, endpoint, signatureVersion);
    entry.action = request.action;
    entry.flowLogId = request.flowLogId;
    if (known)
        entry.flowLogStatus = known->status;
    return entry;
}

void apply(HistoryEntry &entry, const FlowLogOperationResult &result)
{
    const QString flowLogId = entry.flowLogId;
    ApiResult call = result.call;
    call.flowLogId = flowLogId; // the calls on an existing flow log do not answer with its ID
    entry.applyResult(call);
    entry.flowLogId = flowLogId;
    entry.outcome = result.outcome;
    // Each status conflict waited out cost one more send.
    entry.attempts = result.call.attempts + result.conflictRetries;
    entry.durationMs = result.elapsedMs;
    // A deleted flow log has no status: the last one seen is kept unless it is gone.
    if (!result.status.isEmpty() || entry.action == FlowLogAction::Delete)
        entry.flowLogStatus = result.status;
    if (result.flowLog)
        fillFrom(entry.request, *result.flowLog);
}

} // namespace OperationHistory
