#include "ui/main/mainwindow.h"

#include "core/config/appsettings.h"
#include "core/config/endpoints.h"
#include "ui/batch/batchwindow.h"
#include "ui/main/connectionbar.h"
#include "ui/coverage/coverageview.h"
#include "ui/flowlogs/flowlogactionrunner.h"
#include "ui/flowlogs/flowlogsview.h"
#include "ui/inventory/accountinventories.h"
#include "ui/inventory/resourcepicker.h"
#include "ui/form/flowlogform.h"
#include "core/history/historystore.h"
#include "ui/history/historytablemodel.h"
#include "ui/history/historyview.h"
#include "ui/send/jobbuilder.h"
#include "ui/main/languagemanager.h"
#include "ui/main/languagemenu.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profiles/profilemanager.h"
#include "ui/send/outcometext.h"
#include "ui/send/requestpreviewdialog.h"
#include "ui/send/resultpanel.h"
#include "ui/main/sandbox.h"
#include "ui/send/sendprogresswidget.h"
#include "ui/main/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const auto FallbackRegion = u"cn-hangzhou"_s;
constexpr int StatusMessageMs = 10000;

} // namespace

MainWindow::MainWindow(ProfileManager *profiles, HistoryStore *history, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_history(history)
    , m_languages(languages)
    , m_sandbox(new Sandbox(this))
    , m_sender(new SendController(history, this))
    , m_jobs(new JobBuilder(profiles, m_sandbox, this))
    , m_inventories(new AccountInventories(m_jobs, this))
{
    setObjectName(u"mainWindow"_s);
    createActions();
    setCentralWidget(createCentralWidget());
    createMenus();
    createStatusBar();
    createHistoryDock();
    setBusy(false);

    connect(m_profiles, &ProfileManager::profilesChanged, this, &MainWindow::onProfilesChanged);
    connect(m_connectionBar, &ConnectionBar::profileChanged, this, &MainWindow::onProfileChosen);
    connect(m_connectionBar, &ConnectionBar::regionChanged, this, &MainWindow::onRegionChanged);
    connect(m_connectionBar, &ConnectionBar::regionEdited, this, [this] { m_form->setTouched(Field::RegionId); });
    connect(m_form, &FlowLogForm::changed, this, &MainWindow::onFormChanged);
    connect(m_sender, &SendController::attemptStarted, m_progress, &SendProgressWidget::setAttempt);
    connect(m_sender, &SendController::checkingForEarlierAttempt, m_progress, &SendProgressWidget::setChecking);
    connect(m_sender, &SendController::finished, this, &MainWindow::onSendFinished);
    connect(m_sender, &SendController::historyProblem, this, &MainWindow::showProblem);
    connect(m_sender, &SendController::flowLogStatusChanged, m_resultPanel, &ResultPanel::setFlowLogStatus);
    connect(m_resultPanel, &ResultPanel::lookForItAndRetryRequested, this, &MainWindow::lookForItAndRetry);
    connect(m_profiles, &ProfileManager::ownProfileSaved, m_connectionBar, &ConnectionBar::setProfileId);
    connect(m_profiles, &ProfileManager::keychainUnavailable, this, &MainWindow::warnKeychainUnavailable);
    connectAccountViews();
    m_sender->setResolver([this](const HistoryEntry &entry, QObject *context, SendController::Reply reply) {
        m_jobs->resolveEarlierAttempt(entry, context, std::move(reply));
    });

    retranslateUi();
    restoreSettings();
    onFormChanged();
    m_historyClosedAtStart = m_history && !m_history->isOpen();
}

MainWindow::~MainWindow()
{
    // Hiding the window as it is destroyed moves the focus out of the form, whose editingFinished
    // revalidates and signals this window when only its QWidget part is left: nothing may reach it.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
    m_profiles->disconnect(this);
}

void MainWindow::setHistoryView(QWidget *view)
{
    QWidget *previous = m_historyDock->widget();
    m_historyDock->setWidget(view);
    if (previous && previous != view)
        previous->deleteLater();
    m_historyPlaceholderLabel = nullptr;
    // A view put in after the first frame gets its clear button now, like the others had then.
    if (auto *history = qobject_cast<HistoryView *>(view); history && !m_startupDeferred)
        history->enableClearButton();
}

void MainWindow::loadRequest(const FlowLogRequest &request)
{
    m_connectionBar->setRegionId(request.regionId);
    m_form->setRequest(request);
}

Sandbox *MainWindow::sandbox()
{
    finishStartup();
    return m_sandbox;
}

bool MainWindow::isSending() const
{
    return m_sender->isBusy() || m_preparing;
}

void MainWindow::createFlowLog()
{
    send(ApiClient::CreateMode::Always);
}

// Sends a history entry's request again, with the entry's profile when it still exists. An entry
// that created a flow log asks first (a second one is rarely what is wanted); one whose outcome is
// unknown looks for the flow log it may have created before creating anything.
void MainWindow::retry(const HistoryEntry &entry)
{
    if (isSending())
        return;
    if (entry.outcome == Outcome::Succeeded && !confirmRepeatingASuccess(entry))
        return;
    if (m_profiles->profile(entry.profile))
        m_connectionBar->setProfileId(entry.profile);
    loadRequest(entry.request);
    const bool unknown = entry.outcome == Outcome::Unknown;
    send(unknown ? ApiClient::CreateMode::IfAbsent : ApiClient::CreateMode::Always, unknown ? entry.id : 0);
}

void MainWindow::send(ApiClient::CreateMode mode, qint64 settles)
{
    finishStartup();
    if (isSending())
        return;
    m_form->revealAllFindings();
    if (const auto error = m_form->firstError()) {
        QWidget *editor = m_form->editorFor(error->field);
        (editor ? editor : m_connectionBar->findChild<QWidget *>(u"regionComboBox"_s))->setFocus();
        showStatus([] { return tr("Not sent: correct the errors marked in the form first."); });
        return;
    }
    // Never asked to confirm a create that cannot be signed: the bar already says why.
    if (const auto profile = m_connectionBar->currentProfile(); profile && !profile->isSupported()) {
        m_connectionBar->findChild<QWidget *>(u"profileComboBox"_s)->setFocus();
        showStatus([] { return tr("Not sent: the chosen profile cannot be used. Choose another one."); });
        return;
    }
    QString problem;
    const auto endpoint = m_jobs->endpoint(m_connectionBar->profileId(), m_connectionBar->regionId(), &problem);
    if (!endpoint) {
        showProblem(problem);
        return;
    }
    if (!isSandboxSelected() && !confirmSend(*endpoint))
        return;
    prepareJob([this, mode, settles](SendJob job) {
        job.mode = mode;
        job.settles = settles;
        startSend(job);
    });
}

void MainWindow::previewRequest()
{
    finishStartup();
    if (m_preparing)
        return;
    prepareJob([this](const SendJob &job) { showPreview(job); });
}

void MainWindow::cancelSend()
{
    m_sender->cancel();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // Recorded honestly: a call cancelled after it left is marked Unknown by the client.
    m_sender->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // Queued: the rest of this frame is painted and shown first.
    if (m_startupDeferred)
        QMetaObject::invokeMethod(this, &MainWindow::finishStartup, Qt::QueuedConnection);
}

void MainWindow::createActions()
{
    m_createAction = new QAction(this);
    m_createAction->setObjectName(u"createAction"_s);
    m_createAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_createAction, &QAction::triggered, this, &MainWindow::createFlowLog);
    m_previewAction = new QAction(this);
    m_previewAction->setObjectName(u"previewAction"_s);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_previewAction, &QAction::triggered, this, &MainWindow::previewRequest);
    m_batchAction = new QAction(this);
    m_batchAction->setObjectName(u"batchAction"_s);
    m_batchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_batchAction, &QAction::triggered, this, &MainWindow::openBatchWindow);
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_profilesAction = new QAction(this);
    m_profilesAction->setObjectName(u"profilesAction"_s);
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::manageProfiles);
    m_addProfileAction = new QAction(this);
    m_addProfileAction->setObjectName(u"addProfileAction"_s);
    connect(m_addProfileAction, &QAction::triggered, this, &MainWindow::addProfile);
    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About FlowLog Studio"),
            tr("FlowLog Studio %1\nCreates Alibaba Cloud VPC flow logs (CreateFlowLog, API version 2016-04-28).")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_createAction);
    m_fileMenu->addAction(m_previewAction);
    m_fileMenu->addAction(m_batchAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    if (m_languages) {
        m_viewMenu->addMenu(new LanguageMenu(m_languages, m_viewMenu));
        m_viewMenu->addSeparator();
    }
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(u"toolsMenu"_s);
    m_toolsMenu->addAction(m_profilesAction);
    m_toolsMenu->addAction(m_addProfileAction);
    m_toolsMenu->addAction(m_settingsAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
}

// The top bar (the views' tabs, then profile, region and endpoint) and the sandbox banner apply to
// every view; below them the view of the chosen tab.
QWidget *MainWindow::createCentralWidget()
{
    m_connectionBar = new ConnectionBar(this);
    m_connectionBar->setObjectName(u"connectionBar"_s);
    m_sandboxBanner = createSandboxBanner();
    m_openBatchBanner = createOpenBatchBanner();
    m_viewTabBar = new QTabBar(this);
    m_viewTabBar->setObjectName(u"viewTabBar"_s);
    m_viewTabBar->setDocumentMode(true);
    m_viewTabBar->setDrawBase(false);
    m_viewTabBar->setExpanding(false);
    m_viewTabBar->addTab(QString());
    m_viewTabBar->addTab(QString());
    m_viewTabBar->addTab(QString());
    m_viewStack = new QStackedWidget(this);
    m_viewStack->setObjectName(u"viewStack"_s);
    m_viewStack->addWidget(createFormPage());
    m_flowLogActions = new FlowLogActionRunner(m_jobs, m_history, this);
    m_flowLogsView = new FlowLogsView(m_inventories, m_flowLogActions, this);
    m_flowLogsView->setObjectName(u"flowLogsView"_s);
    m_viewStack->addWidget(m_flowLogsView);
    m_coverageView = new CoverageView(m_inventories, this);
    m_coverageView->setObjectName(u"coverageView"_s);
    m_viewStack->addWidget(m_coverageView);
    connect(m_viewTabBar, &QTabBar::currentChanged, m_viewStack, &QStackedWidget::setCurrentIndex);

    auto *topRow = new QHBoxLayout;
    topRow->setSpacing(12);
    topRow->addWidget(m_viewTabBar, 0, Qt::AlignBottom);
    topRow->addWidget(m_connectionBar, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    // No margin below: the history dock's title is the view's border there, and in Chinese the
    // form, its result and five history rows need every pixel of a 1280×800 screen.
    const QMargins margins = layout->contentsMargins();
    layout->setContentsMargins(margins.left(), margins.top(), margins.right(), 0);
    layout->addLayout(topRow);
    layout->addWidget(m_sandboxBanner);
    layout->addWidget(m_openBatchBanner);
    layout->addWidget(m_viewStack, 1);
    return central;
}

QWidget *MainWindow::createFormPage()
{
    m_form = new FlowLogForm(this);
    m_form->setObjectName(u"flowLogForm"_s);
    m_previewPushButton = new QPushButton(this);
    m_previewPushButton->setObjectName(u"previewPushButton"_s);
    connect(m_previewPushButton, &QPushButton::clicked, m_previewAction, &QAction::trigger);
    m_createPushButton = new QPushButton(this);
    m_createPushButton->setObjectName(u"createPushButton"_s);
    m_createPushButton->setDefault(true);
    // The style's icon comes from the icon theme, whose first lookup costs the first frame
    // several milliseconds: until that frame is shown, a blank icon of the same size keeps the
    // button's place.
    QPixmap blank(m_createPushButton->iconSize() * devicePixelRatio());
    blank.setDevicePixelRatio(devicePixelRatio());
    blank.fill(Qt::transparent);
    m_createPushButton->setIcon(QIcon(blank));
    connect(m_createPushButton, &QPushButton::clicked, m_createAction, &QAction::trigger);
    m_resultPanel = new ResultPanel(this);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_previewPushButton);
    buttons->addWidget(m_createPushButton);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_resultPanel);
    layout->addStretch(1);
    setTabOrder(m_form->lastEditor(), m_previewPushButton);
    setTabOrder(m_previewPushButton, m_createPushButton);

    m_formScrollArea = new QScrollArea(this);
    m_formScrollArea->setObjectName(u"formScrollArea"_s);
    m_formScrollArea->setWidgetResizable(true);
    m_formScrollArea->setFrameShape(QFrame::NoFrame);
    m_formScrollArea->setWidget(content);
    return m_formScrollArea;
}

