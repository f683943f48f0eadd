#include "core/history/statuspoller.h"

#include "core/api/errorcatalog.h"
#include "core/api/flowloginfo.h"
#include "core/history/historylookup.h"
#include "core/history/historystore.h"

using namespace Qt::StringLiterals;

StatusPoller::StatusPoller(HistoryStore *store, Describe describe, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_describe(std::move(describe))
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::poll);
    connect(m_store, &HistoryStore::entryAdded, this, &StatusPoller::onEntryRecorded);
    connect(m_store, &HistoryStore::entryUpdated, this, &StatusPoller::onEntryRecorded);
}

void StatusPoller::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

int StatusPoller::interval() const
{
    return m_timer.interval();
}

void StatusPoller::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

int StatusPoller::timeout() const
{
    return m_timeoutMs;
}

void StatusPoller::setAutoTrack(bool enabled)
{
    m_autoTrack = enabled;
}

bool StatusPoller::autoTrack() const
{
    return m_autoTrack;
}

void StatusPoller::track(qint64 id)
{
    if (m_tracked.contains(id))
        return;
    m_tracked.insert(id, {QDeadlineTimer(m_timeoutMs), false, {}});
    if (!m_timer.isActive())
        m_timer.start();
    ask(id);
}

void StatusPoller::checkNow(qint64 id, const QString &profileId)
{
    std::optional<HistoryEntry> entry = m_store->entry(id);
    if (!entry) {
        Q_EMIT checkFailed(id, tr("This entry is no longer in the history."));
        return;
    }
    m_askedNow.insert(id);
    if (m_tracked.contains(id)) {
        ask(id, profileId);
        return;
    }
    if (m_inFlightOnce.contains(id))
        return; // its answer is reported
    m_inFlightOnce.insert(id);
    if (!profileId.isEmpty())
        entry->profile = profileId;
    m_describe(*entry, this, [this, id](const ApiResult &result) {
        m_inFlightOnce.remove(id);
        onAnswer(id, result);
    });
}

bool StatusPoller::isTracking(qint64 id) const
{
    return m_tracked.contains(id);
}

bool StatusPoller::isFinal(const QString &status)
{
    return !status.isEmpty() && status.compare(u"Activating"_s, Qt::CaseInsensitive) != 0;
}

std::optional<QString> StatusPoller::statusIn(const ApiResult &result, const QString &flowLogId)
{
    if (!result.ok())
        return std::nullopt;
    for (const FlowLogInfo &info : FlowLogInfo::listFromDescribeBody(result.body)) {
        if (info.flowLogId == flowLogId)
            return info.status;
    }
    return std::nullopt;
}

// A create the app just recorded: follow it until it is active. A start, stop or delete is followed
// by its own operation (FlowLogOperation), and a deleted flow log would never be found.
void StatusPoller::onEntryRecorded(const HistoryEntry &entry)
{
    // A batch's flow logs are not followed one by one: hundreds of status calls would compete with
    // the batch for the account's rate limit. The Flow logs tab lists their status.
    if (m_autoTrack && entry.action == FlowLogAction::Create && entry.outcome == Outcome::Succeeded
        && entry.batchId.isEmpty() && !entry.flowLogId.isEmpty()
        && !isFinal(entry.flowLogStatus) && !m_gaveUp.contains(entry.id))
        track(entry.id);
}

void StatusPoller::poll()
{
    const QList<qint64> ids = m_tracked.keys();
    for (qint64 id : ids) {
        const Tracked &tracked = m_tracked.value(id);
        if (tracked.deadline.hasExpired())
            giveUp(id);
        else if (!tracked.inFlight)
            ask(id);
    }
    if (m_tracked.isEmpty())
        m_timer.stop();
}

void StatusPoller::ask(qint64 id, const QString &profileId)
{
    std::optional<HistoryEntry> entry = m_store->entry(id);
    if (!entry) {
        m_tracked.remove(id);
        return;
    }
    if (!profileId.isEmpty())
        entry->profile = profileId;
    m_tracked[id].inFlight = true;
    m_describe(*entry, this, [this, id](const ApiResult &result) {
        if (m_tracked.contains(id))
            m_tracked[id].inFlight = false;
        onAnswer(id, result);
    });
}

void StatusPoller::onAnswer(qint64 id, const ApiResult &result)
{
    const bool asked = m_askedNow.remove(id) > 0; // checkNow() calls always get an answer
    const std::optional<HistoryEntry> entry = m_store->entry(id);
    if (!entry) {
        if (asked)
            Q_EMIT checkFailed(id, tr("This entry is no longer in the history."));
        return;
    }
    const std::optional<QString> status = statusIn(result, entry->flowLogId);
    if (!status) {
        reportProblem(id, *entry, result, asked);
        return;
    }
    const bool changed = *status != entry->flowLogStatus;
    if (changed)
        record(id, *status);
    if (asked)
        Q_EMIT checkAnswered(id, *status, changed);
    if (isFinal(*status) && m_tracked.remove(id) > 0)
        Q_EMIT trackingFinished(id, *status);
}

void StatusPoller::reportProblem(qint64 id, const HistoryEntry &entry, const ApiResult &result, bool asked)
{
    const QString problem = problemOf(entry, result);
    if (m_tracked.contains(id))
        m_tracked[id].lastProblem = problem; // may still appear: reported at the timeout
    if (asked && result.code == HistoryLookup::NoCredentialsCode)
        Q_EMIT checkNeedsProfile(id, result.message);
    else if (asked || !m_tracked.contains(id))
        Q_EMIT checkFailed(id, problem);
}

// Rewrites the full entry: an update replaces every column, the request and response texts too.
void StatusPoller::record(qint64 id, const QString &status)
{
    std::optional<HistoryEntry> entry = m_store->entry(id);
    if (!entry)
        return;
    entry->flowLogStatus = status;
    if (m_store->update(*entry))
        Q_EMIT statusChanged(id, status);
}

// Explained in the operator's language: what the code means (ErrorCatalog), not only the code.
QString StatusPoller::problemOf(const HistoryEntry &entry, const ApiResult &result) const
{
    if (result.ok())
        return tr("DescribeFlowLogs does not list %1 in %2: it may have been deleted.")
            .arg(entry.flowLogId, entry.request.regionId);
    if (result.code.isEmpty() || result.code == HistoryLookup::NoCredentialsCode)
        return tr("The status of %1 could not be checked: %2").arg(entry.flowLogId, result.message);
    const ErrorExplanation explained = ErrorCatalog::explain(result.code, result.message, result.recommend);
    QString text = tr("The status of %1 could not be checked (%2): %3")
                       .arg(entry.flowLogId, result.code, explained.explanation);
    if (!explained.action.isEmpty())
        //: An explained problem (%1), then what to do about it (%2)
        text = tr("%1 %2").arg(text, explained.action);
    return text;
}

void StatusPoller::giveUp(qint64 id)
{
    const Tracked tracked = m_tracked.take(id);
    m_gaveUp.insert(id);
    const std::optional<HistoryEntry> entry = m_store->entry(id);
    const QString status = entry ? entry->flowLogStatus : QString();
    QString message = tr("Stopped checking after %1 s: the flow log is still \"%2\". Check its status again later.")
                          .arg(m_timeoutMs / 1000)
                          .arg(status.isEmpty() ? tr("unknown") : status);
    if (!tracked.lastProblem.isEmpty())
        message = tr("Stopped checking after %1 s. Last problem: %2").arg(m_timeoutMs / 1000).arg(tracked.lastProblem);
    Q_EMIT checkFailed(id, message);
}
