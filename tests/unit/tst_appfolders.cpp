#include "core/config/appsettings.h"
#include "core/history/historystore.h"
#include "ui/form/flowlogform.h"
#include "ui/history/historytablemodel.h"
#include "ui/history/historyview.h"
#include "ui/main/flowlogapplication.h"
#include "ui/main/sandbox.h"
#include "ui/send/resultpanel.h"
#include "support/namedchild.h"
#include "support/sandboxinventory.h"
#include "support/samplerequest.h"

#include <QAction>
#include <QDirIterator>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The app keeps its data in one folder and its settings in another, nothing elsewhere in the home
// folder: checked with the real paths (no QStandardPaths test mode) under a home of the test's own.
class tst_AppFolders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPathIsInOneOfTheTwoFolders();
    void aSessionWritesNothingElseInTheHomeFolder();

private:
    QString configFolder() const { return m_home.filePath(u".config/flowlog-studio"_s); }
    QString dataFolder() const { return m_home.filePath(u".local/share/flowlog-studio"_s); }

    QTemporaryDir m_home;
};

void tst_AppFolders::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
             "FLOWLOG_HISTORY", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_PROFILE"})
        qunsetenv(variable);
    FlowLogApplication::setIdentity();
}

void tst_AppFolders::everyPathIsInOneOfTheTwoFolders()
{
    QCOMPARE(QSettings().fileName(), configFolder() + u"/flowlog.conf"_s);
    QCOMPARE(AppSettings::dataFolder(), dataFolder());
    QCOMPARE(HistoryStore::defaultPath(), dataFolder() + u"/history.sqlite"_s);
    QCOMPARE(AppSettings::load().effectiveHistoryPath(), dataFolder() + u"/history.sqlite"_s);
    QCOMPARE(Sandbox::defaultStateFile(), dataFolder() + u"/sandbox-flowlogs.json"_s);
}

// What an operator does first: start, create in the sandbox, check its status, quit.
void tst_AppFolders::aSessionWritesNothingElseInTheHomeFolder()
{
    {
        FlowLogApplication app;
        MainWindow &window = app.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.sandbox()->isRunning());
        FlowLogRequest request = sampleRequest();
        request.resourceType = ResourceType::NetworkInterface;
        request.resourceId = SandboxInventory::networkInterface;
        window.loadRequest(request);
        window.createFlowLog();
        auto *result = namedChild<ResultPanel>(&window, u"resultPanel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->result() && result->result()->ok(), 5000);
        auto *history = window.findChild<HistoryView *>();
        QVERIFY(history);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        history->tableView()->selectRow(0);
        namedChild<QAction>(history, u"checkStatusAction"_s)->trigger();
        QTRY_VERIFY(namedChild<QWidget>(history, u"historyMessageLabel"_s)->property("text").toString().contains(
            u"(checked"_s));
        window.close();
    }
    QStringList elsewhere;
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!path.startsWith(configFolder() + u'/') && !path.startsWith(dataFolder() + u'/'))
            elsewhere.append(path);
    }
    QVERIFY2(elsewhere.isEmpty(), qPrintable(elsewhere.join(u'\n')));
    QVERIFY(QFileInfo::exists(configFolder() + u"/flowlog.conf"_s));
    QVERIFY(QFileInfo::exists(dataFolder() + u"/history.sqlite"_s));
    QVERIFY(QFileInfo::exists(dataFolder() + u"/sandbox-flowlogs.json"_s));
}

QTEST_MAIN(tst_AppFolders)
#include "tst_appfolders.moc"
