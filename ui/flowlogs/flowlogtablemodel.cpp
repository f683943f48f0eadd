#include "ui/flowlogs/flowlogtablemodel.h"

#include "core/inventory/inventory.h"
#include "core/request/resourcetype.h"
#include "core/request/traffictype.h"
#include "ui/flowlogs/flowlogstatus.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

FlowLogTableModel::FlowLogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FlowLogTableModel::setFlowLogs(QList<FlowLogInfo> flowLogs, const Inventory *names)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(flowLogs.size());
    for (FlowLogInfo &info : flowLogs) {
        Row row;
        row.info = std::move(info);
        if (names) {
            if (const CloudResource *resource = names->find(row.info.resourceId))
                row.resourceName = resource->name;
        }
        row.searchText = makeSearchText(row);
        m_rows.append(std::move(row));
    }
    reindex();
    // A note outlives the listing only while its flow log is still there.
    for (auto note = m_notes.begin(); note != m_notes.end();)
        note = m_rowById.contains(note.key()) ? std::next(note) : m_notes.erase(note);
    endResetModel();
}

void FlowLogTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).info.flowLogId, i);
}

int FlowLogTableModel::rowOf(const QString &flowLogId) const
{
    return m_rowById.value(flowLogId, -1);
}

std::optional<FlowLogTableModel::Note> FlowLogTableModel::note(const QString &flowLogId) const
{
    const auto found = m_notes.constFind(flowLogId);
    return found == m_notes.cend() ? std::nullopt : std::optional(*found);
}

void FlowLogTableModel::setNote(const QString &flowLogId, const Note &note)
{
    m_notes.insert(flowLogId, note);
    if (const int row = rowOf(flowLogId); row >= 0)
        rowChanged(row);
}

void FlowLogTableModel::setStatus(const QString &flowLogId, const QString &status)
{
    const int row = rowOf(flowLogId);
    if (row < 0)
        return;
    if (status.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_notes.remove(flowLogId);
        reindex();
        endRemoveRows();
        return;
    }
    m_rows[row].info.status = status;
    m_rows[row].searchText = makeSearchText(m_rows.at(row));
    rowChanged(row);
}

void FlowLogTableModel::applyChange(const FlowLogInfo &changed)
{
    const int row = rowOf(changed.flowLogId);
    if (row < 0)
        return;
    m_rows[row].info = changed;
    m_rows[row].searchText = makeSearchText(m_rows.at(row));
    rowChanged(row);
}

void FlowLogTableModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FlowLogTableModel::deliveryFailures() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return deliveryFailed(row.info); }));
}

int FlowLogTableModel::transientCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row &row) { return FlowLogStatuses::isTransient(row.info.status); }));
}

bool FlowLogTableModel::deliveryFailed(const FlowLogInfo &flowLog)
{
    return flowLog.deliverStatus.compare(u"FAILED"_s, Qt::CaseInsensitive) == 0;
}

bool FlowLogTableModel::isReadOnly(const FlowLogInfo &flowLog)
{
    return flowLog.serviceType.compare(u"sls"_s, Qt::CaseInsensitive) == 0;
}

QString FlowLogTableModel::columnKey(Column column)
{
    static const char *const keys[] = {"name", "id", "resource", "traffic", "destination", "interval", "status",
        "delivery", "created", "description", "ipVersion", "resourceGroup", "tags"};
    static_assert(std::size(keys) == ColumnCount);
    return QString::fromLatin1(keys[column]);
}

int FlowLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString resourceTypeLabel(const QString &apiName)
{
    const auto type = ResourceTypes::fromApiName(apiName);
    return type ? ResourceTypes::label(*type) : apiName;
}

QString trafficLabel(const QString &apiName)
{
    const auto type = TrafficTypes::fromApiName(apiName);
    return type ? TrafficTypes::label(*type) : apiName;
}

QString tagsText(const FlowLogTags &tags)
{
    QStringList parts;
    for (const FlowLogTag &tag : tags)
        parts.append(tag.key + u'=' + tag.value);
    return parts.join(u"; "_s);
}

QString createdText(const QString &creationTime)
{
    const QDateTime time = QDateTime::fromString(creationTime, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : creationTime;
}

} // namespace

