#include "ui/send/sendcontroller.h"

#include "core/config/appsettings.h"
#include "core/history/historylookup.h"
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
    if (job.provider)
        m_client->setCredentialProvider(job.provider);
    else
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
        FlowLogFilter filter;
        filter.regionId = FlowLogRequest::normalized(entry.request.regionId);
        filter.flowLogId = entry.flowLogId;
        this->describe(entry, filter, context, done);
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
    const auto lookup = [this](const HistoryEntry &entry, const FlowLogFilter &filter, QObject *context,
                            AttemptResolver::Done done) { this->describe(entry, filter, context, done); };
    m_attempts = new AttemptResolver(m_history, lookup, this);
    // A row younger than a call can last may still be in flight in another process.
    const ClientSettings settings = AppSettings::load().applyTo(ClientSettings());
    m_attempts->setInFlightWindow(qint64(settings.maxAttempts) * (settings.totalTimeoutMs + settings.maxBackoffMs));
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
    else if (m_job.settles != 0 && m_entry.id != 0)
        m_attempts->settleByRetry(m_job.settles, m_entry, result); // the earlier row is linked to this one
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

// How the poller and the resolver ask DescribeFlowLogs: with what this run sent, else what the
// resolver finds for the entry's profile.
void SendController::describe(const HistoryEntry &entry, const FlowLogFilter &filter, QObject *context,
    const StatusPoller::Done &done)
{
    if (const auto followed = m_followed.constFind(entry.id); followed != m_followed.cend()) {
        ask(filter, *followed, context, done);
        return;
    }
    const auto reply = [this, filter, context, done](const ClientSettings &settings, const Credentials &credentials,
                           const QString &error) {
        if (error.isEmpty()) {
            ask(filter, {settings, credentials}, context, done);
            return;
        }
        ApiResult failure;
        failure.code = HistoryLookup::NoCredentialsCode.toString();
        failure.message = error;
        QTimer::singleShot(0, context, [done, failure] { done(failure); });
    };
    if (m_resolver)
        m_resolver(entry, context, reply);
    else
        reply({}, {}, tr("No profile is known for this attempt."));
}

void SendController::ask(const FlowLogFilter &filter, const Followed &followed, QObject *context,
    const StatusPoller::Done &done)
{
    m_statusClient->setSettings(followed.settings);
    m_statusClient->setCredentials(followed.credentials);
    ApiCallHandle *handle = m_statusClient->describeFlowLogs(filter);
    connect(handle, &ApiCallHandle::finished, context, [done](const ApiResult &answer) { done(answer); });
}

void SendController::onStatusChanged(qint64 id, const QString &status)
{
    if (const std::optional<HistoryEntry> entry = m_history->entry(id))
        Q_EMIT flowLogStatusChanged(entry->flowLogId, status);
}
