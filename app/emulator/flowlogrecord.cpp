#include "emulator/flowlogrecord.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

QString FlowLogRecord::statusAt(qint64 nowMs) const
{
    if (status == u"Activating"_s && nowMs >= activatesAtMs)
        return u"Active"_s;
    return status;
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
        {u"AggregationInterval"_s, 10},
    };
}

QJsonObject FlowLogRecord::toStateJson() const
{
    QJsonObject object = toApiJson(0);
    object.insert(u"Status"_s, status);
    object.insert(u"ActivatesAtMs"_s, activatesAtMs);
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
    record.activatesAtMs = object.value(u"ActivatesAtMs"_s).toInteger();
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
