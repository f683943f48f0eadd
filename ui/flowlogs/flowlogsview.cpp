#include "ui/flowlogs/flowlogsview.h"

#include "core/api/errorcatalog.h"
#include "core/config/appsettings.h"
#include "core/inventory/inventory.h"
#include "ui/flowlogs/flowlogactionrunner.h"
#include "ui/flowlogs/flowlogeditdialog.h"
#include "ui/flowlogs/flowlogfilterproxymodel.h"
#include "ui/flowlogs/flowlogstatus.h"
#include "ui/flowlogs/flowlogtablemodel.h"
#include "ui/inventory/accountinventories.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = FlowLogFilterProxyModel::Kind;
const Kind kinds[] = {Kind::All, Kind::Active, Kind::Inactive, Kind::Changing, Kind::DeliveryFailed};

// Hidden until asked for: rarely needed to tell flow logs apart.
const int hiddenByDefault[] = {FlowLogTableModel::DescriptionColumn, FlowLogTableModel::IpVersionColumn,
    FlowLogTableModel::ResourceGroupColumn, FlowLogTableModel::TagsColumn};

bool confirmWithMessageBox(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    QPushButton *go = box.addButton(title, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(go);
}

QString busyText(FlowLogAction action)
{
    switch (action) {
    case FlowLogAction::Start: return FlowLogsView::tr("Starting…");
    case FlowLogAction::Stop: return FlowLogsView::tr("Stopping…");
    case FlowLogAction::Modify: return FlowLogsView::tr("Saving changes…");
    case FlowLogAction::Delete: return FlowLogsView::tr("Deleting…");
    case FlowLogAction::Create: break;
    }
    return {};
}

QString doneText(FlowLogAction action, bool alreadyDone)
{
    switch (action) {
    case FlowLogAction::Start: return alreadyDone ? FlowLogsView::tr("was already active") : FlowLogsView::tr("started");
    case FlowLogAction::Stop: return alreadyDone ? FlowLogsView::tr("was already stopped") : FlowLogsView::tr("stopped");
    case FlowLogAction::Modify: return FlowLogsView::tr("changes saved");
    case FlowLogAction::Delete: return FlowLogsView::tr("deleted");
    case FlowLogAction::Create: break;
    }
    return {};
}

// What the row says after a run: done, failed (the explanation and what to do), or unknown.
FlowLogTableModel::Note noteFor(const FlowLogOperationRequest &request, const FlowLogOperationResult &result)
{
    using Note = FlowLogTableModel::Note;
    if (result.outcome == Outcome::Succeeded)
        return {Note::Kind::Done, doneText(request.action, result.alreadyDone)};
    if (result.outcome == Outcome::Cancelled)
        return {Note::Kind::Problem, FlowLogsView::tr("cancelled before it was sent")};
    if (result.timedOut)
        return {Note::Kind::Problem,
            FlowLogsView::tr("sent, but still %1 when the wait ended: Refresh shows where it is now")
                .arg(FlowLogStatuses::label(result.status))};
    const ErrorExplanation explanation = ErrorCatalog::explain(result.call);
    QString text = explanation.explanation;
    if (!explanation.action.isEmpty())
        text += u' ' + explanation.action;
    if (result.outcome == Outcome::Unknown)
        return {Note::Kind::Problem, FlowLogsView::tr("outcome unknown: %1").arg(text)};
    return {Note::Kind::Problem, FlowLogsView::tr("failed: %1").arg(text)};
}

} // namespace

