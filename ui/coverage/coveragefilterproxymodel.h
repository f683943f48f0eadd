#pragma once

#include "core/inventory/coverage.h"

#include <QSortFilterProxyModel>

#include <optional>

// The coverage table as filtered: by state, and by text typed (name, ID, region, reason, flow logs).
class CoverageFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageFilterProxyModel)

public:
    explicit CoverageFilterProxyModel(QObject *parent = nullptr);

    void setStateFilter(std::optional<CoverageState> state);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<CoverageState> m_state;
    QString m_text; // lower case
};