void MainWindow::showView(View view)
{
    m_viewTabBar->setCurrentIndex(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_viewTabBar->currentIndex());
}

void MainWindow::connectAccountViews()
{
    ResourcePicker *picker = m_form->resourcePicker();
    connect(picker, &ResourcePicker::inventoryWanted, this, &MainWindow::wantInventory);
    connect(picker, &ResourcePicker::cancelWanted, this,
        [this] { m_inventories->cancel(m_connectionBar->profileId(), m_connectionBar->regionId()); });
    connect(m_inventories, &AccountInventories::loadStarted, this, [this, picker](const QString &profileId, const QString &regionId) {
        if (isCurrentTarget(profileId, regionId))
            picker->setLoading(true);
    });
    connect(m_inventories, &AccountInventories::progress, this,
        [this, picker](const QString &profileId, const QString &regionId, int read, int total) {
            if (isCurrentTarget(profileId, regionId))
                picker->setLoading(true, read, total);
        });
    connect(m_inventories, &AccountInventories::loaded, this, &MainWindow::onInventoryLoaded);
    connect(m_inventories, &AccountInventories::loadFailed, this,
        [this, picker](const QString &profileId, const QString &regionId, const QString &error) {
            if (!isCurrentTarget(profileId, regionId))
                return;
            picker->setLoading(false);
            if (!error.isEmpty())
                showProblem(tr("The resources of %1 could not be listed: %2").arg(regionId, error));
        });
    connect(m_coverageView, &CoverageView::createRequested, this, &MainWindow::createForVpcs);
    connect(m_flowLogsView, &FlowLogsView::showInHistoryRequested, this, &MainWindow::showFlowLogInHistory);
    connect(m_flowLogActions, &FlowLogActionRunner::historyProblem, this, &MainWindow::showProblem);
    connect(m_profiles, &ProfileManager::profilesChanged, this, [this] {
        // Credentials or endpoints may have changed: what was listed with them is not reused.
        for (const Profile &profile : m_profiles->profiles()) {
            if (profile.id != Profile::sandboxId())
                m_inventories->forget(profile.id);
        }
        showCurrentInventory();
    });
}

