#pragma once

#include "core/request/flowlogrequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One flow log as DescribeFlowLogs reports it. Named apart from the emulator's FlowLogRecord, which
// is that server's storage type: both can live in one program (the GUI embeds the emulator).
struct FlowLogInfo
{
    QString flowLogId;
    QString flowLogName;
    QString description;
    QString status; // Activating, Active, Inactive, ...
    QString resourceType;
    QString resourceId;
    QString trafficType;
    QString projectName;
    QString logStoreName;
    QString creationTime;
    QString regionId;
    // Today's fields; absent ones stay empty (an interval of 0 means the answer gave none).
    int aggregationInterval = 0; // minutes
    QStringList trafficPaths;    // TrafficPath.TrafficPathList
    QString ipVersion;
    QString resourceGroupId;
    FlowLogTags tags;            // Tags.Tag
    QString businessStatus;      // Normal, FinancialLocked
    QString deliverStatus;       // FlowLogDeliverStatus: SUCCESS, FAILED
    QString deliverErrorMessage; // FlowLogDeliverErrorMessage
    QString serviceType;         // empty: created by a user; "sls": by the Log Service console

    static FlowLogInfo fromJson(const QJsonObject &item);
    // The FlowLogs.FlowLog items of a DescribeFlowLogs answer (ApiResult::body). A single item is
    // accepted as an object as well as in an array, as the XML form yields it.
    static QList<FlowLogInfo> listFromDescribeBody(const QJsonObject &body);
    // TotalCount of that answer (sent as a number or as text); -1 when absent.
    static int totalCount(const QJsonObject &body);

    // True when this is the flow log `request` would create, as the duplicate check tells: the same
    // resource, project and logstore, the same name when one was asked for, and the same region
    // when the answer names one. The client's check and the history's resolver use this one rule.
    bool matches(const FlowLogRequest &request) const;
    // For a flow log that matches(): the API names of the settings in which it differs from
    // `request` (TrafficType, AggregationInterval, TrafficPath, IpVersion, ResourceGroupId, Tag),
    // empty when it is the flow log asked for. A setting the request leaves out is compared with
    // the service's default (interval 10, traffic path [all], IPv4 when the answer names a version);
    // the resource group only when given; tags as the set of keys and values (none given: none).
    QStringList differingSettings(const FlowLogRequest &request) const;

    friend bool operator==(const FlowLogInfo &, const FlowLogInfo &) = default;
};
