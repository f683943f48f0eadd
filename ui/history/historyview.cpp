#include "ui/history/historyview.h"

#include "ui/history/historydetailsdialog.h"
#include "ui/history/historyfilterproxymodel.h"
#include "ui/history/historymessageline.h"
#include "ui/history/unresolvedattemptsbar.h"
#include "core/history/historyfields.h"
#include "core/history/historystore.h"
#include "ui/history/historytablemodel.h"
#include "core/history/statuspoller.h"
#include "core/config/appsettings.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const auto HeaderStateKey = SettingsKeys::HistoryHeaderState;
const auto HeaderColumnsKey = SettingsKeys::HistoryHeaderColumns;

QAction *createAction(const QString &objectName, QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    return action;
}

} // namespace

HistoryView::HistoryView(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryTableModel(store, this))
    , m_proxy(new HistoryFilterProxyModel(this))
    , m_refreshTimer(new QTimer(this))
    , m_saveHeaderTimer(new QTimer(this))
{
    setObjectName(u"historyView"_s);
    m_proxy->setSourceModel(m_model);
    createActions();
    createColumnActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSearchBar());
    m_unresolvedBar = new UnresolvedAttemptsBar(this);
    layout->addWidget(m_unresolvedBar);
    setUpTable();
    layout->addWidget(m_tableView, 1);
    m_messageLine = new HistoryMessageLine(this);
    connect(m_messageLine, &HistoryMessageLine::checkWithProfileRequested, this, &HistoryView::checkWithProfile);
    layout->addWidget(m_messageLine);
    restoreHeaderState();
    // A message about a row goes with the row, or once the row's outcome is no longer what it said.
    connect(m_store, &HistoryStore::entryUpdated, this, &HistoryView::clearMessageAbout);
    connect(m_store, &HistoryStore::entriesRemoved, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_messageLine->aboutId()))
            m_messageLine->clear();
    });

    // Another process (flowlog-cli) writes to the same file: a cheap revision check picks it up.
    m_refreshTimer->setInterval(2000);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &HistoryTableModel::refresh);
    m_refreshTimer->start();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &HistoryView::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryView::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateCountLabel);
    connect(m_model, &HistoryTableModel::loadingFinished, this, &HistoryView::updateCountLabel);
    retranslateUi();
    updateActions();
}

HistoryView::~HistoryView()
{
    saveHeaderState();
}

void HistoryView::setStatusPoller(StatusPoller *poller)
{
    if (m_poller)
        disconnect(m_poller, nullptr, this, nullptr);
    m_poller = poller;
    if (!poller)
        return;
    connect(poller, &StatusPoller::statusChanged, this, &HistoryView::onStatusChanged);
    connect(poller, &StatusPoller::checkFailed, this, &HistoryView::onStatusCheckFailed);
    connect(poller, &StatusPoller::checkAnswered, this, &HistoryView::onStatusChecked);
    connect(poller, &StatusPoller::checkNeedsProfile, this, &HistoryView::onCheckNeedsProfile);
    updateActions();
}

void HistoryView::setAttemptResolver(AttemptResolver *resolver)
{
    m_unresolvedBar->setResolver(resolver);
}

void HistoryView::offerToResolveEarlierAttempts()
{
    m_unresolvedBar->offer();
}

void HistoryView::setProfileIds(const QStringList &profileIds)
{
    m_profileIds = profileIds;
}

int HistoryView::refreshInterval() const
{
    return m_refreshTimer->interval();
}

void HistoryView::setRefreshInterval(int milliseconds)
{
    m_refreshTimer->setInterval(milliseconds);
}

QList<HistoryEntry> HistoryView::selectedEntries() const
{
    QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<HistoryEntry> entries;
    for (const QModelIndex &index : std::as_const(rows))
        entries.append(m_model->entryAt(m_proxy->mapToSource(index).row()));
    return entries;
}

