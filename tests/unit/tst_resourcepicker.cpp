#include "ui/form/flowlogform.h"
#include "ui/form/findingsview.h"
#include "ui/inventory/resourcelistmodel.h"
#include "ui/inventory/resourcepicker.h"
#include "typetext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CloudResource vpc(const QString &id, const QString &name, const QString &cidr)
{
    CloudResource resource;
    resource.type = ResourceType::Vpc;
    resource.id = id;
    resource.name = name;
    resource.regionId = u"cn-hangzhou"_s;
    resource.cidrBlock = cidr;
    resource.status = u"Available"_s;
    return resource;
}

CloudResource eni(const QString &id, const QString &name, const QString &vpcId, const QString &ip, const QString &instance)
{
    CloudResource resource;
    resource.type = ResourceType::NetworkInterface;
    resource.id = id;
    resource.name = name;
    resource.regionId = u"cn-hangzhou"_s;
    resource.vpcId = vpcId;
    resource.vSwitchId = u"vsw-bp1aaaaaaaaaaaaaaaaaaaa"_s;
    resource.zoneId = u"cn-hangzhou-h"_s;
    resource.privateIpAddress = ip;
    resource.instanceId = instance;
    resource.status = u"InUse"_s;
    return resource;
}

const QString prodVpc = u"vpc-bp1prod00000000000000000"_s;
const QString testVpc = u"vpc-bp1test00000000000000000"_s;

std::shared_ptr<const Inventory> sampleInventory()
{
    auto inventory = std::make_shared<Inventory>();
    inventory->profileId = u"sandbox"_s;
    inventory->regionId = u"cn-hangzhou"_s;
    inventory->loadedAt = QDateTime::currentDateTimeUtc();
    inventory->vpcs = {vpc(prodVpc, u"生产环境 VPC"_s, u"10.0.0.0/8"_s), vpc(testVpc, u"Staging"_s, u"172.16.0.0/12"_s)};
    inventory->networkInterfaces = {
        eni(u"eni-bp1web000000000000000001"_s, u"web-primary"_s, prodVpc, u"10.0.1.10"_s, u"i-bp1web0000000000001"_s),
        eni(u"eni-bp1web000000000000000002"_s, u"Web-Secondary"_s, prodVpc, u"10.0.1.11"_s, QString()),
        eni(u"eni-bp1db0000000000000000003"_s, u"数据库网卡"_s, testVpc, u"172.16.5.20"_s, u"i-bp1db00000000000003"_s),
    };
    return inventory;
}

QStringList ids(const ResourceListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(ResourceListModel::IdRole).toString());
    return result;
}

} // namespace

class tst_ResourcePicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void linesShowNameIdAndAddress();
    void filterMatchesNameIdAndAddressInAnyCase_data();
    void filterMatchesNameIdAndAddressInAnyCase();
    void narrowingAndWideningGiveTheSameRowsAsAFreshFilter();
    void vpcFilterNarrowsEnisButNotVpcs();
    void typingDropsTheListAndPickingFillsTheField();
    void vpcFilterIsOfferedOnlyForResourcesInAVpc();
    void placeholderCountsTheListedResources();
    void asksForTheInventoryWhenTheFieldIsFocused();
    void anIdTheAccountDoesNotHaveIsAWarningWithSuggestions();
    void anIdOfAnotherRegionsInventoryIsNotJudged();
    void aTypeTheProfileMayNotListSaysSoAndIsNotJudged();
    void aListingThatFailedSaysSoForItsTypeOnly();

private:
    FlowLogForm *m_form = nullptr;
};

void tst_ResourcePicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_resourcepicker"_s);
}

void tst_ResourcePicker::init()
{
    QSettings().clear();
    m_form = new FlowLogForm;
    m_form->setRegionId(u"cn-hangzhou"_s);
    m_form->resize(900, 600);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void tst_ResourcePicker::cleanup()
{
    delete std::exchange(m_form, nullptr);
}

void tst_ResourcePicker::linesShowNameIdAndAddress()
{
    const auto inventory = sampleInventory();
    QCOMPARE(ResourceListModel::displayText(inventory->vpcs.at(0)),
        u"生产环境 VPC (%1) · 10.0.0.0/8"_s.arg(prodVpc));
    QCOMPARE(ResourceListModel::displayText(inventory->networkInterfaces.at(0)),
        u"web-primary (eni-bp1web000000000000000001) · 10.0.1.10 · i-bp1web0000000000001"_s);
    // A detached ENI has no instance; an unnamed resource shows its ID alone.
    CloudResource unnamed = inventory->networkInterfaces.at(1);
    unnamed.name.clear();
    QCOMPARE(ResourceListModel::displayText(unnamed), u"eni-bp1web000000000000000002 · 10.0.1.11"_s);
}

void tst_ResourcePicker::filterMatchesNameIdAndAddressInAnyCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString web1 = u"eni-bp1web000000000000000001"_s;
    const QString web2 = u"eni-bp1web000000000000000002"_s;
    const QString db = u"eni-bp1db0000000000000000003"_s;
    QTest::newRow("nothing typed") << QString() << QStringList {web1, web2, db};
    QTest::newRow("name, other case") << u"WEB-"_s << QStringList {web1, web2};
    QTest::newRow("Chinese name") << u"数据库"_s << QStringList {db};
    QTest::newRow("ID fragment") << u"000002"_s << QStringList {web2};
    QTest::newRow("private IP") << u"172.16.5"_s << QStringList {db};
    QTest::newRow("instance") << u"i-bp1db00000000000003"_s << QStringList {db};
    QTest::newRow("surrounding spaces") << u"  10.0.1.11 "_s << QStringList {web2};
    QTest::newRow("no match") << u"nothing-like-it"_s << QStringList {};
    // Fields are searched one by one: a text spanning a name and the ID matches neither.
    QTest::newRow("across fields") << u"primary\neni"_s << QStringList {};
    QTest::newRow("across fields, glued") << u"primaryeni"_s << QStringList {};
}

