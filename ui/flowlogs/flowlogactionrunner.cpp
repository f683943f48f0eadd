#include "ui/flowlogs/flowlogactionrunner.h"

#include "core/history/historystore.h"
#include "core/manage/operationhistory.h"
#include "ui/send/jobbuilder.h"

using namespace Qt::StringLiterals;

FlowLogActionRunner::FlowLogActionRunner(JobBuilder *jobs, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_history(history)
{
    qRegisterMetaType<FlowLogOperationResult>();
}

FlowLogActionRunner::~FlowLogActionRunner()
{
    // Operations report to a runner that is going: nothing more is recorded or signalled.
    for (const QPointer<FlowLogOperation> &operation : std::as_const(m_operations)) {
        if (operation)
            disconnect(operation, nullptr, this, nullptr);
    }
}

void FlowLogActionRunner::setTimings(int pollIntervalMs, int waitTimeoutMs, int conflictBudgetMs)
{
    m_timings = std::make_tuple(pollIntervalMs, waitTimeoutMs, conflictBudgetMs);
}

bool FlowLogActionRunner::run(const QString &profileId, const QList<FlowLogOperationRequest> &requests,
    const QHash<QString, FlowLogInfo> &known)
{
    if (isBusy() || requests.isEmpty())
        return false;
    m_profileId = profileId;
    m_queue = requests;
    m_known = known;
    m_cancelled = false;
    m_connecting = true;
    Q_EMIT runStarted(int(requests.size()));
    const QString regionId = requests.constFirst().regionId;
    m_jobs->connection(profileId, regionId, this, [this](const JobBuilder::Connection &connection, const QString &error) {
        m_connecting = false;
        if (!error.isEmpty() || m_cancelled) {
            m_queue.clear();
            finishRun(error);
            return;
        }
        if (m_client)
            m_client->deleteLater();
        m_client = new ApiClient(&m_network, this);
        m_client->setSettings(connection.settings);
        if (connection.provider)
            m_client->setCredentialProvider(connection.provider);
        else
            m_client->setCredentials(connection.credentials);
        m_endpoint = connection.settings.endpoint.toString();
        m_signatureVersion = connection.settings.signatureVersion;
        startNext();
    });
    return true;
}

void FlowLogActionRunner::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    const QList<QPointer<FlowLogOperation>> operations = m_operations;
    for (const QPointer<FlowLogOperation> &operation : operations) {
        if (operation)
            operation->cancel();
    }
}

void FlowLogActionRunner::startNext()
{
    while (m_running < operationsAtOnce && !m_queue.isEmpty())
        startOne(m_queue.takeFirst());
    if (m_running == 0 && m_queue.isEmpty())
        finishRun({});
}

void FlowLogActionRunner::startOne(const FlowLogOperationRequest &request)
{
    ++m_running;
    const qint64 historyId = recordPending(request);
    auto *operation = new FlowLogOperation(m_client, request, this);
    if (m_timings) {
        const auto [pollMs, waitMs, conflictMs] = *m_timings;
        operation->setPollInterval(pollMs, pollMs);
        operation->setWaitTimeout(waitMs);
        operation->setConflictBudget(conflictMs);
    }
    m_operations.append(operation);
    connect(operation, &FlowLogOperation::statusSeen, this,
        [this, request](const QString &status) { Q_EMIT statusSeen(request.flowLogId, status); });
    connect(operation, &FlowLogOperation::finished, this,
        [this, operation, request, historyId](const FlowLogOperationResult &result) {
            recordResult(historyId, result);
            m_operations.removeAll(operation);
            operation->deleteLater();
            --m_running;
            Q_EMIT operationFinished(request, result);
            startNext();
        });
    Q_EMIT operationStarted(request);
    operation->start();
}

qint64 FlowLogActionRunner::recordPending(const FlowLogOperationRequest &request)
{
    if (!m_history || !m_history->isOpen()) {
        Q_EMIT historyProblem(tr("The history is not available: this action is not recorded."));
        return 0;
    }
    const auto known = m_known.constFind(request.flowLogId);
    const HistoryEntry entry = OperationHistory::pending(request,
        known == m_known.cend() ? std::nullopt : std::optional(*known), u"gui"_s, m_profileId, m_endpoint,
        m_signatureVersion);
    const qint64 id = m_history->add(entry);
    if (id == 0)
        Q_EMIT historyProblem(tr("This action could not be recorded in the history: %1").arg(m_history->errorString()));
    return id;
}

void FlowLogActionRunner::recordResult(qint64 historyId, const FlowLogOperationResult &result)
{
    if (historyId == 0 || !m_history)
        return;
    std::optional<HistoryEntry> entry = m_history->entry(historyId);
    if (!entry)
        return;
    OperationHistory::apply(*entry, result);
    if (!m_history->update(*entry))
        Q_EMIT historyProblem(tr("The outcome could not be recorded in the history: %1").arg(m_history->errorString()));
}

void FlowLogActionRunner::finishRun(const QString &error)
{
    Q_EMIT runFinished(error);
}
