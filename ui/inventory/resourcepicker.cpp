#include "ui/inventory/resourcepicker.h"

#include "ui/inventory/resourcelistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

// How long ago, in words: "just now", "3 min ago", "2 h ago".
QString age(const QDateTime &loadedAt)
{
    const qint64 seconds = qMax<qint64>(0, loadedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        return ResourcePicker::tr("just now");
    if (seconds < 3600)
        return ResourcePicker::tr("%n min ago", nullptr, int(seconds / 60));
    return ResourcePicker::tr("%n h ago", nullptr, int(seconds / 3600));
}

QString pluralName(ResourceType type, int count)
{
    switch (type) {
    case ResourceType::Vpc: return ResourcePicker::tr("%n VPC(s)", nullptr, count);
    case ResourceType::VSwitch: return ResourcePicker::tr("%n vSwitch(es)", nullptr, count);
    case ResourceType::NetworkInterface: return ResourcePicker::tr("%n ENI(s)", nullptr, count);
    }
    Q_UNREACHABLE();
}

// A plain chevron in the text colour: the style's arrow icons are download or navigation symbols.
QIcon chevronIcon(const QColor &colour)
{
    constexpr int Size = 16;
    QPixmap pixmap(Size * 2, Size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(QPolygonF({QPointF(4.5, 6.5), QPointF(8, 10), QPointF(11.5, 6.5)}));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

ResourcePicker::ResourcePicker(QLineEdit *lineEdit, QWidget *parent)
    : QWidget(parent)
    , m_lineEdit(lineEdit)
    , m_model(new ResourceListModel(this))
{
    m_listView = new QListView;
    m_listView->setObjectName(u"resourcePickerListView"_s);
    // Every row one line high: the view then lays out 200,000 rows without measuring each.
    m_listView->setUniformItemSizes(true);
    m_listView->setTextElideMode(Qt::ElideMiddle);
    // The line edit drives it (setWidget, not setCompleter): the completer's own prefix matching
    // never runs, the model filters.
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(ResourceListModel::IdRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setPopup(m_listView);
    m_completer->setWidget(m_lineEdit);
    m_listView->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &ResourcePicker::onActivated);

    m_listAction = m_lineEdit->addAction(chevronIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    m_listAction->setObjectName(u"resourcePickerListAction"_s);
    connect(m_listAction, &QAction::triggered, this, [this] {
        m_lineEdit->setFocus(Qt::OtherFocusReason);
        showList();
    });

    m_vpcComboBox = new QComboBox(this);
    m_vpcComboBox->setObjectName(u"resourceVpcFilterComboBox"_s);
    m_vpcComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vpcComboBox->setMinimumContentsLength(14);
    // Its items after the first are the account's VPCs, named as the operator named them: data,
    // not texts to translate (the language tests read this).
    m_vpcComboBox->setProperty("listsResources", true);
    connect(m_vpcComboBox, &QComboBox::activated, this, &ResourcePicker::onVpcFilterChosen);
    m_reloadToolButton = new QToolButton(this);
    m_reloadToolButton->setObjectName(u"resourceReloadToolButton"_s);
    m_reloadToolButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reloadToolButton->setAutoRaise(true);
    m_reloadToolButton->installEventFilter(this);
    connect(m_reloadToolButton, &QToolButton::clicked, this, [this] {
        if (m_loading)
            Q_EMIT cancelWanted();
        else
            Q_EMIT inventoryWanted(true);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_vpcComboBox);
    layout->addWidget(m_reloadToolButton);

    connect(m_lineEdit, &QObject::destroyed, this, [this] { m_lineEdit = nullptr; });
    connect(m_lineEdit, &QLineEdit::textEdited, this, &ResourcePicker::onTextEdited);
    m_lineEdit->installEventFilter(this);
    fillVpcFilter();
    retranslateUi();
}

ResourcePicker::~ResourcePicker()
{
    // The list is hidden as it is destroyed, after this object: no listClosed() from a half-gone picker.
    m_listView->removeEventFilter(this);
    if (m_lineEdit)
        m_lineEdit->removeEventFilter(this);
}

void ResourcePicker::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    const QString vpcFilter = m_model->vpcFilter();
    m_model->setInventory(m_inventory, m_type);
    fillVpcFilter();
    if (m_inventory && !m_inventory->find(vpcFilter))
        m_model->setVpcFilter({});
    updatePlaceholder();
    updateReloadButton();
}

void ResourcePicker::setResourceType(ResourceType type)
{
    if (type == m_type && m_model->inventory() == m_inventory)
        return;
    m_type = type;
    // What was typed for the other type does not narrow this one's list.
    m_model->setFilterText({});
    m_model->setInventory(m_inventory, m_type);
    fillVpcFilter();
    updatePlaceholder();
}

void ResourcePicker::setLoading(bool loading, int read, int total)
{
    m_loading = loading;
    m_read = read;
    m_total = total;
    updatePlaceholder();
    updateReloadButton();
}

void ResourcePicker::showList()
{
    if (!m_inventory) {
        Q_EMIT inventoryWanted(false);
        return;
    }
    m_model->setFilterText(filterFor(m_lineEdit->text()));
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    // At least wide enough for "name (id) · CIDR · zone" when the field is narrow.
    QRect below = m_lineEdit->rect();
    below.setWidth(qMax(below.width(), 480));
    m_completer->complete(below);
}

void ResourcePicker::onTextEdited(const QString &text)
{
    if (!m_inventory) {
        Q_EMIT inventoryWanted(false);
        return;
    }
    m_model->setFilterText(filterFor(text));
    if (text.trimmed().isEmpty() || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    showList();
}

// An ID of another type left in the field (the type was just changed) would match nothing here.
QString ResourcePicker::filterFor(const QString &text) const
{
    for (const ResourceType other : ResourceTypes::all()) {
        if (other != m_type && text.trimmed().startsWith(ResourceTypes::idPrefix(other)))
            return {};
    }
    return text;
}

void ResourcePicker::onActivated(const QModelIndex &index)
{
    const QString id = index.data(ResourceListModel::IdRole).toString();
    if (id.isEmpty())
        return;
    m_lineEdit->setText(id);
    Q_EMIT picked(id);
}

void ResourcePicker::fillVpcFilter()
{
    const QString chosen = m_model->vpcFilter();
    m_vpcComboBox->clear();
    m_vpcComboBox->addItem(tr("All VPCs"), QString());
    if (m_inventory) {
        for (const CloudResource &vpc : m_inventory->vpcs)
            m_vpcComboBox->addItem(ResourceListModel::displayText(vpc), vpc.id);
    }
    m_vpcComboBox->setCurrentIndex(qMax(0, m_vpcComboBox->findData(chosen)));
    // Only lists in a VPC can be narrowed to one.
    m_vpcComboBox->setVisible(m_inventory && m_type != ResourceType::Vpc && !m_inventory->vpcs.isEmpty());
}

void ResourcePicker::onVpcFilterChosen()
{
    m_model->setVpcFilter(m_vpcComboBox->currentData().toString());
    updatePlaceholder();
    if (m_lineEdit->hasFocus() || m_vpcComboBox->hasFocus()) {
        m_lineEdit->setFocus(Qt::OtherFocusReason);
        showList();
    }
}

void ResourcePicker::updatePlaceholder()
{
    const QString prefix = ResourceTypes::idPrefix(m_type);
    if (m_loading) {
        m_lineEdit->setPlaceholderText(m_total > 0 ? tr("Listing resources… %1 of %2 — or type an ID (%3…)").arg(m_read).arg(m_total).arg(prefix)
                                                   : tr("Listing resources… — or type an ID (%1…)").arg(prefix));
        return;
    }
    if (!m_inventory || !m_inventory->isComplete(m_type) || m_model->totalCount() == 0) {
        m_lineEdit->setPlaceholderText(
            tr("%1…", "placeholder of the resource ID: the ID prefix of the chosen type").arg(prefix));
        return;
    }
    m_lineEdit->setPlaceholderText(tr("Search %1 by name, ID or address — or type an ID (%2…)")
                                       .arg(pluralName(m_type, m_model->totalCount()), prefix));
}

void ResourcePicker::updateReloadButton()
{
    // While a listing runs the same button stops it.
    m_reloadToolButton->setIcon(style()->standardIcon(m_loading ? QStyle::SP_BrowserStop : QStyle::SP_BrowserReload));
    m_reloadToolButton->setAccessibleName(m_loading ? tr("Stop listing the resources") : tr("Reload the list of resources"));
}

bool ResourcePicker::isListVisible() const
{
    return m_listView->isVisible();
}

bool ResourcePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_listView && event->type() == QEvent::Hide)
        Q_EMIT listClosed();
    if (watched == m_reloadToolButton && event->type() == QEvent::ToolTip) {
        // Worded when shown, so the age is current.
        const QString text = m_loading ? tr("Stop listing the resources")
            : m_inventory              ? tr("Reload the list of resources (listed %1)").arg(age(m_inventory->loadedAt))
                                       : tr("List the resources of this region");
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, m_reloadToolButton);
        return true;
    }
    if (watched == m_lineEdit && event->type() == QEvent::FocusIn && !m_inventory)
        Q_EMIT inventoryWanted(false);
    if (watched == m_lineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier)) {
            showList();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ResourcePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResourcePicker::retranslateUi()
{
    // A tooltip, no text: the button in the field shows only its icon.
    m_listAction->setToolTip(tr("Show the list of resources (Alt+Down)"));
    m_vpcComboBox->setAccessibleName(tr("Only resources in this VPC"));
    m_vpcComboBox->setToolTip(tr("Only resources in this VPC"));
    if (m_vpcComboBox->count() > 0)
        m_vpcComboBox->setItemText(0, tr("All VPCs"));
    updatePlaceholder();
    updateReloadButton();
}
