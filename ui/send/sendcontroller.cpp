#include "ui/send/sendcontroller.h"

#include "core/history/historystore.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Activation takes seconds in the cloud (about one in the sandbox).
constexpr int StatusCheckIntervalMs = 1500;
constexpr int StatusFollowTimeoutMs = 120'000;

} // namespace

SendController::SendController(HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ApiClient(m_network, this))
    , m_statusClient(new ApiClient(m_network, this))
{
    if (m_history)
        createPoller();
}

SendController::~SendController()
{
    // A call still in flight when the window goes may have acted: its outcome is recorded (the
    // client reports it as Unknown), but nobody is told, since the window is half destroyed.
    m_destroying = true;
    const QSignalBlocker silent(this);
    if (m_handle)
        m_handle->cancel();
}

void SendController::send(const SendJob &job)
{
    if (isBusy())
        return;
    m_job = job;
    m_client->setSettings(job.settings);
    m_client->setCredentials(job.credentials);
    record(job);
    m_handle = m_client->createFlowLog(job.request, job.mode);
    connect(m_handle, &ApiCallHandle::attemptStarted, this,
        [this](int attempt, int waitingMs) { Q_EMIT attemptStarted(attempt, maxAttempts(), waitingMs); });
    connect(m_handle, &ApiCallHandle::checkingForEarlierAttempt, this, &SendController::checkingForEarlierAttempt);
    connect(m_handle, &ApiCallHandle::finished, this, &SendController::finish);
    Q_EMIT started();
}

void SendController::cancel()
{
    if (m_handle)
        m_handle->cancel();
}

SignedRequest SendController::preview(const SendJob &job) const
{
    // A client of its own: previewing must not reconfigure a call in flight.
    ApiClient client(m_network);
    client.setSettings(job.settings);
    client.setCredentials(job.credentials);
    return client.preview(job.request);
}

void SendController::createPoller()
{
    const auto describe = [this](const HistoryEntry &entry, QObject *context, StatusPoller::Done done) {
        this->describe(entry, context, done);
    };
    m_poller = new StatusPoller(m_history, describe, this);
    m_poller->setAutoTrack(false);
    m_poller->setInterval(StatusCheckIntervalMs);
    m_poller->setTimeout(StatusFollowTimeoutMs);
    connect(m_poller, &StatusPoller::statusChanged, this, &SendController::onStatusChanged);
    connect(m_poller, &StatusPoller::trackingFinished, this, [this](qint64 id) { m_followed.remove(id); });
    connect(m_poller, &StatusPoller::checkFailed, this, [this](qint64 id) {
        if (!m_poller->isTracking(id))
            m_followed.remove(id);
    });
}

void SendController::record(const SendJob &job)
{
    m_entry = HistoryEntry::pending(job.request, u"gui"_s, job.profileId, job.settings.endpoint.toString(),
        job.settings.signatureVersion);
    m_entry.requestText = m_client->preview(job.request).redactedText();
    if (!m_history || !m_history->isOpen()) {
        Q_EMIT historyProblem(tr("The history is not available: this attempt is not recorded."));
        return;
    }
    m_entry.id = m_history->add(m_entry);
    if (m_entry.id == 0)
        Q_EMIT historyProblem(tr("This attempt could not be recorded in the history: %1").arg(m_history->errorString()));
}

void SendController::finish(const ApiResult &result)
{
    m_handle.clear();
    m_entry.applyResult(result);
    if (m_entry.id != 0 && !m_history->update(m_entry))
        Q_EMIT historyProblem(tr("The outcome could not be recorded in the history: %1").arg(m_history->errorString()));
    if (m_destroying)
        return; // no status to follow for a window that is going
    Q_EMIT finished(result);
    follow(result);
}

void SendController::follow(const ApiResult &result)
{
    if (!result.ok() || result.flowLogId.isEmpty() || m_entry.id == 0 || !m_poller)
        return;
    m_followed.insert(m_entry.id, {m_job.settings, m_job.credentials});
    m_poller->track(m_entry.id);
}

// The poller's way to ask DescribeFlowLogs: with what this run sent, else what the resolver finds.
void SendController::describe(const HistoryEntry &entry, QObject *context, const StatusPoller::Done &done)
{
    if (const auto followed = m_followed.constFind(entry.id); followed != m_followed.cend()) {
        ask(entry, *followed, context, done);
        return;
    }
    const auto reply = [this, entry, context, done](const ClientSettings &settings, const Credentials &credentials,
                           const QString &error) {
        if (error.isEmpty()) {
            ask(entry, {settings, credentials}, context, done);
            return;
        }
        ApiResult failure;
        failure.message = error;
        QTimer::singleShot(0, context, [done, failure] { done(failure); });
    };
    if (m_resolver)
        m_resolver(entry, context, reply);
    else
        reply({}, {}, tr("No profile is known for this attempt."));
}

void SendController::ask(const HistoryEntry &entry, const Followed &followed, QObject *context,
    const StatusPoller::Done &done)
{
    m_statusClient->setSettings(followed.settings);
    m_statusClient->setCredentials(followed.credentials);
    FlowLogFilter filter;
    filter.regionId = FlowLogRequest::normalized(entry.request.regionId);
    filter.flowLogId = entry.flowLogId;
    ApiCallHandle *handle = m_statusClient->describeFlowLogs(filter);
    connect(handle, &ApiCallHandle::finished, context, [done](const ApiResult &answer) { done(answer); });
}

void SendController::onStatusChanged(qint64 id, const QString &status)
{
    if (const std::optional<HistoryEntry> entry = m_history->entry(id))
        Q_EMIT flowLogStatusChanged(entry->flowLogId, status);
}
