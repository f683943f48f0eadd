// The Coverage tab and the Resource ID picker in the real window, over the sandbox's account
// (resources/sandbox-inventory.json: one VPC covered, two partial, one uncovered in cn-hangzhou).
#include "core/inventory/coverage.h"
#include "ui/coverage/coveragetablemodel.h"
#include "ui/coverage/coverageview.h"
#include "ui/form/flowlogform.h"
#include "ui/inventory/accountinventories.h"
#include "ui/inventory/resourcelistmodel.h"
#include "ui/inventory/resourcepicker.h"
#include "ui/main/sandbox.h"
#include "emulator/vpcemulator.h"
#include "support/namedchild.h"
#include "support/sandboxinventory.h"
#include "support/windowfixture.h"
#include "typetext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CoverageView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theCoverageTabCountsTheSandboxsVpcs();
    void eachVpcHasItsStateReasonAndFlowLogs();
    void theStateFilterAndTheTextFilterNarrowTheTable();
    void creatingForAnUncoveredVpcFillsTheFormAndCoversIt();
    void thePickerListsTheSandboxsResourcesOfTheChosenType();

private:
    void createWindow();
    void showCoverage();
    int rowOf(const QString &vpcId) const;
    template<typename T>
    T *child(const QString &name) const
    {
        return namedChild<T>(m_fixture.window, name);
    }

    QTemporaryDir m_directory;
    WindowFixture m_fixture;
};

void tst_CoverageView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_coverageview"_s);
    QVERIFY(m_directory.isValid());
}

void tst_CoverageView::init()
{
    QFile::remove(Sandbox::defaultStateFile());
    QVERIFY(m_fixture.setUp(LanguageManager::Language::English,
        m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s)));
    createWindow();
}

void tst_CoverageView::cleanup()
{
    m_fixture.tearDown();
}

void tst_CoverageView::createWindow()
{
    m_fixture.createWindow(m_directory.filePath(u"no-aliyun-config.json"_s));
    m_fixture.window->resize(1200, 780);
    m_fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window));
    QVERIFY(m_fixture.window->sandbox()->ensureStarted());
}

void tst_CoverageView::showCoverage()
{
    auto *tabs = child<QTabBar>(u"viewTabBar"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(int(MainWindow::View::Coverage));
    QCOMPARE(m_fixture.window->currentView(), MainWindow::View::Coverage);
    QTRY_COMPARE(m_fixture.window->coverageView()->counts().total(), 4);
}

int tst_CoverageView::rowOf(const QString &vpcId) const
{
    const CoverageTableModel *model = m_fixture.window->coverageView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->at(row).vpcId == vpcId)
            return row;
    }
    return -1;
}

void tst_CoverageView::theCoverageTabCountsTheSandboxsVpcs()
{
    showCoverage();
    const CoverageCounts counts = m_fixture.window->coverageView()->counts();
    QCOMPARE(counts.covered, 1);
    QCOMPARE(counts.partial, 2);
    QCOMPARE(counts.uncovered, 1);
    QCOMPARE(counts.unknown, 0);
    auto *label = child<QLabel>(u"coverageCountsLabel"_s);
    QVERIFY2(label->text().contains(u"1 covered"_s) && label->text().contains(u"1 uncovered"_s), qPrintable(label->text()));
    // Sorted by state, the uncovered comes first.
    QTableView *table = m_fixture.window->coverageView()->tableView();
    QCOMPARE(table->model()->index(0, CoverageTableModel::VpcIdColumn).data().toString(), SandboxInventory::uncoveredVpc);
}

void tst_CoverageView::eachVpcHasItsStateReasonAndFlowLogs()
{
    showCoverage();
    const CoverageTableModel *model = m_fixture.window->coverageView()->model();
    const VpcCoverage &covered = model->at(rowOf(SandboxInventory::coveredVpc));
    QCOMPARE(covered.state, CoverageState::Covered);
    QCOMPARE(covered.reason, CoverageReason::VpcFlowLogActive);
    QCOMPARE(covered.flowLogIds.size(), 1);
    const VpcCoverage &partial = model->at(rowOf(SandboxInventory::partialVpc));
    QCOMPARE(partial.state, CoverageState::Partial);
    QCOMPARE(partial.reason, CoverageReason::OnlyNarrowerResources);
    QCOMPARE(partial.flowLogIds.size(), 2);
    const VpcCoverage &uncovered = model->at(rowOf(SandboxInventory::uncoveredVpc));
    QCOMPARE(uncovered.state, CoverageState::Uncovered);
    QVERIFY(uncovered.flowLogIds.isEmpty());
    // The reason is shown in words, not as a code.
    const QString reason = model->index(rowOf(SandboxInventory::partialVpc), CoverageTableModel::ReasonColumn).data().toString();
    QVERIFY2(!reason.isEmpty() && !reason.contains(u"onlyNarrower"_s), qPrintable(reason));
}

