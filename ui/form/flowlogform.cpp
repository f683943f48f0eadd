#include "ui/form/flowlogform.h"

#include "ui/form/advancedsection.h"
#include "ui/form/findingsview.h"
#include "ui/inventory/resourcepicker.h"
#include "core/inventory/inventorycheck.h"
#include "core/request/requestvalidator.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QStyle>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The document's maximum lengths, shown by the counters (the validator enforces them).
constexpr int FlowLogNameMaximum = 128;
constexpr int DescriptionMaximum = 256;
constexpr int InventoryCheckDelayMs = 300;

// What the validator measures: code points of the NFC-normalised, trimmed text.
qsizetype codePoints(const QString &text)
{
    return FlowLogRequest::normalized(text).toUcs4().size();
}

template<typename Enum>
void selectData(QComboBox *comboBox, Enum value)
{
    const int index = comboBox->findData(QVariant::fromValue(static_cast<int>(value)));
    if (index >= 0)
        comboBox->setCurrentIndex(index);
}

} // namespace

QString FlowLogForm::objectNameStem(Field field)
{
    const QString name = Fields::apiName(field);
    return name.left(1).toLower() + name.mid(1);
}

FlowLogForm::FlowLogForm(QWidget *parent)
    : QWidget(parent)
{
    createWidgets();
    createLayout();
    retranslateUi();
    revalidate();
}

// A focused editor that loses the focus while the form is destroyed emits editingFinished, whose
// handlers use members that are gone by then.
FlowLogForm::~FlowLogForm()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->disconnect(this);
    m_resourcePicker->disconnect(this);
    m_inventoryCheckTimer.stop();
    m_advanced->disconnect(this); // a tag cell being edited commits while it is destroyed
}

FlowLogRequest FlowLogForm::request() const
{
    FlowLogRequest request;
    request.regionId = m_regionId;
    request.resourceType = static_cast<ResourceType>(m_resourceTypeComboBox->currentData().toInt());
    request.resourceId = m_resourceIdLineEdit->text();
    request.trafficType = static_cast<TrafficType>(m_trafficTypeComboBox->currentData().toInt());
    request.projectName = m_projectNameLineEdit->text();
    request.logStoreName = m_logStoreNameLineEdit->text();
    request.flowLogName = m_flowLogNameLineEdit->text();
    request.description = m_descriptionLineEdit->text();
    m_advanced->readInto(request);
    return request;
}

void FlowLogForm::setRequest(const FlowLogRequest &request)
{
    QSignalBlocker blocker(this);
    m_regionId = request.regionId;
    selectData(m_resourceTypeComboBox, request.resourceType);
    selectData(m_trafficTypeComboBox, request.trafficType);
    m_resourceIdLineEdit->setText(request.resourceId);
    m_projectNameLineEdit->setText(request.projectName);
    m_logStoreNameLineEdit->setText(request.logStoreName);
    m_flowLogNameLineEdit->setText(request.flowLogName);
    m_descriptionLineEdit->setText(request.description);
    m_advanced->setFrom(request);
    blocker.unblock();
    revalidate();
}

void FlowLogForm::setRegionId(const QString &regionId)
{
    if (regionId == m_regionId)
        return;
    m_regionId = regionId;
    revalidate();
}

ValidationFindings FlowLogForm::visibleFindings(Field field) const
{
    ValidationFindings result;
    if (!m_touched.contains(field))
        return result;
    for (const ValidationFinding &finding : m_findings) {
        if (finding.field == field)
            result.append(finding);
    }
    return result;
}

bool FlowLogForm::hasErrors() const
{
    return RequestValidator::hasErrors(m_findings);
}

std::optional<ValidationFinding> FlowLogForm::firstError() const
{
    for (const ValidationFinding &finding : m_findings) {
        if (finding.severity == Severity::Error)
            return finding;
    }
    return std::nullopt;
}

