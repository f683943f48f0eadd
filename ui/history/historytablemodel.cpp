#include "ui/history/historytablemodel.h"

#include "core/history/historyfields.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QThread>

using namespace Qt::StringLiterals;

HistoryTableModel::HistoryTableModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &HistoryStore::entryAdded, this, &HistoryTableModel::insertEntry);
    connect(m_store, &HistoryStore::entryUpdated, this, &HistoryTableModel::updateEntry);
    connect(m_store, &HistoryStore::entriesRemoved, this, &HistoryTableModel::removeEntries);
    // LanguageChange is sent to the application object when a translator is installed or removed.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    reload();
}

HistoryTableModel::~HistoryTableModel()
{
    stopLoader();
}

QModelIndex HistoryTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype at = indexOfRow(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_rows.text(at, column);
    case Qt::ToolTipRole:
        return toolTip(at, column);
    case Qt::TextAlignmentRole:
        return column == HttpStatus || column == Attempts || column == Duration
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SearchTextRole:
        return m_rows.searchText(at);
    case SortRole:
        return m_rows.sortValue(at, column);
    case EntryIdRole:
        return m_rows.idAt(at);
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section));
    if (role == Qt::ToolTipRole && section == Time)
        return timeHeaderToolTip();
    return {};
}

// The columns whose text may be cut short show it whole on hover; a settled outcome says how.
QVariant HistoryTableModel::toolTip(qsizetype at, int column) const
{
    if (column == Outcome) {
        const QString resolution = m_rows.entry(at).resolutionText();
        const QString outcome = m_rows.text(at, column);
        return resolution.isEmpty() ? outcome : outcome + u'\n' + resolution;
    }
    return column == Description || column == ErrorMessage ? QVariant(m_rows.text(at, column)) : QVariant();
}

// The zone's offset now (each row shows its moment in the offset the zone had then).
QString HistoryTableModel::timeHeaderToolTip()
{
    return tr("When the attempt started, in this computer's local time (now UTC%1). Exports write the "
              "same time in ISO 8601 with its UTC offset.")
        .arg(HistoryFields::utcOffset(QDateTime::currentDateTime()));
}

QHash<int, QByteArray> HistoryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SearchTextRole, QByteArrayLiteral("searchText"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(EntryIdRole, QByteArrayLiteral("entryId"));
    return names;
}

bool HistoryTableModel::reload()
{
    stopLoader();
    beginResetModel();
    m_rows.clear();
    m_rows.setLabels(HistoryRows::Labels::current());
    if (!m_store->isOpen()) {
        // Nothing to read (yet): the application may open its store after the first frame.
        m_revision = 0;
        endResetModel();
        return false;
    }
    // Taken before reading: a row written meanwhile is seen again by refresh() and merged by id.
    m_revision = m_store->revision();
    const QList<HistoryEntry> newest = m_store->entries(InitialRows, HistoryStore::Detail::Summary);
    m_rows.reserve(newest.size());
    for (auto it = newest.crbegin(); it != newest.crend(); ++it)
        m_rows.append(*it);
    endResetModel();
    if (newest.size() == InitialRows)
        startLoader(m_rows.idAt(0));
    return m_store->isOpen();
}

bool HistoryTableModel::isLoading() const
{
    return m_loader != nullptr;
}

void HistoryTableModel::refresh()
{
    if (!m_store->isOpen())
        return;
    const qint64 revision = m_store->revision();
    if (revision != m_revision) {
        const QList<HistoryEntry> changed = m_store->entriesChangedSince(m_revision, HistoryStore::Detail::Summary);
        m_revision = revision;
        for (const HistoryEntry &entry : changed)
            applyChange(entry);
    }
    // Removals leave no revision behind; a differing count is the sign of one.
    if (!isLoading() && m_store->count() != m_rows.size())
        reload();
}

qint64 HistoryTableModel::entryId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.idAt(indexOfRow(row)) : 0;
}

int HistoryTableModel::rowOfId(qint64 id) const
{
    const qsizetype index = m_rows.indexOfId(id);
    return index < 0 ? -1 : int(indexOfRow(int(index)));
}

HistoryEntry HistoryTableModel::entryAt(int row) const
{
    return m_rows.entry(indexOfRow(row));
}

const QByteArray &HistoryTableModel::searchText(int row) const
{
    return m_rows.searchText(indexOfRow(row));
}

int HistoryTableModel::compare(int leftRow, int rightRow, int column) const
{
    return m_rows.compare(indexOfRow(leftRow), indexOfRow(rightRow), column);
}

static_assert(HistoryTableModel::ColumnCount == HistoryFields::TableColumnCount);

QString HistoryTableModel::columnTitle(Column column)
{
    return column >= 0 && column < ColumnCount ? HistoryFields::all().at(column).title() : QString();
}

QString HistoryTableModel::columnKey(Column column)
{
    return column >= 0 && column < ColumnCount ? HistoryFields::all().at(column).key : QString();
}