void tst_CoverageView::theStateFilterAndTheTextFilterNarrowTheTable()
{
    showCoverage();
    QTableView *table = m_fixture.window->coverageView()->tableView();
    auto *states = child<QComboBox>(u"coverageStateComboBox"_s);
    states->setCurrentIndex(states->findData(int(CoverageState::Partial)));
    QCOMPARE(table->model()->rowCount(), 2);
    states->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 4);
    auto *filter = child<QLineEdit>(u"coverageFilterLineEdit"_s);
    typeText(filter, u"开发"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, CoverageTableModel::VpcIdColumn).data().toString(), SandboxInventory::uncoveredVpc);
    filter->clear();
    typeText(filter, u"STAGING"_s);
    QCOMPARE(table->model()->rowCount(), 1);
}

void tst_CoverageView::creatingForAnUncoveredVpcFillsTheFormAndCoversIt()
{
    m_fixture.window->sandbox()->emulator()->setActivationDelay(0);
    showCoverage();
    QTableView *table = m_fixture.window->coverageView()->tableView();
    auto *create = child<QPushButton>(u"coverageCreatePushButton"_s);
    QVERIFY(!create->isEnabled()); // nothing selected
    table->selectRow(0); // the uncovered VPC
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(m_fixture.window->currentView(), MainWindow::View::Create);
    auto *form = child<FlowLogForm>(u"flowLogForm"_s);
    QCOMPARE(form->request().resourceType, ResourceType::Vpc);
    QCOMPARE(form->request().resourceId, SandboxInventory::uncoveredVpc);
    QCOMPARE(form->request().trafficType, TrafficType::All);
    child<QLineEdit>(u"projectNameLineEdit"_s)->setText(u"flowlog-project"_s);
    child<QLineEdit>(u"logStoreNameLineEdit"_s)->setText(u"flowlog-store"_s);
    m_fixture.window->createFlowLog();
    // The success lists the region again: the VPC is covered now.
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.window->coverageView()->counts().uncovered, 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.window->coverageView()->counts().covered, 2, 5000);
}

void tst_CoverageView::thePickerListsTheSandboxsResourcesOfTheChosenType()
{
    ResourcePicker *picker = m_fixture.window->findChild<ResourcePicker *>(u"resourcePicker"_s);
    QVERIFY(picker);
    QTRY_VERIFY(picker->inventory());
    auto *type = child<QComboBox>(u"resourceTypeComboBox"_s);
    type->setCurrentIndex(type->findData(int(ResourceType::Vpc)));
    QCOMPARE(picker->model()->totalCount(), 4);
    auto *edit = child<QLineEdit>(u"resourceIdLineEdit"_s);
    edit->setFocus();
    typeText(edit, u"生产"_s);
    QTRY_VERIFY(picker->listView()->isVisible());
    QCOMPARE(picker->listView()->model()->rowCount(), 1);
    QTest::keyClick(picker->listView(), Qt::Key_Down);
    QTest::keyClick(picker->listView(), Qt::Key_Return);
    QCOMPARE(edit->text(), SandboxInventory::coveredVpc);
    // vSwitches of one VPC only.
    type->setCurrentIndex(type->findData(int(ResourceType::VSwitch)));
    auto *vpcFilter = child<QComboBox>(u"resourceVpcFilterComboBox"_s);
    QVERIFY(vpcFilter->isVisible());
    const int all = picker->model()->totalCount();
    vpcFilter->setCurrentIndex(vpcFilter->findData(SandboxInventory::uncoveredVpc));
    Q_EMIT vpcFilter->activated(vpcFilter->currentIndex());
    QVERIFY(picker->model()->rowCount() > 0);
    QVERIFY(picker->model()->rowCount() < all);
    for (int row = 0; row < picker->model()->rowCount(); ++row)
        QCOMPARE(picker->model()->index(row).data(ResourceListModel::VpcIdRole).toString(), SandboxInventory::uncoveredVpc);
}

QTEST_MAIN(tst_CoverageView)
#include "tst_coverageview.moc"
