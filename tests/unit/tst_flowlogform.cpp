#include "ui/form/findinglabel.h"
#include "ui/form/findingsview.h"
#include "ui/form/flowlogform.h"
#include "typetext.h"

#include "ui/form/advancedsection.h"
#include "core/config/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FlowLogForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyFormHasErrorsButShowsNoneUntilTouched();
    void typingAnInvalidNameShowsAnErrorUnderIt();
    void fixingTheNameRemovesTheError();
    void leavingARequiredFieldEmptyShowsItIsRequired();
    void revealAllShowsEveryFinding();
    void errorAndWarningLabelsCarryDistinctIcons();
    void findingsGetTheHeightTheyNeed();
    void placeholderFollowsTheResourceType_data();
    void placeholderFollowsTheResourceType();
    void idOfAnotherTypeIsAnErrorUnknownPrefixAWarning();
    void warningsDoNotBlock();
    void countersCountCodePoints_data();
    void countersCountCodePoints();
    void descriptionWithALineBreakIsAnError();
    void comboItemsShowTheApiValue();
    void setRequestRoundTrips();
    void tabOrderFollowsTheRows();
    void typingNeverMovesTheFieldsBelow();
    void everyInputHasAnAccessibleName();
    void advancedSettingsAreClosedByDefaultAndRemembered();
    void advancedDefaultsSendNothing();
    void advancedControlsFillTheRequest();
    void aHistoryRowWithAdvancedSettingsOpensThemAndRoundTrips();
    void tagFindingsMarkTheirCellAndAreListed();
    void tagsStopAtTwenty();
    void dualStackOutsideItsRegionsWarnsAndFollowsTheRegion();
    void anAdvancedErrorRevealedOpensTheSection();

private:
    QLineEdit *lineEdit(const QString &name) const { return m_form->findChild<QLineEdit *>(name); }
    QComboBox *comboBox(const QString &name) const { return m_form->findChild<QComboBox *>(name); }
    FindingsView *findingsView(const QString &name) const { return m_form->findChild<FindingsView *>(name); }
    void fillValid();
    static bool hasCode(const ValidationFindings &findings, Severity severity);

    FlowLogForm *m_form = nullptr;
};

void tst_FlowLogForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_flowlogform"_s);
}

