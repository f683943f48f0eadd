#include "core/manage/flowlogoperation.h"

#include "core/api/errorcatalog.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString vpcApiVersion = u"2016-04-28"_s;
// TagResources and UnTagResources document FLOWLOG (case-insensitive); MoveResourceGroup
// documents FlowLog.
const QString tagResourceType = u"FLOWLOG"_s;
const QString groupResourceType = u"FlowLog"_s;
const QString notFoundCode = u"InvalidFlowLogId.NotFound"_s;
// Status reads after ambiguous failures of one call before the outcome is left unknown.
constexpr int maxUnknownChecks = 3;

std::optional<FlowLogInfo> listedIn(const ApiResult &result, const QString &flowLogId)
{
    for (const FlowLogInfo &info : FlowLogInfo::listFromDescribeBody(result.body)) {
        if (info.flowLogId == flowLogId)
            return info;
    }
    return std::nullopt;
}

bool isStatus(const std::optional<FlowLogInfo> &info, const QString &status)
{
    return info && !status.isEmpty() && info->status.compare(status, Qt::CaseInsensitive) == 0;
}

} // namespace

bool FlowLogChange::isEmpty() const
{
    return attributes.isEmpty() && addTags.isEmpty() && removeTagKeys.isEmpty() && resourceGroupId.isEmpty();
}

FlowLogOperation::FlowLogOperation(ApiClient *client, const FlowLogOperationRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
{
    qRegisterMetaType<FlowLogOperationResult>();
    m_steps = stepsFor();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::BackingOff)
            send();
        else if (m_phase == Phase::Waiting)
            poll();
    });
}

FlowLogOperation::~FlowLogOperation()
{
    if (m_handle) {
        m_handle->disconnect(this);
        m_handle->cancel();
    }
}

bool FlowLogOperation::isStatusConflict(const QString &code)
{
    static const QStringList codes = {u"IncorrectStatus.flowlog"_s, u"IncorrectStatus"_s, u"InvalidStatus"_s,
        u"TaskConflict"_s, u"LastTokenProcessing"_s, u"OperationFailed.LastTokenProcessing"_s,
        u"OperationConflict"_s};
    return codes.contains(code);
}

bool FlowLogOperation::meansGone(const QString &code)
{
    static const QStringList codes = {notFoundCode, u"Instance.IsNotAvailable"_s, u"Instance.IsNotPostPay"_s};
    return codes.contains(code);
}

void FlowLogOperation::setWaitTimeout(int milliseconds)
{
    m_waitTimeoutMs = std::max(0, milliseconds);
}

int FlowLogOperation::waitTimeout() const
{
    return m_waitTimeoutMs;
}

void FlowLogOperation::setPollInterval(int initialMilliseconds, int maxMilliseconds)
{
    m_pollInitialMs = std::max(1, initialMilliseconds);
    m_pollMaxMs = std::max(m_pollInitialMs, maxMilliseconds);
    m_pollNextMs = m_pollInitialMs;
}

void FlowLogOperation::setConflictBudget(int milliseconds)
{
    m_conflictBudgetMs = std::max(0, milliseconds);
}

int FlowLogOperation::conflictBudget() const
{
    return m_conflictBudgetMs;
}

void FlowLogOperation::setConflictBackoff(int initialMilliseconds, int maxMilliseconds)
{
    m_conflictInitialMs = std::max(1, initialMilliseconds);
    m_conflictMaxMs = std::max(m_conflictInitialMs, maxMilliseconds);
    m_conflictNextMs = m_conflictInitialMs;
}

void FlowLogOperation::start()
{
    if (m_started || m_phase != Phase::Idle)
        return;
    m_started = true;
    m_elapsed.start();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_phase == Phase::Idle)
                begin();
        },
        Qt::QueuedConnection);
}

void FlowLogOperation::cancel()
{
    if (m_phase == Phase::Done)
        return;
    if (m_phase == Phase::Sending && m_handle) {
        // The call itself tells whether its request left: finished() follows from onStepFinished().
        m_cancelling = true;
        m_handle->cancel();
        return;
    }
    m_timer.stop();
    if (m_handle) {
        m_handle->disconnect(this);
        m_handle->cancel();
        m_handle = nullptr;
    }
    if (m_mayHaveActed)
        finish(Outcome::Unknown, m_lastCall);
    else
        finish(Outcome::Cancelled, cancelledResult());
}

