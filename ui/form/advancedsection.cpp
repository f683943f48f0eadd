#include "ui/form/advancedsection.h"

#include "core/config/appsettings.h"
#include "core/request/advancedrules.h"
#include "ui/form/findingsview.h"
#include "ui/form/flowlogform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString AllPath = u"all"_s;
const QString InternetGatewayPath = u"internetGateway"_s;
// The API's IP versions: data of the combo's items, never shown as they are.
const QString Ipv4Version = u"IPV4"_s;
const QString DualStackVersion = u"DualStack"_s;
constexpr int KeyColumn = 0;
constexpr int ValueColumn = 1;
// The tag table shows this many rows before it scrolls: enough for the usual few tags.
constexpr int VisibleTagRows = 4;

void selectData(QComboBox *comboBox, const QString &value)
{
    const int index = comboBox->findData(value);
    comboBox->setCurrentIndex(index >= 0 ? index : comboBox->findData(QString()));
}

} // namespace

AdvancedSection::AdvancedSection(QWidget *parent)
    : QWidget(parent)
{
    createWidgets();
    createLayout();
    retranslateUi();
    setExpanded(QSettings().value(SettingsKeys::AdvancedSettingsExpanded, false).toBool());
}

// An editor open in a tag cell, or a focused field, commits while the children are destroyed: by
// then the handlers would reach widgets that are gone.
AdvancedSection::~AdvancedSection()
{
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void AdvancedSection::readInto(FlowLogRequest &request) const
{
    request.aggregationInterval = m_intervalComboBox->currentData().toString();
    request.trafficPaths.clear();
    if (m_pathAllCheckBox->isChecked())
        request.trafficPaths.append(AllPath);
    if (m_pathInternetCheckBox->isChecked())
        request.trafficPaths.append(InternetGatewayPath);
    request.ipVersion = m_ipVersionComboBox->currentData().toString();
    request.resourceGroupId = m_resourceGroupLineEdit->text();
    request.tags.clear();
    for (int row = 0; row < m_tagsTable->rowCount(); ++row) {
        const QTableWidgetItem *key = m_tagsTable->item(row, KeyColumn);
        const QTableWidgetItem *value = m_tagsTable->item(row, ValueColumn);
        request.tags.append({key ? key->text() : QString(), value ? value->text() : QString()});
    }
}

// Values the controls cannot show (a path or version this client does not offer, from a history
// row) are not silently dropped: the combo shows the value as it is, and the validator reports it.
void AdvancedSection::setFrom(const FlowLogRequest &request)
{
    m_loading = true;
    const auto ensureItem = [](QComboBox *comboBox, const QString &value) {
        if (!value.isEmpty() && comboBox->findData(value) < 0)
            comboBox->addItem(value, value);
        selectData(comboBox, value);
    };
    ensureItem(m_intervalComboBox, FlowLogRequest::normalized(request.aggregationInterval));
    ensureItem(m_ipVersionComboBox, FlowLogRequest::normalized(request.ipVersion));
    m_pathAllCheckBox->setChecked(request.trafficPaths.contains(AllPath));
    m_pathInternetCheckBox->setChecked(request.trafficPaths.contains(InternetGatewayPath));
    m_resourceGroupLineEdit->setText(request.resourceGroupId);
    m_tagsTable->setRowCount(0);
    for (const FlowLogTag &tag : request.tags) {
        const int row = m_tagsTable->rowCount();
        m_tagsTable->insertRow(row);
        m_tagsTable->setItem(row, KeyColumn, new QTableWidgetItem(tag.key));
        m_tagsTable->setItem(row, ValueColumn, new QTableWidgetItem(tag.value));
    }
    m_loading = false;
    if (request.hasAdvancedParameters())
        setExpanded(true); // shown, not remembered: only the operator's own click is

    updateTagControls();
    updateSummary();
}

bool AdvancedSection::isExpanded() const
{
    return m_toggleButton->isChecked();
}

void AdvancedSection::setExpanded(bool expanded)
{
    m_toggleButton->setChecked(expanded);
    m_toggleButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
    updateSummary();
}

void AdvancedSection::setFindings(const ValidationFindings &findings)
{
    for (auto it = m_findingsViews.cbegin(); it != m_findingsViews.cend(); ++it) {
        ValidationFindings own;
        for (const ValidationFinding &finding : findings) {
            if (finding.field == it.key())
                own.append(finding);
        }
        it.value()->setFindings(own);
    }
    markTagCells(findings);
    updateSummary();
}

QWidget *AdvancedSection::editorFor(Field field) const
{
    switch (field) {
    case Field::AggregationInterval:
        return m_intervalComboBox;
    case Field::TrafficPath:
        return m_pathAllCheckBox;
    case Field::IpVersion:
        return m_ipVersionComboBox;
    case Field::ResourceGroupId:
        return m_resourceGroupLineEdit;
    case Field::Tags:
        return m_tagsTable;
    default:
        return nullptr;
    }
}

QWidget *AdvancedSection::firstEditor() const
{
    return m_toggleButton;
}

QWidget *AdvancedSection::lastEditor() const
{
    return m_removeTagButton;
}

void AdvancedSection::enableClearButtons()
{
    m_resourceGroupLineEdit->setClearButtonEnabled(true);
}

void AdvancedSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdvancedSection::createWidgets()
{
    m_toggleButton = new QToolButton(this);
    m_toggleButton->setObjectName(u"advancedToggleButton"_s);
    m_toggleButton->setCheckable(true);
    m_toggleButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggleButton->setAutoRaise(true);
    // As tall as a line of text: closed, the section costs the form no more than that.
    m_toggleButton->setFixedHeight(m_toggleButton->fontMetrics().height() + 4);
    connect(m_toggleButton, &QToolButton::toggled, this, &AdvancedSection::setExpanded);
    connect(m_toggleButton, &QToolButton::clicked, this,
        [](bool expanded) { QSettings().setValue(SettingsKeys::AdvancedSettingsExpanded, expanded); });
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"advancedSummaryLabel"_s);
    m_summaryLabel->setForegroundRole(QPalette::PlaceholderText);
    m_body = new QWidget(this);
    m_body->setObjectName(u"advancedBody"_s);

    m_intervalComboBox = new QComboBox(m_body);
    m_intervalComboBox->setObjectName(u"aggregationIntervalComboBox"_s);
    for (const QString &minutes : {u"1"_s, u"5"_s})
        m_intervalComboBox->addItem(QString(), minutes);
    m_intervalComboBox->addItem(QString(), QString()); // 10, the service's default: not sent
    m_intervalComboBox->setCurrentIndex(m_intervalComboBox->count() - 1);
    m_pathAllCheckBox = new QCheckBox(m_body);
    m_pathAllCheckBox->setObjectName(u"trafficPathAllCheckBox"_s);
    m_pathInternetCheckBox = new QCheckBox(m_body);
    m_pathInternetCheckBox->setObjectName(u"trafficPathInternetGatewayCheckBox"_s);
    m_pathHintLabel = new QLabel(m_body);
    m_pathHintLabel->setObjectName(u"trafficPathHintLabel"_s);
    m_pathHintLabel->setWordWrap(true);
    m_pathHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ipVersionComboBox = new QComboBox(m_body);
    m_ipVersionComboBox->setObjectName(u"ipVersionComboBox"_s);
    m_ipVersionComboBox->addItem(QString(), QString());
    m_ipVersionComboBox->addItem(QString(), Ipv4Version);
    m_ipVersionComboBox->addItem(QString(), DualStackVersion);
    m_resourceGroupLineEdit = new QLineEdit(m_body);
    m_resourceGroupLineEdit->setObjectName(u"resourceGroupIdLineEdit"_s);

    m_tagsTable = new QTableWidget(0, 2, m_body);
    m_tagsTable->setObjectName(u"tagsTableWidget"_s);
    m_tagsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tagsTable->verticalHeader()->setVisible(false);
    m_tagsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tagsTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_tagsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows as high as a line edit's text, not the style's roomier default: four fit in little space.
    const int rowHeight = m_tagsTable->fontMetrics().height() + 8;
    m_tagsTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_tagsTable->setFixedHeight(m_tagsTable->horizontalHeader()->sizeHint().height() + VisibleTagRows * rowHeight
        + 2 * m_tagsTable->frameWidth());
    m_addTagButton = new QPushButton(m_body);
    m_addTagButton->setObjectName(u"addTagPushButton"_s);
    m_removeTagButton = new QPushButton(m_body);
    m_removeTagButton->setObjectName(u"removeTagPushButton"_s);
    m_tagCountLabel = new QLabel(m_body);
    m_tagCountLabel->setObjectName(u"tagCountLabel"_s);

    const auto emitEdited = [this](Field field) {
        return [this, field] {
            if (m_loading)
                return;
            updateSummary();
            Q_EMIT edited(field);
        };
    };
    connect(m_intervalComboBox, &QComboBox::currentIndexChanged, this, emitEdited(Field::AggregationInterval));
    connect(m_pathAllCheckBox, &QCheckBox::toggled, this, emitEdited(Field::TrafficPath));
    connect(m_pathInternetCheckBox, &QCheckBox::toggled, this, emitEdited(Field::TrafficPath));
    connect(m_ipVersionComboBox, &QComboBox::currentIndexChanged, this, emitEdited(Field::IpVersion));
    connect(m_resourceGroupLineEdit, &QLineEdit::textChanged, this, emitEdited(Field::ResourceGroupId));
    connect(m_tagsTable, &QTableWidget::itemChanged, this, emitEdited(Field::Tags));
    connect(m_tagsTable, &QTableWidget::itemSelectionChanged, this, &AdvancedSection::updateTagControls);
    connect(m_addTagButton, &QPushButton::clicked, this, &AdvancedSection::addTag);
    connect(m_removeTagButton, &QPushButton::clicked, this, &AdvancedSection::removeSelectedTags);
}

