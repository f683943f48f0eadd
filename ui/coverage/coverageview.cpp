#include "ui/coverage/coverageview.h"

#include "core/config/regioncatalog.h"
#include "ui/coverage/coveragefilterproxymodel.h"
#include "ui/coverage/coveragetablemodel.h"
#include "ui/inventory/accountinventories.h"

#include <QCheckBox>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QList<CoverageState> filterableStates {
    CoverageState::Uncovered, CoverageState::Partial, CoverageState::Covered, CoverageState::Unknown};

} // namespace

CoverageView::CoverageView(AccountInventories *inventories, QWidget *parent)
    : QWidget(parent)
    , m_inventories(inventories)
    , m_model(new CoverageTableModel(this))
    , m_proxy(new CoverageFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"coverageCountsLabel"_s);
    QFont bold = m_countsLabel->font();
    bold.setBold(true);
    m_countsLabel->setFont(bold);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"coverageStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_allRegionsCheckBox = new QCheckBox(this);
    m_allRegionsCheckBox->setObjectName(u"coverageAllRegionsCheckBox"_s);
    connect(m_allRegionsCheckBox, &QCheckBox::toggled, this, [this] {
        loadScope(false);
        rebuild();
    });
    m_reloadToolButton = new QToolButton(this);
    m_reloadToolButton->setObjectName(u"coverageReloadToolButton"_s);
    m_reloadToolButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reloadToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_reloadToolButton, &QToolButton::clicked, this, [this] {
        if (isLoading())
            cancel();
        else
            reload();
    });

    m_filterLineEdit = new QLineEdit(this);
    m_filterLineEdit->setObjectName(u"coverageFilterLineEdit"_s);
    m_filterLineEdit->setClearButtonEnabled(true);
    connect(m_filterLineEdit, &QLineEdit::textChanged, m_proxy, &CoverageFilterProxyModel::setText);
    m_stateComboBox = new QComboBox(this);
    m_stateComboBox->setObjectName(u"coverageStateComboBox"_s);
    m_stateComboBox->addItem(QString(), -1);
    for (const CoverageState state : filterableStates)
        m_stateComboBox->addItem(CoverageTableModel::stateIcon(state), QString(), int(state));
    connect(m_stateComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateComboBox->currentData().toInt();
        m_proxy->setStateFilter(state < 0 ? std::nullopt : std::optional(CoverageState(state)));
        updateCreateButton();
    });

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(u"coverageTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(CoverageTableModel::StateColumn, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->horizontalHeader()->setSectionResizeMode(CoverageTableModel::ReasonColumn, QHeaderView::Stretch);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CoverageView::updateCreateButton);
    connect(m_tableView, &QTableView::doubleClicked, this, &CoverageView::requestCreate);

    m_createPushButton = new QPushButton(this);
    m_createPushButton->setObjectName(u"coverageCreatePushButton"_s);
    connect(m_createPushButton, &QPushButton::clicked, this, &CoverageView::requestCreate);

    auto *top = new QHBoxLayout;
    top->addWidget(m_countsLabel);
    top->addSpacing(12);
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_allRegionsCheckBox);
    top->addWidget(m_reloadToolButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterLineEdit, 1);
    filters->addWidget(m_stateComboBox);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_createPushButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_tableView, 1);
    layout->addLayout(bottom);

    connect(m_inventories, &AccountInventories::loadStarted, this, [this](const QString &profileId) {
        if (profileId == m_profileId)
            updateSummary();
    });
    connect(m_inventories, &AccountInventories::loaded, this,
        [this](const QString &profileId, const QString &regionId) { onLoaded(profileId, regionId); });
    connect(m_inventories, &AccountInventories::loadFailed, this, &CoverageView::onLoadFailed);
    retranslateUi();
}

CoverageView::~CoverageView() = default;

void CoverageView::setTarget(const QString &profileId, const QString &regionId)
{
    if (profileId == m_profileId && regionId == m_regionId)
        return;
    m_profileId = profileId;
    m_regionId = regionId;
    m_failures.clear();
    if (isVisible())
        loadScope(false);
    rebuild();
}

void CoverageView::reload()
{
    m_failures.clear();
    loadScope(true);
    updateSummary();
}

bool CoverageView::isLoading() const
{
    const QStringList regions = regionsInScope();
    return std::any_of(regions.cbegin(), regions.cend(),
        [this](const QString &region) { return m_inventories->isLoading(m_profileId, region); });
}

void CoverageView::cancel()
{
    for (const QString &region : regionsInScope())
        m_inventories->cancel(m_profileId, region);
    updateSummary();
}

CoverageCounts CoverageView::counts() const
{
    return Coverage::count(m_model->coverage());
}

QStringList CoverageView::regionsInScope() const
{
    if (!m_allRegionsCheckBox->isChecked())
        return m_regionId.isEmpty() ? QStringList() : QStringList {m_regionId};
    QStringList regions;
    for (const Region &region : RegionCatalog::builtIn())
        regions.append(region.id);
    return regions;
}

void CoverageView::loadScope(bool refresh)
{
    for (const QString &region : regionsInScope())
        m_inventories->load(m_profileId, region, refresh);
}