void tst_FlowLogForm::init()
{
    QSettings().clear();
    m_form = new FlowLogForm;
    m_form->setRegionId(u"cn-hangzhou"_s);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void tst_FlowLogForm::cleanup()
{
    delete m_form;
    m_form = nullptr;
}

void tst_FlowLogForm::fillValid()
{
    typeText(lineEdit(u"resourceIdLineEdit"_s), u"eni-bp1abc"_s);
    typeText(lineEdit(u"projectNameLineEdit"_s), u"flowlog-project"_s);
    typeText(lineEdit(u"logStoreNameLineEdit"_s), u"flowlog-store"_s);
}

bool tst_FlowLogForm::hasCode(const ValidationFindings &findings, Severity severity)
{
    return std::any_of(findings.cbegin(), findings.cend(),
        [severity](const ValidationFinding &finding) { return finding.severity == severity; });
}

void tst_FlowLogForm::emptyFormHasErrorsButShowsNoneUntilTouched()
{
    QVERIFY(m_form->hasErrors());
    QVERIFY(m_form->firstError().has_value());
    for (FindingsView *view : m_form->findChildren<FindingsView *>())
        QVERIFY2(view->isHidden(), qPrintable(view->objectName()));
}

void tst_FlowLogForm::typingAnInvalidNameShowsAnErrorUnderIt()
{
    typeText(lineEdit(u"flowLogNameLineEdit"_s), u"1abc"_s);
    FindingsView *view = findingsView(u"flowLogNameFindingsView"_s);
    QVERIFY(!view->isHidden());
    QVERIFY(hasCode(view->findings(), Severity::Error));
    QVERIFY(!view->texts().constFirst().isEmpty());
    // Only the touched field speaks up.
    QVERIFY(findingsView(u"resourceIdFindingsView"_s)->isHidden());
}

void tst_FlowLogForm::fixingTheNameRemovesTheError()
{
    QLineEdit *name = lineEdit(u"flowLogNameLineEdit"_s);
    typeText(name, u"a"_s);
    QVERIFY(!findingsView(u"flowLogNameFindingsView"_s)->isHidden()); // too short
    typeText(name, u"b流"_s);
    QVERIFY(findingsView(u"flowLogNameFindingsView"_s)->isHidden());
    QVERIFY(findingsView(u"flowLogNameFindingsView"_s)->findings().isEmpty());
}

void tst_FlowLogForm::leavingARequiredFieldEmptyShowsItIsRequired()
{
    QLineEdit *project = lineEdit(u"projectNameLineEdit"_s);
    QVERIFY(m_form->visibleFindings(Field::ProjectName).isEmpty());
    Q_EMIT project->editingFinished(); // what leaving the field emits
    QVERIFY(m_form->isTouched(Field::ProjectName));
    const ValidationFindings findings = findingsView(u"projectNameFindingsView"_s)->findings();
    QVERIFY(hasCode(findings, Severity::Error));
    QVERIFY(!findingsView(u"projectNameFindingsView"_s)->isHidden());
}

void tst_FlowLogForm::revealAllShowsEveryFinding()
{
    m_form->revealAllFindings();
    QVERIFY(!findingsView(u"resourceIdFindingsView"_s)->isHidden());
    QVERIFY(!findingsView(u"projectNameFindingsView"_s)->isHidden());
    QVERIFY(!findingsView(u"logStoreNameFindingsView"_s)->isHidden());
    // Optional and empty: nothing to say.
    QVERIFY(findingsView(u"flowLogNameFindingsView"_s)->isHidden());
}

void tst_FlowLogForm::errorAndWarningLabelsCarryDistinctIcons()
{
    typeText(lineEdit(u"projectNameLineEdit"_s), u"AB"_s); // Log Service naming: a warning
    typeText(lineEdit(u"flowLogNameLineEdit"_s), u"1"_s);  // an error
    const auto severityOf = [this](const QString &viewName) {
        return findingsView(viewName)->findChild<FindingLabel *>()->property("severity").toString();
    };
    QCOMPARE(severityOf(u"projectNameFindingsView"_s), u"warning"_s);
    QCOMPARE(severityOf(u"flowLogNameFindingsView"_s), u"error"_s);
    const auto iconOf = [this](const QString &viewName) {
        return findingsView(viewName)->findChild<QLabel *>(u"findingIconLabel"_s)->pixmap().toImage();
    };
    QVERIFY(!iconOf(u"projectNameFindingsView"_s).isNull());
    QVERIFY(iconOf(u"projectNameFindingsView"_s) != iconOf(u"flowLogNameFindingsView"_s));
}

void tst_FlowLogForm::findingsGetTheHeightTheyNeed()
{
    m_form->resize(900, 600);
    // Findings come and go while typing: "1" is too short, then the first character is wrong,
    // then a Chinese comma adds a second finding with a taller line.
    typeText(lineEdit(u"flowLogNameLineEdit"_s), u"1号流日志，测试"_s);
    typeText(lineEdit(u"resourceIdLineEdit"_s), u"vsw-1"_s);
    int shown = 0;
    for (FindingsView *view : m_form->findChildren<FindingsView *>()) {
        if (view->isHidden())
            continue;
        QTRY_VERIFY2(view->height() >= view->heightForWidth(view->width()), qPrintable(view->objectName()));
        for (QLabel *label : view->findChildren<QLabel *>(u"findingTextLabel"_s)) {
            if (label->isVisible()) {
                ++shown;
                QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
            }
        }
    }
    QCOMPARE(shown, 3);
}

void tst_FlowLogForm::placeholderFollowsTheResourceType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("eni") << int(ResourceType::NetworkInterface) << u"eni-"_s;
    QTest::newRow("vsw") << int(ResourceType::VSwitch) << u"vsw-"_s;
    QTest::newRow("vpc") << int(ResourceType::Vpc) << u"vpc-"_s;
}

