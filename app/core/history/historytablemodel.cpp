#include "historytablemodel.h"

#include "historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const ::Outcome AllOutcomes[] = {::Outcome::Succeeded, ::Outcome::Failed, ::Outcome::Unknown, ::Outcome::Cancelled};

// The time as the table shows it: local time, sortable, the same in every language.
QString timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QByteArray lowerUtf8(const QString &text)
{
    return text.toLower().toUtf8();
}

template<typename T>
int compareValues(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

HistoryTableModel::HistoryTableModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    cacheLabels();
    connect(m_store, &HistoryStore::entryAdded, this, &HistoryTableModel::insertEntry);
    connect(m_store, &HistoryStore::entryUpdated, this, &HistoryTableModel::updateEntry);
    connect(m_store, &HistoryStore::entriesRemoved, this, &HistoryTableModel::removeEntries);
    // LanguageChange is sent to the application object when a translator is installed or removed.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    reload();
}

HistoryTableModel::~HistoryTableModel() = default;

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
    const Row &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Description || index.column() == ErrorMessage ? displayText(row, index.column())
                                                                               : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == HttpStatus || index.column() == Attempts || index.column() == Duration
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SearchTextRole:
        return row.search;
    case SortRole:
        return sortValue(row, index.column());
    case EntryIdRole:
        return row.id;
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
    return {};
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
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    // Taken before reading: a row written meanwhile is seen again by refresh() and merged by id.
    m_revision = m_store->revision();
    m_rows.reserve(m_store->count());
    const bool ok = m_store->forEachEntry(
        [this](const HistoryEntry &entry) {
            m_rows.append(makeRow(entry));
            return true;
        },
        HistoryStore::Detail::Summary);
    endResetModel();
    return ok;
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
    if (m_store->count() != m_rows.size())
        reload();
}

qint64 HistoryTableModel::entryId(int row) const
{
    return row >= 0 && row < m_rows.size() ? rowAt(row).id : 0;
}

int HistoryTableModel::rowOfId(qint64 id) const
{
    const qsizetype index = indexOfId(id);
    return index < 0 ? -1 : int(m_rows.size() - 1 - index);
}

HistoryEntry HistoryTableModel::entryAt(int row) const
{
    const Row &r = rowAt(row);
    const auto text = [&r, this](TextField field) { return QString::fromUtf8(textField(r, field)); };
    HistoryEntry entry;
    entry.id = r.id;
    if (r.hasTime)
        entry.time = QDateTime::fromMSecsSinceEpoch(r.timeMs, Qt::UTC);
    entry.profile = pooled(r, PProfile);
    entry.endpoint = pooled(r, PEndpoint);
    entry.signatureVersion = pooled(r, PSignature);
    entry.source = pooled(r, PSource);
    entry.request.regionId = pooled(r, PRegion);
    entry.request.resourceType = ::ResourceType(r.resourceType);
    entry.request.resourceId = text(TResourceId);
    entry.request.trafficType = ::TrafficType(r.trafficType);
    entry.request.projectName = pooled(r, PProject);
    entry.request.logStoreName = pooled(r, PLogStore);
    entry.request.flowLogName = text(TFlowLogName);
    entry.request.description = text(TDescription);
    entry.outcome = ::Outcome(r.outcome);
    entry.flowLogId = text(TFlowLogId);
    entry.requestId = text(TRequestId);
    entry.httpStatus = r.httpStatus;
    entry.errorCode = pooled(r, PErrorCode);
    entry.errorMessage = pooled(r, PErrorMessage);
    entry.attempts = r.attempts;
    entry.durationMs = r.durationMs;
    entry.flowLogStatus = pooled(r, PStatus);
    return entry;
}

const QByteArray &HistoryTableModel::searchText(int row) const
{
    return rowAt(row).search;
}

