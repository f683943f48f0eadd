// File → Batch create… in the real window, over the sandbox: a batch file with good and bad rows,
// a cell fixed in place, a run against the emulator's rate limit with a lost response, a cancel, a
// batch cut short and resumed at the next start, the quota, and the event loop kept responsive.
// The emulator's own list of flow logs proves that nothing was created twice.
#include "core/api/errorcatalog.h"
#include "core/config/endpoints.h"
#include "core/inventory/coverage.h"
#include "core/history/historystore.h"
#include "emulator/vpcemulator.h"
#include "ui/batch/batchtablemodel.h"
#include "ui/batch/batchwindow.h"
#include "ui/coverage/coverageview.h"
#include "ui/main/sandbox.h"
#include "ui/profiles/profile.h"
#include "ui/profiles/profilemanager.h"
#include "support/cpubudget.h"
#include "support/namedchild.h"
#include "support/sandboxinventory.h"
#include "support/windowfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList sandboxVpcs {SandboxInventory::coveredVpc, SandboxInventory::partialVpc,
    SandboxInventory::uncoveredVpc, SandboxInventory::inactiveVpc};

// count VPC-level flow logs, each named batch-N (N from first), over the sandbox's VPCs.
QByteArray batchFile(int count, int first = 0)
{
    QByteArray csv = "RegionId,ResourceType,ResourceId,TrafficType,ProjectName,LogStoreName,FlowLogName\n";
    for (int i = first; i < first + count; ++i) {
        csv += "cn-hangzhou,VPC," + sandboxVpcs.at(i % sandboxVpcs.size()).toLatin1() + ",All,sandbox-project,"
            + "flowlog-store,batch-" + QByteArray::number(i) + '\n';
    }
    return csv;
}

} // namespace

class tst_BatchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsGoodAndBadRowsAndAFixedCellMakesItsRowReady();
    void pastedRowsWithoutAHeaderFollowTheColumnOrder();
    void theCoverageTabsSelectedVpcsBecomeRows();
    void resultsExportInTheHistorysSchema();
    void runsUnderTheRateLimitWithALostResponseAndCreatesEachOnce();
    void cancelAccountsForEveryRowAndRetryFinishesThem();
    void aBatchCutShortIsOfferedAtTheNextStartAndResumedWithoutDuplicates();
    void theQuotaPausesTheBatchWithTheWayToRaiseIt();
    void aCloudProfileConfirmsAndWarnsWhenTheRowsExceedTheQuota();
    void aTwoThousandRowBatchKeepsTheWindowResponsive();
    void benchmarkOneThousandAtTwentyPerSecond();

private:
    BatchWindow *openBatch();
    bool importRows(BatchWindow *window, const QByteArray &csv);
    void createWindow(const QProcessEnvironment &environment = {});
    VpcEmulator *emulator() const { return m_fixture.window->sandbox()->emulator(); }
    // The batch's flow logs in the emulator, by name: a name twice is a duplicate.
    QStringList createdNames() const;
    void run(BatchWindow *window, int timeoutMs = 30000);

    QTemporaryDir m_home;
    QTemporaryDir m_directory;
    WindowFixture m_fixture;
    QString m_historyPath;
};

void tst_BatchWindow::initTestCase()
{
    // A home of its own: the sandbox's state file is in the shared data folder, and the batches
    // here create hundreds of flow logs the other suites' sandboxes must not see.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(variable);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_batchwindow"_s);
    QVERIFY(m_directory.isValid());
}

void tst_BatchWindow::init()
{
    QFile::remove(Sandbox::defaultStateFile());
    m_historyPath = m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QVERIFY(m_fixture.setUp(LanguageManager::Language::English, m_historyPath));
    createWindow();
}

void tst_BatchWindow::createWindow(const QProcessEnvironment &environment)
{
    m_fixture.createWindow(m_directory.filePath(u"no-aliyun-config.json"_s), environment);
    m_fixture.window->resize(1200, 780);
    m_fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window));
    QVERIFY(m_fixture.window->sandbox()->ensureStarted());
    emulator()->setActivationDelay(0);
}

