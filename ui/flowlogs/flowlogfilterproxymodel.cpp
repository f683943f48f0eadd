#include "ui/flowlogs/flowlogfilterproxymodel.h"

#include "ui/flowlogs/flowlogstatus.h"
#include "ui/flowlogs/flowlogtablemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

FlowLogFilterProxyModel::FlowLogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FlowLogTableModel::SortRole);
    setSortLocaleAware(true);
}

void FlowLogFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<FlowLogTableModel *>(model);
    Q_ASSERT(m_model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FlowLogFilterProxyModel::setText(const QString &text)
{
    QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = std::move(words);
    invalidateRowsFilter();
}

void FlowLogFilterProxyModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool FlowLogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const FlowLogInfo &flowLog = m_model->at(sourceRow);
    switch (m_kind) {
    case Kind::All: break;
    case Kind::Active:
        if (flowLog.status != u"Active")
            return false;
        break;
    case Kind::Inactive:
        if (flowLog.status != u"Inactive")
            return false;
        break;
    case Kind::Changing:
        if (!FlowLogStatuses::isTransient(flowLog.status))
            return false;
        break;
    case Kind::DeliveryFailed:
        if (!FlowLogTableModel::deliveryFailed(flowLog))
            return false;
        break;
    }
    const QString &text = m_model->searchText(sourceRow);
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString &word) { return text.contains(word); });
}
