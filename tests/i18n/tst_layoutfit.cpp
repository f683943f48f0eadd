// The layout holds in both languages: in every state of the main window (empty form, findings,
// success with history) and in each dialog, no label, button, tab, combo box, header or ID field
// shows less than its whole text, at the window's default size, which fits a 1280×800 screen; and
// after a create the result and five history rows are in view.
// CTest runs this on an offscreen 1280×800 screen at scale 1 and at a device pixel ratio of 2
// (screen-*.json).

#include "core/history/historystore.h"
#include "ui/coverage/coverageview.h"
#include "ui/flowlogs/flowlogeditdialog.h"
#include "ui/flowlogs/flowlogsview.h"
#include "ui/flowlogs/flowlogtablemodel.h"
#include "ui/form/advancedsection.h"
#include "ui/form/flowlogform.h"
#include "ui/history/historyview.h"
#include "ui/main/languagemanager.h"
#include "ui/main/mainwindow.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profilemanager.h"
#include "ui/send/requestpreviewdialog.h"
#include "ui/send/resultpanel.h"
#include "ui/main/sandbox.h"
#include "ui/main/settingsdialog.h"
#include "support/windowfixture.h"
#include "support/sandboxinventory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget *widget, const QString &text)
{
    const QString name = widget->objectName().isEmpty()
        ? QString::fromLatin1(widget->metaObject()->className())
        : widget->objectName();
    return u"%1 \"%2\""_s.arg(name, text.left(60));
}

QString labelProblem(const QLabel *label)
{
    if (label->text().isEmpty())
        return {};
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        return needed > label->height() ? u"needs %1 px of height, has %2"_s.arg(needed).arg(label->height())
                                        : QString();
    }
    const int needed = label->sizeHint().width();
    return needed > label->width() ? u"needs %1 px, has %2"_s.arg(needed).arg(label->width()) : QString();
}

QString buttonProblem(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return {};
    const int needed = button->sizeHint().width();
    return needed > button->width() ? u"needs %1 px, has %2"_s.arg(needed).arg(button->width()) : QString();
}

QString comboBoxProblem(const QComboBox *comboBox)
{
    QStyleOptionComboBox option;
    option.initFrom(comboBox);
    option.editable = comboBox->isEditable();
    option.frame = comboBox->hasFrame();
    const QRect field = comboBox->style()->subControlRect(
        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, comboBox);
    // The style clips the text to the field: what counts is where the last glyph's ink ends (a
    // closing fullwidth parenthesis has its ink on the left of its advance).
    const QString text = comboBox->currentText();
    if (text.isEmpty())
        return {};
    const QFontMetrics metrics = comboBox->fontMetrics();
    const int needed = metrics.horizontalAdvance(text) - std::max(0, metrics.rightBearing(text.back())) + 1;
    return needed > field.width() ? u"needs %1 px, has %2"_s.arg(needed).arg(field.width()) : QString();
}

// A read-only field holds an ID or a value to copy: all of it must be in view. An empty editable
// field must show its whole placeholder, the hint of what to type.
QString lineEditProblem(const QLineEdit *lineEdit)
{
    const QString shown = lineEdit->isReadOnly() ? lineEdit->text()
        : lineEdit->text().isEmpty()             ? lineEdit->placeholderText()
                                                 : QString();
    if (shown.isEmpty())
        return {};
    const QMargins margins = lineEdit->textMargins();
    // QLineEdit keeps 2 px either side of the text inside the style's frame.
    const int frame = lineEdit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, lineEdit);
    const int room = lineEdit->width() - 2 * frame - 4 - margins.left() - margins.right();
    const int needed = lineEdit->fontMetrics().horizontalAdvance(shown);
    return needed > room ? u"needs %1 px, has %2"_s.arg(needed).arg(room) : QString();
}

QString tabBarProblem(const QTabBar *tabBar)
{
    const int space = tabBar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabBar);
    for (int i = 0; i < tabBar->count(); ++i) {
        const QString text = QString(tabBar->tabText(i)).remove(u'&');
        if (tabBar->tabRect(i).width() < tabBar->fontMetrics().horizontalAdvance(text) + space)
            return u"tab \"%1\" is cut short"_s.arg(tabBar->tabText(i));
    }
    return {};
}

