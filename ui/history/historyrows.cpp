#include "ui/history/historyrows.h"

#include "ui/history/historytablemodel.h"

#include "core/request/tagsyntax.h"

#include <QCoreApplication>

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Column = HistoryTableModel::Column;

// The time as the table shows it: local time, sortable, the same in every language.
QString timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QByteArray lowerUtf8(const QString &text)
{
    return text.toLower().toUtf8();
}

QByteArray searchLabel(const QString &apiName, const QString &label)
{
    return lowerUtf8(apiName + u' ' + label);
}

template<typename T>
int compareValues(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

HistoryRows::Labels HistoryRows::Labels::current()
{
    Labels labels;
    static const std::pair<Outcome, const char16_t *> outcomes[] = {{Outcome::Succeeded, u"success"},
        {Outcome::Failed, u"failed"}, {Outcome::Unknown, u"unknown"}, {Outcome::Cancelled, u"cancelled"},
        {Outcome::Queued, u"queued"}};
    for (const auto &[outcome, name] : outcomes) {
        labels.outcomes.append(searchLabel(QString::fromUtf16(name), HistoryTableModel::outcomeLabel(outcome)));
        labels.resolvedOutcomes.append(
            searchLabel(QString::fromUtf16(name), HistoryTableModel::outcomeLabel(outcome, true)));
    }
    for (ResourceType type : ResourceTypes::all())
        labels.resourceTypes.append(searchLabel(ResourceTypes::apiName(type), ResourceTypes::label(type)));
    for (TrafficType type : TrafficTypes::all())
        labels.trafficTypes.append(searchLabel(TrafficTypes::apiName(type), TrafficTypes::label(type)));
    return labels;
}

void HistoryRows::setLabels(Labels labels)
{
    m_labels = std::move(labels);
}

void HistoryRows::rebuildSearchText()
{
    for (Row &row : m_rows)
        buildSearchText(row);
}

void HistoryRows::clear()
{
    m_rows.clear();
    m_rows.squeeze();
    m_pool.clear();
    m_poolIndex.clear();
}

qsizetype HistoryRows::insertionPoint(qint64 id) const
{
    return std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
               [](const Row &row, qint64 value) { return row.id < value; })
        - m_rows.cbegin();
}

qsizetype HistoryRows::indexOfId(qint64 id) const
{
    const qsizetype index = insertionPoint(id);
    return index < m_rows.size() && m_rows.at(index).id == id ? index : -1;
}

void HistoryRows::append(const HistoryEntry &entry)
{
    m_rows.append(makeRow(entry));
}

void HistoryRows::insert(qsizetype index, const HistoryEntry &entry)
{
    m_rows.insert(index, makeRow(entry));
}

void HistoryRows::replace(qsizetype index, const HistoryEntry &entry)
{
    m_rows[index] = makeRow(entry);
}

void HistoryRows::removeAt(qsizetype index)
{
    m_rows.removeAt(index);
}

void HistoryRows::prepend(HistoryRows &&older, const QList<qint64> &skip)
{
    QList<quint32> remap;
    remap.reserve(older.m_pool.size());
    for (const QString &text : std::as_const(older.m_pool))
        remap.append(intern(text));
    QList<Row> rows;
    rows.reserve(older.m_rows.size() + m_rows.size());
    for (Row &row : older.m_rows) {
        if (skip.contains(row.id))
            continue;
        for (quint32 &index : row.pooled)
            index = remap.at(index);
        rows.append(std::move(row));
    }
    rows.append(std::move(m_rows));
    m_rows = std::move(rows);
    older.clear();
}

HistoryEntry HistoryRows::entry(qsizetype index) const
{
    const Row &r = m_rows.at(index);
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
    entry.request.resourceType = ResourceType(r.resourceType);
    entry.request.resourceId = text(TResourceId);
    entry.request.trafficType = TrafficType(r.trafficType);
    entry.request.projectName = pooled(r, PProject);
    entry.request.logStoreName = pooled(r, PLogStore);
    entry.request.flowLogName = text(TFlowLogName);
    entry.request.description = text(TDescription);
    entry.request.aggregationInterval = pooled(r, PInterval);
    const QString trafficPaths = pooled(r, PTrafficPath);
    if (!trafficPaths.isEmpty())
        entry.request.trafficPaths = trafficPaths.split(u';');
    entry.request.ipVersion = pooled(r, PIpVersion);
    entry.request.resourceGroupId = pooled(r, PResourceGroup);
    TagSyntax::Error ignored; // written by formatList(): it reads back
    entry.request.tags = TagSyntax::parseList(text(TTags), &ignored);
    entry.outcome = Outcome(r.outcome);
    entry.action = FlowLogAction(r.action);
    entry.flowLogId = text(TFlowLogId);
    entry.requestId = text(TRequestId);
    entry.httpStatus = r.httpStatus;
    entry.errorCode = pooled(r, PErrorCode);
    entry.errorMessage = pooled(r, PErrorMessage);
    entry.attempts = r.attempts;
    entry.durationMs = r.durationMs;
    entry.flowLogStatus = pooled(r, PStatus);
    entry.resolvedBy = r.resolvedBy;
    if (r.resolvedMs != 0)
        entry.resolvedTime = QDateTime::fromMSecsSinceEpoch(r.resolvedMs, Qt::UTC);
    return entry;
}

