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
    std::sort(parameters.begin(), parameters.end());
    return parameters;
}