void tst_ResourcePicker::filterMatchesNameIdAndAddressInAnyCase()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ResourceListModel model;
    model.setInventory(sampleInventory(), ResourceType::NetworkInterface);
    model.setFilterText(text);
    QCOMPARE(ids(model), expected);
}

void tst_ResourcePicker::narrowingAndWideningGiveTheSameRowsAsAFreshFilter()
{
    ResourceListModel typed;
    typed.setInventory(sampleInventory(), ResourceType::NetworkInterface);
    const QString text = u"eni-bp1web000000000000000002"_s;
    for (qsizetype length = 1; length <= text.size(); ++length) {
        typed.setFilterText(text.left(length));
        ResourceListModel fresh;
        fresh.setInventory(sampleInventory(), ResourceType::NetworkInterface);
        fresh.setFilterText(text.left(length));
        QCOMPARE(ids(typed), ids(fresh));
    }
    // Deleting back (a shorter text) must widen again.
    typed.setFilterText(u"eni-bp1w"_s);
    QCOMPARE(typed.rowCount(), 2);
    typed.setFilterText(QString());
    QCOMPARE(typed.rowCount(), 3);
}

void tst_ResourcePicker::vpcFilterNarrowsEnisButNotVpcs()
{
    ResourceListModel model;
    model.setInventory(sampleInventory(), ResourceType::NetworkInterface);
    model.setVpcFilter(testVpc);
    QCOMPARE(ids(model), QStringList {u"eni-bp1db0000000000000000003"_s});
    model.setFilterText(u"web"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setVpcFilter(QString());
    QCOMPARE(model.rowCount(), 2);

    ResourceListModel vpcs;
    vpcs.setInventory(sampleInventory(), ResourceType::Vpc);
    vpcs.setVpcFilter(testVpc);
    QCOMPARE(vpcs.rowCount(), 2);
}

void tst_ResourcePicker::typingDropsTheListAndPickingFillsTheField()
{
    m_form->setInventory(sampleInventory());
    auto *edit = m_form->findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    QVERIFY(edit);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"web"_s);
    QListView *list = m_form->resourcePicker()->listView();
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 2);
    // Down selects the second match, Enter puts its ID in the field.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(edit->text(), u"eni-bp1web000000000000000002"_s);
    QVERIFY(m_form->isTouched(Field::ResourceId));
    QCOMPARE(m_form->request().resourceId, u"eni-bp1web000000000000000002"_s);
}

void tst_ResourcePicker::vpcFilterIsOfferedOnlyForResourcesInAVpc()
{
    auto *vpcFilter = m_form->findChild<QComboBox *>(u"resourceVpcFilterComboBox"_s);
    auto *type = m_form->findChild<QComboBox *>(u"resourceTypeComboBox"_s);
    QVERIFY(vpcFilter && type);
    QVERIFY(!vpcFilter->isVisible()); // nothing listed yet
    m_form->setInventory(sampleInventory());
    QVERIFY(vpcFilter->isVisible()); // ENIs are the default type
    QCOMPARE(vpcFilter->count(), 3); // all, and the two VPCs
    vpcFilter->setCurrentIndex(2);
    Q_EMIT vpcFilter->activated(2);
    QCOMPARE(m_form->resourcePicker()->model()->rowCount(), 1);
    type->setCurrentIndex(type->findData(int(ResourceType::Vpc)));
    QVERIFY(!vpcFilter->isVisible());
    QCOMPARE(m_form->resourcePicker()->model()->rowCount(), 2);
}

void tst_ResourcePicker::placeholderCountsTheListedResources()
{
    auto *edit = m_form->findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    QCOMPARE(edit->placeholderText(), u"eni-…"_s);
    m_form->resourcePicker()->setLoading(true, 120, 600);
    QVERIFY2(edit->placeholderText().contains(u"120 of 600"_s), qPrintable(edit->placeholderText()));
    m_form->resourcePicker()->setLoading(false);
    m_form->setInventory(sampleInventory());
    QVERIFY2(edit->placeholderText().contains(u"3 ENI"_s), qPrintable(edit->placeholderText()));
}

