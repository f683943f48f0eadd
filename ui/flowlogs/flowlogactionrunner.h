#pragma once

#include "core/manage/flowlogoperation.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <optional>

class HistoryStore;
class JobBuilder;

// Runs actions on existing flow logs for the Flow logs tab: a few at once, each recorded in the
// history before it is sent (so a crash leaves an "unknown" row) and updated with its outcome, the
// same way flowlog-cli records them. The profile's connection (endpoint, settings, credentials) is
// asked of the JobBuilder once per run.
class FlowLogActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogActionRunner)

public:
    // Neither is owned; both must outlive the runner. history may be null or closed: nothing is
    // recorded then, and historyProblem() says so.
    FlowLogActionRunner(JobBuilder *jobs, HistoryStore *history, QObject *parent = nullptr);
    ~FlowLogActionRunner() override;

    // Starts the requests for one profile; known: the flow logs as listed, for the history's rows.
    // Ignored (false) while another run is under way.
    bool run(const QString &profileId, const QList<FlowLogOperationRequest> &requests,
        const QHash<QString, FlowLogInfo> &known);
    bool isBusy() const { return m_running > 0 || !m_queue.isEmpty() || m_connecting; }
    // Stops what is under way; each operation still reports how it ended.
    void cancel();
    // Shorter waits for tests (FlowLogOperation's defaults otherwise).
    void setTimings(int pollIntervalMs, int waitTimeoutMs, int conflictBudgetMs);

    static constexpr int operationsAtOnce = 4;

Q_SIGNALS:
    void runStarted(int count);
    void operationStarted(const FlowLogOperationRequest &request);
    void statusSeen(const QString &flowLogId, const QString &status);
    void operationFinished(const FlowLogOperationRequest &request, const FlowLogOperationResult &result);
    // Every operation of the run has finished; error (translated) when none could start.
    void runFinished(const QString &error);
    void historyProblem(const QString &message);

private:
    void startNext();
    void startOne(const FlowLogOperationRequest &request);
    qint64 recordPending(const FlowLogOperationRequest &request);
    void recordResult(qint64 historyId, const FlowLogOperationResult &result);
    void finishRun(const QString &error);

    JobBuilder *m_jobs;
    HistoryStore *m_history;
    QNetworkAccessManager m_network;
    QPointer<ApiClient> m_client;
    QString m_profileId;
    QString m_endpoint;
    SignatureVersion m_signatureVersion = SignatureVersion::V3;
    QList<FlowLogOperationRequest> m_queue;
    QHash<QString, FlowLogInfo> m_known;
    QList<QPointer<FlowLogOperation>> m_operations;
    int m_running = 0;
    bool m_connecting = false;
    bool m_cancelled = false;
    std::optional<std::tuple<int, int, int>> m_timings;
};