FlowLogsView::FlowLogsView(AccountInventories *inventories, FlowLogActionRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_inventories(inventories)
    , m_runner(runner)
    , m_model(new FlowLogTableModel(this))
    , m_proxy(new FlowLogFilterProxyModel(this))
    , m_followTimer(new QTimer(this))
    , m_saveHeaderTimer(new QTimer(this))
{
    m_confirm = [this](const QString &title, const QString &text, const QString &details) {
        return confirmWithMessageBox(this, title, text, details);
    };
    m_edit = [this](const FlowLogInfo &flowLog) -> std::optional<FlowLogChange> {
        FlowLogEditDialog dialog(flowLog, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.change();
    };
    m_proxy->setSourceModel(m_model);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"flowLogsCountsLabel"_s);
    QFont bold = m_countsLabel->font();
    bold.setBold(true);
    m_countsLabel->setFont(bold);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"flowLogsStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_reloadToolButton = new QToolButton(this);
    m_reloadToolButton->setObjectName(u"flowLogsReloadToolButton"_s);
    m_reloadToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_reloadToolButton, &QToolButton::clicked, this, [this] {
        if (isLoading())
            m_inventories->cancel(m_profileId, m_regionId);
        else
            reload();
    });

    m_filterLineEdit = new QLineEdit(this);
    m_filterLineEdit->setObjectName(u"flowLogsFilterLineEdit"_s);
    m_filterLineEdit->setClearButtonEnabled(true);
    connect(m_filterLineEdit, &QLineEdit::textChanged, m_proxy, &FlowLogFilterProxyModel::setText);
    connect(m_filterLineEdit, &QLineEdit::textChanged, this, &FlowLogsView::updateSummary);
    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName(u"flowLogsKindComboBox"_s);
    for (const Kind kind : kinds)
        m_kindComboBox->addItem(QString(), int(kind));
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKind(Kind(m_kindComboBox->currentData().toInt()));
        updateSummary();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_countsLabel);
    top->addSpacing(12);
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_reloadToolButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterLineEdit, 1);
    filters->addWidget(m_kindComboBox);

    setUpTable();
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(u"flowLogsDetailsLabel"_s);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(createActionBar());
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_detailsLabel);

    connect(m_inventories, &AccountInventories::loadStarted, this, [this](const QString &profileId, const QString &regionId) {
        if (profileId == m_profileId && regionId == m_regionId)
            updateSummary();
    });
    connect(m_inventories, &AccountInventories::loaded, this,
        [this](const QString &profileId, const QString &regionId) { onLoaded(profileId, regionId); });
    connect(m_inventories, &AccountInventories::loadFailed, this, &FlowLogsView::onLoadFailed);
    connect(m_runner, &FlowLogActionRunner::operationStarted, this, &FlowLogsView::onOperationStarted);
    connect(m_runner, &FlowLogActionRunner::statusSeen, this, &FlowLogsView::onStatusSeen);
    connect(m_runner, &FlowLogActionRunner::operationFinished, this, &FlowLogsView::onOperationFinished);
    connect(m_runner, &FlowLogActionRunner::runFinished, this, &FlowLogsView::onRunFinished);

    // Flow logs changing elsewhere (or still settling) are listed again until they rest.
    m_followTimer->setInterval(5000);
    connect(m_followTimer, &QTimer::timeout, this, &FlowLogsView::followTransient);
    m_followTimer->start();
    retranslateUi();
    restoreHeaderState();
}

FlowLogsView::~FlowLogsView()
{
    saveHeaderState();
}

QWidget *FlowLogsView::createActionBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addButton = [this, layout](const QString &name, QStyle::StandardPixmap icon, void (FlowLogsView::*slot)()) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setIcon(style()->standardIcon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::clicked, this, slot);
        layout->addWidget(button);
        return button;
    };
    m_startToolButton = addButton(u"flowLogsStartToolButton"_s, QStyle::SP_MediaPlay, &FlowLogsView::startSelected);
    m_stopToolButton = addButton(u"flowLogsStopToolButton"_s, QStyle::SP_MediaStop, &FlowLogsView::stopSelected);
    m_editToolButton = addButton(u"flowLogsEditToolButton"_s, QStyle::SP_FileDialogDetailedView, &FlowLogsView::editSelected);
    m_deleteToolButton = addButton(u"flowLogsDeleteToolButton"_s, QStyle::SP_TrashIcon, &FlowLogsView::deleteSelected);

    m_moreMenu = new QMenu(this);
    m_copyIdAction = m_moreMenu->addAction(QString(), this, &FlowLogsView::copyIds);
    m_copyIdAction->setObjectName(u"flowLogsCopyIdAction"_s);
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyIdAction);
    m_showInHistoryAction = m_moreMenu->addAction(QString(), this, [this] {
        const QList<FlowLogInfo> selected = selectedFlowLogs();
        if (selected.size() == 1)
            Q_EMIT showInHistoryRequested(selected.constFirst().flowLogId);
    });
    m_showInHistoryAction->setObjectName(u"flowLogsShowInHistoryAction"_s);
    m_openConsoleAction = m_moreMenu->addAction(QString(), this, &FlowLogsView::openConsole);
    m_openConsoleAction->setObjectName(u"flowLogsOpenConsoleAction"_s);
    m_moreToolButton = new QToolButton(this);
    m_moreToolButton->setObjectName(u"flowLogsMoreToolButton"_s);
    m_moreToolButton->setMenu(m_moreMenu);
    m_moreToolButton->setPopupMode(QToolButton::InstantPopup);
    m_moreToolButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_moreToolButton);
    layout->addStretch(1);
    return bar;
}