void tst_FlowLogForm::placeholderFollowsTheResourceType()
{
    QFETCH(int, type);
    QFETCH(QString, prefix);
    QComboBox *types = comboBox(u"resourceTypeComboBox"_s);
    types->setCurrentIndex(types->findData(type));
    QVERIFY(lineEdit(u"resourceIdLineEdit"_s)->placeholderText().startsWith(prefix));
    QCOMPARE(int(m_form->request().resourceType), type);
}

void tst_FlowLogForm::idOfAnotherTypeIsAnErrorUnknownPrefixAWarning()
{
    QComboBox *types = comboBox(u"resourceTypeComboBox"_s);
    types->setCurrentIndex(types->findData(int(ResourceType::Vpc)));
    QLineEdit *id = lineEdit(u"resourceIdLineEdit"_s);
    typeText(id, u"vsw-123"_s);
    QVERIFY(hasCode(m_form->visibleFindings(Field::ResourceId), Severity::Error));
    // Changing the type re-judges the ID already typed.
    types->setCurrentIndex(types->findData(int(ResourceType::VSwitch)));
    QVERIFY(m_form->visibleFindings(Field::ResourceId).isEmpty());
    id->clear();
    typeText(id, u"abc-123"_s);
    QVERIFY(hasCode(m_form->visibleFindings(Field::ResourceId), Severity::Warning));
    QVERIFY(!hasCode(m_form->visibleFindings(Field::ResourceId), Severity::Error));
}

void tst_FlowLogForm::warningsDoNotBlock()
{
    fillValid();
    QVERIFY(!m_form->hasErrors());
    typeText(lineEdit(u"projectNameLineEdit"_s), u"_X"_s);
    QVERIFY(hasCode(m_form->visibleFindings(Field::ProjectName), Severity::Warning));
    QVERIFY(!m_form->hasErrors());
}

void tst_FlowLogForm::countersCountCodePoints_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("counter");
    QTest::newRow("ascii") << u"flowLogNameLineEdit"_s << u"my-flow_log.1"_s << u"13/128"_s;
    QTest::newRow("extension B is one each") << u"flowLogNameLineEdit"_s << u"𠀀𠀁"_s << u"2/128"_s;
    QTest::newRow("128 Chinese") << u"flowLogNameLineEdit"_s << QString(128, u'流') << u"128/128"_s;
    QTest::newRow("129 Chinese") << u"flowLogNameLineEdit"_s << QString(129, u'流') << u"129/128"_s;
    QTest::newRow("description") << u"descriptionLineEdit"_s << u"这是我的流日志。"_s << u"8/256"_s;
    QTest::newRow("trimmed like sent") << u"descriptionLineEdit"_s << u" ab "_s << u"2/256"_s;
}

void tst_FlowLogForm::countersCountCodePoints()
{
    QFETCH(QString, editor);
    QFETCH(QString, text);
    QFETCH(QString, counter);
    lineEdit(editor)->setText(text);
    const QString counterName = editor.chopped(u"LineEdit"_s.size()) + u"CounterLabel"_s;
    QCOMPARE(m_form->findChild<QLabel *>(counterName)->text(), counter);
}

void tst_FlowLogForm::descriptionWithALineBreakIsAnError()
{
    fillValid();
    QLineEdit *description = lineEdit(u"descriptionLineEdit"_s);
    description->setText(u"a\nb"_s);
    m_form->setTouched(Field::Description);
    QVERIFY(hasCode(m_form->visibleFindings(Field::Description), Severity::Error));
    QVERIFY(m_form->hasErrors());
    QCOMPARE(m_form->firstError()->field, Field::Description);
}

void tst_FlowLogForm::comboItemsShowTheApiValue()
{
    QComboBox *types = comboBox(u"resourceTypeComboBox"_s);
    QCOMPARE(types->count(), 3);
    QVERIFY(types->itemText(types->findData(int(ResourceType::NetworkInterface))).endsWith(u"(NetworkInterface)"_s));
    QVERIFY(types->itemText(types->findData(int(ResourceType::Vpc))).endsWith(u"(VPC)"_s));
    QComboBox *traffic = comboBox(u"trafficTypeComboBox"_s);
    QCOMPARE(traffic->count(), 3);
    QVERIFY(traffic->itemText(traffic->findData(int(TrafficType::Drop))).endsWith(u"(Drop)"_s));
    // The label is there too, not only the API value.
    QVERIFY(traffic->itemText(0).size() > u" (All)"_s.size());
}

