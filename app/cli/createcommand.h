#pragma once

#include "core/api/apiclient.h"
#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "core/history/historystore.h"
#include "core/request/validationfinding.h"

#include <QNetworkAccessManager>
#include <QPointer>

// flowlog-cli create: validates, signs and sends one CreateFlowLog (or, with --dry-run, prints the
// signed request), recording the attempt in the history before sending and its outcome after.
class CreateCommand final : public AsyncCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCommand)

public:
    explicit CreateCommand(CliOptions options, QObject *parent = nullptr);
    int start() override;
    // Cancels the call; its outcome (Cancelled, or Unknown once the request had left) is recorded.
    void interrupt() override;

private:
    int reportInvalid(const ValidationFindings &findings) const;
    int prepare(const FlowLogRequest &request);
    int printDryRun() const;
    void recordStart();
    void onAttemptStarted(int attempt, int waitingMs);
    void onFinished(const ApiResult &result);
    void print(const ApiResult &result) const;

    CliOptions m_options;
    CliConnection m_connection;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    HistoryStore m_history;
    HistoryEntry m_entry;
    FlowLogRequest m_request;
    QPointer<ApiCallHandle> m_call;
    bool m_interrupted = false;
};
