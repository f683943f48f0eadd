#include "ui/batch/batchwindow.h"

#include "core/api/errorcatalog.h"
#include "core/api/flowloginfo.h"
#include "core/api/ratepacer.h"
#include "core/config/appsettings.h"
#include "core/history/attemptresolver.h"
#include "core/history/historyexporter.h"
#include "core/history/historystore.h"
#include "ui/batch/batchtablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Calls in flight at once: enough to keep a pace of 50 calls/s with answers of 150 ms.
constexpr int BatchConcurrency = 8;
constexpr int ProgressRefreshMs = 250;

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return BatchWindow::tr("%n s", nullptr, int(seconds));
    return BatchWindow::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

BatchWindow::BatchWindow(Target target, JobBuilder *jobs, HistoryStore *history, AttemptResolver *resolver,
    QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_jobs(jobs)
    , m_history(history)
    , m_resolver(resolver)
    , m_model(new BatchTableModel(this))
    , m_pacing(std::make_shared<RatePacing>())
{
    setObjectName(u"batchWindow"_s);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    createWidgets();
    connect(m_model, &BatchTableModel::countsChanged, this, &BatchWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchWindow::updateButtons);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(ProgressRefreshMs);
    connect(m_progressTimer, &QTimer::timeout, this, &BatchWindow::updateProgress);
    retranslateUi();
    updateCounts();
    resize(1100, 640);
}

BatchWindow::~BatchWindow()
{
    // Calls still in flight stay Unknown in the history, which the resolver offers at the next start.
    m_runner.reset();
    qDeleteAll(m_clients);
}

void BatchWindow::createWidgets()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    QFont bold = m_countsLabel->font();
    bold.setBold(true);
    m_countsLabel->setFont(bold);

    const auto button = [this](const QString &name, void (BatchWindow::*slot)()) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_importButton = button(u"importButton"_s, &BatchWindow::importClicked);
    m_pasteButton = button(u"pasteButton"_s, &BatchWindow::pasteClicked);
    m_bulkEditButton = button(u"bulkEditButton"_s, &BatchWindow::bulkEditClicked);
    m_removeButton = button(u"removeButton"_s, &BatchWindow::removeClicked);
    m_skipErrorsBox = new QCheckBox(this);
    m_skipErrorsBox->setObjectName(u"skipErrorsBox"_s);
    connect(m_skipErrorsBox, &QCheckBox::toggled, this, &BatchWindow::updateCounts);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_importButton);
    tools->addWidget(m_pasteButton);
    tools->addWidget(m_bulkEditButton);
    tools->addWidget(m_removeButton);
    tools->addStretch();
    tools->addWidget(m_skipErrorsBox);

    m_table = new QTableView(this);
    m_table->setObjectName(u"batchTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    // Fitting columns to their contents looks at the first rows only: instant for 100k rows.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchWindow::fitColumns);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &BatchWindow::showCurrentFindings);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BatchWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BatchWindow::showCurrentFindings);

    m_findingsLabel = new QLabel(this);
    m_findingsLabel->setObjectName(u"findingsLabel"_s);
    m_findingsLabel->setWordWrap(true);
    m_findingsLabel->setTextFormat(Qt::PlainText);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);

    m_ceilingLabel = new QLabel(this);
    m_ceilingBox = new QDoubleSpinBox(this);
    m_ceilingBox->setObjectName(u"ceilingBox"_s);
    m_ceilingBox->setRange(0, 1000);
    m_ceilingBox->setDecimals(1);
    m_ceilingBox->setValue(AppSettings::load().batchRateCeiling);
    m_ceilingLabel->setBuddy(m_ceilingBox);
    connect(m_ceilingBox, &QDoubleSpinBox::valueChanged, this, [this](double ceiling) {
        AppSettings settings = AppSettings::load();
        settings.batchRateCeiling = ceiling;
        settings.save();
        RatePacerSettings pacing = m_pacing->settings();
        pacing.ceiling = ceiling;
        m_pacing->setSettings(pacing); // a running batch follows at once
        updateCounts();
    });

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"progressLabel"_s);

    auto *pace = new QHBoxLayout;
    pace->addWidget(m_ceilingLabel);
    pace->addWidget(m_ceilingBox);
    pace->addSpacing(12);
    pace->addWidget(m_progressBar, 1);
    pace->addWidget(m_progressLabel);

    m_runButton = button(u"runButton"_s, &BatchWindow::runClicked);
    // Its tooltip is the preview, worked out when it is about to show rather than at every edit.
    m_runButton->installEventFilter(this);
    m_runButton->setDefault(true);
    m_pauseButton = button(u"pauseButton"_s, &BatchWindow::pauseClicked);
    m_cancelButton = button(u"cancelButton"_s, &BatchWindow::cancelClicked);
    m_retryButton = button(u"retryButton"_s, &BatchWindow::retryFailed);
    m_resolveButton = button(u"resolveButton"_s, &BatchWindow::resolveUnknown);
    m_exportButton = button(u"exportButton"_s, &BatchWindow::exportClicked);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setAutoDefault(false);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_runButton);
    actions->addWidget(m_pauseButton);
    actions->addWidget(m_cancelButton);
    actions->addSpacing(12);
    actions->addWidget(m_retryButton);
    actions->addWidget(m_resolveButton);
    actions->addWidget(m_exportButton);
    actions->addStretch();
    actions->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_countsLabel);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_findingsLabel);
    layout->addWidget(m_messageLabel);
    layout->addLayout(pace);
    layout->addLayout(actions);
}