void AdvancedSection::createLayout()
{
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_toggleButton);
    header->addWidget(m_summaryLabel, 1);

    auto *paths = new QVBoxLayout;
    paths->setSpacing(2);
    auto *pathBoxes = new QHBoxLayout;
    pathBoxes->addWidget(m_pathAllCheckBox);
    pathBoxes->addWidget(m_pathInternetCheckBox);
    pathBoxes->addStretch(1);
    paths->addLayout(pathBoxes);
    paths->addWidget(m_pathHintLabel);
    auto *pathBox = new QWidget(m_body);
    pathBox->setLayout(paths);
    paths->setContentsMargins(0, 0, 0, 0);

    auto *tagButtons = new QHBoxLayout;
    tagButtons->addWidget(m_addTagButton);
    tagButtons->addWidget(m_removeTagButton);
    tagButtons->addWidget(m_tagCountLabel, 1);
    auto *tags = new QVBoxLayout;
    tags->setContentsMargins(0, 0, 0, 0);
    tags->setSpacing(2);
    tags->addWidget(m_tagsTable);
    tags->addLayout(tagButtons);
    auto *tagBox = new QWidget(m_body);
    tagBox->setLayout(tags);

    m_layout = new QFormLayout(m_body);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    const QList<QPair<Field, QWidget *>> rows {
        {Field::AggregationInterval, withFindings(m_intervalComboBox, Field::AggregationInterval)},
        {Field::TrafficPath, withFindings(pathBox, Field::TrafficPath)},
        {Field::IpVersion, withFindings(m_ipVersionComboBox, Field::IpVersion)},
        {Field::ResourceGroupId, withFindings(m_resourceGroupLineEdit, Field::ResourceGroupId)},
        {Field::Tags, withFindings(tagBox, Field::Tags)},
    };
    for (const auto &[field, box] : rows) {
        auto *label = new QLabel(m_body);
        label->setObjectName(FlowLogForm::objectNameStem(field) + u"Label"_s);
        m_labels.insert(field, label);
        m_layout->addRow(label, box);
    }
    m_labels.value(Field::AggregationInterval)->setBuddy(m_intervalComboBox);
    m_labels.value(Field::TrafficPath)->setBuddy(m_pathAllCheckBox);
    m_labels.value(Field::IpVersion)->setBuddy(m_ipVersionComboBox);
    m_labels.value(Field::ResourceGroupId)->setBuddy(m_resourceGroupLineEdit);
    m_labels.value(Field::Tags)->setBuddy(m_tagsTable);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_body);

    setTabOrder(m_toggleButton, m_intervalComboBox);
    setTabOrder(m_intervalComboBox, m_pathAllCheckBox);
    setTabOrder(m_pathAllCheckBox, m_pathInternetCheckBox);
    setTabOrder(m_pathInternetCheckBox, m_ipVersionComboBox);
    setTabOrder(m_ipVersionComboBox, m_resourceGroupLineEdit);
    setTabOrder(m_resourceGroupLineEdit, m_tagsTable);
    setTabOrder(m_tagsTable, m_addTagButton);
    setTabOrder(m_addTagButton, m_removeTagButton);
}