void FlowLogForm::revealAllFindings()
{
    checkAgainstInventory();
    for (const Field field : Fields::all())
        m_touched.insert(field);
    // An error in a closed section would otherwise be announced but not seen.
    const bool advancedError = std::any_of(m_findings.cbegin(), m_findings.cend(), [this](const ValidationFinding &f) {
        return f.severity == Severity::Error && m_advanced->editorFor(f.field);
    });
    if (advancedError)
        m_advanced->setExpanded(true);
    showFindings();
    Q_EMIT changed();
}

void FlowLogForm::setTouched(Field field)
{
    if (m_touched.contains(field))
        return;
    m_touched.insert(field);
    showFindings();
    Q_EMIT changed();
}

QWidget *FlowLogForm::editorFor(Field field) const
{
    switch (field) {
    case Field::ResourceType:
        return m_resourceTypeComboBox;
    case Field::ResourceId:
        return m_resourceIdLineEdit;
    case Field::TrafficType:
        return m_trafficTypeComboBox;
    case Field::ProjectName:
        return m_projectNameLineEdit;
    case Field::LogStoreName:
        return m_logStoreNameLineEdit;
    case Field::FlowLogName:
        return m_flowLogNameLineEdit;
    case Field::Description:
        return m_descriptionLineEdit;
    case Field::AggregationInterval:
    case Field::TrafficPath:
    case Field::IpVersion:
    case Field::ResourceGroupId:
    case Field::Tags:
        return m_advanced->editorFor(field);
    case Field::RegionId:
        break;
    }
    return nullptr;
}

QWidget *FlowLogForm::lastEditor() const
{
    return m_advanced->lastEditor();
}

void FlowLogForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FlowLogForm::createWidgets()
{
    m_resourceTypeComboBox = new QComboBox(this);
    m_resourceTypeComboBox->setObjectName(u"resourceTypeComboBox"_s);
    for (const ResourceType type : ResourceTypes::all())
        m_resourceTypeComboBox->addItem(QString(), static_cast<int>(type));
    m_resourceIdLineEdit = createLineEdit(u"resourceIdLineEdit"_s, Field::ResourceId);
    m_resourcePicker = new ResourcePicker(m_resourceIdLineEdit, this);
    m_resourcePicker->setObjectName(u"resourcePicker"_s);
    connect(m_resourcePicker, &ResourcePicker::picked, this, [this] { setTouched(Field::ResourceId); });
    connect(m_resourceIdLineEdit, &QLineEdit::editingFinished, this, &FlowLogForm::checkAgainstInventory);
    m_inventoryCheckTimer.setSingleShot(true);
    m_inventoryCheckTimer.setInterval(InventoryCheckDelayMs);
    // While the list shows what matches, "not found" would only interrupt; once it closes, or
    // when nothing matches, the ID is judged.
    connect(&m_inventoryCheckTimer, &QTimer::timeout, this, [this] {
        if (!m_resourcePicker->isListVisible())
            checkAgainstInventory();
    });
    connect(m_resourcePicker, &ResourcePicker::listClosed, this, [this] {
        if (!m_inventoryCheckTimer.isActive())
            checkAgainstInventory();
    });
    m_trafficTypeComboBox = new QComboBox(this);
    m_trafficTypeComboBox->setObjectName(u"trafficTypeComboBox"_s);
    for (const TrafficType type : TrafficTypes::all())
        m_trafficTypeComboBox->addItem(QString(), static_cast<int>(type));
    m_projectNameLineEdit = createLineEdit(u"projectNameLineEdit"_s, Field::ProjectName);
    m_logStoreNameLineEdit = createLineEdit(u"logStoreNameLineEdit"_s, Field::LogStoreName);
    m_flowLogNameLineEdit = createLineEdit(u"flowLogNameLineEdit"_s, Field::FlowLogName);
    m_flowLogNameCounterLabel = new QLabel(this);
    m_flowLogNameCounterLabel->setObjectName(u"flowLogNameCounterLabel"_s);
    // A single line on purpose: the API takes one line (control characters are an error), and a
    // pasted line break is shown as a finding instead of being silently changed.
    m_descriptionLineEdit = createLineEdit(u"descriptionLineEdit"_s, Field::Description);
    m_descriptionCounterLabel = new QLabel(this);
    m_descriptionCounterLabel->setObjectName(u"descriptionCounterLabel"_s);
    m_advanced = new AdvancedSection(this);
    m_advanced->setObjectName(u"advancedSection"_s);
    connect(m_advanced, &AdvancedSection::edited, this, [this](Field field) {
        m_touched.insert(field);
        revalidate();
    });

    connect(m_resourceTypeComboBox, &QComboBox::currentIndexChanged, this, &FlowLogForm::onResourceTypeChanged);
    connect(m_resourceTypeComboBox, &QComboBox::currentIndexChanged, this, &FlowLogForm::revalidate);
    connect(m_trafficTypeComboBox, &QComboBox::currentIndexChanged, this, &FlowLogForm::revalidate);
    connect(m_resourceTypeComboBox, &QComboBox::activated, this, [this] { setTouched(Field::ResourceType); });
    connect(m_trafficTypeComboBox, &QComboBox::activated, this, [this] { setTouched(Field::TrafficType); });
}

