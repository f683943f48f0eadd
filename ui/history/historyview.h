#pragma once

#include "core/history/historyentry.h"
#include "core/history/historyexporter.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class AttemptResolver;
class HistoryFilterProxyModel;
class HistoryMessageLine;
class HistoryStore;
class HistoryTableModel;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolBar;
class StatusPoller;
class UnresolvedAttemptsBar;

// The history of attempts: a search field that filters every column as one types, a sortable
// table whose columns can be hidden, moved and resized (remembered in QSettings), and actions on
// the selected rows: copy ids, fill the form, retry, check the status, details, export, delete.
// Rows written by other processes (flowlog-cli) appear within refreshInterval(). Above the table an
// info bar offers, once per run, to settle the unknown outcomes earlier runs left; below it one
// message line says what the last action found, until it no longer applies.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    // store is not owned and must outlive the view.
    explicit HistoryView(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryView() override;

    HistoryTableModel *model() const { return m_model; }
    HistoryFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_tableView; }

    // "Check status now" asks this poller (if set) and reports its answers inline.
    void setStatusPoller(StatusPoller *poller);
    // What the info bar settles unknown outcomes with (not owned).
    void setAttemptResolver(AttemptResolver *resolver);
    // Shows the info bar if earlier runs left attempts whose outcome is unknown. Once per run.
    void offerToResolveEarlierAttempts();
    // The profiles a status check may be signed with when a row's own has no credentials here.
    void setProfileIds(const QStringList &profileIds);
    // Gives the search field its clear button; see FlowLogForm::enableClearButtons() for why
    // not at construction.
    void enableClearButton();
    int refreshInterval() const;
    void setRefreshInterval(int milliseconds);

    // The selected rows, in view order (summaries: no request or response text).
    QList<HistoryEntry> selectedEntries() const;
    // Every row the filter lets through, in view order.
    QList<HistoryEntry> shownEntries() const;
    // Writes rows to path; the export actions call it after asking for a file.
    bool exportEntries(const QString &path, HistoryExporter::Format format, const QList<HistoryEntry> &entries);
    // Removes the selected rows after the user confirms (a window-modal question).
    void deleteSelected();
    void showDetails(qint64 id);
    // Puts text into the search field (from the Flow logs tab's "Show in history").
    void search(const QString &text);

Q_SIGNALS:
    void fillFormRequested(const FlowLogRequest &request);
    // The entry (a summary: no request or response text) whose request is to be sent again.
    void retryRequested(const HistoryEntry &entry);
    void checkStatusRequested(const HistoryEntry &entry);
    // "Show in Flow logs" on a row that names a flow log.
    void showInFlowLogsRequested(const HistoryEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createColumnActions();
    QWidget *createSearchBar();
    void setUpTable();
    void retranslateUi();
    void restoreHeaderState();
    void applyDefaultColumnWidths();
    void fitColumnTitles();
    void saveHeaderState() const;
    void setColumnShown(int column, bool shown);
    void updateActions();
    void updateCountLabel();
    void showMessage(std::function<QString()> render, qint64 aboutId = 0);
    void showText(const QString &message);
    void clearMessageAbout(const HistoryEntry &changed);

    void showTableMenu(const QPoint &position);
    void showHeaderMenu(const QPoint &position);
    void copyColumn(int column);
    void fillForm();
    void retry();
    void checkStatus();
    void showCurrentDetails();
    void exportRows(bool selectedOnly);
    void onStatusChanged(qint64 id, const QString &status);
    void onStatusCheckFailed(qint64 id, const QString &message);
    void onStatusChecked(qint64 id, const QString &status, bool changed);
    void onCheckNeedsProfile(qint64 id, const QString &message);
    void checkWithProfile(qint64 id, const QString &profileId);
    QString flowLogIdOf(qint64 id) const;

    HistoryStore *m_store;
    HistoryTableModel *m_model;
    HistoryFilterProxyModel *m_proxy;
    QPointer<StatusPoller> m_poller;
    QTimer *m_refreshTimer;
    QTimer *m_saveHeaderTimer;
    mutable QByteArray m_savedHeaderState;

    QLineEdit *m_searchLineEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_tableView = nullptr;
    UnresolvedAttemptsBar *m_unresolvedBar = nullptr;
    HistoryMessageLine *m_messageLine = nullptr;
    ::Outcome m_messageOutcome = ::Outcome::Unknown; // of the row the message is about, when shown
    QStringList m_profileIds;
    QMenu *m_columnsMenu = nullptr;
    QList<QAction *> m_columnActions;

    QAction *m_copyFlowLogIdAction = nullptr;
    QAction *m_copyRequestIdAction = nullptr;
    QAction *m_fillFormAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_checkStatusAction = nullptr;
    QAction *m_showInFlowLogsAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_exportSelectedAction = nullptr;
    QAction *m_exportShownAction = nullptr;
    QAction *m_deleteAction = nullptr;
};