QWidget *AdvancedSection::withFindings(QWidget *editor, Field field)
{
    auto *box = new QWidget(m_body);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *findingsView = new FindingsView(box);
    findingsView->setObjectName(FlowLogForm::objectNameStem(field) + u"FindingsView"_s);
    findingsView->followEditor(editor);
    layout->addWidget(findingsView);
    m_findingsViews.insert(field, findingsView);
    return box;
}

void AdvancedSection::retranslateUi()
{
    m_toggleButton->setText(tr("&Advanced settings"));
    m_toggleButton->setAccessibleName(tr("Advanced settings"));
    m_toggleButton->setToolTip(tr("Sampling interval, traffic path, IP version, resource group and tags"));
    m_labels.value(Field::AggregationInterval)->setText(tr("&Sampling interval (minutes):"));
    m_labels.value(Field::TrafficPath)->setText(tr("Traffi&c path:"));
    m_labels.value(Field::IpVersion)->setText(tr("IP v&ersion:"));
    m_labels.value(Field::ResourceGroupId)->setText(tr("Resource gro&up:"));
    m_labels.value(Field::Tags)->setText(tr("Ta&gs:"));

    m_intervalComboBox->setItemText(m_intervalComboBox->findData(QString()), tr("10 (default)"));
    m_intervalComboBox->setItemText(m_intervalComboBox->findData(u"1"_s), tr("1"));
    m_intervalComboBox->setItemText(m_intervalComboBox->findData(u"5"_s), tr("5"));
    m_intervalComboBox->setAccessibleName(tr("Sampling interval in minutes"));
    m_pathAllCheckBox->setText(tr("All traffic (all)"));
    m_pathInternetCheckBox->setText(tr("Internet traffic (internetGateway)"));
    m_pathAllCheckBox->setAccessibleName(tr("Traffic path: all traffic"));
    m_pathInternetCheckBox->setAccessibleName(tr("Traffic path: Internet traffic"));
    m_pathHintLabel->setText(tr("Leave both unchecked for the default, all traffic. Traffic paths are off for "
                                "accounts until Alibaba Cloud enables them on request (a ticket)."));
    m_ipVersionComboBox->setItemText(0, tr("Default (IPv4)"));
    m_ipVersionComboBox->setItemText(m_ipVersionComboBox->findData(u"IPV4"_s), tr("IPv4 only (IPV4)"));
    m_ipVersionComboBox->setItemText(m_ipVersionComboBox->findData(u"DualStack"_s),
        tr("IPv4 and IPv6 (DualStack)"));
    m_ipVersionComboBox->setAccessibleName(tr("IP version"));
    m_resourceGroupLineEdit->setPlaceholderText(tr("Optional: rg-…; the account's default group otherwise"));
    m_resourceGroupLineEdit->setAccessibleName(tr("Resource group ID"));
    m_tagsTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_tagsTable->setAccessibleName(tr("Tags"));
    m_addTagButton->setText(tr("Ne&w tag"));
    m_addTagButton->setAccessibleName(tr("Add tag"));
    m_removeTagButton->setText(tr("Re&move"));
    m_removeTagButton->setAccessibleName(tr("Remove the selected tags"));
    updateTagControls();
    updateSummary();
}

