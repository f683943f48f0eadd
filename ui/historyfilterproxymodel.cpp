#include "historyfilterproxymodel.h"

#include "historytablemodel.h"

#include <cstring>

HistoryFilterProxyModel::HistoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryTableModel::SortRole);
}

void HistoryFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_history = qobject_cast<HistoryTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

QString HistoryFilterProxyModel::searchText() const
{
    return m_searchText;
}

void HistoryFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words.clear();
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QByteArray utf8 = word.trimmed().toUtf8();
        if (!utf8.isEmpty())
            m_words.append(utf8);
    }
    // A full re-map is linear; invalidateFilter() removes the rejected rows range by range, which
    // takes seconds when a keystroke scatters 100k rows into thousands of ranges.
    invalidate();
}

bool HistoryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    if (m_history)
        return matches(m_history->searchText(sourceRow));
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return matches(index.data(HistoryTableModel::SearchTextRole).toByteArray());
}

bool HistoryFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_history && left.column() == right.column())
        return m_history->compare(left.row(), right.row(), left.column()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool HistoryFilterProxyModel::matches(QByteArrayView haystack) const
{
    for (const QByteArray &word : m_words) {
        if (!contains(haystack, word))
            return false;
    }
    return true;
}

bool HistoryFilterProxyModel::contains(QByteArrayView haystack, QByteArrayView needle)
{
    if (needle.isEmpty() || haystack.size() < needle.size())
        return needle.isEmpty();
    const char first = needle.front();
    const char *position = haystack.data();
    const char *const last = haystack.data() + (haystack.size() - needle.size());
    while (position <= last) {
        position = static_cast<const char *>(std::memchr(position, first, size_t(last - position) + 1));
        if (!position)
            return false;
        if (std::memcmp(position + 1, needle.data() + 1, size_t(needle.size() - 1)) == 0)
            return true;
        ++position;
    }
    return false;
}