QList<HistoryEntry> HistoryView::shownEntries() const
{
    QList<HistoryEntry> entries;
    entries.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        entries.append(m_model->entryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return entries;
}

bool HistoryView::exportEntries(const QString &path, HistoryExporter::Format format,
    const QList<HistoryEntry> &entries)
{
    QString error;
    if (!HistoryExporter::write(path, format, entries, &error)) {
        showText(error);
        return false;
    }
    const int count = int(entries.size());
    showMessage([count, path] {
        return tr("Exported %n row(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(path));
    });
    return true;
}

void HistoryView::deleteSelected()
{
    const QList<HistoryEntry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    QList<qint64> ids;
    for (const HistoryEntry &entry : entries)
        ids.append(entry.id);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete history entries"),
        tr("Delete %n entry(s) from the history? Flow logs in the cloud are not affected.", nullptr,
            int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteHistoryMessageBox"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result == QMessageBox::Yes && !m_store->remove(ids))
            showText(m_store->errorString());
    });
    box->open();
}

void HistoryView::showDetails(qint64 id)
{
    const std::optional<HistoryEntry> entry = m_store->entry(id);
    if (!entry) {
        showMessage([] { return tr("This entry is no longer in the history."); });
        return;
    }
    auto *dialog = new HistoryDetailsDialog(*entry, this);
    QList<qint64> settled;
    for (const HistoryEntry &earlier : m_store->entriesResolvedBy(id))
        settled.append(earlier.id);
    dialog->setSettledRows(settled);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryView::createActions()
{
    m_copyFlowLogIdAction = createAction(u"copyFlowLogIdAction"_s, this);
    m_copyRequestIdAction = createAction(u"copyRequestIdAction"_s, this);
    m_fillFormAction = createAction(u"fillFormAction"_s, this);
    m_retryAction = createAction(u"retryAction"_s, this);
    m_checkStatusAction = createAction(u"checkStatusAction"_s, this);
    m_showInFlowLogsAction = createAction(u"showInFlowLogsAction"_s, this);
    m_detailsAction = createAction(u"historyDetailsAction"_s, this);
    m_exportSelectedAction = createAction(u"exportSelectedAction"_s, this);
    m_exportShownAction = createAction(u"exportShownAction"_s, this);
    m_deleteAction = createAction(u"deleteHistoryAction"_s, this);
    m_copyFlowLogIdAction->setShortcut(QKeySequence::Copy);
    m_copyFlowLogIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_detailsAction->setShortcut(Qt::Key_Return);
    m_detailsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_copyFlowLogIdAction, m_deleteAction, m_detailsAction});
    connect(m_copyFlowLogIdAction, &QAction::triggered, this, [this] { copyColumn(HistoryTableModel::FlowLogId); });
    connect(m_copyRequestIdAction, &QAction::triggered, this, [this] { copyColumn(HistoryTableModel::RequestId); });
    connect(m_fillFormAction, &QAction::triggered, this, &HistoryView::fillForm);
    connect(m_retryAction, &QAction::triggered, this, &HistoryView::retry);
    connect(m_checkStatusAction, &QAction::triggered, this, &HistoryView::checkStatus);
    connect(m_showInFlowLogsAction, &QAction::triggered, this, [this] {
        const QList<HistoryEntry> selected = selectedEntries();
        if (selected.size() == 1 && !selected.constFirst().flowLogId.isEmpty())
            Q_EMIT showInFlowLogsRequested(selected.constFirst());
    });
    connect(m_detailsAction, &QAction::triggered, this, &HistoryView::showCurrentDetails);
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { exportRows(true); });
    connect(m_exportShownAction, &QAction::triggered, this, [this] { exportRows(false); });
    connect(m_deleteAction, &QAction::triggered, this, &HistoryView::deleteSelected);
}

void HistoryView::createColumnActions()
{
    m_columnsMenu = new QMenu(this);
    m_columnsMenu->setObjectName(u"historyColumnsMenu"_s);
    for (int column = 0; column < HistoryTableModel::ColumnCount; ++column) {
        auto *action = m_columnsMenu->addAction(QString());
        action->setObjectName(HistoryTableModel::columnKey(HistoryTableModel::Column(column)) + u"ColumnAction"_s);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
        m_columnActions.append(action);
    }
}