QString HistoryRows::text(qsizetype index, int column) const
{
    return displayText(m_rows.at(index), column);
}

QVariant HistoryRows::sortValue(qsizetype index, int column) const
{
    const Row &row = m_rows.at(index);
    switch (column) {
    case Column::Time:
        return row.timeMs;
    case Column::HttpStatus:
        return row.httpStatus;
    case Column::Attempts:
        return row.attempts;
    case Column::Duration:
        return row.durationMs;
    default:
        return displayText(row, column);
    }
}

int HistoryRows::compare(qsizetype leftIndex, qsizetype rightIndex, int column) const
{
    const Row &left = m_rows.at(leftIndex);
    const Row &right = m_rows.at(rightIndex);
    switch (column) {
    case Column::Time:
        return compareValues(left.timeMs, right.timeMs);
    case Column::HttpStatus:
        return compareValues(left.httpStatus, right.httpStatus);
    case Column::Attempts:
        return compareValues(left.attempts, right.attempts);
    case Column::Duration:
        return compareValues(left.durationMs, right.durationMs);
    case Column::ResourceType:
        return compareValues(left.resourceType, right.resourceType);
    case Column::TrafficType:
        return compareValues(left.trafficType, right.trafficType);
    case Column::Outcome:
        return compareValues(left.outcome, right.outcome);
    default:
        break;
    }
    // Compared in place: UTF-8 fields byte-wise with ASCII case folded, which keeps sorting 100k
    // ids well under a second; pooled text needs no copy either.
    const int field = textFieldOf(column);
    if (field >= 0)
        return textField(left, TextField(field)).compare(textField(right, TextField(field)), Qt::CaseInsensitive);
    return QString::compare(displayText(left, column), displayText(right, column), Qt::CaseInsensitive);
}

HistoryRows::Row HistoryRows::makeRow(const HistoryEntry &entry)
{
    Row row;
    row.id = entry.id;
    row.hasTime = entry.time.isValid();
    row.timeMs = row.hasTime ? entry.time.toMSecsSinceEpoch() : 0;
    row.durationMs = entry.durationMs;
    row.resolvedBy = entry.resolvedBy;
    row.resolvedMs = entry.resolvedTime.isValid() ? entry.resolvedTime.toMSecsSinceEpoch() : 0;
    row.httpStatus = entry.httpStatus;
    row.attempts = entry.attempts;
    row.outcome = quint8(entry.outcome);
    row.action = quint8(entry.action);
    row.resourceType = quint8(entry.request.resourceType);
    row.trafficType = quint8(entry.request.trafficType);
    const QString trafficPaths = entry.request.trafficPaths.join(u';');
    const QString *pooledValues[PooledFieldCount] = {&entry.profile, &entry.request.regionId,
        &entry.request.projectName, &entry.request.logStoreName, &entry.flowLogStatus, &entry.endpoint,
        &entry.errorCode, &entry.errorMessage, &entry.signatureVersion, &entry.source,
        &entry.request.aggregationInterval, &trafficPaths, &entry.request.ipVersion, &entry.request.resourceGroupId};
    for (int field = 0; field < PooledFieldCount; ++field)
        row.pooled[field] = intern(*pooledValues[field]);
    const QString tags = TagSyntax::formatList(entry.request.tags);
    const QString *textValues[TextFieldCount] = {&entry.request.resourceId, &entry.request.flowLogName,
        &entry.request.description, &entry.flowLogId, &entry.requestId, &tags};
    for (int field = 0; field < TextFieldCount; ++field) {
        row.text.append(textValues[field]->toUtf8());
        row.ends[field] = quint32(row.text.size());
    }
    row.text.squeeze();
    buildSearchText(row);
    return row;
}