QString headerProblem(const QHeaderView *header)
{
    if (header->orientation() != Qt::Horizontal)
        return {};
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString title = header->model()->headerData(logical, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title);
        if (header->sectionSize(logical) < needed)
            return u"column \"%1\" needs %2 px, has %3"_s.arg(title).arg(needed).arg(
                header->sectionSize(logical));
    }
    return {};
}

QString groupBoxProblem(const QGroupBox *groupBox)
{
    const int needed = groupBox->fontMetrics().horizontalAdvance(groupBox->title()) + 16;
    return needed > groupBox->width() ? u"title needs %1 px, has %2"_s.arg(needed).arg(groupBox->width())
                                      : QString();
}

QString textOf(const QWidget *widget)
{
    if (auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (auto *comboBox = qobject_cast<const QComboBox *>(widget))
        return comboBox->currentText();
    if (auto *lineEdit = qobject_cast<const QLineEdit *>(widget))
        return lineEdit->text().isEmpty() ? lineEdit->placeholderText() : lineEdit->text();
    if (auto *groupBox = qobject_cast<const QGroupBox *>(widget))
        return groupBox->title();
    return {};
}

QString problemOf(const QWidget *widget)
{
    if (auto *label = qobject_cast<const QLabel *>(widget))
        return labelProblem(label);
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return buttonProblem(button);
    if (auto *comboBox = qobject_cast<const QComboBox *>(widget))
        return comboBoxProblem(comboBox);
    if (auto *lineEdit = qobject_cast<const QLineEdit *>(widget))
        return lineEditProblem(lineEdit);
    if (auto *tabBar = qobject_cast<const QTabBar *>(widget))
        return tabBarProblem(tabBar);
    if (auto *header = qobject_cast<const QHeaderView *>(widget))
        return headerProblem(header);
    if (auto *groupBox = qobject_cast<const QGroupBox *>(widget))
        return groupBoxProblem(groupBox);
    return {};
}

// Every visible widget of window whose text does not fit, with what it needs and what it has.
QStringList clippedTexts(QWidget *window)
{
    QStringList problems;
    const QSize screen = window->screen()->availableGeometry().size();
    if (window->width() > screen.width() || window->height() > screen.height())
        problems.append(u"window is %1×%2, larger than the screen's %3×%4"_s.arg(window->width())
                            .arg(window->height())
                            .arg(screen.width())
                            .arg(screen.height()));
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        const QString problem = problemOf(widget);
        if (!problem.isEmpty())
            problems.append(describe(widget, textOf(widget)) + u": "_s + problem);
    }
    return problems;
}

} // namespace

class tst_LayoutFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyFormFits_data() { addLanguages(); }
    void emptyFormFits();
    void formWithFindingsFits_data() { addLanguages(); }
    void formWithFindingsFits();
    void advancedSettingsFit_data() { addLanguages(); }
    void advancedSettingsFit();
    void coverageTabFits_data() { addLanguages(); }
    void coverageTabFits();
    void flowLogsTabFits_data() { addLanguages(); }
    void flowLogsTabFits();
    void flowLogEditDialogFits_data() { addLanguages(); }
    void flowLogEditDialogFits();
    void successWithHistoryFits_data() { addLanguages(); }
    void successWithHistoryFits();
    void settingsDialogFits_data() { addLanguages(); }
    void settingsDialogFits();
    void profileDialogFits_data() { addLanguages(); }
    void profileDialogFits();
    void requestPreviewFits_data() { addLanguages(); }
    void requestPreviewFits();
    void theUsersGeometryIsRemembered_data() { addLanguages(); }
    void theUsersGeometryIsRemembered();

private:
    static void addLanguages();
    void createWindow();
    void fillForm(const QString &resourceId, const QString &name, const QString &description);
    static void verifyFits(QWidget *window);
    void verifyResultAndFiveHistoryRowsInView();

    QTemporaryDir m_directory;
    WindowFixture m_fixture;
};

void tst_LayoutFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTest"_s);
    // The 1× and 2× runs of this suite may run at once: each keeps its own settings (the window's
    // remembered geometry among them).
    const QScreen *primary = QGuiApplication::primaryScreen();
    QCoreApplication::setApplicationName(
        u"tst_layoutfit_%1x"_s.arg(primary ? primary->devicePixelRatio() : 1.0));
    QVERIFY(m_directory.isValid());
    const QScreen *screen = QGuiApplication::primaryScreen();
    qInfo("screen %d×%d at a device pixel ratio of %g", screen->size().width(), screen->size().height(),
        screen->devicePixelRatio());
}