// What is set, in one line next to the toggle, so a collapsed section still tells it all.
void AdvancedSection::updateSummary()
{
    FlowLogRequest request;
    readInto(request);
    QStringList parts;
    if (!request.aggregationInterval.isEmpty())
        parts << tr("sampling every %n minute(s)", nullptr, request.aggregationInterval.toInt());
    if (!request.trafficPaths.isEmpty())
        parts << tr("traffic path %1").arg(request.trafficPaths.join(u", "_s));
    if (!request.ipVersion.isEmpty())
        parts << request.ipVersion;
    if (!FlowLogRequest::normalized(request.resourceGroupId).isEmpty())
        parts << FlowLogRequest::normalized(request.resourceGroupId);
    if (!request.tags.isEmpty())
        parts << tr("%n tag(s)", nullptr, int(request.tags.size()));
    m_summaryLabel->setText(parts.isEmpty() ? tr("all at the service's defaults") : parts.join(u" · "_s));
}

void AdvancedSection::updateTagControls()
{
    const int count = m_tagsTable->rowCount();
    m_addTagButton->setEnabled(count < AdvancedRules::maxTags);
    m_removeTagButton->setEnabled(!m_tagsTable->selectionModel()->selectedRows().isEmpty());
    m_tagCountLabel->setText(tr("%n tag(s) of at most 20", nullptr, count));
}