void BatchWindow::retranslateUi()
{
    setWindowTitle(tr("Batch create"));
    m_importButton->setText(tr("&Import CSV…"));
    m_importButton->setToolTip(tr("Read a batch file: the columns of flowlog-cli batch, a header row first"));
    m_pasteButton->setText(tr("&Paste rows"));
    m_pasteButton->setToolTip(tr("Add rows copied from a spreadsheet (tab-separated). Without a header row the "
                                 "columns are read in this order: %1")
                                  .arg(BatchColumns::names().join(u", "_s)));
    m_bulkEditButton->setText(tr("Set &column…"));
    m_bulkEditButton->setToolTip(tr("Give one value to the current column in every selected row"));
    m_removeButton->setText(tr("&Remove rows"));
    m_skipErrorsBox->setText(tr("&Skip rows with errors"));
    m_ceilingLabel->setText(tr("At most (calls/s):"));
    m_ceilingBox->setSpecialValueText(tr("the service's limit"));
    m_ceilingBox->setToolTip(tr("The batch starts at %1 calls/s and finds the service's limit by itself; a "
                                "value here is a ceiling it never exceeds.")
                                 .arg(AppSettings::load().batchStartRate));
    m_pauseButton->setText(m_runner && m_runner->state() == BatchRunner::State::Paused ? tr("Resu&me") : tr("P&ause"));
    m_cancelButton->setText(tr("Cancel"));
    m_retryButton->setText(tr("Retry the &failed"));
    m_resolveButton->setText(tr("Resolve the &unknown"));
    m_resolveButton->setToolTip(tr("Look for each flow log whose creation is unknown; adopt it when it exists, "
                                   "create it when it does not"));
    m_exportButton->setText(tr("&Export results…"));
    m_closeButton->setText(tr("Close"));
    if (m_messageText)
        m_messageLabel->setText(m_messageText());
    updateCounts();
    updateProgress();
    updateButtons();
}

bool BatchWindow::importFile(const QString &path)
{
    CsvTable table;
    QString error;
    if (!CsvReader::readFile(path, &table, &error)
        || !m_model->addTable(table, QFileInfo(path).fileName(), false, &error)) {
        showMessage(error, true);
        return false;
    }
    m_batchId.clear();
    showMessage(tr("Read %n row(s) from %1.", nullptr, int(table.rows.size())).arg(QFileInfo(path).fileName()), false);
    return true;
}