void tst_LayoutFit::addLanguages()
{
    QTest::addColumn<LanguageManager::Language>("language");
    QTest::newRow("en") << LanguageManager::Language::English;
    QTest::newRow("zh_CN") << LanguageManager::Language::Chinese;
}

void tst_LayoutFit::init()
{
    QFETCH(LanguageManager::Language, language);
    const QString file = QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s
        + QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s;
    QVERIFY(m_fixture.setUp(language, m_directory.filePath(file)));
}

void tst_LayoutFit::cleanup()
{
    m_fixture.tearDown();
}

// At the size a first start gives it (no geometry saved yet).
void tst_LayoutFit::createWindow()
{
    m_fixture.createWindow(m_directory.filePath(u"none.json"_s));
    m_fixture.window->setHistoryView(new HistoryView(m_fixture.history));
    m_fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window));
}

void tst_LayoutFit::fillForm(const QString &resourceId, const QString &name, const QString &description)
{
    m_fixture.window->findChild<QLineEdit *>(u"resourceIdLineEdit"_s)->setText(resourceId);
    m_fixture.window->findChild<QLineEdit *>(u"projectNameLineEdit"_s)->setText(u"flowlog-project"_s);
    m_fixture.window->findChild<QLineEdit *>(u"logStoreNameLineEdit"_s)->setText(u"flowlog-store"_s);
    m_fixture.window->findChild<QLineEdit *>(u"flowLogNameLineEdit"_s)->setText(name);
    m_fixture.window->findChild<QLineEdit *>(u"descriptionLineEdit"_s)->setText(description);
}

void tst_LayoutFit::verifyFits(QWidget *window)
{
    QCoreApplication::processEvents();
    const QStringList problems = clippedTexts(window);
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), "Texts are cut off: see the warnings above");
}

void tst_LayoutFit::emptyFormFits()
{
    createWindow();
    verifyFits(m_fixture.window);
}

// The Coverage tab over the sandbox's account: counts, filters, the table's header and states.
void tst_LayoutFit::coverageTabFits()
{
    createWindow();
    QVERIFY(m_fixture.window->sandbox()->ensureStarted());
    m_fixture.window->showView(MainWindow::View::Coverage);
    QTRY_VERIFY(m_fixture.window->coverageView()->counts().total() > 0);
    m_fixture.window->coverageView()->tableView()->selectRow(0);
    verifyFits(m_fixture.window);
}

// The delivery failure selected: its explanation below the table is the tallest state.
void tst_LayoutFit::flowLogsTabFits()
{
    createWindow();
    QVERIFY(m_fixture.window->sandbox()->ensureStarted());
    m_fixture.window->showView(MainWindow::View::FlowLogs);
    FlowLogsView *view = m_fixture.window->flowLogsView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->showFlowLog(SandboxInventory::failedDeliveryFlowLog));
    verifyFits(m_fixture.window);
}

void tst_LayoutFit::flowLogEditDialogFits()
{
    createWindow();
    FlowLogInfo flowLog;
    flowLog.flowLogId = u"fl-datavswfail6r7s8t9u0"_s;
    flowLog.regionId = u"cn-hangzhou"_s;
    flowLog.aggregationInterval = 10;
    FlowLogEditDialog dialog(flowLog, m_fixture.window);
    dialog.nameLineEdit()->setText(u"http://wrong"_s); // a finding under the name
    dialog.tagsLineEdit()->setText(u"a=1; b"_s); // a tag syntax message
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    verifyFits(&dialog);
}

// Every field touched and wrong at once: the most findings the form can show.
void tst_LayoutFit::formWithFindingsFits()
{
    createWindow();
    fillForm(u"vsw-wrongtype"_s, u"1-starts-with-a-digit"_s, u"http://starts-with-a-scheme"_s);
    m_fixture.window->findChild<QLineEdit *>(u"projectNameLineEdit"_s)->setText(u"Upper_Case"_s);
    m_fixture.window->findChild<QLineEdit *>(u"logStoreNameLineEdit"_s)->clear();
    m_fixture.window->createFlowLog();
    verifyFits(m_fixture.window);
}