// A cell with an error is marked and explains itself in its tooltip; the list under the table has
// every finding in words.
void AdvancedSection::markTagCells(const ValidationFindings &findings)
{
    const QSignalBlocker blocker(m_tagsTable);
    for (int row = 0; row < m_tagsTable->rowCount(); ++row) {
        for (int column : {KeyColumn, ValueColumn}) {
            QTableWidgetItem *item = m_tagsTable->item(row, column);
            if (!item)
                m_tagsTable->setItem(row, column, item = new QTableWidgetItem);
            QStringList messages;
            for (const ValidationFinding &finding : findings) {
                const bool valueFinding = finding.code.startsWith(u"tag.value"_s);
                if (finding.field == Field::Tags && finding.item == row && valueFinding == (column == ValueColumn))
                    messages << finding.message();
            }
            item->setToolTip(messages.join(u'\n'));
            item->setData(Qt::BackgroundRole, messages.isEmpty() ? QVariant() : QVariant(QColor(0xfd, 0xe8, 0xe8)));
            item->setData(Qt::ForegroundRole, messages.isEmpty() ? QVariant() : QVariant(QColor(0xb7, 0x1c, 0x1c)));
        }
    }
}

void AdvancedSection::addTag()
{
    if (m_tagsTable->rowCount() >= AdvancedRules::maxTags)
        return;
    const int row = m_tagsTable->rowCount();
    {
        const QSignalBlocker blocker(m_tagsTable);
        m_tagsTable->insertRow(row);
        m_tagsTable->setItem(row, KeyColumn, new QTableWidgetItem);
        m_tagsTable->setItem(row, ValueColumn, new QTableWidgetItem);
    }
    m_tagsTable->setCurrentCell(row, KeyColumn);
    m_tagsTable->editItem(m_tagsTable->item(row, KeyColumn));
    updateTagControls();
    updateSummary();
    Q_EMIT edited(Field::Tags);
}

void AdvancedSection::removeSelectedTags()
{
    QList<int> rows;
    for (const QModelIndex &index : m_tagsTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_tagsTable->removeRow(row);
    updateTagControls();
    updateSummary();
    Q_EMIT edited(Field::Tags);
}