QList<FlowLogOperation::Step> FlowLogOperation::stepsFor() const
{
    const QString &regionId = m_request.regionId;
    const QString &flowLogId = m_request.flowLogId;
    QList<Step> steps;
    switch (m_request.action) {
    case FlowLogAction::Create:
        return steps;
    case FlowLogAction::Start:
    case FlowLogAction::Stop:
    case FlowLogAction::Delete:
        steps.append({ApiCall {FlowLogActions::apiAction(m_request.action), vpcApiVersion,
                          {{u"RegionId"_s, regionId}, {u"FlowLogId"_s, flowLogId}}},
            Step::Kind::Action});
        return steps;
    case FlowLogAction::Modify:
        break;
    }
    const FlowLogChange &change = m_request.change;
    if (!change.attributes.isEmpty())
        steps.append({change.attributes.toApiCall(regionId, flowLogId), Step::Kind::Attributes});
    // Removed before added: a key both removed and added ends with its new value.
    if (!change.removeTagKeys.isEmpty()) {
        ApiCall untag {u"UnTagResources"_s, vpcApiVersion,
            {{u"RegionId"_s, regionId}, {u"ResourceType"_s, tagResourceType}, {u"ResourceId.1"_s, flowLogId}}};
        for (qsizetype i = 0; i < change.removeTagKeys.size(); ++i)
            untag.parameters.append({u"TagKey.%1"_s.arg(i + 1), change.removeTagKeys.at(i)});
        steps.append({untag, Step::Kind::RemoveTags});
    }
    if (!change.addTags.isEmpty()) {
        ApiCall tag {u"TagResources"_s, vpcApiVersion,
            {{u"RegionId"_s, regionId}, {u"ResourceType"_s, tagResourceType}, {u"ResourceId.1"_s, flowLogId}}};
        for (qsizetype i = 0; i < change.addTags.size(); ++i) {
            tag.parameters.append({u"Tag.%1.Key"_s.arg(i + 1), change.addTags.at(i).key});
            tag.parameters.append({u"Tag.%1.Value"_s.arg(i + 1), change.addTags.at(i).value});
        }
        steps.append({tag, Step::Kind::AddTags});
    }
    if (!change.resourceGroupId.isEmpty()) {
        steps.append({ApiCall {u"MoveResourceGroup"_s, vpcApiVersion,
                          {{u"RegionId"_s, regionId}, {u"ResourceType"_s, groupResourceType},
                              {u"ResourceId"_s, flowLogId}, {u"NewResourceGroupId"_s, change.resourceGroupId}}},
            Step::Kind::ResourceGroup});
    }
    return steps;
}

void FlowLogOperation::begin()
{
    if (m_request.action == FlowLogAction::Create) {
        ApiResult refused;
        refused.outcome = Outcome::Failed;
        refused.message = QCoreApplication::translate("FlowLogOperation",
            "A flow log is created with CreateFlowLog, not as an operation on an existing one.");
        finish(Outcome::Failed, refused);
        return;
    }
    if (m_steps.isEmpty()) {
        // Modify with nothing to change: only whether the flow log is there.
        describe(Phase::CheckingExists);
        return;
    }
    scheduleSend(0);
}

void FlowLogOperation::scheduleSend(int delayMs)
{
    ++m_attempt;
    Q_EMIT sending(m_attempt, delayMs);
    if (delayMs > 0) {
        m_phase = Phase::BackingOff;
        m_timer.start(delayMs);
        return;
    }
    send();
}

// Not idempotent for the client: after an ambiguous failure it reports Unknown, and this class reads
// the status before anything is sent again.
void FlowLogOperation::send()
{
    m_phase = Phase::Sending;
    ApiCallHandle *handle = m_client->call(m_steps.at(m_stepIndex).call, false);
    m_handle = handle;
    connect(handle, &ApiCallHandle::finished, this, &FlowLogOperation::onStepFinished);
}