int HistoryTableModel::compare(int leftRow, int rightRow, int column) const
{
    const Row &left = rowAt(leftRow);
    const Row &right = rowAt(rightRow);
    switch (column) {
    case Time:
        return compareValues(left.timeMs, right.timeMs);
    case HttpStatus:
        return compareValues(left.httpStatus, right.httpStatus);
    case Attempts:
        return compareValues(left.attempts, right.attempts);
    case Duration:
        return compareValues(left.durationMs, right.durationMs);
    case ResourceType:
        return compareValues(left.resourceType, right.resourceType);
    case TrafficType:
        return compareValues(left.trafficType, right.trafficType);
    case Outcome:
        return compareValues(left.outcome, right.outcome);
    default:
        break;
    }
    // Text columns, compared in place: no QString is built per comparison.
    return QAnyStringView::compare(storedText(left, column), storedText(right, column), Qt::CaseInsensitive);
}

QString HistoryTableModel::columnTitle(Column column)
{
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Time"), QT_TR_NOOP("Profile"), QT_TR_NOOP("Region"), QT_TR_NOOP("Resource type"),
        QT_TR_NOOP("Resource ID"), QT_TR_NOOP("Traffic"), QT_TR_NOOP("Project"), QT_TR_NOOP("Logstore"),
        QT_TR_NOOP("Flow log name"), QT_TR_NOOP("Description"), QT_TR_NOOP("Outcome"), QT_TR_NOOP("Flow log ID"),
        QT_TR_NOOP("Request ID"), QT_TR_NOOP("HTTP status"), QT_TR_NOOP("Error code"), QT_TR_NOOP("Error message"),
        QT_TR_NOOP("Attempts"), QT_TR_NOOP("Duration"), QT_TR_NOOP("Flow log status"), QT_TR_NOOP("Endpoint"),
    };
    return column >= 0 && column < ColumnCount ? tr(titles[column]) : QString();
}

QString HistoryTableModel::columnKey(Column column)
{
    static const char16_t *const keys[ColumnCount] = {
        u"time", u"profile", u"regionId", u"resourceType", u"resourceId", u"trafficType", u"projectName",
        u"logStoreName", u"flowLogName", u"description", u"outcome", u"flowLogId", u"requestId",
        u"httpStatus", u"errorCode", u"errorMessage", u"attempts", u"durationMs", u"flowLogStatus", u"endpoint",
    };
    return column >= 0 && column < ColumnCount ? QString::fromUtf16(keys[column]) : QString();
}

