#include "core/api/flowloginfo.h"

#include <QJsonArray>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &object, QLatin1String name)
{
    return object.value(name).toVariant().toString();
}

} // namespace

FlowLogInfo FlowLogInfo::fromJson(const QJsonObject &item)
{
    FlowLogInfo info;
    info.flowLogId = text(item, "FlowLogId"_L1);
    info.flowLogName = text(item, "FlowLogName"_L1);
    info.description = text(item, "Description"_L1);
    info.status = text(item, "Status"_L1);
    info.resourceType = text(item, "ResourceType"_L1);
    info.resourceId = text(item, "ResourceId"_L1);
    info.trafficType = text(item, "TrafficType"_L1);
    info.projectName = text(item, "ProjectName"_L1);
    info.logStoreName = text(item, "LogStoreName"_L1);
    info.creationTime = text(item, "CreationTime"_L1);
    info.regionId = text(item, "RegionId"_L1);
    return info;
}

QList<FlowLogInfo> FlowLogInfo::listFromDescribeBody(const QJsonObject &body)
{
    const QJsonValue items = body.value("FlowLogs"_L1).toObject().value("FlowLog"_L1);
    QList<FlowLogInfo> list;
    if (items.isObject())
        list.append(fromJson(items.toObject()));
    const QJsonArray array = items.toArray();
    for (const QJsonValue &item : array)
        list.append(fromJson(item.toObject()));
    return list;
}

int FlowLogInfo::totalCount(const QJsonObject &body)
{
    bool ok = false;
    const int count = body.value("TotalCount"_L1).toVariant().toInt(&ok);
    return ok ? count : -1;
}

bool FlowLogInfo::matches(const FlowLogRequest &request) const
{
    const auto same = [](const QString &listed, const QString &requested) {
        return listed == FlowLogRequest::normalized(requested);
    };
    const QString name = FlowLogRequest::normalized(request.flowLogName);
    return same(resourceId, request.resourceId) && same(projectName, request.projectName)
        && same(logStoreName, request.logStoreName) && (name.isEmpty() || flowLogName == name)
        && (regionId.isEmpty() || same(regionId, request.regionId));
}
