// Drives the real main window through an empty form, a form with findings, a failure, a success,
// the request preview, the Advanced settings, a slow send and Tools → Profiles, and saves each as <dir>/<state>-<language>.png. Uses the sandbox only.
#include "core/history/historystore.h"
#include "ui/batch/batchtablemodel.h"
#include "ui/batch/batchwindow.h"
#include "ui/coverage/coverageview.h"
#include "ui/flowlogs/flowlogeditdialog.h"
#include "ui/flowlogs/flowlogsview.h"
#include "ui/flowlogs/flowlogtablemodel.h"
#include "ui/form/advancedsection.h"
#include "ui/inventory/resourcepicker.h"
#include "ui/form/flowlogform.h"
#include "ui/main/languagemanager.h"
#include "ui/main/mainwindow.h"
#include "emulator/emulatorfaults.h"
#include "ui/profiles/profilemanager.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/send/requestpreviewdialog.h"
#include "ui/send/resultpanel.h"
#include "ui/main/sandbox.h"
#include "typetext.h"
#include "emulator/vpcemulator.h"
#include "support/sandboxinventory.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QTableView>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class Screenshots
{
public:
    Screenshots(MainWindow *window, QString directory, QString language)
        : m_window(window)
        , m_directory(std::move(directory))
        , m_language(std::move(language))
    {
    }

    // popup: a top-level window open over the window (a drop-down list), painted in under the
    // widget it drops down from (the offscreen and Xvfb platforms place top-levels on their own).
    bool save(const QString &state, QWidget *widget = nullptr, QWidget *popup = nullptr, QWidget *anchor = nullptr) const
    {
        QTest::qWait(300); // let layouts and the style settle
        const QString path = QDir(m_directory).filePath(state + u"-"_s + m_language + u".png"_s);
        QWidget *shown = widget ? widget : m_window;
        QPixmap pixmap = shown->grab();
        if (popup && popup->isVisible() && anchor) {
            QPainter painter(&pixmap);
            painter.drawPixmap(anchor->mapTo(shown, QPoint(0, anchor->height())), popup->grab());
        }
        const bool saved = pixmap.save(path);
        qInfo("%s %s", saved ? "wrote" : "FAILED to write", qPrintable(path));
        return saved;
    }

    void type(const QString &editor, const QString &text) const
    {
        auto *edit = m_window->findChild<QLineEdit *>(editor);
        edit->clear();
        typeText(edit, text);
    }

    bool waitForResult() const
    {
        auto *panel = m_window->findChild<ResultPanel *>();
        return QTest::qWaitFor([panel] { return panel->isVisible(); }, 5000);
    }

private:
    MainWindow *m_window;
    QString m_directory;
    QString m_language;
};

} // namespace