void FlowLogOperation::onStepFinished(const ApiResult &result)
{
    m_handle = nullptr;
    if (m_cancelling) {
        if (result.outcome == Outcome::Succeeded || result.outcome == Outcome::Unknown)
            m_mayHaveActed = true;
        finish(m_mayHaveActed ? Outcome::Unknown : Outcome::Cancelled, result);
        return;
    }
    m_lastCall = result;
    switch (result.outcome) {
    case Outcome::Succeeded:
        m_mayHaveActed = true;
        stepDone();
        return;
    case Outcome::Unknown:
        m_mayHaveActed = true;
        if (++m_unknownChecks > maxUnknownChecks) {
            finish(Outcome::Unknown, result);
            return;
        }
        Q_EMIT checkingStatus();
        describe(Phase::CheckingAfterUnknown);
        return;
    case Outcome::Cancelled:
    case Outcome::Queued: // not an outcome of a call
        finish(m_mayHaveActed ? Outcome::Unknown : Outcome::Cancelled, result);
        return;
    case Outcome::Failed:
        break;
    }
    if (m_request.action == FlowLogAction::Delete && meansGone(result.code)) {
        m_result.alreadyDone = !m_mayHaveActed;
        see(std::nullopt);
        finish(Outcome::Succeeded, result);
        return;
    }
    if (isStatusConflict(result.code)) {
        m_lastConflict = result;
        if (!m_conflictClock.isValid())
            m_conflictClock.start();
        // Already where it was asked to go (the service may refuse to start an active flow log)?
        describe(Phase::CheckingAfterConflict);
        return;
    }
    finish(Outcome::Failed, result);
}

void FlowLogOperation::stepDone()
{
    m_conflictClock.invalidate();
    m_conflictNextMs = m_conflictInitialMs;
    m_unknownChecks = 0;
    if (++m_stepIndex < m_steps.size()) {
        scheduleSend(0);
        return;
    }
    if (m_request.action == FlowLogAction::Modify || !m_request.wait) {
        // Accepted and not followed: the status seen before the send no longer holds; the
        // service shows the flow log on its way (Activating, Deactivating, Deleting).
        if (m_request.action != FlowLogAction::Modify)
            m_result.status = FlowLogActions::transientStatus(m_request.action);
        finish(Outcome::Succeeded, m_lastCall);
        return;
    }
    startWaiting();
}

void FlowLogOperation::startWaiting()
{
    m_waitDeadline = QDeadlineTimer(m_waitTimeoutMs);
    m_pollNextMs = m_pollInitialMs;
    poll();
}

void FlowLogOperation::poll()
{
    describe(Phase::Waiting);
}

void FlowLogOperation::describe(Phase phase)
{
    m_phase = phase;
    FlowLogFilter filter;
    filter.regionId = m_request.regionId;
    filter.flowLogId = m_request.flowLogId;
    ApiCallHandle *handle = m_client->describeFlowLogs(filter);
    m_handle = handle;
    connect(handle, &ApiCallHandle::finished, this, &FlowLogOperation::onDescribed);
}

void FlowLogOperation::onDescribed(const ApiResult &result)
{
    m_handle = nullptr;
    std::optional<FlowLogInfo> info;
    if (result.ok()) {
        info = listedIn(result, m_request.flowLogId);
        see(info);
    }
    switch (m_phase) {
    case Phase::CheckingAfterUnknown:
        afterUnknownCheck(result, info);
        return;
    case Phase::CheckingAfterConflict:
        afterConflictCheck(result, info);
        return;
    case Phase::CheckingExists:
        afterExistsCheck(result, info);
        return;
    case Phase::Waiting:
        afterPoll(result, info);
        return;
    case Phase::Idle:
    case Phase::Sending:
    case Phase::BackingOff:
    case Phase::Done:
        return;
    }
}

void FlowLogOperation::afterUnknownCheck(const ApiResult &check, const std::optional<FlowLogInfo> &info)
{
    if (!check.ok()) {
        finish(Outcome::Unknown, m_lastCall); // still cannot tell
        return;
    }
    if (!info && m_request.action != FlowLogAction::Delete) {
        finish(Outcome::Failed, notFoundResult(check));
        return;
    }
    if (stepInEffect(m_steps.at(m_stepIndex), info)) {
        stepDone();
        return;
    }
    scheduleSend(0);
}

void FlowLogOperation::afterConflictCheck(const ApiResult &check, const std::optional<FlowLogInfo> &info)
{
    if (check.ok()) {
        if (!info && m_request.action != FlowLogAction::Delete) {
            finish(Outcome::Failed, notFoundResult(check));
            return;
        }
        if (stepInEffect(m_steps.at(m_stepIndex), info)) {
            if (!m_mayHaveActed) {
                m_result.alreadyDone = true;
                m_lastCall = check;
            }
            stepDone();
            return;
        }
    }
    const qint64 remaining = m_conflictBudgetMs - m_conflictClock.elapsed();
    if (remaining <= 0) {
        finish(Outcome::Failed, m_lastConflict);
        return;
    }
    const int waitMs = int(std::min<qint64>(m_conflictNextMs, remaining));
    m_conflictNextMs = std::min(m_conflictNextMs * 2, m_conflictMaxMs);
    ++m_result.conflictRetries;
    Q_EMIT conflictWaiting(m_lastConflict.code, waitMs);
    scheduleSend(waitMs);
}

