#include "ui/coverage/coveragefilterproxymodel.h"

#include "ui/coverage/coveragetablemodel.h"

CoverageFilterProxyModel::CoverageFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CoverageTableModel::SortRole);
}

void CoverageFilterProxyModel::setStateFilter(std::optional<CoverageState> state)
{
    m_state = state;
    invalidateFilter();
}

void CoverageFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed().toLower();
    invalidateFilter();
}

bool CoverageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(CoverageTableModel::StateRole).toInt() != int(*m_state))
        return false;
    return m_text.isEmpty() || index.data(CoverageTableModel::SearchTextRole).toString().contains(m_text);
}