// Whether an inventory event concerns the profile and region the top bar shows.
bool MainWindow::isCurrentTarget(const QString &profileId, const QString &regionId) const
{
    return profileId == m_connectionBar->profileId() && regionId == m_connectionBar->regionId();
}

void MainWindow::wantInventory(bool reload)
{
    const QString profileId = m_connectionBar->profileId();
    if (profileId == Profile::sandboxId() && !m_sandbox->ensureStarted()) {
        showProblem(m_sandbox->errorString());
        return;
    }
    m_inventories->load(profileId, m_connectionBar->regionId(), reload);
}

void MainWindow::onInventoryLoaded(const QString &profileId, const QString &regionId,
    std::shared_ptr<const Inventory> inventory)
{
    if (!isCurrentTarget(profileId, regionId))
        return;
    m_form->resourcePicker()->setLoading(false);
    m_form->setInventory(std::move(inventory));
}

// The form and the Coverage tab follow the top bar's profile and region.
void MainWindow::showCurrentInventory()
{
    const QString profileId = m_connectionBar->profileId();
    const QString regionId = m_connectionBar->regionId();
    m_form->resourcePicker()->setLoading(m_inventories->isLoading(profileId, regionId));
    m_form->setInventory(m_inventories->cached(profileId, regionId));
    m_coverageView->setTarget(profileId, regionId);
    m_flowLogsView->setTarget(profileId, regionId);
    // The sandbox lists in-process and at no cost: its pickers are ready before they are opened.
    if (!m_startupDeferred && isSandboxSelected() && m_sandbox->isRunning())
        m_inventories->load(profileId, regionId);
}