void tst_BatchWindow::cleanup()
{
    m_fixture.tearDown();
}

BatchWindow *tst_BatchWindow::openBatch()
{
    BatchWindow *window = m_fixture.window->openBatchWindow();
    if (window)
        window->setPacingForTests(50);
    return window;
}

bool tst_BatchWindow::importRows(BatchWindow *window, const QByteArray &csv)
{
    const QString path = m_directory.filePath(u"batch.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        return false;
    file.close();
    return window->importFile(path);
}

QStringList tst_BatchWindow::createdNames() const
{
    QStringList names;
    for (const QJsonObject &flowLog : emulator()->flowLogs()) {
        const QString name = flowLog.value(u"FlowLogName"_s).toString();
        if (name.startsWith(u"batch-"))
            names.append(name);
    }
    return names;
}

void tst_BatchWindow::run(BatchWindow *window, int timeoutMs)
{
    QSignalSpy finished(window, &BatchWindow::runFinished);
    QTest::mouseClick(namedChild<QPushButton>(window, u"runButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(timeoutMs));
}

void tst_BatchWindow::importsGoodAndBadRowsAndAFixedCellMakesItsRowReady()
{
    BatchWindow *window = openBatch();
    QByteArray csv = batchFile(3);
    csv += "cn-hangzhou,VPC," + SandboxInventory::uncoveredVpc.toLatin1() + ",Sometimes,sandbox-project,flowlog-store,batch-3\n";
    QVERIFY(importRows(window, csv));
    BatchTableModel *model = window->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(namedChild<QLabel>(window, u"countsLabel"_s)->text(), u"4 rows · 3 ready · 1 with errors"_s);
    const QModelIndex traffic = model->index(3, BatchTableModel::columnOf(Field::TrafficType));
    QVERIFY(model->data(traffic, Qt::BackgroundRole).isValid());
    // The cell says what the form would say.
    QVERIFY2(model->data(traffic, Qt::ToolTipRole).toString().contains(u"All"_s),
        qPrintable(model->data(traffic, Qt::ToolTipRole).toString()));
    QVERIFY(model->cell(3, BatchTableModel::StatusColumn).startsWith(u"1 error"_s));
    // Run refuses while a row has errors, and says how to go on.
    QTest::mouseClick(namedChild<QPushButton>(window, u"runButton"_s), Qt::LeftButton);
    QVERIFY(!namedChild<QPushButton>(window, u"runButton"_s)->isEnabled()
        || namedChild<QLabel>(window, u"messageLabel"_s)->text().contains(u"Skip rows with errors"_s));
    QCOMPARE(createdNames().size(), 0);

    // Fixed in place, as an operator types into the cell.
    auto *table = namedChild<QTableView>(window, u"batchTable"_s);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    table->setCurrentIndex(traffic);
    table->edit(traffic);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"Sometimes"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"All"_s);
    QCOMPARE(editor->text(), u"All"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->cell(3, BatchTableModel::columnOf(Field::TrafficType)), u"All"_s); // committed on the next turn
    QCOMPARE(namedChild<QLabel>(window, u"countsLabel"_s)->text(), u"4 rows · 4 ready · 0 with errors"_s);
    QVERIFY(!model->data(traffic, Qt::BackgroundRole).isValid());

    // Bulk edit: one logstore for the selected rows.
    table->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
    model->setColumnValue({0, 1}, BatchTableModel::columnOf(Field::LogStoreName), u"other-store"_s);
    QCOMPARE(model->request(1)->logStoreName, u"other-store"_s);
    QCOMPARE(model->request(2)->logStoreName, u"flowlog-store"_s);

    run(window);
    QCOMPARE(createdNames().size(), 4);
    for (int row = 0; row < 4; ++row)
        QVERIFY2(model->cell(row, 0).startsWith(u"Created fl-"_s), qPrintable(model->cell(row, 0)));
}

void tst_BatchWindow::pastedRowsWithoutAHeaderFollowTheColumnOrder()
{
    BatchWindow *window = openBatch();
    const QString text = u"cn-hangzhou\tVPC\t"_s + SandboxInventory::uncoveredVpc
        + u"\tAll\tsandbox-project\tflowlog-store\tbatch-0\n"_s + u"cn-hangzhou\tVPC\t"_s
        + SandboxInventory::partialVpc + u"\tDrop\tsandbox-project\tflowlog-store\t\"batch-1\"\n"_s;
    QVERIFY(window->pasteText(text));
    QCOMPARE(window->model()->rowCount(), 2);
    QCOMPARE(window->model()->counts().ready, 2);
    QCOMPARE(window->model()->request(1)->trafficType, TrafficType::Drop);
    QCOMPARE(window->model()->request(1)->flowLogName, u"batch-1"_s);
    // A second paste adds to the rows.
    QVERIFY(window->pasteText(u"RegionId\tResourceType\tResourceId\tTrafficType\tProjectName\tLogStoreName\n"_s
        + u"cn-hangzhou\tVPC\t"_s + SandboxInventory::coveredVpc + u"\tAll\tp-1\tls-1\n"_s));
    QCOMPARE(window->model()->rowCount(), 3);
    // A paste with an unknown column is refused and says which.
    QVERIFY(!window->pasteText(u"RegionId\tColour\n cn-hangzhou\tred\n"_s));
    QVERIFY(namedChild<QLabel>(window, u"messageLabel"_s)->text().contains(u"Colour"_s));
    QCOMPARE(window->model()->rowCount(), 3);
}

// "Create flow logs for the selected" with several VPCs: one VPC-level, all-traffic row each, the
// project and logstore as the form has them (here none yet: set for all rows at once).
void tst_BatchWindow::theCoverageTabsSelectedVpcsBecomeRows()
{
    QList<VpcCoverage> vpcs;
    for (const QString &vpcId : {SandboxInventory::uncoveredVpc, SandboxInventory::partialVpc, SandboxInventory::inactiveVpc}) {
        VpcCoverage vpc;
        vpc.regionId = u"cn-hangzhou"_s;
        vpc.vpcId = vpcId;
        vpcs.append(vpc);
    }
    Q_EMIT m_fixture.window->coverageView()->createRequested(vpcs);
    auto *window = m_fixture.window->findChild<BatchWindow *>();
    QVERIFY(window);
    BatchTableModel *model = window->model();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model->cell(row, BatchTableModel::columnOf(Field::ResourceId)), vpcs.at(row).vpcId);
        QCOMPARE(model->cell(row, BatchTableModel::columnOf(Field::ResourceType)), u"VPC"_s);
        QCOMPARE(model->cell(row, BatchTableModel::columnOf(Field::TrafficType)), u"All"_s);
    }
    QCOMPARE(model->counts().withErrors, 3); // no project or logstore yet
    model->setColumnValue({0, 1, 2}, BatchTableModel::columnOf(Field::ProjectName), u"sandbox-project"_s);
    model->setColumnValue({0, 1, 2}, BatchTableModel::columnOf(Field::LogStoreName), u"flowlog-store"_s);
    QCOMPARE(model->counts().ready, 3);
}