void FlowLogForm::enableClearButtons()
{
    for (QLineEdit *edit : {m_resourceIdLineEdit, m_projectNameLineEdit, m_logStoreNameLineEdit, m_flowLogNameLineEdit,
             m_descriptionLineEdit})
        edit->setClearButtonEnabled(true);
    m_advanced->enableClearButtons();
}

QLineEdit *FlowLogForm::createLineEdit(const QString &objectName, Field field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textChanged, this, &FlowLogForm::revalidate);
    connectTouch(edit, field);
    return edit;
}

void FlowLogForm::connectTouch(QLineEdit *edit, Field field)
{
    connect(edit, &QLineEdit::textEdited, this, [this, field] { setTouched(field); });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { setTouched(field); });
}

void FlowLogForm::createLayout()
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Rows a little closer than the style's default: with a result below, five history rows still
    // fit on a 1280×800 screen in Chinese, whose glyphs make every line taller.
    m_layout->setVerticalSpacing(qMax(2, style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) - 2));
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    const QList<QPair<Field, QWidget *>> rows {
        {Field::ResourceType, fieldBox(m_resourceTypeComboBox, Field::ResourceType)},
        {Field::ResourceId, fieldBox(m_resourceIdLineEdit, Field::ResourceId, m_resourcePicker)},
        {Field::TrafficType, fieldBox(m_trafficTypeComboBox, Field::TrafficType)},
        {Field::ProjectName, fieldBox(m_projectNameLineEdit, Field::ProjectName)},
        {Field::LogStoreName, fieldBox(m_logStoreNameLineEdit, Field::LogStoreName)},
        {Field::FlowLogName, fieldBox(m_flowLogNameLineEdit, Field::FlowLogName, m_flowLogNameCounterLabel)},
        {Field::Description, fieldBox(m_descriptionLineEdit, Field::Description, m_descriptionCounterLabel)},
    };
    for (const auto &[field, box] : rows) {
        auto *label = new QLabel(this);
        label->setObjectName(FlowLogForm::objectNameStem(field) + u"Label"_s);
        m_labels.insert(field, label);
        m_layout->addRow(label, box);
    }
    m_layout->addRow(m_advanced);
    m_labels.value(Field::ResourceType)->setBuddy(m_resourceTypeComboBox);
    m_labels.value(Field::ResourceId)->setBuddy(m_resourceIdLineEdit);
    m_labels.value(Field::TrafficType)->setBuddy(m_trafficTypeComboBox);
    m_labels.value(Field::ProjectName)->setBuddy(m_projectNameLineEdit);
    m_labels.value(Field::LogStoreName)->setBuddy(m_logStoreNameLineEdit);
    m_labels.value(Field::FlowLogName)->setBuddy(m_flowLogNameLineEdit);
    m_labels.value(Field::Description)->setBuddy(m_descriptionLineEdit);
    // Tab order follows the rows (the counters and findings take no focus).
    setTabOrder(m_resourceTypeComboBox, m_resourceIdLineEdit);
    setTabOrder(m_resourceIdLineEdit, m_trafficTypeComboBox);
    setTabOrder(m_trafficTypeComboBox, m_projectNameLineEdit);
    setTabOrder(m_projectNameLineEdit, m_logStoreNameLineEdit);
    setTabOrder(m_logStoreNameLineEdit, m_flowLogNameLineEdit);
    setTabOrder(m_flowLogNameLineEdit, m_descriptionLineEdit);
    setTabOrder(m_descriptionLineEdit, m_advanced->firstEditor());
}