void MainWindow::createForVpcs(const QList<VpcCoverage> &vpcs)
{
    // Several VPCs are a batch: one table to check, one confirmation, one paced run.
    if (vpcs.size() > 1) {
        const FlowLogRequest form = m_form->request();
        QList<FlowLogRequest> requests;
        for (const VpcCoverage &vpc : vpcs) {
            FlowLogRequest request = form;
            request.regionId = vpc.regionId;
            request.resourceType = ResourceType::Vpc;
            request.resourceId = vpc.vpcId;
            request.trafficType = TrafficType::All;
            request.flowLogName.clear();
            request.trafficPaths.clear();
            requests.append(request);
        }
        if (BatchWindow *window = openBatchWindow())
            window->addRequests(requests);
        return;
    }
    m_vpcsToCreate.clear();
    for (const VpcCoverage &vpc : vpcs)
        m_vpcsToCreate.append(vpc.vpcId);
    if (!vpcs.isEmpty() && vpcs.first().regionId != m_connectionBar->regionId())
        m_connectionBar->setRegionId(vpcs.first().regionId);
    fillFormForNextVpc(true);
    showView(View::Create);
}

void MainWindow::showFlowLogInHistory(const QString &flowLogId)
{
    auto *view = qobject_cast<HistoryView *>(m_historyDock->widget());
    if (!view)
        return;
    m_historyDock->show();
    m_historyDock->raise();
    view->search(flowLogId);
}

void MainWindow::showHistoryRowInFlowLogs(const HistoryEntry &entry)
{
    if (!entry.request.regionId.isEmpty() && entry.request.regionId != m_connectionBar->regionId())
        m_connectionBar->setRegionId(entry.request.regionId);
    showView(View::FlowLogs);
    m_flowLogsView->showFlowLog(entry.flowLogId);
}

// A VPC-level, all-traffic flow log for the next VPC: what coverage asks for. Project, logstore and
// the rest stay as the operator last set them.
void MainWindow::fillFormForNextVpc(bool first)
{
    if (m_vpcsToCreate.isEmpty())
        return;
    FlowLogRequest request = m_form->request();
    request.regionId = m_connectionBar->regionId();
    request.resourceType = ResourceType::Vpc;
    request.resourceId = m_vpcsToCreate.takeFirst();
    request.trafficType = TrafficType::All;
    m_form->setRequest(request);
    // After the first, the result of the one before stays in view.
    if (first)
        m_resultPanel->clear();
    const int left = int(m_vpcsToCreate.size());
    const QString vpcId = request.resourceId;
    showStatus([vpcId, left] {
        return left > 0 ? tr("The form is filled for %1; after it is created, the next of %n more VPC(s) follows.", nullptr, left).arg(vpcId)
                        : tr("The form is filled for %1: check the project and logstore, then create.").arg(vpcId);
    });
    m_form->editorFor(Field::ProjectName)->setFocus(Qt::OtherFocusReason);
}

// A bold title and the explanation, both plain text: a rich-text label lays out a text document
// for every width the layouts ask about, which cost more at start than the rest of the top bar.
QFrame *MainWindow::createSandboxBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(u"sandboxBannerFrame"_s);
    // Must stand out in any style: the one place that says no real resource is touched.
    banner->setStyleSheet(u"#sandboxBannerFrame { background: #fff4ce; border: 1px solid #d9b84a; border-radius: 4px; }"
                          " QLabel { color: #4d3800; }"_s);
    m_sandboxBannerLabel = new QLabel(banner);
    m_sandboxBannerLabel->setObjectName(u"sandboxBannerLabel"_s);
    m_sandboxBannerTextLabel = new QLabel(banner);
    m_sandboxBannerTextLabel->setObjectName(u"sandboxBannerTextLabel"_s);
    QFont titleFont = m_sandboxBannerLabel->font();
    titleFont.setBold(true);
    m_sandboxBannerLabel->setFont(titleFont);
    // One line where the width allows (it does at the default size): the title, then the explanation,
    // which alone wraps on a narrow window.
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(7, 5, 7, 5);
    layout->setSpacing(8);
    m_sandboxBannerTextLabel->setWordWrap(true);
    m_sandboxBannerTextLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    for (QLabel *label : {m_sandboxBannerLabel, m_sandboxBannerTextLabel}) {
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    return banner;
}

QFrame *MainWindow::createOpenBatchBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(u"openBatchBannerFrame"_s);
    banner->setStyleSheet(u"#openBatchBannerFrame { background: #fde7e9; border: 1px solid #d88a8f; border-radius: 4px; }"
                          " QLabel { color: #5c1016; }"_s);
    m_openBatchLabel = new QLabel(banner);
    m_openBatchLabel->setObjectName(u"openBatchLabel"_s);
    m_openBatchLabel->setWordWrap(true);
    m_openBatchLabel->setTextFormat(Qt::PlainText);
    m_resumeBatchButton = new QPushButton(banner);
    m_resumeBatchButton->setObjectName(u"resumeBatchButton"_s);
    connect(m_resumeBatchButton, &QPushButton::clicked, this, &MainWindow::resumeOpenBatch);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(7, 5, 7, 5);
    layout->addWidget(m_openBatchLabel, 1);
    layout->addWidget(m_resumeBatchButton);
    banner->hide();
    return banner;
}