void tst_BatchWindow::resultsExportInTheHistorysSchema()
{
    BatchWindow *window = openBatch();
    QVERIFY(importRows(window, batchFile(3)));
    run(window);
    const QString csvPath = m_directory.filePath(u"results.csv"_s);
    const QString jsonPath = m_directory.filePath(u"results.json"_s);
    QVERIFY(window->exportResults(csvPath));
    QVERIFY(window->exportResults(jsonPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.at(0).contains("time,profile,regionId"));
    QVERIFY(lines.at(0).trimmed().endsWith("action,batchId"));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &row : rows) {
        QCOMPARE(row[u"outcome"_s].toString(), u"success"_s);
        QCOMPARE(row[u"batchId"_s].toString(), window->runner()->batchId());
        QVERIFY(row[u"flowLogId"_s].toString().startsWith(u"fl-"_s));
    }
    QVERIFY(!window->exportResults(m_directory.filePath(u"no-such-folder/results.csv"_s)));
    QVERIFY(!namedChild<QLabel>(window, u"messageLabel"_s)->text().isEmpty());
}

void tst_BatchWindow::runsUnderTheRateLimitWithALostResponseAndCreatesEachOnce()
{
    emulator()->setRateLimit(20);
    EmulatorFaults faults;
    faults.loseResponses = 1;
    emulator()->setFaults(faults);
    BatchWindow *window = openBatch();
    QVERIFY(importRows(window, batchFile(40)));
    run(window);
    const QStringList names = createdNames();
    QCOMPARE(names.size(), 40);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 40);
    const BatchRunner::Progress progress = window->runner()->progress();
    QCOMPARE(progress.succeeded, 40);
    QVERIFY(progress.throttledAnswers > 0);
    // Every call is a history row of the batch.
    const QList<HistoryEntry> rows = m_fixture.history->batchEntries(window->runner()->batchId());
    QCOMPARE(rows.size(), 40);
    QVERIFY(std::all_of(rows.cbegin(), rows.cend(), [](const HistoryEntry &e) { return e.outcome == Outcome::Succeeded; }));
    QVERIFY(namedChild<QLabel>(window, u"progressLabel"_s)->text().startsWith(u"40 of 40"_s));
    QVERIFY(namedChild<QPushButton>(window, u"exportButton"_s)->isEnabled());
}

