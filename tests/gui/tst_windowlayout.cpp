#include "emulator/vpcemulator.h"
#include "support/namedchild.h"
#include "support/windowfixture.h"
#include "ui/history/historyview.h"
#include "ui/main/sandbox.h"
#include "ui/send/resultpanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The first-run window on a 1280×800 screen, in both languages: the form, a result and at least five
// history rows are all in view without scrolling or resizing. Later features keep this green.
class tst_WindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void formResultAndFiveHistoryRowsFit_data();
    void formResultAndFiveHistoryRowsFit();
    void theUsersGeometryIsRemembered();

private:
    void createWindow(LanguageManager::Language language);
    template<typename T>
    T *child(const QString &name) const
    {
        return namedChild<T>(m_fixture.window, name);
    }

    QTemporaryDir m_directory;
    WindowFixture m_fixture;
};

void tst_WindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_windowlayout"_s);
    QVERIFY(m_directory.isValid());
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    QCOMPARE(screen.size(), QSize(1280, 800));
}

void tst_WindowLayout::cleanup()
{
    m_fixture.tearDown();
}

void tst_WindowLayout::createWindow(LanguageManager::Language language)
{
    QFile::remove(Sandbox::defaultStateFile());
    QVERIFY(m_fixture.setUp(language, m_directory.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s)));
    m_fixture.createWindow(m_directory.filePath(u"none.json"_s));
    m_fixture.window->setHistoryView(new HistoryView(m_fixture.history));
    m_fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window));
}

void tst_WindowLayout::formResultAndFiveHistoryRowsFit_data()
{
    QTest::addColumn<LanguageManager::Language>("language");
    QTest::newRow("en") << LanguageManager::Language::English;
    QTest::newRow("zh_CN") << LanguageManager::Language::Chinese;
}

void tst_WindowLayout::formResultAndFiveHistoryRowsFit()
{
    QFETCH(LanguageManager::Language, language);
    createWindow(language);
    MainWindow *window = m_fixture.window;
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()),
        qPrintable(u"frame %1,%2 %3x%4 on %5x%6"_s.arg(window->frameGeometry().x()).arg(window->frameGeometry().y())
                       .arg(window->frameGeometry().width()).arg(window->frameGeometry().height())
                       .arg(available.width()).arg(available.height())));

    window->sandbox()->emulator()->setActivationDelay(0);
    child<QLineEdit>(u"resourceIdLineEdit"_s)->setText(u"eni-bp1example"_s);
    child<QLineEdit>(u"projectNameLineEdit"_s)->setText(u"flowlog-project"_s);
    child<QLineEdit>(u"logStoreNameLineEdit"_s)->setText(u"flowlog-store"_s);
    child<QLineEdit>(u"flowLogNameLineEdit"_s)->setText(u"流日志-测试_01"_s);
    child<QLineEdit>(u"descriptionLineEdit"_s)->setText(u"这是我的流日志。"_s);
    window->createFlowLog();
    auto *result = child<ResultPanel>(u"resultPanel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() && !window->isSending(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"flowLogStatusLabel"_s)->isVisible(), 5000);
    QTest::qWait(100); // the layout settles after the status row appears

    // The result is shown whole: as tall as it asks to be, inside the window's central area.
    QVERIFY2(result->height() >= result->sizeHint().height(),
        qPrintable(u"result panel %1 px of %2"_s.arg(result->height()).arg(result->sizeHint().height())));
    // ... and in view without scrolling the form.
    auto *scrollArea = child<QScrollArea>(u"formScrollArea"_s);
    const QRect resultInViewport(result->mapTo(scrollArea->viewport(), QPoint(0, 0)), result->size());
    QVERIFY2(scrollArea->viewport()->rect().contains(resultInViewport),
        qPrintable(u"result panel at %1..%2, the form area ends at %3"_s.arg(resultInViewport.top())
                       .arg(resultInViewport.bottom()).arg(scrollArea->viewport()->height())));

    auto *table = child<QTableView>(u"historyTableView"_s);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    QVERIFY2(table->viewport()->height() >= 5 * rowHeight,
        qPrintable(u"history shows %1 px, five rows need %2"_s.arg(table->viewport()->height()).arg(5 * rowHeight)));
    QVERIFY(table->isVisible());
}

void tst_WindowLayout::theUsersGeometryIsRemembered()
{
    createWindow(LanguageManager::Language::English);
    const QRect chosen(100, 80, 1000, 680);
    m_fixture.window->setGeometry(chosen);
    QTRY_COMPARE(m_fixture.window->geometry().size(), chosen.size());
    m_fixture.window->close(); // saves the settings
    delete std::exchange(m_fixture.window, nullptr);
    m_fixture.createWindow(m_directory.filePath(u"none.json"_s));
    m_fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window));
    QCOMPARE(m_fixture.window->geometry().size(), chosen.size());
}

// A 1280×800 screen for the offscreen platform, before the application exists.
int main(int argc, char *argv[])
{
    QTemporaryDir configDirectory;
    const QString config = configDirectory.filePath(u"screen.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": true,
        "screens": [{"name": "screen", "x": 0, "y": 0, "width": 1280, "height": 800,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication application(argc, argv);
    tst_WindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