// The newest batch the history holds with rows still queued or unknown: a crash or a quit cut it short.
void MainWindow::offerToResumeBatch()
{
    const QStringList open = m_history ? m_history->openBatches() : QStringList();
    m_openBatchId = open.isEmpty() ? QString() : open.last();
    m_openBatchBanner->setVisible(!m_openBatchId.isEmpty());
    retranslateOpenBatchBanner();
}

void MainWindow::retranslateOpenBatchBanner()
{
    m_resumeBatchButton->setText(tr("&Resume…"));
    if (!m_openBatchId.isEmpty())
        m_openBatchLabel->setText(tr("A batch was cut short before every row was sent (%1). Resume it: rows not "
                                     "sent are sent, and each unknown one is looked for before it is created again.")
                                      .arg(m_openBatchId));
}

// The batch goes on as it began: signed by the profile that sent its rows.
void MainWindow::resumeOpenBatch()
{
    const QList<HistoryEntry> rows = m_history ? m_history->batchEntries(m_openBatchId) : QList<HistoryEntry>();
    if (rows.isEmpty())
        return;
    if (m_batchWindow && !m_batchWindow->close())
        return; // a batch of its own is still running there
    delete m_batchWindow;
    if (rows.first().profile != m_connectionBar->profileId())
        m_connectionBar->setProfileId(rows.first().profile);
    if (BatchWindow *window = openBatchWindow()) {
        window->showOpenBatch(m_openBatchId);
        m_openBatchBanner->hide();
    }
}

BatchWindow *MainWindow::openBatchWindow()
{
    finishStartup();
    if (m_batchWindow) {
        m_batchWindow->raise();
        m_batchWindow->activateWindow();
        return m_batchWindow;
    }
    if (isSandboxSelected())
        startSandbox();
    BatchWindow::Target target;
    target.profileId = m_connectionBar->profileId();
    const auto profile = m_connectionBar->currentProfile();
    target.profileName = profile ? profile->displayName() : target.profileId;
    target.roleArn = profile ? profile->roleArn : QString();
    target.sandbox = isSandboxSelected();
    m_batchWindow = new BatchWindow(target, m_jobs, m_history, m_sender->attemptResolver(), this);
    m_batchWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_batchWindow->show();
    return m_batchWindow;
}

void MainWindow::createStatusBar()
{
    m_progress = new SendProgressWidget(this);
    connect(m_progress, &SendProgressWidget::cancelRequested, this, &MainWindow::cancelSend);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::createHistoryDock()
{
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(u"historyDockWidget"_s);
    m_historyDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    if (!m_history) {
        m_historyPlaceholderLabel = new QLabel(m_historyDock);
        m_historyPlaceholderLabel->setAlignment(Qt::AlignCenter);
        m_historyDock->setWidget(m_historyPlaceholderLabel);
        return;
    }
    auto *view = new HistoryView(m_history, m_historyDock);
    view->setObjectName(u"historyView"_s);
    view->setStatusPoller(m_sender->statusPoller());
    connect(view, &HistoryView::fillFormRequested, this, &MainWindow::loadRequest);
    // The form now holds another flow log's parameters: the last one's result no longer applies.
    connect(view, &HistoryView::fillFormRequested, m_resultPanel, &ResultPanel::clear);
    view->setAttemptResolver(m_sender->attemptResolver());
    connect(view, &HistoryView::retryRequested, this, &MainWindow::retry);
    connect(view, &HistoryView::showInFlowLogsRequested, this, &MainWindow::showHistoryRowInFlowLogs);
    m_historyDock->setWidget(view);
    m_viewMenu->addAction(m_historyDock->toggleViewAction());
}

// The first run's window: on a 1280×800 screen the form, a result and five history rows, with room
// for a title bar and a panel; larger screens get a window of the same proportions, not a huge one.
QRect MainWindow::defaultGeometry() const
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    constexpr int TitleBar = 35; // above the client area, drawn by the window manager
    constexpr int Margin = 15;    // below it, so the frame stays clear of the screen's edge
    const QSize size(qMin(1200, available.width() - 40), qMin(900, available.height() - TitleBar - Margin));
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(available.center());
    geometry.moveTop(qMax(available.top() + TitleBar, geometry.top()));
    return geometry;
}

// The history dock's height that shows `rows` rows (of HistoryView's one-line height): the rows, the
// header, the search line, the message line, the horizontal scroll bar and the dock's title. Known
// before the history view exists, which arrives after the first frame.
int MainWindow::historyHeightForRows(int rows) const
{
    const QFontMetrics metrics = fontMetrics();
    const int row = metrics.height() + 8;
    const int chrome = 4 * (metrics.lineSpacing() + 9) + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return rows * row + chrome;
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(SettingsKeys::WindowGeometry).toByteArray()))
        setGeometry(defaultGeometry());
    // First run: the form comes first, the history gets the strip at the bottom that holds five rows.
    if (!restoreState(settings.value(SettingsKeys::WindowState).toByteArray()))
        resizeDocks({m_historyDock}, {historyHeightForRows(5)}, Qt::Vertical);
    {
        // Quietly: only the profile finally chosen may start the sandbox.
        const QSignalBlocker blocker(m_connectionBar);
        onProfilesChanged();
        m_connectionBar->setProfileId(initialProfileId());
        const auto profile = m_connectionBar->currentProfile();
        const QString savedRegion = settings.value(SettingsKeys::Region).toString();
        const QString profileRegion = profile ? profile->defaultRegion : QString();
        m_connectionBar->setRegionId(!savedRegion.isEmpty() ? savedRegion
                : !profileRegion.isEmpty()                 ? profileRegion
                                                           : FallbackRegion);
    }
    onProfileChanged();
    onRegionChanged();
}