void tst_FlowLogForm::setRequestRoundTrips()
{
    FlowLogRequest request;
    request.regionId = u"cn-beijing"_s;
    request.resourceType = ResourceType::VSwitch;
    request.resourceId = u"vsw-2ze"_s;
    request.trafficType = TrafficType::Drop;
    request.projectName = u"project-a"_s;
    request.logStoreName = u"store-b"_s;
    request.flowLogName = u"流日志-测试_01.v2"_s;
    request.description = u"流日志 for VPC-1: 全部流量 (All)"_s;
    m_form->setRequest(request);
    QCOMPARE(m_form->request(), request);
    QVERIFY(!m_form->hasErrors());
}

void tst_FlowLogForm::tabOrderFollowsTheRows()
{
    const QStringList expected {u"resourceTypeComboBox"_s, u"resourceIdLineEdit"_s, u"trafficTypeComboBox"_s,
        u"projectNameLineEdit"_s, u"logStoreNameLineEdit"_s, u"flowLogNameLineEdit"_s, u"descriptionLineEdit"_s};
    QStringList order;
    QWidget *widget = comboBox(expected.constFirst());
    for (int guard = 0; guard < 200 && order.size() < expected.size(); ++guard) {
        if (widget->focusPolicy() & Qt::TabFocus && m_form->isAncestorOf(widget) && !widget->objectName().isEmpty())
            order.append(widget->objectName());
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(order, expected);
}

void tst_FlowLogForm::everyInputHasAnAccessibleName()
{
    const auto edits = m_form->findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 6); // five fields and the resource group
    QVERIFY(!lineEdit(u"resourceGroupIdLineEdit"_s)->accessibleName().isEmpty());
    for (const QAbstractButton *button : m_form->findChildren<QAbstractButton *>()) {
        if (!button->objectName().isEmpty()) // not the line edits' own clear buttons
            QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(), qPrintable(button->objectName()));
    }
    QVERIFY(!m_form->findChild<QTableWidget *>(u"tagsTableWidget"_s)->accessibleName().isEmpty());
    for (const QLineEdit *edit : edits)
        QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
    for (const QComboBox *combo : m_form->findChildren<QComboBox *>())
        QVERIFY2(!combo->accessibleName().isEmpty(), qPrintable(combo->objectName()));
}

// Findings that come and go while the operator types must not move the fields under the pointer:
// the focused field's findings float below it and are laid out inline once the focus leaves.
void tst_FlowLogForm::typingNeverMovesTheFieldsBelow()
{
    m_form->resize(900, 600);
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form));
    QLineEdit *name = lineEdit(u"flowLogNameLineEdit"_s);
    QLineEdit *description = lineEdit(u"descriptionLineEdit"_s);
    FindingsView *view = findingsView(u"flowLogNameFindingsView"_s);
    const auto top = [this](QWidget *widget) { return widget->mapTo(m_form, QPoint()).y(); };
    const auto settle = [] { QTest::qWait(20); };

    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    settle();
    const int descriptionTop = top(description);

    typeText(name, u"1"_s);
    settle();
    QCOMPARE(top(description), descriptionTop);
    QVERIFY(view->isFloating());
    QVERIFY(!view->texts().isEmpty()); // too short, and not a letter first
    typeText(name, u"号流日志，测试"_s); // a second finding: the Chinese comma
    settle();
    QCOMPARE(top(description), descriptionTop);
    QCOMPARE(view->texts().size(), 2);
    auto *panel = m_form->findChild<QFrame *>(u"flowLogNameFindingsViewFloating"_s);
    QVERIFY(panel && panel->isVisible());
    QVERIFY2(panel->geometry().top() >= top(name) + name->height(), "the floating findings cover the field");

    // Leaving the field lays its findings out under it, once.
    description->setFocus();
    QTRY_VERIFY(!view->isFloating());
    QTRY_VERIFY(top(description) > descriptionTop);
    QCOMPARE(view->texts().size(), 2);
    const int withFindingsTop = top(description);

    // Back in the field, fixing the name leaves the findings' room empty until the focus leaves.
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->selectAll();
    typeText(name, u"流日志"_s);
    settle();
    QVERIFY(view->texts().isEmpty());
    QCOMPARE(top(description), withFindingsTop);
    description->setFocus();
    QTRY_COMPARE(top(description), descriptionTop);
    QVERIFY(view->isHidden());
}