// The editor (and its counter) with the field's findings under it.
QWidget *FlowLogForm::fieldBox(QWidget *editor, Field field, QWidget *trailing)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(editor, 1);
    if (auto *counter = qobject_cast<QLabel *>(trailing)) {
        counter->setMinimumWidth(counter->fontMetrics().horizontalAdvance(u"000/000"_s));
        counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (trailing)
        editorRow->addWidget(trailing);
    layout->addLayout(editorRow);
    auto *findingsView = new FindingsView(box);
    findingsView->setObjectName(FlowLogForm::objectNameStem(field) + u"FindingsView"_s);
    findingsView->followEditor(editor);
    layout->addWidget(findingsView);
    m_findingsViews.insert(field, findingsView);
    return box;
}

void FlowLogForm::retranslateUi()
{
    m_labels.value(Field::ResourceType)->setText(tr("Resource &type:"));
    m_labels.value(Field::ResourceId)->setText(tr("Resource &ID:"));
    m_labels.value(Field::TrafficType)->setText(tr("T&raffic type:"));
    m_labels.value(Field::ProjectName)->setText(tr("&Project:"));
    m_labels.value(Field::LogStoreName)->setText(tr("&Logstore:"));
    m_labels.value(Field::FlowLogName)->setText(tr("Flow log &name:"));
    m_labels.value(Field::Description)->setText(tr("&Description:"));

    m_resourceTypeComboBox->setAccessibleName(tr("Resource type"));
    m_resourceIdLineEdit->setAccessibleName(tr("Resource ID"));
    m_trafficTypeComboBox->setAccessibleName(tr("Traffic type"));
    m_projectNameLineEdit->setAccessibleName(tr("Log Service project"));
    m_logStoreNameLineEdit->setAccessibleName(tr("Logstore"));
    m_flowLogNameLineEdit->setAccessibleName(tr("Flow log name"));
    m_descriptionLineEdit->setAccessibleName(tr("Description"));

    m_projectNameLineEdit->setPlaceholderText(tr("Log Service project that stores the flow log"));
    m_logStoreNameLineEdit->setPlaceholderText(tr("Logstore in that project"));
    m_flowLogNameLineEdit->setPlaceholderText(tr("Optional, 2–128 characters"));
    m_descriptionLineEdit->setPlaceholderText(tr("Optional, 2–256 characters, one line"));
    retranslateCombos();
    updateCounters();
}

void FlowLogForm::retranslateCombos()
{
    // The API value stays visible next to the label: it is what the documentation and the CLI use.
    for (int i = 0; i < m_resourceTypeComboBox->count(); ++i) {
        const auto type = static_cast<ResourceType>(m_resourceTypeComboBox->itemData(i).toInt());
        m_resourceTypeComboBox->setItemText(i,
            tr("%1 (%2)", "label (API value)").arg(ResourceTypes::label(type), ResourceTypes::apiName(type)));
    }
    for (int i = 0; i < m_trafficTypeComboBox->count(); ++i) {
        const auto type = static_cast<TrafficType>(m_trafficTypeComboBox->itemData(i).toInt());
        m_trafficTypeComboBox->setItemText(i,
            tr("%1 (%2)", "label (API value)").arg(TrafficTypes::label(type), TrafficTypes::apiName(type)));
    }
}