void FlowLogsView::setUpTable()
{
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(u"flowLogsTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(FlowLogTableModel::CreatedColumn, Qt::DescendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(false);
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &FlowLogsView::showHeaderMenu);
    connect(m_tableView, &QWidget::customContextMenuRequested, this, &FlowLogsView::showTableMenu);
    connect(m_tableView, &QAbstractItemView::doubleClicked, this, &FlowLogsView::editSelected);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    // A row whose status or note changed may be the selected one.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });

    m_columnsMenu = new QMenu(this);
    for (int column = 0; column < FlowLogTableModel::ColumnCount; ++column) {
        QAction *action = m_columnsMenu->addAction(QString());
        action->setObjectName(FlowLogTableModel::columnKey(FlowLogTableModel::Column(column)) + u"ColumnAction"_s);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_tableView->horizontalHeader()->setSectionHidden(column, !shown);
            m_saveHeaderTimer->start();
        });
    }
    m_saveHeaderTimer->setSingleShot(true);
    m_saveHeaderTimer->setInterval(500);
    connect(m_saveHeaderTimer, &QTimer::timeout, this, &FlowLogsView::saveHeaderState);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(header, signal, m_saveHeaderTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, m_saveHeaderTimer, qOverload<>(&QTimer::start));
}

void FlowLogsView::restoreHeaderState()
{
    QHeaderView *header = m_tableView->horizontalHeader();
    const QByteArray state = QSettings().value(SettingsKeys::FlowLogsHeaderState).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        for (const int column : hiddenByDefault)
            header->setSectionHidden(column, true);
        const QFontMetrics metrics = m_tableView->fontMetrics();
        header->resizeSection(FlowLogTableModel::NameColumn, metrics.horizontalAdvance(u'x') * 20);
        header->resizeSection(FlowLogTableModel::IdColumn, metrics.horizontalAdvance(u"fl-bp1flow00000000000001"_s));
        header->resizeSection(FlowLogTableModel::ResourceColumn, metrics.horizontalAdvance(u'x') * 32);
        header->resizeSection(FlowLogTableModel::DestinationColumn, metrics.horizontalAdvance(u'x') * 24);
        header->resizeSection(FlowLogTableModel::TrafficColumn, metrics.horizontalAdvance(u'x') * 12);
        header->resizeSection(FlowLogTableModel::IntervalColumn, metrics.horizontalAdvance(u'x') * 9);
        header->resizeSection(FlowLogTableModel::StatusColumn, metrics.horizontalAdvance(u'x') * 18);
    }
    const QList<QAction *> actions = m_columnsMenu->actions();
    for (int column = 0; column < actions.size(); ++column) {
        const QSignalBlocker blocker(actions.at(column));
        actions.at(column)->setChecked(!header->isSectionHidden(column));
    }
}

void FlowLogsView::saveHeaderState() const
{
    QSettings().setValue(SettingsKeys::FlowLogsHeaderState, m_tableView->horizontalHeader()->saveState());
}

void FlowLogsView::showHeaderMenu(const QPoint &position)
{
    m_columnsMenu->popup(m_tableView->horizontalHeader()->mapToGlobal(position));
}

