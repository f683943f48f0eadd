#pragma once

#include "core/api/apiclient.h"
#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "core/batch/csvreader.h"
#include "core/history/historystore.h"
#include "core/request/validationfinding.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>

// flowlog-cli batch: one CreateFlowLog per CSV row, up to --concurrency calls in flight over one
// network manager and at most --rate started per second. Prints one JSON line per row as it ends.
// Rows that fail validation are reported and not sent. History rows are written a few at a time
// before sending and their outcomes together at most 200 ms after they arrive, so a crash loses at
// most the outcomes of the rows in flight or just finished (they stay "unknown").
class BatchCommand final : public AsyncCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCommand)

public:
    explicit BatchCommand(CliOptions options, QObject *parent = nullptr);
    int start() override;
    // Sends nothing more: the rows waiting are recorded as cancelled, the calls in flight are
    // cancelled and their outcomes recorded, then finished(ExitInterrupted).
    void interrupt() override;

private:
    struct Row
    {
        int number = 0; // 1-based among the data rows
        ValidationFindings warnings = {};
        HistoryEntry entry = {};
    };

    bool load(QString *error);
    bool mapHeader(QString *error);
    void pump();
    bool prepareMore();
    std::optional<Row> prepareRow(qsizetype index);
    bool rateAllows();
    void dispatch(Row row);
    void stopSending(const QString &reason);
    void onRowFinished(ApiCallHandle *call, const Row &row, const ApiResult &result);
    void report(const Row &row, const ApiResult &result);
    void flushHistory();
    void finishIfDone();
    void printRow(int number, QJsonObject object, const ValidationFindings &findings);
    QString rowLine(int number, QJsonObject object, const ValidationFindings &findings) const;
    ApiClient *clientFor(const QString &regionId);

    CliOptions m_options;
    CliConnection m_connection;
    QHash<QString, ApiClient *> m_clients;
    HistoryStore m_history;
    bool m_recording = false;
    CsvTable m_table;
    QStringList m_columns; // the API parameter name of each CSV column
    qsizetype m_next = 0;  // the next table row to prepare
    QList<Row> m_ready;    // recorded, waiting for a free slot
    QSet<ApiCallHandle *> m_calls; // in flight
    bool m_interrupted = false;
    bool m_credentialsFailed = false; // stops the batch: reported once

    int m_notSent = 0; // rows left out by an interruption
    int m_failed = 0;
    bool m_done = false;
    QList<HistoryEntry> m_pendingUpdates;
    QStringList m_pendingLines; // the lines of m_pendingUpdates, printed once those are committed
    QTimer m_flushTimer;
    QTimer m_rateTimer;
    QElapsedTimer m_clock;
    double m_nextStartMs = 0;
};
