#pragma once

#include "core/api/apiresult.h"
#include "core/request/commandline.h"
#include "core/request/flowlogrequest.h"
#include "ui/send/sendcontroller.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ConnectionBar;
class CoverageView;
class FlowLogActionRunner;
class FlowLogsView;
class AccountInventories;
class QStackedWidget;
class QTabBar;
struct Inventory;
struct VpcCoverage;
class FlowLogForm;
class HistoryStore;
class JobBuilder;
class LanguageManager;
class ProfileManager;
class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QScrollArea;
class ResultPanel;
class Sandbox;
class SendProgressWidget;
struct Profile;
class BatchWindow;

// The desktop app's window: the connection bar (profile, region, endpoint), the form, the result
// of the last send and a dock for the history. Sending never blocks the UI; every attempt is
// recorded in the history before it leaves.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // None is owned; all must outlive the window. history may be closed (then nothing is recorded
    // and the status bar says so), or opened by a receiver of firstFrameShown(); languages may be
    // null (no Language menu).
    MainWindow(ProfileManager *profiles, HistoryStore *history, LanguageManager *languages,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts a view into the history dock (replacing any earlier one); the window takes ownership.
    void setHistoryView(QWidget *view);
    QDockWidget *historyDock() const { return m_historyDock; }
    // Fills the form and the region, e.g. to repeat an attempt from the history.
    void loadRequest(const FlowLogRequest &request);
    // The emulator behind the Sandbox profile. When that profile is chosen it runs by the time this
    // returns: a start still waiting for the first paint happens now.
    Sandbox *sandbox();
    bool isSending() const;
    AccountInventories *inventories() const { return m_inventories; }
    CoverageView *coverageView() const { return m_coverageView; }
    FlowLogsView *flowLogsView() const { return m_flowLogsView; }
    FlowLogActionRunner *flowLogActions() const { return m_flowLogActions; }
    // File → Batch create…: one window at a time, for the profile chosen when it opened.
    BatchWindow *openBatchWindow();
    // The views of the window's tabs, in order (see docs/architecture.md, navigation).
    enum class View { Create, FlowLogs, Coverage };
    void showView(View view);
    View currentView() const;

Q_SIGNALS:
    // The first frame is on screen, or a request needs the deferred start-up work now: what the
    // first frame did not need (opening the history, the window icon) can be done. Emitted once.
    void firstFrameShown();

public Q_SLOTS:
    // Validates, confirms (for anything but the sandbox) and sends. Ctrl+Enter.
    void createFlowLog();
    void previewRequest();
    void cancelSend();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    using JobCallback = std::function<void(const SendJob &job)>;

    void createActions();
    void createMenus();
    QWidget *createCentralWidget();
    QWidget *createFormPage();
    void connectAccountViews();
    // The Resource ID picker asked for the region's resources.
    void wantInventory(bool reload);
    bool isCurrentTarget(const QString &profileId, const QString &regionId) const;
    void onInventoryLoaded(const QString &profileId, const QString &regionId, std::shared_ptr<const Inventory> inventory);
    void showCurrentInventory();
    // From the Coverage tab: the form is filled with each VPC in turn.
    void createForVpcs(const QList<VpcCoverage> &vpcs);
    QFrame *createOpenBatchBanner();
    void offerToResumeBatch();
    void retranslateOpenBatchBanner();
    void resumeOpenBatch();
    // Between the Flow logs tab and the history: the rows of one flow log.
    void showFlowLogInHistory(const QString &flowLogId);
    void showHistoryRowInFlowLogs(const HistoryEntry &entry);
    void fillFormForNextVpc(bool first);
    QFrame *createSandboxBanner();
    void createStatusBar();
    void createHistoryDock();
    void restoreSettings();
    void finishStartup();
    void loadThemeIcons();
    void startSandbox();
    void finishHistoryStartup();
    void saveSettings() const;
    QString initialProfileId() const;
    void retranslateUi();

    void onProfilesChanged();
    void onProfileChosen();
    void onProfileChanged();
    void onRegionChanged();
    void onFormChanged();
    void updateEndpoint();
    void updateSandboxBanner();
    void updateCreateButton();

    bool isSandboxSelected() const;
    bool confirmSend(const QUrl &endpoint);
    // Builds the job (credentials may come later from the keychain), then calls next.
    void prepareJob(JobCallback next);
    void manageProfiles();
    void addProfile();
    void warnKeychainUnavailable(const QString &message);
    void editSettings();
    // settles: the history row of an unknown attempt this send repeats (0 for none).
    void send(ApiClient::CreateMode mode, qint64 settles = 0);
    void retry(const HistoryEntry &entry);
    bool confirmRepeatingASuccess(const HistoryEntry &entry);
    void startSend(const SendJob &job);
    void lookForItAndRetry();
    QString blockingProblems() const;
    void showStatus(std::function<QString()> render);
    void retranslateStatus();
    QRect defaultGeometry() const;
    int historyHeightForRows(int rows) const;
    void showPreview(const SendJob &job);
    CommandLine::Target commandTarget(const std::optional<Profile> &profile, const QUrl &endpoint) const;
    void onSendFinished(const ApiResult &result);
    void setBusy(bool busy);
    void showProblem(const QString &message);

    ProfileManager *m_profiles;
    HistoryStore *m_history;
    LanguageManager *m_languages;
    Sandbox *m_sandbox;
    SendController *m_sender;
    JobBuilder *m_jobs;
    bool m_preparing = false;
    // True until the window is first painted: work the first frame does not need waits until then.
    bool m_startupDeferred = true;
    bool m_historyClosedAtStart = false;

    ConnectionBar *m_connectionBar = nullptr;
    QFrame *m_sandboxBanner = nullptr;
    QFrame *m_openBatchBanner = nullptr; // a batch cut short, offered at start-up
    QLabel *m_openBatchLabel = nullptr;
    QPushButton *m_resumeBatchButton = nullptr;
    QString m_openBatchId;
    QPointer<BatchWindow> m_batchWindow;
    QLabel *m_sandboxBannerLabel = nullptr;
    QLabel *m_sandboxBannerTextLabel = nullptr;
    QTabBar *m_viewTabBar = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    QScrollArea *m_formScrollArea = nullptr;
    AccountInventories *m_inventories = nullptr;
    CoverageView *m_coverageView = nullptr;
    FlowLogActionRunner *m_flowLogActions = nullptr;
    FlowLogsView *m_flowLogsView = nullptr;
    QStringList m_vpcsToCreate; // from the Coverage tab, after the one in the form
    FlowLogForm *m_form = nullptr;
    QPushButton *m_previewPushButton = nullptr;
    QPushButton *m_createPushButton = nullptr;
    ResultPanel *m_resultPanel = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QLabel *m_historyPlaceholderLabel = nullptr;

    SendProgressWidget *m_progress = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_batchAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_addProfileAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    std::optional<FlowLogRequest> m_lastSentRequest;
    std::function<QString()> m_statusRender;
    QString m_statusShown;
};
