#include "emulator/flowlogrecord.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// Tags.Tag[]{Key,Value}, as the Go SDK's DescribeFlowLogsResponseBodyFlowLogsFlowLogTags reads them.
QJsonObject tagsJson(const FlowLogTags &tags)
{
    QJsonArray list;
    for (const FlowLogTag &tag : tags)
        list.append(QJsonObject {{u"Key"_s, tag.key}, {u"Value"_s, tag.value}});
    return {{u"Tag"_s, list}};
}

FlowLogTags tagsFromJson(const QJsonObject &tags)
{
    FlowLogTags result;
    const QJsonArray list = tags.value(u"Tag"_s).toArray();
    for (const QJsonValue &tag : list)
        result.append({tag[u"Key"_s].toString(), tag[u"Value"_s].toString()});
    return result;
}

// A state file written before these parameters existed keeps the defaults for them.
void readTodaysParameters(const QJsonObject &object, FlowLogRecord &record)
{
    record.aggregationInterval = object.value(u"AggregationInterval"_s).toInt(record.aggregationInterval);
    const QJsonValue paths = object.value(u"TrafficPath"_s)[u"TrafficPathList"_s];
    if (paths.isArray())
        record.trafficPaths = paths.toVariant().toStringList();
    record.ipVersion = object.value(u"IpVersion"_s).toString(record.ipVersion);
    record.resourceGroupId = object.value(u"ResourceGroupId"_s).toString(record.resourceGroupId);
    record.tags = tagsFromJson(object.value(u"Tags"_s).toObject());
    record.deliverStatus = object.value(u"FlowLogDeliverStatus"_s).toString(record.deliverStatus);
    record.deliverErrorMessage = object.value(u"FlowLogDeliverErrorMessage"_s).toString();
    record.serviceType = object.value(u"ServiceType"_s).toString();
}

} // namespace

QString FlowLogRecord::statusAt(qint64 nowMs) const
{
    if (nowMs < settlesAtMs)
        return status;
    if (status == u"Activating"_s)
        return u"Active"_s;
    if (status == u"Deactivating"_s)
        return u"Inactive"_s;
    return status;
}

bool FlowLogRecord::goneAt(qint64 nowMs) const
{
    return status == u"Deleting"_s && nowMs >= settlesAtMs;
}

bool FlowLogRecord::isTransient(const QString &status)
{
    return status == u"Activating"_s || status == u"Deactivating"_s || status == u"Deleting"_s;
}

bool FlowLogRecord::managedByLogService() const
{
    return serviceType.compare(u"sls"_s, Qt::CaseInsensitive) == 0;
}

QJsonObject FlowLogRecord::toApiJson(qint64 nowMs) const
{
    return {
        {u"FlowLogId"_s, flowLogId},
        {u"FlowLogName"_s, flowLogName},
        {u"Description"_s, description},
        {u"Status"_s, statusAt(nowMs)},
        {u"BusinessStatus"_s, u"Normal"_s},
        {u"ResourceType"_s, resourceType},
        {u"ResourceId"_s, resourceId},
        {u"TrafficType"_s, trafficType},
        {u"ProjectName"_s, projectName},
        {u"LogStoreName"_s, logStoreName},
        {u"CreationTime"_s, creationTime},
        {u"RegionId"_s, regionId},
        {u"AggregationInterval"_s, aggregationInterval},
        {u"TrafficPath"_s, QJsonObject {{u"TrafficPathList"_s, QJsonArray::fromStringList(trafficPaths)}}},
        {u"IpVersion"_s, ipVersion},
        {u"ResourceGroupId"_s, resourceGroupId},
        {u"Tags"_s, tagsJson(tags)},
        {u"FlowLogDeliverStatus"_s, deliverStatus},
        {u"FlowLogDeliverErrorMessage"_s, deliverErrorMessage},
        {u"ServiceType"_s, serviceType},
    };
}

QJsonObject FlowLogRecord::toStateJson() const
{
    QJsonObject object = toApiJson(0);
    object.insert(u"Status"_s, status);
    object.insert(u"SettlesAtMs"_s, settlesAtMs);
    if (!vpcId.isEmpty())
        object.insert(u"VpcId"_s, vpcId);
    return object;
}

FlowLogRecord FlowLogRecord::fromStateJson(const QJsonObject &object)
{
    const auto text = [&object](const char *key) { return object.value(QLatin1String(key)).toString(); };
    FlowLogRecord record;
    record.flowLogId = text("FlowLogId");
    record.regionId = text("RegionId");
    record.flowLogName = text("FlowLogName");
    record.description = text("Description");
    record.resourceType = text("ResourceType");
    record.resourceId = text("ResourceId");
    record.trafficType = text("TrafficType");
    record.projectName = text("ProjectName");
    record.logStoreName = text("LogStoreName");
    record.creationTime = text("CreationTime");
    record.status = text("Status");
    // Files written before deactivation and deletion took time name the moment ActivatesAtMs.
    const QJsonValue settles = object.value(u"SettlesAtMs"_s);
    record.settlesAtMs = (settles.isUndefined() ? object.value(u"ActivatesAtMs"_s) : settles).toInteger();
    record.vpcId = text("VpcId");
    readTodaysParameters(object, record);
    return record;
}

QString FlowLogRecord::newId()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = u"fl-"_s;
    for (int i = 0; i < 20; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return id;
}
