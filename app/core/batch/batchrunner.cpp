#include "core/batch/batchrunner.h"

#include "core/api/errorcatalog.h"
#include "core/history/attemptresolver.h"
#include "core/history/historystore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

// Outcomes are written back this often at the latest, so the history stays current...
constexpr int FlushIntervalMs = 200;
// ...or sooner once this many wait: each write is one transaction.
constexpr qsizetype FlushRows = 256;
// How often progressChanged() may fire while calls finish: a display needs no more.
constexpr int ProgressIntervalMs = 100;

} // namespace

BatchRunner::BatchRunner(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BatchRunner::flush);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &BatchRunner::progressChanged);
}

BatchRunner::~BatchRunner()
{
    // Outcomes already in hand are kept; calls still in flight stay unknown in the history, which
    // is what they are.
    for (ApiCallHandle *call : m_calls.keys())
        disconnect(call, nullptr, this, nullptr);
    flush();
}

QString BatchRunner::newBatchId()
{
    return u"b-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss.zzz'Z'"_s);
}

QString BatchRunner::start(QList<BatchItem> items, const QString &batchId)
{
    if (m_state == State::Running || m_state == State::Paused)
        return {};
    m_batchId = batchId.isEmpty() ? newBatchId() : batchId;
    m_error.clear();
    m_cancelling = false;
    if (!store(items))
        return {};
    m_items = std::move(items);
    m_waiting.clear();
    m_adopted.clear();
    m_results.clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_waiting.append(i);
    m_progress = {};
    m_progress.total = int(m_items.size());
    m_elapsedBeforeMs = 0;
    m_clock.start();
    setState(State::Running);
    pump();
    return m_batchId;
}

// Every item becomes a row before anything is sent: the batch as a whole is on record, so that a
// crash at any later point leaves rows that say what happened (queued: not sent).
bool BatchRunner::store(QList<BatchItem> &items)
{
    m_entries.clear();
    QList<HistoryEntry> fresh;
    QList<int> freshIndexes;
    for (int i = 0; i < items.size(); ++i) {
        const BatchItem &item = items.at(i);
        const QString regionId = FlowLogRequest::normalized(item.request.regionId);
        HistoryEntry entry = HistoryEntry::pending(item.request, m_setup.source, m_setup.profileId,
            m_setup.endpointFor ? m_setup.endpointFor(regionId) : QString(), m_setup.signatureVersion);
        entry.batchId = m_batchId;
        entry.outcome = Outcome::Queued;
        entry.id = item.historyId;
        if (item.historyId == 0) {
            fresh.append(entry);
            freshIndexes.append(i);
        }
        m_entries.append(entry);
    }
    if (!m_setup.history || fresh.isEmpty())
        return true;
    const QList<qint64> ids = m_setup.history->addAll(fresh);
    if (ids.size() != fresh.size()) {
        m_error = tr("The batch could not be stored in the history, so nothing was sent: %1")
                      .arg(m_setup.history->errorString());
        m_entries.clear();
        return false;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        items[freshIndexes.at(i)].historyId = ids.at(i);
        m_entries[freshIndexes.at(i)].id = ids.at(i);
    }
    return true;
}

void BatchRunner::pump()
{
    if (m_state != State::Running)
        return;
    QList<int> next;
    while (m_calls.size() + next.size() < m_setup.concurrency && !m_waiting.isEmpty())
        next.append(m_waiting.takeFirst());
    if (!next.isEmpty())
        dispatch(next);
    finishIfDone();
}

// The rows about to be sent become Unknown in one transaction first: from here on a crash may have
// let them act.
void BatchRunner::dispatch(const QList<int> &indexes)
{
    QList<HistoryEntry> sending;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int index : indexes) {
        HistoryEntry &entry = m_entries[index];
        entry.outcome = Outcome::Unknown;
        entry.time = now;
        sending.append(entry);
    }
    if (m_setup.history && !m_setup.history->updateAll(sending)) {
        // Not sent, and said so: a call the history cannot hold must not be made.
        m_error = tr("The history could not record the next rows, so the batch is paused: %1")
                      .arg(m_setup.history->errorString());
        for (qsizetype i = indexes.size() - 1; i >= 0; --i) {
            m_entries[indexes.at(i)].outcome = Outcome::Queued;
            m_waiting.prepend(indexes.at(i));
        }
        setState(State::Paused);
        return;
    }
    for (int index : indexes) {
        const BatchItem &item = m_items.at(index);
        ApiClient *client = m_setup.clientFor(FlowLogRequest::normalized(item.request.regionId));
        ApiCallHandle *call = client->createFlowLog(item.request, item.retryOf != 0 ? ApiClient::CreateMode::IfAbsent
                                                                                    : item.mode);
        m_calls.insert(call, index);
        connect(call, &ApiCallHandle::finished, this, [this, call](const ApiResult &result) {
            onFinished(m_calls.take(call), result);
        });
    }
    m_progress.inFlight = int(m_calls.size());
}