void CoverageView::onLoaded(const QString &profileId, const QString &regionId)
{
    if (profileId != m_profileId || !regionsInScope().contains(regionId))
        return;
    m_failures.remove(regionId);
    rebuild();
}

void CoverageView::onLoadFailed(const QString &profileId, const QString &regionId, const QString &error)
{
    if (profileId != m_profileId || !regionsInScope().contains(regionId))
        return;
    if (!error.isEmpty())
        m_failures.insert(regionId, error);
    updateSummary();
}

void CoverageView::rebuild()
{
    QList<VpcCoverage> all;
    for (const QString &region : regionsInScope()) {
        if (const auto inventory = m_inventories->cached(m_profileId, region))
            all.append(Coverage::evaluate(*inventory));
    }
    m_model->setCoverage(std::move(all));
    m_tableView->resizeColumnToContents(CoverageTableModel::StateColumn);
    m_tableView->resizeColumnToContents(CoverageTableModel::NameColumn);
    m_tableView->resizeColumnToContents(CoverageTableModel::VpcIdColumn);
    m_tableView->resizeColumnToContents(CoverageTableModel::RegionColumn);
    updateSummary();
    updateCreateButton();
}

void CoverageView::updateSummary()
{
    const CoverageCounts counts = this->counts();
    QStringList parts {tr("%n VPC(s)", nullptr, counts.total()), tr("%n covered", nullptr, counts.covered),
        tr("%n partial", nullptr, counts.partial), tr("%n uncovered", nullptr, counts.uncovered)};
    if (counts.unknown > 0)
        parts.append(tr("%n unknown", nullptr, counts.unknown));
    m_countsLabel->setText(parts.join(u" · "_s));

    int loading = 0;
    const QStringList regions = regionsInScope();
    for (const QString &region : regions)
        loading += m_inventories->isLoading(m_profileId, region) ? 1 : 0;
    QString status;
    if (m_regionId.isEmpty())
        status = tr("Choose a region in the top bar.");
    else if (loading > 0 && regions.size() > 1)
        status = tr("Listing VPCs and flow logs: %1 of %n region(s) to go…", nullptr, int(regions.size())).arg(loading);
    else if (loading > 0)
        status = tr("Listing VPCs and flow logs in %1…").arg(m_regionId);
    if (!m_failures.isEmpty()) {
        const QString first = m_failures.constBegin().key();
        status = tr("%n region(s) could not be listed; %1: %2", nullptr, int(m_failures.size()))
                     .arg(first, m_failures.constBegin().value());
    } else if (status.isEmpty() && !regions.isEmpty()) {
        if (const auto inventory = m_inventories->cached(m_profileId, regions.first()))
            status = tr("Listed at %1.").arg(QLocale().toString(inventory->loadedAt.toLocalTime().time(), QLocale::ShortFormat));
    }
    m_statusLabel->setText(status);
    // While listings run the same button stops them.
    m_reloadToolButton->setEnabled(!m_regionId.isEmpty());
    m_reloadToolButton->setIcon(style()->standardIcon(loading > 0 ? QStyle::SP_BrowserStop : QStyle::SP_BrowserReload));
    m_reloadToolButton->setText(loading > 0 ? tr("&Stop") : tr("Re&load"));
    m_reloadToolButton->setToolTip(loading > 0 ? tr("Stop listing; what was listed stays")
                                               : tr("List the VPCs, vSwitches, ENIs and flow logs again"));
}

// The selected rows that are not covered, in table order; without a selection, every shown row
// that is not covered.
void CoverageView::requestCreate()
{
    QList<VpcCoverage> wanted;
    QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        const VpcCoverage &vpc = m_model->at(m_proxy->mapToSource(row).row());
        if (vpc.state != CoverageState::Covered)
            wanted.append(vpc);
    }
    if (!wanted.isEmpty())
        Q_EMIT createRequested(wanted);
}

void CoverageView::updateCreateButton()
{
    int creatable = 0;
    for (const QModelIndex &row : m_tableView->selectionModel()->selectedRows()) {
        if (m_model->at(m_proxy->mapToSource(row).row()).state != CoverageState::Covered)
            ++creatable;
    }
    m_createPushButton->setEnabled(creatable > 0);
    m_createPushButton->setText(creatable > 1 ? tr("Create flow logs for the %n selected VPC(s)…", nullptr, creatable)
                                              : tr("Create a flow log for the selected VPC…"));
}

void CoverageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadScope(false);
    rebuild();
}

void CoverageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CoverageView::retranslateUi()
{
    m_allRegionsCheckBox->setText(tr("&All regions"));
    m_allRegionsCheckBox->setToolTip(tr("Every region of the built-in list, not only the one in the top bar"));
    m_filterLineEdit->setPlaceholderText(tr("Filter by VPC name, ID, region, reason or flow log ID"));
    m_filterLineEdit->setAccessibleName(tr("Filter the VPCs"));
    m_stateComboBox->setItemText(0, tr("Every state"));
    for (int i = 1; i < m_stateComboBox->count(); ++i)
        m_stateComboBox->setItemText(i, CoverageStates::label(CoverageState(m_stateComboBox->itemData(i).toInt())));
    m_stateComboBox->setAccessibleName(tr("Show only VPCs in this state"));
    m_tableView->setAccessibleName(tr("VPCs and their flow-log coverage"));
    updateSummary();
    updateCreateButton();
}