QWidget *HistoryView::createSearchBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_searchLineEdit = new QLineEdit(bar);
    m_searchLineEdit->setObjectName(u"historySearchLineEdit"_s);
    // Filtering 100k rows takes well under 50 ms, so every keystroke filters at once.
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_proxy, &HistoryFilterProxyModel::setSearchText);
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(u"historyCountLabel"_s);
    m_toolBar = new QToolBar(bar);
    m_toolBar->setObjectName(u"historyToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_copyFlowLogIdAction, m_fillFormAction, m_retryAction, m_checkStatusAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_exportShownAction, m_deleteAction});
    layout->addWidget(m_searchLineEdit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_toolBar);
    return bar;
}

void HistoryView::setUpTable()
{
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(u"historyTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setWordWrap(false);
    m_tableView->setAlternatingRowColors(true);
    // Newest first, as the model orders them, until a header is clicked: no sort to pay for.
    m_tableView->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_tableView->horizontalHeader()->setSortIndicatorClearable(true);
    m_tableView->setSortingEnabled(true);
    m_tableView->horizontalHeader()->setSectionsMovable(true);
    m_tableView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights: the view never measures 100k rows.
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One line of text a row, as dense as the form: five rows fit under the form on 1280×800.
    m_tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_tableView->verticalHeader()->hide();
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tableView, &QWidget::customContextMenuRequested, this, &HistoryView::showTableMenu);
    connect(m_tableView->horizontalHeader(), &QWidget::customContextMenuRequested, this, &HistoryView::showHeaderMenu);
    connect(m_tableView, &QAbstractItemView::doubleClicked, this, &HistoryView::showCurrentDetails);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateActions);
    // What the line says is about the selection of the moment (a row, a check, an export).
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_messageLine->clear();
    });
}

void HistoryView::retranslateUi()
{
    m_searchLineEdit->setPlaceholderText(tr("Search every column (words separated by spaces)"));
    m_searchLineEdit->setAccessibleName(tr("Search the history"));
    m_copyFlowLogIdAction->setText(tr("Copy flow log ID"));
    m_copyRequestIdAction->setText(tr("Copy request ID"));
    m_fillFormAction->setText(tr("Fill form"));
    m_fillFormAction->setToolTip(tr("Put this entry's parameters into the form"));
    m_retryAction->setText(tr("Retry"));
    m_retryAction->setToolTip(tr("Send this entry's request again. If its outcome is unknown, the flow log it may "
                                   "have created is looked for first."));
    m_showInFlowLogsAction->setText(tr("Show in Flow logs"));
    m_showInFlowLogsAction->setToolTip(tr("Select this flow log in the Flow logs tab"));
    m_checkStatusAction->setText(tr("Check status"));
    m_checkStatusAction->setToolTip(tr("Ask DescribeFlowLogs for the flow log's status now"));
    m_detailsAction->setText(tr("Details…"));
    m_exportSelectedAction->setText(tr("Export selected rows…"));
    m_exportShownAction->setText(tr("Export…"));
    m_exportShownAction->setToolTip(tr("Export every row shown to CSV or JSON"));
    m_deleteAction->setText(tr("Delete…"));
    m_columnsMenu->setTitle(tr("Columns"));
    for (int column = 0; column < m_columnActions.size(); ++column)
        m_columnActions.at(column)->setText(HistoryTableModel::columnTitle(HistoryTableModel::Column(column)));
    m_tableView->setAccessibleName(tr("History of attempts"));
    fitColumnTitles();
    updateCountLabel();
}