bool BatchWindow::pasteText(const QString &text)
{
    CsvTable table;
    QString error;
    if (!CsvReader::parsePasted(text, &table, &error)
        || !m_model->addTable(table, tr("the pasted text"), !isRunning() && m_model->isEditable(), &error)) {
        showMessage(error, true);
        return false;
    }
    m_batchId.clear();
    showMessage(tr("Added %n pasted row(s).", nullptr, int(table.rows.size())), false);
    return true;
}

void BatchWindow::addRequests(const QList<FlowLogRequest> &requests)
{
    CsvTable table;
    table.header = BatchColumns::names();
    for (const FlowLogRequest &request : requests)
        table.rows.append(BatchColumns::cells(request));
    QString error;
    m_model->addTable(table, tr("the selected VPCs"), m_model->isEditable(), &error);
    m_batchId.clear();
}

void BatchWindow::showOpenBatch(const QString &batchId)
{
    if (!m_history)
        return;
    m_batchId = batchId;
    m_model->setRows(m_history->batchEntries(batchId));
    int queued = 0;
    int unknown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto entry = m_model->outcome(row);
        queued += entry->outcome == Outcome::Queued;
        unknown += entry->isUnresolved();
    }
    QString text = tr("This batch was cut short: %1 row(s) not sent, %2 whose creation is unknown. Resume "
                      "sends the rows not sent and looks for each unknown one before creating it again.")
                       .arg(queued)
                       .arg(unknown);
    // Rows sent elsewhere than this profile sends now (flowlog-cli --endpoint, a changed setting):
    // say so before anything is sent.
    bool elsewhere = false;
    if (const HistoryEntry *entry = m_model->rowCount() > 0 ? m_model->outcome(0) : nullptr) {
        QString problem;
        const auto now = m_jobs ? m_jobs->endpoint(m_target.profileId, FlowLogRequest::normalized(entry->request.regionId), &problem)
                                : std::nullopt;
        if (now && !entry->endpoint.isEmpty() && QUrl(entry->endpoint) != *now) {
            text += u' ' + tr("Its rows were sent to %1; this profile now sends to %2.").arg(entry->endpoint, now->toString());
            elsewhere = true;
        }
    }
    showMessage(text, elsewhere);
    updateButtons();
}

void BatchWindow::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a batch file"), QString(),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void BatchWindow::pasteClicked()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showMessage(tr("The clipboard holds no text. Copy rows from a spreadsheet first."), true);
        return;
    }
    pasteText(text);
}

void BatchWindow::bulkEditClicked()
{
    const QModelIndex current = m_table->currentIndex();
    const QList<int> rows = selectedRows();
    if (!current.isValid() || current.column() == BatchTableModel::StatusColumn || rows.isEmpty()) {
        showMessage(tr("Select the rows, with a cell of the column to set as the current cell."), true);
        return;
    }
    const QString column = m_model->headerData(current.column(), Qt::Horizontal).toString();
    bool ok = false;
    const QString value = QInputDialog::getText(this, tr("Set column"),
        tr("%1 for the %n selected row(s):", nullptr, int(rows.size())).arg(column), QLineEdit::Normal,
        m_model->cell(current.row(), current.column()), &ok);
    if (ok)
        m_model->setColumnValue(rows, current.column(), value);
}

void BatchWindow::removeClicked()
{
    m_model->removeRowsAt(selectedRows());
}