QString FlowLogTableModel::makeSearchText(const Row &row)
{
    const FlowLogInfo &info = row.info;
    return QStringList {info.flowLogName, info.flowLogId, info.description, info.resourceType,
        resourceTypeLabel(info.resourceType), info.resourceId, row.resourceName, info.trafficType,
        trafficLabel(info.trafficType), info.projectName, info.logStoreName, info.status,
        FlowLogStatuses::label(info.status), info.deliverStatus, info.deliverErrorMessage, info.resourceGroupId,
        tagsText(info.tags), info.ipVersion}
        .join(u'\n')
        .toLower();
}

QString FlowLogTableModel::displayText(const Row &row, int column) const
{
    const FlowLogInfo &info = row.info;
    switch (column) {
    case NameColumn: return info.flowLogName;
    case IdColumn: return info.flowLogId;
    case ResourceColumn: {
        const QString typeAndId = resourceTypeLabel(info.resourceType) + u' ' + info.resourceId;
        return row.resourceName.isEmpty() ? typeAndId : typeAndId + u" · "_s + row.resourceName;
    }
    case TrafficColumn: return trafficLabel(info.trafficType);
    case DestinationColumn:
        return info.projectName.isEmpty() && info.logStoreName.isEmpty() ? QString()
                                                                          : info.projectName + u" / "_s + info.logStoreName;
    case IntervalColumn:
        return info.aggregationInterval > 0 ? tr("%n min", nullptr, info.aggregationInterval) : QString();
    case StatusColumn: {
        const QString status = FlowLogStatuses::label(info.status);
        const auto note = m_notes.constFind(info.flowLogId);
        return note == m_notes.cend() || note->text.isEmpty() ? status : status + u" — "_s + note->text;
    }
    case DeliveryColumn:
        if (deliveryFailed(info))
            return tr("Failed: %1").arg(info.deliverErrorMessage.isEmpty() ? tr("no reason given") : info.deliverErrorMessage);
        if (info.deliverStatus.compare(u"SUCCESS"_s, Qt::CaseInsensitive) == 0)
            return tr("Delivering");
        return info.deliverStatus;
    case CreatedColumn: return createdText(info.creationTime);
    case DescriptionColumn: return info.description;
    case IpVersionColumn: return info.ipVersion;
    case ResourceGroupColumn: return info.resourceGroupId;
    case TagsColumn: return tagsText(info.tags);
    default: return {};
    }
}

QString FlowLogTableModel::toolTip(const Row &row, int column) const
{
    const FlowLogInfo &info = row.info;
    if (column == DeliveryColumn && deliveryFailed(info))
        return FlowLogStatuses::deliveryProblem(info);
    if (column == StatusColumn && isReadOnly(info))
        return FlowLogStatuses::readOnlyReason();
    if (column == StatusColumn) {
        const auto note = m_notes.constFind(info.flowLogId);
        if (note != m_notes.cend())
            return note->text;
    }
    const QString text = displayText(row, column);
    return text.size() > 40 ? text : QString();
}

QVariant FlowLogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(row, column);
    case FlowLogIdRole:
        return row.info.flowLogId;
    case SortRole:
        if (column == IntervalColumn)
            return row.info.aggregationInterval;
        if (column == CreatedColumn)
            return row.info.creationTime;
        return displayText(row, column).toLower();
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return FlowLogStatuses::icon(row.info.status);
        if (column == DeliveryColumn && deliveryFailed(row.info))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (column == NameColumn && isReadOnly(row.info))
            return QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView);
        return {};
    case Qt::ForegroundRole:
        if (column == DeliveryColumn && deliveryFailed(row.info))
            return QColor(0xc6, 0x28, 0x28);
        if (isReadOnly(row.info))
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (column == DeliveryColumn && deliveryFailed(row.info)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant FlowLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case IdColumn: return tr("Flow log ID");
    case ResourceColumn: return tr("Resource");
    case TrafficColumn: return tr("Traffic");
    case DestinationColumn: return tr("Project / logstore");
    case IntervalColumn: return tr("Interval");
    case StatusColumn: return tr("Status");
    case DeliveryColumn: return tr("Delivery");
    case CreatedColumn: return tr("Created");
    case DescriptionColumn: return tr("Description");
    case IpVersionColumn: return tr("IP version");
    case ResourceGroupColumn: return tr("Resource group");
    case TagsColumn: return tr("Tags");
    default: return {};
    }
}
