#pragma once

#include "core/manage/flowlogoperation.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class AccountInventories;
class FlowLogActionRunner;
class FlowLogFilterProxyModel;
class FlowLogTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;
struct Inventory;

// The Flow logs tab: the region's flow logs (profile and region from the top bar) in a table that
// filters as one types, with Start, Stop, Edit and Delete for the selected rows, delivery failures
// marked and explained, and flow logs created from Log Service shown read-only. What an action
// does is shown on its row; every action is recorded in the history. Flow logs in a transient
// state (Activating, Deactivating, Deleting) are listed again until they settle.
class FlowLogsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogsView)

public:
    // Asked before a destructive action: title, text, details; true to go on.
    using Confirm = std::function<bool(const QString &title, const QString &text, const QString &details)>;
    // Opens the dialog for one flow log and gives the change asked for (nullopt: cancelled).
    using Edit = std::function<std::optional<FlowLogChange>(const FlowLogInfo &flowLog)>;

    // Neither is owned; both must outlive the view.
    FlowLogsView(AccountInventories *inventories, FlowLogActionRunner *runner, QWidget *parent = nullptr);
    ~FlowLogsView() override;

    void setTarget(const QString &profileId, const QString &regionId);
    void reload();
    bool isLoading() const;
    // Selects and shows a flow log (from the history's "Show in Flow logs"); false if not listed.
    bool showFlowLog(const QString &flowLogId);

    void startSelected();
    void stopSelected();
    void editSelected();
    void deleteSelected();
    // Modify one flow log as the Edit dialog would.
    void modify(const QString &flowLogId, const FlowLogChange &change);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setEdit(Edit edit) { m_edit = std::move(edit); }
    // How often flow logs in a transient state are listed again (default 5 s).
    void setFollowInterval(int milliseconds);

    FlowLogTableModel *model() const { return m_model; }
    FlowLogFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_tableView; }
    QList<FlowLogInfo> selectedFlowLogs() const;
    // The Log Service console page of a flow log's logstore, on the site chosen in the settings.
    // profileSite: the profile's site ("china", "international"), else the setting decides.
    static QUrl logServiceConsoleUrl(const FlowLogInfo &flowLog, const QString &profileSite = {});
    void setConsoleSite(const QString &profileSite) { m_consoleSite = profileSite; }

Q_SIGNALS:
    void showInHistoryRequested(const QString &flowLogId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createActionBar();
    void setUpTable();
    void restoreHeaderState();
    void saveHeaderState() const;
    void showHeaderMenu(const QPoint &position);
    void showTableMenu(const QPoint &position);
    void onLoaded(const QString &profileId, const QString &regionId);
    void onLoadFailed(const QString &profileId, const QString &regionId, const QString &error);
    void rebuild();
    void run(FlowLogAction action, const QList<FlowLogInfo> &flowLogs, const FlowLogChange &change = {});
    void onOperationStarted(const FlowLogOperationRequest &request);
    void onStatusSeen(const QString &flowLogId, const QString &status);
    void onOperationFinished(const FlowLogOperationRequest &request, const FlowLogOperationResult &result);
    void onRunFinished(const QString &error);
    void followTransient();
    QList<FlowLogInfo> changeable(const QList<FlowLogInfo> &flowLogs) const;
    void copyIds();
    void openConsole();
    void updateActions();
    void updateSummary();
    void updateDetails();
    void retranslateUi();

    AccountInventories *m_inventories;
    FlowLogActionRunner *m_runner;
    QString m_profileId;
    QString m_regionId;
    QDateTime m_listedAt;
    QString m_loadError;
    QString m_consoleSite; // the profile's site, empty when it names none
    Confirm m_confirm;
    Edit m_edit;
    // The run under way: what it does, how many, how many are done, how many failed.
    FlowLogAction m_runAction = FlowLogAction::Start;
    int m_runTotal = 0;
    int m_runDone = 0;
    int m_runFailed = 0;
    QString m_runMessage; // what the last run ended with, translated
    QString m_pendingShowId; // showFlowLog() before the flow log was listed: selected once it is

    FlowLogTableModel *m_model = nullptr;
    FlowLogFilterProxyModel *m_proxy = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QToolButton *m_reloadToolButton = nullptr;
    QLineEdit *m_filterLineEdit = nullptr;
    QComboBox *m_kindComboBox = nullptr;
    QToolButton *m_startToolButton = nullptr;
    QToolButton *m_stopToolButton = nullptr;
    QToolButton *m_editToolButton = nullptr;
    QToolButton *m_deleteToolButton = nullptr;
    QToolButton *m_moreToolButton = nullptr;
    QMenu *m_moreMenu = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_showInHistoryAction = nullptr;
    QAction *m_openConsoleAction = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QTimer *m_followTimer = nullptr;
    QTimer *m_saveHeaderTimer = nullptr;
};