QList<int> BatchWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void BatchWindow::runClicked()
{
    if (isRunning())
        return;
    if (isResumable()) {
        resume();
        return;
    }
    const BatchTableModel::Counts counts = m_model->counts();
    if (counts.withErrors > 0 && !m_skipErrorsBox->isChecked()) {
        showMessage(tr("%n row(s) have errors: fix them (each red cell says how) or tick Skip rows with errors.",
                        nullptr, counts.withErrors),
            true);
        return;
    }
    if (counts.ready == 0) {
        showMessage(tr("No row is ready to create. Import a batch file or paste rows first."), true);
        return;
    }
    if (m_target.sandbox) {
        startRun();
        return;
    }
    // The confirmation says whether the rows fit the account's flow-log quota: count first.
    const QStringList regions = readyRegions();
    m_runButton->setEnabled(false);
    showMessage(tr("Counting the account's flow logs…"), false);
    connectRegions(regions, [this, regions, calls = counts.ready](const QString &error) {
        if (!error.isEmpty()) {
            showMessage(error, true);
            updateButtons();
            return;
        }
        countFlowLogs(regions, [this, calls](int existing) {
            m_messageText = {};
            m_messageLabel->clear();
            if (confirmRun(calls, existing))
                startRun();
            else
                updateButtons();
        });
    });
}

QStringList BatchWindow::readyRegions() const
{
    QStringList regions;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const auto request = m_model->request(row)) {
            const QString region = FlowLogRequest::normalized(request->regionId);
            if (!regions.contains(region))
                regions.append(region);
        }
    }
    return regions;
}

// The account's flow logs in these regions (DescribeFlowLogs' TotalCount, one page of one), or -1
// when a region could not tell (a permission, a network failure): the batch is not held up for it.
void BatchWindow::countFlowLogs(const QStringList &regions, std::function<void(int existing)> done)
{
    struct Count
    {
        qsizetype pending = 0;
        int total = 0;
    };
    auto count = std::make_shared<Count>(Count {regions.size(), 0});
    for (const QString &region : regions) {
        FlowLogFilter filter;
        filter.regionId = region;
        filter.pageSize = 1;
        ApiCallHandle *call = m_clients.value(region)->describeFlowLogs(filter);
        connect(call, &ApiCallHandle::finished, this, [count, done](const ApiResult &result) {
            const int listed = result.ok() ? FlowLogInfo::totalCount(result.body) : -1;
            count->total = listed < 0 || count->total < 0 ? -1 : count->total + listed;
            if (--count->pending == 0)
                done(count->total);
        });
    }
}

void BatchWindow::startRun()
{
    QList<BatchItem> items;
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const auto request = m_model->request(row)) {
            items.append(BatchItem {*request});
            rows.append(row);
        }
    }
    run(std::move(items), std::move(rows));
}