void tst_FlowLogForm::advancedSettingsAreClosedByDefaultAndRemembered()
{
    auto *toggle = m_form->findChild<QToolButton *>(u"advancedToggleButton"_s);
    QWidget *body = m_form->findChild<QWidget *>(u"advancedBody"_s);
    QVERIFY(toggle->isVisible());
    QVERIFY(!body->isVisible());
    QCOMPARE(m_form->findChild<QLabel *>(u"advancedSummaryLabel"_s)->text(), u"all at the service's defaults"_s);
    toggle->click();
    QVERIFY(body->isVisible());
    QVERIFY(QSettings().value(SettingsKeys::AdvancedSettingsExpanded).toBool());

    FlowLogForm reopened;
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QVERIFY(reopened.findChild<QWidget *>(u"advancedBody"_s)->isVisible());
}

void tst_FlowLogForm::advancedDefaultsSendNothing()
{
    fillValid();
    const FlowLogRequest request = m_form->request();
    QVERIFY(!request.hasAdvancedParameters());
    QCOMPARE(comboBox(u"aggregationIntervalComboBox"_s)->currentText(), u"10 (default)"_s);
    QCOMPARE(request.apiParameters().size(), 6);
}

void tst_FlowLogForm::advancedControlsFillTheRequest()
{
    m_form->advancedSection()->setExpanded(true);
    fillValid();
    QComboBox *interval = comboBox(u"aggregationIntervalComboBox"_s);
    interval->setCurrentIndex(interval->findData(u"1"_s));
    m_form->findChild<QCheckBox *>(u"trafficPathAllCheckBox"_s)->click();
    m_form->findChild<QCheckBox *>(u"trafficPathInternetGatewayCheckBox"_s)->click();
    QComboBox *version = comboBox(u"ipVersionComboBox"_s);
    version->setCurrentIndex(version->findData(u"DualStack"_s));
    typeText(lineEdit(u"resourceGroupIdLineEdit"_s), u"rg-abc123"_s);
    m_form->findChild<QPushButton *>(u"addTagPushButton"_s)->click();
    auto *tags = m_form->findChild<QTableWidget *>(u"tagsTableWidget"_s);
    tags->item(0, 0)->setText(u"env"_s);
    tags->item(0, 1)->setText(u"生产"_s);

    const FlowLogRequest request = m_form->request();
    QCOMPARE(request.aggregationInterval, u"1"_s);
    QCOMPARE(request.trafficPaths, (QStringList {u"all"_s, u"internetGateway"_s}));
    QCOMPARE(request.ipVersion, u"DualStack"_s);
    QCOMPARE(request.resourceGroupId, u"rg-abc123"_s);
    QCOMPARE(request.tags, (FlowLogTags {{u"env"_s, u"生产"_s}}));
    QVERIFY(!m_form->hasErrors());
    const QString summary = m_form->findChild<QLabel *>(u"advancedSummaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"1 minute"_s) && summary.contains(u"1 tag"_s), qPrintable(summary));
    QVERIFY(m_form->findChild<QLabel *>(u"tagCountLabel"_s)->text().startsWith(u"1 tag"_s));
}

void tst_FlowLogForm::aHistoryRowWithAdvancedSettingsOpensThemAndRoundTrips()
{
    FlowLogRequest request;
    request.regionId = u"cn-hangzhou"_s;
    request.resourceId = u"eni-1"_s;
    request.projectName = u"project-a"_s;
    request.logStoreName = u"store-b"_s;
    request.aggregationInterval = u"5"_s;
    request.trafficPaths = {u"internetGateway"_s};
    request.ipVersion = u"IPV4"_s;
    request.resourceGroupId = u"rg-x1"_s;
    request.tags = {{u"a"_s, QString()}, {u"b"_s, u"c;d=e"_s}};
    m_form->setRequest(request);
    QCOMPARE(m_form->request(), request);
    QVERIFY(m_form->findChild<QWidget *>(u"advancedBody"_s)->isVisible());
    // Shown for this row, not remembered as the operator's choice.
    QVERIFY(!QSettings().contains(SettingsKeys::AdvancedSettingsExpanded));
}

void tst_FlowLogForm::tagFindingsMarkTheirCellAndAreListed()
{
    FlowLogRequest request = m_form->request();
    request.tags = {{u"env"_s, u"prod"_s}, {u"aliyun-x"_s, u"ok"_s}};
    m_form->setRequest(request);
    auto *tags = m_form->findChild<QTableWidget *>(u"tagsTableWidget"_s);
    tags->item(1, 1)->setText(u"see https://wiki"_s); // an edit touches the tags
    const FindingsView *view = findingsView(u"tagFindingsView"_s);
    QCOMPARE(view->findings().size(), 2);
    QVERIFY2(view->texts().constFirst().startsWith(u"Tag 2 (“aliyun-x”)"_s), qPrintable(view->texts().join(u'|')));
    QVERIFY(tags->item(1, 0)->toolTip().contains(u"aliyun"_s));
    QVERIFY(tags->item(1, 1)->toolTip().contains(u"https://"_s));
    QVERIFY(tags->item(0, 0)->toolTip().isEmpty());
    QVERIFY(tags->item(1, 0)->data(Qt::BackgroundRole).isValid());
    QVERIFY(!tags->item(0, 1)->data(Qt::BackgroundRole).isValid());
    QVERIFY(m_form->hasErrors());
}

void tst_FlowLogForm::tagsStopAtTwenty()
{
    m_form->advancedSection()->setExpanded(true);
    auto *add = m_form->findChild<QPushButton *>(u"addTagPushButton"_s);
    for (int i = 0; i < 25; ++i)
        add->click();
    QCOMPARE(m_form->request().tags.size(), 20);
    QVERIFY(!add->isEnabled());
    auto *tags = m_form->findChild<QTableWidget *>(u"tagsTableWidget"_s);
    tags->selectRow(3);
    m_form->findChild<QPushButton *>(u"removeTagPushButton"_s)->click();
    QCOMPARE(m_form->request().tags.size(), 19);
    QVERIFY(add->isEnabled());
}

void tst_FlowLogForm::dualStackOutsideItsRegionsWarnsAndFollowsTheRegion()
{
    m_form->advancedSection()->setExpanded(true);
    fillValid();
    QComboBox *version = comboBox(u"ipVersionComboBox"_s);
    version->setCurrentIndex(version->findData(u"DualStack"_s));
    QVERIFY(m_form->visibleFindings(Field::IpVersion).isEmpty());
    m_form->setRegionId(u"eu-central-1"_s);
    const ValidationFindings findings = m_form->visibleFindings(Field::IpVersion);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().severity, Severity::Warning);
    QVERIFY(!m_form->hasErrors());
    QCOMPARE(findingsView(u"ipVersionFindingsView"_s)->findings().size(), 1);
}

void tst_FlowLogForm::anAdvancedErrorRevealedOpensTheSection()
{
    FlowLogRequest request = m_form->request();
    request.resourceId = u"eni-1"_s;
    request.projectName = u"project-a"_s;
    request.logStoreName = u"store-b"_s;
    request.tags = {{QString(), u"orphan"_s}};
    m_form->setRequest(request);
    m_form->advancedSection()->setExpanded(false);
    m_form->revealAllFindings();
    QVERIFY(m_form->findChild<QWidget *>(u"advancedBody"_s)->isVisible());
    QCOMPARE(m_form->firstError()->field, Field::Tags);
    QCOMPARE(m_form->editorFor(Field::Tags), m_form->findChild<QTableWidget *>(u"tagsTableWidget"_s));
}

QTEST_MAIN(tst_FlowLogForm)
#include "tst_flowlogform.moc"
