#include "core/request/flowlogrequest.h"

#include <algorithm>

QString FlowLogRequest::normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

ApiParameters FlowLogRequest::apiParameters() const
{
    ApiParameters parameters {
        {QStringLiteral("LogStoreName"), normalized(logStoreName)},
        {QStringLiteral("ProjectName"), normalized(projectName)},
        {QStringLiteral("RegionId"), normalized(regionId)},
        {QStringLiteral("ResourceId"), normalized(resourceId)},
        {QStringLiteral("ResourceType"), ResourceTypes::apiName(resourceType)},
        {QStringLiteral("TrafficType"), TrafficTypes::apiName(trafficType)},
    };
    const QString name = normalized(flowLogName);
    if (!name.isEmpty())
        parameters.append({QStringLiteral("FlowLogName"), name});
    const QString text = normalized(description);
    if (!text.isEmpty())
        parameters.append({QStringLiteral("Description"), text});
    const auto addIfGiven = [&parameters](const char *name, const QString &typed) {
        const QString value = normalized(typed);
        if (!value.isEmpty())
            parameters.append({QLatin1StringView(name), value});
    };
    addIfGiven("AggregationInterval", aggregationInterval);
    addIfGiven("IpVersion", ipVersion);
    addIfGiven("ResourceGroupId", resourceGroupId);
    for (qsizetype i = 0; i < trafficPaths.size(); ++i)
        parameters.append({QStringLiteral("TrafficPath.%1").arg(i + 1), normalized(trafficPaths.at(i))});
    for (qsizetype i = 0; i < tags.size(); ++i) {
        parameters.append({QStringLiteral("Tag.%1.Key").arg(i + 1), normalized(tags.at(i).key)});
        parameters.append({QStringLiteral("Tag.%1.Value").arg(i + 1), normalized(tags.at(i).value)});
    }
    std::sort(parameters.begin(), parameters.end());
    return parameters;
}

bool FlowLogRequest::hasAdvancedParameters() const
{
    return !normalized(aggregationInterval).isEmpty() || !trafficPaths.isEmpty() || !normalized(ipVersion).isEmpty()
        || !normalized(resourceGroupId).isEmpty() || !tags.isEmpty();
}