bool BatchWindow::confirmRun(int calls, int existing)
{
    // Say where it goes, as a single create does: an emulator on this machine is not Alibaba Cloud.
    const QStringList regions = readyRegions();
    QString problem;
    const auto endpoint = regions.isEmpty() ? std::nullopt : m_jobs->endpoint(m_target.profileId, regions.first(), &problem);
    const bool local = endpoint && Endpoints::isLoopbackHost(endpoint->host());
    const QString host = endpoint && endpoint->port() > 0 ? endpoint->host() + u':' + QString::number(endpoint->port())
                                                          : endpoint ? endpoint->host() : QString();
    const QString question = local ? tr("Create %n flow log(s) in the local emulator at %1?", nullptr, calls).arg(host)
                                   : tr("Create %n flow log(s) in Alibaba Cloud?", nullptr, calls);
    QMessageBox box(QMessageBox::Question, tr("Batch create"), question, QMessageBox::NoButton, this);
    box.setObjectName(u"confirmBatchMessageBox"_s);
    QString details = previewText(calls);
    // With a RAM role, the role acts, not the AccessKey the profile holds: name it.
    if (!m_target.roleArn.isEmpty())
        details += u'\n' + tr("Role assumed: %1").arg(m_target.roleArn);
    // The quota itself cannot be read with these APIs: the default is what most accounts have.
    if (existing >= 0 && existing + calls > ErrorCatalog::defaultFlowLogQuota) {
        box.setIcon(QMessageBox::Warning);
        details += u"\n\n"_s
            + tr("The account already has %n flow log(s) in these regions, and an account may hold %1 unless its "
                 "quota was raised (vpc_quota_flowlog_inst_nums_per_user): these %2 may not all fit, and the batch "
                 "pauses at the quota. Raise the quota first at %3 if need be.",
                nullptr, existing)
                  .arg(ErrorCatalog::defaultFlowLogQuota)
                  .arg(calls)
                  .arg(QLatin1String(ErrorCatalog::quotaCenterUrl));
    }
    box.setInformativeText(details);
    QPushButton *create = box.addButton(tr("Create"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(create);
    box.exec();
    return box.clickedButton() == create;
}

// How many calls go where, at what pace, for how long: the same for the confirmation and the window.
QString BatchWindow::previewText(int calls) const
{
    QMap<QString, int> perRegion;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const auto request = m_model->request(row))
            ++perRegion[FlowLogRequest::normalized(request->regionId)];
    }
    QStringList regions;
    for (auto it = perRegion.cbegin(); it != perRegion.cend(); ++it) {
        QString problem;
        const auto endpoint = m_jobs ? m_jobs->endpoint(m_target.profileId, it.key(), &problem) : std::nullopt;
        regions.append(tr("%1: %n call(s) to %2", nullptr, it.value())
                           .arg(it.key(), endpoint ? endpoint->toString() : problem));
    }
    const AppSettings settings = AppSettings::load();
    const double ceiling = m_ceilingBox->value();
    const double start = ceiling > 0 ? std::min(settings.batchStartRate, ceiling) : settings.batchStartRate;
    // The service's limit is unknown until the batch meets it: the estimate assumes the start pace,
    // which the batch only ever raises (up to the ceiling).
    const qint64 estimateMs = qint64(calls / start * 1000.0);
    QString pace = ceiling > 0 ? tr("Pace: from %1 calls/s, at most %2 calls/s.").arg(start).arg(ceiling)
                               : tr("Pace: from %1 calls/s, up to the service's limit.").arg(start);
    return tr("Profile: %1").arg(m_target.profileName) + u'\n' + regions.join(u'\n') + u'\n' + pace + u'\n'
        + tr("Estimated time: at most %1.").arg(durationText(estimateMs));
}

void BatchWindow::run(QList<BatchItem> items, QList<int> rows, const QString &batchId)
{
    QStringList regions;
    for (const BatchItem &item : std::as_const(items)) {
        const QString region = FlowLogRequest::normalized(item.request.regionId);
        if (!regions.contains(region))
            regions.append(region);
    }
    m_runButton->setEnabled(false);
    showMessage(tr("Connecting…"), false);
    connectRegions(regions, [this, items, rows, batchId](const QString &error) mutable {
        if (!error.isEmpty()) {
            showMessage(error, true);
            updateButtons();
            return;
        }
        launch(std::move(items), std::move(rows), batchId);
    });
}

// One client per region, kept for the window's life: a retry or a resume reuses its connections.
void BatchWindow::connectRegions(QStringList regions, std::function<void(const QString &error)> done)
{
    while (!regions.isEmpty() && m_clients.contains(regions.first()))
        regions.removeFirst();
    if (regions.isEmpty()) {
        done({});
        return;
    }
    const QString region = regions.takeFirst();
    m_jobs->connection(m_target.profileId, region, this,
        [this, region, regions, done](const JobBuilder::Connection &connection, const QString &error) {
            if (!error.isEmpty()) {
                done(tr("%1: %2").arg(region, error));
                return;
            }
            auto *network = new QNetworkAccessManager;
            auto *client = new ApiClient(network, nullptr);
            network->setParent(client);
            client->setSettings(connection.settings);
            if (connection.provider)
                client->setCredentialProvider(connection.provider);
            else
                client->setCredentials(connection.credentials);
            client->setRatePacing(m_pacing);
            m_connections.insert(region, connection);
            m_clients.insert(region, client);
            connectRegions(regions, done);
        });
}