// Runs once, after the first paint or when a request needs it earlier, whichever comes first.
void MainWindow::finishStartup()
{
    if (!m_startupDeferred)
        return;
    m_startupDeferred = false;
    Q_EMIT firstFrameShown();
    loadThemeIcons();
    finishHistoryStartup();
    if (auto *view = qobject_cast<HistoryView *>(m_historyDock->widget()))
        view->offerToResolveEarlierAttempts();
    offerToResumeBatch();
    if (isSandboxSelected()) {
        startSandbox();
        updateEndpoint();
        showCurrentInventory();
    }
}

// Icons from the icon theme, after the first frame (see createCentralWidget()).
void MainWindow::loadThemeIcons()
{
    m_createPushButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this));
    m_form->enableClearButtons();
    if (auto *view = qobject_cast<HistoryView *>(m_historyDock->widget()))
        view->enableClearButton();
}

// A history opened only now (see firstFrameShown()) is read into the view; one still closed is
// reported.
void MainWindow::finishHistoryStartup()
{
    if (!m_history || !m_historyClosedAtStart)
        return;
    if (!m_history->isOpen()) {
        showProblem(tr("The history could not be opened: %1").arg(m_history->errorString()));
        return;
    }
    if (auto *view = qobject_cast<HistoryView *>(m_historyDock->widget()))
        view->model()->reload();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::WindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::WindowState, saveState());
    settings.setValue(SettingsKeys::Profile, m_connectionBar->profileId());
    settings.setValue(SettingsKeys::Region, m_connectionBar->regionId());
}

// The last profile used; on first run the first one with an AccessKey, the sandbox when there is
// none (a profile without one, e.g. an aliyun CLI profile in EcsRamRole mode, cannot send from here).
QString MainWindow::initialProfileId() const
{
    const QString saved = QSettings().value(SettingsKeys::Profile).toString();
    if (!saved.isEmpty() && m_profiles->profile(saved))
        return saved;
    for (const Profile &profile : m_profiles->profiles()) {
        if (profile.kind != Profile::Kind::Sandbox && !profile.accessKeyId.isEmpty())
            return profile.id;
    }
    return Profile::sandboxId();
}

// A status message kept as the way to write it, so a language switch shows it again in the new
// language for the rest of its time.
void MainWindow::showStatus(std::function<QString()> render)
{
    m_statusRender = std::move(render);
    m_statusShown = m_statusRender();
    statusBar()->showMessage(m_statusShown, StatusMessageMs);
}

