#pragma once

#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "core/api/apiclient.h"
#include "core/history/historystore.h"
#include "core/manage/flowlogoperation.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QStringList>

// flowlog-cli start, stop, modify and delete: one FlowLogOperation per --flow-log-id, a few at a
// time, each recorded in the history (a pending row before anything is sent, its outcome after)
// and reported as it finishes: one line (one JSON object) per flow log.
class FlowLogActionCommand final : public AsyncCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogActionCommand)

public:
    // Operations in flight at once.
    static constexpr int Concurrency = 4;

    explicit FlowLogActionCommand(CliOptions options, QObject *parent = nullptr);
    int start() override;
    // Sends nothing more and cancels the operations in flight; each is recorded and reported.
    void interrupt() override;

private:
    struct Running
    {
        QPointer<FlowLogOperation> operation;
        HistoryEntry entry;
    };

    FlowLogAction action() const;
    void startNext();
    void onFinished(FlowLogOperation *operation, const FlowLogOperationResult &result);
    void print(const QString &flowLogId, const FlowLogOperationResult &result) const;
    void printText(const QString &flowLogId, const FlowLogOperationResult &result) const;
    void finishIfDone();

    CliOptions m_options;
    CliConnection m_connection;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    HistoryStore m_history;
    bool m_recording = false;
    QString m_regionId;
    QStringList m_queue; // IDs not started yet
    QHash<FlowLogOperation *, Running> m_running;
    bool m_interrupted = false;
    bool m_anyFailed = false;
};