// The batch window over the sandbox's VPCs: imported (a row with an error), running at the
// emulator's rate limit, finished.
static bool batchShots(MainWindow &window, const Screenshots &shots)
{
    const QString csvPath = QDir::temp().filePath(u"flowlog-screenshot-batch.csv"_s);
    QFile csv(csvPath);
    csv.open(QIODevice::WriteOnly | QIODevice::Truncate);
    csv.write("RegionId,ResourceType,ResourceId,TrafficType,ProjectName,LogStoreName,FlowLogName,Description\n");
    const QStringList vpcs {SandboxInventory::uncoveredVpc, SandboxInventory::partialVpc,
        SandboxInventory::inactiveVpc, SandboxInventory::coveredVpc};
    for (int i = 0; i < 48; ++i) {
        const QByteArray traffic = i == 5 ? "Everything" : "All";
        const QByteArray project = i == 17 ? "Prod_Logs" : "flowlog-project";
        csv.write("cn-hangzhou,VPC," + vpcs.at(i % vpcs.size()).toLatin1() + ',' + traffic + ',' + project
            + ",vpc-flowlog,vpc-" + QByteArray::number(i + 1) + ",审计 batch " + QByteArray::number(i + 1) + '\n');
    }
    csv.close();
    BatchWindow *batch = window.openBatchWindow();
    batch->resize(1180, 620);
    bool ok = batch->importFile(csvPath);
    const QModelIndex bad = batch->model()->index(5, BatchTableModel::columnOf(Field::TrafficType));
    auto *table = batch->findChild<QTableView *>(u"batchTable"_s);
    table->setCurrentIndex(bad);
    table->scrollTo(bad);
    ok &= QTest::qWaitForWindowExposed(batch) && shots.save(u"batch-import"_s, batch);
    batch->model()->setData(bad, u"All"_s);

    window.sandbox()->emulator()->setRateLimit(8);
    EmulatorFaults faults;
    faults.latencyMs = 120;
    window.sandbox()->emulator()->setFaults(faults);
    batch->startRun();
    ok &= QTest::qWaitFor([batch] { return batch->runner() && batch->runner()->progress().done() >= 20; }, 20000);
    ok &= shots.save(u"batch-running"_s, batch);
    QSignalSpy finished(batch, &BatchWindow::runFinished);
    ok &= finished.wait(30000);
    window.sandbox()->emulator()->setRateLimit(0);
    window.sandbox()->emulator()->setFaults({});
    ok &= shots.save(u"batch-results"_s, batch);
    batch->close();
    QFile::remove(csvPath);
    return ok;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioScreenshots"_s);
    QCoreApplication::setApplicationName(u"flowlog"_s);
    const QStringList arguments = QCoreApplication::arguments();
    const QString directory = arguments.value(1, u"."_s);
    const QString language = arguments.value(2, u"en"_s);
    QSettings().clear();
    QFile::remove(Sandbox::defaultStateFile());
    QDir().mkpath(directory);

    LanguageManager languages;
    languages.setLanguage(language == u"zh_CN" ? LanguageManager::Language::Chinese : LanguageManager::Language::English);
    QTemporaryDir temporary;
    HistoryStore history;
    history.open(temporary.filePath(u"history.sqlite"_s));
    const QString configPath = temporary.filePath(u"config.json"_s);
    ProfileManager profiles(nullptr, QProcessEnvironment(), configPath);
    MainWindow window(&profiles, &history, &languages);
    window.resize(1200, 780); // fits a 1280×800 screen with its title bar and panel
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.sandbox()->emulator()->setActivationDelay(500);
    Screenshots shots(&window, directory, language);
    bool ok = shots.save(u"empty"_s);

    shots.type(u"resourceIdLineEdit"_s, u"vsw-2zebp1example"_s);
    shots.type(u"projectNameLineEdit"_s, u"My_Project"_s);
    shots.type(u"logStoreNameLineEdit"_s, u"flowlog-store"_s);
    shots.type(u"flowLogNameLineEdit"_s, u"1号流日志，测试"_s);
    shots.type(u"descriptionLineEdit"_s, u"这是我的流日志。"_s);
    ok &= shots.save(u"findings"_s);
    shots.type(u"resourceIdLineEdit"_s, SandboxInventory::networkInterface);
    shots.type(u"projectNameLineEdit"_s, u"flowlog-project"_s);
    shots.type(u"flowLogNameLineEdit"_s, u"流日志-测试_01"_s);
    window.findChild<QComboBox *>(u"regionComboBox"_s)->setEditText(u"xx-nowhere-1"_s);
    window.createFlowLog();
    ok &= shots.waitForResult() && shots.save(u"error"_s);

    auto *regions = window.findChild<QComboBox *>(u"regionComboBox"_s);
    regions->setCurrentIndex(regions->findData(u"cn-hangzhou"_s));
    window.createFlowLog();
    ok &= shots.waitForResult();
    QTest::qWait(2500); // Activating, then Active
    ok &= shots.save(u"success"_s);

    window.previewRequest();
    auto *preview = window.findChild<RequestPreviewDialog *>();
    ok &= preview && shots.save(u"preview"_s, preview);
    if (preview)
        preview->close();

    // Advanced settings open: every control set, one tag with a reserved prefix.
    auto *form = window.findChild<FlowLogForm *>();
    FlowLogRequest advanced = form->request();
    advanced.aggregationInterval = u"1"_s;
    advanced.trafficPaths = {u"all"_s, u"internetGateway"_s};
    advanced.ipVersion = u"DualStack"_s;
    advanced.resourceGroupId = u"rg-acfmxazdjdhd2ka"_s;
    advanced.tags = {{u"env"_s, u"生产"_s}, {u"team"_s, u"network"_s}, {u"aliyun-owner"_s, u"ops"_s}};
    form->setRequest(advanced);
    form->revealAllFindings();
    QTest::qWait(100);
    window.findChild<QScrollArea *>(u"formScrollArea"_s)->ensureWidgetVisible(form->findChild<QWidget *>(u"tagFindingsView"_s));
    ok &= shots.save(u"advanced"_s);
    form->advancedSection()->setExpanded(false);

    // The Resource ID picker, its list dropped down over the sandbox's ENIs.
    auto *resourceId = window.findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    resourceId->clear();
    resourceId->setFocus();
    ok &= QTest::qWaitFor([form] { return form->resourcePicker()->inventory() != nullptr; }, 5000);
    typeText(resourceId, u"eni-bp1"_s);
    QTest::qWait(200);
    ok &= shots.save(u"picker"_s, nullptr, form->resourcePicker()->listView(), resourceId);
    form->resourcePicker()->listView()->hide();
    resourceId->setText(SandboxInventory::networkInterface);

    // The Coverage tab over the sandbox's account, the partial VPC selected.
    window.showView(MainWindow::View::Coverage);
    CoverageView *coverage = window.coverageView();
    ok &= QTest::qWaitFor([coverage] { return coverage->counts().total() > 0; }, 5000);
    coverage->tableView()->selectRow(1);
    ok &= shots.save(u"coverage"_s);

    // The Flow logs tab: the flow log whose delivery fails selected, its explanation below.
    window.showView(MainWindow::View::FlowLogs);
    FlowLogsView *flowLogs = window.flowLogsView();
    ok &= QTest::qWaitFor([flowLogs] { return flowLogs->model()->rowCount() > 0; }, 5000);
    ok &= flowLogs->showFlowLog(SandboxInventory::failedDeliveryFlowLog);
    QTest::qWait(100);
    ok &= shots.save(u"flowlogs"_s);
    // Its Edit dialog.
    FlowLogEditDialog edit(flowLogs->selectedFlowLogs().value(0), &window);
    edit.show();
    ok &= QTest::qWaitForWindowExposed(&edit) && shots.save(u"flowlog-edit"_s, &edit);
    edit.close();
    window.showView(MainWindow::View::Create);

    // File → Batch create…: a batch file with one row to fix, then a run under the service's rate
    // limit, then its results.
    ok &= batchShots(window, shots);

    EmulatorFaults slow;
    slow.latencyMs = 3000;
    window.sandbox()->emulator()->setFaults(slow);
    window.createFlowLog();
    ok &= shots.save(u"sending"_s);
    window.cancelSend();

    // Tools → Profiles, with the sandbox and an aliyun configuration's profiles listed.
    // An aliyun configuration with the modes operators use, written only now: with it, a first
    // run would have chosen one of its profiles instead of the sandbox.
    QFile config(configPath);
    config.open(QIODevice::WriteOnly);
    config.write(R"({"current": "", "profiles": [
        {"name": "default", "mode": "AK", "access_key_id": "LTAI5tExampleKeyId0001", "access_key_secret": "x",
         "region_id": "cn-hangzhou"},
        {"name": "prod-admin", "mode": "RamRoleArn", "access_key_id": "LTAI5tExampleKeyId0002",
         "access_key_secret": "x", "ram_role_arn": "acs:ram::1234567890123456:role/flowlog-admin",
         "ram_session_name": "flowlog", "region_id": "cn-shanghai"},
        {"name": "on-ecs", "mode": "EcsRamRole", "ram_role_name": "flowlog-ecs", "region_id": "cn-beijing"},
        {"name": "sso", "mode": "CloudSSO", "region_id": "ap-southeast-1"}]})");
    config.close();
    profiles.reload();
    ProfilesDialog profilesDialog(&profiles, &window);
    profilesDialog.show();
    ok &= QTest::qWaitForWindowExposed(&profilesDialog) && shots.save(u"profiles"_s, &profilesDialog);
    return ok ? 0 : 1;
}
