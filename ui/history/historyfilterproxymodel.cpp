#include "ui/history/historyfilterproxymodel.h"

#include "ui/history/historytablemodel.h"

#include <QThread>

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

HistoryFilterProxyModel::HistoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryTableModel::SortRole);
}

void HistoryFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (this->sourceModel())
        disconnect(this->sourceModel(), nullptr, this, nullptr);
    forgetVerdicts();
    m_history = qobject_cast<HistoryTableModel *>(sourceModel);
    // Before the change: rows are about to move under the verdicts' indexes.
    if (sourceModel) {
        connect(sourceModel, &QAbstractItemModel::rowsAboutToBeInserted, this, &HistoryFilterProxyModel::forgetVerdicts);
        connect(sourceModel, &QAbstractItemModel::rowsAboutToBeRemoved, this, &HistoryFilterProxyModel::forgetVerdicts);
        connect(sourceModel, &QAbstractItemModel::rowsAboutToBeMoved, this, &HistoryFilterProxyModel::forgetVerdicts);
        connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, &HistoryFilterProxyModel::forgetVerdicts);
        connect(sourceModel, &QAbstractItemModel::layoutAboutToBeChanged, this, &HistoryFilterProxyModel::forgetVerdicts);
    }
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
    QByteArrayList words;
    for (const QString &word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QByteArray utf8 = word.trimmed().toUtf8();
        if (!utf8.isEmpty())
            words.append(utf8);
    }
    m_relation = relation(m_words, words);
    m_words = words;
    ++m_generation;
    decideAllRows();
    // A full re-map is linear; invalidateFilter() removes the rejected rows range by range, which
    // takes seconds when a keystroke scatters 100k rows into thousands of ranges.
    invalidate();
}

// Every row's verdict before QSortFilterProxyModel asks for them one by one: matching is most of a
// keystroke's cost, and split over the cores it takes a fraction of the time. The workers only
// read the rows and write their own range of verdicts; this thread waits for them.
void HistoryFilterProxyModel::decideAllRows()
{
    if (!m_history || m_words.isEmpty())
        return;
    const int rows = m_history->rowCount();
    if (m_verdicts.size() < rows)
        m_verdicts.resize(rows, 0);
    quint32 *verdicts = m_verdicts.data(); // detached here, before any worker starts
    constexpr int RowsPerWorker = 10000; // below that, starting a thread costs more than it saves
    const int workers = std::clamp(std::min(QThread::idealThreadCount(), rows / RowsPerWorker), 1, 8);
    const int chunk = (rows + workers - 1) / workers;
    std::vector<std::thread> threads;
    for (int worker = 1; worker < workers; ++worker)
        threads.emplace_back([this, verdicts, worker, chunk, rows] {
            decideRows(verdicts, worker * chunk, std::min(rows, (worker + 1) * chunk));
        });
    decideRows(verdicts, 0, std::min(rows, chunk));
    for (std::thread &thread : threads)
        thread.join();
}

void HistoryFilterProxyModel::decideRows(quint32 *verdicts, int begin, int end) const
{
    for (int row = begin; row < end; ++row)
        decide(verdicts[row], row, QModelIndex());
}

bool HistoryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    if (sourceParent.isValid())
        return evaluate(sourceRow, sourceParent);
    if (m_verdicts.size() <= sourceRow)
        m_verdicts.resize(sourceModel()->rowCount(), 0);
    quint32 &verdict = m_verdicts[sourceRow];
    if ((verdict >> 1) == m_generation) // decided by decideAllRows()
        return verdict & 1;
    return decide(verdict, sourceRow, sourceParent);
}

// From the previous search's verdict when the new search cannot change it, else by matching.
bool HistoryFilterProxyModel::decide(quint32 &verdict, int sourceRow, const QModelIndex &sourceParent) const
{
    if ((verdict >> 1) == m_generation - 1) {
        const bool accepted = verdict & 1;
        if ((m_relation == Relation::Narrower && !accepted) || (m_relation == Relation::Wider && accepted)) {
            verdict = m_generation << 1 | quint32(accepted);
            return accepted;
        }
    }
    const bool accepted = evaluate(sourceRow, sourceParent);
    verdict = m_generation << 1 | quint32(accepted);
    return accepted;
}

bool HistoryFilterProxyModel::evaluate(int sourceRow, const QModelIndex &sourceParent) const
{
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

void HistoryFilterProxyModel::forgetVerdicts()
{
    m_verdicts.clear();
}

HistoryFilterProxyModel::Relation HistoryFilterProxyModel::relation(const QByteArrayList &before,
    const QByteArrayList &after)
{
    // Every word in "outer" occurs within some word of "inner": inner's matches are outer's too.
    const auto covers = [](const QByteArrayList &outer, const QByteArrayList &inner) {
        return std::all_of(outer.cbegin(), outer.cend(), [&inner](const QByteArray &word) {
            return std::any_of(inner.cbegin(), inner.cend(),
                [&word](const QByteArray &other) { return other.contains(word); });
        });
    };
    if (before.isEmpty() || after.isEmpty())
        return Relation::Unrelated;
    if (covers(before, after))
        return Relation::Narrower;
    if (covers(after, before))
        return Relation::Wider;
    return Relation::Unrelated;
}