QString HistoryTableModel::outcomeLabel(::Outcome outcome)
{
    switch (outcome) {
    case ::Outcome::Succeeded:
        return tr("Succeeded");
    case ::Outcome::Failed:
        return tr("Failed");
    case ::Outcome::Unknown:
        return tr("Unknown (check before retrying)");
    case ::Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void HistoryTableModel::retranslate()
{
    cacheLabels();
    for (Row &row : m_rows)
        buildSearchText(row);
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

HistoryTableModel::Row HistoryTableModel::makeRow(const HistoryEntry &entry)
{
    Row row;
    row.id = entry.id;
    row.hasTime = entry.time.isValid();
    row.timeMs = row.hasTime ? entry.time.toMSecsSinceEpoch() : 0;
    row.durationMs = entry.durationMs;
    row.httpStatus = entry.httpStatus;
    row.attempts = entry.attempts;
    row.outcome = quint8(entry.outcome);
    row.resourceType = quint8(entry.request.resourceType);
    row.trafficType = quint8(entry.request.trafficType);
    const QString pooledValues[PooledFieldCount] = {entry.profile, entry.request.regionId,
        entry.request.projectName, entry.request.logStoreName, entry.flowLogStatus, entry.endpoint,
        entry.errorCode, entry.errorMessage, entry.signatureVersion, entry.source};
    for (int field = 0; field < PooledFieldCount; ++field)
        row.pooled[field] = intern(pooledValues[field]);
    const QString textValues[TextFieldCount] = {entry.request.resourceId, entry.request.flowLogName,
        entry.request.description, entry.flowLogId, entry.requestId};
    for (int field = 0; field < TextFieldCount; ++field) {
        row.text.append(textValues[field].toUtf8());
        row.ends[field] = quint32(row.text.size());
    }
    row.text.squeeze();
    buildSearchText(row);
    return row;
}

void HistoryTableModel::buildSearchText(Row &row) const
{
    QByteArray search;
    search.reserve(row.text.size() + 160);
    for (int column = 0; column < ColumnCount; ++column) {
        switch (column) {
        case ResourceType:
            search.append(m_resourceTypeSearch.value(row.resourceType));
            break;
        case TrafficType:
            search.append(m_trafficTypeSearch.value(row.trafficType));
            break;
        case Outcome:
            search.append(m_outcomeSearch.value(row.outcome));
            break;
        default:
            search.append(lowerUtf8(displayText(row, column)));
        }
        search.append('\n');
    }
    search.squeeze();
    row.search = std::move(search);
}

QString HistoryTableModel::pooled(const Row &row, PooledField field) const
{
    return m_pool.at(row.pooled[field]);
}

QByteArrayView HistoryTableModel::textField(const Row &row, TextField field) const
{
    const quint32 begin = field == 0 ? 0 : row.ends[field - 1];
    return QByteArrayView(row.text).sliced(begin, row.ends[field] - begin);
}

QString HistoryTableModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case Time:
        return row.hasTime ? timeText(row.timeMs) : QString();
    case Profile:
        return pooled(row, PProfile);
    case Region:
        return pooled(row, PRegion);
    case ResourceType:
        return ResourceTypes::label(::ResourceType(row.resourceType));
    case ResourceId:
        return QString::fromUtf8(textField(row, TResourceId));
    case TrafficType:
        return TrafficTypes::label(::TrafficType(row.trafficType));
    case Project:
        return pooled(row, PProject);
    case LogStore:
        return pooled(row, PLogStore);
    case FlowLogName:
        return QString::fromUtf8(textField(row, TFlowLogName));
    case Description:
        return QString::fromUtf8(textField(row, TDescription));
    case Outcome:
        return outcomeLabel(::Outcome(row.outcome));
    case FlowLogId:
        return QString::fromUtf8(textField(row, TFlowLogId));
    case RequestId:
        return QString::fromUtf8(textField(row, TRequestId));
    case HttpStatus:
        return row.httpStatus ? QString::number(row.httpStatus) : QString();
    case ErrorCode:
        return pooled(row, PErrorCode);
    case ErrorMessage:
        return pooled(row, PErrorMessage);
    case Attempts:
        return row.attempts ? QString::number(row.attempts) : QString();
    case Duration:
        return QString::number(row.durationMs);
    case FlowLogStatus:
        return pooled(row, PStatus);
    case Endpoint:
        return pooled(row, PEndpoint);
    default:
        return {};
    }
}

QVariant HistoryTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case Time:
        return row.timeMs;
    case HttpStatus:
        return row.httpStatus;
    case Attempts:
        return row.attempts;
    case Duration:
        return row.durationMs;
    case ResourceType:
    case TrafficType:
    case Outcome:
        return displayText(row, column);
    case ResourceId:
        return textField(row, TResourceId).toByteArray();
    case FlowLogName:
        return textField(row, TFlowLogName).toByteArray();
    case Description:
        return textField(row, TDescription).toByteArray();
    case FlowLogId:
        return textField(row, TFlowLogId).toByteArray();
    case RequestId:
        return textField(row, TRequestId).toByteArray();
    default:
        return displayText(row, column);
    }
}