void FlowLogsView::showTableMenu(const QPoint &position)
{
    if (selectedFlowLogs().isEmpty())
        return;
    QMenu menu(this);
    for (QToolButton *button : {m_startToolButton, m_stopToolButton, m_editToolButton, m_deleteToolButton}) {
        QAction *action = menu.addAction(button->icon(), button->text(), button, &QToolButton::click);
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
    }
    menu.addSeparator();
    menu.addActions(m_moreMenu->actions());
    menu.exec(m_tableView->viewport()->mapToGlobal(position));
}

void FlowLogsView::setTarget(const QString &profileId, const QString &regionId)
{
    if (profileId == m_profileId && regionId == m_regionId)
        return;
    m_profileId = profileId;
    m_regionId = regionId;
    m_loadError.clear();
    m_runMessage.clear();
    m_listedAt = {};
    if (isVisible())
        m_inventories->load(m_profileId, m_regionId);
    rebuild();
}

void FlowLogsView::reload()
{
    m_loadError.clear();
    m_runMessage.clear();
    m_inventories->reloadFlowLogs(m_profileId, m_regionId);
    updateSummary();
}

bool FlowLogsView::isLoading() const
{
    return m_inventories->isLoading(m_profileId, m_regionId);
}

void FlowLogsView::setFollowInterval(int milliseconds)
{
    m_followTimer->setInterval(milliseconds);
}

bool FlowLogsView::showFlowLog(const QString &flowLogId)
{
    const int row = m_model->rowOf(flowLogId);
    m_pendingShowId = row < 0 ? flowLogId : QString();
    if (row < 0)
        return false;
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid()) {
        m_filterLineEdit->clear();
        m_kindComboBox->setCurrentIndex(0);
    }
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    m_tableView->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->setCurrentIndex(shown);
    m_tableView->scrollTo(shown);
    return true;
}

void FlowLogsView::onLoaded(const QString &profileId, const QString &regionId)
{
    if (profileId != m_profileId || regionId != m_regionId)
        return;
    m_loadError.clear();
    m_listedAt = QDateTime::currentDateTime();
    rebuild();
}

void FlowLogsView::onLoadFailed(const QString &profileId, const QString &regionId, const QString &error)
{
    if (profileId != m_profileId || regionId != m_regionId)
        return;
    m_loadError = error;
    updateSummary();
}

void FlowLogsView::rebuild()
{
    const auto inventory = m_inventories->cached(m_profileId, m_regionId);
    const QStringList selected = [this] {
        QStringList ids;
        for (const FlowLogInfo &flowLog : selectedFlowLogs())
            ids.append(flowLog.flowLogId);
        return ids;
    }();
    m_model->setFlowLogs(inventory ? inventory->flowLogs : QList<FlowLogInfo>(), inventory.get());
    if (inventory && inventory->flowLogFailure)
        m_loadError = ErrorCatalog::explain(*inventory->flowLogFailure).explanation;
    QItemSelection selection;
    for (const QString &id : selected) {
        const int row = m_model->rowOf(id);
        const QModelIndex shown = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (shown.isValid())
            selection.select(shown, shown);
    }
    m_tableView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!m_pendingShowId.isEmpty() && inventory && !isLoading())
        showFlowLog(m_pendingShowId);
    updateSummary();
    updateActions();
    updateDetails();
}

QList<FlowLogInfo> FlowLogsView::selectedFlowLogs() const
{
    QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<FlowLogInfo> flowLogs;
    for (const QModelIndex &row : std::as_const(rows))
        flowLogs.append(m_model->at(m_proxy->mapToSource(row).row()));
    return flowLogs;
}

QList<FlowLogInfo> FlowLogsView::changeable(const QList<FlowLogInfo> &flowLogs) const
{
    QList<FlowLogInfo> result;
    std::copy_if(flowLogs.cbegin(), flowLogs.cend(), std::back_inserter(result),
        [](const FlowLogInfo &flowLog) { return !FlowLogTableModel::isReadOnly(flowLog); });
    return result;
}

void FlowLogsView::startSelected()
{
    run(FlowLogAction::Start, changeable(selectedFlowLogs()));
}