void HistoryRows::buildSearchText(Row &row) const
{
    QByteArray search;
    search.reserve(row.text.size() + 192);
    for (int column = 0; column < Column::ColumnCount; ++column) {
        switch (column) {
        case Column::ResourceType:
            search.append(m_labels.resourceTypes.value(row.resourceType));
            break;
        case Column::TrafficType:
            search.append(m_labels.trafficTypes.value(row.trafficType));
            break;
        case Column::Outcome:
            search.append((row.resolvedMs != 0 ? m_labels.resolvedOutcomes : m_labels.outcomes).value(row.outcome));
            if (FlowLogAction(row.action) != FlowLogAction::Create)
                search.append(' ' + lowerUtf8(FlowLogActions::label(FlowLogAction(row.action))) + ' '
                    + FlowLogActions::apiName(FlowLogAction(row.action)).toUtf8());
            break;
        default:
            search.append(lowerUtf8(displayText(row, column)));
        }
        search.append('\n');
    }
    search.squeeze();
    row.search = std::move(search);
}

QByteArrayView HistoryRows::textField(const Row &row, TextField field) const
{
    const quint32 begin = field == 0 ? 0 : row.ends[field - 1];
    return QByteArrayView(row.text).sliced(begin, row.ends[field] - begin);
}

QString HistoryRows::displayText(const Row &row, int column) const
{
    switch (column) {
    case Column::Time:
        return row.hasTime ? timeText(row.timeMs) : QString();
    case Column::Profile:
        return HistoryEntry::profileDisplayName(pooled(row, PProfile));
    case Column::Region:
        return pooled(row, PRegion);
    case Column::ResourceType:
        return ResourceTypes::label(ResourceType(row.resourceType));
    case Column::TrafficType:
        return TrafficTypes::label(TrafficType(row.trafficType));
    case Column::Project:
        return pooled(row, PProject);
    case Column::LogStore:
        return pooled(row, PLogStore);
    case Column::Outcome: {
        const QString outcome = HistoryTableModel::outcomeLabel(Outcome(row.outcome), row.resolvedMs != 0);
        // Creates are most rows: only the other actions name themselves.
        if (FlowLogAction(row.action) == FlowLogAction::Create)
            return outcome;
        return HistoryTableModel::tr("%1: %2").arg(FlowLogActions::label(FlowLogAction(row.action)), outcome);
    }
    case Column::HttpStatus:
        return row.httpStatus ? QString::number(row.httpStatus) : QString();
    case Column::ErrorCode:
        return pooled(row, PErrorCode);
    case Column::ErrorMessage:
        return HistoryEntry::messageText(pooled(row, PErrorCode), pooled(row, PErrorMessage));
    case Column::Attempts:
        return row.attempts ? QString::number(row.attempts) : QString();
    case Column::Duration:
        return QString::number(row.durationMs);
    case Column::FlowLogStatus:
        return pooled(row, PStatus);
    case Column::Endpoint:
        return pooled(row, PEndpoint);
    case Column::SamplingInterval:
        return pooled(row, PInterval).isEmpty() ? QCoreApplication::translate("HistoryRows", "10 (default)")
                                                : pooled(row, PInterval);
    case Column::TrafficPath:
        return pooled(row, PTrafficPath).isEmpty() ? QCoreApplication::translate("HistoryRows", "all (default)")
                                                   : pooled(row, PTrafficPath);
    case Column::IpVersion:
        return pooled(row, PIpVersion);
    case Column::ResourceGroup:
        return pooled(row, PResourceGroup);
    default:
        break;
    }
    const int field = textFieldOf(column);
    return field >= 0 ? QString::fromUtf8(textField(row, TextField(field))) : QString();
}

int HistoryRows::textFieldOf(int column)
{
    switch (column) {
    case Column::ResourceId:
        return TResourceId;
    case Column::FlowLogName:
        return TFlowLogName;
    case Column::Description:
        return TDescription;
    case Column::FlowLogId:
        return TFlowLogId;
    case Column::RequestId:
        return TRequestId;
    case Column::Tags:
        return TTags;
    default:
        return -1;
    }
}

quint32 HistoryRows::intern(const QString &text)
{
    const auto found = m_poolIndex.constFind(text);
    if (found != m_poolIndex.cend())
        return found.value();
    const auto index = quint32(m_pool.size());
    m_pool.append(text);
    m_poolIndex.insert(text, index);
    return index;
}