void tst_ResourcePicker::asksForTheInventoryWhenTheFieldIsFocused()
{
    QSignalSpy wanted(m_form->resourcePicker(), &ResourcePicker::inventoryWanted);
    auto *edit = m_form->findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    edit->setFocus();
    QTRY_COMPARE(wanted.size(), 1);
    QCOMPARE(wanted.at(0).at(0).toBool(), false);
    auto *reload = m_form->findChild<QWidget *>(u"resourceReloadToolButton"_s);
    QVERIFY(reload);
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(wanted.size(), 2);
    QCOMPARE(wanted.at(1).at(0).toBool(), true);
    // While a listing runs, the same button stops it.
    QSignalSpy cancelled(m_form->resourcePicker(), &ResourcePicker::cancelWanted);
    m_form->resourcePicker()->setLoading(true);
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(wanted.size(), 2);
}

void tst_ResourcePicker::anIdTheAccountDoesNotHaveIsAWarningWithSuggestions()
{
    m_form->setInventory(sampleInventory());
    auto *edit = m_form->findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    edit->setFocus();
    typeText(edit, u"eni-bp1web000000000000000009"_s);
    // Judged a moment after typing stops, or at once when the field is left or Enter pressed.
    QVERIFY(m_form->visibleFindings(Field::ResourceId).isEmpty());
    QTRY_COMPARE(m_form->visibleFindings(Field::ResourceId).size(), 1);
    const ValidationFindings findings = m_form->visibleFindings(Field::ResourceId);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, u"resource-id.not-in-account-similar"_s);
    QCOMPARE(findings.first().severity, Severity::Warning);
    QVERIFY2(findings.first().message().contains(u"eni-bp1web000000000000000001"_s), qPrintable(findings.first().message()));
    QVERIFY(!m_form->hasErrors() || m_form->firstError()->field != Field::ResourceId);
    // Far from every listed ID: no suggestion, still a warning.
    edit->clear();
    typeText(edit, u"eni-zzzzzzzzzzzzzzzzzzzzzzz"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_form->visibleFindings(Field::ResourceId).first().code, u"resource-id.not-in-account"_s);
    // A listed one: nothing to say.
    edit->clear();
    typeText(edit, u"eni-bp1db0000000000000000003"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_form->visibleFindings(Field::ResourceId).isEmpty());
}

void tst_ResourcePicker::anIdOfAnotherRegionsInventoryIsNotJudged()
{
    m_form->setInventory(sampleInventory());
    m_form->setRegionId(u"cn-beijing"_s);
    auto *edit = m_form->findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    typeText(edit, u"eni-bp1web000000000000000009"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_form->visibleFindings(Field::ResourceId).isEmpty());
}

void tst_ResourcePicker::aTypeTheProfileMayNotListSaysSoAndIsNotJudged()
{
    auto inventory = std::make_shared<Inventory>(*sampleInventory());
    ApiResult forbidden;
    forbidden.code = u"Forbidden.RAM"_s;
    forbidden.httpStatus = 403;
    inventory->networkInterfaces.clear();
    inventory->resourceFailures.insert(ResourceType::NetworkInterface, forbidden);
    m_form->setInventory(inventory);
    auto *edit = m_form->findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    typeText(edit, u"eni-bp1web000000000000000009"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    // Not judged as missing: only said to be unchecked.
    const ValidationFindings findings = m_form->visibleFindings(Field::ResourceId);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, u"resource-id.listing-forbidden"_s);
    QCOMPARE(findings.first().severity, Severity::Warning);
    // The placeholder says nothing of a list it does not have.
    QCOMPARE(edit->placeholderText(), u"eni-…"_s);
}

void tst_ResourcePicker::aListingThatFailedSaysSoForItsTypeOnly()
{
    auto inventory = std::make_shared<Inventory>(*sampleInventory());
    ApiResult lost;
    lost.code = u"ConnectionLost"_s;
    inventory->networkInterfaces.clear();
    inventory->resourceFailures.insert(ResourceType::NetworkInterface, lost);
    m_form->setInventory(inventory);
    auto *edit = m_form->findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    typeText(edit, u"eni-bp1web000000000000000001"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    const ValidationFindings findings = m_form->visibleFindings(Field::ResourceId);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, u"resource-id.listing-failed"_s);
    QVERIFY2(findings.first().message().contains(u"ConnectionLost"_s), qPrintable(findings.first().message()));
    QVERIFY(!m_form->firstError() || m_form->firstError()->field != Field::ResourceId);
    // VPCs were listed: their IDs are judged as before.
    auto *type = m_form->findChild<QComboBox *>(u"resourceTypeComboBox"_s);
    type->setCurrentIndex(type->findData(int(ResourceType::Vpc)));
    edit->clear();
    typeText(edit, prodVpc);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_form->visibleFindings(Field::ResourceId).isEmpty());
}

QTEST_MAIN(tst_ResourcePicker)
#include "tst_resourcepicker.moc"