QAnyStringView HistoryTableModel::storedText(const Row &row, int column) const
{
    static const std::pair<int, int> pooledColumns[] = {{Profile, PProfile}, {Region, PRegion}, {Project, PProject},
        {LogStore, PLogStore}, {ErrorCode, PErrorCode}, {ErrorMessage, PErrorMessage}, {FlowLogStatus, PStatus},
        {Endpoint, PEndpoint}};
    static const std::pair<int, int> textColumns[] = {{ResourceId, TResourceId}, {FlowLogName, TFlowLogName},
        {Description, TDescription}, {FlowLogId, TFlowLogId}, {RequestId, TRequestId}};
    for (const auto &[pooledColumn, field] : pooledColumns) {
        if (pooledColumn == column)
            return QStringView(m_pool.at(row.pooled[field]));
    }
    for (const auto &[textColumn, field] : textColumns) {
        if (textColumn == column)
            return QUtf8StringView(textField(row, TextField(field)));
    }
    return {};
}

quint32 HistoryTableModel::intern(const QString &text)
{
    const auto found = m_poolIndex.constFind(text);
    if (found != m_poolIndex.cend())
        return found.value();
    const auto index = quint32(m_pool.size());
    m_pool.append(text);
    m_poolIndex.insert(text, index);
    return index;
}

const HistoryTableModel::Row &HistoryTableModel::rowAt(int row) const
{
    return m_rows.at(m_rows.size() - 1 - row);
}

qsizetype HistoryTableModel::indexOfId(qint64 id) const
{
    const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
        [](const Row &row, qint64 value) { return row.id < value; });
    return found != m_rows.cend() && found->id == id ? found - m_rows.cbegin() : -1;
}

void HistoryTableModel::insertEntry(const HistoryEntry &entry)
{
    if (indexOfId(entry.id) >= 0)
        return updateEntry(entry);
    const auto position = std::lower_bound(m_rows.cbegin(), m_rows.cend(), entry.id,
                              [](const Row &row, qint64 value) { return row.id < value; })
        - m_rows.cbegin();
    const int modelRow = int(m_rows.size() - position);
    beginInsertRows({}, modelRow, modelRow);
    m_rows.insert(position, makeRow(entry));
    endInsertRows();
}

void HistoryTableModel::updateEntry(const HistoryEntry &entry)
{
    const qsizetype index = indexOfId(entry.id);
    if (index < 0)
        return insertEntry(entry);
    m_rows[index] = makeRow(entry);
    const int modelRow = int(m_rows.size() - 1 - index);
    Q_EMIT dataChanged(this->index(modelRow, 0), this->index(modelRow, ColumnCount - 1));
}

void HistoryTableModel::removeEntries(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const qsizetype index = indexOfId(id);
        if (index < 0)
            continue;
        const int modelRow = int(m_rows.size() - 1 - index);
        beginRemoveRows({}, modelRow, modelRow);
        m_rows.removeAt(index);
        endRemoveRows();
    }
}

void HistoryTableModel::applyChange(const HistoryEntry &entry)
{
    if (indexOfId(entry.id) >= 0)
        updateEntry(entry);
    else
        insertEntry(entry);
}

void HistoryTableModel::cacheLabels()
{
    const auto both = [](const QString &apiName, const QString &label) { return lowerUtf8(apiName + u' ' + label); };
    m_outcomeSearch.clear();
    for (::Outcome outcome : AllOutcomes) {
        static const char16_t *const names[] = {u"success", u"failed", u"unknown", u"cancelled"};
        m_outcomeSearch.append(both(QString::fromUtf16(names[int(outcome)]), outcomeLabel(outcome)));
    }
    m_resourceTypeSearch.clear();
    for (::ResourceType type : ResourceTypes::all())
        m_resourceTypeSearch.append(both(ResourceTypes::apiName(type), ResourceTypes::label(type)));
    m_trafficTypeSearch.clear();
    for (::TrafficType type : TrafficTypes::all())
        m_trafficTypeSearch.append(both(TrafficTypes::apiName(type), TrafficTypes::label(type)));
}