void tst_BatchWindow::cancelAccountsForEveryRowAndRetryFinishesThem()
{
    EmulatorFaults faults;
    faults.latencyMs = 100;
    emulator()->setFaults(faults);
    BatchWindow *window = openBatch();
    window->setPacingForTests(5);
    QVERIFY(importRows(window, batchFile(20)));
    QSignalSpy finished(window, &BatchWindow::runFinished);
    QTest::mouseClick(namedChild<QPushButton>(window, u"runButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->runner() && window->runner()->progress().succeeded >= 2, 10000);
    QTest::mouseClick(namedChild<QPushButton>(window, u"cancelButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const BatchRunner::Progress cut = window->runner()->progress();
    QCOMPARE(cut.done(), 20);
    QVERIFY(cut.cancelled > 0);
    for (int row = 0; row < 20; ++row)
        QVERIFY(window->model()->outcome(row)->outcome != Outcome::Queued);

    window->setPacingForTests(50);
    if (cut.unknown > 0) {
        QTest::mouseClick(namedChild<QPushButton>(window, u"resolveButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    }
    const qsizetype runs = finished.size();
    QTest::mouseClick(namedChild<QPushButton>(window, u"retryButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), runs + 1, 20000);
    const QStringList names = createdNames();
    QCOMPARE(names.size(), 20);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 20);
}

// Closing the window mid-run stands for a crash: rows not sent stay queued, rows in flight stay
// unknown. The next start offers the batch; Resume sends the queued rows and looks for the others.
void tst_BatchWindow::aBatchCutShortIsOfferedAtTheNextStartAndResumedWithoutDuplicates()
{
    EmulatorFaults faults;
    faults.latencyMs = 80;
    emulator()->setFaults(faults);
    BatchWindow *window = openBatch();
    window->setPacingForTests(10);
    QVERIFY(importRows(window, batchFile(16)));
    QTest::mouseClick(namedChild<QPushButton>(window, u"runButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->runner() && window->runner()->progress().succeeded >= 3, 10000);
    const QString batchId = window->runner()->batchId();
    delete window; // no cancel: what a crash leaves
    const qsizetype createdBefore = createdNames().size();
    QVERIFY(createdBefore < 16);
    QCOMPARE(m_fixture.history->openBatches(), QStringList {batchId});

    // The next start, over the same history and the same sandbox state.
    delete std::exchange(m_fixture.window, nullptr);
    createWindow();
    auto *banner = namedChild<QFrame>(m_fixture.window, u"openBatchBannerFrame"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(namedChild<QLabel>(m_fixture.window, u"openBatchLabel"_s)->text().contains(batchId));
    emulator()->setFaults({});
    QTest::mouseClick(namedChild<QPushButton>(m_fixture.window, u"resumeBatchButton"_s), Qt::LeftButton);
    BatchWindow *resumed = m_fixture.window->findChild<BatchWindow *>();
    QVERIFY(resumed);
    resumed->setPacingForTests(50);
    QCOMPARE(resumed->model()->rowCount(), 16);
    QVERIFY(namedChild<QPushButton>(resumed, u"runButton"_s)->text().remove(u'&').contains(u"Resume"_s));
    run(resumed);
    const QStringList names = createdNames();
    QCOMPARE(names.size(), 16);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 16);
    QVERIFY(m_fixture.history->openBatches().isEmpty());
}

void tst_BatchWindow::theQuotaPausesTheBatchWithTheWayToRaiseIt()
{
    emulator()->setFlowLogQuota(int(emulator()->flowLogCount()) + 2);
    BatchWindow *window = openBatch();
    QVERIFY(importRows(window, batchFile(20))); // more rows than calls in flight
    QSignalSpy finished(window, &BatchWindow::runFinished);
    QTest::mouseClick(namedChild<QPushButton>(window, u"runButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->runner()->state(), BatchRunner::State::Paused, 10000);
    const QString message = namedChild<QLabel>(window, u"messageLabel"_s)->text();
    QVERIFY2(message.contains(QLatin1String(ErrorCatalog::quotaCenterUrl)), qPrintable(message));
    QVERIFY(namedChild<QPushButton>(window, u"pauseButton"_s)->text().remove(u'&').contains(u"Resume"_s));
    QTest::mouseClick(namedChild<QPushButton>(window, u"cancelButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(createdNames().size(), 2);
    QVERIFY(window->runner()->progress().cancelled >= 10);
}

// With a profile other than the sandbox (here the environment's credentials, pointed at the local
// emulator), Create asks first, as a single create does, and warns when the rows would exceed the
// default quota of 10 given the flow logs the account already has in those regions.
void tst_BatchWindow::aCloudProfileConfirmsAndWarnsWhenTheRowsExceedTheQuota()
{
    delete std::exchange(m_fixture.window, nullptr);
    delete std::exchange(m_fixture.profiles, nullptr);
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, Sandbox::credentials().accessKeyId);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, Sandbox::credentials().accessKeySecret);
    createWindow(environment);
    Endpoints::Overrides endpoints;
    endpoints.emulator = m_fixture.window->sandbox()->endpoint();
    m_fixture.profiles->setEndpoints(Profile::environmentId(), endpoints);
    BatchWindow *window = openBatch();
    QVERIFY(importRows(window, batchFile(5)));

    QString headline;
    QString details;
    // The question comes once the flow logs are counted: answered from the box's own event loop.
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"confirmBatchMessageBox")
            return;
        answer.stop();
        headline = box->text();
        details = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    answer.start();
    QTest::mouseClick(namedChild<QPushButton>(window, u"runButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!details.isEmpty(), 10000);
    QVERIFY2(headline.contains(u"local emulator at 127.0.0.1:"_s), qPrintable(headline));
    QVERIFY(details.contains(u"Environment"_s, Qt::CaseInsensitive));
    // The sandbox's account already has more than five flow logs in cn-hangzhou.
    QVERIFY2(details.contains(u"vpc_quota_flowlog_inst_nums_per_user"_s), qPrintable(details));
    QVERIFY(details.contains(QLatin1String(ErrorCatalog::quotaCenterUrl)));
    QTest::qWait(100);
    QCOMPARE(createdNames().size(), 0); // cancelled: nothing sent
    QCOMPARE(m_fixture.history->count(), 0);
}

// The window's event loop between two turns while a 2,000-row batch runs (the sandbox's emulator
// answers in the same thread, so its request handling is counted too).
void tst_BatchWindow::aTwoThousandRowBatchKeepsTheWindowResponsive()
{
    BatchWindow *window = openBatch();
    window->setPacingForTests(400);
    // The sandbox writes its whole state file every 200 ms at most, in this thread; with 2,000 more
    // flow logs that write alone takes 20–50 ms. It is the emulator's cost, not the window's (a cloud
    // account has no emulator in the process), so this measurement keeps the state in memory.
    emulator()->setStateFile(QString());
    // FLOWLOG_BATCH_RATE_LIMIT=50 measures the same at a limit the service has (about 40 s).
    const double limit = qEnvironmentVariableIntValue("FLOWLOG_BATCH_RATE_LIMIT");
    if (limit > 0) {
        emulator()->setRateLimit(limit);
        window->setPacingForTests(10);
    }
    QVERIFY(importRows(window, batchFile(2000)));
    QList<qint64> gaps;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setInterval(0);
    QElapsedTimer sinceClick;
    QStringList slowTurns; // when the turns above a frame came, for the message
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (clock.isValid()) {
            gaps.append(clock.nsecsElapsed() / 1000);
            if (gaps.last() > cpuBudgetMs(16) * 1000)
                slowTurns.append(u"%1 us at %2 ms"_s.arg(gaps.last()).arg(sinceClick.elapsed()));
        }
        clock.start();
    });
    QSignalSpy finished(window, &BatchWindow::runFinished);
    ticker.start();
    QElapsedTimer wall;
    wall.start();
    sinceClick.start();
    QTest::mouseClick(namedChild<QPushButton>(window, u"runButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(limit > 0 ? 2000 / limit * 2000 : 120000));
    ticker.stop();
    QCOMPARE(window->runner()->progress().succeeded, 2000);
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.at(gaps.size() * 99 / 100);
    const qint64 worst = gaps.last();
    qInfo("2000 rows in %lld ms; event-loop turns: %lld, p99 %lld us, worst %lld us; above 16 ms: %s", wall.elapsed(),
        qint64(gaps.size()), p99, worst, qPrintable(slowTurns.join(u", "_s)));
    QVERIFY2(p99 < cpuBudgetMs(16) * 1000, qPrintable(u"p99 %1 us"_s.arg(p99)));
    // On an idle machine no turn misses a frame but the start, which stores all 2,000 rows in one
    // transaction (so that a crash leaves the whole batch on record or none of it), and perhaps the
    // end (docs/performance.md). On a machine shared with other suites a few more may: the bound
    // catches a regression (the history re-reading the batch's rows, a per-row repaint), not noise.
    QVERIFY2(slowTurns.size() <= 5, qPrintable(slowTurns.join(u", "_s)));
    QVERIFY2(worst < cpuBudgetMs(50) * 1000, qPrintable(u"worst %1 us"_s.arg(worst)));
}

// The benchmark of docs/performance.md (about a minute, so not in every run): 1,000 creates from the
// batch window at its default pace against a limit of 20/s it is not told.
void tst_BatchWindow::benchmarkOneThousandAtTwentyPerSecond()
{
    if (qEnvironmentVariableIsEmpty("FLOWLOG_BENCH"))
        QSKIP("a benchmark of about a minute: FLOWLOG_BENCH=1 runs it");
    constexpr int Rows = 1000;
    constexpr double Limit = 20;
    emulator()->setRateLimit(Limit);
    BatchWindow *window = m_fixture.window->openBatchWindow();
    QVERIFY(importRows(window, batchFile(Rows)));
    QElapsedTimer wall;
    wall.start();
    run(window, 120000);
    const qint64 wallMs = wall.elapsed();
    const BatchRunner::Progress progress = window->runner()->progress();
    const QStringList names = createdNames();
    const qsizetype duplicates = names.size() - QSet<QString>(names.cbegin(), names.cend()).size();
    const double floorMs = (Rows - Limit) / Limit * 1000;
    qInfo("GUI batch: %d calls at a limit of %.0f/s: wall %.2f s, floor %.1f s, %.3fx; throttled %d (%.1f %%); "
          "created %d, failed %d, unknown %d; duplicates %lld",
        Rows, Limit, wallMs / 1000.0, floorMs / 1000, wallMs / floorMs, progress.throttledAnswers,
        progress.throttledAnswers * 100.0 / Rows, progress.succeeded, progress.failed, progress.unknown,
        qint64(duplicates));
    QCOMPARE(progress.succeeded, Rows);
    QCOMPARE(duplicates, 0);
    QVERIFY(wallMs <= 1.1 * floorMs);
    QVERIFY(progress.throttledAnswers < Rows / 20);
}

QTEST_MAIN(tst_BatchWindow)
#include "tst_batchwindow.moc"