void FlowLogsView::stopSelected()
{
    run(FlowLogAction::Stop, changeable(selectedFlowLogs()));
}

void FlowLogsView::editSelected()
{
    const QList<FlowLogInfo> selected = changeable(selectedFlowLogs());
    if (selected.size() != 1 || m_runner->isBusy())
        return;
    const std::optional<FlowLogChange> change = m_edit(selected.constFirst());
    if (change && !change->isEmpty())
        modify(selected.constFirst().flowLogId, *change);
}

void FlowLogsView::modify(const QString &flowLogId, const FlowLogChange &change)
{
    const int row = m_model->rowOf(flowLogId);
    if (row >= 0)
        run(FlowLogAction::Modify, {m_model->at(row)}, change);
}

// Names what goes, and says what stays: the logstore keeps its data, and its cost, until it is
// deleted in Log Service.
void FlowLogsView::deleteSelected()
{
    const QList<FlowLogInfo> selected = changeable(selectedFlowLogs());
    if (selected.isEmpty() || m_runner->isBusy())
        return;
    QString text;
    QStringList lines;
    for (const FlowLogInfo &flowLog : selected.mid(0, 10)) {
        const QString name = flowLog.flowLogName.isEmpty() ? flowLog.flowLogId
                                                           : tr("%1 (%2)").arg(flowLog.flowLogName, flowLog.flowLogId);
        lines.append(tr("%1 — on %2 %3, writing to %4 / %5")
                .arg(name, flowLog.resourceType, flowLog.resourceId, flowLog.projectName, flowLog.logStoreName));
    }
    if (selected.size() > 10)
        lines.append(tr("… and %n more", nullptr, int(selected.size() - 10)));
    text = tr("Delete %n flow log(s)?", nullptr, int(selected.size())) + u"\n\n"_s + lines.join(u'\n');
    const QString details = tr("Traffic stops being recorded, and the flow log cannot be restored. The logstore "
                               "keeps the records written so far, and Log Service keeps charging for them until "
                               "the logstore is deleted there.");
    if (m_confirm(tr("Delete"), text, details))
        run(FlowLogAction::Delete, selected);
}

void FlowLogsView::run(FlowLogAction action, const QList<FlowLogInfo> &flowLogs, const FlowLogChange &change)
{
    if (flowLogs.isEmpty() || m_runner->isBusy())
        return;
    QList<FlowLogOperationRequest> requests;
    QHash<QString, FlowLogInfo> known;
    for (const FlowLogInfo &flowLog : flowLogs) {
        FlowLogOperationRequest request;
        request.action = action;
        request.regionId = m_regionId;
        request.flowLogId = flowLog.flowLogId;
        request.change = change;
        requests.append(request);
        known.insert(flowLog.flowLogId, flowLog);
    }
    m_runAction = action;
    m_runTotal = int(requests.size());
    m_runDone = 0;
    m_runFailed = 0;
    m_runMessage.clear();
    m_runner->run(m_profileId, requests, known);
    updateSummary();
    updateActions();
}

void FlowLogsView::onOperationStarted(const FlowLogOperationRequest &request)
{
    m_model->setNote(request.flowLogId, {FlowLogTableModel::Note::Kind::Busy, busyText(request.action)});
}

void FlowLogsView::onStatusSeen(const QString &flowLogId, const QString &status)
{
    m_model->setStatus(flowLogId, status);
}

void FlowLogsView::onOperationFinished(const FlowLogOperationRequest &request, const FlowLogOperationResult &result)
{
    ++m_runDone;
    if (result.outcome != Outcome::Succeeded)
        ++m_runFailed;
    if (result.flowLog)
        m_model->applyChange(*result.flowLog);
    if (result.outcome == Outcome::Succeeded && request.action == FlowLogAction::Delete)
        m_model->setStatus(request.flowLogId, {});
    else if (!result.status.isEmpty())
        m_model->setStatus(request.flowLogId, result.status);
    m_model->setNote(request.flowLogId, noteFor(request, result));
    updateSummary();
}