// The Advanced settings open, every control set and a finding under each that can have one.
void tst_LayoutFit::advancedSettingsFit()
{
    createWindow();
    fillForm(SandboxInventory::networkInterface, u"流日志-测试_01"_s, u"生产环境 VPC 流量"_s);
    auto *form = m_fixture.window->findChild<FlowLogForm *>();
    FlowLogRequest request = form->request();
    request.regionId = u"eu-central-1"_s;
    request.aggregationInterval = u"1"_s;
    request.trafficPaths = {u"all"_s, u"internetGateway"_s};
    request.ipVersion = u"DualStack"_s;
    request.resourceGroupId = u"RG-not-lower"_s;
    request.tags = {{u"env"_s, u"生产"_s}, {u"aliyun-owner"_s, u"network"_s}, {u"env"_s, u"https://wiki"_s}};
    form->setRequest(request);
    form->revealAllFindings();
    QVERIFY(form->advancedSection()->isExpanded());
    verifyFits(m_fixture.window);
}

void tst_LayoutFit::successWithHistoryFits()
{
    createWindow();
    fillForm(SandboxInventory::networkInterface, u"流日志-测试_01"_s, u"生产环境 VPC 流量"_s);
    m_fixture.window->createFlowLog();
    auto *resultPanel = m_fixture.window->findChild<ResultPanel *>(u"resultPanel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        resultPanel->isVisible() && resultPanel->result() && resultPanel->result()->ok(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.window->findChild<QTableView *>(u"historyTableView"_s)->model()->rowCount() >= 1, 5000);
    verifyFits(m_fixture.window);
    verifyResultAndFiveHistoryRowsInView();
}

// The first-run window on this screen: inside it, the result whole and in view without scrolling
// the form, and at least five history rows. Later features keep this green.
void tst_LayoutFit::verifyResultAndFiveHistoryRowsInView()
{
    MainWindow *window = m_fixture.window;
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()), "the window is larger than the screen");
    auto *result = window->findChild<ResultPanel *>(u"resultPanel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QWidget *>(u"flowLogStatusLabel"_s)->isVisible(), 5000);
    QTest::qWait(100); // the layout settles after the status appears
    QVERIFY2(result->height() >= result->sizeHint().height(),
        qPrintable(u"result panel %1 px of %2"_s.arg(result->height()).arg(result->sizeHint().height())));
    auto *scrollArea = window->findChild<QScrollArea *>(u"formScrollArea"_s);
    const QRect resultInViewport(result->mapTo(scrollArea->viewport(), QPoint(0, 0)), result->size());
    QVERIFY2(scrollArea->viewport()->rect().contains(resultInViewport),
        qPrintable(u"result panel at %1..%2, the form area ends at %3"_s.arg(resultInViewport.top())
                       .arg(resultInViewport.bottom()).arg(scrollArea->viewport()->height())));
    auto *table = window->findChild<QTableView *>(u"historyTableView"_s);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    QVERIFY2(table->viewport()->height() >= 5 * rowHeight,
        qPrintable(u"history shows %1 px, five rows need %2"_s.arg(table->viewport()->height()).arg(5 * rowHeight)));
}

// A size the user chose is the size of the next start.
void tst_LayoutFit::theUsersGeometryIsRemembered()
{
    createWindow();
    const QRect chosen(100, 80, 1000, 680);
    m_fixture.window->setGeometry(chosen);
    QTRY_COMPARE(m_fixture.window->geometry().size(), chosen.size());
    m_fixture.window->close(); // saves the settings
    delete std::exchange(m_fixture.window, nullptr);
    delete std::exchange(m_fixture.profiles, nullptr); // createWindow() makes the next one
    m_fixture.createWindow(m_directory.filePath(u"none.json"_s));
    m_fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window));
    // The platform may apply the restored geometry after the window is exposed.
    QTRY_COMPARE(m_fixture.window->geometry().size(), chosen.size());
}

void tst_LayoutFit::settingsDialogFits()
{
    createWindow();
    SettingsDialog dialog(m_fixture.languages, m_fixture.window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    verifyFits(&dialog);
}

void tst_LayoutFit::profileDialogFits()
{
    createWindow();
    ProfileDialog dialog(m_fixture.profiles, m_fixture.window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    verifyFits(&dialog);
}

void tst_LayoutFit::requestPreviewFits()
{
    createWindow();
    fillForm(SandboxInventory::networkInterface, u"流日志-测试_01"_s, u"生产环境 VPC 流量"_s);
    m_fixture.window->previewRequest();
    RequestPreviewDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_fixture.window->findChild<RequestPreviewDialog *>()) && dialog->isVisible(), 5000);
    verifyFits(dialog);
}

QTEST_MAIN(tst_LayoutFit)
#include "tst_layoutfit.moc"
