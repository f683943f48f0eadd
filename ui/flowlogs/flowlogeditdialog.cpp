#include "ui/flowlogs/flowlogeditdialog.h"

#include "core/request/requestvalidator.h"
#include "core/request/tagsyntax.h"
#include "ui/form/findinglabel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// IpVersion as the API spells it.
const QString ipv4Version = u"IPV4"_s;
const QString dualStackVersion = u"DualStack"_s;

const Field editedFields[] = {Field::FlowLogName, Field::Description, Field::AggregationInterval, Field::IpVersion,
    Field::Tags, Field::ResourceGroupId};

// The batch file's tag syntax (escapes included), with a space after each ';' for reading.
QString tagsText(const FlowLogTags &tags)
{
    QStringList parts;
    for (const FlowLogTag &tag : tags)
        parts.append(TagSyntax::format(tag));
    return parts.join(u"; "_s);
}

} // namespace

FlowLogEditDialog::FlowLogEditDialog(const FlowLogInfo &flowLog, QWidget *parent)
    : QDialog(parent)
    , m_flowLog(flowLog)
{
    setObjectName(u"flowLogEditDialog"_s);
    m_aboutLabel = new QLabel(this);
    m_aboutLabel->setTextFormat(Qt::PlainText);
    m_aboutLabel->setWordWrap(true);

    m_nameLineEdit = new QLineEdit(flowLog.flowLogName, this);
    m_nameLineEdit->setObjectName(u"editNameLineEdit"_s);
    m_descriptionLineEdit = new QLineEdit(flowLog.description, this);
    m_descriptionLineEdit->setObjectName(u"editDescriptionLineEdit"_s);
    m_intervalComboBox = new QComboBox(this);
    m_intervalComboBox->setObjectName(u"editIntervalComboBox"_s);
    for (const int minutes : {1, 5, 10})
        m_intervalComboBox->addItem(QString(), minutes);
    m_intervalComboBox->setCurrentIndex(qMax(0, m_intervalComboBox->findData(flowLog.aggregationInterval > 0 ? flowLog.aggregationInterval : 10)));
    m_ipVersionComboBox = new QComboBox(this);
    m_ipVersionComboBox->setObjectName(u"editIpVersionComboBox"_s);
    m_ipVersionComboBox->addItem(QString(), ipv4Version);
    m_ipVersionComboBox->addItem(QString(), dualStackVersion);
    m_ipVersionComboBox->setCurrentIndex(
        qMax(0, m_ipVersionComboBox->findData(flowLog.ipVersion.isEmpty() ? u"IPV4"_s : flowLog.ipVersion)));
    m_tagsLineEdit = new QLineEdit(tagsText(flowLog.tags), this);
    m_tagsLineEdit->setObjectName(u"editTagsLineEdit"_s);
    m_resourceGroupLineEdit = new QLineEdit(flowLog.resourceGroupId, this);
    m_resourceGroupLineEdit->setObjectName(u"editResourceGroupLineEdit"_s);

    auto *form = new QFormLayout;
    const QList<QWidget *> editors {m_nameLineEdit, m_descriptionLineEdit, m_intervalComboBox, m_ipVersionComboBox,
        m_tagsLineEdit, m_resourceGroupLineEdit};
    for (int i = 0; i < editors.size(); ++i) {
        auto *label = new QLabel(this);
        label->setBuddy(editors.at(i));
        m_fieldLabels.append(label);
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(editors.at(i));
        auto *finding = new FindingLabel(this);
        finding->hide();
        m_findingLabels.insert(editedFields[i], finding);
        column->addWidget(finding);
        if (editedFields[i] == Field::Tags) {
            m_tagSyntaxLabel = new QLabel(this);
            m_tagSyntaxLabel->setObjectName(u"editTagSyntaxLabel"_s);
            m_tagSyntaxLabel->setWordWrap(true);
            m_tagSyntaxLabel->setStyleSheet(u"color: #c62828"_s);
            m_tagSyntaxLabel->hide();
            column->addWidget(m_tagSyntaxLabel);
        }
        form->addRow(label, column);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_aboutLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_nameLineEdit, m_descriptionLineEdit, m_tagsLineEdit, m_resourceGroupLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &FlowLogEditDialog::validate);
    for (QComboBox *combo : {m_intervalComboBox, m_ipVersionComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &FlowLogEditDialog::validate);
    retranslateUi();
    validate();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

FlowLogRequest FlowLogEditDialog::asRequest(QString *tagProblem) const
{
    FlowLogRequest request;
    request.regionId = m_flowLog.regionId;
    request.flowLogName = m_nameLineEdit->text();
    request.description = m_descriptionLineEdit->text();
    request.aggregationInterval = QString::number(m_intervalComboBox->currentData().toInt());
    request.ipVersion = m_ipVersionComboBox->currentData().toString();
    request.resourceGroupId = m_resourceGroupLineEdit->text().trimmed();
    TagSyntax::Error error;
    request.tags = TagSyntax::parseList(m_tagsLineEdit->text(), &error);
    // "a=1; b=2": the space after the separator is for reading, not part of the key.
    for (FlowLogTag &tag : request.tags)
        tag.key = tag.key.trimmed();
    if (tagProblem)
        *tagProblem = error.ok() ? QString() : error.message();
    return request;
}

FlowLogChange FlowLogEditDialog::change() const
{
    const FlowLogRequest wanted = asRequest(nullptr);
    FlowLogChange change;
    if (wanted.flowLogName != m_flowLog.flowLogName)
        change.attributes.flowLogName = wanted.flowLogName;
    if (wanted.description != m_flowLog.description)
        change.attributes.description = wanted.description;
    const int interval = wanted.aggregationInterval.toInt();
    if (interval != (m_flowLog.aggregationInterval > 0 ? m_flowLog.aggregationInterval : 10))
        change.attributes.aggregationInterval = interval;
    if (wanted.ipVersion != (m_flowLog.ipVersion.isEmpty() ? u"IPV4"_s : m_flowLog.ipVersion))
        change.attributes.ipVersion = wanted.ipVersion;
    if (!wanted.resourceGroupId.isEmpty() && wanted.resourceGroupId != m_flowLog.resourceGroupId)
        change.resourceGroupId = wanted.resourceGroupId;
    // Tags: those added or given a new value are set; keys no longer there are removed.
    for (const FlowLogTag &tag : wanted.tags) {
        if (!m_flowLog.tags.contains(tag))
            change.addTags.append(tag);
    }
    for (const FlowLogTag &tag : m_flowLog.tags) {
        const bool kept = std::any_of(wanted.tags.cbegin(), wanted.tags.cend(),
            [&tag](const FlowLogTag &wantedTag) { return wantedTag.key == tag.key; });
        if (!kept)
            change.removeTagKeys.append(tag.key);
    }
    return change;
}

ValidationFindings FlowLogEditDialog::findings() const
{
    return m_findings;
}

void FlowLogEditDialog::validate()
{
    QString tagProblem;
    const FlowLogRequest request = asRequest(&tagProblem);
    m_findings.clear();
    // Only what is sent is judged: a name the flow log already has (set before today's rules, or
    // elsewhere) does not stop a change of its interval.
    const FlowLogChange changed = change();
    const auto isSent = [&changed](Field field) {
        switch (field) {
        case Field::FlowLogName: return !changed.attributes.flowLogName.isEmpty();
        case Field::Description: return !changed.attributes.description.isEmpty();
        case Field::Tags: return !changed.addTags.isEmpty();
        case Field::ResourceGroupId: return !changed.resourceGroupId.isEmpty();
        default: return true;
        }
    };
    for (const Field field : editedFields) {
        const ValidationFindings found = isSent(field) ? RequestValidator::validateField(request, field) : ValidationFindings();
        m_findings += found;
        FindingLabel *label = m_findingLabels.value(field);
        if (found.isEmpty()) {
            label->hide();
        } else {
            label->setFinding(found.constFirst());
            label->show();
        }
    }
    m_tagSyntaxLabel->setText(tagProblem);
    m_tagSyntaxLabel->setVisible(!tagProblem.isEmpty());
    const bool valid = !RequestValidator::hasErrors(m_findings) && tagProblem.isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid && !change().isEmpty());
    // A message that appears may wrap: the dialog grows to keep every line of it.
    if (layout() && isVisible()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

void FlowLogEditDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    validate();
}

void FlowLogEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FlowLogEditDialog::retranslateUi()
{
    setWindowTitle(tr("Edit flow log %1").arg(m_flowLog.flowLogId));
    m_aboutLabel->setText(tr("The resource, traffic type, project and logstore of a flow log cannot be changed: "
                             "create a new flow log for those."));
    const QStringList labels {Fields::label(Field::FlowLogName), Fields::label(Field::Description),
        Fields::label(Field::AggregationInterval), Fields::label(Field::IpVersion), Fields::label(Field::Tags),
        Fields::label(Field::ResourceGroupId)};
    for (int i = 0; i < m_fieldLabels.size(); ++i)
        m_fieldLabels.at(i)->setText(labels.at(i) + u':');
    for (int i = 0; i < m_intervalComboBox->count(); ++i)
        m_intervalComboBox->setItemText(i, tr("%n minute(s)", nullptr, m_intervalComboBox->itemData(i).toInt()));
    // The Create form's words for the same choice.
    m_ipVersionComboBox->setItemText(0, QCoreApplication::translate("AdvancedSection", "IPv4 only (IPV4)"));
    m_ipVersionComboBox->setItemText(1, QCoreApplication::translate("AdvancedSection", "IPv4 and IPv6 (DualStack)"));
    m_tagsLineEdit->setPlaceholderText(tr("KEY=VALUE; KEY2=VALUE2"));
    m_tagsLineEdit->setToolTip(tr("Tags separated by ';'. A tag taken out of this list is removed from the flow log."));
    m_resourceGroupLineEdit->setPlaceholderText(tr("rg-… (leave as it is to keep the group)"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    validate();
}