void BatchWindow::launch(QList<BatchItem> items, QList<int> rows, const QString &batchId)
{
    const AppSettings settings = AppSettings::load();
    RatePacerSettings pacing = m_pacing->settings();
    pacing.startRate = m_startRateForTests > 0 ? m_startRateForTests : settings.batchStartRate;
    pacing.ceiling = m_ceilingBox->value();
    m_pacing->setSettings(pacing);

    BatchRunner::Setup setup;
    setup.history = m_history;
    setup.clientFor = [this](const QString &region) { return m_clients.value(region); };
    setup.endpointFor = [this](const QString &region) {
        return m_connections.value(region).settings.endpoint.toString();
    };
    setup.resolver = m_resolver;
    setup.source = u"gui"_s;
    setup.profileId = m_target.profileId;
    setup.signatureVersion = settings.signatureVersion;
    setup.concurrency = BatchConcurrency;
    m_runner = std::make_unique<BatchRunner>(setup);
    connect(m_runner.get(), &BatchRunner::itemFinished, this, &BatchWindow::onItemFinished);
    connect(m_runner.get(), &BatchRunner::quotaReached, this, &BatchWindow::onQuotaReached);
    connect(m_runner.get(), &BatchRunner::credentialsFailed, this,
        [this](const QString &message) { showMessage(tr("The batch stopped: %1").arg(message), true); });
    connect(m_runner.get(), &BatchRunner::stateChanged, this, [this] {
        retranslateUi();
        updateButtons();
    });
    connect(m_runner.get(), &BatchRunner::finished, this, &BatchWindow::onRunFinished);

    m_rowOfItem = rows;
    m_model->setEditable(false);
    const QString started = m_runner->start(std::move(items), batchId.isEmpty() ? m_batchId : batchId);
    if (started.isEmpty()) {
        showMessage(m_runner->errorString(), true);
        updateButtons();
        return;
    }
    m_batchId = started;
    // Every row is now in the history with its batch; show them as it holds them.
    for (int item = 0; item < m_rowOfItem.size(); ++item)
        m_model->setOutcome(m_rowOfItem.at(item), m_runner->entry(item));
    m_messageText = {};
    m_messageLabel->clear();
    m_progressTimer->start();
    updateProgress();
    updateButtons();
}

void BatchWindow::onItemFinished(int index, const HistoryEntry &entry, const ApiResult &)
{
    if (index < m_rowOfItem.size())
        m_model->setOutcome(m_rowOfItem.at(index), entry);
}

void BatchWindow::onQuotaReached(const ApiResult &result)
{
    const ErrorExplanation quota = ErrorCatalog::quotaReached();
    Q_UNUSED(result)
    showMessage(tr("Paused: %1 %2 Cancel ends the batch (the rows not sent are recorded as cancelled).")
                    .arg(quota.explanation, quota.action),
        true);
}

void BatchWindow::onRunFinished()
{
    m_progressTimer->stop();
    updateProgress();
    updateButtons();
    const BatchRunner::Progress progress = m_runner->progress();
    if (m_runner->errorString().isEmpty() && !m_messageIsProblem)
        showMessage(tr("Done: %1 created, %2 failed, %3 unknown, %4 cancelled.")
                        .arg(progress.succeeded)
                        .arg(progress.failed)
                        .arg(progress.unknown)
                        .arg(progress.cancelled),
            progress.failed + progress.unknown > 0);
    else if (!m_runner->errorString().isEmpty())
        showMessage(m_runner->errorString(), true);
    Q_EMIT runFinished();
}

// The rows whose outcome `itemFor` turns into an item to send again, with their table rows.
BatchWindow::Rerun BatchWindow::rerunOf(const std::function<std::optional<BatchItem>(const HistoryEntry &)> &itemFor) const
{
    Rerun rerun;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto entry = m_model->outcome(row);
        if (!entry)
            continue;
        if (std::optional<BatchItem> item = itemFor(*entry)) {
            rerun.items.append(std::move(*item));
            rerun.rows.append(row);
        }
    }
    return rerun;
}