void HistoryView::restoreHeaderState()
{
    QHeaderView *header = m_tableView->horizontalHeader();
    const QByteArray state = QSettings().value(HeaderStateKey).toByteArray();
    // Today's parameters other than the sampling interval are rarely set: hidden until asked for,
    // also for a layout saved before those columns existed.
    static constexpr int rarelySet[] = {HistoryTableModel::TrafficPath, HistoryTableModel::IpVersion,
        HistoryTableModel::ResourceGroup, HistoryTableModel::Tags};
    if (state.isEmpty() || !header->restoreState(state)) {
        for (int column : {HistoryTableModel::Description, HistoryTableModel::Endpoint, HistoryTableModel::Attempts})
            header->setSectionHidden(column, true);
        for (int column : rarelySet)
            header->setSectionHidden(column, true);
        applyDefaultColumnWidths();
    } else if (QSettings().value(HeaderColumnsKey.toString()).toInt() < HistoryTableModel::ColumnCount) {
        for (int column : rarelySet)
            header->setSectionHidden(column, true);
    }
    QSettings().setValue(HeaderColumnsKey.toString(), int(HistoryTableModel::ColumnCount));
    for (int column = 0; column < m_columnActions.size(); ++column) {
        const QSignalBlocker blocker(m_columnActions.at(column));
        m_columnActions.at(column)->setChecked(!header->isSectionHidden(column));
    }
    // Only now: restoring resizes sections. Saving waits until the header has been still for a
    // moment: each save rewrites the settings file (a file lock and a sync), and the header
    // reports its sections again whenever a search re-lays the rows out.
    m_savedHeaderState = header->saveState();
    m_saveHeaderTimer->setSingleShot(true);
    m_saveHeaderTimer->setInterval(500);
    connect(m_saveHeaderTimer, &QTimer::timeout, this, &HistoryView::saveHeaderState);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(header, signal, m_saveHeaderTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, m_saveHeaderTimer, qOverload<>(&QTimer::start));
}

void HistoryView::search(const QString &text)
{
    m_searchLineEdit->setText(text);
}

void HistoryView::enableClearButton()
{
    m_searchLineEdit->setClearButtonEnabled(true);
}

// Until the user sizes them, the columns an operator reads at a glance (the time, the profile, the
// resource and flow log IDs, the request ID) are wide enough for what they typically hold, measured
// with a sample in the table's font (the profile's in the current language).
void HistoryView::applyDefaultColumnWidths()
{
    QHeaderView *header = m_tableView->horizontalHeader();
    const QFontMetrics metrics = m_tableView->fontMetrics();
    // The item delegate's margin either side of the text, and a little air.
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tableView) + 1) + 6;
    const QList<std::pair<int, QString>> samples = {
        {HistoryTableModel::Time, u"2026-12-31 23:59:59"_s},
        {HistoryTableModel::Profile, HistoryEntry::profileDisplayName(u"sandbox"_s)},
        {HistoryTableModel::Region, u"ap-southeast-1"_s},
        {HistoryTableModel::ResourceId, u"eni-bp1abcdefghijklmnop"_s},
        {HistoryTableModel::FlowLogId, u"fl-bp1abcdefghijklmnop"_s},
        {HistoryTableModel::RequestId, u"F653BE30-7FB1-4934-9544-5E02075957AA"_s},
    };
    for (const auto &[column, sample] : samples)
        header->resizeSection(column, std::max(header->sectionSizeHint(column), metrics.horizontalAdvance(sample) + padding));
    fitColumnTitles();
}

// Titles are never cut short, in either language: a column narrower than its title grows (the
// user's wider columns stay as they are).
void HistoryView::fitColumnTitles()
{
    QHeaderView *header = m_tableView->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const int needed = header->sectionSizeHint(column);
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

// Writes the settings only when the header really changed.
void HistoryView::saveHeaderState() const
{
    const QByteArray state = m_tableView->horizontalHeader()->saveState();
    if (state == m_savedHeaderState)
        return;
    m_savedHeaderState = state;
    QSettings().setValue(HeaderStateKey, state);
}

void HistoryView::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_tableView->horizontalHeader();
    // The last visible column stays: a table without columns cannot be brought back.
    if (!shown && header->count() - header->hiddenSectionCount() <= 1) {
        const QSignalBlocker blocker(m_columnActions.at(column));
        m_columnActions.at(column)->setChecked(true);
        return;
    }
    header->setSectionHidden(column, !shown);
    saveHeaderState();
}