void FlowLogsView::onRunFinished(const QString &error)
{
    if (!error.isEmpty())
        m_runMessage = error;
    else if (m_runFailed > 0)
        m_runMessage = tr("%1 of %n flow log(s) did not succeed: see their rows.", nullptr, m_runTotal).arg(m_runFailed);
    else if (m_runTotal > 0)
        m_runMessage = tr("Done: %n flow log(s).", nullptr, m_runTotal);
    m_runTotal = 0;
    // What the actions changed, as the service lists it now (the rest of the inventory is kept).
    m_inventories->reloadFlowLogs(m_profileId, m_regionId);
    updateSummary();
    updateActions();
}

void FlowLogsView::followTransient()
{
    if (isVisible() && !isLoading() && !m_runner->isBusy() && m_model->transientCount() > 0)
        m_inventories->reloadFlowLogs(m_profileId, m_regionId);
}

void FlowLogsView::copyIds()
{
    QStringList ids;
    for (const FlowLogInfo &flowLog : selectedFlowLogs())
        ids.append(flowLog.flowLogId);
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(u'\n'));
}

QUrl FlowLogsView::logServiceConsoleUrl(const FlowLogInfo &flowLog, const QString &profileSite)
{
    const QString site = profileSite.isEmpty() ? QSettings().value(SettingsKeys::LogServiceConsoleSite).toString() : profileSite;
    const bool international = site == u"international";
    QUrl url(international ? u"https://sls.console.alibabacloud.com"_s : u"https://sls.console.aliyun.com"_s);
    url.setPath(u"/lognext/project/%1/logsearch/%2"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(flowLog.projectName)),
        QString::fromLatin1(QUrl::toPercentEncoding(flowLog.logStoreName))), QUrl::StrictMode);
    QUrlQuery query;
    query.addQueryItem(u"slsRegion"_s, flowLog.regionId);
    url.setQuery(query);
    return url;
}

void FlowLogsView::openConsole()
{
    const QList<FlowLogInfo> selected = selectedFlowLogs();
    if (selected.size() == 1)
        QDesktopServices::openUrl(logServiceConsoleUrl(selected.constFirst(), m_consoleSite));
}

void FlowLogsView::updateActions()
{
    const QList<FlowLogInfo> selected = selectedFlowLogs();
    const QList<FlowLogInfo> changeableRows = changeable(selected);
    const bool idle = !m_runner->isBusy();
    const auto any = [&changeableRows](auto predicate) {
        return std::any_of(changeableRows.cbegin(), changeableRows.cend(), predicate);
    };
    m_startToolButton->setEnabled(idle && any([](const FlowLogInfo &f) { return f.status != u"Active"; }));
    m_stopToolButton->setEnabled(idle && any([](const FlowLogInfo &f) { return f.status != u"Inactive"; }));
    m_editToolButton->setEnabled(idle && changeableRows.size() == 1 && selected.size() == 1);
    m_deleteToolButton->setEnabled(idle && !changeableRows.isEmpty());
    m_copyIdAction->setEnabled(!selected.isEmpty());
    m_showInHistoryAction->setEnabled(selected.size() == 1);
    const bool inSandbox = m_profileId == u"sandbox";
    m_openConsoleAction->setEnabled(selected.size() == 1 && !inSandbox
        && !selected.constFirst().projectName.isEmpty() && !selected.constFirst().logStoreName.isEmpty());
    m_openConsoleAction->setToolTip(inSandbox ? tr("The sandbox's projects exist only in the local emulator")
                                              : tr("The logstore's page in the Log Service console, in your browser"));
    const QString readOnlyTip = selected.size() > changeableRows.size() ? FlowLogStatuses::readOnlyReason() : QString();
    for (QToolButton *button : {m_startToolButton, m_stopToolButton, m_editToolButton, m_deleteToolButton})
        button->setToolTip(readOnlyTip);
}

