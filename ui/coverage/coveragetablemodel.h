#pragma once

#include "core/inventory/coverage.h"

#include <QAbstractTableModel>
#include <QIcon>

// The VPCs of one or more regions with their coverage, one row each: state, name, ID, region,
// the reason, and the flow logs that decide it. Sorting by state puts the uncovered first.
class CoverageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageTableModel)

public:
    enum Column { StateColumn, NameColumn, VpcIdColumn, RegionColumn, ReasonColumn, FlowLogsColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // CoverageState as int
        SortRole,
        SearchTextRole, // everything the filter looks at, lower case
    };

    explicit CoverageTableModel(QObject *parent = nullptr);

    void setCoverage(QList<VpcCoverage> coverage);
    const QList<VpcCoverage> &coverage() const { return m_coverage; }
    const VpcCoverage &at(int row) const { return m_coverage.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A round mark in the state's colour (green, amber, red, grey), with a distinct shape for
    // readers who do not tell the colours apart.
    static QIcon stateIcon(CoverageState state);
    // The order the state sorts in: uncovered, partial, unknown, covered.
    static int severityRank(CoverageState state);

private:
    QList<VpcCoverage> m_coverage;
};