void BatchWindow::retryFailed()
{
    Rerun rerun = rerunOf([](const HistoryEntry &entry) -> std::optional<BatchItem> {
        if (entry.outcome != Outcome::Failed && entry.outcome != Outcome::Cancelled)
            return std::nullopt;
        return BatchItem {entry.request};
    });
    if (!rerun.items.isEmpty())
        run(std::move(rerun.items), std::move(rerun.rows));
}

// The --if-absent logic: each unknown row is looked for first, adopted when it exists, created
// only when it does not; the earlier row is settled by what the retry found out.
void BatchWindow::resolveUnknown()
{
    Rerun rerun = rerunOf([](const HistoryEntry &entry) -> std::optional<BatchItem> {
        if (!entry.isUnresolved())
            return std::nullopt;
        return BatchItem {entry.request, 0, entry.id};
    });
    if (!rerun.items.isEmpty())
        run(std::move(rerun.items), std::move(rerun.rows));
}

// A batch the history holds: its queued rows are sent as they are (their history rows reused) and
// its unknown ones are resolved as above, so nothing is created twice.
void BatchWindow::resume()
{
    Rerun rerun = rerunOf([](const HistoryEntry &entry) -> std::optional<BatchItem> {
        if (entry.outcome == Outcome::Queued)
            return BatchItem {entry.request, entry.id};
        if (entry.isUnresolved())
            return BatchItem {entry.request, 0, entry.id};
        return std::nullopt;
    });
    if (rerun.items.isEmpty()) {
        showMessage(tr("Every row of this batch is settled: nothing is left to send."), false);
        return;
    }
    if (!m_target.sandbox && !confirmRun(int(rerun.items.size()), -1))
        return;
    run(std::move(rerun.items), std::move(rerun.rows), m_batchId);
}

void BatchWindow::pauseClicked()
{
    if (!m_runner)
        return;
    if (m_runner->state() == BatchRunner::State::Paused) {
        m_messageText = {};
        m_messageLabel->clear();
        m_runner->resume();
    } else {
        m_runner->pause();
    }
}

void BatchWindow::cancelClicked()
{
    if (m_runner)
        m_runner->cancel();
}

QList<HistoryEntry> BatchWindow::resultEntries() const
{
    QList<HistoryEntry> entries;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const auto entry = m_model->outcome(row))
            entries.append(*entry);
    }
    return entries;
}

void BatchWindow::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the results"), u"batch-results.csv"_s,
        tr("CSV files (*.csv);;JSON files (*.json)"));
    if (!path.isEmpty())
        exportResults(path);
}

bool BatchWindow::exportResults(const QString &path)
{
    // The history export's own schema: the same columns as File → Export history.
    QList<HistoryEntry> entries = resultEntries();
    if (m_history) {
        for (HistoryEntry &entry : entries) {
            if (entry.id != 0)
                entry = m_history->entry(entry.id).value_or(entry);
        }
    }
    QString error;
    if (!HistoryExporter::write(path, HistoryExporter::formatForPath(path), entries, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Exported %n row(s) to %1.", nullptr, int(entries.size())).arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

// Each column as wide as its header and first rows need (IDs are long), within reason; Status the
// widest, since it holds the first finding.
void BatchWindow::fitColumns()
{
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), 320));
    header->resizeSection(BatchTableModel::StatusColumn, std::max(header->sectionSize(BatchTableModel::StatusColumn), 260));
}

void BatchWindow::updateCounts()
{
    const BatchTableModel::Counts counts = m_model->counts();
    m_countsLabel->setText(tr("%n row(s)", nullptr, counts.rows) + u" · " + tr("%n ready", nullptr, counts.ready)
        + u" · " + tr("%n with errors", nullptr, counts.withErrors));
    updateButtons();
}