QString HistoryTableModel::outcomeLabel(::Outcome outcome, bool resolved)
{
    if (resolved && outcome == ::Outcome::Succeeded)
        return tr("Succeeded (found later)");
    if (resolved && outcome == ::Outcome::Failed)
        return tr("Not created (checked later)");
    switch (outcome) {
    case ::Outcome::Succeeded:
        return tr("Succeeded");
    case ::Outcome::Failed:
        return tr("Failed");
    case ::Outcome::Unknown:
        return tr("Unknown (check before retrying)");
    case ::Outcome::Cancelled:
        return tr("Cancelled");
    case ::Outcome::Queued:
        return tr("Not sent yet (batch interrupted)");
    }
    return {};
}

void HistoryTableModel::retranslate()
{
    ++m_labelsGeneration;
    m_rows.setLabels(HistoryRows::Labels::current());
    m_rows.rebuildSearchText();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            {Qt::DisplayRole, Qt::ToolTipRole, SearchTextRole});
}

bool HistoryTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

// A write through our own store that directly follows what the model has seen is applied from its
// signals alone: refresh() need not read those rows back (a batch rewrites hundreds at a time).
void HistoryTableModel::followOwnWrite()
{
    if (!isLoading() && m_store->lastWriteRevision() == m_revision + 1)
        m_revision = m_store->lastWriteRevision();
}

void HistoryTableModel::insertEntry(const HistoryEntry &entry)
{
    if (deferWhileLoading(entry))
        return;
    followOwnWrite();
    if (m_rows.indexOfId(entry.id) >= 0)
        return updateEntry(entry);
    const qsizetype position = m_rows.insertionPoint(entry.id);
    const int modelRow = int(m_rows.size() - position);
    beginInsertRows({}, modelRow, modelRow);
    m_rows.insert(position, entry);
    endInsertRows();
}

void HistoryTableModel::updateEntry(const HistoryEntry &entry)
{
    if (deferWhileLoading(entry))
        return;
    followOwnWrite();
    const qsizetype index = m_rows.indexOfId(entry.id);
    if (index < 0)
        return insertEntry(entry);
    m_rows.replace(index, entry);
    const int modelRow = int(indexOfRow(int(index)));
    Q_EMIT dataChanged(this->index(modelRow, 0), this->index(modelRow, ColumnCount - 1));
}

void HistoryTableModel::removeEntries(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (isLoading() && id < m_loadBefore) {
            m_removedWhileLoading.append(id);
            m_deferred.removeIf([id](const HistoryEntry &entry) { return entry.id == id; });
            continue;
        }
        const qsizetype index = m_rows.indexOfId(id);
        if (index < 0)
            continue;
        const int modelRow = int(indexOfRow(int(index)));
        beginRemoveRows({}, modelRow, modelRow);
        m_rows.removeAt(index);
        endRemoveRows();
    }
}

void HistoryTableModel::applyChange(const HistoryEntry &entry)
{
    if (m_rows.indexOfId(entry.id) >= 0)
        updateEntry(entry);
    else
        insertEntry(entry);
}

// A change to a row the loader may already have read would be lost, or doubled, when its batch
// arrives; it is applied after the merge instead.
bool HistoryTableModel::deferWhileLoading(const HistoryEntry &entry)
{
    if (!isLoading() || entry.id >= m_loadBefore)
        return false;
    m_deferred.append(entry);
    return true;
}

void HistoryTableModel::startLoader(qint64 beforeId)
{
    m_loadBefore = beforeId;
    m_cancelLoad = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancelLoad;
    const QString path = m_store->path();
    const int generation = m_labelsGeneration;
    auto older = std::make_shared<HistoryRows>();
    older->setLabels(HistoryRows::Labels::current());
    m_loader.reset(QThread::create([this, path, beforeId, cancel, older, generation] {
        // A connection of its own: QtSql connections belong to the thread that opened them.
        HistoryStore store;
        if (store.open(path)) {
            store.forEachEntry(
                [&](const HistoryEntry &entry) {
                    if (*cancel || entry.id >= beforeId)
                        return false;
                    older->append(entry);
                    return true;
                },
                HistoryStore::Detail::Summary);
        }
        if (!*cancel) {
            QMetaObject::invokeMethod(
                this, [this, older, generation] {
                    if (generation != m_labelsGeneration) {
                        older->setLabels(HistoryRows::Labels::current());
                        older->rebuildSearchText();
                    }
                    finishLoading(older);
                },
                Qt::QueuedConnection);
        }
    }));
    m_loader->setObjectName(u"historyLoaderThread"_s);
    m_loader->start(QThread::LowPriority);
}

void HistoryTableModel::stopLoader()
{
    if (!m_loader)
        return;
    *m_cancelLoad = true;
    m_loader->wait();
    m_loader.reset();
    m_deferred.clear();
    m_removedWhileLoading.clear();
}

void HistoryTableModel::finishLoading(std::shared_ptr<HistoryRows> older)
{
    m_loader->wait();
    m_loader.reset();
    qsizetype count = older->size();
    for (qint64 id : std::as_const(m_removedWhileLoading))
        count -= older->indexOfId(id) >= 0 ? 1 : 0;
    if (count > 0) {
        beginInsertRows({}, rowCount(), rowCount() + int(count) - 1);
        m_rows.prepend(std::move(*older), m_removedWhileLoading);
        endInsertRows();
    }
    m_removedWhileLoading.clear();
    const QList<HistoryEntry> deferred = std::exchange(m_deferred, {});
    for (const HistoryEntry &entry : deferred)
        applyChange(entry);
    Q_EMIT loadingFinished();
}