void FlowLogForm::onResourceTypeChanged()
{
    m_resourcePicker->setResourceType(static_cast<ResourceType>(m_resourceTypeComboBox->currentData().toInt()));
}

void FlowLogForm::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    m_resourcePicker->setInventory(m_inventory);
    m_inventoryCheckedFor.clear();
    revalidate();
    checkAgainstInventory();
}

// What the inventory check depends on; empty when there is nothing to check.
QString FlowLogForm::inventoryCheckKey(const FlowLogRequest &request) const
{
    if (!m_inventory || m_inventory->regionId != FlowLogRequest::normalized(m_regionId))
        return {};
    return ResourceTypes::apiName(request.resourceType) + u'\n' + FlowLogRequest::normalized(request.resourceId);
}

void FlowLogForm::checkAgainstInventory()
{
    m_inventoryCheckTimer.stop();
    const FlowLogRequest current = request();
    const QString checkKey = inventoryCheckKey(current);
    if (checkKey == m_inventoryCheckedFor && !checkKey.isEmpty())
        return;
    m_inventoryCheckedFor = checkKey;
    m_inventoryFindings.clear();
    // Only a well-formed ID: the validator's finding says more than "not found".
    const bool idIsWellFormed = std::none_of(m_findings.cbegin(), m_findings.cend(), [](const ValidationFinding &finding) {
        return finding.field == Field::ResourceId || finding.field == Field::ResourceType;
    });
    if (!checkKey.isEmpty() && idIsWellFormed)
        m_inventoryFindings = InventoryCheck::check(*m_inventory, current.resourceType, current.resourceId);
    revalidate();
}

void FlowLogForm::updateCounters()
{
    const auto update = [this](QLabel *counter, const QString &text, int maximum) {
        const qsizetype count = codePoints(text);
        counter->setText(tr("%1/%2", "characters used/maximum").arg(count).arg(maximum));
        counter->setAccessibleName(tr("%1 of at most %2 characters").arg(count).arg(maximum));
        QPalette palette = this->palette();
        if (count > maximum)
            palette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
        counter->setPalette(palette);
    };
    update(m_flowLogNameCounterLabel, m_flowLogNameLineEdit->text(), FlowLogNameMaximum);
    update(m_descriptionCounterLabel, m_descriptionLineEdit->text(), DescriptionMaximum);
}

void FlowLogForm::revalidate()
{
    const FlowLogRequest current = request();
    m_findings = RequestValidator::validate(current);
    // Judged against the inventory a moment after typing stops: looking for the nearest IDs among
    // 200,000 takes longer than a keystroke may, and a half-typed ID is not worth a warning.
    const QString checkKey = inventoryCheckKey(current);
    if (checkKey != m_inventoryCheckedFor) {
        m_inventoryFindings.clear();
        m_inventoryCheckedFor.clear();
        m_inventoryCheckTimer.start();
    }
    m_findings.append(m_inventoryFindings);
    updateCounters();
    showFindings();
    Q_EMIT changed();
}

void FlowLogForm::showFindings()
{
    for (auto it = m_findingsViews.cbegin(); it != m_findingsViews.cend(); ++it)
        it.value()->setFindings(visibleFindings(it.key()));
    ValidationFindings advanced;
    for (const ValidationFinding &finding : m_findings) {
        if (m_advanced->editorFor(finding.field) && m_touched.contains(finding.field))
            advanced.append(finding);
    }
    m_advanced->setFindings(advanced);
}
