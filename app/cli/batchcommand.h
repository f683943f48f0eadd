#pragma once

#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "core/batch/batchrunner.h"
#include "core/batch/csvreader.h"
#include "core/history/historystore.h"
#include "core/request/validationfinding.h"

#include <QHash>

#include <memory>

class RatePacing;

// flowlog-cli batch: one CreateFlowLog per CSV row. Every row is validated first and the invalid
// ones reported (not sent); the valid ones go to a BatchRunner, the same one the app's batch window
// uses: stored in the history as a batch before anything is sent, up to --concurrency calls in
// flight, paced to the service's limit (RatePacing; --rate is a ceiling), one JSON line per row as
// its outcome is committed. A quota error stops the sending (the rows not sent: cancelled).
class BatchCommand final : public AsyncCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCommand)

public:
    explicit BatchCommand(CliOptions options, QObject *parent = nullptr);
    ~BatchCommand() override;
    int start() override;
    // Sends nothing more: the rows waiting are recorded as cancelled, the calls in flight are
    // cancelled and their outcomes recorded, then finished(ExitInterrupted).
    void interrupt() override;

private:
    struct Row
    {
        int number = 0; // 1-based among the data rows
        ValidationFindings warnings = {};
    };

    bool load(QString *error);
    QList<BatchItem> validRows();
    std::optional<FlowLogRequest> parseRow(qsizetype index, ValidationFindings *warnings);
    void startRunner(QList<BatchItem> items);
    void onItemFinished(int index, const ApiResult &result);
    void onQuotaReached(const ApiResult &result);
    void onFinished();
    void printRow(int number, QJsonObject object, const ValidationFindings &findings);
    QString rowLine(int number, QJsonObject object, const ValidationFindings &findings) const;
    ApiClient *clientFor(const QString &regionId);

    CliOptions m_options;
    CliConnection m_connection;
    QHash<QString, ApiClient *> m_clients;
    std::shared_ptr<RatePacing> m_pacing; // one for the batch: the service limits the account
    HistoryStore m_history;
    bool m_recording = false;
    CsvTable m_table;
    QStringList m_columns; // the API parameter name of each CSV column
    QList<Row> m_rows;     // of each runner item
    std::unique_ptr<BatchRunner> m_runner;
    bool m_interrupted = false;
    bool m_credentialsFailed = false;
    bool m_quotaReached = false;
    int m_failed = 0; // rows not created: invalid, failed, unknown or not sent
};