void MainWindow::retranslateStatus()
{
    if (statusBar()->currentMessage().isEmpty())
        return;
    // A message that cannot be written again (shown by showProblem()) goes rather than stay in the
    // previous language.
    if (!m_statusRender || statusBar()->currentMessage() != m_statusShown) {
        statusBar()->clearMessage();
        return;
    }
    m_statusShown = m_statusRender();
    // The rest of its time is not known: it gets a full one.
    statusBar()->showMessage(m_statusShown, StatusMessageMs);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("FlowLog Studio"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_createAction->setText(tr("&Create flow log"));
    m_batchAction->setText(tr("&Batch create…"));
    retranslateOpenBatchBanner();
    m_previewAction->setText(tr("&Preview request…"));
    m_quitAction->setText(tr("&Quit"));
    m_profilesAction->setText(tr("P&rofiles…"));
    m_addProfileAction->setText(tr("Add &profile…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_aboutAction->setText(tr("&About FlowLog Studio"));
    m_formScrollArea->setAccessibleName(tr("New flow log"));
    m_previewPushButton->setText(tr("Pre&view request…"));
    m_previewPushButton->setToolTip(tr("Show what would be sent, and copy it as an aliyun CLI or a flowlog-cli command"));
    m_createPushButton->setText(tr("C&reate flow log"));
    m_historyDock->setWindowTitle(tr("History"));
    m_viewTabBar->setTabText(0, tr("Create"));
    m_viewTabBar->setTabToolTip(0, tr("Create a flow log"));
    m_viewTabBar->setTabText(1, tr("Flow logs"));
    m_viewTabBar->setTabToolTip(1, tr("The region's flow logs: start, stop, edit and delete them"));
    m_viewTabBar->setTabText(2, tr("Coverage"));
    m_viewTabBar->setTabToolTip(2, tr("Which VPCs have an active VPC-level flow log of all traffic"));
    if (m_historyPlaceholderLabel)
        m_historyPlaceholderLabel->setText(tr("The history could not be opened."));
    updateSandboxBanner();
    updateEndpoint();
    updateCreateButton();
    retranslateStatus();
}

void MainWindow::onProfilesChanged()
{
    m_connectionBar->setProfiles(m_profiles->profiles());
    if (auto *view = qobject_cast<HistoryView *>(m_historyDock->widget())) {
        QStringList ids;
        for (const Profile &profile : m_profiles->profiles())
            ids.append(profile.id);
        view->setProfileIds(ids);
    }
    updateEndpoint(); // the profile's endpoints may have changed
}

// As the aliyun CLI does: a profile's region_id (an own profile's default region) becomes the region
// when the operator picks the profile. At start-up the region saved last wins instead.
void MainWindow::onProfileChosen()
{
    const auto profile = m_connectionBar->currentProfile();
    if (profile && !profile->defaultRegion.isEmpty())
        m_connectionBar->setRegionId(profile->defaultRegion);
    onProfileChanged();
}

void MainWindow::onProfileChanged()
{
    // Starting the emulator loads the TLS backend (its HTTP server can serve TLS): tens of
    // milliseconds that the first frame does not wait for.
    if (isSandboxSelected() && !m_startupDeferred)
        startSandbox();
    updateSandboxBanner();
    updateEndpoint();
    updateCreateButton();
    const auto profile = m_connectionBar->currentProfile();
    m_flowLogsView->setConsoleSite(profile ? profile->site : QString());
    showCurrentInventory();
}

void MainWindow::startSandbox()
{
    if (!m_sandbox->ensureStarted())
        showProblem(m_sandbox->errorString());
}

void MainWindow::onRegionChanged()
{
    m_form->setRegionId(m_connectionBar->regionId());
    updateEndpoint();
    showCurrentInventory();
}

void MainWindow::onFormChanged()
{
    m_connectionBar->setRegionFindings(m_form->visibleFindings(Field::RegionId));
    updateCreateButton();
}

void MainWindow::updateEndpoint()
{
    if (m_startupDeferred && isSandboxSelected()) {
        m_connectionBar->setEndpoint(QString()); // the port is known once the sandbox has started
        return;
    }
    QString problem;
    const auto endpoint = m_jobs->endpoint(m_connectionBar->profileId(), m_connectionBar->regionId(), &problem);
    m_connectionBar->setEndpoint(endpoint ? endpoint->toString() : QString(), problem);
}

void MainWindow::updateSandboxBanner()
{
    const bool sandbox = isSandboxSelected();
    m_sandboxBanner->setVisible(sandbox);
    if (!sandbox)
        return;
    // One message for the translators, as before: its bold part becomes the title.
    const QString message = tr("<b>Sandbox — nothing is created in the cloud.</b> Requests go to the local "
                               "emulator built into this app, signed with the sandbox AccessKey. Choose "
                               "another profile to create real flow logs.");
    const qsizetype titleEnd = message.indexOf(u"</b>"_s);
    const QString title = titleEnd < 0 ? QString() : message.left(titleEnd).remove(u"<b>"_s).trimmed();
    m_sandboxBannerLabel->setText(title);
    m_sandboxBannerLabel->setVisible(!title.isEmpty());
    m_sandboxBannerTextLabel->setText(titleEnd < 0 ? message : message.mid(titleEnd + 4).trimmed());
    m_sandboxBannerLabel->setAccessibleName(tr("Sandbox — nothing is created in the cloud"));
}

// Every error that blocks the create, one a line: the first alone hid the others.
QString MainWindow::blockingProblems() const
{
    QStringList lines {tr("Cannot create yet:")};
    for (const ValidationFinding &finding : m_form->findings()) {
        if (finding.severity == Severity::Error)
            lines << u"• "_s + tr("%1: %2").arg(Fields::label(finding.field), finding.message());
    }
    return lines.join(u'\n');
}

void MainWindow::updateCreateButton()
{
    const auto error = m_form->firstError();
    const bool busy = isSending();
    const auto profile = m_connectionBar->currentProfile();
    const QString profileProblem = profile ? profile->unsupportedReason() : QString();
    m_createPushButton->setEnabled(!error && !busy && profileProblem.isEmpty());
    m_previewPushButton->setEnabled(!busy);
    m_previewAction->setEnabled(!busy);
    // The shortcut stays live while idle: pressing it with errors reveals them all.
    m_createAction->setEnabled(!busy);
    if (!profileProblem.isEmpty())
        m_createPushButton->setToolTip(profileProblem);
    else if (error)
        m_createPushButton->setToolTip(blockingProblems());
    else if (busy)
        m_createPushButton->setToolTip(tr("A request is being sent"));
    else
        m_createPushButton->setToolTip(tr("Create the flow log (Ctrl+Enter)"));
}

bool MainWindow::isSandboxSelected() const
{
    return m_connectionBar->profileId() == Profile::sandboxId();
}

bool MainWindow::confirmSend(const QUrl &endpoint)
{
    const auto profile = m_connectionBar->currentProfile();
    // Say where it goes: an emulator on this machine is not Alibaba Cloud.
    const QString host = endpoint.port() > 0 ? endpoint.host() + u':' + QString::number(endpoint.port()) : endpoint.host();
    const QString question = Endpoints::isLoopbackHost(endpoint.host())
        ? tr("Create this flow log in the local emulator at %1?").arg(host)
        : tr("Create this flow log in Alibaba Cloud (%1)?").arg(host);
    QMessageBox box(QMessageBox::Question, tr("Create flow log"), question, QMessageBox::NoButton, this);
    box.setObjectName(u"confirmSendMessageBox"_s);
    QString details = tr("Profile: %1\nRegion: %2\nEndpoint: %3")
                          .arg(profile ? profile->displayName() : QString(), m_connectionBar->regionId(),
                              endpoint.toString());
    // With a RAM role, the role acts, not the AccessKey the profile holds: name it.
    if (profile && !profile->roleArn.isEmpty())
        details += u'\n' + tr("Role assumed: %1").arg(profile->roleArn);
    box.setInformativeText(details);
    QPushButton *create = box.addButton(tr("Create"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(create);
    box.exec();
    return box.clickedButton() == create;
}

bool MainWindow::confirmRepeatingASuccess(const HistoryEntry &entry)
{
    QMessageBox box(QMessageBox::Question, tr("Create flow log"),
        tr("This attempt already created flow log %1.").arg(entry.flowLogId), QMessageBox::NoButton, this);
    box.setObjectName(u"confirmRepeatMessageBox"_s);
    box.setInformativeText(tr("Create another flow log with the same parameters?"));
    QPushButton *create = box.addButton(tr("Create another"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == create;
}

void MainWindow::prepareJob(JobCallback next)
{
    const auto profile = m_connectionBar->currentProfile();
    if (!profile) {
        showProblem(tr("Choose a profile first."));
        return;
    }
    m_preparing = true;
    updateCreateButton();
    m_jobs->build(profile->id, m_form->request(), this, [this, next](const SendJob &job, const QString &error) {
        m_preparing = false;
        updateCreateButton();
        if (error.isEmpty()) {
            next(job);
            return;
        }
        // In the result panel, in full: a status line would be cut off and gone in seconds.
        ApiResult failed;
        failed.outcome = Outcome::Failed;
        failed.message = error;
        failed.credentialsFailed = true;
        m_resultPanel->showResult(failed);
        showStatus([failed] { return OutcomeText::headline(failed); });
    });
}

void MainWindow::manageProfiles()
{
    auto *dialog = new ProfilesDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentId(m_connectionBar->profileId());
    dialog->open();
}

void MainWindow::addProfile()
{
    auto *dialog = new ProfileDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Said once per run (ProfileManager emits once): the user must know that a secret typed now is
// gone when the app closes. Window-modal, so sending and the history stay usable behind it.
void MainWindow::warnKeychainUnavailable(const QString &message)
{
    // The profile dialog that was saving says so itself, in place: a second box would only cover it.
    if (qobject_cast<ProfileDialog *>(QApplication::activeModalWidget())) {
        showStatus([] { return tr("No keychain: secrets are kept for this run only."); });
        return;
    }
    QWidget *parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Keychain unavailable"),
        tr("Secrets of your own profiles are kept for this run only."), QMessageBox::Ok, parent);
    box->setObjectName(u"keychainMessageBox"_s);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    showStatus([] { return tr("No keychain: secrets are kept for this run only."); });
}

void MainWindow::editSettings()
{
    auto *dialog = new SettingsDialog(m_languages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(AppSettings::load());
    connect(dialog, &QDialog::accepted, this, &MainWindow::updateEndpoint);
    dialog->open();
}

// The duplicate-safe retry of the last send: the request as it was sent, even if the form changed.
void MainWindow::lookForItAndRetry()
{
    if (isSending())
        return;
    if (m_lastSentRequest)
        loadRequest(*m_lastSentRequest);
    // What it finds out settles the unknown row of that send too.
    send(ApiClient::CreateMode::IfAbsent, m_sender->lastHistoryId());
}

void MainWindow::startSend(const SendJob &job)
{
    m_lastSentRequest = job.request;
    m_resultPanel->clear();
    m_sender->send(job);
    setBusy(true); // after send(): the buttons follow the controller's busy state
}

void MainWindow::showPreview(const SendJob &job)
{
    RequestPreviewDialog::Context context;
    context.request = job.request;
    context.signedRequest = m_sender->preview(job);
    const auto profile = m_connectionBar->currentProfile();
    context.profileName = profile ? profile->displayName() : job.profileId;
    context.target = commandTarget(profile, context.signedRequest.url);
    context.sandbox = isSandboxSelected();
    for (const ValidationFinding &finding : m_form->findings()) {
        if (finding.severity == Severity::Error)
            context.errors.append(finding);
    }
    auto *dialog = new RequestPreviewDialog(context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The copied commands sign as the selected profile and go where the app would send.
CommandLine::Target MainWindow::commandTarget(const std::optional<Profile> &profile, const QUrl &endpoint) const
{
    using Signer = CommandLine::Target::Signer;
    CommandLine::Target target;
    target.endpoint = endpoint;
    target.customEndpoint = isSandboxSelected() || (profile && m_jobs->hasCustomEndpoint(profile->id));
    if (!profile)
        return target;
    target.profileName = profile->name;
    target.accessKeyId = profile->accessKeyId;
    switch (profile->kind) {
    case Profile::Kind::Sandbox:
        target.signer = Signer::Sandbox;
        break;
    case Profile::Kind::Environment:
        target.signer = Signer::Environment;
        target.securityToken = qEnvironmentVariableIsSet("ALIBABA_CLOUD_SECURITY_TOKEN");
        break;
    case Profile::Kind::AliyunCli:
        target.signer = Signer::AliyunProfile;
        break;
    case Profile::Kind::Own:
        target.signer = Signer::OwnProfile;
        break;
    }
    return target;
}

void MainWindow::onSendFinished(const ApiResult &result)
{
    setBusy(false);
    m_resultPanel->showResult(result);
    showStatus([result] { return OutcomeText::headline(result); });
    if (result.ok()) {
        // What was just created changes the coverage and what the pickers know.
        const QString profileId = m_connectionBar->profileId();
        const QString regionId = m_connectionBar->regionId();
        if (m_inventories->cached(profileId, regionId))
            m_inventories->load(profileId, regionId, true);
        if (!m_vpcsToCreate.isEmpty())
            QTimer::singleShot(0, this, [this] { fillFormForNextVpc(false); });
    }
}

void MainWindow::setBusy(bool busy)
{
    if (busy)
        m_progress->start(AppSettings::load().totalTimeoutMs);
    else
        m_progress->stop();
    updateCreateButton();
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message, StatusMessageMs);
}