void FlowLogOperation::afterExistsCheck(const ApiResult &check, const std::optional<FlowLogInfo> &info)
{
    if (!check.ok()) {
        finish(Outcome::Failed, check);
        return;
    }
    if (!info) {
        finish(Outcome::Failed, notFoundResult(check));
        return;
    }
    m_result.alreadyDone = true;
    finish(Outcome::Succeeded, check);
}

void FlowLogOperation::afterPoll(const ApiResult &check, const std::optional<FlowLogInfo> &info)
{
    if (check.ok()) {
        if (atRest(info)) {
            finish(Outcome::Succeeded, m_lastCall);
            return;
        }
        if (!info) {
            finish(Outcome::Failed, notFoundResult(check)); // deleted while being started or stopped
            return;
        }
    }
    if (m_waitDeadline.hasExpired()) {
        m_result.timedOut = true;
        finish(Outcome::Unknown, m_lastCall);
        return;
    }
    const int delayMs = int(std::min<qint64>(m_pollNextMs, std::max<qint64>(1, m_waitDeadline.remainingTime())));
    m_pollNextMs = std::min(m_pollNextMs + m_pollNextMs / 2, m_pollMaxMs);
    m_phase = Phase::Waiting;
    m_timer.start(delayMs);
}

// Whether the call of step has taken effect, as listed: for Start, Stop and Delete the flow log is in,
// or on its way to, the state asked for.
bool FlowLogOperation::stepInEffect(const Step &step, const std::optional<FlowLogInfo> &info) const
{
    const FlowLogChange &change = m_request.change;
    switch (step.kind) {
    case Step::Kind::Action:
        if (m_request.action == FlowLogAction::Delete)
            return !info || isStatus(info, FlowLogActions::transientStatus(FlowLogAction::Delete));
        return isStatus(info, FlowLogActions::targetStatus(m_request.action))
            || isStatus(info, FlowLogActions::transientStatus(m_request.action));
    case Step::Kind::Attributes: {
        if (!info)
            return false;
        const FlowLogAttributes &wanted = change.attributes;
        return (wanted.flowLogName.isEmpty() || wanted.flowLogName == info->flowLogName)
            && (wanted.description.isEmpty() || wanted.description == info->description)
            && (wanted.aggregationInterval <= 0 || wanted.aggregationInterval == info->aggregationInterval)
            && (wanted.ipVersion.isEmpty() || wanted.ipVersion.compare(info->ipVersion, Qt::CaseInsensitive) == 0);
    }
    case Step::Kind::AddTags:
        return info && std::all_of(change.addTags.begin(), change.addTags.end(), [&info](const FlowLogTag &tag) {
            return info->tags.contains(tag);
        });
    case Step::Kind::RemoveTags:
        return info && std::none_of(info->tags.begin(), info->tags.end(), [&change](const FlowLogTag &tag) {
            return change.removeTagKeys.contains(tag.key);
        });
    case Step::Kind::ResourceGroup:
        return info && info->resourceGroupId == change.resourceGroupId;
    }
    return false;
}

bool FlowLogOperation::atRest(const std::optional<FlowLogInfo> &info) const
{
    if (m_request.action == FlowLogAction::Delete)
        return !info;
    return isStatus(info, FlowLogActions::targetStatus(m_request.action));
}

void FlowLogOperation::see(const std::optional<FlowLogInfo> &info)
{
    m_result.flowLog = info;
    const QString status = info ? info->status : QString();
    if (m_statusSeen && status == m_result.status)
        return;
    m_statusSeen = true;
    m_result.status = status;
    Q_EMIT statusSeen(status);
}

// The listing answered and does not have the flow log: as the action itself would have answered.
ApiResult FlowLogOperation::notFoundResult(const ApiResult &check) const
{
    ApiResult result = check;
    result.outcome = Outcome::Failed;
    result.code = notFoundCode;
    result.message.clear();
    result.body = {};
    return result;
}

ApiResult FlowLogOperation::cancelledResult() const
{
    ApiResult result;
    result.outcome = Outcome::Cancelled;
    result.code = QString::fromLatin1(ErrorCatalog::cancelledCode);
    return result;
}

void FlowLogOperation::finish(Outcome outcome, const ApiResult &call)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    m_result.outcome = outcome;
    m_result.call = call;
    m_result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    Q_EMIT finished(m_result);
}