void FlowLogsView::updateSummary()
{
    const int total = m_model->rowCount();
    QStringList parts {tr("%n flow log(s)", nullptr, total)};
    if (const int shown = m_proxy->rowCount(); shown != total)
        parts.append(tr("%n shown", nullptr, shown));
    if (const int failures = m_model->deliveryFailures())
        parts.append(tr("%n failing to deliver", nullptr, failures));
    if (const int changing = m_model->transientCount())
        parts.append(tr("%n changing", nullptr, changing));
    m_countsLabel->setText(parts.join(u" · "_s));

    const bool loading = isLoading();
    QString status;
    if (m_regionId.isEmpty())
        status = tr("Choose a region in the top bar.");
    else if (m_runTotal > 0)
        status = tr("%1 %2 of %n flow log(s) done", nullptr, m_runTotal)
                     .arg(busyText(m_runAction))
                     .arg(m_runDone);
    else if (!m_runMessage.isEmpty())
        status = m_runMessage;
    else if (loading)
        status = tr("Listing the flow logs of %1…").arg(m_regionId);
    else if (!m_loadError.isEmpty())
        status = tr("The flow logs could not be listed: %1").arg(m_loadError);
    else if (m_listedAt.isValid())
        status = tr("Listed at %1.").arg(QLocale().toString(m_listedAt.time(), QLocale::ShortFormat));
    m_statusLabel->setText(status);
    m_reloadToolButton->setEnabled(!m_regionId.isEmpty());
    m_reloadToolButton->setIcon(style()->standardIcon(loading ? QStyle::SP_BrowserStop : QStyle::SP_BrowserReload));
    m_reloadToolButton->setText(loading ? tr("&Stop") : tr("Re&fresh"));
    m_reloadToolButton->setToolTip(loading ? tr("Stop listing") : tr("List the region's flow logs again"));
}

// Under the table: what the selected flow log needs the operator to know.
void FlowLogsView::updateDetails()
{
    const QList<FlowLogInfo> selected = selectedFlowLogs();
    QStringList paragraphs;
    if (selected.size() == 1) {
        const FlowLogInfo &flowLog = selected.constFirst();
        if (const QString problem = FlowLogStatuses::deliveryProblem(flowLog); !problem.isEmpty())
            paragraphs.append(u"<b>%1</b> %2"_s.arg(tr("Delivery failed.").toHtmlEscaped(), problem.toHtmlEscaped()));
        if (FlowLogTableModel::isReadOnly(flowLog))
            paragraphs.append(FlowLogStatuses::readOnlyReason().toHtmlEscaped());
        if (const auto note = m_model->note(flowLog.flowLogId); note && note->kind == FlowLogTableModel::Note::Kind::Problem)
            paragraphs.append(note->text.toHtmlEscaped());
    }
    m_detailsLabel->setText(paragraphs.join(u"<br>"_s));
    m_detailsLabel->setVisible(!paragraphs.isEmpty());
}

void FlowLogsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_inventories->load(m_profileId, m_regionId);
    rebuild();
}

void FlowLogsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FlowLogsView::retranslateUi()
{
    m_filterLineEdit->setPlaceholderText(tr("Filter by name, ID, resource, project, logstore, status or tag"));
    m_filterLineEdit->setAccessibleName(tr("Filter the flow logs"));
    const QStringList kindLabels {tr("Every flow log"), tr("Active"), tr("Stopped"), tr("Changing"),
        tr("Failing to deliver")};
    for (int i = 0; i < m_kindComboBox->count(); ++i)
        m_kindComboBox->setItemText(i, kindLabels.value(i));
    m_kindComboBox->setAccessibleName(tr("Show only these flow logs"));
    m_startToolButton->setText(tr("S&tart"));
    m_stopToolButton->setText(tr("St&op"));
    m_editToolButton->setText(tr("&Edit…"));
    m_deleteToolButton->setText(tr("&Delete…"));
    m_moreToolButton->setText(tr("More"));
    m_copyIdAction->setText(tr("Copy flow log ID"));
    m_showInHistoryAction->setText(tr("Show in history"));
    m_openConsoleAction->setText(tr("Open in Log Service console"));
    const QList<QAction *> columns = m_columnsMenu->actions();
    for (int column = 0; column < columns.size(); ++column)
        columns.at(column)->setText(m_model->headerData(column, Qt::Horizontal).toString());
    m_tableView->setAccessibleName(tr("The region's flow logs"));
    updateSummary();
    updateActions();
    updateDetails();
}
