#pragma once

#include "core/inventory/coverage.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class CoverageFilterProxyModel;
class CoverageTableModel;
class AccountInventories;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

// The Coverage tab: which VPCs of the region (or of every region) have the flow log compliance
// checks ask for (CIS Alibaba Cloud 3.3): counts at the top, a table with each VPC's state, the
// reason and the flow logs behind it, a filter, and "Create flow logs for the selected".
class CoverageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageView)

public:
    // inventories is not owned and must outlive the view.
    explicit CoverageView(AccountInventories *inventories, QWidget *parent = nullptr);
    ~CoverageView() override;

    // The profile and region of the top bar; the view lists them when it is shown.
    void setTarget(const QString &profileId, const QString &regionId);
    // Loads the inventories anew (the Reload button).
    void reload();
    // Stops the listings under way (the same button while they run).
    void cancel();
    bool isLoading() const;
    CoverageTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_tableView; }
    CoverageCounts counts() const;

Q_SIGNALS:
    // The operator asked to create flow logs for these VPCs (those not covered, in table order).
    void createRequested(const QList<VpcCoverage> &vpcs);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QStringList regionsInScope() const;
    void loadScope(bool refresh);
    void onLoaded(const QString &profileId, const QString &regionId);
    void onLoadFailed(const QString &profileId, const QString &regionId, const QString &error);
    void rebuild();
    void updateSummary();
    void updateCreateButton();
    void requestCreate();
    void retranslateUi();

    AccountInventories *m_inventories;
    QString m_profileId;
    QString m_regionId;
    QHash<QString, QString> m_failures; // region → why it could not be listed (translated)

    CoverageTableModel *m_model = nullptr;
    CoverageFilterProxyModel *m_proxy = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QCheckBox *m_allRegionsCheckBox = nullptr;
    QToolButton *m_reloadToolButton = nullptr;
    QLineEdit *m_filterLineEdit = nullptr;
    QComboBox *m_stateComboBox = nullptr;
    QTableView *m_tableView = nullptr;
    QPushButton *m_createPushButton = nullptr;
};