void HistoryView::updateActions()
{
    const int selected = int(m_tableView->selectionModel()->selectedRows().size());
    const bool one = selected == 1;
    const QList<HistoryEntry> entries = one ? selectedEntries() : QList<HistoryEntry>();
    // Fill form and Retry repeat a create; a start, stop, edit or delete is repeated from Flow logs.
    const bool oneCreate = one && entries.constFirst().action == FlowLogAction::Create;
    for (QAction *action : {m_fillFormAction, m_retryAction})
        action->setEnabled(oneCreate);
    m_detailsAction->setEnabled(one);
    m_checkStatusAction->setEnabled(oneCreate);
    m_showInFlowLogsAction->setEnabled(one && !entries.constFirst().flowLogId.isEmpty());
    for (QAction *action : {m_copyFlowLogIdAction, m_copyRequestIdAction, m_exportSelectedAction, m_deleteAction})
        action->setEnabled(selected > 0);
}

void HistoryView::updateCountLabel()
{
    const QString count = m_proxy->rowCount() == m_model->rowCount()
        ? tr("%n row(s)", nullptr, m_model->rowCount())
        : tr("%1 of %2 rows").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    m_countLabel->setText(m_model->isLoading() ? tr("%1 (loading older rows…)").arg(count) : count);
}

void HistoryView::showMessage(std::function<QString()> render, qint64 aboutId)
{
    const int row = aboutId != 0 ? m_model->rowOfId(aboutId) : -1;
    m_messageOutcome = row >= 0 ? m_model->entryAt(row).outcome : ::Outcome::Unknown;
    m_messageLine->showMessage(std::move(render), aboutId);
}

// A text already in the current language (the store's and the exporter's errors).
void HistoryView::showText(const QString &message)
{
    showMessage([message] { return message; });
}

void HistoryView::clearMessageAbout(const HistoryEntry &changed)
{
    if (changed.id != 0 && changed.id == m_messageLine->aboutId() && changed.outcome != m_messageOutcome)
        m_messageLine->clear();
}

void HistoryView::showTableMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addActions({m_detailsAction, m_copyFlowLogIdAction, m_copyRequestIdAction});
    menu.addSeparator();
    menu.addActions({m_fillFormAction, m_retryAction, m_checkStatusAction, m_showInFlowLogsAction});
    menu.addSeparator();
    menu.addActions({m_exportSelectedAction, m_exportShownAction, m_deleteAction});
    menu.exec(m_tableView->viewport()->mapToGlobal(position));
}

void HistoryView::showHeaderMenu(const QPoint &position)
{
    m_columnsMenu->popup(m_tableView->horizontalHeader()->mapToGlobal(position));
}

void HistoryView::copyColumn(int column)
{
    QStringList values;
    for (const HistoryEntry &entry : selectedEntries()) {
        const QString value = HistoryFields::all().at(column).text(entry);
        if (!value.isEmpty())
            values.append(value);
    }
    if (!values.isEmpty())
        QGuiApplication::clipboard()->setText(values.join(u'\n'));
}

void HistoryView::fillForm()
{
    const QList<HistoryEntry> entries = selectedEntries();
    if (entries.size() == 1)
        Q_EMIT fillFormRequested(entries.constFirst().request);
}

void HistoryView::retry()
{
    const QList<HistoryEntry> entries = selectedEntries();
    if (entries.size() == 1)
        Q_EMIT retryRequested(entries.constFirst());
}

void HistoryView::checkStatus()
{
    const QList<HistoryEntry> entries = selectedEntries();
    if (entries.size() != 1)
        return;
    const HistoryEntry &entry = entries.constFirst();
    if (entry.flowLogId.isEmpty()) {
        const bool unknown = entry.outcome == Outcome::Unknown;
        showMessage([unknown] {
            return unknown ? tr("Whether this attempt created a flow log is unknown. Retry looks for it first and "
                                "creates one only if there is none.")
                           : tr("This attempt created no flow log, so it has no status to check.");
        }, entry.id);
        return;
    }
    if (!m_poller) {
        showMessage([] { return tr("The status cannot be checked: the history is not open."); }, entry.id);
        return;
    }
    const QString flowLogId = entry.flowLogId;
    showMessage([flowLogId] { return tr("Checking the status of %1…").arg(flowLogId); }, entry.id);
    m_poller->checkNow(entry.id);
    Q_EMIT checkStatusRequested(entry);
}