void BatchRunner::onFinished(int index, const ApiResult &result)
{
    m_progress.inFlight = int(m_calls.size());
    m_progress.throttledAnswers += result.throttledAnswers;
    if (result.adoptedExisting)
        m_adopted.insert(index);
    if (result.credentialsFailed) {
        ApiResult notSent = result;
        if (notSent.outcome == Outcome::Failed)
            notSent.outcome = Outcome::Cancelled;
        record(index, notSent);
        if (!m_cancelling) {
            Q_EMIT credentialsFailed(result.message);
            cancel();
        }
        finishIfDone();
        return;
    }
    record(index, result);
    if (!result.ok() && ErrorCatalog::isQuotaReached(result.code) && m_state == State::Running) {
        pause();
        Q_EMIT quotaReached(result);
    }
    pump();
    finishIfDone();
}

void BatchRunner::record(int index, const ApiResult &result)
{
    HistoryEntry &entry = m_entries[index];
    entry.applyResult(result);
    m_results.insert(index, result);
    switch (entry.outcome) {
    case Outcome::Succeeded:
        ++m_progress.succeeded;
        break;
    case Outcome::Failed:
        ++m_progress.failed;
        break;
    case Outcome::Unknown:
        ++m_progress.unknown;
        break;
    case Outcome::Cancelled:
    case Outcome::Queued:
        ++m_progress.cancelled;
        break;
    }
    m_pendingOutcomes.append(index);
    if (m_pendingOutcomes.size() >= FlushRows)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

// Outcomes are committed together, then reported: what the window shows, the history holds.
void BatchRunner::flush()
{
    m_flushTimer.stop();
    if (m_pendingOutcomes.isEmpty())
        return;
    const QList<int> indexes = std::exchange(m_pendingOutcomes, {});
    if (m_setup.history) {
        QList<HistoryEntry> rows;
        for (int index : indexes)
            rows.append(m_entries.at(index));
        if (!m_setup.history->updateAll(rows))
            m_error = tr("Outcomes could not be recorded in the history: %1").arg(m_setup.history->errorString());
    }
    for (int index : indexes) {
        const BatchItem &item = m_items.at(index);
        if (item.retryOf != 0 && m_setup.resolver && m_entries.at(index).outcome != Outcome::Cancelled) {
            ApiResult result;
            result.outcome = m_entries.at(index).outcome;
            result.flowLogId = m_entries.at(index).flowLogId;
            result.attempts = m_entries.at(index).attempts;
            result.adoptedExisting = m_adopted.contains(index);
            m_setup.resolver->settleByRetry(item.retryOf, m_entries.at(index), result);
        }
        Q_EMIT itemFinished(index, m_entries.at(index), m_results.take(index));
    }
    finishIfDone();
}

void BatchRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_elapsedBeforeMs += m_clock.elapsed();
    setState(State::Paused);
}

void BatchRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_clock.start();
    setState(State::Running);
    pump();
}

void BatchRunner::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_cancelling = true;
    cancelWaiting(tr("Not sent: the batch was cancelled."));
    for (ApiCallHandle *call : m_calls.keys())
        call->cancel(); // each ends in onFinished()
    finishIfDone();
}

void BatchRunner::cancelWaiting(const QString &reason)
{
    ApiResult notSent;
    notSent.outcome = Outcome::Cancelled;
    notSent.code = QLatin1String(ErrorCatalog::cancelledCode);
    notSent.message = reason;
    for (int index : std::exchange(m_waiting, {}))
        record(index, notSent);
}

BatchRunner::Progress BatchRunner::progress() const
{
    Progress progress = m_progress;
    progress.elapsedMs = m_elapsedBeforeMs + (m_state == State::Running ? m_clock.elapsed() : 0);
    return progress;
}

void BatchRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT progressChanged();
}

void BatchRunner::finishIfDone()
{
    if (m_state == State::Finished || m_state == State::Idle || !m_calls.isEmpty())
        return;
    if (!m_waiting.isEmpty() && !m_cancelling)
        return;
    if (!m_pendingOutcomes.isEmpty()) {
        flush(); // calls finishIfDone() again once reported
        return;
    }
    if (m_state == State::Running)
        m_elapsedBeforeMs += m_clock.elapsed();
    setState(State::Finished);
    Q_EMIT finished();
}
