#include "core/api/flowloginfo.h"

#include <QJsonArray>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &object, QLatin1String name)
{
    return object.value(name).toVariant().toString();
}

// A list the answer gives as an array, as a single value (the XML form of one item) or not at all.
QJsonArray items(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray {value};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : items(value))
        list.append(item.toVariant().toString());
    return list;
}

FlowLogTags tagList(const QJsonValue &value)
{
    FlowLogTags tags;
    for (const QJsonValue &item : items(value)) {
        const QJsonObject tag = item.toObject();
        tags.append({text(tag, "Key"_L1), text(tag, "Value"_L1)});
    }
    return tags;
}

QList<std::pair<QString, QString>> sortedTags(const FlowLogTags &tags, bool normalize)
{
    QList<std::pair<QString, QString>> pairs;
    for (const FlowLogTag &tag : tags) {
        pairs.append(normalize ? std::pair {FlowLogRequest::normalized(tag.key), FlowLogRequest::normalized(tag.value)}
                               : std::pair {tag.key, tag.value});
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

QStringList normalizedSet(const QStringList &list)
{
    QStringList set;
    for (const QString &item : list)
        set.append(FlowLogRequest::normalized(item));
    set.sort();
    set.removeDuplicates();
    return set;
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
    info.aggregationInterval = item.value("AggregationInterval"_L1).toVariant().toInt();
    info.trafficPaths = stringList(item.value("TrafficPath"_L1).toObject().value("TrafficPathList"_L1));
    info.ipVersion = text(item, "IpVersion"_L1);
    info.resourceGroupId = text(item, "ResourceGroupId"_L1);
    info.tags = tagList(item.value("Tags"_L1).toObject().value("Tag"_L1));
    info.businessStatus = text(item, "BusinessStatus"_L1);
    info.deliverStatus = text(item, "FlowLogDeliverStatus"_L1);
    info.deliverErrorMessage = text(item, "FlowLogDeliverErrorMessage"_L1);
    info.serviceType = text(item, "ServiceType"_L1);
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

QStringList FlowLogInfo::differingSettings(const FlowLogRequest &request) const
{
    QStringList differing;
    if (!trafficType.isEmpty() && trafficType != TrafficTypes::apiName(request.trafficType))
        differing.append(u"TrafficType"_s);
    const QString interval = FlowLogRequest::normalized(request.aggregationInterval);
    const int wantedInterval = interval.isEmpty() ? 10 : interval.toInt();
    if ((aggregationInterval > 0 ? aggregationInterval : 10) != wantedInterval)
        differing.append(u"AggregationInterval"_s);
    const QStringList wantedPaths =
        request.trafficPaths.isEmpty() ? QStringList {u"all"_s} : normalizedSet(request.trafficPaths);
    const QStringList listedPaths = trafficPaths.isEmpty() ? QStringList {u"all"_s} : normalizedSet(trafficPaths);
    if (listedPaths != wantedPaths)
        differing.append(u"TrafficPath"_s);
    // The answer may spell the default "IPv4" (the SDK's example): the versions are compared in any case.
    const QString version = FlowLogRequest::normalized(request.ipVersion);
    const QString wantedVersion = version.isEmpty() ? u"IPV4"_s : version;
    if (!ipVersion.isEmpty() && ipVersion.compare(wantedVersion, Qt::CaseInsensitive) != 0)
        differing.append(u"IpVersion"_s);
    const QString group = FlowLogRequest::normalized(request.resourceGroupId);
    if (!group.isEmpty() && resourceGroupId != group)
        differing.append(u"ResourceGroupId"_s);
    if (sortedTags(tags, false) != sortedTags(request.tags, true))
        differing.append(u"Tag"_s);
    return differing;
}