void HistoryView::showCurrentDetails()
{
    const QModelIndex current = m_tableView->currentIndex();
    if (current.isValid())
        showDetails(m_model->entryId(m_proxy->mapToSource(current).row()));
}

void HistoryView::exportRows(bool selectedOnly)
{
    const QList<HistoryEntry> entries = selectedOnly ? selectedEntries() : shownEntries();
    const QString csv = tr("CSV for Excel and other tools (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export history"), folder + u"/flowlog-history.csv"_s,
        csv + u";;"_s + json, &filter);
    if (path.isEmpty())
        return;
    const bool asJson = filter == json || HistoryExporter::formatForPath(path) == HistoryExporter::Format::Json;
    if (QFileInfo(path).suffix().isEmpty())
        path += asJson ? u".json"_s : u".csv"_s;
    exportEntries(path, asJson ? HistoryExporter::Format::Json : HistoryExporter::Format::Csv, entries);
}

void HistoryView::onStatusChanged(qint64 id, const QString &status)
{
    const QString flowLogId = flowLogIdOf(id);
    if (!flowLogId.isEmpty())
        showMessage([flowLogId, status] { return tr("Flow log %1 is now %2.").arg(flowLogId, status); }, id);
}

// The answer to "Check status", whether or not anything changed, and when it came.
void HistoryView::onStatusChecked(qint64 id, const QString &status, bool changed)
{
    const QString flowLogId = flowLogIdOf(id);
    const QString checked = QTime::currentTime().toString(u"HH:mm:ss"_s);
    showMessage([flowLogId, status, changed, checked] {
        return changed ? tr("Flow log %1 is now %2 (checked %3).").arg(flowLogId, status, checked)
                       : tr("Flow log %1 is still %2 (checked %3).").arg(flowLogId, status, checked);
    }, id);
}

void HistoryView::onStatusCheckFailed(qint64 id, const QString &message)
{
    showMessage([message] { return message; }, id);
}

// The row's own profile has no credentials here (removed, or environment variables this process
// lacks): the operator picks one to check with. A sandbox row always has its own.
void HistoryView::onCheckNeedsProfile(qint64 id, const QString &message)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const HistoryEntry entry = m_model->entryAt(row);
    QStringList choices;
    for (const QString &profileId : std::as_const(m_profileIds)) {
        if (profileId != entry.profile && profileId != u"sandbox")
            choices.append(profileId);
    }
    const QString flowLogId = entry.flowLogId;
    const QString profile = entry.profile;
    const bool canChoose = !choices.isEmpty();
    showMessage([flowLogId, profile, message, canChoose] {
        const QString name = HistoryEntry::profileDisplayName(profile);
        return canChoose
            ? tr("The status of %1 cannot be checked as “%2”: %3 Choose a profile to check it with.")
                  .arg(flowLogId, name, message)
            : tr("The status of %1 cannot be checked as “%2”: %3 Add a profile (Tools › Add profile…) to check "
                 "it with.")
                  .arg(flowLogId, name, message);
    }, id);
    m_messageLine->offerProfiles(id, choices);
}

void HistoryView::checkWithProfile(qint64 id, const QString &profileId)
{
    if (!m_poller)
        return;
    const QString flowLogId = flowLogIdOf(id);
    showMessage([flowLogId, profileId] {
        return tr("Checking the status of %1 as “%2”…").arg(flowLogId, HistoryEntry::profileDisplayName(profileId));
    }, id);
    m_poller->checkNow(id, profileId);
}

QString HistoryView::flowLogIdOf(qint64 id) const
{
    const int row = m_model->rowOfId(id);
    return row >= 0 ? m_model->entryAt(row).flowLogId : QString();
}