void BatchWindow::updateProgress()
{
    if (!m_runner) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
        m_progressLabel->clear();
        return;
    }
    const BatchRunner::Progress p = m_runner->progress();
    m_progressBar->setRange(0, std::max(1, p.total));
    m_progressBar->setValue(p.done());
    const double rate = p.rate();
    const QString left = rate > 0 ? durationText(qint64(p.remaining() / rate * 1000.0)) : tr("—");
    m_progressLabel->setText(tr("%1 of %2 · %3 calls/s · %4 elapsed · %5 left · %n throttled", nullptr,
        p.throttledAnswers)
                                 .arg(p.done())
                                 .arg(p.total)
                                 .arg(rate, 0, 'f', 1)
                                 .arg(durationText(p.elapsedMs), left));
}

void BatchWindow::updateButtons()
{
    const bool running = isRunning();
    const bool editable = m_model->isEditable() && !running;
    m_importButton->setEnabled(!running);
    m_pasteButton->setEnabled(!running);
    m_bulkEditButton->setEnabled(editable);
    m_removeButton->setEnabled(editable && m_table->selectionModel()->hasSelection());
    m_skipErrorsBox->setEnabled(editable);
    int withOutcome = 0;
    int failed = 0;
    int unknown = 0;
    int resumable = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const HistoryEntry *entry = m_model->outcome(row);
        if (!entry)
            continue;
        ++withOutcome;
        failed += entry->outcome == Outcome::Failed || entry->outcome == Outcome::Cancelled;
        unknown += entry->isUnresolved();
        resumable += entry->outcome == Outcome::Queued || entry->isUnresolved();
    }
    const bool resuming = isResumable();
    if (resuming)
        m_runButton->setText(tr("&Resume the batch (%n row(s))", nullptr, resumable));
    else
        m_runButton->setText(tr("C&reate %n flow log(s)", nullptr, m_model->counts().ready));
    m_runButton->setEnabled(!running && (resuming ? resumable > 0 : editable && m_model->counts().ready > 0));
    m_pauseButton->setEnabled(running);
    m_cancelButton->setEnabled(running);
    m_retryButton->setEnabled(!running && failed > 0 && m_runner);
    m_resolveButton->setEnabled(!running && unknown > 0 && m_runner);
    m_exportButton->setEnabled(!running && withOutcome > 0);
}

void BatchWindow::showMessage(const QString &text, bool problem)
{
    m_messageIsProblem = problem;
    m_messageText = [text] { return text; };
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? u"color: #a4262c;"_s : QString());
}

void BatchWindow::showCurrentFindings()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_findingsLabel->clear();
        return;
    }
    m_findingsLabel->setText(m_model->data(current, Qt::ToolTipRole).toString());
}

// A batch read back from the history (showOpenBatch()) that this window has not run yet.
bool BatchWindow::isResumable() const
{
    return !m_batchId.isEmpty() && !m_model->isEditable() && !m_runner;
}

bool BatchWindow::isRunning() const
{
    return m_runner
        && (m_runner->state() == BatchRunner::State::Running || m_runner->state() == BatchRunner::State::Paused);
}

void BatchWindow::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Batch create"),
            tr("The batch is still running. Cancel it? Rows not sent yet are recorded as cancelled; calls on "
               "their way finish and are recorded."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runner->cancel();
    }
    QDialog::closeEvent(event);
}

bool BatchWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_runButton && event->type() == QEvent::ToolTip) {
        const int ready = m_model->counts().ready;
        m_runButton->setToolTip(m_model->isEditable() && ready > 0 && !isRunning() ? previewText(ready) : QString());
    }
    return QDialog::eventFilter(watched, event);
}

void BatchWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BatchWindow::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+V on the table adds what the clipboard holds, as a spreadsheet would.
    if (event->matches(QKeySequence::Paste) && !isRunning()) {
        pasteClicked();
        return;
    }
    // Escape closes through closeEvent(), which asks first while a batch runs.
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QDialog::keyPressEvent(event);
}
