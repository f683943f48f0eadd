#include "sendcontroller.h"

#include "apiclient.h"
#include "flowloginfo.h"
#include "historystore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Activation takes seconds in the cloud (about one in the sandbox): look a few times, then stop.
constexpr int StatusCheckIntervalMs = 1500;
constexpr int StatusChecks = 5;

} // namespace

SendController::SendController(HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ApiClient(m_network, this))
    , m_statusClient(new ApiClient(m_network, this))
{
}

SendController::~SendController()
{
    // A call still in flight when the window closes may have acted: record that honestly.
    if (m_handle)
        m_handle->cancel();
}

void SendController::send(const SendJob &job)
{
    if (isBusy())
        return;
    configure(job);
    record(job);
    m_handle = m_client->createFlowLog(job.request);
    connect(m_handle, &ApiCallHandle::attemptStarted, this,
        [this](int attempt, int waitingMs) { Q_EMIT attemptStarted(attempt, maxAttempts(), waitingMs); });
    connect(m_handle, &ApiCallHandle::finished, this, &SendController::finish);
    Q_EMIT started();
}

void SendController::cancel()
{
    if (m_handle)
        m_handle->cancel();
}

SignedRequest SendController::preview(const SendJob &job)
{
    configure(job);
    return m_client->preview(job.request);
}

int SendController::maxAttempts() const
{
    return m_client->settings().maxAttempts;
}

void SendController::configure(const SendJob &job)
{
    ClientSettings settings = m_client->settings();
    settings.endpoint = job.endpoint;
    settings.signatureVersion = job.signatureVersion;
    m_client->setSettings(settings);
    m_client->setCredentials(job.credentials);
    m_lastCredentials = job.credentials;
}

void SendController::record(const SendJob &job)
{
    m_entry = HistoryEntry();
    m_entry.time = QDateTime::currentDateTimeUtc();
    m_entry.profile = job.profileId;
    m_entry.endpoint = job.endpoint.toString();
    m_entry.signatureVersion = SignatureVersions::name(job.signatureVersion);
    m_entry.source = u"gui"_s;
    m_entry.request = job.request;
    m_entry.outcome = Outcome::Unknown;
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
    Q_EMIT finished(result);
    if (result.ok() && !result.flowLogId.isEmpty()) {
        m_statusClient->setSettings(m_client->settings());
        m_statusClient->setCredentials(m_lastCredentials);
        followStatus(m_entry, StatusChecks);
    }
}

void SendController::followStatus(HistoryEntry entry, int checksLeft)
{
    FlowLogFilter filter;
    filter.regionId = FlowLogRequest::normalized(entry.request.regionId);
    filter.flowLogId = entry.flowLogId;
    ApiCallHandle *handle = m_statusClient->describeFlowLogs(filter);
    connect(handle, &ApiCallHandle::finished, this,
        [this, entry, checksLeft](const ApiResult &result) { applyStatus(entry, result, checksLeft - 1); });
}

void SendController::applyStatus(HistoryEntry entry, const ApiResult &result, int checksLeft)
{
    const QList<FlowLogInfo> flowLogs = FlowLogInfo::listFromDescribeBody(result.body);
    if (!result.ok() || flowLogs.isEmpty())
        return; // The status is a courtesy: the creation itself is already recorded.
    const QString status = flowLogs.constFirst().status;
    if (status != entry.flowLogStatus) {
        entry.flowLogStatus = status;
        if (entry.id != 0 && m_history && m_history->isOpen())
            m_history->update(entry);
        Q_EMIT flowLogStatusChanged(entry.flowLogId, status);
    }
    if (status == u"Activating" && checksLeft > 0)
        QTimer::singleShot(StatusCheckIntervalMs, this, [this, entry, checksLeft] { followStatus(entry, checksLeft); });
}
