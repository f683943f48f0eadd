#pragma once

#include "core/batch/batchrunner.h"
#include "core/history/historyentry.h"
#include "ui/send/jobbuilder.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class AttemptResolver;
class BatchTableModel;
class HistoryStore;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
class RatePacing;

// File → Batch create…: many flow logs from a batch file (the CLI's format), from text pasted
// from a spreadsheet, or from the Coverage tab's selection; fixed in a table that judges every cell
// by the form's rules; created by a BatchRunner paced to the service's limit, every call a history
// row; then the failed retried, the unknown resolved, the results exported. A batch cut short (a
// crash, a quit) is offered again at the next start and resumed without duplicates.
class BatchWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindow)

public:
    // Where the batch's calls go and who signs them: the window's choice when it was opened.
    struct Target
    {
        QString profileId;
        QString profileName;   // as the top bar shows it
        QString roleArn;       // the role a RAM-role profile assumes, for the confirmation
        bool sandbox = false;  // the local emulator: nothing to confirm
    };

    // None is owned; all must outlive the window. resolver may be null (no history).
    BatchWindow(Target target, JobBuilder *jobs, HistoryStore *history, AttemptResolver *resolver,
        QWidget *parent = nullptr);
    ~BatchWindow() override;

    // Reads a batch file into the table (replacing it). False and a message on the window when the
    // file cannot be read.
    bool importFile(const QString &path);
    // Text as a spreadsheet copies it (tab-separated; the header row optional).
    bool pasteText(const QString &text);
    // Rows for these requests (the Coverage tab's "create for the selected").
    void addRequests(const QList<FlowLogRequest> &requests);
    // Writes the rows' outcomes (as the history holds them) to path: CSV or JSON by its suffix, the
    // history export's schema. False, with a message on the window, when it cannot be written.
    bool exportResults(const QString &path);
    // A batch the history holds that was cut short: its rows, ready to resume.
    void showOpenBatch(const QString &batchId);

    BatchTableModel *model() const { return m_model; }
    BatchRunner *runner() const { return m_runner.get(); }
    // Starts the rows without asking (the preview's Create): for tests and the preview.
    void startRun();
    // Tests: the pacing of the next run.
    void setPacingForTests(double startRate) { m_startRateForTests = startRate; }

Q_SIGNALS:
    // Every call of a run has ended (also after Retry and Resolve).
    void runFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Rerun
    {
        QList<BatchItem> items;
        QList<int> rows; // the table row of each item
    };

    void createWidgets();
    void retranslateUi();
    void importClicked();
    void pasteClicked();
    void bulkEditClicked();
    void removeClicked();
    void runClicked();
    QStringList readyRegions() const;
    void countFlowLogs(const QStringList &regions, std::function<void(int existing)> done);
    // existing: the account's flow logs in the batch's regions, -1 when unknown.
    bool confirmRun(int calls, int existing);
    QString previewText(int calls) const;
    void exportClicked();
    Rerun rerunOf(const std::function<std::optional<BatchItem>(const HistoryEntry &)> &itemFor) const;
    void retryFailed();
    void resolveUnknown();
    void resume();
    void pauseClicked();
    void cancelClicked();

    // Resolves a connection for each region the items go to, then starts them.
    void run(QList<BatchItem> items, QList<int> rows, const QString &batchId = {});
    void connectRegions(QStringList regions, std::function<void(const QString &error)> done);
    void launch(QList<BatchItem> items, QList<int> rows, const QString &batchId);
    void onItemFinished(int index, const HistoryEntry &entry, const ApiResult &result);
    void onQuotaReached(const ApiResult &result);
    void onRunFinished();
    void fitColumns();
    void updateCounts();
    void updateProgress();
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    void showCurrentFindings();
    QList<int> selectedRows() const;
    QList<HistoryEntry> resultEntries() const;
    bool isRunning() const;
    bool isResumable() const;

    Target m_target;
    JobBuilder *m_jobs;
    HistoryStore *m_history;
    AttemptResolver *m_resolver;
    BatchTableModel *m_model;
    std::unique_ptr<BatchRunner> m_runner;
    std::shared_ptr<RatePacing> m_pacing; // one per window: the service limits the account, not a region
    QHash<QString, JobBuilder::Connection> m_connections; // by region
    QHash<QString, ApiClient *> m_clients;                // by region
    QList<int> m_rowOfItem; // the table row of each of the runner's items
    QString m_batchId;
    double m_startRateForTests = 0;

    QLabel *m_countsLabel = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_pasteButton = nullptr;
    QPushButton *m_bulkEditButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QCheckBox *m_skipErrorsBox = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_ceilingLabel = nullptr;
    QDoubleSpinBox *m_ceilingBox = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_resolveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer *m_progressTimer = nullptr;
    QString m_message;
    bool m_messageIsProblem = false;
    std::function<QString()> m_messageText; // re-rendered on a language change
};
